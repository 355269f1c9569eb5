//! Two-step sign-in against the real server: set up with a first code from the secret the
//! account page shows, then every sign-in needs a code (each accepted once) or a one-time
//! recovery code within 5 minutes of the password; wrong codes count as failed sign-ins;
//! an owner can require it of the team, whose members then only set it up.
use totp_rs::{Algorithm, Secret, TOTP};
use vinr_portal::domain::dashboard::Role;

use crate::{
    dashboard::{acme_team_member, dashboard_cookie, location, post, sign_in, PASSWORD},
    on_both_backends,
    support::{Backend, TestApp},
};

const ACCOUNT: &str = "/dashboard/account";

/// The code an authenticator app shows for `secret` at `unix` seconds.
fn code_at(secret: &str, unix: i64) -> String {
    let bytes = Secret::Encoded(secret.to_string()).to_bytes().unwrap();
    TOTP::new(Algorithm::SHA1, 6, 1, 30, bytes, None, "test".to_string())
        .unwrap()
        .generate(unix as u64)
}

fn now() -> i64 {
    time::OffsetDateTime::now_utc().unix_timestamp()
}

/// The challenge cookie a sign-in's password step sets (`name=value`).
fn challenge_cookie(response: &reqwest::Response) -> String {
    response
        .headers()
        .get_all("set-cookie")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find(|v| {
            v.starts_with("vinr_dashboard_challenge=")
                && !v.starts_with("vinr_dashboard_challenge=;")
        })
        .map(|v| v.split(';').next().unwrap().to_string())
        .expect("the password step sets the challenge cookie")
}

/// Turns two-step sign-in on for the signed-in `cookie`: the secret and the recovery codes.
async fn enable(app: &TestApp, cookie: &str) -> (String, Vec<String>) {
    let started = post(app, &format!("{ACCOUNT}/two-step/start"), cookie, &[]).await;
    assert_eq!(started.status(), 303);
    let (_, page) = app.page(cookie, ACCOUNT).await;
    let at = page
        .find("id=\"totp-secret\"")
        .expect("the setup key is shown");
    let secret: String = page[at..]
        .split("value=\"")
        .nth(1)
        .unwrap()
        .split('"')
        .next()
        .unwrap()
        .replace(' ', "");
    assert!(page.contains("otpauth://totp/"));
    let wrong = post(
        app,
        &format!("{ACCOUNT}/two-step/confirm"),
        cookie,
        &[("code", "000000")],
    )
    .await;
    assert!(location(&wrong).contains("two_step=wrong"));
    let confirmed = post(
        app,
        &format!("{ACCOUNT}/two-step/confirm"),
        cookie,
        &[("code", &code_at(&secret, now()))],
    )
    .await;
    assert_eq!(confirmed.status(), 200);
    let shown = confirmed.text().await.unwrap();
    let codes: Vec<String> = shown
        .split("<li><code>")
        .skip(1)
        .map(|rest| rest.split('<').next().unwrap().to_string())
        .collect();
    assert_eq!(codes.len(), 10, "{shown}");
    (secret, codes)
}

/// The password step, then `code`: the second response.
async fn sign_in_with_code(app: &TestApp, email: &str, code: &str) -> reqwest::Response {
    let first = sign_in(app, email, PASSWORD).await;
    assert_eq!(location(&first), "/dashboard/sign-in/code");
    assert!(
        dashboard_cookie(&first).is_none(),
        "a password alone does not sign in"
    );
    let challenge = challenge_cookie(&first);
    post(
        app,
        "/dashboard/sign-in/code",
        &challenge,
        &[("code", code)],
    )
    .await
}

