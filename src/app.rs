//! The document shell and the routes of the portal and the dashboard.
use leptos::prelude::*;
use leptos_meta::{provide_meta_context, MetaTags};
use leptos_router::{
    components::{Route, Router, Routes},
    path, SsrMode,
};

use crate::ui::{
    dashboard::{
        AccountPage, ApiKeysPage, AuditLogPage, BrandingPage, CataloguePage, CustomerPage,
        CustomersPage, DomainsPage, EventsPage, HomePage, PaymentsPage, PortalSessionsPage,
        PortalSettingsPage, SetupPage, SignInCodePage, SignInPage, TeamPage, WebhookEndpointPage,
        WebhooksPage,
    },
    portal::{
        ActivityPage, BillingDetailsPage, CancelPage, FlowDonePage, InvoicePage, InvoicesPage,
        OverviewPage, PaymentMethodsPage, ReviewChangePage, UpdatePlanPage,
    },
    session::{set_status, SessionPage},
};

pub fn shell(options: LeptosOptions) -> impl IntoView {
    view! {
        <!DOCTYPE html>
        <html>
            <head>
                <meta charset="utf-8" />
                <meta name="viewport" content="width=device-width, initial-scale=1" />
                <meta name="referrer" content="same-origin" />
                <AutoReload options=options.clone() />
                <HydrationScripts options islands=true />
                <link rel="stylesheet" id="leptos" href="/pkg/vinr-portal.css" />
                <link rel="icon" href="/favicon.svg" type="image/svg+xml" />
                <MetaTags />
            </head>
            <body>
                <App />
            </body>
        </html>
    }
}

#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    // Pages load their data before answering (async mode) so that each can set its status
    // code (401, 404, 410) and the response is one complete document.
    view! {
        <Router>
            <Routes fallback=NotFoundPage>
                <Route path=path!("/portal") view=OverviewPage ssr=SsrMode::Async />
                <Route path=path!("/portal/subscriptions/:id/update") view=UpdatePlanPage ssr=SsrMode::Async />
                <Route path=path!("/portal/subscriptions/:id/review") view=ReviewChangePage ssr=SsrMode::Async />
                <Route path=path!("/portal/subscriptions/:id/cancel") view=CancelPage ssr=SsrMode::Async />
                <Route path=path!("/portal/payment-methods") view=PaymentMethodsPage ssr=SsrMode::Async />
                <Route path=path!("/portal/billing-details") view=BillingDetailsPage ssr=SsrMode::Async />
                <Route path=path!("/portal/activity") view=ActivityPage ssr=SsrMode::Async />
                <Route path=path!("/portal/done") view=FlowDonePage ssr=SsrMode::Async />
                <Route path=path!("/portal/invoices") view=InvoicesPage ssr=SsrMode::Async />
                <Route path=path!("/portal/invoices/:id") view=InvoicePage ssr=SsrMode::Async />
                <Route path=path!("/session/:id") view=SessionPage ssr=SsrMode::Async />
                <Route path=path!("/dashboard") view=HomePage ssr=SsrMode::Async />
                <Route path=path!("/dashboard/sign-in") view=SignInPage ssr=SsrMode::Async />
                <Route path=path!("/dashboard/sign-in/code") view=SignInCodePage ssr=SsrMode::Async />
                <Route path=path!("/dashboard/customers") view=CustomersPage ssr=SsrMode::Async />
                <Route path=path!("/dashboard/customers/:id") view=CustomerPage ssr=SsrMode::Async />
                <Route path=path!("/dashboard/catalogue") view=CataloguePage ssr=SsrMode::Async />
                <Route path=path!("/dashboard/setup/:token") view=SetupPage ssr=SsrMode::Async />
                <Route path=path!("/dashboard/settings/branding") view=BrandingPage ssr=SsrMode::Async />
                <Route path=path!("/dashboard/settings/portal") view=PortalSettingsPage ssr=SsrMode::Async />
                <Route path=path!("/dashboard/settings/portal/:id") view=PortalSettingsPage ssr=SsrMode::Async />
                <Route path=path!("/dashboard/portal-sessions") view=PortalSessionsPage ssr=SsrMode::Async />
                <Route path=path!("/dashboard/developers/api-keys") view=ApiKeysPage ssr=SsrMode::Async />
                <Route path=path!("/dashboard/account") view=AccountPage ssr=SsrMode::Async />
                <Route path=path!("/dashboard/team") view=TeamPage ssr=SsrMode::Async />
                <Route path=path!("/dashboard/developers/audit-log") view=AuditLogPage ssr=SsrMode::Async />
                <Route path=path!("/dashboard/developers/events") view=EventsPage ssr=SsrMode::Async />
                <Route path=path!("/dashboard/settings/domains") view=DomainsPage ssr=SsrMode::Async />
                <Route path=path!("/dashboard/settings/payments") view=PaymentsPage ssr=SsrMode::Async />
                <Route path=path!("/dashboard/developers/webhooks") view=WebhooksPage ssr=SsrMode::Async />
                <Route path=path!("/dashboard/developers/webhooks/:id") view=WebhookEndpointPage ssr=SsrMode::Async />
            </Routes>
        </Router>
    }
}

#[component]
fn NotFoundPage() -> impl IntoView {
    set_status(404);
    view! {
        <crate::ui::components::PageTitle text="Page not found" />
        <main id="main" class="expired">
            <h1>"Page not found"</h1>
            <p>"This address doesn't lead anywhere. Open the billing portal from the website you came from."</p>
        </main>
    }
}
