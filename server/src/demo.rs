//! Demo data for `cml-hub serve --demo`: the eight community libraries, a month of wellbeing
//! events, and one account for each kind of person. Library addresses and weekly hours come from
//! the English public libraries list (MIT licence; see server/data/LICENCE-places.md).

use chrono::{Duration, NaiveDate, Utc};
use cml_api::{london, Closure, DemoAccount, Library, OpeningPeriod, Role, ShiftDraft};

use crate::auth::{self, PinHashing};
use crate::db::Conn;
use crate::error::HubResult;
use crate::{events, libraries, params};

struct DemoPerson {
    role: &'static str,
    name: &'static str,
    card: &'static str,
    pin: &'static str,
    roles: &'static [Role],
    home: &'static str,
}

const PEOPLE: &[DemoPerson] = &[
    DemoPerson {
        role: "member",
        name: "Margaret Hughes",
        card: "2100000001",
        pin: "1234",
        roles: &[Role::Member],
        home: "BAS",
    },
    DemoPerson {
        role: "housebound reader",
        name: "Arthur Bennett",
        card: "2100000002",
        pin: "2468",
        roles: &[Role::Member],
        home: "BRE",
    },
    DemoPerson {
        role: "carer",
        name: "Susan Bennett",
        card: "2100000003",
        pin: "1357",
        roles: &[Role::Member, Role::Carer],
        home: "BRE",
    },
    DemoPerson {
        role: "volunteer",
        name: "Priya Shah",
        card: "2100000004",
        pin: "8642",
        roles: &[Role::Member, Role::Volunteer],
        home: "GLA",
    },
    DemoPerson {
        role: "coordinator",
        name: "Tom Wright",
        card: "2100000005",
        pin: "9753",
        roles: &[Role::Member, Role::Coordinator],
        home: "HED",
    },
    DemoPerson {
        role: "partner service",
        name: "MPFT Wellbeing Service",
        card: "2100000006",
        pin: "3141",
        roles: &[Role::Partner],
        home: "BAS",
    },
    DemoPerson {
        role: "admin",
        name: "Hub Administrator",
        card: "2100000009",
        pin: "5555",
        roles: &[Role::Admin],
        home: "HOL",
    },
];

/// The demo accounts, as printed by `serve --demo` and `demo-accounts`.
pub fn accounts() -> Vec<DemoAccount> {
    PEOPLE
        .iter()
        .map(|p| DemoAccount {
            role: p.role.into(),
            name: p.name.into(),
            card: p.card.into(),
            pin: p.pin.into(),
        })
        .collect()
}

/// (code, name, address, postcode, latitude, longitude, email, weekly hours as
/// (weekday, opens, closes)).
type LibrarySeed = (
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    f64,
    f64,
    &'static str,
    &'static [(u8, &'static str, &'static str)],
);

