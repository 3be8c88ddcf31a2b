//! The Community Library core: every business rule of the apps. The device store is the offline
//! cache every screen reads from; the hub client only refreshes it.
//!
//! The bindings crate (`cml-ffi`) wraps [`Core`] for Kotlin, Swift and Python; the `cml` command
//! uses those same wrappers.

pub mod acting;
pub mod barcode;
pub mod catalogue;
pub mod circulation;
pub mod consultations;
pub mod deliveries;
pub mod error;
pub mod events;
pub mod home;
pub mod hub;
pub mod i18n;
pub mod ics;
pub mod libraries;
pub mod notices;
pub mod outbox;
pub mod programme;
pub mod reading_lists;
pub mod reminders;
pub mod report;
pub mod secrets;
pub mod store;
pub mod views;
pub mod volunteers;

use std::path::PathBuf;

use chrono::{DateTime, Utc};
use cml_api::{collections, Change, ChangeBatch, LoginRequest};
use tokio::sync::broadcast;

pub use error::{CoreError, CoreResult};
pub use home::{HomeItem, HomeScreen, SimpleAction};
use hub::HubClient;
use i18n::{num, Words};
pub use i18n::{Lang, Msg};
use store::Store;
pub use views::*;

#[cfg(feature = "uniffi")]
uniffi::setup_scaffolding!("cml_core");

/// How the app is set up on this device.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct Config {
    /// Where this device keeps its store (a folder; created if missing).
    pub data_dir: String,
    /// The hub's address: `https://…`, or `http://` to this computer only.
    pub hub_url: String,
    /// A PEM certificate to trust besides the public roots, for a hub with a private certificate.
    pub hub_certificate_pem: Option<String>,
    /// A name for this device, shown when the person reviews where they are signed in.
    pub device_name: Option<String>,
    /// The person's language: "en", "pl" or "ur" (also "pl-PL" and the like). None, or a
    /// language the apps do not have, is English.
    #[cfg_attr(feature = "uniffi", uniffi(default = None))]
    pub language: Option<String>,
}

/// The page size of a sync.
pub const SYNC_PAGE: i64 = 1000;

pub struct Core {
    store: Store,
    hub: HubClient,
    config: Config,
    notices: broadcast::Sender<DataChange>,
    /// One flush at a time, so changes leave in order.
    flushing: tokio::sync::Mutex<()>,
    /// One sync of this store at a time (a person's and a background one).
    syncing: tokio::sync::Mutex<()>,
    /// The time, when a test (or a preview) has set it: see [`Core::set_clock`].
    clock: std::sync::Mutex<Option<DateTime<Utc>>>,
}

/// Stops a background sync at its next page when set (from any thread).
pub type SyncCancel = std::sync::Arc<std::sync::atomic::AtomicBool>;

/// A task stopped when its handle goes.
struct AbortOnDrop<T>(tokio::task::JoinHandle<T>);

impl<T> Drop for AbortOnDrop<T> {
    fn drop(&mut self) {
        self.0.abort();
    }
}

impl Core {
    /// Opens the device store (migrating it) and sets up the hub client. Nothing touches the
    /// network here.
    pub fn open(config: Config) -> CoreResult<Core> {
        let secrets = std::sync::Arc::new(secrets::FileSecrets::new(&PathBuf::from(&config.data_dir)));
        Self::open_with_secrets(config, secrets)
    }

    /// [`Core::open`] with the session token kept by `secrets` (the platform's Keystore or
    /// Keychain) rather than a file beside the store.
    pub fn open_with_secrets(config: Config, secrets: std::sync::Arc<dyn secrets::Secrets>) -> CoreResult<Core> {
        let hub = HubClient::new(
            &config.hub_url,
            config.hub_certificate_pem.as_deref().map(str::as_bytes),
            Lang::parse(config.language.as_deref().unwrap_or("en")),
        )?;
        let store = Store::open_with(&PathBuf::from(&config.data_dir), secrets)?;
        let hub_url = hub.base_url().to_string();
        match store.meta("hub_url")? {
            Some(previous) if previous != hub_url => {
                tracing::info!(%previous, now = %hub_url, "another hub: starting the cache afresh");
                // Say so on the status line, if someone was signed in: the session was that hub's.
                if store.session()?.is_some() {
                    store.set_meta("signed_out_for_hub", &hub_url)?;
                }
                store.switch_hub(&hub_url)?;
            }
            Some(_) => {}
            None => store.set_meta("hub_url", &hub_url)?,
        }
        let (notices, _) = broadcast::channel(64);
        Ok(Core {
            store,
            hub,
            config,
            notices,
            flushing: tokio::sync::Mutex::new(()),
            syncing: tokio::sync::Mutex::new(()),
            clock: std::sync::Mutex::new(None),
        })
    }

    /// The time the core's rules read: the real time, unless [`Core::set_clock`] set another.
    pub fn now(&self) -> DateTime<Utc> {
        self.clock
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .unwrap_or_else(Utc::now)
    }

    /// Sets the time the core reads (tests moving across a reminder's moment, previews of a
    /// screen at a given time); `None` goes back to the real time.
    pub fn set_clock(&self, at: Option<DateTime<Utc>>) {
        *self.clock.lock().unwrap_or_else(|e| e.into_inner()) = at;
    }

