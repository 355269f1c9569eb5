//! Services called directly (no HTTP) against SQLite and PostgreSQL.
use futures::future::join_all;
use vinr_portal::{
    domain::{
        money::Currency,
        subscription::{Interval, SubscriptionRefusal, SubscriptionStatus},
    },
    server::{
        db::{store, Db},
        services::{
            billing::products::{self, NewPlan},
            billing::subscriptions,
            portal::portal_sessions,
            Actor, ServiceError,
        },
    },
};

use crate::{
    on_both_backends,
    support::{Backend, TestApp},
};

fn system(app: &TestApp) -> Actor {
    Actor::System {
        merchant_id: app.merchant.id.clone(),
        livemode: false,
    }
}

async fn updated_events(db: &Db, merchant_id: &str, subscription: &str) -> usize {
    let mut conn = db.conn().await.unwrap();
    store::events::list_for_object(conn.exec(), merchant_id, subscription)
        .await
        .unwrap()
        .iter()
        .filter(|event| event.event_type == "subscription.updated")
        .count()
}

async fn a_refused_switch_changes_nothing_and_records_no_event(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let sub = &app.merchant.subscription_id;
    let eur = Currency::parse("eur").unwrap();
    let plan = NewPlan {
        product_id: "prod_euro",
        name: "Euro",
        price_id: "price_euro_monthly",
        unit_amount: 1000,
        currency: eur,
        interval: Interval::Month,
    };
    products::create_product_with_price(&app.db, &system(&app), plan)
        .await
        .unwrap();

    let error = subscriptions::switch_plan(
        &app.db,
        &app.payments,
        &system(&app),
        sub,
        "price_euro_monthly",
    )
    .await
    .unwrap_err();
    assert!(
        matches!(
            error,
            ServiceError::Refused(SubscriptionRefusal::CurrencyMismatch { .. })
        ) && error.param() == Some("price"),
        "{error:?}"
    );

    let error =
        subscriptions::switch_plan(&app.db, &app.payments, &system(&app), sub, "price_missing")
            .await
            .unwrap_err();
    assert!(
        matches!(error, ServiceError::NotFound { param: "price", .. }),
        "{error:?}"
    );

    let got = subscriptions::get(&app.db, &system(&app), sub)
        .await
        .unwrap();
    assert_eq!(got.price.id, "price_basic_monthly");
    assert_eq!(updated_events(&app.db, &app.merchant.id, sub).await, 0);
}
on_both_backends!(a_refused_switch_changes_nothing_and_records_no_event);

async fn switching_to_the_current_price_is_a_no_op(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let sub = &app.merchant.subscription_id;
    let same = subscriptions::switch_plan(
        &app.db,
        &app.payments,
        &system(&app),
        sub,
        "price_basic_monthly",
    )
    .await
    .unwrap();
    assert_eq!(same.price.id, "price_basic_monthly");
    assert_eq!(updated_events(&app.db, &app.merchant.id, sub).await, 0);
}
on_both_backends!(switching_to_the_current_price_is_a_no_op);

async fn concurrent_switches_each_record_the_price_they_replaced(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let sub = app.merchant.subscription_id.clone();
    let actor = system(&app);
    let prices = ["price_pro_monthly", "price_enterprise_monthly"];
    let switches = (0..20)
        .map(|i| subscriptions::switch_plan(&app.db, &app.payments, &actor, &sub, prices[i % 2]));
    for result in join_all(switches).await {
        result.unwrap();
    }
    // Serialised switches form one chain basic → ... → final: every price is left as often as
    // it is entered, except the first (left once more) and the last (entered once more).
    // Two switches that read the same old price (a lost update) would break the balance.
    let mut conn = app.db.conn().await.unwrap();
    let events = store::events::list_for_object(conn.exec(), &app.merchant.id, &sub)
        .await
        .unwrap();
    let mut balance = std::collections::HashMap::<String, i32>::new();
    for event in events
        .iter()
        .filter(|event| event.event_type == "subscription.updated")
    {
        let payload: serde_json::Value = serde_json::from_str(&event.payload).unwrap();
        let previous = payload["data"]["previousAttributes"]["price"]["id"]
            .as_str()
            .unwrap();
        let next = payload["data"]["object"]["price"]["id"].as_str().unwrap();
        assert_ne!(previous, next);
        *balance.entry(previous.to_string()).or_default() += 1;
        *balance.entry(next.to_string()).or_default() -= 1;
    }
    let last = subscriptions::get(&app.db, &actor, &sub)
        .await
        .unwrap()
        .price
        .id;
    assert_eq!(balance.remove("price_basic_monthly"), Some(1));
    assert_eq!(balance.remove(&last), Some(-1));
    assert!(balance.values().all(|&b| b == 0), "{balance:?}");
}
on_both_backends!(concurrent_switches_each_record_the_price_they_replaced);

