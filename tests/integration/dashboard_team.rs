//! Settings → Team against the real server: invitations (a single-use 72-hour link, shown
//! to the inviter without SMTP and e-mailed with it), role changes and removals, who may
//! do which, and the audit log of each.
use vinr_portal::{domain::dashboard::Role, server::config::MailSettings};

use crate::{
    dashboard::{acme_team_member, dashboard_cookie, location, new_owner, post, sign_in, PASSWORD},
    on_both_backends,
    smtp_sink::SmtpSink,
    support::{Backend, TestApp},
};

const TEAM: &str = "/dashboard/team";

/// The link on an "Invitation link" page, as a path on the test server.
fn shown_link(app: &TestApp, html: &str) -> String {
    let at = html.find("/dashboard/setup/").expect("the link is shown");
    let start = html[..at].rfind('"').unwrap() + 1;
    let url = html[start..].split('"').next().unwrap();
    url.strip_prefix(&app.base)
        .expect("on the public URL")
        .to_string()
}

async fn invite(app: &TestApp, cookie: &str, email: &str, role: &str) -> reqwest::Response {
    post(
        app,
        &format!("{TEAM}/invite"),
        cookie,
        &[("email", email), ("role", role)],
    )
    .await
}

/// Accepts an invitation: the new member's cookie.
async fn accept(app: &TestApp, link: &str) -> String {
    let accepted = post(
        app,
        link,
        "",
        &[("password", PASSWORD), ("confirm", PASSWORD)],
    )
    .await;
    dashboard_cookie(&accepted).expect("accepting signs the teammate in")
}

async fn user_id(app: &TestApp, email: &str) -> String {
    app.sql_text(&format!(
        "SELECT id FROM dashboard_users WHERE email = '{email}'"
    ))
    .await
}

async fn an_invited_teammate_joins_through_a_single_use_link(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let owner = acme_team_member(&app, "owner@acme.test", Role::Owner).await;
    let (status, page) = app.page(&owner, TEAM).await;
    assert_eq!(status, 200);
    assert!(page.contains("Send invitation") && page.contains("owner@acme.test"));

    // Without SMTP the inviter gets the link to pass on.
    let invited = invite(&app, &owner, " Dev@Acme.test ", "developer").await;
    assert_eq!(invited.status(), 200);
    let shown = invited.text().await.unwrap();
    assert!(shown.contains("Invitation link") && shown.contains("dev@acme.test"));
    let link = shown_link(&app, &shown);
    let (_, page) = app.page(&owner, TEAM).await;
    assert!(page.contains("dev@acme.test") && page.contains("Invited · link works until"));

    // Not signed in before the password is chosen; then signed in as a developer, once.
    assert!(dashboard_cookie(&sign_in(&app, "dev@acme.test", PASSWORD).await).is_none());
    let developer = accept(&app, &link).await;
    let (status, home) = app.page(&developer, "/dashboard").await;
    assert_eq!(status, 200);
    assert!(home.contains("Developer"));
    let again = post(
        &app,
        &link,
        "",
        &[("password", PASSWORD), ("confirm", PASSWORD)],
    )
    .await;
    assert!(dashboard_cookie(&again).is_none(), "the link works once");
    let (_, page) = app.page(&owner, TEAM).await;
    assert!(!page.contains("Invited · link works until"));

    // The same e-mail twice, a bad address, and an unknown role change nothing.
    for (email, role, words) in [
        ("dev@acme.test", "viewer", "already exists"),
        ("not an address", "viewer", "valid e-mail"),
        ("new@acme.test", "superuser", "Choose a role"),
    ] {
        let refused = invite(&app, &owner, email, role).await;
        let back = location(&refused);
        assert!(back.starts_with(&format!("{TEAM}?error=")), "{back}");
        let (_, page) = app.page(&owner, &back).await;
        assert!(page.contains(words), "{words}");
    }
    assert_eq!(
        app.sql_text("SELECT CAST(COUNT(*) AS TEXT) FROM dashboard_users")
            .await,
        "2"
    );

    // Audited as the inviter.
    let id = user_id(&app, "dev@acme.test").await;
    let (_, audit) = app
        .api("GET", &format!("/v1/audit_log?object={id}"), None)
        .await;
    let invited = audit["data"]
        .as_array()
        .unwrap()
        .iter()
        .find(|entry| entry["action"] == "dashboard_user.invited")
        .expect("the invitation is audited");
    assert_eq!(invited["actor"]["email"], "owner@acme.test");
}
on_both_backends!(an_invited_teammate_joins_through_a_single_use_link);

