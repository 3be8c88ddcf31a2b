//! The programme beyond booking: coordinators' events, series, door check-in, rooms, notices.
//! Wrappers only.

use cml_core::{ChangeView, EventForm, EventView, NoticeView, RoomBookingView, RoomView, RosterView};

use crate::{CmlApp, CmlError};

#[uniffi::export]
impl CmlApp {
    /// Adds an event, or a weekly series (coordinators; needs the hub). Returns every session.
    pub async fn create_event(&self, form: EventForm) -> Result<Vec<EventView>, CmlError> {
        let core = self.core.clone();
        self.spawn(async move { core.create_event(&form).await }).await
    }

    /// Changes an event (coordinators; needs the hub).
    pub async fn update_event(&self, event_id: i64, form: EventForm) -> Result<EventView, CmlError> {
        let core = self.core.clone();
        self.spawn(async move { core.update_event(event_id, &form).await })
            .await
    }

    /// Cancels an event with a reason that everyone booked is told (coordinators; needs the hub).
    pub async fn cancel_event(&self, event_id: i64, reason: String) -> Result<EventView, CmlError> {
        let core = self.core.clone();
        self.spawn(async move { core.cancel_event(event_id, &reason).await })
            .await
    }

    /// Books every session still to come of a series (offline too).
    pub async fn book_series(&self, series_id: i64, places: i64) -> Result<ChangeView, CmlError> {
        let core = self.core.clone();
        self.spawn(async move { core.book_series(series_id, places).await })
            .await
    }

    /// The events this volunteer hosts, with their door lists (offline).
    pub fn hosted_events(&self) -> Result<Vec<RosterView>, CmlError> {
        self.guard(|| self.core.hosted_events())
    }

    /// The Door check-in screen for one hosted event (offline).
    pub fn roster(&self, event_id: i64) -> Result<RosterView, CmlError> {
        self.guard(|| self.core.roster(event_id))
    }

    /// Marks a booking attended or not come (offline too).
    pub async fn mark_attendance(
        &self,
        event_id: i64,
        booking_id: i64,
        attended: bool,
    ) -> Result<ChangeView, CmlError> {
        let core = self.core.clone();
        self.spawn(async move { core.mark_attendance(event_id, booking_id, attended).await })
            .await
    }

    /// Records how many came without booking (offline too).
    pub async fn set_walk_ins(&self, event_id: i64, count: i64) -> Result<ChangeView, CmlError> {
        let core = self.core.clone();
        self.spawn(async move { core.set_walk_ins(event_id, count).await })
            .await
    }

    /// Rooms partner services can book and when each is taken (needs the hub).
    pub async fn rooms(&self, library: Option<String>) -> Result<Vec<RoomView>, CmlError> {
        let core = self.core.clone();
        self.spawn(async move { core.rooms(library).await }).await
    }

    /// Adds a room at a library (coordinators; needs the hub).
    pub async fn add_room(&self, library: String, name: String, capacity: i64) -> Result<RoomView, CmlError> {
        let core = self.core.clone();
        self.spawn(async move { core.add_room(&library, &name, capacity).await })
            .await
    }

    /// Books a room (partner services; offline too). Times are UK "YYYY-MM-DD HH:MM".
    pub async fn book_room(
        &self,
        room_id: i64,
        starts: String,
        ends: String,
        purpose: String,
    ) -> Result<ChangeView, CmlError> {
        let core = self.core.clone();
        self.spawn(async move { core.book_room(room_id, &starts, &ends, &purpose).await })
            .await
    }

    pub async fn cancel_room_booking(&self, booking_id: i64) -> Result<ChangeView, CmlError> {
        let core = self.core.clone();
        self.spawn(async move { core.cancel_room_booking(booking_id).await })
            .await
    }

    /// The partner's room bookings still to come (offline).
    pub fn room_bookings(&self) -> Result<Vec<RoomBookingView>, CmlError> {
        self.guard(|| self.core.room_bookings())
    }

    /// What happened to the person's bookings and reservations, newest first.
    pub fn notices(&self) -> Result<Vec<NoticeView>, CmlError> {
        self.guard(|| self.core.notices())
    }

    pub fn mark_notices_seen(&self) -> Result<(), CmlError> {
        self.guard(|| self.core.mark_notices_seen())
    }
}
