//! The API's one error type: `{"error": {"type", "code", "message", "param"}}` with its status.
use axum::{
    http::StatusCode,
    response::{IntoResponse, Response},
    Json,
};
use serde::Serialize;

use crate::server::services::ServiceError;

#[derive(Debug)]
pub struct ApiError {
    status: StatusCode,
    kind: &'static str,
    code: &'static str,
    message: String,
    param: Option<String>,
    /// Refused before the request started (authentication, a body that does not parse):
    /// an idempotency key it carries is given back, not spent.
    before_start: bool,
}

/// On a response refused before its request started (see [`ApiError::before_start`]).
#[derive(Debug, Clone, Copy)]
pub struct RefusedBeforeStart;

#[derive(Serialize)]
struct Body<'a> {
    error: ErrorBody<'a>,
}

#[derive(Serialize)]
struct ErrorBody<'a> {
    #[serde(rename = "type")]
    kind: &'a str,
    code: &'a str,
    message: &'a str,
    param: Option<&'a str>,
}

impl ApiError {
    pub fn unauthorized(message: impl Into<String>) -> Self {
        Self {
            status: StatusCode::UNAUTHORIZED,
            kind: "authentication_error",
            code: "invalid_api_key",
            message: message.into(),
            param: None,
            before_start: true,
        }
    }

    pub fn invalid(code: &'static str, param: Option<&str>, message: impl Into<String>) -> Self {
        Self {
            status: StatusCode::BAD_REQUEST,
            kind: "invalid_request_error",
            code,
            message: message.into(),
            param: param.map(str::to_string),
            before_start: false,
        }
    }

    pub fn payload_too_large() -> Self {
        Self {
            status: StatusCode::PAYLOAD_TOO_LARGE,
            kind: "invalid_request_error",
            code: "payload_too_large",
            message: format!(
                "The request body is too large: the API accepts up to {} bytes ({} for /v1/branding)",
                super::MAX_BODY_BYTES,
                super::branding::MAX_BRANDING_BODY_BYTES
            ),
            param: None,
            before_start: true,
        }
    }

    pub fn route_not_found() -> Self {
        Self {
            status: StatusCode::NOT_FOUND,
            kind: "invalid_request_error",
            code: "unknown_route",
            message: "Unrecognized request URL".to_string(),
            param: None,
            before_start: true,
        }
    }

    /// Nothing is served here for this request, with why.
    pub fn not_found_message(code: &'static str, message: impl Into<String>) -> Self {
        Self {
            status: StatusCode::NOT_FOUND,
            kind: "invalid_request_error",
            code,
            message: message.into(),
            param: None,
            before_start: false,
        }
    }

    pub fn internal() -> Self {
        Self {
            status: StatusCode::INTERNAL_SERVER_ERROR,
            kind: "api_error",
            code: "internal_error",
            message: "Something went wrong on our side. Please retry the request.".to_string(),
            param: None,
            before_start: false,
        }
    }

    pub fn status(&self) -> StatusCode {
        self.status
    }

    /// Marks the error as refusing the request before it started (its extractors refused
    /// it), so that an idempotency key it carries is not spent.
    pub fn before_start(mut self) -> Self {
        self.before_start = true;
        self
    }
}

impl From<ServiceError> for ApiError {
    fn from(error: ServiceError) -> Self {
        match error {
            ServiceError::NotFound { param, .. } => Self {
                status: StatusCode::NOT_FOUND,
                kind: "invalid_request_error",
                code: "resource_missing",
                message: error.to_string(),
                param: Some(param.to_string()),
                before_start: false,
            },
            ServiceError::Invalid { param, message } => {
                Self::invalid("parameter_invalid", Some(&param), message)
            }
            ServiceError::Refused(refusal) => Self::invalid(
                "parameter_invalid",
                Some(refusal.param()),
                refusal.to_string(),
            ),
            ServiceError::FeatureDisabled => Self {
                status: StatusCode::FORBIDDEN,
                kind: "invalid_request_error",
                code: "feature_disabled",
                message: error.to_string(),
                param: None,
                before_start: false,
            },
            ServiceError::LiveKeyRequired => Self {
                status: StatusCode::FORBIDDEN,
                kind: "invalid_request_error",
                code: "live_key_required",
                message: error.to_string(),
                param: None,
                before_start: false,
            },
            ServiceError::RoleForbids => Self {
                status: StatusCode::FORBIDDEN,
                kind: "invalid_request_error",
                code: "role_forbids",
                message: error.to_string(),
                param: None,
                before_start: false,
            },
            ServiceError::QuoteChanged => Self {
                status: StatusCode::CONFLICT,
                kind: "invalid_request_error",
                code: "quote_changed",
                message: error.to_string(),
                param: None,
                before_start: false,
            },
            ServiceError::InvalidFields(ref fields) => Self::invalid(
                "parameter_invalid",
                fields.first().map(|(param, _)| param.as_str()),
                error.to_string(),
            ),
            ServiceError::PaymentFailed(decline) => Self {
                status: StatusCode::PAYMENT_REQUIRED,
                kind: "card_error",
                code: decline.code(),
                message: decline.to_string(),
                param: None,
                before_start: false,
            },
            ServiceError::Database(cause) => {
                tracing::error!(error = %cause, "database error in API request");
                Self::internal()
            }
            ServiceError::Internal(cause) => {
                tracing::error!(error = ?cause, "internal error in API request");
                Self::internal()
            }
        }
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let body = Body {
            error: ErrorBody {
                kind: self.kind,
                code: self.code,
                message: &self.message,
                param: self.param.as_deref(),
            },
        };
        let mut response = (self.status, Json(body)).into_response();
        if self.before_start {
            response.extensions_mut().insert(RefusedBeforeStart);
        }
        response
    }
}
