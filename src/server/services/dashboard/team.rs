//! A merchant's team: invitations (a single-use link, valid 72 hours, through which the
//! teammate chooses a password; e-mailed when SMTP is configured), role changes and
//! removals, each audited as the team member who made it. Owners and admins manage the
//! team; only an owner grants or takes ownership, and the team always keeps an owner.
use serde_json::json;

use crate::domain::{
    dashboard::{Permission, Role},
    ids::prefix,
};
use crate::server::{
    db::{
        store::{self, dashboard_users::MemberRow},
        Db, Tx,
    },
    mailer::{escape_html, Mailer, OutgoingMail},
    secrets,
    services::{
        dashboard::{
            accounts::{self, SETUP_LINK_SECONDS, SETUP_PATH},
            DashboardAccess,
        },
        developers::audit,
        now_unix, ServiceError, ServiceResult,
    },
};

/// The link kind of an invitation (an owner's first link is `setup`).
const INVITATION: &str = "invitation";

pub async fn members(db: &Db, access: &DashboardAccess) -> ServiceResult<Vec<MemberRow>> {
    let mut conn = db.conn().await?;
    Ok(store::dashboard_users::members(conn.exec(), &access.merchant_id).await?)
}

/// A sent (or to be passed on) invitation.
#[derive(Debug)]
pub struct Invitation {
    pub user_id: String,
    pub email: String,
    /// `https://<public host>/dashboard/setup/<token>`: single use, 72 hours.
    pub url: String,
    pub expires_at: i64,
    /// It went out by e-mail; otherwise the inviter passes the link on.
    pub emailed: bool,
}

/// Whether the user may give or take `role` (and touch a member who has it).
fn may_handle(access: &DashboardAccess, role: Role) -> ServiceResult<()> {
    if !access.may(Permission::ManageTeam) || (role == Role::Owner && access.role != Role::Owner) {
        return Err(ServiceError::RoleForbids);
    }
    Ok(())
}

async fn audit_change(
    tx: &mut Tx,
    access: &DashboardAccess,
    action: &'static str,
    user_id: &str,
    changes: serde_json::Value,
) -> ServiceResult<()> {
    audit::record(
        tx.exec(),
        &access.actor(),
        now_unix(),
        audit::NewEntry {
            action,
            customer_id: None,
            object_id: user_id,
            changes: Some(changes),
            event_id: None,
        },
    )
    .await
}

/// A fresh link for `user_id` (retiring any earlier one), written in `tx`; its URL.
async fn new_link(tx: &mut Tx, public_url: &str, user_id: &str, now: i64) -> ServiceResult<String> {
    let token = secrets::new_secret();
    store::dashboard_users::retire_links_of(tx.exec(), user_id, now).await?;
    store::dashboard_users::insert_link(
        tx.exec(),
        &secrets::hash_secret(&token),
        user_id,
        INVITATION,
        now,
        now + SETUP_LINK_SECONDS,
    )
    .await?;
    Ok(format!(
        "{}{SETUP_PATH}{token}",
        public_url.trim_end_matches('/')
    ))
}

/// Invites `email` to the team as `role`.
pub async fn invite(
    db: &Db,
    access: &DashboardAccess,
    public_url: &str,
    mailer: Option<&Mailer>,
    email: &str,
    role: Role,
) -> ServiceResult<Invitation> {
    may_handle(access, role)?;
    let email = accounts::checked_new_email(db, email).await?;
    let now = now_unix();
    let user_id = secrets::new_id(prefix::DASHBOARD_USER);
    let mut tx = db.begin_write().await?;
    accounts::insert_user(tx.exec(), &user_id, &access.merchant_id, &email, role, now).await?;
    let url = new_link(&mut tx, public_url, &user_id, now).await?;
    audit_change(
        &mut tx,
        access,
        "dashboard_user.invited",
        &user_id,
        json!({ "email": { "before": null, "after": email }, "role": { "before": null, "after": role.as_str() } }),
    )
    .await?;
    tx.commit().await?;
    let mut invitation = Invitation {
        user_id,
        email,
        url,
        expires_at: now + SETUP_LINK_SECONDS,
        emailed: false,
    };
    invitation.emailed = send(mailer, access, &invitation).await;
    Ok(invitation)
}