async fn sign_ins_need_a_code_once_two_step_is_on(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let owner = acme_team_member(&app, "owner@acme.test", Role::Owner).await;
    let (secret, recovery) = enable(&app, &owner).await;
    let (_, page) = app.page(&owner, ACCOUNT).await;
    assert!(page.contains("10 of 10 recovery codes left."));
    // The database holds the secret sealed with the operator's keys, not the secret.
    let stored = app
        .sql_text("SELECT totp_secret FROM dashboard_users WHERE email = 'owner@acme.test'")
        .await;
    assert!(
        stored.starts_with("v1.") && !stored.contains(&secret),
        "{stored}"
    );

    // The code that confirmed the setup was used; the next one signs in, once.
    let next = code_at(&secret, now() + 30);
    let signed_in = sign_in_with_code(&app, "owner@acme.test", &next).await;
    assert_eq!(location(&signed_in), "/dashboard");
    let cookie = dashboard_cookie(&signed_in).expect("signed in");
    let (status, _) = app.page(&cookie, "/dashboard").await;
    assert_eq!(status, 200);
    let replayed = sign_in_with_code(&app, "owner@acme.test", &next).await;
    assert_eq!(location(&replayed), "/dashboard/sign-in/code?error=code");
    assert!(dashboard_cookie(&replayed).is_none());

    // A recovery code works once, typed loosely.
    let loose = recovery[0].to_uppercase().replace('-', " ");
    let recovered = sign_in_with_code(&app, "owner@acme.test", &loose).await;
    assert!(dashboard_cookie(&recovered).is_some());
    let again = sign_in_with_code(&app, "owner@acme.test", &recovery[0]).await;
    assert!(dashboard_cookie(&again).is_none());
    let (_, page) = app.page(&cookie, ACCOUNT).await;
    assert!(page.contains("9 of 10 recovery codes left."));

    // A challenge is good for 5 minutes, and for one sign-in.
    let first = sign_in(&app, "owner@acme.test", PASSWORD).await;
    let challenge = challenge_cookie(&first);
    app.sql("UPDATE dashboard_sign_in_challenges SET expires_at = 0 WHERE used_at IS NULL AND user_id = $1", "usr_owner")
        .await;
    let late = post(
        &app,
        "/dashboard/sign-in/code",
        &challenge,
        &[("code", &code_at(&secret, now() + 60))],
    )
    .await;
    assert_eq!(location(&late), "/dashboard/sign-in?error=expired");
    let without = post(&app, "/dashboard/sign-in/code", "", &[("code", "123456")]).await;
    assert_eq!(location(&without), "/dashboard/sign-in?error=expired");

    // Wrong codes count as failed sign-ins: enough of them refuse the account for a while.
    let first = sign_in(&app, "owner@acme.test", PASSWORD).await;
    let challenge = challenge_cookie(&first);
    let mut refused = false;
    for _ in 0..12 {
        let tried = post(
            &app,
            "/dashboard/sign-in/code",
            &challenge,
            &[("code", "000000")],
        )
        .await;
        if tried.status() == 429 {
            refused = true;
            break;
        }
    }
    assert!(refused, "wrong codes are throttled like wrong passwords");

    // Audited: turned on, failed and succeeded sign-ins.
    for action in [
        "dashboard_user.two_step_enabled",
        "dashboard_user.sign_in_failed",
    ] {
        let (_, audit) = app
            .api(
                "GET",
                &format!("/v1/audit_log?object=usr_owner&action={action}"),
                None,
            )
            .await;
        assert!(!audit["data"].as_array().unwrap().is_empty(), "{action}");
        assert_eq!(audit["data"][0]["actor"]["email"], "owner@acme.test");
    }
}
on_both_backends!(sign_ins_need_a_code_once_two_step_is_on);

async fn a_secret_sealed_with_other_keys_leaves_the_recovery_codes(backend: Backend) {
    use vinr_portal::server::secrets::{self, KeyPurpose, OperatorKeys};
    let app = TestApp::spawn(backend).await;
    let owner = acme_team_member(&app, "owner@acme.test", Role::Owner).await;
    let (secret, recovery) = enable(&app, &owner).await;
    // As after the operator's secret changed: the stored value no longer opens.
    let foreign = secrets::seal(
        &OperatorKeys::random().derive(KeyPurpose::TotpSecret, "usr_owner"),
        secret.as_bytes(),
    );
    app.sql(
        "UPDATE dashboard_users SET totp_secret = $1 WHERE id = 'usr_owner'",
        &foreign,
    )
    .await;
    let refused = sign_in_with_code(&app, "owner@acme.test", &code_at(&secret, now() + 30)).await;
    assert_eq!(
        location(&refused),
        "/dashboard/sign-in/code?error=code",
        "not a server error"
    );
    let recovered = sign_in_with_code(&app, "owner@acme.test", &recovery[0]).await;
    assert_eq!(location(&recovered), "/dashboard");
    assert!(dashboard_cookie(&recovered).is_some());
}
on_both_backends!(a_secret_sealed_with_other_keys_leaves_the_recovery_codes);

