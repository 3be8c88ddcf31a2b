//! Each library's impact report (coordinators), as the hub's `report.rs` counts it: the standard
//! periods (this month so far, last month, the council's year from 1 April) are kept on the phone
//! at each sync, so the Impact screen and its CSV (`cml_api::impact_csv`, the hub's own) open
//! offline; any other period is asked of the hub.

use cml_api::{ImpactPeriods, ImpactReport, Role, IMPACT_PERIODS};

use crate::circulation::{load, save};
use crate::error::{CoreError, CoreResult};
use crate::events::{library_names, name_of};
use crate::i18n::{Msg, Words};
use crate::views::{CategoryView, CodeText, DataAge, ImpactView};
use crate::Core;

/// Where the standard periods' reports are kept on the phone (one entry, id 0; removed at
/// sign-out with the rest of the person's data).
pub const IMPACT: &str = "impact_periods";

pub(crate) fn impact_view(r: ImpactReport) -> ImpactView {
    ImpactView {
        library: r.library,
        from: r.from.to_string(),
        to: r.to.to_string(),
        generated_at: r.generated_at.timestamp(),
        members_total: r.members_total,
        members_new: r.members_new,
        loans: r.loans,
        reservations: r.reservations,
        events_held: r.events_held,
        attendance: r
            .attendance
            .into_iter()
            .map(|a| CategoryView {
                category: a.category,
                events: a.events,
                booked_places: a.booked_places,
                attended: a.attended,
                no_shows: a.no_shows,
                walk_ins: a.walk_ins,
            })
            .collect(),
        volunteer_hours: r.volunteer_hours,
        active_volunteers: r.active_volunteers,
        delivery_visits: r.delivery_visits,
        readers_served: r.readers_served,
        room_bookings: r.room_bookings,
        room_hours: r.room_hours,
        consultations: r.consultations,
        consultation_responses: r.consultation_responses,
    }
}

/// One figure of the report as the screen shows it and a screen reader reads it.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct ImpactFigure {
    /// The figure's name in the CSV: "loans", "volunteer_hours", "attended".
    pub figure: String,
    /// The event category an attendance figure is for ("yoga"); empty for the others.
    pub category: String,
    pub label: String,
    pub value: String,
    /// "Loans: 1208", read whole as one list row.
    pub sentence: String,
}

/// The coordinators' Impact screen, from the device store.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct ImpactScreen {
    /// "all" first ("All libraries"), then each library.
    pub libraries: Vec<CodeText>,
    /// The standard periods with their dates: "This month: 1 to 6 December 2026".
    pub periods: Vec<CodeText>,
    /// What is shown: a library code or "all", and a period code.
    pub library: String,
    pub period: String,
    /// "Baswich Library, 1 to 6 December 2026".
    pub title: String,
    /// The figures in the report's order; empty before the phone has them.
    pub figures: Vec<ImpactFigure>,
    /// The report itself, as the hub counted it, for whatever else a screen shows.
    pub report: Option<ImpactView>,
    /// "Figures counted at 18:40 on 6 December 2026.", or how to get them.
    pub counted: String,
    /// A file name for the CSV the share sheet sends: "impact-BAS-2026-12-01-2026-12-06.csv".
    pub csv_file_name: String,
    pub data_age: DataAge,
    pub refresh_at: Option<i64>,
}

fn figures(w: &Words<'_>, r: &ImpactView) -> Vec<ImpactFigure> {
    let mut out = Vec::new();
    let mut add = |figure: &str, category: &str, value: String| {
        let label = if category.is_empty() {
            w.t(&format!("report-{figure}"))
        } else {
            w.msg(
                &Msg::new("impact-category-figure")
                    .arg("figure", Msg::new(&format!("report-{figure}")))
                    .arg("category", w.code("category", category)),
            )
        };
        let sentence = w.msg(
            &Msg::new("impact-figure")
                .arg("label", label.as_str())
                .arg("value", value.as_str()),
        );
        out.push(ImpactFigure {
            figure: figure.to_owned(),
            category: category.to_owned(),
            label,
            value,
            sentence,
        });
    };
    add("members_total", "", r.members_total.to_string());
    add("members_new", "", r.members_new.to_string());
    add("loans", "", r.loans.to_string());
    add("reservations", "", r.reservations.to_string());
    add("events_held", "", r.events_held.to_string());
    for a in &r.attendance {
        add("events", &a.category, a.events.to_string());
        add("attended", &a.category, a.attended.to_string());
        add("no_shows", &a.category, a.no_shows.to_string());
        add("walk_ins", &a.category, a.walk_ins.to_string());
    }
    add("volunteer_hours", "", w.hours(r.volunteer_hours));
    add("active_volunteers", "", r.active_volunteers.to_string());
    add("delivery_visits", "", r.delivery_visits.to_string());
    add("readers_served", "", r.readers_served.to_string());
    add("room_bookings", "", r.room_bookings.to_string());
    add("room_hours", "", w.hours(r.room_hours));
    add("consultations", "", r.consultations.to_string());
    add("consultation_responses", "", r.consultation_responses.to_string());
    out
}

impl Core {
    /// A library's (or every library's) impact for a period (coordinators; needs the hub).
    pub async fn impact_report(&self, library: Option<String>, from: &str, to: &str) -> CoreResult<ImpactView> {
        let token = self.token()?;
        let q = crate::volunteers::period(&self.words(), &library, from, to)?;
        let result = self
            .hub
            .get::<ImpactReport>(&format!("v1/reports/impact?{q}"), Some(&token))
            .await;
        self.note_reachability(&result);
        Ok(impact_view(result?))
    }

