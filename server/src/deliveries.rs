//! The home reading service: housebound readers (or their carers) ask for deliveries with their
//! reading preferences; coordinators accept them and schedule visits with a chooser (who fills the
//! bag) and a deliverer; the deliverer records each visit at the door. Also: carers acting for
//! members, volunteer roles per library, and the audit log of every read of a reader's address.
//!
//! Privacy: a reader's address, access notes and welfare notes reach a volunteer's phone only in
//! the `rounds` feed, and only from the day before each visit to the day after ([`refresh_rounds`]
//! publishes and withdraws them); readers and their carers see their own delivery; coordinators
//! see everything. Every time the hub sends an address it writes an audit entry.

use chrono::{DateTime, Duration, Months, NaiveDate, Utc};
use cml_api::i18n::Msg;
use cml_api::london::today;
use cml_api::{
    collections, AuditEntry, BagItem, ChangeResult, Delivery, DeliveryRequest, DueBack, Proxy, ReadingPreferences,
    Role, RoundStop, Visit, VisitPlan, VolunteerRole, WelfareConcern,
};

use crate::db::{Conn, Row};
use crate::error::{HubError, HubResult};
use crate::i18n::{say, say_msg};
use crate::{circulation, feed, params};

pub const RIGHTS: &[&str] = &["deliveries", "reserve", "loans"];
pub const VOLUNTEER_ROLES: &[&str] = &[
    "branch_volunteer",
    "event_host",
    "chooser",
    "deliverer",
    "steering_group",
];
const TIMES: &[&str] = &["morning", "afternoon", "any"];
const FREQUENCIES: &[&str] = &["weekly", "fortnightly", "monthly"];
const FORMATS: &[&str] = &["standard_print", "large_print", "audiobook_cd", "e_audio"];
const OUTCOMES: &[&str] = &["delivered", "not_home", "declined", "unwell", "welfare_concern"];
/// Scope of what every coordinator's phone receives.
pub const COORDINATORS: &str = "r:coordinator";

fn day_text(d: NaiveDate) -> String {
    d.format("%Y-%m-%d").to_string()
}

fn day(s: &str) -> HubResult<NaiveDate> {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").map_err(|e| HubError::Internal(format!("stored date {s}: {e}")))
}

struct Person {
    id: i64,
    name: String,
    roles: Vec<Role>,
    home: Option<String>,
}

fn person(c: &mut dyn Conn, where_sql: &str, value: crate::db::Value) -> HubResult<Option<Person>> {
    let row = c.query_opt(
        &format!("SELECT id, name, roles, home_library FROM accounts WHERE {where_sql} = $1"),
        &[value],
    )?;
    row.map(|r| {
        Ok(Person {
            id: r.i64(0)?,
            name: r.str(1)?,
            roles: crate::auth::roles_from_text(&r.str(2)?),
            home: r.opt_str(3)?,
        })
    })
    .transpose()
}

fn by_card(c: &mut dyn Conn, card: &str) -> HubResult<Option<Person>> {
    match cml_api::normalise_card(card) {
        Some(card) => person(c, "card", card.into()),
        None => Ok(None),
    }
}

fn by_id(c: &mut dyn Conn, id: i64) -> HubResult<Person> {
    person(c, "id", id.into())?.ok_or_else(|| HubError::Internal(format!("account {id} went missing")))
}

// --- carers acting for members -------------------------------------------------------------------

/// The rights `carer` holds for `member` now.
pub fn rights(c: &mut dyn Conn, member: i64, carer: i64) -> HubResult<Vec<String>> {
    Ok(c
        .query_opt(
            "SELECT rights FROM proxies WHERE member_id = $1 AND carer_id = $2 AND revoked_at IS NULL ORDER BY id DESC LIMIT 1",
            params![member, carer],
        )?
        .map(|r| r.str(0))
        .transpose()?
        .map(|r| r.split(',').filter(|s| !s.is_empty()).map(str::to_owned).collect())
        .unwrap_or_default())
}

fn may(c: &mut dyn Conn, member: i64, carer: i64, right: &str) -> HubResult<bool> {
    Ok(member == carer || rights(c, member, carer)?.iter().any(|r| r == right))
}

/// Members who let `carer` manage their deliveries.
fn carers_with(c: &mut dyn Conn, member: i64, right: &str) -> HubResult<Vec<i64>> {
    let rows = c.query(
        "SELECT carer_id, rights FROM proxies WHERE member_id = $1 AND revoked_at IS NULL",
        params![member],
    )?;
    let mut out = Vec::new();
    for r in rows {
        if r.str(1)?.split(',').any(|x| x == right) {
            out.push(r.i64(0)?);
        }
    }
    Ok(out)
}

fn proxy_view(c: &mut dyn Conn, id: i64) -> HubResult<(i64, i64, Proxy)> {
    let r = c.query_one(
        "SELECT p.id, p.member_id, p.carer_id, p.rights, p.revoked_at, m.card, m.name, k.card, k.name \
         FROM proxies p JOIN accounts m ON m.id = p.member_id JOIN accounts k ON k.id = p.carer_id WHERE p.id = $1",
        params![id],
    )?;
    Ok((
        r.i64(1)?,
        r.i64(2)?,
        Proxy {
            id: r.i64(0)?,
            rights: r
                .str(3)?
                .split(',')
                .filter(|s| !s.is_empty())
                .map(str::to_owned)
                .collect(),
            revoked: r.opt_str(4)?.is_some(),
            member_card: r.str(5)?,
            member_name: r.str(6)?,
            carer_card: r.str(7)?,
            carer_name: r.str(8)?,
        },
    ))
}

fn publish_proxy(c: &mut dyn Conn, id: i64) -> HubResult<()> {
    let (member, carer, proxy) = proxy_view(c, id)?;
    let body = serde_json::to_value(&proxy)?;
    for who in [member, carer] {
        feed::publish(
            c,
            collections::PROXIES,
            &format!("a:{who}"),
            &id.to_string(),
            Some(&body),
        )?;
    }
    Ok(())
}

pub fn grant(
    c: &mut dyn Conn,
    key: &str,
    member: i64,
    carer_card: &str,
    wanted: &[String],
    now: DateTime<Utc>,
) -> HubResult<ChangeResult> {
    let mut list: Vec<String> = wanted.iter().map(|r| r.trim().to_lowercase()).collect();
    list.sort();
    list.dedup();
    if list.is_empty() || list.iter().any(|r| !RIGHTS.contains(&r.as_str())) {
        return Ok(ChangeResult::refused_msg(
            key,
            "invalid_input",
            Msg::new("outcome-choose-rights"),
        ));
    }
    let Some(carer) = by_card(c, carer_card)? else {
        return Ok(ChangeResult::refused_msg(
            key,
            "not_found",
            Msg::new("outcome-no-such-card").arg("card", carer_card),
        ));
    };
    if carer.id == member {
        return Ok(ChangeResult::refused_msg(
            key,
            "invalid_input",
            Msg::new("outcome-not-yourself"),
        ));
    }
    c.exec(
        "UPDATE proxies SET revoked_at = $3 WHERE member_id = $1 AND carer_id = $2 AND revoked_at IS NULL",
        params![member, carer.id, now.to_rfc3339()],
    )?;
    let id = c
        .query_one(
            "INSERT INTO proxies (member_id, carer_id, rights, granted_at) VALUES ($1, $2, $3, $4) RETURNING id",
            params![member, carer.id, list.join(","), now.to_rfc3339()],
        )?
        .i64(0)?;
    publish_proxy(c, id)?;
    if !list.iter().any(|r| r == "deliveries") {
        forget_deliveries(c, member, carer.id)?;
    }
    republish_for(c, member)?;
    let mut rights = Msg::new("rights-list");
    for (i, r) in list.iter().enumerate() {
        rights = rights.arg(&format!("r{i}"), Msg::new(&format!("code-right-{r}")));
    }
    rights = rights.arg("count", list.len() as i64);
    Ok(ChangeResult::applied_msg(
        key,
        "proxy_granted",
        Msg::new("outcome-proxy-granted")
            .arg("name", &carer.name)
            .arg("rights", rights),
    ))
}