const LIBRARIES: &[LibrarySeed] = &[
    (
        "BAS",
        "Baswich Library",
        "Lynton Avenue, Baswich, Stafford",
        "ST17 0EA",
        52.7919094,
        -2.0797262,
        "baswich.library@staffordshire.gov.uk",
        &[
            (1, "09:30", "13:00"),
            (2, "14:00", "18:00"),
            (3, "09:30", "13:00"),
            (3, "14:00", "17:00"),
            (4, "14:00", "18:00"),
            (5, "09:30", "13:00"),
            (5, "14:00", "17:00"),
            (6, "09:30", "12:30"),
        ],
    ),
    (
        "BRE",
        "Brewood Library",
        "Newport Street, Brewood, Stafford",
        "ST19 9DT",
        52.6766729,
        -2.1753979,
        "brewood.library@staffordshire.gov.uk",
        &[
            (1, "14:00", "17:00"),
            (2, "09:30", "13:00"),
            (2, "14:00", "17:30"),
            (4, "09:30", "13:00"),
            (4, "14:00", "19:00"),
            (5, "09:30", "13:00"),
            (6, "09:30", "13:00"),
        ],
    ),
    (
        "GLA",
        "Glascote Library",
        "Caledonian, Glascote, Tamworth",
        "B77 2ED",
        52.6219661,
        -1.6638118,
        "glascote.library@staffordshire.gov.uk",
        &[
            (1, "09:30", "13:00"),
            (1, "14:00", "17:00"),
            (2, "14:00", "18:00"),
            (4, "09:30", "13:00"),
            (4, "14:00", "17:00"),
            (5, "09:30", "13:00"),
            (6, "09:30", "12:30"),
        ],
    ),
    (
        "HED",
        "Hednesford Library",
        "Market Street, Hednesford, Cannock",
        "WS12 1AD",
        52.7092980,
        -1.9995949,
        "hednesford.library@staffordshire.gov.uk",
        &[
            (1, "09:00", "17:00"),
            (2, "09:00", "17:00"),
            (3, "09:00", "13:00"),
            (4, "09:00", "19:00"),
            (5, "09:00", "17:00"),
            (6, "09:30", "13:00"),
        ],
    ),
    (
        "HOL",
        "Holmcroft Library",
        "Holmcroft Road, Stafford",
        "ST16 1JG",
        52.8218182,
        -2.1329964,
        "holmcroft.library@staffordshire.gov.uk",
        &[
            (1, "14:00", "17:30"),
            (2, "09:30", "13:00"),
            (3, "14:00", "18:00"),
            (4, "09:30", "13:00"),
            (5, "14:00", "17:00"),
            (6, "09:30", "13:00"),
        ],
    ),
    (
        "KIN",
        "Kinver Library",
        "Vicarage Drive, Kinver, Stourbridge",
        "DY7 6HJ",
        52.4475536,
        -2.2301896,
        "kinver.library@staffordshire.gov.uk",
        &[
            (1, "09:30", "13:00"),
            (2, "14:00", "18:00"),
            (3, "09:30", "13:00"),
            (3, "14:00", "17:00"),
            (5, "09:30", "13:00"),
            (5, "14:00", "17:00"),
            (6, "09:30", "13:00"),
        ],
    ),
    (
        "SHE",
        "Shenstone Library",
        "Main Street, Shenstone, Lichfield",
        "WS14 0NF",
        52.6384430,
        -1.8386483,
        "shenstone.library@staffordshire.gov.uk",
        &[
            (1, "14:00", "17:00"),
            (2, "09:30", "13:00"),
            (3, "14:00", "18:00"),
            (4, "09:30", "13:00"),
            (5, "14:00", "17:00"),
            (6, "09:30", "12:30"),
        ],
    ),
    (
        "WIL",
        "Wilnecote Library",
        "Wilnecote High School, Tinkers Green Road, Wilnecote, Tamworth",
        "B77 5LF",
        52.6052319,
        -1.6654903,
        "wilnecote.library@staffordshire.gov.uk",
        &[
            (1, "15:30", "18:30"),
            (2, "15:30", "18:30"),
            (3, "09:30", "12:30"),
            (4, "15:30", "18:30"),
            (5, "15:30", "18:30"),
            (6, "09:30", "13:00"),
        ],
    ),
];

/// England's bank holidays; every library closes on them.
const BANK_HOLIDAYS: &[(&str, &str)] = &[
    ("2026-12-25", "Christmas Day"),
    ("2026-12-28", "Boxing Day (substitute day)"),
    ("2027-01-01", "New Year's Day"),
    ("2027-03-26", "Good Friday"),
    ("2027-03-29", "Easter Monday"),
    ("2027-05-03", "Early May bank holiday"),
    ("2027-05-31", "Spring bank holiday"),
    ("2027-08-30", "Summer bank holiday"),
    ("2027-12-27", "Christmas Day (substitute day)"),
    ("2027-12-28", "Boxing Day (substitute day)"),
];

/// (title, category, description, accessibility, weekday, start, minutes, capacity, booking
/// required): the wellbeing programme, repeated weekly at some of the libraries.
type EventSeed = (
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    u8,
    &'static str,
    i64,
    i64,
    bool,
);

