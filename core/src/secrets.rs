//! Where the session token lives: a secret store the app provides (Android's Keystore, iOS's
//! Keychain), never the SQLite file. The command line and the tests use [`FileSecrets`], a file of
//! its own beside the store, readable by its owner only.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use crate::error::{CoreError, CoreResult};

/// The session token's key.
pub const SESSION_TOKEN: &str = "session_token";
/// Tokens of sign-outs the hub has not heard of yet (JSON: a list of `{token, hub_url}`).
pub const PENDING_SIGNOUTS: &str = "pending_signouts";

/// A Join form waiting to be sent (JSON: the request, with the PIN the person chose).
pub const PENDING_JOIN: &str = "pending_join";

/// A small store of secrets by key.
pub trait Secrets: Send + Sync {
    fn get(&self, key: &str) -> CoreResult<Option<String>>;
    fn set(&self, key: &str, value: &str) -> CoreResult<()>;
    fn delete(&self, key: &str) -> CoreResult<()>;
}

/// Secrets in a JSON file (`secrets.json` in the device's data folder), mode 0600, replaced
/// whole on each write (written beside, synced, then renamed over the old one).
pub struct FileSecrets {
    path: PathBuf,
    lock: Mutex<()>,
}

impl FileSecrets {
    pub fn new(dir: &Path) -> FileSecrets {
        FileSecrets {
            path: dir.join("secrets.json"),
            lock: Mutex::new(()),
        }
    }

    fn fail(&self, e: impl std::fmt::Display) -> CoreError {
        CoreError::StoreUnavailable {
            path: self.path.display().to_string(),
            detail: e.to_string(),
        }
    }

    fn load(&self) -> CoreResult<BTreeMap<String, String>> {
        match std::fs::read(&self.path) {
            Ok(bytes) => serde_json::from_slice(&bytes).map_err(|e| self.fail(e)),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(BTreeMap::new()),
            Err(e) => Err(self.fail(e)),
        }
    }

    fn save(&self, all: &BTreeMap<String, String>) -> CoreResult<()> {
        use std::io::Write;
        let tmp = self.path.with_extension("json.new");
        let mut options = std::fs::OpenOptions::new();
        options.write(true).create(true).truncate(true);
        #[cfg(unix)]
        {
            use std::os::unix::fs::OpenOptionsExt;
            options.mode(0o600);
        }
        let mut file = options.open(&tmp).map_err(|e| self.fail(e))?;
        file.write_all(&serde_json::to_vec(all)?).map_err(|e| self.fail(e))?;
        file.sync_all().map_err(|e| self.fail(e))?;
        std::fs::rename(&tmp, &self.path).map_err(|e| self.fail(e))
    }

    fn update(&self, f: impl FnOnce(&mut BTreeMap<String, String>)) -> CoreResult<()> {
        let _turn = self.lock.lock().unwrap_or_else(|e| e.into_inner());
        let mut all = self.load()?;
        f(&mut all);
        self.save(&all)
    }
}

impl Secrets for FileSecrets {
    fn get(&self, key: &str) -> CoreResult<Option<String>> {
        let _turn = self.lock.lock().unwrap_or_else(|e| e.into_inner());
        Ok(self.load()?.remove(key))
    }

    fn set(&self, key: &str, value: &str) -> CoreResult<()> {
        self.update(|all| {
            all.insert(key.to_owned(), value.to_owned());
        })
    }

    fn delete(&self, key: &str) -> CoreResult<()> {
        self.update(|all| {
            all.remove(key);
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_secrets_keep_values_privately_and_forget_them() {
        let dir = tempfile::tempdir().unwrap();
        let s = FileSecrets::new(dir.path());
        assert_eq!(s.get("a").unwrap(), None);
        s.set("a", "one").unwrap();
        s.set("b", "two").unwrap();
        assert_eq!(FileSecrets::new(dir.path()).get("a").unwrap().as_deref(), Some("one"));
        s.delete("a").unwrap();
        assert_eq!(s.get("a").unwrap(), None);
        assert_eq!(s.get("b").unwrap().as_deref(), Some("two"));
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(dir.path().join("secrets.json"))
                .unwrap()
                .permissions()
                .mode();
            assert_eq!(mode & 0o777, 0o600);
        }
    }
}
