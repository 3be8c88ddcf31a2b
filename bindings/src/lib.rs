//! The UniFFI surface of the Community Library core, for Kotlin, Swift and Python (and the `cml`
//! command, which uses it as a Rust library). Wrappers, one public error type and init only: every
//! rule lives in `cml-core`.
//!
//! Async methods run on the runtime that [`CmlApp`] owns: each export spawns its work there and
//! awaits the task. The returned future therefore needs no particular executor, and abandoning it
//! (Swift does not drop a cancelled task's future) leaves the work to finish safely on its own.

mod circulation;
mod consultations;
mod deliveries;
mod logging;
mod programme;
mod screens;
mod volunteers;

use std::future::Future;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::pin::Pin;
use std::sync::Arc;

use cml_core::{
    AccountView, BackgroundSyncReport, BookingView, ChangeView, Config, Core, CoreError, DataChange, EventFilter,
    EventView, LibraryView, RecordView, ReminderView, SearchPage, SearchQuery, SyncProgress, SyncReport, SyncStatus,
};

pub use cml_core;
pub use logging::{set_logger, LogLevel, Logger};

uniffi::setup_scaffolding!("cml");

/// The one error type apps see. Each variant is something a screen can act on; `detail` is a
/// sentence fit to show a person. (Not called `message`: that would clash with Kotlin's
/// `Throwable.message`.)
#[derive(Debug, Clone, PartialEq, thiserror::Error, uniffi::Error)]
pub enum CmlError {
    /// No signal, or the hub cannot be reached. Changes wait in the outbox.
    #[error("{detail}")]
    Offline { detail: String },
    /// Nobody is signed in, the card number and PIN did not match, or the session has ended.
    #[error("{detail}")]
    NotSignedIn { detail: String },
    /// Signed in, but not allowed to do this.
    #[error("{detail}")]
    NotAllowed { detail: String },
    #[error("{detail}")]
    NotFound { detail: String },
    /// The world has changed: `reason` says how.
    #[error("{detail}")]
    Conflict { reason: String, detail: String },
    /// A field the person gave is wrong; `field` names it so the screen can point at it.
    #[error("{detail}")]
    InvalidInput { field: String, detail: String },
    /// Too many wrong PINs: try again after `retry_after_seconds`.
    #[error("{detail}")]
    TooManyAttempts { retry_after_seconds: u64, detail: String },
    /// The app's data on this device cannot be read or written. It is left as it is.
    #[error("{detail}")]
    Storage { detail: String },
    /// The hub failed or answered something the app cannot read.
    #[error("{detail}")]
    Hub { detail: String },
    /// A fault in the app itself.
    #[error("{detail}")]
    Internal { detail: String },
}

impl From<CoreError> for CmlError {
    fn from(e: CoreError) -> Self {
        CmlError::in_words(e, &cml_core::i18n::words(cml_core::Lang::En))
    }
}

impl CmlError {
    /// The core's error with its detail in the person's language.
    fn in_words(e: CoreError, w: &cml_core::i18n::Words<'_>) -> Self {
        let detail = e.in_words(w);
        match e {
            CoreError::Offline(_) => CmlError::Offline { detail },
            CoreError::NotSignedIn | CoreError::Unauthenticated(_) => CmlError::NotSignedIn { detail },
            CoreError::NotAllowed(_) => CmlError::NotAllowed { detail },
            CoreError::NotFound(_) => CmlError::NotFound { detail },
            CoreError::Conflict { reason, .. } => CmlError::Conflict { reason, detail },
            CoreError::TooManyAttempts { retry_after_seconds } => CmlError::TooManyAttempts {
                retry_after_seconds,
                detail,
            },
            CoreError::InvalidInput { field, .. } => CmlError::InvalidInput { field, detail },
            CoreError::StoreCorrupt { .. }
            | CoreError::StoreTooNew { .. }
            | CoreError::StoreUnavailable { .. }
            | CoreError::Store(_) => CmlError::Storage { detail },
            CoreError::Hub(_) => CmlError::Hub { detail },
            CoreError::Internal(_) => CmlError::Internal { detail },
        }
    }
}