/// The carer's phone forgets the member's deliveries.
fn forget_deliveries(c: &mut dyn Conn, member: i64, carer: i64) -> HubResult<()> {
    for d in c.query("SELECT id FROM deliveries WHERE reader_id = $1", params![member])? {
        feed::publish(
            c,
            collections::DELIVERIES,
            &format!("a:{carer}"),
            &d.i64(0)?.to_string(),
            None,
        )?;
    }
    Ok(())
}

pub fn revoke(
    c: &mut dyn Conn,
    key: &str,
    member: i64,
    carer_card: &str,
    now: DateTime<Utc>,
) -> HubResult<ChangeResult> {
    let Some(carer) = by_card(c, carer_card)? else {
        return Ok(ChangeResult::refused_msg(
            key,
            "not_found",
            Msg::new("outcome-no-such-card").arg("card", carer_card),
        ));
    };
    let ids = c.query(
        "SELECT id FROM proxies WHERE member_id = $1 AND carer_id = $2 AND revoked_at IS NULL",
        params![member, carer.id],
    )?;
    if ids.is_empty() {
        return Ok(ChangeResult::refused_msg(
            key,
            "not_found",
            Msg::new("outcome-not-your-carer").arg("name", &carer.name),
        ));
    }
    c.exec(
        "UPDATE proxies SET revoked_at = $3 WHERE member_id = $1 AND carer_id = $2 AND revoked_at IS NULL",
        params![member, carer.id, now.to_rfc3339()],
    )?;
    for r in ids {
        publish_proxy(c, r.i64(0)?)?;
    }
    forget_deliveries(c, member, carer.id)?;
    Ok(ChangeResult::applied_msg(
        key,
        "proxy_revoked",
        Msg::new("outcome-proxy-revoked").arg("name", &carer.name),
    ))
}

// --- volunteer roles -----------------------------------------------------------------------------

pub fn has_role(c: &mut dyn Conn, account: i64, role: &str) -> HubResult<bool> {
    Ok(c.query_opt(
        "SELECT 1 FROM volunteer_roles WHERE account_id = $1 AND role = $2 LIMIT 1",
        params![account, role],
    )?
    .is_some())
}

pub fn volunteer_roles(c: &mut dyn Conn, card: &str) -> HubResult<Vec<VolunteerRole>> {
    let p =
        by_card(c, card)?.ok_or_else(|| HubError::NotFound(say_msg(Msg::new("hub-no-one-card").arg("card", card))))?;
    let rows = c.query(
        "SELECT library_code, role FROM volunteer_roles WHERE account_id = $1 ORDER BY library_code, role",
        params![p.id],
    )?;
    rows.iter()
        .map(|r| {
            Ok(VolunteerRole {
                library: r.str(0)?,
                role: r.str(1)?,
            })
        })
        .collect()
}

/// Grants a volunteer role at a library (coordinators); the person becomes a volunteer.
pub fn grant_role(
    c: &mut dyn Conn,
    card: &str,
    role: &VolunteerRole,
    now: DateTime<Utc>,
) -> HubResult<Vec<VolunteerRole>> {
    if !VOLUNTEER_ROLES.contains(&role.role.as_str()) {
        return Err(HubError::invalid(
            "role",
            say_msg(Msg::new("hub-volunteer-roles").arg("roles", VOLUNTEER_ROLES.join(", "))),
        ));
    }
    crate::libraries::require(c, "library", &role.library)?;
    let p =
        by_card(c, card)?.ok_or_else(|| HubError::NotFound(say_msg(Msg::new("hub-no-one-card").arg("card", card))))?;
    c.exec(
        "DELETE FROM volunteer_roles WHERE account_id = $1 AND library_code = $2 AND role = $3",
        params![p.id, role.library.clone(), role.role.clone()],
    )?;
    c.exec(
        "INSERT INTO volunteer_roles (account_id, library_code, role, granted_at) VALUES ($1, $2, $3, $4)",
        params![p.id, role.library.clone(), role.role.clone(), now.to_rfc3339()],
    )?;
    if !p.roles.contains(&Role::Volunteer) {
        let mut roles = p.roles.clone();
        roles.push(Role::Volunteer);
        c.exec(
            "UPDATE accounts SET roles = $2 WHERE id = $1",
            params![p.id, crate::auth::roles_to_text(&roles)],
        )?;
    }
    publish_volunteer(c, p.id)?;
    volunteer_roles(c, card)
}

/// A volunteer role's display words, or the text as given when it is no role we know (so a
/// mistyped role reads back as typed, and no message id is made from input).
fn role_name(role: &str) -> cml_api::i18n::Arg {
    if VOLUNTEER_ROLES.contains(&role) {
        Msg::new(&format!("code-volunteer-role-{role}")).into()
    } else {
        role.into()
    }
}

pub fn remove_role(c: &mut dyn Conn, card: &str, role: &VolunteerRole) -> HubResult<Vec<VolunteerRole>> {
    let p =
        by_card(c, card)?.ok_or_else(|| HubError::NotFound(say_msg(Msg::new("hub-no-one-card").arg("card", card))))?;
    let n = c.exec(
        "DELETE FROM volunteer_roles WHERE account_id = $1 AND library_code = $2 AND role = $3",
        params![p.id, role.library.clone(), role.role.clone()],
    )?;
    if n == 0 {
        return Err(HubError::NotFound(say_msg(
            Msg::new("hub-not-role-at")
                .arg("name", &p.name)
                .arg("role", role_name(&role.role))
                .arg("library", &role.library),
        )));
    }
    let roles = volunteer_roles(c, card)?;
    // With their last volunteer role goes the account's volunteer role: desk actions, hours and
    // the rota's feed.
    if roles.is_empty() && p.roles.contains(&Role::Volunteer) {
        let kept: Vec<Role> = p.roles.iter().copied().filter(|r| *r != Role::Volunteer).collect();
        c.exec(
            "UPDATE accounts SET roles = $2 WHERE id = $1",
            params![p.id, crate::auth::roles_to_text(&kept)],
        )?;
    }
    publish_volunteer(c, p.id)?;
    Ok(roles)
}

// --- requests ------------------------------------------------------------------------------------

fn check_list(list: &[String], field: &str) -> Result<(), Msg> {
    if list.len() > 20 || list.iter().any(|x| x.chars().count() > 100 || x.trim().is_empty()) {
        return Err(Msg::new("outcome-request-list").arg("field", Msg::new(field)));
    }
    Ok(())
}

