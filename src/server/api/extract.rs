//! Extractors whose rejections are [`ApiError`]s: the secret-key actor, JSON bodies and
//! query strings.
use axum::{
    extract::{rejection::JsonRejection, FromRequest, FromRequestParts, Request},
    http::{header, request::Parts, StatusCode},
};
use serde::de::DeserializeOwned;

use super::ApiError;
use crate::server::{services::Actor, state::AppState};

/// The merchant behind `Authorization: Bearer sk_...`.
pub struct ApiActor(pub Actor);

impl FromRequestParts<AppState> for ApiActor {
    type Rejection = ApiError;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        let header = parts.headers.get(header::AUTHORIZATION).ok_or_else(|| {
            ApiError::unauthorized("No API key provided. Send `Authorization: Bearer sk_...`.")
        })?;
        let key = header
            .to_str()
            .ok()
            .and_then(|value| value.strip_prefix("Bearer "))
            .map(str::trim)
            .ok_or_else(|| {
                ApiError::unauthorized("The Authorization header must be `Bearer sk_...`.")
            })?;
        match crate::server::services::developers::api_keys::authenticate(&state.db, key).await? {
            Some(actor) => Ok(Self(actor)),
            // Never echo the key back: it may be a real key pasted in the wrong place.
            None => Err(ApiError::unauthorized("Invalid API key provided.")),
        }
    }
}

/// A JSON body; malformed JSON is 400, a wrong content type 415 and an oversized body 413,
/// all in the API's error shape.
pub struct ApiJson<T>(pub T);

impl<T: DeserializeOwned> FromRequest<AppState> for ApiJson<T> {
    type Rejection = ApiError;

    async fn from_request(req: Request, state: &AppState) -> Result<Self, Self::Rejection> {
        match axum::Json::<T>::from_request(req, state).await {
            Ok(axum::Json(value)) => Ok(Self(value)),
            Err(rejection) => Err(json_rejection(rejection).before_start()),
        }
    }
}

fn json_rejection(rejection: JsonRejection) -> ApiError {
    match rejection {
        JsonRejection::JsonDataError(error) => {
            let body = error.body_text();
            let detail = body
                .strip_prefix("Failed to deserialize the JSON body into the target type: ")
                .unwrap_or(&body)
                .to_string();
            ApiError::invalid(
                "parameter_invalid",
                data_error_param(&detail).as_deref(),
                format!("Invalid request body: {detail}"),
            )
        }
        JsonRejection::JsonSyntaxError(_) => ApiError::invalid(
            "body_malformed",
            None,
            "The request body is not valid JSON.",
        ),
        JsonRejection::MissingJsonContentType(_) => ApiError::invalid(
            "content_type_invalid",
            None,
            "Send the request body as JSON with `Content-Type: application/json`.",
        ),
        other if other.status() == StatusCode::PAYLOAD_TOO_LARGE => ApiError::payload_too_large(),
        other => ApiError::invalid("body_malformed", None, other.body_text()),
    }
}

/// A query string; one that does not parse is 400 in the API's error shape.
pub struct ApiQuery<T>(pub T);

impl<T: DeserializeOwned + Send> FromRequestParts<AppState> for ApiQuery<T> {
    type Rejection = ApiError;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        match axum::extract::Query::<T>::from_request_parts(parts, state).await {
            Ok(axum::extract::Query(value)) => Ok(Self(value)),
            Err(rejection) => {
                Err(
                    ApiError::invalid("parameter_invalid", None, rejection.body_text())
                        .before_start(),
                )
            }
        }
    }
}

/// An optional JSON body: empty (or only whitespace) is `T::default()`, malformed JSON 400.
pub fn optional_json<T: DeserializeOwned + Default>(body: &[u8]) -> Result<T, ApiError> {
    if body.iter().all(u8::is_ascii_whitespace) {
        return Ok(T::default());
    }
    serde_json::from_slice(body).map_err(|error| {
        ApiError::invalid(
            "body_malformed",
            None,
            format!("Invalid request body: {error}"),
        )
        .before_start()
    })
}

/// A list's page size: `limit` between 1 and 100, 10 when absent.
pub fn page_limit(limit: Option<i64>) -> Result<i64, ApiError> {
    let limit = limit.unwrap_or(10);
    if !(1..=100).contains(&limit) {
        return Err(ApiError::invalid(
            "parameter_invalid",
            Some("limit"),
            "limit must be between 1 and 100",
        ));
    }
    Ok(limit)
}

/// The field a serde data error is about: the path axum puts in front (`prorationBehavior:
/// unknown variant ...`, which for an unknown field ends with the field), joined with the
/// field a "missing field" message names.
fn data_error_param(detail: &str) -> Option<String> {
    let path = detail
        .split_once(": ")
        .map(|(path, _)| path)
        .filter(|path| !path.is_empty() && *path != "." && !path.contains(' '));
    let named = |marker: &str| {
        detail
            .split_once(marker)
            .and_then(|(_, rest)| rest.split('`').next())
            .map(str::to_string)
    };
    if let Some(field) = named("missing field `") {
        return Some(match path {
            Some(path) => format!("{path}.{field}"),
            None => field,
        });
    }
    path.map(str::to_string)
        .or_else(|| named("unknown field `"))
}

/// For `#[serde(default, deserialize_with = "present")]` on an `Option<Option<T>>` field:
/// tells an absent field (`None`) from an explicit `null` (`Some(None)`).
pub fn present<'de, D, T>(deserializer: D) -> Result<Option<T>, D::Error>
where
    D: serde::Deserializer<'de>,
    T: serde::Deserialize<'de>,
{
    T::deserialize(deserializer).map(Some)
}

#[cfg(test)]
mod tests {
    use super::data_error_param;

    #[test]
    fn names_the_field_of_a_data_error() {
        assert_eq!(
            data_error_param("prorationBehavior: unknown variant `x`, expected one of `none`")
                .as_deref(),
            Some("prorationBehavior")
        );
        assert_eq!(
            data_error_param("missing field `customer` at line 1 column 2").as_deref(),
            Some("customer")
        );
        assert_eq!(
            data_error_param("unknown field `bogus`, expected one of `customer` at line 1")
                .as_deref(),
            Some("bogus")
        );
        assert_eq!(
            data_error_param("cancellationDetails.x: unknown field `x`, expected `reason`")
                .as_deref(),
            Some("cancellationDetails.x")
        );
    }
}
