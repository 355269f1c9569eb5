//! Minting portal sessions (API) and redeeming them (browser) for a customer-scoped cookie.
use crate::server::services::{
    actor::ClientInfo, now_unix, objects::format_time, objects::PortalSessionDetails,
    objects::PortalSessionObject, Actor, ServiceError, ServiceResult,
};
use crate::{
    domain::{
        ids,
        ids::prefix,
        portal_configuration::{AfterCompletionType, FlowData, PortalFeatures, PortalFlow},
        return_url::ReturnUrl,
    },
    i18n::{self, Language},
    server::{
        db::{
            store,
            store::portal_sessions::{
                NewSession, PortalAccessRow, RecentSessionRow, SessionFilter,
            },
            store::subscriptions::SubscriptionWithPriceRow,
            Db,
        },
        secrets,
    },
};

/// How long a minted link stays redeemable.
pub const LINK_LIFETIME_SECONDS: i64 = 30 * 60;
/// How long the cookie obtained by redeeming a link lets the customer use the portal.
pub const ACCESS_LIFETIME_SECONDS: i64 = 60 * 60;

pub struct CreatePortalSession {
    pub customer: String,
    pub return_url: Option<String>,
    pub configuration: Option<String>,
    /// A deep link: where redemption lands and where the customer goes once its flow is
    /// done; `None`: the portal's home.
    pub flow: Option<FlowData>,
    /// A language tag such as `de` or `pt-BR`; `None` or `auto`: the browser's
    /// Accept-Language.
    pub locale: Option<String>,
}

/// Whether `tag` is `auto` or looks like a BCP 47 language tag.
fn valid_locale(tag: &str) -> bool {
    tag == "auto" || i18n::is_language_tag(tag)
}

/// Mints a single-use session for one of the actor's customers. Only the hash of the
/// link secret is stored; the secret itself travels once, in the URL fragment.
pub async fn create(
    db: &Db,
    actor: &Actor,
    public_url: &str,
    request: CreatePortalSession,
) -> ServiceResult<PortalSessionObject> {
    let merchant_id = actor.merchant_id();
    if !ids::has_prefix(&request.customer, prefix::CUSTOMER) {
        return Err(ServiceError::not_found(
            "customer",
            "customer",
            request.customer,
        ));
    }
    let configuration_id = request.configuration.as_deref().unwrap_or("default");
    let return_url = match &request.return_url {
        Some(url) => Some(
            ReturnUrl::parse(url)
                .map_err(|e| ServiceError::invalid("returnUrl", e.to_string()))?
                .as_str()
                .to_string(),
        ),
        None => None,
    };
    let flow_data = match &request.flow {
        Some(flow) => {
            check_flow(db, actor, &request.customer, configuration_id, flow).await?;
            Some(serde_json::to_string(flow).map_err(anyhow::Error::from)?)
        }
        None => None,
    };
    let locale = request.locale.as_deref().unwrap_or("auto");
    if !valid_locale(locale) {
        return Err(ServiceError::invalid(
            "locale",
            "locale must be auto or a language tag such as de or pt-BR",
        ));
    }
    let now = now_unix();
    let secret = secrets::new_secret();
    let id = secrets::new_id(prefix::PORTAL_SESSION);
    let new = NewSession {
        id: &id,
        merchant_id,
        customer_id: &request.customer,
        configuration: configuration_id,
        return_url: return_url.as_deref(),
        secret_hash: &secrets::hash_secret(&secret),
        livemode: actor.livemode(),
        created_at: now,
        expires_at: now + LINK_LIFETIME_SECONDS,
        flow_type: request.flow.as_ref().map(|flow| flow.flow_type.as_str()),
        flow_data: flow_data.as_deref(),
        locale,
    };
    // A single INSERT is atomic on its own; no transaction round trips needed.
    let minted = store::portal_sessions::mint(db, &new).await?;
    let Some(minted) = minted else {
        return Err(why_not_minted(
            db,
            merchant_id,
            actor.livemode(),
            &request.customer,
            configuration_id,
        )
        .await?);
    };

    let base = crate::server::services::settings::custom_domains::portal_base_url(
        public_url,
        minted.custom_domain.as_deref(),
    );
    Ok(PortalSessionObject {
        url: format!("{base}/session/{id}#{secret}"),
        object: "billing_portal.session",
        configuration: minted.configuration_id,
        return_url: minted.return_url,
        created_at: format_time(new.created_at),
        expires_at: format_time(new.expires_at),
        livemode: new.livemode,
        id: id.clone(),
        customer: request.customer.clone(),
    })
}