fn panic_message(panic: Box<dyn std::any::Any + Send>) -> CmlError {
    let detail = panic
        .downcast_ref::<&str>()
        .map(|s| s.to_string())
        .or_else(|| panic.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "unknown".into());
    CmlError::Internal {
        detail: format!("Something went wrong in the app ({detail})."),
    }
}

/// Runs a synchronous export, turning a panic into [`CmlError::Internal`]; errors are worded in
/// `lang`.
fn guard_in<T>(lang: cml_core::Lang, f: impl FnOnce() -> Result<T, CoreError>) -> Result<T, CmlError> {
    match catch_unwind(AssertUnwindSafe(f)) {
        Ok(r) => r.map_err(|e| CmlError::in_words(e, &cml_core::i18n::words(lang))),
        Err(panic) => Err(panic_message(panic)),
    }
}

/// Hears how far a sync has got.
#[uniffi::export(with_foreign)]
pub trait SyncProgressListener: Send + Sync {
    fn on_progress(&self, progress: SyncProgress);
}

/// Hears what changed in the device store, so a screen can read again.
#[uniffi::export(with_foreign)]
pub trait DataListener: Send + Sync {
    fn on_change(&self, change: DataChange);
}

/// Where the app keeps the session token: Android's Keystore, iOS's Keychain. The core never
/// writes the token to its SQLite file. A failure is thrown as [`CmlError::Storage`].
#[uniffi::export(with_foreign)]
pub trait SecretStore: Send + Sync {
    fn get(&self, key: String) -> Result<Option<String>, CmlError>;
    fn set(&self, key: String, value: String) -> Result<(), CmlError>;
    fn delete(&self, key: String) -> Result<(), CmlError>;
}

/// The app's secret store as the core's.
struct ForeignSecrets(Arc<dyn SecretStore>);

fn secret_failure(e: CmlError) -> CoreError {
    CoreError::Store(format!("the secret store failed: {e}"))
}

impl cml_core::secrets::Secrets for ForeignSecrets {
    fn get(&self, key: &str) -> Result<Option<String>, CoreError> {
        self.0.get(key.to_owned()).map_err(secret_failure)
    }

    fn set(&self, key: &str, value: &str) -> Result<(), CoreError> {
        self.0.set(key.to_owned(), value.to_owned()).map_err(secret_failure)
    }

    fn delete(&self, key: &str) -> Result<(), CoreError> {
        self.0.delete(key.to_owned()).map_err(secret_failure)
    }
}

/// Stops a background sync at its next page: made by the app, passed to
/// `background_sync`, and cancelled from any thread (WorkManager's `onStopped`, a
/// BGTask's expiration handler).
#[derive(uniffi::Object, Default)]
pub struct SyncCancelToken {
    flag: cml_core::SyncCancel,
}

#[uniffi::export]
impl SyncCancelToken {
    #[uniffi::constructor]
    pub fn new() -> Arc<Self> {
        Arc::new(Self::default())
    }

    pub fn cancel(&self) {
        self.flag.store(true, std::sync::atomic::Ordering::Relaxed);
    }
}

/// A running observation; `cancel()` (or dropping it) stops it.
#[derive(uniffi::Object)]
pub struct Observation {
    task: tokio::task::AbortHandle,
}

#[uniffi::export]
impl Observation {
    /// Stops the listener hearing anything more.
    pub fn cancel(&self) {
        self.task.abort();
    }
}

impl Drop for Observation {
    fn drop(&mut self) {
        self.task.abort();
    }
}

/// The app's one entry point: create it once with the data folder and hub address.
#[derive(uniffi::Object)]
pub struct CmlApp {
    core: Arc<Core>,
    runtime: Option<tokio::runtime::Runtime>,
}

impl Drop for CmlApp {
    fn drop(&mut self) {
        // Outside async code (an app's own threads), wait briefly for the workers to finish the
        // step they are in, so a store write is never left running after the app is gone.
        // Dropping a runtime from inside async code panics: there, never block.
        if let Some(rt) = self.runtime.take() {
            if tokio::runtime::Handle::try_current().is_ok() {
                rt.shutdown_background();
            } else {
                rt.shutdown_timeout(std::time::Duration::from_secs(5));
            }
        }
    }
}

