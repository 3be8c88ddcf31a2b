//! The core's errors. Rich here; the bindings map them onto one small public enum.

use thiserror::Error;

#[derive(Debug, Error)]
pub enum CoreError {
    /// The hub could not be reached (no signal, hub down, timed out).
    #[error("You are offline, or the library hub cannot be reached just now. {0}")]
    Offline(String),
    #[error("Please sign in first.")]
    NotSignedIn,
    /// The hub refused the credentials or the session (a wrong PIN, a revoked token).
    #[error("{0}")]
    Unauthenticated(String),
    #[error("{0}")]
    NotAllowed(String),
    #[error("{0}")]
    NotFound(String),
    /// The world does not allow this now; `reason` is a short code ("already_booked", …).
    #[error("{message}")]
    Conflict { reason: String, message: String },
    #[error("Too many wrong PINs. Please wait {retry_after_seconds} seconds and try again.")]
    TooManyAttempts { retry_after_seconds: u64 },
    #[error("{message}")]
    InvalidInput { field: String, message: String },
    /// The device store is not a database (damaged). It is left as it is.
    #[error("The app's data file {path} is damaged and cannot be read. It has been left as it is.")]
    StoreCorrupt { path: String },
    #[error("The app's data file {path} was written by a newer version of the app (version {found}; this app knows {known}). Please update the app.")]
    StoreTooNew { path: String, found: i64, known: i64 },
    #[error("The app's data file {path} cannot be opened: {detail}")]
    StoreUnavailable { path: String, detail: String },
    #[error("The app's data could not be read or saved: {0}")]
    Store(String),
    /// The hub answered with an error of its own.
    #[error("The library hub had a problem: {0}")]
    Hub(String),
    #[error("Something went wrong in the app: {0}")]
    Internal(String),
}

pub type CoreResult<T> = Result<T, CoreError>;

impl From<rusqlite::Error> for CoreError {
    fn from(e: rusqlite::Error) -> Self {
        CoreError::Store(e.to_string())
    }
}

impl From<serde_json::Error> for CoreError {
    fn from(e: serde_json::Error) -> Self {
        CoreError::Store(format!("stored data is not readable: {e}"))
    }
}

impl CoreError {
    /// The error in words in the person's language. Messages made with the error (a refusal, a
    /// field's problem) were already written in the language of the moment; the fixed texts
    /// around them come from the catalogue.
    pub fn in_words(&self, w: &crate::i18n::Words<'_>) -> String {
        use crate::i18n::num;
        let with_detail = |id: &str, detail: &str| {
            let lead = w.t(id);
            if detail.is_empty() {
                lead
            } else {
                format!("{lead} {detail}")
            }
        };
        match self {
            CoreError::Offline(detail) => with_detail("error-offline", detail),
            CoreError::NotSignedIn => w.t("error-not-signed-in"),
            CoreError::TooManyAttempts { retry_after_seconds } => w.a(
                "error-too-many-attempts",
                &[("seconds", num(*retry_after_seconds as i64))],
            ),
            CoreError::StoreCorrupt { path } => w.a("error-store-corrupt", &[("path", path.clone().into())]),
            CoreError::StoreTooNew { path, found, known } => w.a(
                "error-store-too-new",
                &[
                    ("path", path.clone().into()),
                    ("found", num(*found)),
                    ("known", num(*known)),
                ],
            ),
            CoreError::StoreUnavailable { path, detail } => w.a(
                "error-store-unavailable",
                &[("path", path.clone().into()), ("detail", detail.clone().into())],
            ),
            CoreError::Store(detail) => w.a("error-store", &[("detail", detail.clone().into())]),
            CoreError::Hub(detail) => w.a("error-hub", &[("detail", detail.clone().into())]),
            CoreError::Internal(detail) => w.a("error-internal", &[("detail", detail.clone().into())]),
            CoreError::Unauthenticated(m) | CoreError::NotAllowed(m) | CoreError::NotFound(m) => m.clone(),
            CoreError::Conflict { message, .. } | CoreError::InvalidInput { message, .. } => message.clone(),
        }
    }

    pub fn conflict(reason: &str, message: impl Into<String>) -> Self {
        CoreError::Conflict {
            reason: reason.to_owned(),
            message: message.into(),
        }
    }

    pub fn invalid(field: &str, message: impl Into<String>) -> Self {
        CoreError::InvalidInput {
            field: field.to_owned(),
            message: message.into(),
        }
    }
}
