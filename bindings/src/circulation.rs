//! The member's account: reservations, loans, renewals, card, reading history, joining, and the
//! desk's checkout and check-in. Wrappers only.

use cml_core::{CardView, ChangeView, HistoryView, HoldView, JoinForm, JoinReceipt, LoanView, PendingMemberView};

use crate::{CmlApp, CmlError};

#[uniffi::export]
impl CmlApp {
    /// The Reservations screen: those waiting to be sent, then ready, on their way, in the queue.
    pub fn holds(&self) -> Result<Vec<HoldView>, CmlError> {
        self.guard(|| self.core.holds())
    }

    /// The Loans screen, soonest due first.
    pub fn loans(&self) -> Result<Vec<LoanView>, CmlError> {
        self.guard(|| self.core.loans())
    }

    /// The reading history, latest first (empty unless the member keeps one).
    pub fn reading_history(&self) -> Result<Vec<HistoryView>, CmlError> {
        self.guard(|| self.core.reading_history())
    }

    /// The digital library card: number, name and barcode symbology to draw.
    pub fn card(&self) -> Result<CardView, CmlError> {
        self.guard(|| self.core.card())
    }

    /// Reserves a title (any copy) to collect at `pickup` (default: the member's usual library).
    /// Offline too.
    pub async fn reserve(&self, record_id: i64, pickup: Option<String>) -> Result<ChangeView, CmlError> {
        let core = self.core.clone();
        self.spawn(async move { core.reserve(record_id, pickup).await }).await
    }

    pub async fn cancel_hold(&self, hold_id: i64) -> Result<ChangeView, CmlError> {
        let core = self.core.clone();
        self.spawn(async move { core.cancel_hold(hold_id).await }).await
    }

    /// Pauses a reservation until `until` ("YYYY-MM-DD", after today); it keeps its place.
    pub async fn suspend_hold(&self, hold_id: i64, until: String) -> Result<ChangeView, CmlError> {
        let core = self.core.clone();
        self.spawn(async move { core.suspend_hold(hold_id, &until).await })
            .await
    }

    pub async fn resume_hold(&self, hold_id: i64) -> Result<ChangeView, CmlError> {
        let core = self.core.clone();
        self.spawn(async move { core.resume_hold(hold_id).await }).await
    }

    /// Collects one reservation (or, with no `hold_id`, all not yet ready) at another library.
    pub async fn change_pickup(&self, hold_id: Option<i64>, pickup: String) -> Result<ChangeView, CmlError> {
        let core = self.core.clone();
        self.spawn(async move { core.change_pickup(hold_id, &pickup).await })
            .await
    }

    /// Where reservations go unless the member chooses otherwise.
    pub async fn set_default_pickup(&self, library: String) -> Result<ChangeView, CmlError> {
        let core = self.core.clone();
        self.spawn(async move { core.set_default_pickup(&library).await }).await
    }

    /// Renews a loan (the hub may refuse, with its reason, when someone is waiting).
    pub async fn renew(&self, loan_id: i64) -> Result<ChangeView, CmlError> {
        let core = self.core.clone();
        self.spawn(async move { core.renew(loan_id).await }).await
    }

    /// Keeps (or stops keeping) a reading history of returned loans.
    pub async fn set_reading_history(&self, enabled: bool) -> Result<ChangeView, CmlError> {
        let core = self.core.clone();
        self.spawn(async move { core.set_reading_history(enabled).await }).await
    }

    /// Deletes the whole reading history.
    pub async fn delete_reading_history(&self) -> Result<ChangeView, CmlError> {
        let core = self.core.clone();
        self.spawn(async move { core.delete_reading_history().await }).await
    }

    /// Desk (volunteers): lends the copy with `barcode` to the member with `card`.
    pub async fn desk_checkout(&self, barcode: String, card: String) -> Result<ChangeView, CmlError> {
        let core = self.core.clone();
        self.spawn(async move { core.desk_checkout(&barcode, &card).await })
            .await
    }

    /// Desk (volunteers): takes a copy back at `library` (default: the volunteer's home library).
    pub async fn desk_checkin(&self, barcode: String, library: Option<String>) -> Result<ChangeView, CmlError> {
        let core = self.core.clone();
        self.spawn(async move { core.desk_checkin(&barcode, library).await })
            .await
    }

    /// Joins the library and returns the new provisional card. Needs the hub.
    pub async fn join(&self, form: JoinForm) -> Result<JoinReceipt, CmlError> {
        let core = self.core.clone();
        self.spawn(async move { core.join(&form).await }).await
    }

    /// Members whose card waits to be confirmed (coordinators). Needs the hub.
    pub async fn pending_members(&self) -> Result<Vec<PendingMemberView>, CmlError> {
        let core = self.core.clone();
        self.spawn(async move { core.pending_members().await }).await
    }

    /// Confirms a new member's card after seeing proof of address (coordinators). Needs the hub.
    pub async fn confirm_member(&self, card: String) -> Result<(), CmlError> {
        let core = self.core.clone();
        self.spawn(async move { core.confirm_member(&card).await }).await
    }
}
