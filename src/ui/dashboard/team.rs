//! Settings → Team (`/dashboard/team`): who is in the merchant's team with which role, an
//! invitation form, role changes and removals. The forms post to `team_forms`.
use crate::ui::components::PageTitle;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

use super::{loaded_page, DashboardError, DashboardLayout};
use crate::{
    ui::components::{ActionButton, Confirmed, PendingForm, SubmitButton},
    views::dashboard::{TeamMemberLine, TeamView},
};

use super::paths::TEAM;

#[server]
pub async fn load_team() -> Result<TeamView, DashboardError> {
    use crate::server::services::dashboard::team;
    let (state, access) = super::dashboard_access().await?;
    let members = team::members(&state.db, &access).await?;
    Ok(super::pages::team(&access, members))
}

#[component]
pub fn TeamPage() -> impl IntoView {
    let query = use_query_map().get_untracked();
    let done = query.get("done").map(|code| match code.as_str() {
        "emailed" => "Invitation e-mailed. The link in it works once, for 72 hours.",
        "role" => "Role changed. It applies to their next page.",
        "removed" => "Removed from the team. They were signed out at once.",
        "two_step_on" => {
            "Two-step sign-in is now required: teammates without it set it up on their next page."
        }
        "two_step_off" => "Two-step sign-in is no longer required (teammates who use it keep it).",
        _ => "Done.",
    });
    let error = query.get("error");
    let email = query.get("email").unwrap_or_default();
    loaded_page(
        load_team(),
        move |page| view! { <Team page done error email /> },
    )
}

fn role_options(roles: &[(String, String)], chosen: &str) -> impl IntoView {
    roles
        .iter()
        .map(|(value, label)| {
            let selected = value == chosen;
            view! { <option value=value.clone() selected=selected>{label.clone()}</option> }
        })
        .collect_view()
}

#[component]
fn Team(
    page: TeamView,
    done: Option<&'static str>,
    error: Option<String>,
    email: String,
) -> impl IntoView {
    let TeamView {
        header,
        members,
        roles,
        can_manage,
        two_step_required,
        can_require_two_step,
    } = page;
    let requirement = can_require_two_step.then(|| {
        let (value, label) = if two_step_required {
            ("0", "Stop requiring two-step sign-in")
        } else {
            ("1", "Require two-step sign-in for everyone")
        };
        view! {
            <h2>"Two-step sign-in"</h2>
            <p>{if two_step_required {
                "Required: everyone signs in with a password and a code from an authenticator app."
            } else {
                "Not required: each teammate chooses on their account page."
            }}</p>
            <PendingForm action=format!("{TEAM}/two-step")>
                <input type="hidden" name="required" value=value />
                <SubmitButton label=label />
            </PendingForm>
        }
    });
    let title = format!("Team — {} dashboard", header.merchant_name);
    let invalid = error.is_some().then_some("true");
    let invite = can_manage.then(|| {
        let options = role_options(&roles, "developer");
        view! {
            <h2>"Invite a teammate"</h2>
            <PendingForm action=format!("{TEAM}/invite")>
                <fieldset class="field-group">
                    <legend>"Invitation"</legend>
                    <label for="invite-email">"E-mail"</label>
                    <input id="invite-email" name="email" type="email" required autocomplete="off" value=email
                        aria-invalid=invalid aria-describedby="team-error" />
                    <label for="invite-role">"Role"</label>
                    <select id="invite-role" name="role">{options}</select>
                    <p class="hint">"Admins do everything but ownership. Developers manage API keys, webhooks and portal sessions. Viewers read only."</p>
                </fieldset>
                <SubmitButton label="Send invitation" />
            </PendingForm>
        }
    });
    view! {
        <PageTitle text=title />
        <DashboardLayout header current=TEAM>
            <h1>"Team"</h1>
            <p class="lede">"Everyone who can sign in to this dashboard, and what their role lets them do."</p>
            {done.map(|message| view! { <p class="banner success" role="status">{message}</p> })}
            {error.map(|message| view! { <p class="banner error" id="team-error" role="alert" tabindex="-1" autofocus>{message}</p> })}
            <ul class="detail-list team-list">
                {members.into_iter().map(|member| view! { <Member member roles=roles.clone() /> }).collect_view()}
            </ul>
            {invite}
            {requirement}
        </DashboardLayout>
    }
}

#[component]
fn Member(member: TeamMemberLine, roles: Vec<(String, String)>) -> impl IntoView {
    let TeamMemberLine {
        id,
        email,
        role: (role, role_label),
        state: (state, class),
        invited,
        is_you,
        manageable,
    } = member;
    let badge = format!("badge {class}");
    let path = format!("{TEAM}/{id}");
    let select_id = format!("role-{id}");
    let select_for = select_id.clone();
    let manage = manageable.then(|| {
        let options = role_options(&roles, &role);
        let remove_label = format!("Yes, remove {email}");
        view! {
            <div class="member-actions">
                <PendingForm action=format!("{path}/role")>
                    <label for=select_for>"Role"</label>
                    <select id=select_id name="role">{options}</select>
                    <button type="submit" class="button">
                        <span class="spinner" aria-hidden="true"></span>
                        <span class="label">"Change role"</span>
                    </button>
                </PendingForm>
                {invited.then(|| view! { <ActionButton action=format!("{path}/reinvite") label="Send a new link" /> })}
                <Confirmed summary="Remove" action=format!("{path}/remove") danger=true
                    consequence="They are signed out at once and can no longer sign in. You can invite them again later."
                    confirm=remove_label />
            </div>
        }
    });
    view! {
        <li class="member-line">
            <strong>{email.clone()}</strong>
            {is_you.then(|| view! { <span class="muted">"(you)"</span> })}
            <span>{role_label}</span>
            <span class=badge>{state}</span>
            {manage}
        </li>
    }
}