fn check_request(r: &DeliveryRequest) -> Result<DeliveryRequest, Msg> {
    let address = r.address.trim();
    if address.is_empty() || address.chars().count() > 300 {
        return Err(Msg::new("outcome-request-address"));
    }
    let postcode = crate::members::postcode(&r.postcode).ok_or(Msg::new("outcome-request-postcode"))?;
    if r.access_notes.chars().count() > 500 {
        return Err(Msg::new("outcome-request-access-notes"));
    }
    if r.preferred_day.is_some_and(|d| !(1..=7).contains(&d)) {
        return Err(Msg::new("outcome-request-day"));
    }
    if !TIMES.contains(&r.time_of_day.as_str()) {
        return Err(Msg::new("outcome-request-time"));
    }
    if !FREQUENCIES.contains(&r.frequency.as_str()) {
        return Err(Msg::new("outcome-request-frequency"));
    }
    let p = &r.preferences;
    if p.formats.iter().any(|f| !FORMATS.contains(&f.as_str())) {
        return Err(Msg::new("outcome-request-formats").arg("formats", FORMATS.join(", ")));
    }
    check_list(&p.genres, "field-genres")?;
    check_list(&p.favourite_authors, "field-favourite-authors")?;
    check_list(&p.avoid, "field-avoid")?;
    if p.notes.chars().count() > 1000 {
        return Err(Msg::new("outcome-request-notes"));
    }
    Ok(DeliveryRequest {
        address: address.to_owned(),
        postcode,
        access_notes: r.access_notes.trim().to_owned(),
        ..r.clone()
    })
}

const DELIVERY_COLUMNS: &str =
    "d.id, d.reader_id, a.card, a.name, d.library_code, d.address, d.postcode, d.access_notes, \
     d.preferred_day, d.time_of_day, d.frequency, d.preferences, d.status, d.decline_reason";

fn visits_of(c: &mut dyn Conn, delivery: i64, upcoming: bool, today: NaiveDate) -> HubResult<Vec<Visit>> {
    let sql = if upcoming {
        "SELECT v.id FROM visits v WHERE v.delivery_id = $1 AND v.status = 'scheduled' AND v.visit_date >= $2 ORDER BY v.visit_date, v.id"
    } else {
        "SELECT v.id FROM visits v WHERE v.delivery_id = $1 AND (v.status <> 'scheduled' OR v.visit_date < $2) ORDER BY v.visit_date DESC, v.id DESC"
    };
    let ids = c.query(sql, params![delivery, day_text(today)])?;
    let mut out = Vec::new();
    for r in ids {
        out.push(visit(c, r.i64(0)?)?.1);
    }
    Ok(out)
}

fn bag(c: &mut dyn Conn, visit_id: i64, reader: i64) -> HubResult<Vec<BagItem>> {
    let rows = c.query(
        "SELECT vi.barcode, i.record_id FROM visit_items vi JOIN items i ON i.barcode = vi.barcode \
         WHERE vi.visit_id = $1 AND vi.kind = 'bag' ORDER BY vi.barcode",
        params![visit_id],
    )?;
    let mut out = Vec::new();
    for r in rows {
        let record = r.i64(1)?;
        let barcode = r.str(0)?;
        let reaction = c
            .query_opt(
                "SELECT reaction FROM visit_reactions WHERE visit_id = $1 AND barcode = $2",
                params![visit_id, barcode.clone()],
            )?
            .map(|r| r.str(0))
            .transpose()?;
        out.push(BagItem {
            barcode,
            title: title_of(c, record)?,
            borrowed_before: borrowed_before(c, reader, record)?,
            reaction,
        })
    }
    Ok(out)
}

/// What the reader said of titles delivered before, latest first (at most 20).
fn reactions_of(c: &mut dyn Conn, delivery: i64) -> HubResult<Vec<cml_api::Reaction>> {
    let rows = c.query(
        "SELECT vr.reaction, i.record_id, v.visit_date FROM visit_reactions vr JOIN visits v ON v.id = vr.visit_id \
         JOIN items i ON i.barcode = vr.barcode WHERE v.delivery_id = $1 ORDER BY v.visit_date DESC, vr.barcode LIMIT 20",
        params![delivery],
    )?;
    let mut out = Vec::new();
    for r in rows {
        out.push(cml_api::Reaction {
            reaction: r.str(0)?,
            title: title_of(c, r.i64(1)?)?,
            date: day(&r.str(2)?)?,
        });
    }
    Ok(out)
}

/// The reader, or a carer with the "deliveries" right, says what they thought of a title the
/// visit delivered. Saying it again replaces it. The choosers of the reader's coming visits see it.
pub fn react(
    c: &mut dyn Conn,
    key: &str,
    caller: i64,
    visit_id: i64,
    barcode: &str,
    reaction: &str,
    now: DateTime<Utc>,
) -> HubResult<ChangeResult> {
    if !cml_api::REACTIONS.contains(&reaction) {
        return Ok(ChangeResult::refused_msg(
            key,
            "invalid_input",
            Msg::new("outcome-say-reaction"),
        ));
    }
    let Some(row) = c.query_opt(
        "SELECT d.reader_id, d.id, v.status FROM visits v JOIN deliveries d ON d.id = v.delivery_id WHERE v.id = $1",
        params![visit_id],
    )?
    else {
        return Ok(ChangeResult::refused_msg(
            key,
            "not_found",
            Msg::new("outcome-no-such-visit"),
        ));
    };
    let (reader, delivery, status) = (row.i64(0)?, row.i64(1)?, row.str(2)?);
    if !may(c, reader, caller, "deliveries")? {
        return Ok(ChangeResult::refused_msg(
            key,
            "not_allowed",
            Msg::new("outcome-only-reader-reacts"),
        ));
    }
    let in_bag = c
        .query_opt(
            "SELECT 1 FROM visit_items WHERE visit_id = $1 AND barcode = $2 AND kind IN ('bag', 'handed')",
            params![visit_id, barcode.to_owned()],
        )?
        .is_some();
    if status != "delivered" || !in_bag {
        return Ok(ChangeResult::refused_msg(
            key,
            "not_delivered",
            Msg::new("outcome-not-delivered"),
        ));
    }
    c.exec(
        "DELETE FROM visit_reactions WHERE visit_id = $1 AND barcode = $2",
        params![visit_id, barcode.to_owned()],
    )?;
    c.exec(
        "INSERT INTO visit_reactions (visit_id, barcode, reaction, reacted_by, reacted_at) VALUES ($1, $2, $3, $4, $5)",
        params![
            visit_id,
            barcode.to_owned(),
            reaction.to_owned(),
            caller,
            now.to_rfc3339()
        ],
    )?;
    publish(c, delivery, now)?;
    // The choosers of visits already on their phones see it at once.
    let coming = c.query(
        "SELECT id FROM visits WHERE delivery_id = $1 AND on_rounds = 1",
        params![delivery],
    )?;
    for r in coming {
        publish_round(c, r.i64(0)?)?;
    }
    let title = c
        .query_opt(
            "SELECT i.record_id FROM items i WHERE i.barcode = $1",
            params![barcode.to_owned()],
        )?
        .map(|r| r.i64(0))
        .transpose()?;
    let title = match title {
        Some(record) => title_of(c, record)?,
        None => barcode.to_owned(),
    };
    Ok(ChangeResult::applied_msg(
        key,
        "reacted",
        Msg::new("outcome-reacted").arg("title", title),
    ))
}

