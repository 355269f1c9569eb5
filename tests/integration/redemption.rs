//! Redeeming portal links: once, atomically, with clear answers for spent links.
use std::process::Stdio;

use futures::future::join_all;
use tokio::io::{AsyncBufReadExt, BufReader};

use crate::{
    on_both_backends,
    support::{cookie_pair, Backend, TestApp},
};

async fn a_link_redeems_once_for_an_httponly_strict_cookie(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let (id, secret) = app.mint_link().await;

    let page = app
        .http
        .get(app.url(&format!("/session/{id}")))
        .send()
        .await
        .unwrap();
    assert_eq!(page.status(), 200);
    let html = page.text().await.unwrap();
    assert!(html.contains(&format!("action=\"/session/{id}/redeem\"")));
    assert!(
        html.contains("location.hash"),
        "the page redeems with an inline script, not the WASM"
    );

    let response = app.redeem(&id, &secret).await;
    assert_eq!(response.status(), 303);
    assert_eq!(response.headers()["location"], "/portal");
    let set_cookie = response.headers()["set-cookie"]
        .to_str()
        .unwrap()
        .to_string();
    assert!(set_cookie.contains("HttpOnly"));
    assert!(set_cookie.contains("SameSite=Strict"));
    assert!(!set_cookie.contains("Secure"), "plain http test server");
    assert!(
        !set_cookie.contains(&secret),
        "the cookie is not the link secret"
    );
    let cookie = cookie_pair(&response).unwrap();

    let portal = app
        .http
        .get(app.url("/portal"))
        .header("cookie", &cookie)
        .send()
        .await
        .unwrap();
    assert_eq!(portal.status(), 200);
    let html = portal.text().await.unwrap();
    assert!(html.contains("Jenny Rosen"));
    assert!(html.contains("Basic"));
    assert!(html.contains("$9.00 per month"));
    assert!(html.contains("Return to Acme Cloud"));
    assert!(html.contains("https://app.example.com/account"));

    // The same link again: spent, with the way back.
    let again = app.redeem(&id, &secret).await;
    assert_eq!(again.status(), 410);
    assert!(cookie_pair(&again).is_none());
    let html = again.text().await.unwrap();
    assert!(html.contains("This session has expired"));
    assert!(html.contains("https://app.example.com/account"));

    let page = app
        .http
        .get(app.url(&format!("/session/{id}")))
        .send()
        .await
        .unwrap();
    assert_eq!(page.status(), 410);
    assert!(page
        .text()
        .await
        .unwrap()
        .contains("This session has expired"));
}
on_both_backends!(a_link_redeems_once_for_an_httponly_strict_cookie);

async fn tampered_unknown_and_expired_links_are_refused(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let (id, secret) = app.mint_link().await;

    let mut tampered = secret.clone();
    tampered.replace_range(0..1, if secret.starts_with('A') { "B" } else { "A" });
    for wrong in [tampered.as_str(), "", "x"] {
        let response = app.redeem(&id, wrong).await;
        assert_eq!(response.status(), 410, "secret {wrong:?}");
        assert!(cookie_pair(&response).is_none());
        assert!(response
            .text()
            .await
            .unwrap()
            .contains("This session has expired"));
    }

    let unknown = app.redeem("bps_unknown", &secret).await;
    assert_eq!(unknown.status(), 404);
    assert!(unknown
        .text()
        .await
        .unwrap()
        .contains("This session has expired"));
    let page = app
        .http
        .get(app.url("/session/bps_unknown"))
        .send()
        .await
        .unwrap();
    assert_eq!(page.status(), 404);
    assert!(page
        .text()
        .await
        .unwrap()
        .contains("This session has expired"));

    // Wrong guesses did not burn the link: the right secret still works.
    assert_eq!(app.redeem(&id, &secret).await.status(), 303);

    // An expired link is refused even with the right secret.
    let (expired_id, expired_secret) = app.mint_link().await;
    expire(&app, &expired_id).await;
    let response = app.redeem(&expired_id, &expired_secret).await;
    assert_eq!(response.status(), 410);
    assert!(response
        .text()
        .await
        .unwrap()
        .contains("https://app.example.com/account"));
    let page = app
        .http
        .get(app.url(&format!("/session/{expired_id}")))
        .send()
        .await
        .unwrap();
    assert_eq!(page.status(), 410);
}
on_both_backends!(tampered_unknown_and_expired_links_are_refused);