async fn two_step_turns_off_with_a_code_and_recovery_codes_renew(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let owner = acme_team_member(&app, "owner@acme.test", Role::Owner).await;
    let (secret, old) = enable(&app, &owner).await;
    let renewed = post(
        &app,
        &format!("{ACCOUNT}/two-step/recovery-codes"),
        &owner,
        &[("code", &code_at(&secret, now() + 30))],
    )
    .await;
    assert_eq!(renewed.status(), 200);
    let renewed = renewed.text().await.unwrap();
    let fresh: Vec<String> = renewed
        .split("<li><code>")
        .skip(1)
        .map(|rest| rest.split('<').next().unwrap().to_string())
        .collect();
    assert_eq!(fresh.len(), 10);
    let stale = sign_in_with_code(&app, "owner@acme.test", &old[1]).await;
    assert!(
        dashboard_cookie(&stale).is_none(),
        "the old recovery codes stopped working"
    );

    let wrong = post(
        &app,
        &format!("{ACCOUNT}/two-step/disable"),
        &owner,
        &[("code", "111111")],
    )
    .await;
    assert!(location(&wrong).contains("two_step=wrong"));
    // The app's code of this step was used for the renewal: a recovery code also does.
    let off = post(
        &app,
        &format!("{ACCOUNT}/two-step/disable"),
        &owner,
        &[("code", &fresh[0])],
    )
    .await;
    assert!(
        location(&off).contains("two_step=off"),
        "{}",
        location(&off)
    );
    let plain = sign_in(&app, "owner@acme.test", PASSWORD).await;
    assert!(
        dashboard_cookie(&plain).is_some(),
        "the password alone signs in again"
    );
}
on_both_backends!(two_step_turns_off_with_a_code_and_recovery_codes_renew);

async fn an_owner_requires_two_step_and_teammates_set_it_up_first(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let owner = acme_team_member(&app, "owner@acme.test", Role::Owner).await;
    let developer = acme_team_member(&app, "developer@acme.test", Role::Developer).await;
    let admin = acme_team_member(&app, "admin@acme.test", Role::Admin).await;

    // Only an owner, and only one who uses it.
    let refused = post(
        &app,
        "/dashboard/team/two-step",
        &owner,
        &[("required", "1")],
    )
    .await;
    assert!(
        location(&refused).contains("error="),
        "the owner has not set it up"
    );
    let refused = post(
        &app,
        "/dashboard/team/two-step",
        &admin,
        &[("required", "1")],
    )
    .await;
    assert!(location(&refused).contains("error="));
    enable(&app, &owner).await;
    let required = post(
        &app,
        "/dashboard/team/two-step",
        &owner,
        &[("required", "1")],
    )
    .await;
    assert_eq!(location(&required), "/dashboard/team?done=two_step_on");

    // The developer sees only the setup, and changes nothing until it is done.
    let (status, _) = app.page(&developer, "/dashboard/developers/api-keys").await;
    assert_eq!(status, 303);
    let (status, page) = app.page(&developer, ACCOUNT).await;
    assert_eq!(status, 200);
    assert!(page.contains("Set up two-step sign-in"));
    let refused = post(&app, "/dashboard/developers/api-keys/new", &developer, &[]).await;
    assert!(location(&refused).contains("error=role"));
    let (secret, _) = enable(&app, &developer).await;
    let (status, _) = app.page(&developer, "/dashboard/developers/api-keys").await;
    assert_eq!(status, 200);
    // While required, it cannot be turned off.
    let kept = post(
        &app,
        &format!("{ACCOUNT}/two-step/disable"),
        &developer,
        &[("code", &code_at(&secret, now() + 30))],
    )
    .await;
    assert!(location(&kept).contains("two_step=required"));
}
on_both_backends!(an_owner_requires_two_step_and_teammates_set_it_up_first);
