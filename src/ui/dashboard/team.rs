//! Settings → Team (`/dashboard/team`): who is in the merchant's team with which role, an
//! invitation form, role changes and removals. The forms post to `team_forms`.
use crate::ui::components::PageTitle;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

use super::{loaded_page, DashboardError, DashboardLayout};
use crate::{
    ui::{
        components::{ActionButton, Confirmed, PendingForm, SubmitButton},
        words::{t, t_with},
    },
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
    let done = query.get("done").map(|code| {
        t(match code.as_str() {
            "emailed" => "dash-team-done-emailed",
            "role" => "dash-team-done-role",
            "removed" => "dash-team-done-removed",
            "two_step_on" => "dash-team-done-two-step-on",
            "two_step_off" => "dash-team-done-two-step-off",
            _ => "dash-done",
        })
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
    done: Option<String>,
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
            ("0", t("dash-team-stop-requiring"))
        } else {
            ("1", t("dash-team-require"))
        };
        view! {
            <h2>{t("dash-two-step-heading")}</h2>
            <p>{t(if two_step_required {
                "dash-team-two-step-required"
            } else {
                "dash-team-two-step-not-required"
            })}</p>
            <PendingForm action=format!("{TEAM}/two-step")>
                <input type="hidden" name="required" value=value />
                <SubmitButton label=label />
            </PendingForm>
        }
    });
    let title = t_with(
        "dash-team-title",
        &[("merchant", header.merchant_name.as_str().into())],
    );
    let invalid = error.is_some().then_some("true");
    let invite = can_manage.then(|| {
        let options = role_options(&roles, "developer");
        view! {
            <h2>{t("dash-team-invite-heading")}</h2>
            <PendingForm action=format!("{TEAM}/invite")>
                <fieldset class="field-group">
                    <legend>{t("dash-team-invitation")}</legend>
                    <label for="invite-email">{t("dash-email")}</label>
                    <input id="invite-email" name="email" type="email" required autocomplete="off" value=email
                        aria-invalid=invalid aria-describedby="team-error" />
                    <label for="invite-role">{t("dash-team-role")}</label>
                    <select id="invite-role" name="role">{options}</select>
                    <p class="hint">{t("dash-team-roles-hint")}</p>
                </fieldset>
                <SubmitButton label=t("dash-team-send-invitation") />
            </PendingForm>
        }
    });
    view! {
        <PageTitle text=title />
        <DashboardLayout header current=TEAM>
            <h1>{t("dash-nav-team")}</h1>
            <p class="lede">{t("dash-team-lede")}</p>
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
        let remove_label = t_with("dash-team-remove-confirm", &[("email", email.as_str().into())]);
        view! {
            <div class="member-actions">
                <PendingForm action=format!("{path}/role")>
                    <label for=select_for>{t("dash-team-role")}</label>
                    <select id=select_id name="role">{options}</select>
                    <button type="submit" class="button">
                        <span class="spinner" aria-hidden="true"></span>
                        <span class="label">{t("dash-team-change-role")}</span>
                    </button>
                </PendingForm>
                {invited.then(|| view! { <ActionButton action=format!("{path}/reinvite") label=t("dash-team-reinvite") /> })}
                <Confirmed summary=t("dash-domains-remove") action=format!("{path}/remove") danger=true
                    consequence=t("dash-team-remove-text")
                    confirm=remove_label />
            </div>
        }
    });
    view! {
        <li class="member-line">
            <strong>{email.clone()}</strong>
            {is_you.then(|| view! { <span class="muted">{t("dash-team-you")}</span> })}
            <span>{role_label}</span>
            <span class=badge>{state}</span>
            {manage}
        </li>
    }
}
