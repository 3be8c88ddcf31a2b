//! Volunteers' rota, check-ins and hours; coordinators' hours and impact reports. Wrappers only.

use cml_core::{ChangeView, HoursLineView, ImpactView, MonthHours, SessionView, ShiftView};

use crate::{CmlApp, CmlError};

#[uniffi::export]
impl CmlApp {
    /// The rota: shifts still to come (at one library, if given), offline.
    pub fn shifts(&self, library: Option<String>) -> Result<Vec<ShiftView>, CmlError> {
        self.guard(|| self.core.shifts(library))
    }

    /// Signs up for a shift (offline too).
    pub async fn sign_up_shift(&self, shift_id: i64) -> Result<ChangeView, CmlError> {
        let core = self.core.clone();
        self.spawn(async move { core.sign_up_shift(shift_id).await }).await
    }

    /// Drops a shift, at least a day ahead (offline too).
    pub async fn drop_shift(&self, shift_id: i64) -> Result<ChangeView, CmlError> {
        let core = self.core.clone();
        self.spawn(async move { core.drop_shift(shift_id).await }).await
    }

    /// Checks in (now, or at `at`: RFC 3339 with offset), offline too.
    pub async fn check_in(
        &self,
        library: Option<String>,
        shift_id: Option<i64>,
        at: Option<String>,
    ) -> Result<ChangeView, CmlError> {
        let core = self.core.clone();
        self.spawn(async move { core.check_in(library, shift_id, at).await })
            .await
    }

    /// Checks out (now, or at `at`), offline too.
    pub async fn check_out(&self, at: Option<String>) -> Result<ChangeView, CmlError> {
        let core = self.core.clone();
        self.spawn(async move { core.check_out(at).await }).await
    }

    /// Fixes a forgotten check-out, with a reason the coordinator sees.
    pub async fn fix_check_out(&self, session: String, at: String, reason: String) -> Result<ChangeView, CmlError> {
        let core = self.core.clone();
        self.spawn(async move { core.fix_check_out(&session, &at, &reason).await })
            .await
    }

    /// The volunteer's check-ins, latest first (offline).
    pub fn my_sessions(&self) -> Result<Vec<SessionView>, CmlError> {
        self.guard(|| self.core.my_sessions())
    }

    /// The volunteer's hours by month (offline).
    pub fn my_hours(&self) -> Result<Vec<MonthHours>, CmlError> {
        self.guard(|| self.core.my_hours())
    }

    /// Puts shifts on a rota (coordinators; needs the hub). Times are UK "YYYY-MM-DD HH:MM".
    #[allow(clippy::too_many_arguments)]
    pub async fn create_shift(
        &self,
        library: String,
        kind: String,
        title: String,
        starts: String,
        ends: String,
        places: i64,
        repeat_weekly: u32,
    ) -> Result<Vec<ShiftView>, CmlError> {
        let core = self.core.clone();
        self.spawn(async move {
            core.create_shift(&library, &kind, &title, &starts, &ends, places, repeat_weekly)
                .await
        })
        .await
    }

    /// Hours per library and volunteer for a period (coordinators; needs the hub).
    pub async fn hours_report(
        &self,
        library: Option<String>,
        from: String,
        to: String,
    ) -> Result<Vec<HoursLineView>, CmlError> {
        let core = self.core.clone();
        self.spawn(async move { core.hours_report(library, &from, &to).await })
            .await
    }

    /// A library's (or every library's) impact for a period (coordinators; needs the hub).
    pub async fn impact_report(
        &self,
        library: Option<String>,
        from: String,
        to: String,
    ) -> Result<ImpactView, CmlError> {
        let core = self.core.clone();
        self.spawn(async move { core.impact_report(library, &from, &to).await })
            .await
    }
}