impl CmlApp {
    /// Runs a synchronous export, turning a panic into [`CmlError::Internal`]; errors are worded
    /// in the person's language.
    fn guard<T>(&self, f: impl FnOnce() -> Result<T, CoreError>) -> Result<T, CmlError> {
        guard_in(self.core.language(), f)
    }

    fn runtime(&self) -> &tokio::runtime::Runtime {
        self.runtime.as_ref().expect("the runtime lives as long as the app")
    }

    /// Runs `work` on the app's runtime and waits for it; a panic becomes an error.
    ///
    /// Every export's work is spawned as the same boxed future type, its answer coming back on a
    /// channel: the runtime's task machinery is then compiled once, not once per export (about
    /// 300 KB of the library).
    async fn spawn<T, F>(&self, work: F) -> Result<T, CmlError>
    where
        T: Send + 'static,
        F: Future<Output = Result<T, CoreError>> + Send + 'static,
    {
        let (tx, rx) = tokio::sync::oneshot::channel();
        let task: Pin<Box<dyn Future<Output = ()> + Send>> = Box::pin(async move {
            // The receiver is gone only if the caller stopped waiting; the work is done either way.
            let _ = tx.send(work.await);
        });
        match self.runtime().spawn(task).await {
            Ok(()) => match rx.await {
                Ok(r) => r.map_err(|e| CmlError::in_words(e, &self.core.words())),
                Err(_) => Err(CmlError::Internal {
                    detail: "The task ended without an answer.".into(),
                }),
            },
            Err(e) if e.is_panic() => Err(panic_message(e.into_panic())),
            Err(e) => Err(CmlError::Internal {
                detail: format!("The task was stopped ({e})."),
            }),
        }
    }
}

#[uniffi::export]
impl CmlApp {
    /// Opens (or creates) the device store in `config.data_dir` and sets up the hub client. Works
    /// offline: nothing is sent until a method needs the hub.
    #[uniffi::constructor]
    pub fn new(config: Config) -> Result<Arc<Self>, CmlError> {
        logging::install_panic_hook();
        let lang = cml_core::Lang::parse(config.language.as_deref().unwrap_or("en"));
        Self::start(guard_in(lang, || Core::open(config))?)
    }

    /// [`CmlApp::new`] with the session token kept by the app's secret store (Keystore,
    /// Keychain) instead of a file beside the device store (the command line's and tests' way).
    #[uniffi::constructor]
    pub fn with_secret_store(config: Config, secrets: Arc<dyn SecretStore>) -> Result<Arc<Self>, CmlError> {
        logging::install_panic_hook();
        let secrets: Arc<dyn cml_core::secrets::Secrets> = Arc::new(ForeignSecrets(secrets));
        let lang = cml_core::Lang::parse(config.language.as_deref().unwrap_or("en"));
        Self::start(guard_in(lang, || Core::open_with_secrets(config, secrets))?)
    }
}

impl CmlApp {
    /// The store first (opened by the caller): a runtime built and then dropped on failure would
    /// panic when this is called from async code.
    fn start(core: Core) -> Result<Arc<Self>, CmlError> {
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .thread_name("cml-core")
            .enable_all()
            .build()
            .map_err(|e| CmlError::Internal {
                detail: format!("Could not start the app's worker threads ({e})."),
            })?;
        Ok(Arc::new(CmlApp {
            core: Arc::new(core),
            runtime: Some(runtime),
        }))
    }
}

#[uniffi::export]
impl CmlApp {
    /// Signs in with a library card number and PIN.
    pub async fn login(&self, card: String, pin: String) -> Result<AccountView, CmlError> {
        let core = self.core.clone();
        self.spawn(async move { core.login(&card, &pin).await }).await
    }

    /// Signs out on this device now; the hub is told now or at the next sync.
    pub async fn logout(&self) -> Result<(), CmlError> {
        let core = self.core.clone();
        self.spawn(async move { core.logout().await }).await
    }

    /// Who is signed in on this device, if anyone.
    pub fn whoami(&self) -> Result<Option<AccountView>, CmlError> {
        self.guard(|| self.core.whoami())
    }