async fn expire(app: &TestApp, id: &str) {
    use vinr_portal::server::db::Db;
    let past = time::OffsetDateTime::now_utc().unix_timestamp() - 1;
    match &app.db {
        Db::Sqlite(sqlite) => {
            sqlx::query("UPDATE portal_sessions SET expires_at = $1 WHERE id = $2")
                .bind(past)
                .bind(id)
                .execute(&sqlite.writes)
                .await
                .unwrap();
        }
        Db::Postgres(pool) => {
            sqlx::query("UPDATE portal_sessions SET expires_at = $1 WHERE id = $2")
                .bind(past)
                .bind(id)
                .execute(pool)
                .await
                .unwrap();
        }
    }
}

/// 100 simultaneous redemptions of one link: exactly one gets a cookie.
async fn racing_redemptions_issue_exactly_one_cookie(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let (id, secret) = app.mint_link().await;
    let attempts = (0..100).map(|_| app.redeem(&id, &secret));
    let responses = join_all(attempts).await;
    let winners: Vec<_> = responses
        .iter()
        .filter(|r| cookie_pair(r).is_some())
        .collect();
    assert_eq!(winners.len(), 1);
    assert_eq!(responses.iter().filter(|r| r.status() == 303).count(), 1);
    assert_eq!(responses.iter().filter(|r| r.status() == 410).count(), 99);
}
on_both_backends!(racing_redemptions_issue_exactly_one_cookie);

/// Two server processes on one PostgreSQL: still exactly one cookie per link.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_server_processes_on_one_postgres_redeem_once() {
    let app = TestApp::spawn(Backend::Postgres).await;
    let first = spawn_server_process(&app.database_url).await;
    let second = spawn_server_process(&app.database_url).await;

    for _ in 0..3 {
        let (id, secret) = app.mint_link().await;
        let attempts = (0..100).map(|i| {
            let base = if i % 2 == 0 { &first.1 } else { &second.1 };
            app.http
                .post(format!("{base}/session/{id}/redeem"))
                .form(&[("secret", secret.as_str())])
                .send()
        });
        let responses: Vec<_> = join_all(attempts)
            .await
            .into_iter()
            .map(Result::unwrap)
            .collect();
        assert_eq!(
            responses
                .iter()
                .filter(|r| cookie_pair(r).is_some())
                .count(),
            1
        );
        assert_eq!(responses.iter().filter(|r| r.status() == 410).count(), 99);
    }
}

/// Starts the real server binary on a free port and returns it with its base URL.
async fn spawn_server_process(database_url: &str) -> (tokio::process::Child, String) {
    let mut child = tokio::process::Command::new(env!("CARGO_BIN_EXE_vinr-portal"))
        .env("DATABASE_URL", database_url)
        .env("LEPTOS_SITE_ADDR", "127.0.0.1:0")
        .env("RUST_LOG", "warn")
        .stdout(Stdio::piped())
        .kill_on_drop(true)
        .spawn()
        .expect("the server binary starts");
    let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
    while let Some(line) = lines.next_line().await.unwrap() {
        if let Some(base) = line.strip_prefix("listening on ") {
            return (child, base.trim().to_string());
        }
    }
    panic!("the server process exited before listening");
}

/// Unauthenticated callers are answered by reads: an unknown link or a wrong secret never
/// queues behind the database's single writer (on SQLite, its write turn).
async fn failed_redemptions_never_wait_for_the_write_turn(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let (id, secret) = app.mint_link().await;
    let writer = app.db.begin_write().await.unwrap();
    for (id, secret, status) in [
        ("bps_0000000000000000000000", "whatever", 404),
        (id.as_str(), "not-the-secret", 410),
    ] {
        let answer =
            tokio::time::timeout(std::time::Duration::from_secs(3), app.redeem(id, secret))
                .await
                .expect("answered while another writer holds the write turn");
        assert_eq!(answer.status(), status, "{id}");
    }
    drop(writer);
    assert_eq!(
        app.redeem(&id, &secret).await.status(),
        303,
        "the real secret still works"
    );
}
on_both_backends!(failed_redemptions_never_wait_for_the_write_turn);