    /// The person's language now.
    pub fn language(&self) -> Lang {
        self.hub.language()
    }

    /// Switches the language at once: every text read from now on is in it, stored notices and
    /// outcomes too (no sync needed). Screens are told to read again ("everything"). An unknown
    /// language is English. Returns the language now in use ("en", "pl", "ur").
    pub fn set_language(&self, language: &str) -> String {
        let lang = Lang::parse(language);
        self.hub.set_language(lang);
        self.notify_because(&["everything", "language"], "settings");
        lang.code().to_owned()
    }

    /// A code's display text in the person's language. Kinds: "role", "visit", "time",
    /// "shift", "frequency", "right", "volunteer-role", "delivery", "hold", "booking", "change",
    /// "format", "reading-format", "sync-stop".
    pub fn code_text(&self, kind: &str, code: &str) -> String {
        self.words().code(kind, code)
    }

    /// Every code of a kind with its display text, in order (for a chooser); empty for a kind
    /// there is not.
    pub fn codes(&self, kind: &str) -> Vec<CodeText> {
        let w = self.words();
        cml_api::i18n::CODES
            .iter()
            .find(|(k, _)| *k == kind)
            .map(|(_, codes)| {
                codes
                    .iter()
                    .map(|c| CodeText {
                        code: (*c).to_owned(),
                        text: w.code(kind, c),
                    })
                    .collect()
            })
            .unwrap_or_default()
    }

