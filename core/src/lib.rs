//! The Community Library core: every business rule of the apps. The device store is the offline
//! cache every screen reads from; the hub client only refreshes it.
//!
//! The bindings crate (`cml-ffi`) wraps [`Core`] for Kotlin, Swift and Python; the `cml` command
//! uses those same wrappers.

pub mod error;
pub mod hub;
pub mod libraries;
pub mod store;
pub mod views;

use std::path::PathBuf;

use chrono::{DateTime, Utc};
use cml_api::{collections, LoginRequest};

pub use error::{CoreError, CoreResult};
use hub::HubClient;
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
}

/// The page size of a sync.
pub const SYNC_PAGE: i64 = 1000;

pub struct Core {
    store: Store,
    hub: HubClient,
    config: Config,
}

impl Core {
    /// Opens the device store (migrating it) and sets up the hub client. Nothing touches the
    /// network here.
    pub fn open(config: Config) -> CoreResult<Core> {
        let hub = HubClient::new(
            &config.hub_url,
            config.hub_certificate_pem.as_deref().map(str::as_bytes),
        )?;
        let store = Store::open(&PathBuf::from(&config.data_dir))?;
        let hub_url = hub.base_url().to_string();
        match store.meta("hub_url")? {
            Some(previous) if previous != hub_url => {
                tracing::info!(%previous, now = %hub_url, "another hub: starting the cache afresh");
                store.reset_cache()?;
                store.set_meta("hub_url", &hub_url)?;
            }
            Some(_) => {}
            None => store.set_meta("hub_url", &hub_url)?,
        }
        Ok(Core { store, hub, config })
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
        let _ = self
            .store
            .set_meta("online", if online { "yes" } else { "no" });
    }

    /// Signs in with a card number and PIN, replacing any earlier session on this device.
    pub async fn login(&self, card: &str, pin: &str) -> CoreResult<AccountView> {
        let card = cml_api::normalise_card(card).ok_or_else(|| {
            CoreError::invalid("card", "A library card number is 6 to 16 digits.")
        })?;
        if !cml_api::valid_pin(pin) {
            return Err(CoreError::invalid("pin", "A PIN is 4 to 8 digits."));
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
        self.store.sign_out(revoked)
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
    pub async fn sync(
        &self,
        progress: Option<&(dyn Fn(SyncProgress) + Send + Sync)>,
    ) -> CoreResult<SyncReport> {
        let result = self.sync_inner(progress).await;
        self.note_reachability(&result);
        if let Err(CoreError::Unauthenticated(_)) = &result {
            // The hub no longer knows this session (revoked elsewhere): sign out here too.
            self.store.sign_out(true)?;
            return Err(CoreError::Unauthenticated(
                "You have been signed out. Please sign in again.".into(),
            ));
        }
        result
    }

    async fn sync_inner(
        &self,
        progress: Option<&(dyn Fn(SyncProgress) + Send + Sync)>,
    ) -> CoreResult<SyncReport> {
        self.flush_signouts().await?;
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
            let mut after = self.store.cursor(collection)?;
            let mut done = 0u64;
            loop {
                let page = self
                    .hub
                    .feed(collection, after, SYNC_PAGE, token.as_deref())
                    .await?;
                self.store
                    .apply_page(collection, &page.items, page.cursor)?;
                done += page.items.len() as u64;
                after = page.cursor;
                if let Some(p) = progress {
                    p(SyncProgress {
                        collection: collection.to_owned(),
                        done,
                        total: done + (page.total as u64).saturating_sub(page.items.len() as u64),
                    });
                }
                if !page.more || page.items.is_empty() {
                    break;
                }
            }
            report.changes += done;
            report.collections.push(CollectionReport {
                collection: collection.to_owned(),
                changes: done,
            });
        }
        let now = Utc::now();
        self.store.set_meta("last_sync", &now.to_rfc3339())?;
        report.finished_at = now.timestamp();
        Ok(report)
    }

    /// The sync state for the status line.
    pub fn status(&self) -> CoreResult<SyncStatus> {
        self.status_at(Utc::now())
    }

    pub fn status_at(&self, now: DateTime<Utc>) -> CoreResult<SyncStatus> {
        let session = self.store.session()?;
        let last_sync = self.store.last_sync()?;
        let online = self.store.meta("online")?.map(|v| v == "yes");
        let pending = self.store.pending_signouts()?.len() as u64;
        let summary = status_summary(last_sync, online, pending, now);
        Ok(SyncStatus {
            signed_in: session.is_some(),
            name: session.map(|(_, a)| a.name),
            hub_url: self.hub.base_url().to_string(),
            last_sync: last_sync.map(|d| d.timestamp()),
            online,
            pending_changes: pending,
            summary,
        })
    }

    /// The Libraries screen, from the device store.
    pub fn libraries(&self) -> CoreResult<Vec<LibraryView>> {
        self.libraries_at(Utc::now())
    }

    pub fn libraries_at(&self, now: DateTime<Utc>) -> CoreResult<Vec<LibraryView>> {
        Ok(self
            .store
            .libraries()?
            .iter()
            .map(|l| libraries::view(l, now))
            .collect())
    }
}

fn ago(then: DateTime<Utc>, now: DateTime<Utc>) -> String {
    let minutes = (now - then).num_minutes().max(0);
    match minutes {
        0 => "just now".into(),
        1 => "1 minute ago".into(),
        m if m < 60 => format!("{m} minutes ago"),
        m if m < 120 => "1 hour ago".into(),
        m if m < 48 * 60 => format!("{} hours ago", m / 60),
        m => format!("{} days ago", m / (24 * 60)),
    }
}

fn changes(n: u64) -> String {
    if n == 1 {
        "1 change".into()
    } else {
        format!("{n} changes")
    }
}

/// The status line in plain words.
pub fn status_summary(
    last_sync: Option<DateTime<Utc>>,
    online: Option<bool>,
    pending: u64,
    now: DateTime<Utc>,
) -> String {
    match (online, pending, last_sync) {
        (Some(false), 0, Some(t)) => format!("Offline. Last updated {}.", ago(t, now)),
        (Some(false), 0, None) => "Offline. Not updated yet.".into(),
        (Some(false), n, _) => format!(
            "Offline: {} will be sent when you are back online.",
            changes(n)
        ),
        (_, 0, Some(t)) => format!("Up to date (checked {}).", ago(t, now)),
        (_, 0, None) => "Not updated yet.".into(),
        (_, n, _) => format!("{} waiting to be sent.", changes(n)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn status_in_plain_words() {
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
}
