//! One call per screen: each returns the record its screen shows, read from the device store, so
//! every screen opens with the hub stopped.

use cml_core::acting::ActingForScreen;
use cml_core::circulation::{AccountScreen, DeskScreen, JoinScreen, PendingMembersScreen, TitleScreen};
use cml_core::deliveries::{ChooseScreen, DeliveriesScreen, HomeDeliveryScreen, RoundScreen};
use cml_core::events::EventsScreen;
use cml_core::libraries::LibrariesScreen;
use cml_core::programme::EventsAndRoomsScreen;
use cml_core::report::ImpactScreen;
use cml_core::volunteers::{RotaScreen, TodayScreen, VolunteersScreen};
use cml_core::{EventFilter, HomeScreen};

use crate::{CmlApp, CmlError};

#[uniffi::export]
impl CmlApp {
    /// Home: what matters next for each of the person's roles, the sync line, simple mode's
    /// actions.
    pub fn home_screen(&self) -> Result<HomeScreen, CmlError> {
        self.guard(|| self.core.home_screen())
    }

    /// Title: the record, its copies, and the person's relation to it (reserved, on loan, can
    /// reserve or why not), the pickup library preselected.
    pub fn title_screen(&self, record_id: i64) -> Result<TitleScreen, CmlError> {
        self.guard(|| self.core.title_screen(record_id))
    }

    /// My account: card, loans, reservations (each with its actions and why not), reading history.
    pub fn account_screen(&self) -> Result<AccountScreen, CmlError> {
        self.guard(|| self.core.account_screen())
    }

    /// Events: this week and next (or the filter's days), each with Book / waiting list / Cancel
    /// / Add to calendar, and the filters' categories and libraries.
    pub fn events_screen(&self, filter: EventFilter) -> Result<EventsScreen, CmlError> {
        self.guard(|| self.core.events_screen(&filter))
    }

    /// Libraries: hours, closures and this week's events at each library.
    pub fn libraries_screen(&self) -> Result<LibrariesScreen, CmlError> {
        self.guard(|| self.core.libraries_screen())
    }

    /// Today (volunteers): checked in or not (a check-in still on the phone counts), today's
    /// shifts, hours this month.
    pub fn today_screen(&self) -> Result<TodayScreen, CmlError> {
        self.guard(|| self.core.today_screen())
    }

    /// Rota (volunteers): my shifts with until when each can be dropped, and open shifts.
    pub fn rota_screen(&self, library: Option<String>) -> Result<RotaScreen, CmlError> {
        self.guard(|| self.core.rota_screen(library))
    }

    /// Acting for someone: oneself and each member one acts for, with their rights in words.
    pub fn acting_for_screen(&self) -> Result<ActingForScreen, CmlError> {
        self.guard(|| self.core.acting_for_screen())
    }

    /// Switches Home, My account, Title and the delivery calls to a member one acts for (their
    /// card), or back to oneself (None). Listeners hear "session".
    pub fn act_for(&self, card: Option<String>) -> Result<ActingForScreen, CmlError> {
        self.guard(|| self.core.act_for(card))
    }

    /// Round (deliverers): the day's visits in order (default today), the outcome buttons.
    pub fn round_screen(&self, date: Option<String>) -> Result<RoundScreen, CmlError> {
        self.guard(|| self.core.round_screen(date))
    }

    /// Choose (choosers): a reader's visit, preferences in sentences, borrowed-before warnings.
    pub fn choose_screen(&self, visit_id: i64) -> Result<ChooseScreen, CmlError> {
        self.guard(|| self.core.choose_screen(visit_id))
    }

    /// Home delivery (readers and carers): the delivery, its actions, the request form's choices.
    pub fn home_delivery_screen(&self) -> Result<HomeDeliveryScreen, CmlError> {
        self.guard(|| self.core.home_delivery_screen())
    }

    /// Deliveries (coordinators): requests, deliveries to plan, visits, welfare concerns and who
    /// can choose and deliver, offline; readers' addresses stay on the hub.
    pub fn deliveries_screen(&self) -> Result<DeliveriesScreen, CmlError> {
        self.guard(|| self.core.deliveries_screen())
    }

    /// Join: the libraries to choose from, a form waiting to be sent, or the new provisional card.
    pub fn join_screen(&self) -> Result<JoinScreen, CmlError> {
        self.guard(|| self.core.join_screen())
    }

    /// Impact (coordinators): a library's (or "all") figures for this month, last month or this
    /// year (from 1 April), kept at each sync so it opens offline.
    pub fn impact_screen(&self, library: Option<String>, period: Option<String>) -> Result<ImpactScreen, CmlError> {
        self.guard(|| self.core.impact_screen(library, period))
    }

    /// Desk (branch volunteers, coordinators): where they work the desk, Lend and Take back with
    /// why not, and the latest lending and returns with where each returned copy goes.
    pub fn desk_screen(&self) -> Result<DeskScreen, CmlError> {
        self.guard(|| self.core.desk_screen())
    }

    /// Events and rooms (coordinators): the programme with Change and Cancel (online), every
    /// room and when it is taken, and every room booking with its Cancel (offline too).
    pub fn events_and_rooms_screen(&self, filter: EventFilter) -> Result<EventsAndRoomsScreen, CmlError> {
        self.guard(|| self.core.events_and_rooms_screen(&filter))
    }

    /// Volunteers (coordinators): who holds each volunteer role at each library, offline.
    pub fn volunteers_screen(&self) -> Result<VolunteersScreen, CmlError> {
        self.guard(|| self.core.volunteers_screen())
    }

    /// Pending members (coordinators): who joined in the app and waits for their card, kept at
    /// each sync without addresses; confirming needs the hub.
    pub fn pending_members_screen(&self) -> Result<PendingMembersScreen, CmlError> {
        self.guard(|| self.core.pending_members_screen())
    }

    /// The Impact screen's figures as CSV in the person's language, for the share sheet (offline).
    pub fn impact_csv(&self, library: Option<String>, period: Option<String>) -> Result<String, CmlError> {
        self.guard(|| self.core.impact_csv(library, period))
    }
}