fn title_of(c: &mut dyn Conn, record: i64) -> HubResult<String> {
    let body = c
        .query_one("SELECT title FROM records WHERE id = $1", params![record])?
        .str(0)?;
    Ok(body)
}

fn borrowed_before(c: &mut dyn Conn, reader: i64, record: i64) -> HubResult<bool> {
    Ok(c.query_opt(
        "SELECT 1 FROM loans WHERE account_id = $1 AND record_id = $2 LIMIT 1",
        params![reader, record],
    )?
    .is_some())
}

/// (reader id, visit) for a visit id.
fn visit(c: &mut dyn Conn, id: i64) -> HubResult<(i64, Visit, i64, i64)> {
    let r = c.query_one(
        "SELECT v.id, v.delivery_id, v.visit_date, v.time_of_day, v.status, ch.name, dl.name, d.reader_id, \
         v.chooser_id, v.deliverer_id FROM visits v JOIN deliveries d ON d.id = v.delivery_id \
         JOIN accounts ch ON ch.id = v.chooser_id JOIN accounts dl ON dl.id = v.deliverer_id WHERE v.id = $1",
        params![id],
    )?;
    let reader = r.i64(7)?;
    let v = Visit {
        id: r.i64(0)?,
        delivery_id: r.i64(1)?,
        date: day(&r.str(2)?)?,
        time_of_day: r.str(3)?,
        status: r.str(4)?,
        chooser: Some(r.str(5)?),
        deliverer: Some(r.str(6)?),
        bag: bag(c, id, reader)?,
    };
    Ok((reader, v, r.i64(8)?, r.i64(9)?))
}

fn delivery_row(c: &mut dyn Conn, r: &Row, with_past: bool, today: NaiveDate) -> HubResult<(i64, Delivery)> {
    let id = r.i64(0)?;
    let preferences: ReadingPreferences = serde_json::from_str(&r.str(11)?)?;
    let next_visit = visits_of(c, id, true, today)?.into_iter().next();
    let past_visits = if with_past {
        visits_of(c, id, false, today)?
    } else {
        vec![]
    };
    Ok((
        r.i64(1)?,
        Delivery {
            id,
            reader_card: r.str(2)?,
            reader_name: r.str(3)?,
            library: r.str(4)?,
            address: r.str(5)?,
            postcode: r.str(6)?,
            access_notes: r.str(7)?,
            preferred_day: r.opt_i64(8)?.map(|d| d as u8),
            time_of_day: r.str(9)?,
            frequency: r.str(10)?,
            preferences,
            status: r.str(12)?,
            decline_reason: r.opt_str(13)?,
            next_visit,
            past_visits,
        },
    ))
}

fn load(c: &mut dyn Conn, id: i64, with_past: bool, today: NaiveDate) -> HubResult<Option<(i64, Delivery)>> {
    let row = c.query_opt(
        &format!("SELECT {DELIVERY_COLUMNS} FROM deliveries d JOIN accounts a ON a.id = d.reader_id WHERE d.id = $1"),
        params![id],
    )?;
    row.map(|r| delivery_row(c, &r, with_past, today)).transpose()
}

/// Sends a delivery to its reader's feed and to the carers who manage it.
/// How many past visits the reader's and carers' phones keep (what came last time, to say
/// "more like this" or "not for me").
const PAST_VISITS_ON_PHONE: usize = 3;

fn publish(c: &mut dyn Conn, id: i64, now: DateTime<Utc>) -> HubResult<()> {
    let Some((reader, mut delivery)) = load(c, id, true, today(now))? else {
        return Ok(());
    };
    delivery.past_visits.truncate(PAST_VISITS_ON_PHONE);
    let body = serde_json::to_value(&delivery)?;
    let mut scopes = vec![reader];
    scopes.extend(carers_with(c, reader, "deliveries")?);
    for who in scopes {
        feed::publish(
            c,
            collections::DELIVERIES,
            &format!("a:{who}"),
            &id.to_string(),
            Some(&body),
        )?;
    }
    // The coordinators' phones keep every delivery to decide and schedule offline, but not where
    // the reader lives: that is read from the hub, and each read is audited.
    delivery.address.clear();
    delivery.access_notes.clear();
    delivery.postcode = postcode_district(&delivery.postcode);
    feed::publish(
        c,
        collections::DELIVERY_QUEUE,
        COORDINATORS,
        &id.to_string(),
        Some(&serde_json::to_value(&delivery)?),
    )?;
    Ok(())
}

pub use cml_api::postcode_district;

/// Publishes every delivery and volunteer to the coordinators' collections (a hub upgraded to
/// schema 15, which brought them, has them there at once).
pub fn publish_for_coordinators(c: &mut dyn Conn, now: DateTime<Utc>) -> HubResult<()> {
    for d in c.query("SELECT id FROM deliveries ORDER BY id", &[])? {
        publish(c, d.i64(0)?, now)?;
    }
    for v in c.query(
        "SELECT DISTINCT account_id FROM volunteer_roles ORDER BY account_id",
        &[],
    )? {
        publish_volunteer(c, v.i64(0)?)?;
    }
    Ok(())
}

/// Sends a volunteer's roles to the coordinators (a tombstone once they hold none).
fn publish_volunteer(c: &mut dyn Conn, account: i64) -> HubResult<()> {
    let p = by_id(c, account)?;
    let card = c
        .query_one("SELECT card FROM accounts WHERE id = $1", params![account])?
        .str(0)?;
    let roles = volunteer_roles(c, &card)?;
    let body = if roles.is_empty() {
        None
    } else {
        Some(serde_json::to_value(cml_api::VolunteerRoles {
            card,
            name: p.name.clone(),
            roles,
        })?)
    };
    feed::publish(
        c,
        collections::VOLUNTEER_ROLES,
        COORDINATORS,
        &account.to_string(),
        body.as_ref(),
    )?;
    Ok(())
}

fn republish_for(c: &mut dyn Conn, reader: i64) -> HubResult<()> {
    for d in c.query("SELECT id FROM deliveries WHERE reader_id = $1", params![reader])? {
        publish(c, d.i64(0)?, Utc::now())?;
    }
    Ok(())
}

