//! Logs forwarded to the app's own logger (logcat, os_log, Python's logging), and panics logged
//! before they are turned into errors.

use std::fmt::Write as _;
use std::sync::{Arc, Once, RwLock};

use tracing::field::{Field, Visit};
use tracing::{Event, Subscriber};
use tracing_subscriber::layer::{Context, Layer, SubscriberExt};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, uniffi::Enum)]
pub enum LogLevel {
    Error,
    Warn,
    Info,
    Debug,
    Trace,
}

impl LogLevel {
    fn from_tracing(level: &tracing::Level) -> LogLevel {
        match *level {
            tracing::Level::ERROR => LogLevel::Error,
            tracing::Level::WARN => LogLevel::Warn,
            tracing::Level::INFO => LogLevel::Info,
            tracing::Level::DEBUG => LogLevel::Debug,
            tracing::Level::TRACE => LogLevel::Trace,
        }
    }
}

/// Implemented by the app to receive the core's log lines.
#[uniffi::export(with_foreign)]
pub trait Logger: Send + Sync {
    fn log(&self, level: LogLevel, target: String, message: String);
}

type Installed = Option<(Arc<dyn Logger>, LogLevel)>;

static LOGGER: RwLock<Installed> = RwLock::new(None);
static SUBSCRIBER: Once = Once::new();

/// Sends the core's log lines at `level` or more severe to `logger` (replacing any earlier one).
#[uniffi::export]
pub fn set_logger(logger: Arc<dyn Logger>, level: LogLevel) {
    *LOGGER.write().unwrap_or_else(|p| p.into_inner()) = Some((logger, level));
    SUBSCRIBER.call_once(|| {
        let subscriber = tracing_subscriber::registry().with(Forward);
        if tracing::subscriber::set_global_default(subscriber).is_err() {
            // The host program has its own subscriber; it keeps it.
        }
    });
}

struct Forward;

struct Message(String);

impl Visit for Message {
    fn record_debug(&mut self, field: &Field, value: &dyn std::fmt::Debug) {
        if field.name() == "message" {
            let _ = write!(self.0, "{value:?}");
        } else {
            let _ = write!(self.0, " {}={value:?}", field.name());
        }
    }

    fn record_str(&mut self, field: &Field, value: &str) {
        if field.name() == "message" {
            self.0.push_str(value);
        } else {
            let _ = write!(self.0, " {}={value}", field.name());
        }
    }
}

impl<S: Subscriber> Layer<S> for Forward {
    fn on_event(&self, event: &Event<'_>, _ctx: Context<'_, S>) {
        let guard = LOGGER.read().unwrap_or_else(|p| p.into_inner());
        let Some((logger, max)) = guard.as_ref() else {
            return;
        };
        let level = LogLevel::from_tracing(event.metadata().level());
        if level > *max {
            return;
        }
        let mut message = Message(String::new());
        event.record(&mut message);
        logger.log(level, event.metadata().target().to_owned(), message.0);
    }
}

static PANIC_HOOK: Once = Once::new();

/// Logs a panic (with where it happened) before it is caught and turned into an error.
pub fn install_panic_hook() {
    PANIC_HOOK.call_once(|| {
        let previous = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            tracing::error!(target: "cml::panic", "{info}");
            previous(info);
        }));
    });
}