    /// Sends waiting changes and pulls what changed at the hub.
    pub async fn sync(&self, listener: Option<Arc<dyn SyncProgressListener>>) -> Result<SyncReport, CmlError> {
        let core = self.core.clone();
        self.spawn(async move {
            let report = |p: SyncProgress| {
                if let Some(l) = &listener {
                    l.on_progress(p);
                }
            };
            core.sync(Some(&report)).await
        })
        .await
    }

    /// Switches the language every text is written in, at once: "en", "pl" or "ur" (anything
    /// else is English). Stored notices and outcomes read in it too, with no sync. The data
    /// listener then hears "everything", so every screen reads again. Returns the language now
    /// in use.
    pub fn set_language(&self, language: String) -> String {
        self.core.set_language(&language)
    }

    /// A code's display text in the person's language: `code_text("visit", "not_home")`.
    /// Kinds: role, visit, time, shift, frequency, right, volunteer-role, delivery, hold,
    /// booking, change, format, reading-format.
    pub fn code_text(&self, kind: String, code: String) -> String {
        self.core.code_text(&kind, &code)
    }

    /// Every code of a kind with its display text (for a chooser).
    pub fn codes(&self, kind: String) -> Vec<cml_core::CodeText> {
        self.core.codes(&kind)
    }

    /// The language texts are written in now: "en", "pl" or "ur".
    pub fn language(&self) -> String {
        self.core.language().code().to_owned()
    }

    /// Whether the language now is written right to left (Urdu), for the screen's layout.
    pub fn language_is_rtl(&self) -> bool {
        self.core.language().rtl()
    }

    /// The sync state in plain words.
    pub fn status(&self) -> Result<SyncStatus, CmlError> {
        self.guard(|| self.core.status())
    }

    /// The Libraries screen: every library with today's hours, the week and coming closures.
    pub fn libraries(&self) -> Result<Vec<LibraryView>, CmlError> {
        self.guard(|| self.core.libraries())
    }

    /// The Search screen: a page of results from the device's own catalogue (works offline).
    pub fn search(&self, query: SearchQuery) -> Result<SearchPage, CmlError> {
        self.guard(|| self.core.search(&query))
    }

    /// The Title screen: the full record and its copies.
    pub fn record(&self, id: i64) -> Result<RecordView, CmlError> {
        self.guard(|| self.core.record(id))
    }

    /// An iCalendar (.ics) file for one event, with the member's booking of it if any.
    pub fn event_ics(&self, event_id: i64) -> Result<String, CmlError> {
        self.guard(|| self.core.event_ics(event_id))
    }

    /// An iCalendar feed of all the member's current bookings.
    pub fn bookings_ics(&self) -> Result<String, CmlError> {
        self.guard(|| self.core.bookings_ics())
    }

    /// The libraries whose catalogue this device keeps (empty: all).
    pub fn my_libraries(&self) -> Result<Vec<String>, CmlError> {
        self.guard(|| self.core.my_libraries())
    }

    /// Chooses the libraries whose catalogue this device keeps (empty: all).
    pub fn set_my_libraries(&self, codes: Vec<String>) -> Result<(), CmlError> {
        self.guard(|| self.core.set_my_libraries(&codes))
    }

    /// Sends waiting changes whose backoff has passed: for the app's own retry timer. (A person's
    /// "sync" or a new change sends at once.)
    pub async fn send_due_changes(&self) -> Result<u64, CmlError> {
        let core = self.core.clone();
        self.spawn(async move { core.flush(false).await }).await
    }

    /// Sends the changes waiting in the outbox now.
    pub async fn send_changes(&self) -> Result<u64, CmlError> {
        let core = self.core.clone();
        self.spawn(async move { core.flush(true).await }).await
    }

    /// Books places at an event (offline too): the change and, once sent, its outcome.
    pub async fn book_event(&self, event_id: i64, places: i64) -> Result<ChangeView, CmlError> {
        let core = self.core.clone();
        self.spawn(async move { core.book_event(event_id, places).await }).await
    }

    /// Cancels the member's booking of an event (offline too).
    pub async fn cancel_booking(&self, event_id: i64) -> Result<ChangeView, CmlError> {
        let core = self.core.clone();
        self.spawn(async move { core.cancel_booking(event_id).await }).await
    }

    /// The Events screen: events not yet ended that match the filter.
    pub fn events(&self, filter: EventFilter) -> Result<Vec<EventView>, CmlError> {
        self.guard(|| self.core.events(&filter))
    }