pub fn request(
    c: &mut dyn Conn,
    key: &str,
    caller: i64,
    req: &DeliveryRequest,
    now: DateTime<Utc>,
) -> HubResult<ChangeResult> {
    let reader = match req.reader_card.as_deref().map(str::trim).filter(|s| !s.is_empty()) {
        None => by_id(c, caller)?,
        Some(card) => match by_card(c, card)? {
            Some(p) => p,
            None => {
                return Ok(ChangeResult::refused_msg(
                    key,
                    "not_found",
                    Msg::new("outcome-no-such-card").arg("card", card),
                ))
            }
        },
    };
    if !may(c, reader.id, caller, "deliveries")? {
        return Ok(ChangeResult::refused_msg(
            key,
            "not_allowed",
            Msg::new("outcome-not-your-deliveries").arg("name", &reader.name),
        ));
    }
    let req = match check_request(req) {
        Ok(r) => r,
        Err(message) => return Ok(ChangeResult::refused_msg(key, "invalid_input", message)),
    };
    c.lock("accounts", "id", reader.id.into())?;
    if c.query_opt(
        "SELECT id FROM deliveries WHERE reader_id = $1 AND status NOT IN ('declined', 'ended')",
        params![reader.id],
    )?
    .is_some()
    {
        return Ok(ChangeResult::refused_msg(
            key,
            "already_requested",
            Msg::new("outcome-delivery-already").arg("name", &reader.name),
        ));
    }
    let library = reader.home.clone().unwrap_or_else(|| "BAS".into());
    let id = c
        .query_one(
            "INSERT INTO deliveries (reader_id, library_code, address, postcode, access_notes, preferred_day, time_of_day, \
             frequency, preferences, status, requested_by, created_at, updated_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, 'requested', $10, $11, $11) RETURNING id",
            params![
                reader.id,
                library,
                req.address.clone(),
                req.postcode.clone(),
                req.access_notes.clone(),
                req.preferred_day.map(i64::from),
                req.time_of_day.clone(),
                req.frequency.clone(),
                serde_json::to_string(&req.preferences)?,
                caller,
                now.to_rfc3339()
            ],
        )?
        .i64(0)?;
    publish(c, id, now)?;
    Ok(ChangeResult::applied_msg(
        key,
        "delivery_requested",
        if reader.id == caller {
            Msg::new("outcome-delivery-requested")
        } else {
            Msg::new("outcome-delivery-requested-for").arg("name", &reader.name)
        },
    ))
}

/// Pause, resume or end a delivery: the reader, a carer who manages it, or a coordinator.
pub fn set_state(
    c: &mut dyn Conn,
    key: &str,
    caller: i64,
    coordinator: bool,
    id: i64,
    action: &str,
    now: DateTime<Utc>,
) -> HubResult<ChangeResult> {
    c.lock("deliveries", "id", id.into())?;
    let Some((reader, d)) = load(c, id, false, today(now))? else {
        return Ok(ChangeResult::refused_msg(
            key,
            "not_found",
            Msg::new("outcome-no-such-delivery"),
        ));
    };
    if !coordinator && !may(c, reader, caller, "deliveries")? {
        return Ok(ChangeResult::refused_msg(
            key,
            "not_found",
            Msg::new("outcome-no-such-delivery"),
        ));
    }
    let delivered = c
        .query_opt(
            "SELECT 1 FROM visits WHERE delivery_id = $1 AND status = 'delivered' LIMIT 1",
            params![id],
        )?
        .is_some();
    let next = match (action, d.status.as_str()) {
        ("pause", "accepted" | "active") => "paused",
        ("resume", "paused") if delivered => "active",
        ("resume", "paused") => "accepted",
        ("end", s) if !matches!(s, "ended" | "declined") => "ended",
        ("pause" | "resume" | "end", s) => {
            return Ok(ChangeResult::refused_msg(
                key,
                "invalid_state",
                Msg::new(&format!("outcome-cannot-{action}")).arg("state", Msg::new(&format!("code-delivery-{s}"))),
            ))
        }
        _ => {
            return Ok(ChangeResult::refused_msg(
                key,
                "invalid_input",
                Msg::new("outcome-say-pause-resume-end"),
            ))
        }
    };
    c.exec(
        "UPDATE deliveries SET status = $2, updated_at = $3 WHERE id = $1",
        params![id, next, now.to_rfc3339()],
    )?;
    if next != "active" && next != "accepted" {
        // No visits while paused or ended: the ones to come are called off.
        let called_off = c.query(
            "SELECT id FROM visits WHERE delivery_id = $1 AND status = 'scheduled' AND visit_date >= $2",
            params![id, day_text(today(now))],
        )?;
        for v in called_off {
            let vid = v.i64(0)?;
            c.exec("UPDATE visits SET status = 'cancelled' WHERE id = $1", params![vid])?;
            withdraw_round(c, vid)?;
        }
    }
    publish(c, id, now)?;
    let id = match next {
        "paused" => "outcome-delivery-paused",
        "ended" => "outcome-delivery-ended",
        _ => "outcome-delivery-resumed",
    };
    Ok(ChangeResult::applied_msg(key, next, Msg::new(id)))
}

pub fn accept(c: &mut dyn Conn, id: i64, now: DateTime<Utc>) -> HubResult<Delivery> {
    decide(c, id, None, now)
}

pub fn decline(c: &mut dyn Conn, id: i64, reason: &str, now: DateTime<Utc>) -> HubResult<Delivery> {
    let reason = reason.trim();
    if reason.is_empty() || reason.chars().count() > 300 {
        return Err(HubError::invalid("reason", say("hub-say-why")));
    }
    decide(c, id, Some(reason), now)
}

fn decide(c: &mut dyn Conn, id: i64, decline: Option<&str>, now: DateTime<Utc>) -> HubResult<Delivery> {
    c.lock("deliveries", "id", id.into())?;
    let Some((_, d)) = load(c, id, false, today(now))? else {
        return Err(HubError::NotFound(say_msg(Msg::new("hub-no-delivery").arg("id", id))));
    };
    if d.status != "requested" {
        return Err(HubError::Conflict(say_msg(
            Msg::new("hub-request-already").arg("state", Msg::new(&format!("code-delivery-{}", d.status))),
        )));
    }
    c.exec(
        "UPDATE deliveries SET status = $2, decline_reason = $3, updated_at = $4 WHERE id = $1",
        params![
            id,
            if decline.is_some() { "declined" } else { "accepted" },
            decline,
            now.to_rfc3339()
        ],
    )?;
    publish(c, id, now)?;
    Ok(load(c, id, true, today(now))?.expect("just updated").1)
}

fn volunteer(c: &mut dyn Conn, card: &str, role: &str, field: &str) -> HubResult<Person> {
    let p = by_card(c, card)?
        .ok_or_else(|| HubError::invalid(field, say_msg(Msg::new("hub-no-one-card").arg("card", card))))?;
    if !has_role(c, p.id, role)? {
        return Err(HubError::invalid(
            field,
            say_msg(
                Msg::new("hub-lacks-role")
                    .arg("name", &p.name)
                    .arg("role", role_name(role)),
            ),
        ));
    }
    Ok(p)
}

