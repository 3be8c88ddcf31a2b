//! "Have your say": coordinators publish a consultation for a library and a period; members answer
//! once each, through the outbox (so offline too); coordinators and the library's steering group
//! read the results: counts and free-text answers, never who gave them.

use chrono::{DateTime, NaiveDate, Utc};
use cml_api::consultations::{check_answers, QUESTION_KINDS, SCALE_TOP};
use cml_api::i18n::Msg;
use cml_api::{
    collections, Answer, Answered, ChangeResult, Consultation, ConsultationDraft, ConsultationResults, OptionCount,
    Question, QuestionResult,
};

use crate::db::Conn;
use crate::error::{HubError, HubResult};
use crate::i18n::{say, say_msg};
use crate::{feed, params};

fn plain(field: &str, text: &str, max: usize, what: &str) -> HubResult<String> {
    let t = text.trim();
    if t.is_empty() || t.chars().count() > max || t.chars().any(|c| c.is_control() && c != '\n') {
        return Err(HubError::invalid(
            field,
            say_msg(
                Msg::new("hub-text-length")
                    .arg("what", Msg::new(what))
                    .arg("max", max as i64),
            ),
        ));
    }
    Ok(t.to_owned())
}

fn check_questions(questions: &[Question]) -> HubResult<Vec<Question>> {
    if questions.is_empty() || questions.len() > 10 {
        return Err(HubError::invalid("questions", say("hub-questions-count")));
    }
    questions
        .iter()
        .map(|q| {
            if !QUESTION_KINDS.contains(&q.kind.as_str()) {
                return Err(HubError::invalid(
                    "questions",
                    say_msg(Msg::new("hub-question-kinds").arg("kinds", QUESTION_KINDS.join(", "))),
                ));
            }
            let choices = q
                .choices
                .iter()
                .map(|c| plain("questions", c, 100, "field-option"))
                .collect::<HubResult<Vec<_>>>()?;
            if q.kind == "choice" && !(2..=10).contains(&choices.len()) {
                return Err(HubError::invalid("questions", say("hub-choice-options")));
            }
            if q.kind != "choice" && !choices.is_empty() {
                return Err(HubError::invalid("questions", say("hub-options-choice-only")));
            }
            Ok(Question {
                kind: q.kind.clone(),
                text: plain("questions", &q.text, 300, "field-question")?,
                choices,
                scale_low: q
                    .scale_low
                    .as_deref()
                    .map(|s| plain("questions", s, 40, "field-scale-end"))
                    .transpose()?,
                scale_high: q
                    .scale_high
                    .as_deref()
                    .map(|s| plain("questions", s, 40, "field-scale-end"))
                    .transpose()?,
            })
        })
        .collect()
}

fn from_row(r: &crate::db::Row) -> HubResult<Consultation> {
    let day = |s: String| {
        NaiveDate::parse_from_str(&s, "%Y-%m-%d").map_err(|e| HubError::Internal(format!("stored date {s}: {e}")))
    };
    Ok(Consultation {
        id: r.i64(0)?,
        library: r.str(1)?,
        title: r.str(2)?,
        description: r.str(3)?,
        opens_on: day(r.str(4)?)?,
        closes_on: day(r.str(5)?)?,
        questions: serde_json::from_str(&r.str(6)?)?,
        published_at: DateTime::parse_from_rfc3339(&r.str(7)?)
            .map_err(|e| HubError::Internal(e.to_string()))?
            .with_timezone(&Utc),
    })
}

const COLUMNS: &str = "id, library_code, title, description, opens_on, closes_on, questions, published_at";

pub fn get(c: &mut dyn Conn, id: i64) -> HubResult<Option<Consultation>> {
    c.query_opt(
        &format!("SELECT {COLUMNS} FROM consultations WHERE id = $1"),
        params![id],
    )?
    .map(|r| from_row(&r))
    .transpose()
}

/// Publishes a consultation (coordinators): everyone's phone receives it at its next sync.
pub fn publish(c: &mut dyn Conn, d: &ConsultationDraft, author: i64, now: DateTime<Utc>) -> HubResult<Consultation> {
    crate::libraries::require(c, "library", &d.library)?;
    let title = plain("title", &d.title, 120, "field-title")?;
    let description = d.description.trim().to_owned();
    if description.chars().count() > 2000 {
        return Err(HubError::invalid("description", say("hub-description-length")));
    }
    if d.closes_on < d.opens_on {
        return Err(HubError::invalid("closes_on", say("hub-closes-before-opens")));
    }
    if d.closes_on < cml_api::london::today(now) {
        return Err(HubError::invalid("closes_on", say("hub-closed-already")));
    }
    let questions = check_questions(&d.questions)?;
    let id = c
        .query_one(
            "INSERT INTO consultations (library_code, title, description, opens_on, closes_on, questions, \
             published_by, published_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id",
            params![
                d.library.clone(),
                title,
                description,
                d.opens_on.to_string(),
                d.closes_on.to_string(),
                serde_json::to_string(&questions)?,
                author,
                now.to_rfc3339()
            ],
        )?
        .i64(0)?;
    let consultation = get(c, id)?.ok_or_else(|| HubError::Internal("the consultation went missing".into()))?;
    feed::publish(
        c,
        collections::CONSULTATIONS,
        feed::PUBLIC,
        &id.to_string(),
        Some(&serde_json::to_value(&consultation)?),
    )?;
    Ok(consultation)
}