const EVENTS: &[EventSeed] = &[
    (
        "Chair yoga",
        "yoga",
        "Gentle stretching and breathing, sitting on a chair. No experience needed.",
        "Step-free. Chairs with arms available.",
        2,
        "10:00",
        60,
        12,
        true,
    ),
    (
        "Coffee morning",
        "coffee_morning",
        "A cup of tea or coffee and a chat. Everyone welcome, just drop in.",
        "Step-free. Hearing loop at the counter.",
        5,
        "10:30",
        90,
        30,
        false,
    ),
    (
        "Job club",
        "job_club",
        "Help with CVs, job searches and online applications, one to one.",
        "Step-free. Large-screen computer available.",
        1,
        "14:00",
        120,
        8,
        true,
    ),
    (
        "Reminiscence group",
        "reminiscence",
        "Memories, old photographs and objects to talk about. Dementia friendly; carers welcome.",
        "Step-free. Quiet room. Carers come free.",
        4,
        "14:00",
        90,
        10,
        true,
    ),
    (
        "Mindfulness for beginners",
        "mindfulness",
        "A calm half hour of guided mindfulness with the NHS wellbeing team.",
        "Step-free. Mats and chairs.",
        3,
        "18:00",
        45,
        12,
        true,
    ),
    (
        "Craft workshop",
        "craft",
        "Make something to take home. All materials provided.",
        "Step-free. Large-handled tools available.",
        6,
        "10:00",
        120,
        10,
        true,
    ),
    (
        "Well person check",
        "health_check",
        "A free blood pressure and wellbeing check with a health trainer.",
        "Step-free. Private room.",
        3,
        "10:00",
        180,
        12,
        true,
    ),
    (
        "Dementia awareness session",
        "dementia_awareness",
        "Learn what dementia is and how to help. Become a Dementia Friend.",
        "Step-free. Hearing loop.",
        4,
        "10:30",
        60,
        20,
        true,
    ),
];

fn hours(seed: &[(u8, &str, &str)]) -> Vec<OpeningPeriod> {
    seed.iter()
        .map(|(weekday, opens, closes)| OpeningPeriod {
            weekday: *weekday,
            opens: (*opens).into(),
            closes: (*closes).into(),
        })
        .collect()
}

