//! Changes sent by devices, applied exactly once. Each change is applied in its own transaction
//! together with the record of its idempotency key and its result; the same key sent again gets
//! that first result, and the same key with a different change is refused.

use chrono::{DateTime, Utc};
use cml_api::i18n::Msg;
use cml_api::{Change, ChangeEnvelope, ChangeResult, Role};
use sha2::{Digest, Sha256};

use crate::auth::Caller;
use crate::db::Conn;
use crate::error::{HubError, HubResult};
use crate::i18n::{say, say_msg};
use crate::{circulation, deliveries, events, params, programme, rooms, volunteers, AppState};

fn check_key(key: &str) -> HubResult<()> {
    let ok = (8..=100).contains(&key.len()) && key.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
    if ok {
        Ok(())
    } else {
        Err(HubError::invalid("key", say("hub-idempotency-key")))
    }
}

fn request_hash(change: &Change) -> HubResult<String> {
    let text = serde_json::to_string(change)?;
    Ok(Sha256::digest(text.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect())
}

/// Applies one change for `account` (or answers with the result it had before).
pub fn apply_one(c: &mut dyn Conn, caller: &Caller, env: &ChangeEnvelope) -> HubResult<ChangeResult> {
    let account = caller.account.id;
    if crate::http::has_nul_escape(serde_json::to_string(&env.change)?.as_bytes()) {
        return Ok(ChangeResult::refused_msg(
            &env.key,
            "invalid_input",
            Msg::new("outcome-nul"),
        ));
    }
    let hash = request_hash(&env.change)?;
    // One account's changes take turns, so a key sent twice at once is applied once.
    c.lock("accounts", "id", account.into())?;
    if let Some(row) = c.query_opt(
        "SELECT request_hash, response FROM applied_changes WHERE account_id = $1 AND idempotency_key = $2",
        params![account, env.key.clone()],
    )? {
        if row.str(0)? != hash {
            return Ok(ChangeResult::refused_msg(
                &env.key,
                "idempotency_mismatch",
                Msg::new("outcome-idempotency-mismatch"),
            ));
        }
        return Ok(serde_json::from_str(&row.str(1)?)?);
    }
    let now = Utc::now();
    let result = apply(c, caller, &env.key, &env.change, now)?;
    c.exec(
        "INSERT INTO applied_changes (idempotency_key, account_id, request_hash, response, made_at, applied_at) \
         VALUES ($1, $2, $3, $4, $5, $6)",
        params![
            env.key.clone(),
            account,
            hash,
            serde_json::to_string(&result)?,
            env.made_at.to_rfc3339(),
            now.to_rfc3339()
        ],
    )?;
    Ok(result)
}

/// Whether the caller may make this change at all (if not, the id of the message saying why).
fn allowed(caller: &Caller, change: &Change) -> Result<(), &'static str> {
    let coordinator = caller.has(Role::Coordinator) || caller.has(Role::Admin);
    let desk = caller.has(Role::Volunteer) || coordinator;
    match change {
        Change::SetAttendance { .. } | Change::SetWalkIns { .. } if !desk => Err("outcome-only-hosts"),
        Change::SetAttendance { .. } | Change::SetWalkIns { .. } => Ok(()),
        Change::BookRoom { .. } | Change::CancelRoomBooking { .. } if !(caller.has(Role::Partner) || coordinator) => {
            Err("outcome-only-partners")
        }
        Change::BookRoom { .. } | Change::CancelRoomBooking { .. } => Ok(()),
        Change::ChooseItems { .. } | Change::RecordVisit { .. } if !desk => Err("outcome-only-visit-volunteers"),
        Change::ChooseItems { .. } | Change::RecordVisit { .. } => Ok(()),
        Change::SignUpShift { .. }
        | Change::DropShift { .. }
        | Change::CheckIn { .. }
        | Change::CheckOut { .. }
        | Change::FixCheckOut { .. }
            if !desk =>
        {
            Err("outcome-only-volunteers")
        }
        Change::SignUpShift { .. }
        | Change::DropShift { .. }
        | Change::CheckIn { .. }
        | Change::CheckOut { .. }
        | Change::FixCheckOut { .. } => Ok(()),
        Change::CloseConcern { .. } if !coordinator => Err("outcome-only-coordinators-concerns"),
        Change::CloseConcern { .. } => Ok(()),
        Change::Checkout { .. } | Change::Checkin { .. } if !desk => Err("outcome-only-desk"),
        Change::Checkout { .. } | Change::Checkin { .. } => Ok(()),
        Change::BookEvent { .. } | Change::CancelBooking { .. } | Change::BookSeries { .. }
            if !caller.has(Role::Member) =>
        {
            Err("outcome-only-members-book")
        }
        Change::AnswerConsultation { .. } if !caller.has(Role::Member) => Err("outcome-only-members-answer"),
        _ if !caller.has(Role::Member) => Err("outcome-only-members"),
        _ => Ok(()),
    }
}

