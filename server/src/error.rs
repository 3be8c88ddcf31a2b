//! The hub's errors, and how each becomes an HTTP status and an [`ApiError`] body.

use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::Json;
use cml_api::i18n::Msg;
use cml_api::{ApiError, ErrorCode};
use thiserror::Error;

use crate::db::{DbError, TxErr};

#[derive(Debug, Error)]
pub enum HubError {
    #[error("{message}")]
    Invalid { field: String, message: String },
    #[error("{0}")]
    Unauthenticated(String),
    #[error("{0}")]
    Forbidden(String),
    #[error("{0}")]
    NotFound(String),
    #[error("{0}")]
    Conflict(String),
    #[error("too many failed sign-ins; try again in {retry_after} seconds")]
    TooManyAttempts { retry_after: u64 },
    #[error("this change was sent before with different details")]
    IdempotencyMismatch,
    #[error(transparent)]
    Db(#[from] DbError),
    #[error("{0}")]
    Internal(String),
    /// The request itself is malformed before any field can be read (400).
    #[error("{0}")]
    BadRequest(String),
    /// A request body over [`crate::http::MAX_BODY_BYTES`] (413).
    #[error("The request is too large: at most {limit} bytes are accepted.")]
    TooLarge { limit: usize },
    /// A body that is not JSON, by its `Content-Type` (415).
    #[error("The request must be JSON, sent with Content-Type: application/json.")]
    UnsupportedMediaType,
    /// An address that exists but does not take this method (405).
    #[error("This address does not take {method}.")]
    MethodNotAllowed { method: String },
    /// An address over [`crate::http::MAX_URI_BYTES`] (414).
    #[error("The address is too long: at most {limit} bytes are accepted.")]
    UriTooLong { limit: usize },
    /// Too many requests of a costly kind at once (503, with Retry-After).
    #[error("The library hub is busy just now: please try again in {retry_after} seconds.")]
    Busy { retry_after: u64 },
    /// Headers over [`crate::http::MAX_HEADER_BYTES`] (431).
    #[error("The request's headers are too large: at most {limit} bytes are accepted.")]
    HeadersTooLarge { limit: usize },
}

pub type HubResult<T> = Result<T, HubError>;

impl HubError {
    pub fn invalid(field: &str, message: impl Into<String>) -> Self {
        HubError::Invalid {
            field: field.to_owned(),
            message: message.into(),
        }
    }

    pub fn forbidden() -> Self {
        HubError::Forbidden(crate::i18n::words().t("hub-error-forbidden"))
    }