/// Seeds an empty database. Returns false, and changes nothing, when it already has libraries.
pub fn seed(c: &mut dyn Conn, hashing: &PinHashing) -> HubResult<bool> {
    let existing = c
        .query_one("SELECT CAST(COUNT(*) AS BIGINT) FROM libraries", &[])?
        .i64(0)?;
    if existing > 0 {
        return Ok(false);
    }
    let today = london::today(Utc::now());
    for (code, name, address, postcode, lat, lng, email, week) in LIBRARIES {
        libraries::upsert(
            c,
            &Library {
                code: (*code).into(),
                name: (*name).into(),
                address: (*address).into(),
                postcode: (*postcode).into(),
                latitude: *lat,
                longitude: *lng,
                email: Some((*email).into()),
                phone: Some("0300 111 8000".into()),
                hours: hours(week),
                closures: vec![],
            },
        )?;
        for (date, reason) in BANK_HOLIDAYS {
            let date = NaiveDate::parse_from_str(date, "%Y-%m-%d").expect("valid seed date");
            if date >= today {
                libraries::add_closure(
                    c,
                    code,
                    &Closure {
                        from: date,
                        to: date,
                        reason: format!("{reason}: closed"),
                    },
                )?;
            }
        }
    }
    let training = today + Duration::days(9);
    libraries::add_closure(
        c,
        "HED",
        &Closure {
            from: training,
            to: training,
            reason: "Volunteer training day: closed".into(),
        },
    )?;

    let mut volunteer = None;
    for p in PEOPLE {
        let id = auth::create_account(c, hashing, p.card, p.pin, p.name, p.roles, Some(p.home))?;
        if p.roles.contains(&Role::Volunteer) {
            volunteer = Some(id);
        }
    }
    // Two rooms at each library; activities are held in the community room.
    let mut community_rooms = Vec::new();
    for (code, ..) in LIBRARIES {
        let room = c
            .query_one(
                "INSERT INTO rooms (library_code, name, capacity) VALUES ($1, 'Community room', 30) RETURNING id",
                params![*code],
            )?
            .i64(0)?;
        c.exec(
            "INSERT INTO rooms (library_code, name, capacity) VALUES ($1, 'Quiet room', 8)",
            params![*code],
        )?;
        community_rooms.push(room);
    }

    // A month of events: each library runs four of the programme's activities every week.
    for (i, (code, ..)) in LIBRARIES.iter().enumerate() {
        for k in 0..4 {
            let (title, category, description, access, weekday, start, minutes, capacity, booking) =
                EVENTS[(i + k * 2) % EVENTS.len()];
            let mut series = None;
            for week in 0..5 {
                let mut day = today + Duration::days(7 * week);
                while london::weekday_number(day) != weekday {
                    day += Duration::days(1);
                }
                if day > today + Duration::days(31) {
                    continue;
                }
                let local = day.and_time(chrono::NaiveTime::parse_from_str(start, "%H:%M").expect("valid seed time"));
                let starts = london::from_local(local);
                let ends = london::from_local(local + Duration::minutes(minutes));
                // The volunteer hosts the first activity at their home library (Glascote).
                let host = (*code == "GLA" && k == 0).then_some(volunteer).flatten();
                let id = c
                    .query_one(
                        "INSERT INTO events (library_code, title, description, category, starts_at, ends_at, capacity, \
                         booking_required, accessibility, room_id, host_id, series_id) \
                         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) RETURNING id",
                        params![
                            *code,
                            title,
                            description,
                            category,
                            starts.to_rfc3339(),
                            ends.to_rfc3339(),
                            capacity,
                            booking,
                            access,
                            community_rooms[i],
                            host,
                            series
                        ],
                    )?
                    .i64(0)?;
                if series.is_none() {
                    series = Some(id);
                    c.exec("UPDATE events SET series_id = $1 WHERE id = $1", params![id])?;
                }
                events::publish_event(c, id)?;
            }
        }
    }
    seed_home_delivery(c)?;
    seed_rota(c, volunteer)?;
    seed_consultation(c)?;
    Ok(true)
}

/// Holmcroft library asks its community about its opening hours, for the four weeks from today
/// (the Have your say screen has something to answer whenever the demo starts).
fn seed_consultation(c: &mut dyn Conn) -> HubResult<()> {
    let now = Utc::now();
    let today = cml_api::london::today(now);
    let author = c
        .query_one("SELECT id FROM accounts WHERE card = '2100000005'", &[])?
        .i64(0)?;
    let question = |kind: &str, text: &str, choices: &[&str], ends: Option<(&str, &str)>| cml_api::Question {
        kind: kind.into(),
        text: text.into(),
        choices: choices.iter().map(|c| c.to_string()).collect(),
        scale_low: ends.map(|e| e.0.to_string()),
        scale_high: ends.map(|e| e.1.to_string()),
    };
    let draft = cml_api::ConsultationDraft {
        library: "HOL".into(),
        title: "Our opening hours".into(),
        description: "Holmcroft library is run by volunteers. Tell us when you would most like it to be open.".into(),
        opens_on: today,
        closes_on: today + chrono::Duration::days(27),
        questions: vec![
            question(
                "choice",
                "When would you most like the library to be open?",
                &[
                    "Weekday mornings",
                    "Weekday afternoons",
                    "Weekday evenings",
                    "Saturday mornings",
                ],
                None,
            ),
            question(
                "scale",
                "How easy is it for you to visit at the times we open now?",
                &[],
                Some(("Very hard", "Very easy")),
            ),
            question("text", "Anything else you would like to tell us?", &[], None),
        ],
    };
    crate::consultations::publish(c, &draft, author, now)?;
    Ok(())
}