/// Checks a deep link before it is minted: its flow's details are there and only its own,
/// the configuration offers the flow, the subscription is this customer's (and, to confirm
/// a change, the plan one the configuration offers), the completion is complete.
async fn check_flow(
    db: &Db,
    actor: &Actor,
    customer_id: &str,
    configuration_id: &str,
    flow: &FlowData,
) -> ServiceResult<()> {
    let invalid = |param: &str, message: &str| {
        ServiceError::invalid(format!("flow.{param}"), message.to_string())
    };
    let details = [
        (
            PortalFlow::SubscriptionCancel,
            flow.subscription_cancel.is_some(),
            "subscriptionCancel",
        ),
        (
            PortalFlow::SubscriptionUpdate,
            flow.subscription_update.is_some(),
            "subscriptionUpdate",
        ),
        (
            PortalFlow::SubscriptionUpdateConfirm,
            flow.subscription_update_confirm.is_some(),
            "subscriptionUpdateConfirm",
        ),
    ];
    for (flow_type, given, name) in details {
        if given != (flow.flow_type == flow_type) {
            return Err(invalid(
                name,
                &if given {
                    format!(
                        "flow.{name} goes only with flow.type {}",
                        flow_type.as_str()
                    )
                } else {
                    format!("flow.type {} needs flow.{name}", flow_type.as_str())
                },
            ));
        }
    }
    if let Some(after) = &flow.after_completion {
        match after.kind {
            AfterCompletionType::Redirect => {
                let url = after.redirect.as_ref().map(|r| r.return_url.as_str());
                let Some(url) = url else {
                    return Err(invalid(
                        "afterCompletion.redirect",
                        "afterCompletion.type redirect needs afterCompletion.redirect.returnUrl",
                    ));
                };
                ReturnUrl::parse(url)
                    .map_err(|e| invalid("afterCompletion.redirect.returnUrl", &e.to_string()))?;
            }
            AfterCompletionType::HostedConfirmation => {
                let message = after
                    .hosted_confirmation
                    .as_ref()
                    .and_then(|h| h.custom_message.as_deref())
                    .unwrap_or_default();
                if message.chars().count() > 500 {
                    return Err(invalid(
                        "afterCompletion.hostedConfirmation.customMessage",
                        "customMessage is at most 500 characters",
                    ));
                }
            }
            AfterCompletionType::PortalHomepage => {}
        }
        let stray = (after.kind != AfterCompletionType::Redirect && after.redirect.is_some())
            || (after.kind != AfterCompletionType::HostedConfirmation
                && after.hosted_confirmation.is_some());
        if stray {
            return Err(invalid(
                "afterCompletion",
                "afterCompletion has details of another type than its own",
            ));
        }
    }
    let mut conn = db.conn().await?;
    let features = store::portal_configurations::features_for_customer(
        conn.exec(),
        actor.merchant_id(),
        actor.livemode(),
        customer_id,
        configuration_id,
    )
    .await?;
    let Some(features) = features else {
        // An unknown customer or configuration: the mint says which.
        return Ok(());
    };
    let features: PortalFeatures = serde_json::from_str(&features).map_err(anyhow::Error::from)?;
    if !features.enables(flow.feature()) {
        return Err(invalid(
            "type",
            &format!(
                "The portal configuration does not offer {}",
                flow.flow_type.as_str()
            ),
        ));
    }
    if let Some(subscription_id) = flow.subscription() {
        let subscription = store::subscriptions::get(
            conn.exec(),
            actor.merchant_id(),
            actor.livemode(),
            Some(customer_id),
            subscription_id,
        )
        .await?;
        if subscription.is_none() {
            return Err(invalid(
                "subscription",
                &format!("{subscription_id} is not a subscription of {customer_id}"),
            ));
        }
    }
    if let Some(coupon) = flow.retention_coupon() {
        if store::coupons::get(conn.exec(), actor.merchant_id(), coupon)
            .await?
            .is_none()
        {
            return Err(invalid(
                "subscriptionCancel.retention.couponOffer.coupon",
                &format!("No such coupon: {coupon}"),
            ));
        }
    }
    if let Some(confirm) = &flow.subscription_update_confirm {
        let [item] = confirm.items.as_slice() else {
            return Err(invalid(
                "subscriptionUpdateConfirm.items",
                "subscriptionUpdateConfirm.items holds exactly one item: the plan to confirm",
            ));
        };
        let price =
            store::catalog::get_price(conn.exec(), actor.merchant_id(), &item.price).await?;
        let entry = price
            .as_ref()
            .filter(|price| price.active)
            .and_then(|price| {
                features
                    .subscription_update
                    .products
                    .iter()
                    .find(|entry| entry.allows(&price.product_id, &price.id))
            });
        let offered = features.subscription_update.enabled && entry.is_some();
        if !offered {
            return Err(invalid(
                "subscriptionUpdateConfirm.items.price",
                &format!(
                    "{} is not a price the portal configuration offers",
                    item.price
                ),
            ));
        }
        // A quantity other than one only where the configuration lets the customer choose it.
        let bounds = match entry {
            Some(crate::domain::portal_configuration::AllowedProduct::Detailed {
                adjustable_quantity: Some(quantity),
                ..
            }) if quantity.enabled => quantity.minimum..=quantity.maximum,
            _ => 1..=1,
        };
        if !bounds.contains(&item.quantity) {
            return Err(invalid(
                "subscriptionUpdateConfirm.items.quantity",
                &format!(
                    "The portal configuration allows a quantity from {} to {} for this plan",
                    bounds.start(),
                    bounds.end()
                ),
            ));
        }
        match confirm.discounts.as_slice() {
            [] => {}
            [discount] => {
                let coupon =
                    store::coupons::get(conn.exec(), actor.merchant_id(), &discount.coupon).await?;
                let Some(coupon) = coupon else {
                    return Err(invalid(
                        "subscriptionUpdateConfirm.discounts.coupon",
                        &format!("No such coupon: {}", discount.coupon),
                    ));
                };
                let plan_currency = price.as_ref().map(|price| price.currency.as_str());
                if let (Some(own), Some(plan)) = (coupon.currency.as_deref(), plan_currency) {
                    if !own.eq_ignore_ascii_case(plan) {
                        return Err(invalid(
                            "subscriptionUpdateConfirm.discounts.coupon",
                            &format!(
                                "{} takes an amount off in {}, but the plan is billed in {}",
                                discount.coupon,
                                own.to_uppercase(),
                                plan.to_uppercase()
                            ),
                        ));
                    }
                }
            }
            _ => {
                return Err(invalid(
                    "subscriptionUpdateConfirm.discounts",
                    "subscriptionUpdateConfirm.discounts holds at most one coupon",
                ))
            }
        }
    }
    Ok(())
}

