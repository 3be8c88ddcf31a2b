//! Volunteers: shifts, check-ins, hours, roles, and the impact report.

use super::*;

/// A volunteer shift on a library's rota.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct Shift {
    pub id: i64,
    pub library: String,
    /// "opening_up", "desk", "coffee_morning", "delivery_round", "other".
    pub kind: String,
    pub title: String,
    pub starts_at: DateTime<Utc>,
    pub ends_at: DateTime<Utc>,
    /// How many volunteers it needs (1 for a one-person shift).
    pub places: i64,
    /// Who has signed up, by account id and name.
    pub volunteer_ids: Vec<i64>,
    pub volunteers: Vec<String>,
}

/// `POST /v1/shifts` (coordinators).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct ShiftDraft {
    pub library: String,
    pub kind: String,
    #[serde(default)]
    pub title: String,
    pub starts_at: DateTime<Utc>,
    pub ends_at: DateTime<Utc>,
    pub places: i64,
    /// This many more, a week apart.
    #[serde(default)]
    pub repeat_weekly: u32,
}

/// A volunteer's time at a library, from check-in to check-out, as tapped on the phone.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct VolunteerSession {
    pub id: i64,
    /// The key the phone made when checking in.
    pub session: String,
    pub library: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub shift_id: Option<i64>,
    /// The phone's time, with its offset from UTC.
    pub check_in: DateTime<FixedOffset>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub check_out: Option<DateTime<FixedOffset>>,
    /// Hours counted (none while open or flagged).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hours: Option<f64>,
    /// "check_out_before_check_in", "over_12_hours": kept, not counted, for a coordinator to see.
    #[serde(default)]
    pub flags: Vec<String>,
    /// Why the volunteer fixed the check-out afterwards.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fixed_reason: Option<String>,
}

/// Hours per volunteer (and per library) for coordinators (`GET /v1/hours`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct HoursLine {
    pub library: String,
    pub volunteer_card: String,
    pub volunteer_name: String,
    pub hours: f64,
    pub sessions: i64,
    /// Sessions flagged for a coordinator to look at.
    pub flagged: i64,
}

/// Attendance at one category of event.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct CategoryAttendance {
    pub category: String,
    pub events: i64,
    pub booked_places: i64,
    pub attended: i64,
    pub no_shows: i64,
    pub walk_ins: i64,
}

/// A library's (or every library's) impact for a period, every figure from recorded data.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct ImpactReport {
    /// A library code, or "all".
    pub library: String,
    pub from: NaiveDate,
    pub to: NaiveDate,
    pub generated_at: DateTime<Utc>,
    pub members_total: i64,
    pub members_new: i64,
    pub loans: i64,
    pub reservations: i64,
    pub events_held: i64,
    pub attendance: Vec<CategoryAttendance>,
    pub volunteer_hours: f64,
    pub active_volunteers: i64,
    pub delivery_visits: i64,
    pub readers_served: i64,
    pub room_bookings: i64,
    pub room_hours: f64,
    /// Consultations ("Have your say") running at some point of the period.
    #[serde(default)]
    pub consultations: i64,
    /// Answers given to them in the period.
    #[serde(default)]
    pub consultation_responses: i64,
}

/// The impact reports a coordinator's phone keeps to open offline
/// (`GET /v1/reports/impact/periods`): this month so far, last month and the council's year so
/// far (from 1 April), each for every library and for all of them.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct ImpactPeriods {
    pub generated_at: DateTime<Utc>,
    pub periods: Vec<ImpactPeriod>,
}

/// One standard period's reports: "all" first, then each library by code.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct ImpactPeriod {
    /// "this_month", "last_month" or "year" (from 1 April).
    pub period: String,
    pub from: NaiveDate,
    pub to: NaiveDate,
    pub reports: Vec<ImpactReport>,
}

/// The standard periods' codes, in the order they are shown.
pub const IMPACT_PERIODS: [&str; 3] = ["this_month", "last_month", "year"];

/// A volunteer role at a library (`POST /v1/volunteers/{card}/roles`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct VolunteerRole {
    pub library: String,
    /// "branch_volunteer", "event_host", "chooser", "deliverer", "steering_group".
    pub role: String,
}

fn csv_field(text: &str) -> String {
    if text.contains([',', '"', '\n']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text.to_owned()
    }
}

/// The impact report as CSV, as the hub sends it and a coordinator's phone shares it: a header,
/// then one row per figure (`figure,category,value,label`), numbers as numbers, each label in
/// `w`'s language.
pub fn impact_csv(w: &crate::i18n::Words<'_>, r: &ImpactReport) -> String {
    let mut out = format!("{}\n", w.t("report-csv-header"));
    let mut row = |figure: &str, category: &str, value: String| {
        let label = csv_field(&w.t(&format!("report-{figure}")));
        out.push_str(&format!(
            "{figure},{},{},{label}\n",
            csv_field(category),
            csv_field(&value)
        ));
    };
    row("library", "", r.library.clone());
    row("period_from", "", r.from.to_string());
    row("period_to", "", r.to.to_string());
    row("generated_at", "", r.generated_at.to_rfc3339());
    row("members_total", "", r.members_total.to_string());
    row("members_new", "", r.members_new.to_string());
    row("loans", "", r.loans.to_string());
    row("reservations", "", r.reservations.to_string());
    row("events_held", "", r.events_held.to_string());
    for a in &r.attendance {
        row("events", &a.category, a.events.to_string());
        row("booked_places", &a.category, a.booked_places.to_string());
        row("attended", &a.category, a.attended.to_string());
        row("no_shows", &a.category, a.no_shows.to_string());
        row("walk_ins", &a.category, a.walk_ins.to_string());
    }
    row("volunteer_hours", "", format!("{:.2}", r.volunteer_hours));
    row("active_volunteers", "", r.active_volunteers.to_string());
    row("delivery_visits", "", r.delivery_visits.to_string());
    row("readers_served", "", r.readers_served.to_string());
    row("room_bookings", "", r.room_bookings.to_string());
    row("room_hours", "", format!("{:.2}", r.room_hours));
    row("consultations", "", r.consultations.to_string());
    row("consultation_responses", "", r.consultation_responses.to_string());
    out
}