/// Every library's rota for the next fortnight (opening up and a morning on the desk, on the days
/// it opens in the morning), with Priya down for a desk shift at Glascote that began this hour (so
/// her Today screen has a shift to check in to, whenever the demo starts), tomorrow's delivery
/// round at Brewood, and a desk shift at Glascote later in the week. Some places stay open for
/// the Rota screen.
fn seed_rota(c: &mut dyn Conn, volunteer: Option<i64>) -> HubResult<()> {
    use crate::volunteers;
    let now = Utc::now();
    let today = london::today(now);
    let at = |day: NaiveDate, hhmm: &str| {
        london::from_local(day.and_time(chrono::NaiveTime::parse_from_str(hhmm, "%H:%M").expect("valid seed time")))
    };
    for (code, .., week) in LIBRARIES {
        for offset in 1..=14 {
            let day = today + Duration::days(offset);
            let weekday = london::weekday_number(day);
            let Some((_, opens, _)) = week.iter().find(|(d, ..)| *d == weekday) else {
                continue;
            };
            if *opens > "11:00" {
                continue;
            }
            for (kind, title, from, to, places) in [
                ("opening_up", "Opening up", *opens, "10:00", 1),
                ("desk", "On the desk", "10:00", "13:00", 2),
            ] {
                let starts = at(day, from);
                let ends = at(day, to);
                if ends <= starts {
                    continue;
                }
                let draft = ShiftDraft {
                    library: (*code).into(),
                    kind: kind.into(),
                    title: title.into(),
                    starts_at: starts,
                    ends_at: ends,
                    places,
                    repeat_weekly: 0,
                };
                volunteers::create(c, &draft, now)?;
            }
        }
    }
    let Some(priya) = volunteer else { return Ok(()) };
    // Today's shift began at the top of this hour and runs three hours.
    let hour_start = now - Duration::seconds(now.timestamp() % 3600);
    let mut mine = volunteers::create(
        c,
        &ShiftDraft {
            library: "GLA".into(),
            kind: "desk".into(),
            title: "On the desk".into(),
            starts_at: hour_start,
            ends_at: hour_start + Duration::hours(3),
            places: 1,
            repeat_weekly: 0,
        },
        hour_start - Duration::minutes(1),
    )?;
    let round = at(today + Duration::days(1), "10:00");
    mine.extend(volunteers::create(
        c,
        &ShiftDraft {
            library: "BRE".into(),
            kind: "delivery_round".into(),
            title: "Home delivery round".into(),
            starts_at: round,
            ends_at: round + Duration::hours(2),
            places: 1,
            repeat_weekly: 0,
        },
        now,
    )?);
    let later: Vec<i64> = c
        .query(
            "SELECT id FROM shifts WHERE library_code = 'GLA' AND kind = 'desk' AND starts_at > $1 ORDER BY starts_at LIMIT 1",
            params![(now + Duration::days(3)).to_rfc3339()],
        )?
        .iter()
        .map(|r| r.i64(0))
        .collect::<Result<_, _>>()?;
    for (n, shift) in mine.iter().map(|s| s.id).chain(later).enumerate() {
        let signed_up = hour_start - Duration::minutes(1);
        volunteers::sign_up(c, &format!("demo-rota-{n}"), priya, shift, signed_up)?;
    }
    Ok(())
}