/// Schedules a visit (and `repeat` more at the delivery's frequency) with a chooser and a
/// deliverer who hold those roles (coordinators).
pub fn schedule(c: &mut dyn Conn, id: i64, plan: &VisitPlan, now: DateTime<Utc>) -> HubResult<Delivery> {
    c.lock("deliveries", "id", id.into())?;
    let today = today(now);
    let Some((_, d)) = load(c, id, false, today)? else {
        return Err(HubError::NotFound(say_msg(Msg::new("hub-no-delivery").arg("id", id))));
    };
    if !matches!(d.status.as_str(), "accepted" | "active") {
        return Err(HubError::Conflict(say_msg(
            Msg::new("hub-delivery-not-running").arg("state", Msg::new(&format!("code-delivery-{}", d.status))),
        )));
    }
    if plan.date < today {
        return Err(HubError::invalid("date", say("hub-visit-past")));
    }
    if !TIMES.contains(&plan.time_of_day.as_str()) {
        return Err(HubError::invalid("time_of_day", say("hub-time-of-day")));
    }
    if plan.repeat > 12 {
        return Err(HubError::invalid("repeat", say("hub-repeat-visits")));
    }
    let chooser = volunteer(c, &plan.chooser_card, "chooser", "chooser_card")?;
    let deliverer = volunteer(c, &plan.deliverer_card, "deliverer", "deliverer_card")?;
    let mut date = plan.date;
    for _ in 0..=plan.repeat {
        let vid = c
            .query_one(
                "INSERT INTO visits (delivery_id, visit_date, time_of_day, chooser_id, deliverer_id, status) \
                 VALUES ($1, $2, $3, $4, $5, 'scheduled') RETURNING id",
                params![id, day_text(date), plan.time_of_day.clone(), chooser.id, deliverer.id],
            )?
            .i64(0)?;
        let _ = vid;
        date = match d.frequency.as_str() {
            "weekly" => date + Duration::days(7),
            "fortnightly" => date + Duration::days(14),
            _ => date
                .checked_add_months(Months::new(1))
                .unwrap_or(date + Duration::days(30)),
        };
    }
    publish(c, id, now)?;
    refresh_rounds(c, now)?;
    Ok(load(c, id, true, today)?.expect("just scheduled").1)
}

/// Every delivery with its reader's preferences and past visits (coordinators); each is a read of
/// the reader's address and is written to the audit log.
pub fn all(c: &mut dyn Conn, actor: i64, now: DateTime<Utc>) -> HubResult<Vec<Delivery>> {
    let rows = c.query(
        &format!("SELECT {DELIVERY_COLUMNS} FROM deliveries d JOIN accounts a ON a.id = d.reader_id ORDER BY d.id"),
        &[],
    )?;
    let mut out = Vec::new();
    for r in rows {
        let (reader, d) = delivery_row(c, &r, true, today(now))?;
        audit(c, actor, reader, "coordinator", now)?;
        out.push(d);
    }
    Ok(out)
}

// --- rounds --------------------------------------------------------------------------------------

fn round_stop(c: &mut dyn Conn, visit_id: i64, volunteer: i64) -> HubResult<RoundStop> {
    let (reader, v, chooser, deliverer) = visit(c, visit_id)?;
    let (_, d) = load(c, v.delivery_id, false, v.date)?.ok_or_else(|| HubError::Internal("no delivery".into()))?;
    let loans = circulation::loans_of(c, reader)?;
    Ok(RoundStop {
        visit_id,
        delivery_id: v.delivery_id,
        date: v.date,
        time_of_day: v.time_of_day.clone(),
        status: v.status.clone(),
        reader_name: d.reader_name,
        reader_card: d.reader_card,
        address: d.address,
        postcode: d.postcode,
        access_notes: d.access_notes,
        preferences: d.preferences,
        bag: v.bag,
        due_back: loans
            .into_iter()
            .map(|l| DueBack {
                barcode: l.barcode,
                title: l.title,
                due: l.due,
            })
            .collect(),
        delivering: deliverer == volunteer,
        choosing: chooser == volunteer,
        reactions: reactions_of(c, v.delivery_id)?,
    })
}

fn volunteers_of(c: &mut dyn Conn, visit_id: i64) -> HubResult<Vec<i64>> {
    let r = c.query_one(
        "SELECT chooser_id, deliverer_id FROM visits WHERE id = $1",
        params![visit_id],
    )?;
    let (a, b) = (r.i64(0)?, r.i64(1)?);
    Ok(if a == b { vec![a] } else { vec![a, b] })
}

fn publish_round(c: &mut dyn Conn, visit_id: i64) -> HubResult<()> {
    for who in volunteers_of(c, visit_id)? {
        let stop = round_stop(c, visit_id, who)?;
        feed::publish(
            c,
            collections::ROUNDS,
            &format!("a:{who}"),
            &visit_id.to_string(),
            Some(&serde_json::to_value(&stop)?),
        )?;
    }
    Ok(())
}

fn withdraw_round(c: &mut dyn Conn, visit_id: i64) -> HubResult<()> {
    for who in volunteers_of(c, visit_id)? {
        feed::publish(c, collections::ROUNDS, &format!("a:{who}"), &visit_id.to_string(), None)?;
    }
    c.exec(
        "UPDATE visits SET on_rounds = 2 WHERE id = $1 AND on_rounds = 1",
        params![visit_id],
    )?;
    Ok(())
}

/// Puts visits on their volunteers' phones from the day before and takes them off after the day
/// after (the hub runs this every minute). Returns (published, withdrawn).
pub fn refresh_rounds(c: &mut dyn Conn, now: DateTime<Utc>) -> HubResult<(u64, u64)> {
    let today = today(now);
    let (from, to) = (day_text(today - Duration::days(1)), day_text(today + Duration::days(1)));
    let opening = c.query(
        "SELECT id FROM visits WHERE on_rounds = 0 AND status <> 'cancelled' AND visit_date >= $1 AND visit_date <= $2",
        params![from.clone(), to],
    )?;
    for r in &opening {
        let id = r.i64(0)?;
        publish_round(c, id)?;
        c.exec("UPDATE visits SET on_rounds = 1 WHERE id = $1", params![id])?;
    }
    let closing = c.query(
        "SELECT id FROM visits WHERE on_rounds = 1 AND visit_date < $1",
        params![from],
    )?;
    for r in &closing {
        withdraw_round(c, r.i64(0)?)?;
    }
    Ok((opening.len() as u64, closing.len() as u64))
}

fn on_round(c: &mut dyn Conn, visit_id: i64) -> HubResult<bool> {
    Ok(
        c.query_one("SELECT on_rounds FROM visits WHERE id = $1", params![visit_id])?
            .i64(0)?
            == 1,
    )
}