/// A new link for a member who has not accepted yet (the old one stops working).
pub async fn reinvite(
    db: &Db,
    access: &DashboardAccess,
    public_url: &str,
    mailer: Option<&Mailer>,
    user_id: &str,
) -> ServiceResult<Invitation> {
    let now = now_unix();
    let mut tx = db.begin_write().await?;
    let member = teammate(&mut tx, access, user_id).await?;
    may_handle(access, member.role)?;
    if member.password_hash.is_some() {
        return Err(ServiceError::invalid(
            "user",
            "This teammate has already accepted their invitation",
        ));
    }
    let url = new_link(&mut tx, public_url, user_id, now).await?;
    audit_change(
        &mut tx,
        access,
        "dashboard_user.invited",
        user_id,
        json!({ "invitation": { "before": "expired or replaced", "after": "sent again" } }),
    )
    .await?;
    tx.commit().await?;
    let mut invitation = Invitation {
        user_id: member.id,
        email: member.email,
        url,
        expires_at: now + SETUP_LINK_SECONDS,
        emailed: false,
    };
    invitation.emailed = send(mailer, access, &invitation).await;
    Ok(invitation)
}

/// Member `user_id` of the user's own team (anyone else's: not found), other than the
/// user themselves.
async fn teammate(
    tx: &mut Tx,
    access: &DashboardAccess,
    user_id: &str,
) -> ServiceResult<store::dashboard_users::DashboardUserRow> {
    let member = store::dashboard_users::user(tx.exec(), user_id)
        .await?
        .filter(|member| member.merchant_id == access.merchant_id)
        .ok_or_else(|| ServiceError::not_found("team member", "user", user_id))?;
    if member.id == access.user_id {
        return Err(ServiceError::invalid(
            "user",
            "You cannot change your own role or remove yourself; ask another owner or admin",
        ));
    }
    Ok(member)
}

/// The team would be left without an owner.
async fn keeps_an_owner(tx: &mut Tx, access: &DashboardAccess) -> ServiceResult<()> {
    if store::dashboard_users::count_owners(tx.exec(), &access.merchant_id).await? <= 1 {
        return Err(ServiceError::invalid(
            "role",
            "The team needs at least one owner; make someone else an owner first",
        ));
    }
    Ok(())
}

pub async fn change_role(
    db: &Db,
    access: &DashboardAccess,
    user_id: &str,
    role: Role,
) -> ServiceResult<()> {
    may_handle(access, role)?;
    let mut tx = db.begin_write().await?;
    let member = teammate(&mut tx, access, user_id).await?;
    may_handle(access, member.role)?;
    if member.role == role {
        return Ok(());
    }
    if member.role == Role::Owner {
        keeps_an_owner(&mut tx, access).await?;
    }
    store::dashboard_users::set_role(tx.exec(), user_id, role).await?;
    audit_change(
        &mut tx,
        access,
        "dashboard_user.role_changed",
        user_id,
        json!({ "role": { "before": member.role.as_str(), "after": role.as_str() } }),
    )
    .await?;
    tx.commit().await?;
    Ok(())
}

/// Removes a teammate: their sessions end at once.
pub async fn remove(db: &Db, access: &DashboardAccess, user_id: &str) -> ServiceResult<String> {
    let mut tx = db.begin_write().await?;
    let member = teammate(&mut tx, access, user_id).await?;
    may_handle(access, member.role)?;
    if member.role == Role::Owner {
        keeps_an_owner(&mut tx, access).await?;
    }
    store::dashboard_users::delete_user(tx.exec(), user_id).await?;
    audit_change(
        &mut tx,
        access,
        "dashboard_user.removed",
        user_id,
        json!({ "email": { "before": member.email, "after": null }, "role": { "before": member.role.as_str(), "after": null } }),
    )
    .await?;
    tx.commit().await?;
    Ok(member.email)
}

/// E-mails the invitation when a mailer is configured; whether it went out. A failure is
/// logged and the inviter gets the link to pass on instead.
async fn send(mailer: Option<&Mailer>, access: &DashboardAccess, invitation: &Invitation) -> bool {
    let Some(mailer) = mailer else {
        return false;
    };
    let text = format!(
        "{inviter} invited you to the {merchant} team on VINR Portal.\n\n\
         Choose your password here to join (the link works once, for 72 hours):\n{url}\n\n\
         If you did not expect this, ignore this e-mail.",
        inviter = access.email,
        merchant = access.merchant_name,
        url = invitation.url,
    );
    let html = format!(
        "<p>{inviter} invited you to the {merchant} team on VINR Portal.</p>\
         <p><a href=\"{url}\">Choose your password to join</a> (the link works once, for 72 hours).</p>\
         <p>If you did not expect this, ignore this e-mail.</p>",
        inviter = escape_html(&access.email),
        merchant = escape_html(&access.merchant_name),
        url = escape_html(&invitation.url),
    );
    let subject = format!("Join {} on VINR Portal", access.merchant_name);
    match mailer
        .send(OutgoingMail {
            to: &invitation.email,
            from_name: &access.merchant_name,
            reply_to: Some(&access.email),
            subject: &subject,
            text,
            html,
        })
        .await
    {
        Ok(()) => true,
        Err(error) => {
            tracing::warn!(error = %error.message, "could not e-mail a team invitation");
            false
        }
    }
}
