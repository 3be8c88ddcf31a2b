//! "Have your say": consultations a library runs (Holmcroft consulted on its opening hours), a
//! few questions each (a choice, a scale, free text), answered once per member, results seen by
//! coordinators and the library's steering group as counts and free-text answers, never who gave
//! them.

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

use crate::i18n::Msg;
#[cfg(feature = "openapi")]
use utoipa::ToSchema;

/// The kinds of question.
pub const QUESTION_KINDS: &[&str] = &["choice", "scale", "text"];
/// A scale question runs from 1 to this.
pub const SCALE_TOP: i64 = 5;
/// The longest free-text answer, in characters.
pub const MAX_TEXT_ANSWER: usize = 1000;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct Question {
    /// "choice", "scale" (1 to 5) or "text".
    pub kind: String,
    pub text: String,
    /// The options of a choice question.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub choices: Vec<String>,
    /// The words at the two ends of a scale ("Very hard", "Very easy").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scale_low: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scale_high: Option<String>,
}

/// A consultation as a coordinator publishes it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct ConsultationDraft {
    pub library: String,
    pub title: String,
    #[serde(default)]
    pub description: String,
    /// The first day answers are taken (UK).
    pub opens_on: NaiveDate,
    /// The last day answers are taken (UK), included.
    pub closes_on: NaiveDate,
    pub questions: Vec<Question>,
}

/// A published consultation (in the public feed, collection `consultations`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct Consultation {
    pub id: i64,
    pub library: String,
    pub title: String,
    pub description: String,
    pub opens_on: NaiveDate,
    pub closes_on: NaiveDate,
    pub questions: Vec<Question>,
    pub published_at: DateTime<Utc>,
}

/// One answer, to the question at `question` (from 0).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct Answer {
    pub question: usize,
    /// A choice question's option, from 0.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub choice: Option<usize>,
    /// A scale question's point, 1 to 5.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scale: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
}

/// That the member answered (their own feed scope, collection `answers`): their answers are not
/// sent back, only that they gave them.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct Answered {
    pub consultation_id: i64,
    pub answered_at: DateTime<Utc>,
}

/// One question's results: counts per option (or scale point), or the free-text answers.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct QuestionResult {
    pub kind: String,
    pub text: String,
    /// (option or scale point, how many chose it), in the question's order.
    pub counts: Vec<OptionCount>,
    /// Free-text answers, in no particular order (so not to be matched to people).
    pub texts: Vec<String>,
    /// How many answered this question.
    pub answered: i64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct OptionCount {
    pub label: String,
    pub count: i64,
}

/// A consultation's results, for coordinators and the library's steering group: no names, no
/// cards, no times of answering.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct ConsultationResults {
    pub consultation: Consultation,
    pub responses: i64,
    pub questions: Vec<QuestionResult>,
}

/// Why these answers cannot be taken, if they cannot.
/// The same rule on the phone (at once, offline) and at the hub.
pub fn check_answers(consultation: &Consultation, answers: &[Answer]) -> Result<(), Msg> {
    if answers.is_empty() {
        return Err(Msg::new("answers-none"));
    }
    let mut seen = Vec::new();
    for a in answers {
        let Some(q) = consultation.questions.get(a.question) else {
            return Err(Msg::new("answers-no-such-question"));
        };
        if seen.contains(&a.question) {
            return Err(Msg::new("answers-twice"));
        }
        seen.push(a.question);
        let fits = match q.kind.as_str() {
            "choice" => a.choice.is_some_and(|c| c < q.choices.len()) && a.scale.is_none() && a.text.is_none(),
            "scale" => a.scale.is_some_and(|s| (1..=SCALE_TOP).contains(&s)) && a.choice.is_none() && a.text.is_none(),
            _ => {
                a.text.as_deref().is_some_and(|t| {
                    let t = t.trim();
                    !t.is_empty() && t.chars().count() <= MAX_TEXT_ANSWER && !t.contains('\0')
                }) && a.choice.is_none()
                    && a.scale.is_none()
            }
        };
        if !fits {
            return Err(Msg::new("answers-does-not-fit").arg("question", &q.text));
        }
    }
    Ok(())
}