/// Why a mint wrote nothing, read only then: no such customer, no such configuration, or
/// neither the request nor the configuration has a return URL.
async fn why_not_minted(
    db: &Db,
    merchant_id: &str,
    livemode: bool,
    customer_id: &str,
    configuration_id: &str,
) -> ServiceResult<ServiceError> {
    let mut conn = db.conn().await?;
    let found = store::customers::get_with_configuration(
        conn.exec(),
        merchant_id,
        livemode,
        customer_id,
        configuration_id,
    )
    .await?;
    Ok(match found {
        None => ServiceError::not_found("customer", "customer", customer_id),
        Some(found) if found.configuration_id.is_none() => {
            ServiceError::not_found("portal configuration", "configuration", configuration_id)
        }
        Some(_) => ServiceError::invalid("returnUrl", "returnUrl is required"),
    })
}

/// The state of a link as the session page sees it before any secret is presented.
pub enum LinkState {
    Unknown,
    /// Expired or already used: the customer gets the way back.
    Spent {
        return_url: String,
    },
    /// `frame_ancestors`: the origins that may show the portal in a frame.
    Redeemable {
        frame_ancestors: Vec<String>,
    },
}

/// The link's state as seen on a host serving `host_merchant` (every merchant when `None`):
/// another merchant's session is unknown there.
pub async fn link_state(
    db: &Db,
    id: &str,
    host_merchant: Option<&str>,
) -> ServiceResult<LinkState> {
    if !ids::has_prefix(id, prefix::PORTAL_SESSION) {
        return Ok(LinkState::Unknown);
    }
    let mut conn = db.conn().await?;
    Ok(match store::portal_sessions::get(conn.exec(), id).await? {
        None => LinkState::Unknown,
        Some(row) if host_merchant.is_some_and(|host| host != row.merchant_id) => {
            LinkState::Unknown
        }
        Some(row) if row.redeemed_at.is_some() || row.expires_at <= now_unix() => {
            LinkState::Spent {
                return_url: row.return_url,
            }
        }
        Some(row) => LinkState::Redeemable {
            frame_ancestors: frame_ancestors(
                store::portal_sessions::frame_ancestors(conn.exec(), &row.id).await?,
            ),
        },
    })
}

