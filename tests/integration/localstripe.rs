//! localstripe (PyPI: a stateful fake Stripe server with a fake Stripe.js), started on
//! loopback for one test: the Stripe adapter talks to it over HTTP exactly as it would to
//! Stripe, and it sends signed webhooks to the server under test. `make test` installs it
//! into `.tools/localstripe` (scripts/ensure-tools.sh).
use std::{
    path::PathBuf,
    process::{Child, Command, Stdio},
    time::Duration,
};

use serde_json::Value;

pub struct Localstripe {
    pub base: String,
    child: Child,
    http: reqwest::Client,
}

/// The secret key the tests give Stripe's adapter (localstripe takes any `sk_` key).
pub const SECRET_KEY: &str = "sk_live_localstripeIntegrationTests0000";
/// The publishable key Stripe.js is given in the portal.
pub const PUBLISHABLE_KEY: &str = "pk_live_localstripeIntegrationTests0000";
/// The signing secret of the webhook endpoint localstripe posts to.
pub const WEBHOOK_SECRET: &str = "whsec_localstripeIntegrationTests0000";

fn tools_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(".tools/localstripe")
}

impl Localstripe {
    pub async fn start() -> Self {
        let port = super::support::free_port();
        let mut command = Command::new("python3");
        command
            .args([
                "-m",
                "localstripe",
                "--port",
                &port.to_string(),
                "--from-scratch",
            ])
            .env("PYTHONPATH", tools_dir())
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null());
        // Ends with the test process, even when a test panics; waited for in `Drop`.
        unsafe {
            use std::os::unix::process::CommandExt;
            command.pre_exec(|| {
                libc::prctl(libc::PR_SET_PDEATHSIG, libc::SIGKILL);
                Ok(())
            });
        }
        #[allow(clippy::zombie_processes)] // Waited for in `Drop`.
        let child = command
            .spawn()
            .expect("python3 runs localstripe (make test installs it into .tools/localstripe)");
        let base = format!("http://127.0.0.1:{port}");
        let http = reqwest::Client::new();
        for _ in 0..200 {
            let up = http
                .get(format!("{base}/v1/balance"))
                .bearer_auth(SECRET_KEY)
                .send()
                .await
                .is_ok_and(|response| response.status().is_success());
            if up {
                return Self { base, child, http };
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        panic!("localstripe did not start on port {port} (is it in .tools/localstripe?)");
    }

    /// A call to localstripe's API as the merchant's own code would make it.
    pub async fn call(&self, method: &str, path: &str, form: &[(&str, &str)]) -> (u16, Value) {
        let request = match method {
            "GET" => self.http.get(format!("{}{path}", self.base)),
            _ => self.http.post(format!("{}{path}", self.base)).form(form),
        };
        let response = request.bearer_auth(SECRET_KEY).send().await.unwrap();
        let status = response.status().as_u16();
        (status, response.json().await.unwrap_or(Value::Null))
    }

    /// A payment method made at the processor, as a merchant collecting cards with Stripe
    /// before would have.
    pub async fn card(&self, number: &str) -> String {
        let (status, method) = self
            .call(
                "POST",
                "/v1/payment_methods",
                &[
                    ("type", "card"),
                    ("card[number]", number),
                    ("card[exp_month]", "12"),
                    ("card[exp_year]", "2034"),
                    ("card[cvc]", "123"),
                ],
            )
            .await;
        assert_eq!(status, 200, "{method}");
        method["id"].as_str().unwrap().to_string()
    }

    pub async fn sepa_debit(&self, iban: &str) -> String {
        let (status, method) = self
            .call(
                "POST",
                "/v1/payment_methods",
                &[
                    ("type", "sepa_debit"),
                    ("sepa_debit[iban]", iban),
                    ("billing_details[name]", "Jenny Rosen"),
                    ("billing_details[email]", "jenny@example.com"),
                ],
            )
            .await;
        assert_eq!(status, 200, "{method}");
        method["id"].as_str().unwrap().to_string()
    }

    /// Has localstripe post its events to `url`, signed with [`WEBHOOK_SECRET`].
    pub async fn send_webhooks_to(&self, url: &str) {
        let response = self
            .http
            .post(format!("{}/_config/webhooks/vinr", self.base))
            .form(&[("url", url), ("secret", WEBHOOK_SECRET)])
            .send()
            .await
            .unwrap();
        assert!(response.status().is_success());
    }

    /// The processor's payment intents made for our invoice.
    pub async fn payments_for(&self, invoice: &str) -> Vec<Value> {
        let (_, list) = self.call("GET", "/v1/payment_intents?limit=100", &[]).await;
        list["data"]
            .as_array()
            .cloned()
            .unwrap_or_default()
            .into_iter()
            .filter(|intent| intent["metadata"]["vinr_invoice"] == invoice)
            .collect()
    }
}

impl Drop for Localstripe {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