/// A field too long or malformed to look up at all (the id of the message saying so).
fn malformed(change: &Change) -> Option<&'static str> {
    let code_ok = |s: &str| (1..=10).contains(&s.len()) && s.chars().all(|c| c.is_ascii_alphanumeric());
    match change {
        Change::PlaceHold { pickup, .. } | Change::ChangePickup { pickup, .. } if !code_ok(pickup) => {
            Some("outcome-bad-library-code")
        }
        Change::SetDefaultPickup { library } | Change::Checkin { library, .. } if !code_ok(library) => {
            Some("outcome-bad-library-code")
        }
        Change::Checkout { barcode, .. } | Change::Checkin { barcode, .. }
            if !(1..=32).contains(&barcode.len()) || !barcode.chars().all(|c| c.is_ascii_graphic()) =>
        {
            Some("outcome-bad-barcode")
        }
        _ => None,
    }
}

fn apply(c: &mut dyn Conn, caller: &Caller, key: &str, change: &Change, now: DateTime<Utc>) -> HubResult<ChangeResult> {
    if let Err(id) = allowed(caller, change) {
        return Ok(ChangeResult::refused_msg(key, "not_allowed", Msg::new(id)));
    }
    if let Some(id) = malformed(change) {
        return Ok(ChangeResult::refused_msg(key, "invalid_input", Msg::new(id)));
    }
    let account = caller.account.id;
    let coordinator = caller.has(Role::Coordinator) || caller.has(Role::Admin);
    let desk = if coordinator {
        circulation::DeskStaff::Anywhere
    } else {
        circulation::DeskStaff::Volunteer(account)
    };
    Ok(match change {
        Change::BookEvent { event_id, places } => events::book(c, key, account, *event_id, *places, now)?,
        Change::CancelBooking { event_id } => events::cancel(c, key, account, *event_id, now)?,
        Change::PlaceHold {
            record_id,
            pickup,
            for_card: None,
        } => circulation::place_hold(c, key, &caller.account, *record_id, pickup, now)?,
        Change::PlaceHold {
            record_id,
            pickup,
            for_card: Some(card),
        } => match deliveries::reserving_for(c, account, card)? {
            Ok(member) => circulation::place_hold(c, key, &member, *record_id, pickup, now)?,
            Err(message) => ChangeResult::refused_msg(key, "not_allowed", message),
        },
        Change::CancelHold { hold_id } => circulation::cancel_hold(c, key, account, *hold_id, now)?,
        Change::SuspendHold { hold_id, until } => circulation::suspend_hold(c, key, account, *hold_id, *until, now)?,
        Change::ResumeHold { hold_id } => circulation::resume_hold(c, key, account, *hold_id, now)?,
        Change::ChangePickup { hold_id, pickup } => circulation::change_pickup(c, key, account, *hold_id, pickup, now)?,
        Change::SetDefaultPickup { library } => circulation::set_default_pickup(c, key, account, library)?,
        Change::Renew { loan_id } => circulation::renew(c, key, account, *loan_id, now)?,
        Change::SetReadingHistory { enabled } => circulation::set_history(c, key, account, *enabled)?,
        Change::DeleteReadingHistory => circulation::delete_history(c, key, account)?,
        Change::Checkout { barcode, card } => circulation::checkout(c, key, desk, barcode, card, now)?,
        Change::Checkin { barcode, library } => circulation::checkin(c, key, desk, barcode, library, now)?,
        Change::BookSeries { series_id, places } => programme::book_series(c, key, account, *series_id, *places, now)?,
        Change::SetAttendance { booking_id, attended } => {
            programme::set_attendance(c, key, account, coordinator, *booking_id, *attended, now)?
        }
        Change::SetWalkIns { event_id, count } => {
            programme::set_walk_ins(c, key, account, coordinator, *event_id, *count, now)?
        }
        Change::BookRoom {
            room_id,
            starts_at,
            ends_at,
            purpose,
        } => rooms::book(c, key, account, *room_id, *starts_at, *ends_at, purpose, now)?,
        Change::CancelRoomBooking { booking_id } => rooms::cancel(c, key, account, coordinator, *booking_id)?,
        Change::SignUpShift { shift_id } => volunteers::sign_up(c, key, account, *shift_id, now)?,
        Change::DropShift { shift_id } => volunteers::drop_shift(c, key, account, *shift_id, now)?,
        Change::CheckIn {
            session,
            library,
            shift_id,
            at,
        } => volunteers::check_in(c, key, account, session, library, *shift_id, *at, now)?,
        Change::CheckOut { session, at } => volunteers::check_out(c, key, account, session, *at, None, now)?,
        Change::FixCheckOut { session, at, reason } => {
            volunteers::check_out(c, key, account, session, *at, Some(reason), now)?
        }
        Change::AnswerConsultation {
            consultation_id,
            answers,
        } => crate::consultations::answer(c, key, account, *consultation_id, answers, now)?,
        Change::RequestDelivery { request } => deliveries::request(c, key, account, request, now)?,
        Change::SetDeliveryState { delivery_id, action } => {
            deliveries::set_state(c, key, account, coordinator, *delivery_id, action, now)?
        }
        Change::GrantProxy { carer_card, rights } => deliveries::grant(c, key, account, carer_card, rights, now)?,
        Change::RevokeProxy { carer_card } => deliveries::revoke(c, key, account, carer_card, now)?,
        Change::ChooseItems { visit_id, barcodes } => {
            deliveries::choose(c, key, account, coordinator, *visit_id, barcodes)?
        }
        Change::ReactToItem {
            visit_id,
            barcode,
            reaction,
        } => deliveries::react(c, key, account, *visit_id, barcode, reaction, now)?,
        Change::CloseConcern { visit_id, note } => deliveries::close_concern(c, key, account, *visit_id, note, now)?,
        Change::RecordVisit {
            visit_id,
            outcome,
            note,
            handed,
            collected,
        } => deliveries::record(
            c,
            key,
            account,
            coordinator,
            *visit_id,
            outcome,
            note.as_deref(),
            handed,
            collected,
            now,
        )?,
    })
}

/// Applies a batch in order, each change in its own transaction. A database failure stops the
/// batch with an error; the changes before it stay applied, and a resend gets their results.
pub async fn apply_batch(
    state: &AppState,
    caller: &Caller,
    changes: Vec<ChangeEnvelope>,
) -> HubResult<Vec<ChangeResult>> {
    if changes.len() > cml_api::MAX_BATCH {
        return Err(HubError::invalid(
            "changes",
            say_msg(Msg::new("hub-batch-limit").arg("max", cml_api::MAX_BATCH as i64)),
        ));
    }
    for env in &changes {
        check_key(&env.key)?;
    }
    let mut results = Vec::with_capacity(changes.len());
    for env in changes {
        let caller = caller.clone();
        let result = state.db.write(move |c| apply_one(c, &caller, &env)).await?;
        results.push(result);
    }
    Ok(results)
}