    /// The words in the person's language.
    pub fn words(&self) -> Words<'static> {
        i18n::words(self.language())
    }

    /// Hears what changed in the device store (for screens to refresh).
    pub fn subscribe(&self) -> broadcast::Receiver<DataChange> {
        self.notices.subscribe()
    }

    fn notify(&self, what: &[&str]) {
        self.notify_because(what, "change");
    }

    /// Tells listeners what changed, why, and which screens read again.
    fn notify_because(&self, what: &[&str], cause: &str) {
        let _ = self.notices.send(DataChange {
            what: what.iter().map(|s| s.to_string()).collect(),
            cause: cause.to_owned(),
            screens: screens_showing(what),
        });
    }

    /// A screen's data age, and the first moment its words change whatever it shows: the next
    /// UK midnight ("today", "tomorrow") or the age line's next change, whichever comes first.
    pub fn data_age_and_refresh(&self, now: DateTime<Utc>) -> CoreResult<(DataAge, Option<DateTime<Utc>>)> {
        let (data_age, age_changes) = self.data_age(now)?;
        let mut refresh = Some(home::next_midnight(now));
        if let Some(t) = age_changes {
            home::sooner(&mut refresh, t, now);
        }
        Ok((data_age, refresh))
    }

    /// When the data on this device was last brought up to date, in words, and when those
    /// words next change.
    pub fn data_age(&self, now: DateTime<Utc>) -> CoreResult<(DataAge, Option<DateTime<Utc>>)> {
        let last = self.store.last_sync()?;
        let offline = self.store.meta("online")?.is_some_and(|v| v == "no");
        let w = self.words();
        let mut text = match last {
            Some(t) => w.a("data-age", &[("ago", w.ago(t, now).into())]),
            None => w.t("status-never"),
        };
        if offline {
            text = format!("{} {text}", w.t("data-age-offline"));
        }
        Ok((
            DataAge {
                synced_at: last.map(|t| t.timestamp()),
                text,
                offline,
            },
            last.map(|t| w.ago_changes_at(t, now)),
        ))
    }

    fn account_id(&self) -> CoreResult<Option<i64>> {
        Ok(self.store.session()?.map(|(_, a)| a.id))
    }

    pub fn config(&self) -> &Config {
        &self.config
    }

    pub fn store(&self) -> &Store {
        &self.store
    }

    /// Notes whether the hub answered, for the status line.
    fn note_reachability<T>(&self, result: &CoreResult<T>) {
        let online = !matches!(result, Err(CoreError::Offline(_)));
        let _ = self.store.set_meta("online", if online { "yes" } else { "no" });
    }

    /// Signs in with a card number and PIN, replacing any earlier session on this device.
    pub async fn login(&self, card: &str, pin: &str) -> CoreResult<AccountView> {
        let w = self.words();
        let card = cml_api::normalise_card(card).ok_or_else(|| CoreError::invalid("card", w.t("error-card-number")))?;
        if !cml_api::valid_pin(pin) {
            return Err(CoreError::invalid("pin", w.t("error-pin")));
        }
        let req = LoginRequest {
            card,
            pin: pin.to_owned(),
            device: self.config.device_name.clone(),
        };
        let result = self.hub.login(&req).await;
        self.note_reachability(&result);
        let resp = result?;
        if self.store.session()?.is_some() {
            self.store.sign_out(false)?;
        }
        self.store.save_session(&resp.token, &resp.account)?;
        self.store.delete_meta("signed_out_for_hub")?;
        self.notify_because(&["session", "status"], "session");
        // Changes this person made while signed out elsewhere on this device can go now.
        let _ = self.flush(true).await;
        Ok(AccountView::from(&resp.account))
    }

    /// Signs out on this device at once; the hub revokes the token now, or at the next sync if
    /// it cannot be reached.
    pub async fn logout(&self) -> CoreResult<()> {
        let Some((token, _)) = self.store.session()? else {
            return Ok(());
        };
        let result = self.hub.logout(&token).await;
        self.note_reachability(&result);
        let revoked = match result {
            Ok(()) | Err(CoreError::Unauthenticated(_)) => true,
            Err(e) => {
                tracing::info!(error = %e, "the hub will be told of the sign-out later");
                false
            }
        };
        self.store.sign_out(revoked)?;
        self.notify_because(&["session", "bookings", "status"], "session");
        Ok(())
    }

    /// The signed-in person, from the device store.
    pub fn whoami(&self) -> CoreResult<Option<AccountView>> {
        Ok(self.store.session()?.map(|(_, a)| AccountView::from(&a)))
    }

    /// Tells the hub of sign-outs made while offline.
    async fn flush_signouts(&self) -> CoreResult<()> {
        for token in self.store.pending_signouts()? {
            match self.hub.logout(&token).await {
                Ok(()) | Err(CoreError::Unauthenticated(_)) => self.store.forget_signout(&token)?,
                Err(e) => return Err(e),
            }
        }
        Ok(())
    }

    /// Pulls every collection's changes since the last sync into the device store. Each page is
    /// applied with its cursor in one transaction, so an interrupted sync resumes where it stopped.
    pub async fn sync(&self, progress: Option<&(dyn Fn(SyncProgress) + Send + Sync)>) -> CoreResult<SyncReport> {
        let _turn = self.syncing.lock().await;
        let result = self.sync_inner(progress).await;
        self.note_reachability(&result);
        if let Err(CoreError::Unauthenticated(_)) = &result {
            // The hub no longer knows this session (revoked elsewhere): sign out here too.
            self.store.sign_out(true)?;
            return Err(CoreError::Unauthenticated(self.words().t("error-signed-out")));
        }
        result
    }

    async fn sync_inner(&self, progress: Option<&(dyn Fn(SyncProgress) + Send + Sync)>) -> CoreResult<SyncReport> {
        self.send_pending_join().await?;
        self.flush_signouts().await?;
        self.flush(true).await?;
        let token = self.store.session()?.map(|(t, _)| t);
        if let Some(token) = &token {
            let account = self.hub.me(token).await?;
            self.store.update_account(&account)?;
        }
        let mut report = SyncReport {
            collections: Vec::new(),
            changes: 0,
            finished_at: 0,
        };
        for &collection in collections::ALL {
            let (done, _) = self.pull(collection, token.as_deref(), progress, &|| false).await?;
            report.changes += done;
            if done > 0 {
                self.notify_because(&[collection], "sync");
            }
            report.collections.push(CollectionReport {
                collection: collection.to_owned(),
                changes: done,
            });
        }
        // A first sync (or a large change to the catalogue) leaves the search index in many small
        // pieces; merging them now keeps every search within a couple of milliseconds. The sync
        // has landed either way: a merge that fails (a full disk) is tried again next time.
        if let Some(token) = &token {
            // Best effort: the member's own sync has landed either way.
            if let Err(e) = self.refresh_member_loans(token).await {
                tracing::info!(error = %e, "the loans of members this carer acts for were not brought up to date");
            }
            // Best effort too: the Impact screen keeps the figures it had.
            match self.refresh_impact(token).await {
                Ok(true) => self.notify_because(&[report::IMPACT], "sync"),
                Ok(false) => {}
                Err(e) => tracing::info!(error = %e, "the impact figures were not brought up to date"),
            }
            match self.refresh_rooms(token).await {
                Ok(true) => self.notify_because(&[programme::ROOMS], "sync"),
                Ok(false) => {}
                Err(e) => tracing::info!(error = %e, "the rooms were not brought up to date"),
            }
            match self.refresh_pending(token).await {
                Ok(true) => self.notify_because(&[circulation::PENDING], "sync"),
                Ok(false) => {}
                Err(e) => tracing::info!(error = %e, "the members waiting for their card were not brought up to date"),
            }
        }
        if let Err(e) = catalogue::tidy_index(&self.store) {
            tracing::warn!(error = %e, "the search index was not merged; the next sync will try again");
        }
        let now = Utc::now();
        // Readers' addresses leave the phone once their visit window has passed.
        self.store
            .write(|tx| deliveries::drop_past_rounds(tx, now).map(|_| ()))?;
        self.store.set_meta("last_sync", &now.to_rfc3339())?;
        self.notify_because(&["status"], "sync");
        report.finished_at = now.timestamp();
        Ok(report)
    }

    /// Pulls one collection's changes since its cursor, page by page; returns how many.
    /// Pulls a collection page by page; `stop` is asked before each further page. Returns the
    /// items pulled and whether the collection is up to date.
    async fn pull(
        &self,
        collection: &str,
        token: Option<&str>,
        progress: Option<&(dyn Fn(SyncProgress) + Send + Sync)>,
        stop: &(dyn Fn() -> bool + Send + Sync),
    ) -> CoreResult<(u64, bool)> {
        let after = self.store.cursor(collection)?;
        let mut done = 0u64;
        let mut total = 0u64;
        let mut page = self.hub.feed(collection, after, SYNC_PAGE, true, token).await?;
        loop {
            if let Some(t) = page.total {
                total = t as u64;
            }
            // The next page is asked for, and read, while this one is written (a first sync is
            // 250 pages of the catalogue); dropped unread if writing this one fails.
            let more = page.more && !page.items.is_empty();
            let next = (more && !stop()).then(|| {
                let (hub, collection, token) = (self.hub.clone(), collection.to_owned(), token.map(str::to_owned));
                let cursor = page.cursor;
                AbortOnDrop(tokio::spawn(async move {
                    hub.feed(&collection, cursor, SYNC_PAGE, false, token.as_deref()).await
                }))
            });
            self.store.apply_page(collection, &page.items, page.cursor)?;
            done += page.items.len() as u64;
            if let Some(p) = progress {
                p(SyncProgress {
                    collection: collection.to_owned(),
                    done,
                    total: total.max(done),
                });
            }
            match next {
                Some(mut next) => {
                    page = (&mut next.0)
                        .await
                        .map_err(|e| CoreError::Internal(format!("fetching the next page failed: {e}")))??
                }
                None => return Ok((done, !more)),
            }
        }
    }

    /// A sync for the platform's background work (WorkManager, BGTaskScheduler): sends waiting
    /// changes, then pulls the person's own collections, the rest, and the catalogue last, page by
    /// page, stopping once `budget` has passed or `cancel` is set (at the next page). What it
    /// pulled stays pulled: the next run resumes from there. It never runs beside another sync of
    /// this store (it answers "busy"). Returns the reminders to raise now.
    pub async fn background_sync(
        &self,
        budget: std::time::Duration,
        cancel: Option<SyncCancel>,
    ) -> CoreResult<BackgroundSyncReport> {
        let deadline = std::time::Instant::now() + budget;
        let cancelled = move || {
            cancel
                .as_ref()
                .is_some_and(|c| c.load(std::sync::atomic::Ordering::Relaxed))
        };
        let stop = move || cancelled() || std::time::Instant::now() >= deadline;
        let mut report = BackgroundSyncReport {
            stopped: "done".into(),
            changes_sent: 0,
            items_pulled: 0,
            reminders: Vec::new(),
        };
        let Ok(_turn) = self.syncing.try_lock() else {
            report.stopped = "busy".into();
            return Ok(report);
        };
        let result = self.background_inner(&stop, &mut report).await;
        self.note_reachability(&result);
        match result {
            Ok(true) => {
                self.store.set_meta("last_sync", &self.now().to_rfc3339())?;
                self.notify_because(&["status"], "sync");
            }
            Ok(false) => {
                report.stopped = if stop() && std::time::Instant::now() < deadline {
                    "cancelled"
                } else {
                    "budget"
                }
                .into()
            }
            Err(CoreError::Offline(_)) => report.stopped = "offline".into(),
            Err(CoreError::Unauthenticated(_)) => {
                self.store.sign_out(true)?;
                report.stopped = "signed_out".into();
            }
            Err(e) => return Err(e),
        }
        if self.account_id()?.is_some() {
            report.reminders = self.reminders_to_raise()?;
        }
        Ok(report)
    }

    /// Returns whether everything was sent and pulled.
    async fn background_inner(
        &self,
        stop: &(dyn Fn() -> bool + Send + Sync),
        report: &mut BackgroundSyncReport,
    ) -> CoreResult<bool> {
        self.send_pending_join().await?;
        self.flush_signouts().await?;
        report.changes_sent = self.flush(true).await?;
        let token = self.store.session()?.map(|(t, _)| t);
        if let Some(token) = &token {
            let account = self.hub.me(token).await?;
            self.store.update_account(&account)?;
        }
        let personal = collections::PERSONAL.iter();
        let rest = collections::ALL.iter().filter(|c| !collections::PERSONAL.contains(c));
        for &collection in personal.chain(rest) {
            if stop() {
                return Ok(false);
            }
            let (done, complete) = self.pull(collection, token.as_deref(), None, stop).await?;
            report.items_pulled += done;
            if done > 0 {
                self.notify_because(&[collection], "sync");
            }
            if !complete {
                return Ok(false);
            }
        }
        if let Some(token) = &token {
            // Best effort: the member's own sync has landed either way.
            if let Err(e) = self.refresh_member_loans(token).await {
                tracing::info!(error = %e, "the loans of members this carer acts for were not brought up to date");
            }
        }
        if let Err(e) = catalogue::tidy_index(&self.store) {
            tracing::warn!(error = %e, "the search index was not merged; the next sync will try again");
        }
        self.store
            .write(|tx| deliveries::drop_past_rounds(tx, self.now()).map(|_| ()))?;
        Ok(true)
    }

    /// The signed-in person's reminders that are due now, with whether each was raised or seen.
    pub fn reminders(&self) -> CoreResult<Vec<ReminderView>> {
        let me = self.store.session()?.ok_or(CoreError::NotSignedIn)?.1;
        let now = self.now();
        self.store.read(|c| reminders::due(c, &self.words(), &me, now))
    }

    /// The reminders due now that have not been raised: the app shows each as a notification,
    /// then calls [`Core::mark_reminders_raised`].
    pub fn reminders_to_raise(&self) -> CoreResult<Vec<ReminderView>> {
        Ok(self.reminders()?.into_iter().filter(|r| !r.raised).collect())
    }

    pub fn mark_reminders_raised(&self, ids: &[String]) -> CoreResult<()> {
        let now = self.now();
        self.store.write(|tx| reminders::mark(tx, ids, false, now))
    }

    /// The person opened the reminder (tapped the notification, or saw it on Home).
    pub fn mark_reminder_seen(&self, id: &str) -> CoreResult<()> {
        let now = self.now();
        self.store
            .write(|tx| reminders::mark(tx, &[id.to_owned()], true, now))?;
        self.notify(&["reminders"]);
        Ok(())
    }

    /// After a change the hub took, fetches the collections it touched that its answer does not
    /// carry, so the screen shows the result at once. Offline, the next sync does it.
    pub(crate) async fn refresh(&self, collections: &[&str]) {
        let token = match self.store.session() {
            Ok(Some((t, _))) => t,
            _ => return,
        };
        for c in collections {
            match self.pull(c, Some(&token), None, &|| false).await {
                Ok((n, _)) if n > 0 => self.notify_because(&[c], "outcome"),
                Ok(_) => {}
                Err(e) => {
                    tracing::info!(error = %e, collection = c, "not refreshed now; the next sync will");
                    return;
                }
            }
        }
    }

    /// The sync state for the status line.
    pub fn status(&self) -> CoreResult<SyncStatus> {
        self.status_at(self.now())
    }

    pub fn status_at(&self, now: DateTime<Utc>) -> CoreResult<SyncStatus> {
        let session = self.store.session()?;
        let last_sync = self.store.last_sync()?;
        let online = self.store.meta("online")?.map(|v| v == "yes");
        let account = session.as_ref().map(|(_, a)| a.id);
        let pending =
            self.store.pending_signouts()?.len() as u64 + self.store.read(|c| outbox::waiting_count(c, account))?;
        let held = self.store.read(outbox::held)?;
        let signed_out_for_hub = session.is_none() && self.store.meta("signed_out_for_hub")?.is_some();
        let w = self.words();
        let mut summary = status_summary(&w, last_sync, online, pending, now);
        if signed_out_for_hub {
            summary = w.t("status-signed-out-other-hub");
        }
        if let Some((hub, n)) = &held {
            summary = format!(
                "{summary} {}",
                w.a("status-held", &[("n", num(*n as i64)), ("hub", hub.clone().into())])
            );
        }
        Ok(SyncStatus {
            signed_in: session.is_some(),
            name: session.map(|(_, a)| a.name),
            hub_url: self.hub.base_url().to_string(),
            last_sync: last_sync.map(|d| d.timestamp()),
            online,
            pending_changes: pending,
            summary,
            held_changes: held.as_ref().map_or(0, |(_, n)| *n),
            held_for_hub: held.map(|(hub, _)| hub),
            signed_out_for_another_hub: signed_out_for_hub,
        })
    }

    /// The Libraries screen, from the device store.
    pub fn libraries(&self) -> CoreResult<Vec<LibraryView>> {
        self.libraries_at(self.now())
    }

    pub fn libraries_at(&self, now: DateTime<Utc>) -> CoreResult<Vec<LibraryView>> {
        Ok(self
            .store
            .libraries()?
            .iter()
            .map(|l| libraries::view(&self.words(), l, now))
            .collect())
    }
}

