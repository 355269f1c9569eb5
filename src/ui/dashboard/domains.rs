//! Settings → Custom domains (`/dashboard/settings/domains`): the names the merchant serves
//! the portal under, the two DNS records each needs, "Verify now" and removal. The forms post
//! to `domain_forms`, which call the service `/v1/custom_domains` calls.
use crate::ui::components::PageTitle;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

use super::{loaded_page, DashboardError, DashboardLayout};
use crate::{
    ui::components::{ActionButton, Confirmed, PendingForm, SubmitButton},
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
    let done = query.get("done").map(|code| match code.as_str() {
        "added" => "Domain added. Add its two records at your DNS host, then choose Verify now.",
        "verified" => "Verified: new portal links use this domain.",
        "removed" => "Domain removed. New portal links use the default address again.",
        _ => "Done.",
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
    done: Option<&'static str>,
    error: Option<String>,
    typed: String,
) -> impl IntoView {
    let DomainsView {
        header,
        domains,
        can_edit,
    } = page;
    let title = format!("Custom domains — {} dashboard", header.merchant_name);
    let invalid = error.is_some().then_some("true");
    view! {
        <PageTitle text=title />
        <DashboardLayout header current=DOMAINS>
            <h1>"Custom domains"</h1>
            <p class="lede">"Serve the portal under a name of your own, like billing.example.com. Portal links use a verified domain; the dashboard stays on this server's own address."</p>
            {done.map(|message| view! { <p class="banner success" role="status">{message}</p> })}
            {error.map(|message| view! { <p class="banner error" id="domain-error" role="alert">{message}</p> })}
            {if domains.is_empty() {
                view! { <p class="empty">"No custom domain yet."</p> }.into_any()
            } else {
                view! {
                    <ul class="delivery-list">
                        {domains.into_iter().map(|line| view! { <Domain line can_edit /> }).collect_view()}
                    </ul>
                }
                .into_any()
            }}
            {can_edit.then(|| view! {
                <h2>"Add a domain"</h2>
                <PendingForm action=format!("{DOMAINS}/new")>
                    <fieldset class="field-group">
                        <legend>"Domain"</legend>
                        <label for="domain">"Domain name"</label>
                        <input id="domain" name="domain" type="text" required value=typed placeholder="billing.example.com"
                            spellcheck="false" autocapitalize="none" aria-invalid=invalid aria-describedby="domain-hint" />
                        <p class="hint" id="domain-hint">"A name you control, with no scheme or path."</p>
                    </fieldset>
                    <SubmitButton label="Add domain" />
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
    let remove_label = format!("Yes, remove {domain}");
    view! {
        <li class="delivery-line domain-line">
            <div class="delivery-head">
                <strong>{domain.clone()}</strong>
                <span class=badge>{status}</span>
            </div>
            <div class="table-scroll">
                <table class="changes dns-records">
                    <caption class="hint">"Records to add at your DNS host"</caption>
                    <thead><tr><th scope="col">"Type"</th><th scope="col">"Name"</th><th scope="col">"Value"</th></tr></thead>
                    <tbody>
                        {records.into_iter().map(|(kind, name, value)| {
                            let name_label = format!("{kind} record name");
                            let value_label = format!("{kind} record value");
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
                    <ActionButton action=format!("{path}/verify") label="Verify now" class="primary" />
                    <Confirmed summary="Remove" action=format!("{path}/delete") danger=true
                        consequence="The portal stops answering on this name at once." confirm=remove_label />
                </div>
            })}
        </li>
    }
}
