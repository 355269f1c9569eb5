//! `/portal/done`: where a deep link's flow ends when the merchant asked for a hosted
//! confirmation (`afterCompletion.type: hosted_confirmation`), with its message.
use crate::ui::components::PageTitle;
use leptos::prelude::*;

use super::{load_flow_done, loaded_page};
use crate::{
    ui::{
        components::PortalLayout,
        words::{t, t_in},
    },
    views::FlowDoneView,
};

#[component]
pub fn FlowDonePage() -> impl IntoView {
    loaded_page(load_flow_done(), |done| view! { <FlowDone done /> })
}

#[component]
fn FlowDone(done: FlowDoneView) -> impl IntoView {
    let FlowDoneView {
        language,
        merchant_name,
        return_url,
        branding,
        message,
    } = done;
    let title = t_in(
        language,
        "done-title",
        &[("merchant", merchant_name.as_str().into())],
    );
    let back = return_url.clone();
    view! {
        <PageTitle text=title language />
        <PortalLayout merchant_name return_url branding language>
            <h1>{t("done-heading")}</h1>
            <section class="card" role="status">
                <p>{message.unwrap_or_else(|| t("done-saved"))}</p>
            </section>
            <p><a class="button primary" href=back>{t("done-return")}</a></p>
        </PortalLayout>
    }
}