async fn an_expired_invitation_is_refused_and_a_new_link_replaces_it(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let owner = acme_team_member(&app, "owner@acme.test", Role::Owner).await;
    let first = shown_link(
        &app,
        &invite(&app, &owner, "late@acme.test", "viewer")
            .await
            .text()
            .await
            .unwrap(),
    );
    let id = user_id(&app, "late@acme.test").await;

    // 72 hours later.
    app.sql(
        "UPDATE dashboard_links SET expires_at = expires_at - 72 * 3600 - 1 WHERE user_id = $1",
        &id,
    )
    .await;
    let (_, page) = app.page("", &first).await;
    assert!(page.contains("This link has expired"));
    let (_, team) = app.page(&owner, TEAM).await;
    assert!(team.contains("Invitation expired"));

    let resent = post(&app, &format!("{TEAM}/{id}/reinvite"), &owner, &[]).await;
    assert_eq!(resent.status(), 200);
    let second = shown_link(&app, &resent.text().await.unwrap());
    assert_ne!(first, second);
    let viewer = accept(&app, &second).await;
    let (status, _) = app.page(&viewer, "/dashboard").await;
    assert_eq!(status, 200);
    // Accepted, there is nothing to send again.
    let refused = post(&app, &format!("{TEAM}/{id}/reinvite"), &owner, &[]).await;
    assert!(location(&refused).contains("error="));
}
on_both_backends!(an_expired_invitation_is_refused_and_a_new_link_replaces_it);

async fn roles_change_and_removed_members_are_signed_out(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let owner = acme_team_member(&app, "owner@acme.test", Role::Owner).await;
    let admin = acme_team_member(&app, "admin@acme.test", Role::Admin).await;
    let member = accept(
        &app,
        &shown_link(
            &app,
            &invite(&app, &admin, "member@acme.test", "developer")
                .await
                .text()
                .await
                .unwrap(),
        ),
    )
    .await;
    let id = user_id(&app, "member@acme.test").await;

    let changed = post(
        &app,
        &format!("{TEAM}/{id}/role"),
        &admin,
        &[("role", "viewer")],
    )
    .await;
    assert_eq!(location(&changed), format!("{TEAM}?done=role"));
    let (_, home) = app.page(&member, "/dashboard").await;
    assert!(
        home.contains("Viewer"),
        "the new role applies to the next page"
    );
    // A viewer now: refused where a developer was allowed.
    let refused = post(&app, "/dashboard/developers/api-keys/new", &member, &[]).await;
    assert!(location(&refused).contains("error=role"));

    // Only an owner grants or takes ownership; nobody changes their own role; the viewer
    // manages nothing.
    let owner_id = "usr_owner";
    for (cookie, target, role) in [
        (&admin, id.as_str(), "owner"),
        (&admin, owner_id, "viewer"),
        (&owner, owner_id, "admin"),
        (&member, "usr_admin", "viewer"),
    ] {
        let refused = post(
            &app,
            &format!("{TEAM}/{target}/role"),
            cookie,
            &[("role", role)],
        )
        .await;
        assert!(
            location(&refused).starts_with(&format!("{TEAM}?error=")),
            "{target} {role}"
        );
    }
    let refused = invite(&app, &admin, "boss@acme.test", "owner").await;
    assert!(location(&refused).contains("error="));
    assert_eq!(
        app.sql_text("SELECT role FROM dashboard_users WHERE id = 'usr_owner'")
            .await,
        "owner"
    );

    // An owner may make another owner, who may then step the first one down.
    let promoted = post(
        &app,
        &format!("{TEAM}/usr_admin/role"),
        &owner,
        &[("role", "owner")],
    )
    .await;
    assert_eq!(location(&promoted), format!("{TEAM}?done=role"));
    let stepped = post(
        &app,
        &format!("{TEAM}/{owner_id}/role"),
        &admin,
        &[("role", "admin")],
    )
    .await;
    assert_eq!(location(&stepped), format!("{TEAM}?done=role"));
    // The last owner cannot be removed (not even by an owner, who cannot remove themselves).
    let refused = post(&app, &format!("{TEAM}/usr_admin/remove"), &admin, &[]).await;
    assert!(location(&refused).contains("error="));

    // Removed: signed out at once, and no way back in.
    let removed = post(&app, &format!("{TEAM}/{id}/remove"), &admin, &[]).await;
    assert_eq!(location(&removed), format!("{TEAM}?done=removed"));
    let (status, _) = app.page(&member, "/dashboard").await;
    assert_ne!(status, 200);
    assert!(dashboard_cookie(&sign_in(&app, "member@acme.test", PASSWORD).await).is_none());

    // Another merchant's owner cannot touch this team.
    let (_, setup) = new_owner(&app, "owner@globex.test").await;
    let globex = accept(&app, &setup).await;
    for action in ["role", "remove", "reinvite"] {
        let refused = post(
            &app,
            &format!("{TEAM}/usr_admin/{action}"),
            &globex,
            &[("role", "viewer")],
        )
        .await;
        assert!(
            location(&refused).contains("not+in+this+team")
                || location(&refused).contains("not%20in%20this%20team"),
            "{action}: {}",
            location(&refused)
        );
    }
    let (_, page) = app.page(&globex, TEAM).await;
    assert!(!page.contains("admin@acme.test"));

    // Each change in the audit log, with before and after.
    let (_, audit) = app
        .api("GET", &format!("/v1/audit_log?object={id}"), None)
        .await;
    let actions: Vec<&str> = audit["data"]
        .as_array()
        .unwrap()
        .iter()
        .map(|entry| entry["action"].as_str().unwrap())
        .collect();
    assert!(
        actions.contains(&"dashboard_user.role_changed"),
        "{actions:?}"
    );
    assert!(actions.contains(&"dashboard_user.removed"));
    let role_change = audit["data"]
        .as_array()
        .unwrap()
        .iter()
        .find(|entry| entry["action"] == "dashboard_user.role_changed")
        .unwrap();
    assert_eq!(
        role_change["changes"]["role"]["before"], "developer",
        "{role_change}"
    );
    assert_eq!(role_change["changes"]["role"]["after"], "viewer");
}
on_both_backends!(roles_change_and_removed_members_are_signed_out);