impl Core {
    /// Sends waiting changes, in order, in batches. Unless `force`, waits out the backoff of the
    /// first waiting change. Returns how many changes were settled.
    pub async fn flush(&self, force: bool) -> CoreResult<u64> {
        let _turn = self.flushing.lock().await;
        let Some((token, account)) = self.store.session()? else {
            return Ok(0);
        };
        let mut settled = 0;
        loop {
            let now = Utc::now();
            let batch = outbox::next_batch(&self.store, account.id, now, force)?;
            if batch.is_empty() {
                break;
            }
            let request = ChangeBatch {
                changes: batch.iter().map(|w| w.envelope.clone()).collect(),
            };
            let sent = self.hub.send_changes(&token, &request).await;
            self.note_reachability(&sent);
            match sent {
                Ok(results) => {
                    outbox::record_results(&self.store, &batch, &results, Utc::now())?;
                    settled += results.len() as u64;
                    self.notify_because(&["outbox", "bookings", "holds", "loans", "status"], "outcome");
                    if results.len() < batch.len() {
                        return Err(CoreError::Hub("the hub answered only part of the changes".into()));
                    }
                }
                Err(CoreError::InvalidInput { message, .. }) => {
                    // The hub will never take this request as it is: settle it, keep going.
                    outbox::record_rejection(&self.store, &batch, &message, Utc::now())?;
                    self.notify_because(&["outbox", "status"], "outcome");
                }
                Err(e @ CoreError::Unauthenticated(_)) | Err(e @ CoreError::NotAllowed(_)) => return Err(e),
                Err(e) => {
                    outbox::record_failure(&self.store, &batch, &e.to_string(), Utc::now())?;
                    self.notify_because(&["outbox", "status"], "outcome");
                    return Err(e);
                }
            }
        }
        Ok(settled)
    }