/// The chooser fills the bag for a visit. Titles the reader borrowed before are flagged unless they
/// allow repeats. All or nothing: one unknown barcode and the bag is left as it was.
pub fn choose(
    c: &mut dyn Conn,
    key: &str,
    caller: i64,
    coordinator: bool,
    visit_id: i64,
    barcodes: &[String],
) -> HubResult<ChangeResult> {
    let Some(row) = c.query_opt("SELECT chooser_id, status FROM visits WHERE id = $1", params![visit_id])? else {
        return Ok(ChangeResult::refused_msg(
            key,
            "not_found",
            Msg::new("outcome-no-such-visit"),
        ));
    };
    if row.i64(0)? != caller && !coordinator {
        return Ok(ChangeResult::refused_msg(
            key,
            "not_allowed",
            Msg::new("outcome-only-chooser"),
        ));
    }
    if row.str(1)? != "scheduled" {
        return Ok(ChangeResult::refused_msg(
            key,
            "already_recorded",
            Msg::new("outcome-visit-happened"),
        ));
    }
    if barcodes.len() > 20 {
        return Ok(ChangeResult::refused_msg(
            key,
            "invalid_input",
            Msg::new("outcome-bag-limit"),
        ));
    }
    let (reader, _, _, _) = visit(c, visit_id)?;
    let allow_repeats = {
        let d = c.query_one(
            "SELECT d.preferences FROM visits v JOIN deliveries d ON d.id = v.delivery_id WHERE v.id = $1",
            params![visit_id],
        )?;
        serde_json::from_str::<ReadingPreferences>(&d.str(0)?)?.allow_repeats
    };
    let mut records = Vec::new();
    for b in barcodes {
        match c.query_opt(
            "SELECT record_id, status FROM items WHERE barcode = $1",
            params![b.clone()],
        )? {
            None => {
                return Ok(ChangeResult::refused_msg(
                    key,
                    "invalid_input",
                    Msg::new("outcome-bag-no-copy").arg("barcode", b),
                ))
            }
            Some(r) if r.str(1)? == "reference" => {
                return Ok(ChangeResult::refused_msg(
                    key,
                    "invalid_input",
                    Msg::new("outcome-bag-reference").arg("barcode", b),
                ))
            }
            Some(r) => records.push(r.i64(0)?),
        }
    }
    c.exec(
        "DELETE FROM visit_items WHERE visit_id = $1 AND kind = 'bag'",
        params![visit_id],
    )?;
    let mut warnings = Vec::new();
    for (b, record) in barcodes.iter().zip(&records) {
        c.exec(
            "INSERT INTO visit_items (visit_id, barcode, kind) VALUES ($1, $2, 'bag')",
            params![visit_id, b.clone()],
        )?;
        if !allow_repeats && borrowed_before(c, reader, *record)? {
            warnings.push(title_of(c, *record)?);
        }
    }
    if on_round(c, visit_id)? {
        publish_round(c, visit_id)?;
    }
    let delivery = c
        .query_one("SELECT delivery_id FROM visits WHERE id = $1", params![visit_id])?
        .i64(0)?;
    publish(c, delivery, Utc::now())?;
    let n = barcodes.len();
    let message = if warnings.is_empty() {
        Msg::new("outcome-bag-ready").arg("n", n as i64)
    } else {
        Msg::new("outcome-bag-borrowed-before")
            .arg("n", n as i64)
            .arg("titles", warnings.join("; "))
    };
    Ok(ChangeResult::applied_msg(
        key,
        if warnings.is_empty() {
            "bag_ready"
        } else {
            "borrowed_before"
        },
        message,
    ))
}

/// The deliverer records a visit at the door. Items handed over are lent to the reader and items
/// collected are returned, in the change's one transaction; a welfare concern reaches every
/// coordinator at their next sync. All or nothing: a barcode that does not exist refuses it all.
#[allow(clippy::too_many_arguments)]
pub fn record(
    c: &mut dyn Conn,
    key: &str,
    caller: i64,
    coordinator: bool,
    visit_id: i64,
    outcome: &str,
    note: Option<&str>,
    handed: &[String],
    collected: &[String],
    now: DateTime<Utc>,
) -> HubResult<ChangeResult> {
    c.lock("visits", "id", visit_id.into())?;
    let Some(row) = c.query_opt(
        "SELECT v.deliverer_id, v.status, d.reader_id, d.library_code, d.id, a.card, a.name FROM visits v \
         JOIN deliveries d ON d.id = v.delivery_id JOIN accounts a ON a.id = d.reader_id WHERE v.id = $1",
        params![visit_id],
    )?
    else {
        return Ok(ChangeResult::refused_msg(
            key,
            "not_found",
            Msg::new("outcome-no-such-visit"),
        ));
    };
    if row.i64(0)? != caller && !coordinator {
        return Ok(ChangeResult::refused_msg(
            key,
            "not_allowed",
            Msg::new("outcome-only-deliverer"),
        ));
    }
    if row.str(1)? != "scheduled" {
        return Ok(ChangeResult::refused_msg(
            key,
            "already_recorded",
            Msg::new("outcome-visit-recorded-already"),
        ));
    }
    if !OUTCOMES.contains(&outcome) {
        return Ok(ChangeResult::refused_msg(
            key,
            "invalid_input",
            Msg::new("outcome-visit-outcomes").arg("outcomes", OUTCOMES.join(", ")),
        ));
    }
    let note = note.map(str::trim).filter(|n| !n.is_empty());
    if outcome == "welfare_concern" && note.is_none() {
        return Ok(ChangeResult::refused_msg(
            key,
            "invalid_input",
            Msg::new("outcome-say-concern"),
        ));
    }
    if note.is_some_and(|n| n.chars().count() > 1000) {
        return Ok(ChangeResult::refused_msg(
            key,
            "invalid_input",
            Msg::new("outcome-note-length"),
        ));
    }
    if outcome != "delivered" && !handed.is_empty() {
        return Ok(ChangeResult::refused_msg(
            key,
            "invalid_input",
            Msg::new("outcome-handed-only-delivered"),
        ));
    }
    let (reader, library, delivery, reader_card) = (row.i64(2)?, row.str(3)?, row.i64(4)?, row.str(5)?);
    for b in handed.iter().chain(collected) {
        if c.query_opt("SELECT 1 FROM items WHERE barcode = $1", params![b.clone()])?
            .is_none()
        {
            return Ok(ChangeResult::refused_msg(
                key,
                "invalid_input",
                Msg::new("outcome-visit-no-copy").arg("barcode", b),
            ));
        }
    }
    for b in collected {
        let result = circulation::checkin(c, key, circulation::DeskStaff::Anywhere, b, &library, now)?;
        if result.status == cml_api::ChangeStatus::Refused {
            return Err(HubError::Conflict(result.message));
        }
        c.exec(
            "INSERT INTO visit_items (visit_id, barcode, kind) VALUES ($1, $2, 'collected')",
            params![visit_id, b.clone()],
        )?;
    }
    for b in handed {
        let result = circulation::checkout(c, key, circulation::DeskStaff::Anywhere, b, &reader_card, now)?;
        if result.status == cml_api::ChangeStatus::Refused {
            // Nothing of this visit is kept: the transaction is rolled back.
            return Err(HubError::Conflict(format!("{b}: {}", result.message)));
        }
        c.exec(
            "INSERT INTO visit_items (visit_id, barcode, kind) VALUES ($1, $2, 'handed')",
            params![visit_id, b.clone()],
        )?;
    }
    c.exec(
        "UPDATE visits SET status = $2, note = $3, recorded_at = $4 WHERE id = $1",
        params![visit_id, outcome, note, now.to_rfc3339()],
    )?;
    if outcome == "delivered" {
        c.exec(
            "UPDATE deliveries SET status = 'active', updated_at = $2 WHERE id = $1 AND status = 'accepted'",
            params![delivery, now.to_rfc3339()],
        )?;
    }
    if outcome == "welfare_concern" {
        c.exec(
            "UPDATE visits SET concern_raised_by = $2 WHERE id = $1",
            params![visit_id, caller],
        )?;
        publish_concern(c, visit_id)?;
    }
    if on_round(c, visit_id)? {
        publish_round(c, visit_id)?;
    }
    publish(c, delivery, now)?;
    let _ = reader;
    let message = match outcome {
        "delivered" => Msg::new("outcome-visit-delivered")
            .arg("handed", handed.len() as i64)
            .arg("collected", collected.len() as i64),
        "welfare_concern" => Msg::new("outcome-visit-concern"),
        _ => Msg::new("outcome-visit-recorded"),
    };
    Ok(ChangeResult::applied_msg(key, outcome, message))
}

// --- welfare concerns ----------------------------------------------------------------------------