    /// The status and body sent to the client. Database details are logged, never sent.
    pub fn to_api(&self) -> (StatusCode, ApiError) {
        let (status, code) = match self {
            HubError::Invalid { .. } => (StatusCode::UNPROCESSABLE_ENTITY, ErrorCode::InvalidInput),
            HubError::Unauthenticated(_) => (StatusCode::UNAUTHORIZED, ErrorCode::Unauthenticated),
            HubError::Forbidden(_) => (StatusCode::FORBIDDEN, ErrorCode::Forbidden),
            HubError::NotFound(_) => (StatusCode::NOT_FOUND, ErrorCode::NotFound),
            HubError::Conflict(_) => (StatusCode::CONFLICT, ErrorCode::Conflict),
            HubError::TooManyAttempts { .. } => (StatusCode::TOO_MANY_REQUESTS, ErrorCode::TooManyAttempts),
            HubError::IdempotencyMismatch => (StatusCode::UNPROCESSABLE_ENTITY, ErrorCode::IdempotencyMismatch),
            HubError::Db(DbError::Open(_)) => (StatusCode::SERVICE_UNAVAILABLE, ErrorCode::Unavailable),
            HubError::Db(_) | HubError::Internal(_) => (StatusCode::INTERNAL_SERVER_ERROR, ErrorCode::Internal),
            HubError::Busy { .. } => (StatusCode::SERVICE_UNAVAILABLE, ErrorCode::Unavailable),
            HubError::BadRequest(_) => (StatusCode::BAD_REQUEST, ErrorCode::InvalidInput),
            HubError::TooLarge { .. } => (StatusCode::PAYLOAD_TOO_LARGE, ErrorCode::InvalidInput),
            HubError::UnsupportedMediaType => (StatusCode::UNSUPPORTED_MEDIA_TYPE, ErrorCode::InvalidInput),
            HubError::MethodNotAllowed { .. } => (StatusCode::METHOD_NOT_ALLOWED, ErrorCode::InvalidInput),
            HubError::UriTooLong { .. } => (StatusCode::URI_TOO_LONG, ErrorCode::InvalidInput),
            HubError::HeadersTooLarge { .. } => (StatusCode::REQUEST_HEADER_FIELDS_TOO_LARGE, ErrorCode::InvalidInput),
        };
        // The hub's fixed words follow the request's language; a message made with the error was
        // worded in it when it was made.
        let w = crate::i18n::words();
        let message = match self {
            HubError::Db(DbError::Open(_)) => w.t("hub-error-no-database"),
            HubError::Db(_) | HubError::Internal(_) => w.t("hub-error-internal"),
            HubError::TooManyAttempts { retry_after } => w.a(
                "hub-error-too-many-attempts",
                &[("seconds", crate::i18n::num(*retry_after as i64))],
            ),
            HubError::IdempotencyMismatch => w.t("hub-error-idempotency"),
            HubError::TooLarge { limit } => w.msg(&Msg::new("hub-error-too-large").arg("limit", *limit as i64)),
            HubError::UnsupportedMediaType => w.t("hub-error-not-json"),
            HubError::MethodNotAllowed { method } => w.msg(&Msg::new("hub-error-method").arg("method", method)),
            HubError::UriTooLong { limit } => {
                w.msg(&Msg::new("hub-error-address-too-long").arg("limit", *limit as i64))
            }
            HubError::Busy { retry_after } => w.msg(&Msg::new("hub-error-busy").arg("seconds", *retry_after as i64)),
            HubError::HeadersTooLarge { limit } => {
                w.msg(&Msg::new("hub-error-headers-too-large").arg("limit", *limit as i64))
            }
            other => other.to_string(),
        };
        let body = ApiError {
            code,
            message,
            field: match self {
                HubError::Invalid { field, .. } => Some(field.clone()),
                HubError::BadRequest(_) | HubError::TooLarge { .. } | HubError::UnsupportedMediaType => {
                    Some("body".into())
                }
                HubError::MethodNotAllowed { .. } => Some("method".into()),
                HubError::UriTooLong { .. } => Some("address".into()),
                HubError::HeadersTooLarge { .. } => Some("headers".into()),
                _ => None,
            },
            retry_after_seconds: match self {
                HubError::TooManyAttempts { retry_after } | HubError::Busy { retry_after } => Some(*retry_after),
                _ => None,
            },
        };
        (status, body)
    }
}

impl TxErr for HubError {
    fn retryable(&self) -> bool {
        matches!(self, HubError::Db(DbError::Retry(_)))
    }
}

impl IntoResponse for HubError {
    fn into_response(self) -> Response {
        if matches!(self, HubError::Db(_) | HubError::Internal(_)) {
            tracing::error!(error = %self, "request failed");
        }
        let (status, body) = self.to_api();
        let mut response = (status, Json(body)).into_response();
        if let HubError::TooManyAttempts { retry_after } | HubError::Busy { retry_after } = self {
            if let Ok(v) = retry_after.to_string().parse() {
                response.headers_mut().insert(axum::http::header::RETRY_AFTER, v);
            }
        }
        response
    }
}

impl From<serde_json::Error> for HubError {
    fn from(e: serde_json::Error) -> Self {
        HubError::Internal(format!("stored JSON is not readable: {e}"))
    }
}
