//! `/portal/done`: where a deep link's flow ends when the merchant asked for a hosted
//! confirmation (`afterCompletion.type: hosted_confirmation`), with its message.
use crate::ui::components::PageTitle;
use leptos::prelude::*;

use super::{load_flow_done, loaded_page};
use crate::{ui::components::PortalLayout, views::FlowDoneView};

#[component]
pub fn FlowDonePage() -> impl IntoView {
    loaded_page(load_flow_done(), |done| view! { <FlowDone done /> })
}

#[component]
fn FlowDone(done: FlowDoneView) -> impl IntoView {
    let FlowDoneView {
        merchant_name,
        return_url,
        branding,
        message,
    } = done;
    let title = format!("Done — {merchant_name}");
    let back = return_url.clone();
    view! {
        <PageTitle text=title />
        <PortalLayout merchant_name return_url branding>
            <h1>"All done"</h1>
            <section class="card" role="status">
                <p>{message.unwrap_or_else(|| "Your change has been saved.".to_string())}</p>
            </section>
            <p><a class="button primary" href=back>"Return to the website"</a></p>
        </PortalLayout>
    }
}