/// A configuration's stored `frameAncestors` (a JSON array of origins).
fn frame_ancestors(stored: Option<String>) -> Vec<String> {
    stored
        .and_then(|json| serde_json::from_str(&json).ok())
        .unwrap_or_default()
}

/// A successful redemption: the cookie token (shown once) and how long it is valid.
pub struct Redeemed {
    pub access_token: String,
    pub max_age_seconds: i64,
    /// The origins that may embed this session's portal (its configuration's).
    pub frame_ancestors: Vec<String>,
    /// The deep link: where the customer lands; `None`: the portal's home.
    pub flow: Option<FlowData>,
}

#[derive(Debug, PartialEq, Eq)]
pub enum RedeemFailure {
    /// No session has this id.
    Unknown,
    /// The session exists but is expired, already used, or the secret does not match.
    Refused { return_url: String },
}

/// Exchanges `{id, secret}` for a cookie token. At most one caller ever succeeds for a
/// session, however many race: the conditional UPDATE in the store decides.
/// On a custom domain (`host_merchant`), another merchant's session is unknown.
pub async fn redeem(
    db: &Db,
    id: &str,
    secret: &str,
    host_merchant: Option<&str>,
    client: &ClientInfo,
) -> ServiceResult<Result<Redeemed, RedeemFailure>> {
    if !ids::has_prefix(id, prefix::PORTAL_SESSION) {
        return Ok(Err(RedeemFailure::Unknown));
    }
    let now = now_unix();
    let secret_hash = secrets::hash_secret(secret);
    // A read first: unknown ids, wrong secrets and spent links fail here, without queueing
    // for the database's write turn (an unauthenticated caller must not hold up writers).
    let session = {
        let mut conn = db.conn().await?;
        store::portal_sessions::get(conn.exec(), id).await?
    };
    let Some(session) = session.filter(|session| {
        host_merchant.is_none_or(|host_merchant| session.merchant_id == host_merchant)
    }) else {
        return Ok(Err(RedeemFailure::Unknown));
    };
    let refused = || {
        Ok(Err(RedeemFailure::Refused {
            return_url: session.return_url.clone(),
        }))
    };
    let secret_matches =
        secrets::constant_time_eq(session.secret_hash.as_bytes(), secret_hash.as_bytes());
    if !secret_matches || session.redeemed_at.is_some() || session.expires_at <= now {
        return refused();
    }
    // The conditional UPDATE decides between racing redemptions.
    let access_token = secrets::new_secret();
    let mut tx = db.begin_write().await?;
    let redeemed = store::portal_sessions::redeem(
        tx.exec(),
        id,
        &secret_hash,
        now,
        &secrets::hash_secret(&access_token),
        now + ACCESS_LIFETIME_SECONDS,
        (client.ip.as_deref(), client.user_agent.as_deref()),
    )
    .await?;
    if !redeemed {
        return refused();
    }
    let frame_ancestors =
        frame_ancestors(store::portal_sessions::frame_ancestors(tx.exec(), id).await?);
    tx.commit().await?;
    Ok(Ok(Redeemed {
        access_token,
        max_age_seconds: ACCESS_LIFETIME_SECONDS,
        frame_ancestors,
        flow: session
            .flow_data
            .as_deref()
            .and_then(|data| serde_json::from_str(data).ok()),
    }))
}