async fn redemption_is_single_use_at_the_service_level(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let (id, secret) = app.mint_link().await;
    let client = vinr_portal::server::services::actor::ClientInfo::default();
    let attempts = (0..50).map(|_| portal_sessions::redeem(&app.db, &id, &secret, None, &client));
    let results: Vec<_> = join_all(attempts)
        .await
        .into_iter()
        .map(Result::unwrap)
        .collect();
    assert_eq!(results.iter().filter(|result| result.is_ok()).count(), 1);
    for result in results.iter().filter_map(|result| result.as_ref().err()) {
        assert_eq!(
            *result,
            portal_sessions::RedeemFailure::Refused {
                return_url: "https://app.example.com/account".into()
            }
        );
    }
    let token = &results
        .iter()
        .find_map(|result| result.as_ref().ok())
        .unwrap()
        .access_token;
    let access = portal_sessions::authenticate(&app.db, token)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(access.customer_id, app.merchant.customer_id);
    assert_eq!(access.merchant_name, "Acme Cloud");
    assert!(portal_sessions::authenticate(&app.db, &secret)
        .await
        .unwrap()
        .is_none());
}
on_both_backends!(redemption_is_single_use_at_the_service_level);

async fn canceled_subscriptions_cannot_change_plan(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let sub = &app.merchant.subscription_id;
    let cancel = "UPDATE subscriptions SET status = 'canceled' WHERE id = $1";
    match &app.db {
        Db::Sqlite(sqlite) => sqlx::query(cancel)
            .bind(sub)
            .execute(&sqlite.writes)
            .await
            .map(|_| ()),
        Db::Postgres(pool) => sqlx::query(cancel)
            .bind(sub)
            .execute(pool)
            .await
            .map(|_| ()),
    }
    .unwrap();
    let error = subscriptions::switch_plan(
        &app.db,
        &app.payments,
        &system(&app),
        sub,
        "price_pro_monthly",
    )
    .await
    .unwrap_err();
    assert!(
        matches!(
            error,
            ServiceError::Refused(SubscriptionRefusal::CannotChangePlan(
                SubscriptionStatus::Canceled
            ))
        ),
        "{error:?}"
    );
    assert_eq!(error.param(), Some("price"));
}
on_both_backends!(canceled_subscriptions_cannot_change_plan);

/// The demo (`make run`) is made through the API's services as the `system` actor: its
/// plans, customer, card and subscription are in the audit log with their events.
async fn the_demo_data_is_audited_as_the_system(backend: Backend) {
    use vinr_portal::server::{config::Config, services::demo};
    let app = TestApp::spawn(backend).await;
    let mut config = Config::for_tests(&app.database_url);
    config.operator_keys = crate::support::operator_keys();
    let key = "sk_test_demoAuditedThroughTheServices000000000000";
    let made = demo::ensure(&app.db, &config, key, None).await.unwrap();
    let (status, customer) = app
        .api_as(
            key,
            "GET",
            &format!("/v1/customers/{}", made.customer_id),
            None,
        )
        .await;
    assert_eq!(status, 200, "{customer}");
    let audited = |action: &str| {
        format!(
            "SELECT CAST(COUNT(*) AS TEXT) FROM audit_log WHERE actor_type = 'system' \
             AND action = '{action}' AND merchant_id <> '{}'",
            app.merchant.id
        )
    };
    for (action, count) in [
        ("product.created", "2"),
        ("price.created", "2"),
        ("customer.created", "1"),
        ("payment_method.attached", "1"),
        ("subscription.created", "1"),
    ] {
        assert_eq!(app.sql_text(&audited(action)).await, count, "{action}");
    }
    let (status, events) = app
        .api_as(key, "GET", "/v1/events?type=subscription.created", None)
        .await;
    assert_eq!(status, 200, "{events}");
    assert_eq!(events["data"].as_array().unwrap().len(), 1, "{events}");
    // A second start finds the demo and makes nothing twice.
    demo::ensure(&app.db, &config, key, None).await.unwrap();
    assert_eq!(app.sql_text(&audited("product.created")).await, "2");
}
on_both_backends!(the_demo_data_is_audited_as_the_system);