/// A member answers, once.
pub fn answer(
    c: &mut dyn Conn,
    key: &str,
    account: i64,
    consultation_id: i64,
    answers: &[Answer],
    now: DateTime<Utc>,
) -> HubResult<ChangeResult> {
    c.lock("consultations", "id", consultation_id.into())?;
    let Some(consultation) = get(c, consultation_id)? else {
        return Ok(ChangeResult::refused_msg(
            key,
            "not_found",
            Msg::new("outcome-no-such-consultation"),
        ));
    };
    let today = cml_api::london::today(now);
    if today < consultation.opens_on {
        return Ok(ChangeResult::refused_msg(
            key,
            "not_open",
            Msg::new("outcome-consultation-not-open")
                .arg("title", &consultation.title)
                .arg("date", consultation.opens_on),
        ));
    }
    if today > consultation.closes_on {
        return Ok(ChangeResult::refused_msg(
            key,
            "closed",
            Msg::new("outcome-consultation-closed").arg("title", &consultation.title),
        ));
    }
    if let Err(why) = check_answers(&consultation, answers) {
        return Ok(ChangeResult::refused_msg(key, "invalid_input", why));
    }
    if c.query_opt(
        "SELECT 1 FROM consultation_responses WHERE consultation_id = $1 AND account_id = $2",
        params![consultation_id, account],
    )?
    .is_some()
    {
        return Ok(ChangeResult::refused_msg(
            key,
            "already_answered",
            Msg::new("outcome-consultation-answered-already").arg("title", &consultation.title),
        ));
    }
    let trimmed: Vec<Answer> = answers
        .iter()
        .map(|a| Answer {
            text: a.text.as_ref().map(|t| t.trim().to_owned()),
            ..a.clone()
        })
        .collect();
    c.exec(
        "INSERT INTO consultation_responses (consultation_id, account_id, answers, answered_at) VALUES ($1, $2, $3, $4)",
        params![consultation_id, account, serde_json::to_string(&trimmed)?, now.to_rfc3339()],
    )?;
    feed::publish(
        c,
        collections::ANSWERS,
        &format!("a:{account}"),
        &consultation_id.to_string(),
        Some(&serde_json::to_value(Answered {
            consultation_id,
            answered_at: now,
        })?),
    )?;
    Ok(ChangeResult::applied_msg(
        key,
        "answered",
        Msg::new("outcome-consultation-answered").arg("title", &consultation.title),
    ))
}

/// Whether `account` may read the results of a consultation at `library`: coordinators and
/// admins, and the library's steering group.
pub fn may_read_results(c: &mut dyn Conn, account: i64, staff: bool, library: &str) -> HubResult<bool> {
    if staff {
        return Ok(true);
    }
    Ok(c.query_opt(
        "SELECT 1 FROM volunteer_roles WHERE account_id = $1 AND library_code = $2 AND role = 'steering_group'",
        params![account, library],
    )?
    .is_some())
}

/// The results: counts and free-text answers, never who gave them.
pub fn results(c: &mut dyn Conn, id: i64, account: i64, staff: bool) -> HubResult<ConsultationResults> {
    let consultation =
        get(c, id)?.ok_or_else(|| HubError::NotFound(say_msg(Msg::new("hub-no-consultation").arg("id", id))))?;
    if !may_read_results(c, account, staff, &consultation.library)? {
        return Err(HubError::forbidden());
    }
    let rows = c.query(
        "SELECT answers FROM consultation_responses WHERE consultation_id = $1 ORDER BY answers",
        params![id],
    )?;
    let mut out: Vec<QuestionResult> = consultation
        .questions
        .iter()
        .map(|q| QuestionResult {
            kind: q.kind.clone(),
            text: q.text.clone(),
            counts: match q.kind.as_str() {
                "choice" => q
                    .choices
                    .iter()
                    .map(|label| OptionCount {
                        label: label.clone(),
                        count: 0,
                    })
                    .collect(),
                "scale" => (1..=SCALE_TOP)
                    .map(|n| OptionCount {
                        label: n.to_string(),
                        count: 0,
                    })
                    .collect(),
                _ => Vec::new(),
            },
            texts: Vec::new(),
            answered: 0,
        })
        .collect();
    for r in &rows {
        let answers: Vec<Answer> = serde_json::from_str(&r.str(0)?)?;
        for a in answers {
            let Some(q) = out.get_mut(a.question) else { continue };
            q.answered += 1;
            match (a.choice, a.scale, a.text) {
                (Some(i), _, _) => {
                    if let Some(c) = q.counts.get_mut(i) {
                        c.count += 1;
                    }
                }
                (_, Some(s), _) => {
                    if let Some(c) = q.counts.get_mut((s - 1).max(0) as usize) {
                        c.count += 1;
                    }
                }
                (_, _, Some(t)) => q.texts.push(t),
                _ => {}
            }
        }
    }
    // Free text sorted, so its order says nothing of who answered when.
    for q in &mut out {
        q.texts.sort();
    }
    Ok(ConsultationResults {
        consultation,
        responses: rows.len() as i64,
        questions: out,
    })
}

/// For the impact report: consultations running at some point of [from, to] at `library` ("" for
/// all), and the answers given in [start, end).
pub fn counts(
    c: &mut dyn Conn,
    library: &str,
    from: NaiveDate,
    to: NaiveDate,
    start: &str,
    end: &str,
) -> HubResult<(i64, i64)> {
    let running = c
        .query_one(
            "SELECT CAST(COUNT(*) AS BIGINT) FROM consultations WHERE opens_on <= $2 AND closes_on >= $1 \
             AND ($3 = '' OR library_code = $3)",
            params![from.to_string(), to.to_string(), library],
        )?
        .i64(0)?;
    let responses = c
        .query_one(
            "SELECT CAST(COUNT(*) AS BIGINT) FROM consultation_responses r JOIN consultations k ON k.id = r.consultation_id \
             WHERE r.answered_at >= $1 AND r.answered_at < $2 AND ($3 = '' OR k.library_code = $3)",
            params![start, end, library],
        )?
        .i64(0)?;
    Ok((running, responses))
}