/// What a redeemed session's cookie grants: one customer, one configuration, one way back;
/// with the names and features every page shows, read in the same round trip.
#[derive(Debug, Clone)]
pub struct PortalAccess {
    pub session_id: String,
    pub merchant_id: String,
    pub customer_id: String,
    pub configuration_id: String,
    pub return_url: String,
    pub livemode: bool,
    pub merchant_name: String,
    pub customer_name: Option<String>,
    pub customer_email: Option<String>,
    /// The customer's test-clock time when the session was checked (`None`: real time).
    pub customer_clock_time: Option<i64>,
    /// The overview shows it; read with the session to spare a round trip.
    pub default_payment_method: Option<PaymentMethodGlance>,
    pub features: PortalFeatures,
    /// The browser presenting the cookie (set by the portal adapter), for the audit log.
    pub client: ClientInfo,
    /// The merchant's brand, as every page applies it.
    pub branding: crate::views::PortalBranding,
    /// The deep link the session was minted with, if any.
    pub flow: Option<FlowData>,
    /// What the language is chosen from (see [`PortalAccess::language`]).
    pub languages: LanguageSources,
}

/// The session's `locale`, the language picked in the footer, the customer's
/// `preferredLocales`, and the browser's `Accept-Language` (set by the portal adapter).
#[derive(Debug, Clone, Default)]
pub struct LanguageSources {
    pub session_locale: String,
    pub chosen: Option<Language>,
    pub preferred_locales: Vec<String>,
    pub accept_language: Option<String>,
}

impl PortalAccess {
    /// The language the customer reads: the one picked in the footer, else the session's
    /// `locale`, the customer's `preferredLocales`, the browser's `Accept-Language`, English.
    pub fn language(&self) -> Language {
        let sources = &self.languages;
        sources.chosen.unwrap_or_else(|| {
            i18n::choose(
                Some(&sources.session_locale),
                &sources.preferred_locales,
                sources.accept_language.as_deref(),
            )
        })
    }

    pub fn actor(&self) -> Actor {
        Actor::PortalSession {
            merchant_id: self.merchant_id.clone(),
            session_id: self.session_id.clone(),
            customer_id: self.customer_id.clone(),
            configuration_id: self.configuration_id.clone(),
            livemode: self.livemode,
            client: self.client.clone(),
        }
    }
}

/// Keeps the language the customer picked in the portal's footer for the rest of the
/// session (every instance reads it with the session).
pub async fn choose_language(
    db: &Db,
    access: &PortalAccess,
    language: Language,
) -> ServiceResult<()> {
    let mut tx = db.begin_write().await?;
    store::portal_sessions::set_chosen_language(tx.exec(), &access.session_id, language.tag())
        .await?;
    tx.commit().await?;
    Ok(())
}

/// The type, brand and last 4 of a customer's default payment method.
#[derive(Debug, Clone)]
pub struct PaymentMethodGlance {
    pub kind: String,
    pub brand: String,
    pub last4: String,
}

/// The access granted by a cookie token, if it is valid now.
pub async fn authenticate(db: &Db, access_token: &str) -> ServiceResult<Option<PortalAccess>> {
    if !plausible_token(access_token) {
        return Ok(None);
    }
    let hash = secrets::hash_secret(access_token);
    match store::portal_sessions::find_access(db, &hash, now_unix()).await? {
        Some(row) => Ok(Some(access_from_row(row)?)),
        None => Ok(None),
    }
}

/// [`authenticate`] with the customer's subscriptions and their prices, oldest first, read
/// in the same round trip (for the overview).
pub async fn authenticate_with_subscriptions(
    db: &Db,
    access_token: &str,
) -> ServiceResult<Option<(PortalAccess, Vec<SubscriptionWithPriceRow>)>> {
    if !plausible_token(access_token) {
        return Ok(None);
    }
    let hash = secrets::hash_secret(access_token);
    match store::portal_sessions::find_access_with_subscriptions(db, &hash, now_unix()).await? {
        Some((row, subscriptions)) => Ok(Some((access_from_row(row)?, subscriptions))),
        None => Ok(None),
    }
}

fn plausible_token(access_token: &str) -> bool {
    !access_token.is_empty() && access_token.len() <= 128
}