async fn with_smtp_the_invitation_is_e_mailed(backend: Backend) {
    let sink = SmtpSink::start().await;
    let url = format!("smtp://{}", sink.address);
    let app = TestApp::spawn_with(backend, move |config| {
        config.mail = Some(MailSettings::new(url, "team@vinr.test".to_string()));
    })
    .await;
    let owner = acme_team_member(&app, "owner@acme.test", Role::Owner).await;
    let invited = invite(&app, &owner, "mailed@acme.test", "admin").await;
    assert_eq!(location(&invited), format!("{TEAM}?done=emailed"));
    let mail = sink.wait_for_mail_to("mailed@acme.test").await;
    assert!(mail
        .data
        .contains("Subject: Join Acme Cloud on VINR Portal"));
    let body = mail.data.replace("=\r\n", "").replace("=3D", "=");
    let at = body
        .find("/dashboard/setup/")
        .expect("the link is in the e-mail");
    let token: String = body[at + "/dashboard/setup/".len()..]
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_')
        .collect();
    let admin = accept(&app, &format!("/dashboard/setup/{token}")).await;
    let (_, home) = app.page(&admin, "/dashboard").await;
    assert!(home.contains("Admin"));
}
on_both_backends!(with_smtp_the_invitation_is_e_mailed);

async fn simultaneous_invitations_of_one_address_make_one_member(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let owner = acme_team_member(&app, "owner@acme.test", Role::Owner).await;
    let attempts = (0..8).map(|_| invite(&app, &owner, "twice@acme.test", "viewer"));
    let answers = futures::future::join_all(attempts).await;
    let statuses: Vec<u16> = answers.iter().map(|a| a.status().as_u16()).collect();
    assert_eq!(
        statuses.iter().filter(|s| **s == 200).count(),
        1,
        "one invitation: {statuses:?}"
    );
    for refused in answers.iter().filter(|a| a.status() != 200) {
        assert_eq!(refused.status(), 303, "refused, not a server error");
        assert!(location(refused).starts_with(&format!("{TEAM}?error=")));
    }
    assert_eq!(
        app.sql_text(
            "SELECT CAST(COUNT(*) AS TEXT) FROM dashboard_users WHERE email = 'twice@acme.test'"
        )
        .await,
        "1"
    );
}
on_both_backends!(simultaneous_invitations_of_one_address_make_one_member);
