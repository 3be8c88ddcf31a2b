//! The home reading service, carers and volunteer roles. Wrappers only.

use cml_core::{
    AuditView, ChangeView, ConcernView, DeliveryForm, DeliveryView, LoanView, ProxyView, RoundStopView,
    VolunteerRoleView,
};

use crate::{CmlApp, CmlError};

#[uniffi::export]
impl CmlApp {
    /// Asks for home deliveries, for oneself or (with `reader_card`) for the member one cares for.
    /// Offline too.
    pub async fn request_delivery(&self, form: DeliveryForm) -> Result<ChangeView, CmlError> {
        let core = self.core.clone();
        self.spawn(async move { core.request_delivery(&form).await }).await
    }

    /// Your delivery and those you manage for others, with the next visit (offline).
    pub fn deliveries(&self) -> Result<Vec<DeliveryView>, CmlError> {
        self.guard(|| self.core.deliveries())
    }

    /// "pause", "resume" or "end" a delivery (offline too).
    pub async fn set_delivery_state(&self, delivery_id: i64, action: String) -> Result<ChangeView, CmlError> {
        let core = self.core.clone();
        self.spawn(async move { core.set_delivery_state(delivery_id, &action).await })
            .await
    }

    /// Lets another member act for you: rights from "deliveries", "reserve", "loans".
    pub async fn grant_proxy(&self, carer_card: String, rights: Vec<String>) -> Result<ChangeView, CmlError> {
        let core = self.core.clone();
        self.spawn(async move { core.grant_proxy(&carer_card, rights).await })
            .await
    }

    pub async fn revoke_proxy(&self, carer_card: String) -> Result<ChangeView, CmlError> {
        let core = self.core.clone();
        self.spawn(async move { core.revoke_proxy(&carer_card).await }).await
    }

    /// Who acts for you and for whom you act (offline).
    pub fn proxies(&self) -> Result<Vec<ProxyView>, CmlError> {
        self.guard(|| self.core.proxies())
    }

    /// Reserves for a member you act for (with the "reserve" right; offline too).
    pub async fn reserve_for(
        &self,
        member_card: String,
        record_id: i64,
        pickup: String,
    ) -> Result<ChangeView, CmlError> {
        let core = self.core.clone();
        self.spawn(async move { core.reserve_for(&member_card, record_id, &pickup).await })
            .await
    }

    /// The loans of a member you act for (with the "loans" right; needs the hub).
    pub async fn loans_of_member(&self, member_card: String) -> Result<Vec<LoanView>, CmlError> {
        let core = self.core.clone();
        self.spawn(async move { core.loans_of_member(&member_card).await })
            .await
    }

    /// The volunteer's round for a day ("YYYY-MM-DD"; default today), offline.
    pub fn round(&self, date: Option<String>) -> Result<Vec<RoundStopView>, CmlError> {
        self.guard(|| self.core.round(date))
    }

    /// The reader, or their carer, says what they thought of a title a visit delivered:
    /// "more_like_this" or "not_for_me" (offline too). The choosers see it.
    pub async fn react_to_item(
        &self,
        visit_id: i64,
        barcode: String,
        reaction: String,
    ) -> Result<ChangeView, CmlError> {
        let core = self.core.clone();
        self.spawn(async move { core.react_to_item(visit_id, &barcode, &reaction).await })
            .await
    }

    /// The chooser fills the bag for a visit (offline too).
    pub async fn choose_items(&self, visit_id: i64, barcodes: Vec<String>) -> Result<ChangeView, CmlError> {
        let core = self.core.clone();
        self.spawn(async move { core.choose_items(visit_id, barcodes).await })
            .await
    }

    /// The deliverer records a visit at the door (offline too).
    pub async fn record_visit(
        &self,
        visit_id: i64,
        outcome: String,
        note: Option<String>,
        handed: Vec<String>,
        collected: Vec<String>,
    ) -> Result<ChangeView, CmlError> {
        let core = self.core.clone();
        self.spawn(async move { core.record_visit(visit_id, &outcome, note, handed, collected).await })
            .await
    }

    /// Welfare concerns raised at the door (coordinators).
    pub fn concerns(&self) -> Result<Vec<ConcernView>, CmlError> {
        self.guard(|| self.core.concerns())
    }

    /// Closes a welfare concern with a note of what was done (coordinators; offline too).
    pub async fn close_concern(&self, visit_id: i64, note: String) -> Result<ChangeView, CmlError> {
        let core = self.core.clone();
        self.spawn(async move { core.close_concern(visit_id, &note).await })
            .await
    }

    /// Every delivery with preferences and past visits (coordinators; needs the hub).
    pub async fn all_deliveries(&self) -> Result<Vec<DeliveryView>, CmlError> {
        let core = self.core.clone();
        self.spawn(async move { core.all_deliveries().await }).await
    }

    pub async fn accept_delivery(&self, delivery_id: i64) -> Result<DeliveryView, CmlError> {
        let core = self.core.clone();
        self.spawn(async move { core.accept_delivery(delivery_id).await }).await
    }

    pub async fn decline_delivery(&self, delivery_id: i64, reason: String) -> Result<DeliveryView, CmlError> {
        let core = self.core.clone();
        self.spawn(async move { core.decline_delivery(delivery_id, &reason).await })
            .await
    }

    /// Schedules a visit (and `repeat` more at the delivery's frequency) (coordinators).
    pub async fn schedule_visits(
        &self,
        delivery_id: i64,
        date: String,
        time_of_day: String,
        chooser_card: String,
        deliverer_card: String,
        repeat: u32,
    ) -> Result<DeliveryView, CmlError> {
        let core = self.core.clone();
        self.spawn(async move {
            core.schedule_visits(delivery_id, &date, &time_of_day, &chooser_card, &deliverer_card, repeat)
                .await
        })
        .await
    }

    /// Who read readers' details (coordinators; needs the hub).
    pub async fn audit_log(&self, reader_card: Option<String>) -> Result<Vec<AuditView>, CmlError> {
        let core = self.core.clone();
        self.spawn(async move { core.audit_log(reader_card).await }).await
    }

    pub async fn volunteer_roles(&self, card: String) -> Result<Vec<VolunteerRoleView>, CmlError> {
        let core = self.core.clone();
        self.spawn(async move { core.volunteer_roles(&card).await }).await
    }

    /// Grants a volunteer role ("chooser", "deliverer", …) at a library (coordinators).
    pub async fn grant_volunteer_role(
        &self,
        card: String,
        library: String,
        role: String,
    ) -> Result<Vec<VolunteerRoleView>, CmlError> {
        let core = self.core.clone();
        self.spawn(async move { core.grant_volunteer_role(&card, &library, &role).await })
            .await
    }

    pub async fn remove_volunteer_role(
        &self,
        card: String,
        library: String,
        role: String,
    ) -> Result<Vec<VolunteerRoleView>, CmlError> {
        let core = self.core.clone();
        self.spawn(async move { core.remove_volunteer_role(&card, &library, &role).await })
            .await
    }
}