fn access_from_row(row: PortalAccessRow) -> ServiceResult<PortalAccess> {
    let flow: Option<FlowData> = row
        .flow_data
        .as_deref()
        .and_then(|data| serde_json::from_str(data).ok());
    let features: PortalFeatures = serde_json::from_str(&row.features).map_err(|e| {
        anyhow::anyhow!(
            "stored features of {} do not parse: {e}",
            row.configuration_id
        )
    })?;
    let profile = serde_json::from_str(&row.business_profile).unwrap_or_default();
    let mut branding = crate::server::services::settings::branding::with_business_profile(
        crate::server::services::settings::branding::portal_branding(
            &row.merchant_id,
            &row.merchant_name,
            &row.brand,
        ),
        &profile,
    );
    branding.frame_ancestors = frame_ancestors(Some(row.frame_ancestors));
    let languages = LanguageSources {
        session_locale: row.locale,
        chosen: row.chosen_language.as_deref().and_then(Language::from_tag),
        preferred_locales: serde_json::from_str(&row.preferred_locales).unwrap_or_default(),
        accept_language: None,
    };
    Ok(PortalAccess {
        languages,
        branding,
        session_id: row.id,
        merchant_id: row.merchant_id,
        customer_id: row.customer_id,
        configuration_id: row.configuration_id,
        return_url: row.return_url,
        livemode: row.livemode,
        merchant_name: row.merchant_name,
        customer_name: row.customer_name,
        customer_email: row.customer_email,
        customer_clock_time: row.customer_clock_time,
        default_payment_method: match (row.default_pm_type, row.default_pm_last4) {
            (Some(kind), Some(last4)) => Some(PaymentMethodGlance {
                kind,
                brand: row.default_pm_brand.unwrap_or_default(),
                last4,
            }),
            _ => None,
        },
        features: match &flow {
            Some(flow) => flow.apply_to(features),
            None => features,
        },
        client: ClientInfo::default(),
        flow,
    })
}

/// Signs the customer out: the cookie's session ends on the server, for every instance.
/// Answers the session's return URL when it was still signed in.
pub async fn sign_out(db: &Db, access_token: &str) -> ServiceResult<Option<String>> {
    let mut tx = db.begin_write().await?;
    let return_url = store::portal_sessions::end_access(
        tx.exec(),
        &secrets::hash_secret(access_token),
        now_unix(),
    )
    .await?;
    tx.commit().await?;
    Ok(return_url)
}

/// `POST /v1/customers/{id}/portal_sessions/revoke`: what was ended.
#[derive(Debug, Clone, serde::Serialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct PortalSessionsRevoked {
    pub object: &'static str,
    pub customer: String,
    /// Sessions signed in or links still redeemable, now ended.
    pub revoked: u64,
    pub livemode: bool,
}

/// Ends every portal session of one of the merchant's customers (signed-in ones and links
/// not yet opened), recorded in the audit log.
pub async fn revoke_for_customer(
    db: &Db,
    actor: &Actor,
    customer_id: &str,
) -> ServiceResult<PortalSessionsRevoked> {
    let now = now_unix();
    let mut tx = db.begin_write().await?;
    crate::server::services::require_customer(tx.exec(), actor, customer_id).await?;
    let revoked = store::portal_sessions::end_all_for_customer(
        tx.exec(),
        actor.merchant_id(),
        actor.livemode(),
        customer_id,
        now,
    )
    .await?;
    crate::server::services::developers::audit::record(
        tx.exec(),
        actor,
        now,
        crate::server::services::developers::audit::NewEntry {
            action: "billing.portal.sessions.revoked",
            customer_id: Some(customer_id),
            object_id: customer_id,
            changes: Some(
                serde_json::json!({ "revokedSessions": { "before": null, "after": revoked } }),
            ),
            event_id: None,
        },
    )
    .await?;
    tx.commit().await?;
    Ok(PortalSessionsRevoked {
        object: "portal_session_revocation",
        customer: customer_id.to_string(),
        revoked,
        livemode: actor.livemode(),
    })
}

/// How many sessions the dashboard's Portal sessions page lists.
pub const RECENT_SESSIONS: i64 = 50;