    /// The member's bookings, with those still waiting to be sent.
    pub fn my_bookings(&self) -> Result<Vec<BookingView>, CmlError> {
        self.guard(|| self.core.my_bookings())
    }

    /// The changes made on this device and what became of them, waiting ones first.
    pub fn changes(&self, limit: u32) -> Result<Vec<ChangeView>, CmlError> {
        self.guard(|| self.core.changes(limit))
    }

    /// Outcomes not yet shown to the person ("Your place at Chair yoga is confirmed").
    pub fn unseen_outcomes(&self) -> Result<Vec<ChangeView>, CmlError> {
        self.guard(|| self.core.unseen_outcomes())
    }

    pub fn mark_outcomes_seen(&self) -> Result<(), CmlError> {
        self.guard(|| self.core.mark_outcomes_seen())
    }

    /// The platform's background work: sends waiting changes, then pulls (the person's own
    /// data first, the catalogue last) until `budget_seconds` have passed or `cancel` is
    /// cancelled, resuming next time; never beside another sync. Returns the reminders to raise.
    pub async fn background_sync(
        &self,
        budget_seconds: u32,
        cancel: Option<Arc<SyncCancelToken>>,
    ) -> Result<BackgroundSyncReport, CmlError> {
        let core = self.core.clone();
        let flag = cancel.map(|c| c.flag.clone());
        self.spawn(async move {
            core.background_sync(std::time::Duration::from_secs(budget_seconds.into()), flag)
                .await
        })
        .await
    }

    /// Reminders due now, each with whether it was raised as a notification and seen.
    pub fn reminders(&self) -> Result<Vec<ReminderView>, CmlError> {
        self.guard(|| self.core.reminders())
    }

    /// Reminders due now and not raised yet: show each, then `mark_reminders_raised`.
    pub fn reminders_to_raise(&self) -> Result<Vec<ReminderView>, CmlError> {
        self.guard(|| self.core.reminders_to_raise())
    }

    pub fn mark_reminders_raised(&self, ids: Vec<String>) -> Result<(), CmlError> {
        self.guard(|| self.core.mark_reminders_raised(&ids))
    }

    pub fn mark_reminder_seen(&self, id: String) -> Result<(), CmlError> {
        self.guard(|| self.core.mark_reminder_seen(&id))
    }

    /// For tests and screen previews: the time the core reads, in seconds since 1970 (UTC);
    /// `None` goes back to the real time.
    pub fn set_clock(&self, epoch_seconds: Option<i64>) -> Result<(), CmlError> {
        let at = match epoch_seconds {
            Some(s) => Some(
                chrono::DateTime::from_timestamp(s, 0).ok_or_else(|| CmlError::InvalidInput {
                    field: "epoch_seconds".into(),
                    detail: "That time is out of range.".into(),
                })?,
            ),
            None => None,
        };
        self.core.set_clock(at);
        Ok(())
    }

    /// Changes made for the hub this device used before, kept until it goes back to that hub
    /// (then they are sent) or the person discards them.
    pub fn held_changes(&self) -> Result<Vec<ChangeView>, CmlError> {
        self.guard(|| self.core.held_changes())
    }

    /// Discards the held changes: they are never sent. Returns how many.
    pub fn discard_held_changes(&self) -> Result<u64, CmlError> {
        self.guard(|| self.core.discard_held_changes())
    }

    /// Calls `listener` whenever the device store changes, until the observation is cancelled.
    pub fn observe(&self, listener: Arc<dyn DataListener>) -> Arc<Observation> {
        let mut notices = self.core.subscribe();
        let task = self.runtime().spawn(async move {
            loop {
                match notices.recv().await {
                    Ok(change) => listener.on_change(change),
                    Err(tokio::sync::broadcast::error::RecvError::Lagged(_)) => listener.on_change(DataChange {
                        what: vec!["everything".into()],
                        cause: "sync".into(),
                        screens: cml_core::screens_showing(&["everything"]),
                    }),
                    Err(tokio::sync::broadcast::error::RecvError::Closed) => break,
                }
            }
        });
        Arc::new(Observation {
            task: task.abort_handle(),
        })
    }
}