    /// Queues a change and tries to send it at once; offline, it waits in the outbox.
    async fn change(&self, account: i64, change: Change, summary: Msg) -> CoreResult<ChangeView> {
        // Kept as a message, worded when read; its English words beside it for an older reader.
        let english = i18n::words(Lang::En).msg(&summary);
        let key = outbox::enqueue(&self.store, account, &change, &english, Some(&summary), Utc::now())?;
        self.notify(&["outbox", "bookings", "status"]);
        match self.flush(true).await {
            Ok(_) => {}
            Err(CoreError::Offline(_)) => {}
            Err(e) => tracing::info!(error = %e, "the change waits in the outbox"),
        }
        let view = self
            .store
            .read(|c| outbox::change(c, &self.words(), &key))?
            .ok_or_else(|| CoreError::Internal("a queued change went missing".into()))?;
        if view.state == "done" {
            self.refresh(touched(&change)).await;
        }
        Ok(view)
    }

    fn signed_in(&self) -> CoreResult<i64> {
        self.account_id()?.ok_or(CoreError::NotSignedIn)
    }

    /// The signed-in person's token, for calls that need the hub.
    fn token(&self) -> CoreResult<String> {
        Ok(self.store.session()?.ok_or(CoreError::NotSignedIn)?.0)
    }