/// The merchant's most recent portal sessions in the actor's mode, newest first.
pub async fn recent(db: &Db, actor: &Actor) -> ServiceResult<Vec<RecentSessionRow>> {
    let mut conn = db.conn().await?;
    Ok(store::portal_sessions::list(
        conn.exec(),
        &SessionFilter {
            merchant_id: actor.merchant_id(),
            livemode: actor.livemode(),
            customer_id: None,
            id: None,
            starting_after: None,
            limit: RECENT_SESSIONS,
        },
    )
    .await?)
}

/// `GET /v1/billing/portal/sessions`: a page of the merchant's sessions (one customer's
/// when `customer` is given), newest first after the cursor; answers whether more follow.
pub async fn list(
    db: &Db,
    actor: &Actor,
    customer: Option<&str>,
    starting_after: Option<&str>,
    limit: i64,
) -> ServiceResult<(Vec<PortalSessionDetails>, bool)> {
    let mut conn = db.conn().await?;
    if let Some(customer) = customer {
        crate::server::services::require_customer(conn.exec(), actor, customer).await?;
    }
    let rows = store::portal_sessions::list(
        conn.exec(),
        &SessionFilter {
            merchant_id: actor.merchant_id(),
            livemode: actor.livemode(),
            customer_id: customer,
            id: None,
            starting_after,
            limit: limit + 1,
        },
    )
    .await?;
    let (rows, has_more) = crate::server::services::into_page(rows, limit);
    let now = now_unix();
    Ok((
        rows.iter()
            .map(|row| PortalSessionDetails::new(row, now))
            .collect(),
        has_more,
    ))
}

/// `GET /v1/billing/portal/sessions/{id}`: where one session stands.
pub async fn get(db: &Db, actor: &Actor, id: &str) -> ServiceResult<PortalSessionDetails> {
    let mut conn = db.conn().await?;
    details(conn.exec(), actor, id).await
}

async fn details(
    exec: crate::server::db::Exec<'_>,
    actor: &Actor,
    id: &str,
) -> ServiceResult<PortalSessionDetails> {
    let row = store::portal_sessions::list(
        exec,
        &SessionFilter {
            merchant_id: actor.merchant_id(),
            livemode: actor.livemode(),
            customer_id: None,
            id: Some(id),
            starting_after: None,
            limit: 1,
        },
    )
    .await?
    .into_iter()
    .next()
    .ok_or_else(|| ServiceError::not_found("portal session", "id", id))?;
    Ok(PortalSessionDetails::new(&row, now_unix()))
}

/// Ends one portal session at once (`billing.portal.session.revoked`): a signed-in
/// customer's next request finds it expired, an unopened link no longer opens. Another
/// merchant's or mode's id, or a session already over, is not found.
pub async fn revoke(db: &Db, actor: &Actor, id: &str) -> ServiceResult<PortalSessionDetails> {
    let not_found = || ServiceError::not_found("portal session", "id", id);
    if !ids::has_prefix(id, prefix::PORTAL_SESSION) {
        return Err(not_found());
    }
    let now = now_unix();
    let mut tx = db.begin_write().await?;
    if !store::portal_sessions::end_one(tx.exec(), actor.merchant_id(), actor.livemode(), id, now)
        .await?
    {
        return Err(not_found());
    }
    let revoked = details(tx.exec(), actor, id).await?;
    crate::server::services::developers::events::record(
        tx.exec(),
        actor,
        now,
        crate::server::services::developers::events::NewEvent {
            event_type: "billing.portal.session.revoked",
            customer_id: Some(&revoked.customer),
            object_id: id,
            object: serde_json::to_value(&revoked).map_err(anyhow::Error::from)?,
            previous_attributes: None,
        },
    )
    .await?;
    tx.commit().await?;
    Ok(revoked)
}

#[cfg(test)]
mod tests {
    use super::valid_locale;

    #[test]
    fn locales_are_auto_or_language_tags() {
        for tag in ["auto", "de", "de-AT", "pt-BR", "zh-Hant-TW", "ja"] {
            assert!(valid_locale(tag), "{tag}");
        }
        for tag in [
            "",
            "d",
            "deutsch",
            "de_AT",
            "de-",
            "-de",
            "de-AT-toolongsubtag",
            "<b>",
        ] {
            assert!(!valid_locale(tag), "{tag}");
        }
    }
}
