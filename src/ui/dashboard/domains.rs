//! Settings → Custom domains (`/dashboard/settings/domains`): the names the merchant serves
//! the portal under, the two DNS records each needs, "Verify now" and removal. The forms post
//! to `domain_forms`, which call the service `/v1/custom_domains` calls.
use crate::ui::components::PageTitle;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

use super::{loaded_page, DashboardError, DashboardLayout};
use crate::{
    ui::{
        components::{ActionButton, Confirmed, PendingForm, SubmitButton},
        words::{t, t_with},
    },
    views::dashboard::{DomainLine, DomainsView},
};

pub const DOMAINS: &str = "/dashboard/settings/domains";

#[server]
pub async fn load_domains() -> Result<DomainsView, DashboardError> {
    use crate::server::services::settings::custom_domains;
    let (state, access) = super::dashboard_access().await?;
    let domains =
        custom_domains::list(&state.db, &access.actor(), &state.config.public_url).await?;
    Ok(super::pages::domains(&access, domains))
}

#[component]
pub fn DomainsPage() -> impl IntoView {
    let query = use_query_map().get_untracked();
    let done = query.get("done").map(|code| {
        t(match code.as_str() {
            "added" => "dash-domains-done-added",
            "verified" => "dash-domains-done-verified",
            "removed" => "dash-domains-done-removed",
            _ => "dash-done",
        })
    });
    let error = query.get("error");
    let typed = query.get("domain").unwrap_or_default();
    loaded_page(
        load_domains(),
        move |page| view! { <Domains page done error typed /> },
    )
}

#[component]
fn Domains(
    page: DomainsView,
    done: Option<String>,
    error: Option<String>,
    typed: String,
) -> impl IntoView {
    let DomainsView {
        header,
        domains,
        can_edit,
    } = page;
    let title = t_with(
        "dash-domains-title",
        &[("merchant", header.merchant_name.as_str().into())],
    );
    let invalid = error.is_some().then_some("true");
    view! {
        <PageTitle text=title />
        <DashboardLayout header current=DOMAINS>
            <h1>{t("dash-home-domains")}</h1>
            <p class="lede">{t("dash-domains-lede")}</p>
            {done.map(|message| view! { <p class="banner success" role="status">{message}</p> })}
            {error.map(|message| view! { <p class="banner error" id="domain-error" role="alert">{message}</p> })}
            {if domains.is_empty() {
                view! { <p class="empty">{t("dash-domains-none")}</p> }.into_any()
            } else {
                view! {
                    <ul class="delivery-list">
                        {domains.into_iter().map(|line| view! { <Domain line can_edit /> }).collect_view()}
                    </ul>
                }
                .into_any()
            }}
            {can_edit.then(|| view! {
                <h2>{t("dash-domains-new")}</h2>
                <PendingForm action=format!("{DOMAINS}/new")>
                    <fieldset class="field-group">
                        <legend>{t("dash-domains-domain")}</legend>
                        <label for="domain">{t("dash-domains-name")}</label>
                        <input id="domain" name="domain" type="text" required value=typed placeholder="billing.example.com"
                            spellcheck="false" autocapitalize="none" aria-invalid=invalid aria-describedby="domain-hint" />
                        <p class="hint" id="domain-hint">{t("dash-domains-name-hint")}</p>
                    </fieldset>
                    <SubmitButton label=t("dash-domains-add") />
                </PendingForm>
            })}
        </DashboardLayout>
    }
}

#[component]
fn Domain(line: DomainLine, can_edit: bool) -> impl IntoView {
    let DomainLine {
        id,
        domain,
        status: (status, class),
        records,
        notes,
    } = line;
    let badge = format!("badge {class}");
    let path = format!("{DOMAINS}/{id}");
    let remove_label = t_with(
        "dash-domains-remove-confirm",
        &[("domain", domain.as_str().into())],
    );
    view! {
        <li class="delivery-line domain-line">
            <div class="delivery-head">
                <strong>{domain.clone()}</strong>
                <span class=badge>{status}</span>
            </div>
            <div class="table-scroll">
                <table class="changes dns-records">
                    <caption class="hint">{t("dash-domains-records")}</caption>
                    <thead><tr><th scope="col">{t("dash-domains-type")}</th><th scope="col">{t("dash-name")}</th><th scope="col">{t("dash-domains-value")}</th></tr></thead>
                    <tbody>
                        {records.into_iter().map(|(kind, name, value)| {
                            let name_label = t_with("dash-domains-record-name", &[("kind", kind.as_str().into())]);
                            let value_label = t_with("dash-domains-record-value", &[("kind", kind.as_str().into())]);
                            view! {
                                <tr>
                                    <th scope="row">{kind}</th>
                                    <td><div class="copyable"><input type="text" readonly value=name aria-label=name_label.clone() data-copy=name_label spellcheck="false" /></div></td>
                                    <td><div class="copyable"><input type="text" readonly value=value aria-label=value_label.clone() data-copy=value_label spellcheck="false" /></div></td>
                                </tr>
                            }
                        }).collect_view()}
                    </tbody>
                </table>
            </div>
            {notes.into_iter().map(|note| view! { <p class="muted">{note}</p> }).collect_view()}
            {can_edit.then(|| view! {
                <div class="endpoint-actions">
                    <ActionButton action=format!("{path}/verify") label=t("dash-domains-verify") class="primary" />
                    <Confirmed summary=t("dash-domains-remove") action=format!("{path}/delete") danger=true
                        consequence=t("dash-domains-remove-text") confirm=remove_label />
                </div>
            })}
        </li>
    }
}