    /// Checks a booking or cancellation against what the device knows, before it is queued.
    fn known_event(&self, event_id: i64) -> CoreResult<cml_api::Event> {
        let w = self.words();
        let event = self
            .store
            .read(|c| events::load_event(c, event_id))?
            .ok_or_else(|| CoreError::NotFound(w.a("error-no-event-sync", &[("id", num(event_id))])))?;
        let title = || [("title", event.title.clone().into())];
        if event.cancelled {
            return Err(CoreError::conflict(
                "event_cancelled",
                w.a("error-event-cancelled", &title()),
            ));
        }
        if event.starts_at <= self.now() {
            return Err(CoreError::conflict(
                "event_started",
                w.a("error-event-started", &title()),
            ));
        }
        Ok(event)
    }

    /// Books places at an event (1, or 2 with a companion or carer). Works offline: the booking
    /// waits in the outbox and the hub decides (confirmed or waiting list) when it arrives.
    pub async fn book_event(&self, event_id: i64, places: i64) -> CoreResult<ChangeView> {
        let account = self.signed_in()?;
        let w = self.words();
        if !(1..=2).contains(&places) {
            return Err(CoreError::invalid("places", w.t("error-places")));
        }
        let event = self.known_event(event_id)?;
        if !event.booking_required {
            return Err(CoreError::conflict(
                "drop_in",
                w.a("error-drop-in", &[("title", event.title.clone().into())]),
            ));
        }
        let booked = self.store.read(|c| {
            let active = events::active_bookings(c)?
                .iter()
                .any(|b| b.event_id == event_id && matches!(b.status, cml_api::BookingStatus::Confirmed | cml_api::BookingStatus::Waitlisted));
            let waiting = events::waiting_changes(c, account)?;
            let last = waiting.iter().rev().find(|ch| matches!(ch, Change::BookEvent { event_id: e, .. } | Change::CancelBooking { event_id: e } if *e == event_id));
            Ok(match last {
                Some(Change::BookEvent { .. }) => true,
                Some(Change::CancelBooking { .. }) => false,
                _ => active,
            })
        })?;
        if booked {
            return Err(CoreError::conflict(
                "already_booked",
                w.a("error-already-booked", &[("title", event.title.clone().into())]),
            ));
        }
        let summary = Msg::new("summary-book")
            .arg("n", places)
            .arg("title", &event.title)
            .arg("when", events::span(&event));
        self.change(account, Change::BookEvent { event_id, places }, summary)
            .await
    }

    /// Cancels the member's booking of an event (offline too). The first on the waiting list
    /// gets the place.
    pub async fn cancel_booking(&self, event_id: i64) -> CoreResult<ChangeView> {
        let account = self.signed_in()?;
        let event = self
            .store
            .read(|c| events::load_event(c, event_id))?
            .ok_or_else(|| CoreError::NotFound(self.words().a("error-no-event", &[("id", num(event_id))])))?;
        let summary = Msg::new("summary-cancel-booking")
            .arg("title", &event.title)
            .arg("when", events::span(&event));
        self.change(account, Change::CancelBooking { event_id }, summary).await
    }

    /// The Events screen, from the device store.
    pub fn events(&self, filter: &EventFilter) -> CoreResult<Vec<EventView>> {
        let account = self.account_id()?;
        self.store
            .read(|c| events::list(c, &self.words(), account, filter, self.now()))
    }

    /// The member's bookings, from the device store, with those waiting to be sent.
    pub fn my_bookings(&self) -> CoreResult<Vec<BookingView>> {
        let account = self.signed_in()?;
        self.store.read(|c| events::my_bookings(c, &self.words(), account))
    }