/// The home reading service as it runs: Priya volunteers at Glascote and chooses and delivers for
/// Brewood; Arthur (housebound) lets his daughter Susan act for him; his fortnightly delivery is
/// accepted, with the next visit tomorrow.
fn seed_home_delivery(c: &mut dyn Conn) -> HubResult<()> {
    use crate::deliveries;
    let now = chrono::Utc::now();
    for (library, role) in [
        ("GLA", "branch_volunteer"),
        ("GLA", "event_host"),
        ("BRE", "chooser"),
        ("BRE", "deliverer"),
    ] {
        deliveries::grant_role(
            c,
            "2100000004",
            &cml_api::VolunteerRole {
                library: library.into(),
                role: role.into(),
            },
            now,
        )?;
    }
    let arthur = c
        .query_one("SELECT id FROM accounts WHERE card = '2100000002'", &[])?
        .i64(0)?;
    let rights = ["deliveries", "reserve", "loans"].map(String::from);
    deliveries::grant(c, "demo-proxy", arthur, "2100000003", &rights, now)?;
    let request = cml_api::DeliveryRequest {
        reader_card: None,
        address: "4 Mill Lane, Brewood, Stafford".into(),
        postcode: "ST19 9BG".into(),
        access_notes: "Ring twice and wait: Arthur walks with a frame. Small friendly dog.".into(),
        preferred_day: None,
        time_of_day: "morning".into(),
        frequency: "fortnightly".into(),
        preferences: cml_api::ReadingPreferences {
            formats: vec!["large_print".into(), "audiobook_cd".into()],
            genres: vec!["crime".into(), "local history".into()],
            favourite_authors: vec!["Agatha Christie".into(), "Dick Francis".into()],
            avoid: vec!["horror".into()],
            surprise_me: true,
            allow_repeats: false,
            notes: "Large print only, please: his eyesight is poor.".into(),
        },
    };
    deliveries::request(c, "demo-delivery", arthur, &request, now)?;
    let id = c
        .query_one("SELECT id FROM deliveries WHERE reader_id = $1", params![arthur])?
        .i64(0)?;
    deliveries::accept(c, id, now)?;
    deliveries::schedule(
        c,
        id,
        &cml_api::VisitPlan {
            date: london::today(now) + Duration::days(1),
            time_of_day: "morning".into(),
            chooser_card: "2100000004".into(),
            deliverer_card: "2100000004".into(),
            repeat: 2,
        },
        now,
    )?;
    Ok(())
}

/// The shared real-data folder (`../shared/data` beside the checkout), if it is there:
/// `CML_DEMO_DATA`, else looked for from the working folder and from where this was built.
pub fn shared_data() -> Option<std::path::PathBuf> {
    if let Ok(dir) = std::env::var("CML_DEMO_DATA") {
        return Some(std::path::PathBuf::from(dir));
    }
    let mut candidates = vec![std::path::PathBuf::from(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../shared/data"
    ))];
    if let Ok(cwd) = std::env::current_dir() {
        for up in cwd.ancestors().take(4) {
            candidates.push(up.join("shared/data"));
            candidates.push(up.join("../shared/data"));
        }
    }
    candidates
        .into_iter()
        .find(|p| p.join("marc/koha_sample_biblios.mrc").exists())
}

/// Loads the Koha sample catalogue (`CML_DEMO_CATALOGUE=off` leaves it out) (435 real records, GPL-3, read from the shared data folder,
/// never copied into this repository) with its 961 copies spread over the libraries.
pub fn seed_catalogue(db: &crate::db::Db) -> HubResult<Option<(u64, u64)>> {
    if std::env::var("CML_DEMO_CATALOGUE").is_ok_and(|v| v == "off") {
        return Ok(None);
    }
    let Some(data) = shared_data() else {
        tracing::warn!("the shared data folder was not found (set CML_DEMO_DATA): the demo has no catalogue");
        return Ok(None);
    };
    let count = db.read_blocking(|c| c.query_one("SELECT CAST(COUNT(*) AS BIGINT) FROM records", &[])?.i64(0))?;
    if count > 0 {
        return Ok(None);
    }
    let marc = data.join("marc/koha_sample_biblios.mrc");
    let source = crate::marc::open_file(&marc).map_err(|e| crate::error::HubError::Internal(e.to_string()))?;
    let mut summary = crate::catalogue::ImportSummary::default();
    crate::catalogue::import(
        db,
        &marc.display().to_string(),
        source.records,
        None,
        &mut summary,
        |_| {},
    )?;
    let text = std::fs::read_to_string(data.join("marc/koha_sample_items.csv"))
        .map_err(|e| crate::error::HubError::Internal(e.to_string()))?;
    let codes = LIBRARIES.iter().map(|l| l.0.to_owned()).collect();
    let items = crate::catalogue::import_items(
        db,
        "koha_sample_items.csv",
        &text,
        &crate::catalogue::BranchMapping::Spread(codes),
    )?;
    Ok(Some((summary.imported, items.imported)))
}