    /// Keeps the standard periods' reports on a coordinator's phone (at each sync). Others keep
    /// nothing.
    pub(crate) async fn refresh_impact(&self, token: &str) -> CoreResult<bool> {
        let coordinator = self
            .store
            .session()?
            .is_some_and(|(_, me)| me.roles.contains(&Role::Coordinator));
        if !coordinator {
            return Ok(false);
        }
        let periods: ImpactPeriods = self.hub.get("v1/reports/impact/periods", Some(token)).await?;
        self.store.write(|tx| save(tx, IMPACT, 0, &periods))?;
        Ok(true)
    }

    fn kept_report(&self, library: &str, period: &str) -> CoreResult<(Option<ImpactPeriods>, Option<ImpactReport>)> {
        let kept: Option<ImpactPeriods> = self.store.read(|c| load(c, IMPACT, 0))?;
        let report = kept.as_ref().and_then(|k| {
            k.periods
                .iter()
                .find(|p| p.period == period)
                .and_then(|p| p.reports.iter().find(|r| r.library.eq_ignore_ascii_case(library)))
                .cloned()
        });
        Ok((kept, report))
    }

    fn impact_choice(&self, library: Option<String>, period: Option<String>) -> CoreResult<(String, String)> {
        let w = self.words();
        let library = library
            .map(|l| l.trim().to_uppercase())
            .filter(|l| !l.is_empty() && l != "ALL")
            .unwrap_or_else(|| "all".to_owned());
        let period = period.map(|p| p.trim().to_lowercase()).unwrap_or_default();
        let period = if period.is_empty() {
            IMPACT_PERIODS[0].to_owned()
        } else if IMPACT_PERIODS.contains(&period.as_str()) {
            period
        } else {
            return Err(CoreError::invalid("period", w.t("error-impact-period")));
        };
        if library != "all" && !self.store.read(library_names)?.iter().any(|(c, _)| *c == library) {
            return Err(CoreError::invalid("library", w.t("error-library-code")));
        }
        Ok((library, period))
    }

    /// The coordinators' Impact screen for a library (or "all", the default) and a standard
    /// period ("this_month", the default; "last_month"; "year"), from the device store.
    pub fn impact_screen(&self, library: Option<String>, period: Option<String>) -> CoreResult<ImpactScreen> {
        self.signed_in()?;
        let now = self.now();
        let w = self.words();
        let (library, period) = self.impact_choice(library, period)?;
        let (kept, report) = self.kept_report(&library, &period)?;
        let report = report.map(impact_view);
        let names = self.store.read(library_names)?;
        let library_name = |code: &str| {
            if code == "all" {
                w.t("impact-all-libraries")
            } else {
                name_of(&names, code)
            }
        };
        let mut libraries = vec![CodeText {
            code: "all".into(),
            text: library_name("all"),
        }];
        libraries.extend(names.iter().map(|(code, name)| CodeText {
            code: code.clone(),
            text: name.clone(),
        }));
        let span = |from: chrono::NaiveDate, to: chrono::NaiveDate| {
            w.msg(&Msg::new("impact-span").arg("from", w.date(from)).arg("to", w.date(to)))
        };
        let periods = IMPACT_PERIODS
            .iter()
            .map(|code| {
                let name = w.t(&format!("impact-period-{code}"));
                let dates = kept
                    .as_ref()
                    .and_then(|k| k.periods.iter().find(|p| p.period == *code))
                    .map(|p| span(p.from, p.to));
                CodeText {
                    code: (*code).to_owned(),
                    text: match dates {
                        Some(d) => w.msg(&Msg::new("impact-period-dates").arg("period", name).arg("dates", d)),
                        None => name,
                    },
                }
            })
            .collect();
        let chosen = kept
            .as_ref()
            .and_then(|k| k.periods.iter().find(|p| p.period == period));
        let title = match chosen {
            Some(p) => w.msg(
                &Msg::new("impact-title")
                    .arg("library", library_name(&library))
                    .arg("dates", span(p.from, p.to)),
            ),
            None => library_name(&library),
        };
        let counted = match &kept {
            Some(k) => {
                let at = cml_api::london::to_local(k.generated_at);
                w.msg(
                    &Msg::new("impact-counted")
                        .arg("time", w.clock(at.time()))
                        .arg("date", w.date(at.date())),
                )
            }
            None => w.t("impact-not-kept"),
        };
        let csv_file_name = match &report {
            Some(r) => format!("impact-{}-{}-{}.csv", r.library, r.from, r.to),
            None => format!("impact-{library}.csv"),
        };
        let (data_age, refresh) = self.data_age_and_refresh(now)?;
        Ok(ImpactScreen {
            libraries,
            periods,
            title,
            figures: report.as_ref().map(|r| figures(&w, r)).unwrap_or_default(),
            report,
            counted,
            csv_file_name,
            library,
            period,
            data_age,
            refresh_at: refresh.map(|t| t.timestamp()),
        })
    }

    /// The Impact screen's report as CSV in the person's language, for the share sheet
    /// (offline, from what the phone keeps).
    pub fn impact_csv(&self, library: Option<String>, period: Option<String>) -> CoreResult<String> {
        self.signed_in()?;
        let (library, period) = self.impact_choice(library, period)?;
        match self.kept_report(&library, &period)?.1 {
            Some(r) => Ok(cml_api::impact_csv(&self.words(), &r)),
            None => Err(CoreError::NotFound(self.words().t("impact-not-kept"))),
        }
    }
}