    /// The person's changes and what became of them (waiting first).
    pub fn changes(&self, limit: u32) -> CoreResult<Vec<ChangeView>> {
        let account = self.signed_in()?;
        self.store.read(|c| outbox::changes(c, &self.words(), account, limit))
    }

    /// The Search screen: one page of results from the device's catalogue, offline.
    pub fn search(&self, query: &SearchQuery) -> CoreResult<SearchPage> {
        let mine = catalogue::my_libraries(&self.store)?;
        self.store.read(|c| catalogue::search(c, &self.words(), query, &mine))
    }

    /// The Title screen.
    pub fn record(&self, id: i64) -> CoreResult<RecordView> {
        let mine = catalogue::my_libraries(&self.store)?;
        self.store.read(|c| catalogue::record(c, &self.words(), id, &mine))
    }

    /// An iCalendar file for one event, with the member's booking of it if any.
    pub fn event_ics(&self, event_id: i64) -> CoreResult<String> {
        self.store.read(|c| {
            let event = events::load_event(c, event_id)?
                .ok_or_else(|| CoreError::NotFound(self.words().a("error-no-event", &[("id", num(event_id))])))?;
            let booking = events::active_bookings(c)?.into_iter().find(|b| b.event_id == event_id);
            let library = self.store_library(c, &event.library)?;
            Ok(ics::calendar(&[(event, library, booking)], Utc::now()))
        })
    }

    /// An iCalendar feed of all the member's bookings that still hold or wait for a place.
    pub fn bookings_ics(&self) -> CoreResult<String> {
        self.signed_in()?;
        self.store.read(|c| {
            let mut entries = Vec::new();
            for b in events::active_bookings(c)? {
                if !matches!(
                    b.status,
                    cml_api::BookingStatus::Confirmed | cml_api::BookingStatus::Waitlisted
                ) {
                    continue;
                }
                if let Some(event) = events::load_event(c, b.event_id)? {
                    let library = self.store_library(c, &event.library)?;
                    entries.push((event, library, Some(b)));
                }
            }
            Ok(ics::calendar(&entries, Utc::now()))
        })
    }

    fn store_library(&self, c: &rusqlite::Connection, code: &str) -> CoreResult<Option<cml_api::Library>> {
        use rusqlite::OptionalExtension;
        let body: Option<String> = c
            .query_row("SELECT body FROM libraries WHERE code = ?1", [code], |r| r.get(0))
            .optional()?;
        Ok(match body {
            Some(b) => Some(serde_json::from_str(&b)?),
            None => None,
        })
    }

    /// The libraries whose catalogue this device keeps (empty: every library).
    pub fn my_libraries(&self) -> CoreResult<Vec<String>> {
        catalogue::my_libraries(&self.store)
    }

    pub fn set_my_libraries(&self, codes: &[String]) -> CoreResult<()> {
        catalogue::set_my_libraries(&self.store, codes, self.language())?;
        self.notify_because(&["catalogue"], "settings");
        Ok(())
    }

    /// Outcomes the person has not been shown yet.
    pub fn unseen_outcomes(&self) -> CoreResult<Vec<ChangeView>> {
        let account = self.signed_in()?;
        self.store.read(|c| outbox::unseen_outcomes(c, &self.words(), account))
    }

    pub fn mark_outcomes_seen(&self) -> CoreResult<()> {
        let account = self.signed_in()?;
        outbox::mark_seen(&self.store, account)?;
        self.notify(&["outbox"]);
        Ok(())
    }

    /// Changes made for another hub than this device now uses, still waiting (see
    /// [`SyncStatus::held_changes`]). Needs no session: the person may not be signed in here.
    pub fn held_changes(&self) -> CoreResult<Vec<ChangeView>> {
        self.store.read(|c| outbox::held_changes(c, &self.words()))
    }

    /// Discards the held changes: they are never sent. Returns how many.
    pub fn discard_held_changes(&self) -> CoreResult<u64> {
        let n = outbox::discard_held(&self.store, Utc::now())?;
        self.notify(&["outbox", "status"]);
        Ok(n)
    }
}

/// The collections a change alters that its answer from the hub does not carry: pulled at once
/// when it lands, so the person sees the result without a sync.
fn touched(change: &Change) -> &'static [&'static str] {
    use cml_api::collections::*;
    match change {
        Change::RequestDelivery { .. } | Change::SetDeliveryState { .. } | Change::ReactToItem { .. } => {
            &[DELIVERIES, DELIVERY_QUEUE]
        }
        Change::GrantProxy { .. } | Change::RevokeProxy { .. } => &[PROXIES, DELIVERIES],
        Change::ChooseItems { .. } | Change::RecordVisit { .. } => &[ROUNDS],
        Change::CloseConcern { .. } => &[CONCERNS],
        Change::SignUpShift { .. } | Change::DropShift { .. } => &[SHIFTS],
        Change::CheckIn { .. } | Change::CheckOut { .. } | Change::FixCheckOut { .. } => &[SESSIONS],
        Change::SetAttendance { .. } | Change::SetWalkIns { .. } => &[ROSTERS],
        Change::DeleteReadingHistory | Change::SetReadingHistory { .. } => &[HISTORY],
        _ => &[],
    }
}