/// Sends a welfare concern, open or closed, to every coordinator.
fn publish_concern(c: &mut dyn Conn, visit_id: i64) -> HubResult<()> {
    let r = c.query_one(
        "SELECT v.visit_date, v.note, a.name, a.card, COALESCE(rb.name, dv.name, ''), v.concern_closed_at, \
         cb.name, v.concern_close_note FROM visits v JOIN deliveries d ON d.id = v.delivery_id \
         JOIN accounts a ON a.id = d.reader_id LEFT JOIN accounts rb ON rb.id = v.concern_raised_by \
         LEFT JOIN accounts dv ON dv.id = v.deliverer_id LEFT JOIN accounts cb ON cb.id = v.concern_closed_by \
         WHERE v.id = $1",
        params![visit_id],
    )?;
    let closed = match r.opt_str(5)? {
        Some(at) => Some(cml_api::ConcernClosed {
            at: DateTime::parse_from_rfc3339(&at)
                .map_err(|e| HubError::Internal(format!("visit {visit_id}: concern_closed_at {at:?}: {e}")))?
                .with_timezone(&Utc),
            by: r.opt_str(6)?.unwrap_or_default(),
            note: r.opt_str(7)?.unwrap_or_default(),
        }),
        None => None,
    };
    let concern = WelfareConcern {
        visit_id,
        reader_name: r.str(2)?,
        reader_card: r.str(3)?,
        date: day(&r.str(0)?)?,
        note: r.opt_str(1)?.unwrap_or_default(),
        raised_by: r.str(4)?,
        closed,
    };
    feed::publish(
        c,
        collections::CONCERNS,
        COORDINATORS,
        &visit_id.to_string(),
        Some(&serde_json::to_value(&concern)?),
    )?;
    Ok(())
}

/// A coordinator closes a welfare concern, with a note of what was done (every coordinator's
/// phone shows it closed, by whom and why).
pub fn close_concern(
    c: &mut dyn Conn,
    key: &str,
    caller: i64,
    visit_id: i64,
    note: &str,
    now: DateTime<Utc>,
) -> HubResult<ChangeResult> {
    let note = note.trim();
    if note.is_empty() || note.chars().count() > 1000 {
        return Ok(ChangeResult::refused_msg(
            key,
            "invalid_input",
            Msg::new("outcome-concern-note"),
        ));
    }
    c.lock("visits", "id", visit_id.into())?;
    let Some(row) = c.query_opt(
        "SELECT v.status, v.concern_closed_at, a.name, cb.name FROM visits v JOIN deliveries d ON d.id = v.delivery_id \
         JOIN accounts a ON a.id = d.reader_id LEFT JOIN accounts cb ON cb.id = v.concern_closed_by WHERE v.id = $1",
        params![visit_id],
    )?
    .filter(|r| r.str(0).is_ok_and(|s| s == "welfare_concern")) else {
        return Ok(ChangeResult::refused_msg(
            key,
            "not_found",
            Msg::new("outcome-no-such-concern"),
        ));
    };
    let name = row.str(2)?;
    if row.opt_str(1)?.is_some() {
        return Ok(ChangeResult::refused_msg(
            key,
            "already_closed",
            Msg::new("outcome-concern-already-closed")
                .arg("name", &name)
                .arg("by", row.opt_str(3)?.unwrap_or_default()),
        ));
    }
    c.exec(
        "UPDATE visits SET concern_closed_at = $2, concern_closed_by = $3, concern_close_note = $4 WHERE id = $1",
        params![visit_id, now.to_rfc3339(), caller, note.to_owned()],
    )?;
    publish_concern(c, visit_id)?;
    Ok(ChangeResult::applied_msg(
        key,
        "concern_closed",
        Msg::new("outcome-concern-closed").arg("name", &name),
    ))
}

// --- audit ---------------------------------------------------------------------------------------

pub fn audit(c: &mut dyn Conn, actor: i64, reader: i64, via: &str, now: DateTime<Utc>) -> HubResult<()> {
    c.exec(
        "INSERT INTO audit_log (at, actor_id, reader_id, via) VALUES ($1, $2, $3, $4)",
        params![now.to_rfc3339(), actor, reader, via],
    )?;
    Ok(())
}

/// Audit entries for what a feed page sent: each round stop or delivery carries an address.
pub fn audit_feed(
    c: &mut dyn Conn,
    actor: i64,
    collection: &str,
    keys: &[String],
    now: DateTime<Utc>,
) -> HubResult<()> {
    for key in keys {
        let Ok(id) = key.parse::<i64>() else { continue };
        let reader = match collection {
            collections::ROUNDS => c.query_opt(
                "SELECT d.reader_id FROM visits v JOIN deliveries d ON d.id = v.delivery_id WHERE v.id = $1",
                params![id],
            )?,
            _ => c.query_opt("SELECT reader_id FROM deliveries WHERE id = $1", params![id])?,
        };
        if let Some(r) = reader {
            let via = if collection == collections::ROUNDS {
                "round"
            } else {
                "delivery"
            };
            audit(c, actor, r.i64(0)?, via, now)?;
        }
    }
    Ok(())
}

/// The audit log, for one reader (by card) or everyone, latest first (coordinators).
pub fn audit_log(c: &mut dyn Conn, reader_card: Option<&str>) -> HubResult<Vec<AuditEntry>> {
    let reader = match reader_card {
        Some(card) => Some(
            by_card(c, card)?
                .ok_or_else(|| HubError::NotFound(say_msg(Msg::new("hub-no-one-card").arg("card", card))))?
                .id,
        ),
        None => None,
    };
    let rows = c.query(
        "SELECT l.at, a.card, a.name, r.card, l.via FROM audit_log l JOIN accounts a ON a.id = l.actor_id \
         JOIN accounts r ON r.id = l.reader_id WHERE ($1 < 0 OR l.reader_id = $1) ORDER BY l.id DESC LIMIT 1000",
        params![reader.unwrap_or(-1)],
    )?;
    rows.iter()
        .map(|r| {
            Ok(AuditEntry {
                at: DateTime::parse_from_rfc3339(&r.str(0)?)
                    .map_err(|e| HubError::Internal(e.to_string()))?
                    .with_timezone(&Utc),
                actor_card: r.str(1)?,
                actor_name: r.str(2)?,
                reader_card: r.str(3)?,
                via: r.str(4)?,
            })
        })
        .collect()
}

/// A carer with the "loans" right (or the member) reads a member's loans.
pub fn loans_for(c: &mut dyn Conn, caller: i64, card: &str) -> HubResult<Vec<cml_api::Loan>> {
    let m =
        by_card(c, card)?.ok_or_else(|| HubError::NotFound(say_msg(Msg::new("hub-no-one-card").arg("card", card))))?;
    if !may(c, m.id, caller, "loans")? {
        return Err(HubError::forbidden());
    }
    circulation::loans_of(c, m.id)
}

/// Whether `caller` may reserve for the member with `card`; that member's account if so.
pub fn reserving_for(c: &mut dyn Conn, caller: i64, card: &str) -> HubResult<Result<cml_api::Account, Msg>> {
    let Some(m) = by_card(c, card)? else {
        return Ok(Err(Msg::new("outcome-no-such-card").arg("card", card)));
    };
    if !may(c, m.id, caller, "reserve")? {
        return Ok(Err(Msg::new("outcome-not-your-reserving").arg("name", &m.name)));
    }
    Ok(Ok(crate::auth::load_account(c, m.id)?))
}