/// The screens that show a collection (or a store event such as "session"), for the data
/// listener. Home shows nearly everything the person has, so it is on every list.
pub fn screens_showing(what: &[&str]) -> Vec<ScreenTarget> {
    use cml_api::collections::*;
    let mut screens: Vec<&str> = vec!["home"];
    for w in what {
        let more: &[&str] = match *w {
            "session" => &[
                "account",
                "desk",
                "title",
                "events",
                "today",
                "rota",
                "round",
                "delivery",
                "acting_for",
                "settings",
            ],
            "everything" => &[
                "account",
                "title",
                "search",
                "events",
                "libraries",
                "today",
                "rota",
                "round",
                "choose",
                "delivery",
                "acting_for",
                "deliveries",
                "door_list",
                "rooms",
                "have_your_say",
                "reading_lists",
                "impact",
                "pending_members",
                "volunteers",
                "desk",
                "settings",
                "changes",
            ],
            "status" | "outbox" => &[
                "account",
                "desk",
                "title",
                "events",
                "today",
                "rota",
                "round",
                "delivery",
                "have_your_say",
                "changes",
            ],
            CATALOGUE => &["search", "title", "reading_lists"],
            LIBRARIES => &["libraries", "events", "title"],
            EVENTS | BOOKINGS => &["events", "libraries", "door_list", "rooms"],
            HOLDS | LOANS | HISTORY => &["account", "title"],
            "account" => &["account", "title", "desk"],
            SHIFTS | SESSIONS => &["today", "rota"],
            ROUNDS => &["round", "choose"],
            DELIVERIES | PROXIES => &["delivery", "acting_for", "deliveries"],
            CONCERNS | DELIVERY_QUEUE => &["deliveries"],
            VOLUNTEER_ROLES => &["deliveries", "volunteers"],
            ROSTERS => &["door_list"],
            ROOM_BOOKINGS => &["rooms"],
            CONSULTATIONS | ANSWERS => &["have_your_say"],
            READING_LISTS => &["reading_lists"],
            report::IMPACT => &["impact"],
            circulation::PENDING => &["pending_members"],
            programme::ROOMS => &["rooms"],
            "notices" => &[],
            _ => &["account", "events", "today", "delivery"],
        };
        screens.extend(more);
    }
    let mut seen = Vec::new();
    screens
        .into_iter()
        .filter(|s| {
            let new = !seen.contains(s);
            seen.push(s);
            new
        })
        .map(|s| ScreenTarget {
            screen: s.to_owned(),
            id: None,
        })
        .collect()
}

/// The status line in plain words, in the person's language.
pub fn status_summary(
    w: &Words<'_>,
    last_sync: Option<DateTime<Utc>>,
    online: Option<bool>,
    pending: u64,
    now: DateTime<Utc>,
) -> String {
    let n = num(pending as i64);
    match (online, pending, last_sync) {
        (Some(false), 0, Some(t)) => w.a("status-offline-last", &[("ago", w.ago(t, now).into())]),
        (Some(false), 0, None) => w.t("status-offline-never"),
        (Some(false), _, _) => w.a("status-offline-waiting", &[("n", n)]),
        (_, 0, Some(t)) => w.a("status-up-to-date", &[("ago", w.ago(t, now).into())]),
        (_, 0, None) => w.t("status-never"),
        (_, _, _) => w.a("status-waiting", &[("n", n)]),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn status_in_plain_words() {
        let w = i18n::words(Lang::En);
        let status_summary = |a, b, c, d| status_summary(&w, a, b, c, d);
        let now = Utc::now();
        let earlier = now - chrono::Duration::minutes(5);
        assert_eq!(
            status_summary(Some(earlier), Some(true), 0, now),
            "Up to date (checked 5 minutes ago)."
        );
        assert_eq!(
            status_summary(Some(earlier), Some(false), 2, now),
            "Offline: 2 changes will be sent when you are back online."
        );
        assert_eq!(status_summary(None, None, 0, now), "Not updated yet.");
        assert_eq!(
            status_summary(Some(earlier), Some(false), 0, now),
            "Offline. Last updated 5 minutes ago."
        );
    }

    #[test]
    fn status_in_polish_with_its_plural_forms() {
        let w = i18n::words(Lang::Pl);
        let now = Utc::now();
        let got: Vec<String> = [1, 2, 5, 12, 22, 25]
            .iter()
            .map(|n| status_summary(&w, Some(now), Some(true), *n, now))
            .collect();
        assert_eq!(
            got,
            [
                "1 zmiana czeka na wysłanie.",
                "2 zmiany czekają na wysłanie.",
                "5 zmian czeka na wysłanie.",
                "12 zmian czeka na wysłanie.",
                "22 zmiany czekają na wysłanie.",
                "25 zmian czeka na wysłanie."
            ]
        );
        let earlier = now - chrono::Duration::minutes(22);
        assert_eq!(
            status_summary(&w, Some(earlier), Some(true), 0, now),
            "Wszystko aktualne (sprawdzono 22 minuty temu)."
        );
        let ur = status_summary(&i18n::words(Lang::Ur), Some(earlier), Some(false), 0, now);
        assert!(ur.contains("22"), "{ur}");
        assert!(!ur.contains("Offline"), "{ur}");
    }
}
