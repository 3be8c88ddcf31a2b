//! `cml` commands for "Have your say" (consultations, answering, publishing, results) and for
//! reading lists.

use clap::Subcommand;
use cml_ffi::cml_core::{AnswerForm, ConsultationForm, QuestionForm};
use cml_ffi::{CmlApp, CmlError};

use crate::{change_line, print};

#[derive(Subcommand)]
pub enum ConsultationCommand {
    /// Coordinators: publish a consultation. Each --question is "choice:Text|Option|Option…",
    /// "scale:Text" (1 to 5) or "text:Text".
    Publish {
        #[arg(long)]
        library: String,
        #[arg(long)]
        title: String,
        #[arg(long, default_value = "")]
        description: String,
        /// The first day answers are taken, YYYY-MM-DD.
        #[arg(long)]
        opens: String,
        /// The last day, included.
        #[arg(long)]
        closes: String,
        #[arg(long = "question", required = true)]
        questions: Vec<String>,
    },
    /// Coordinators and the library's steering group: the results.
    Results { id: i64 },
}

fn invalid(field: &str, detail: String) -> CmlError {
    CmlError::InvalidInput {
        field: field.into(),
        detail,
    }
}

fn question(text: &str) -> Result<QuestionForm, CmlError> {
    let (kind, rest) = text
        .split_once(':')
        .ok_or_else(|| invalid("question", crate::words::t("question-format")))?;
    let mut parts = rest.split('|').map(str::trim);
    let text = parts.next().unwrap_or("").to_owned();
    Ok(QuestionForm {
        kind: kind.trim().to_owned(),
        text,
        choices: parts.map(str::to_owned).collect(),
        scale_low: None,
        scale_high: None,
    })
}

/// "Q=N" pairs: the question's number from 1, and the value.
fn pairs(field: &str, list: &[String]) -> Result<Vec<(u32, String)>, CmlError> {
    list.iter()
        .map(|p| {
            let (q, v) = p
                .split_once('=')
                .ok_or_else(|| invalid(field, crate::words::t("answer-format")))?;
            let q: u32 = q
                .trim()
                .parse()
                .ok()
                .filter(|q| *q >= 1)
                .ok_or_else(|| invalid(field, crate::words::t("questions-from-one")))?;
            Ok((q - 1, v.trim().to_owned()))
        })
        .collect()
}

pub fn list(app: &CmlApp, json: bool) -> Result<(), CmlError> {
    let all = app.consultations()?;
    print(json, &all, || {
        if all.is_empty() {
            return crate::words::t("no-consultations");
        }
        let mut lines = Vec::new();
        for k in &all {
            lines.push(format!("[{}] {}, {}: {}", k.id, k.title, k.library_name, k.period_text));
            if let Some(why) = &k.why_not {
                lines.push(format!("    {why}"));
            }
            for q in &k.questions {
                let how = match q.kind.as_str() {
                    "choice" => format!(
                        " ({})",
                        q.choices
                            .iter()
                            .enumerate()
                            .map(|(i, c)| format!("{}={c}", i + 1))
                            .collect::<Vec<_>>()
                            .join(", ")
                    ),
                    "scale" => format!(" (1 to {})", q.scale_top),
                    _ => " (your words)".into(),
                };
                lines.push(format!("    {}. {}{how}", q.index + 1, q.text));
            }
        }
        lines.join("\n")
    });
    Ok(())
}

pub fn answer(
    app: &CmlApp,
    waiter: &tokio::runtime::Runtime,
    json: bool,
    id: i64,
    choice: &[String],
    scale: &[String],
    text: &[String],
) -> Result<(), CmlError> {
    let mut answers = Vec::new();
    for (q, v) in pairs("choice", choice)? {
        let n: u32 = v
            .parse()
            .ok()
            .filter(|n| *n >= 1)
            .ok_or_else(|| invalid("choice", crate::words::t("options-from-one")))?;
        answers.push(AnswerForm {
            question: q,
            choice: Some(n - 1),
            scale: None,
            text: None,
        });
    }
    for (q, v) in pairs("scale", scale)? {
        let n: i64 = v
            .parse()
            .map_err(|_| invalid("scale", crate::words::t("scale-answer")))?;
        answers.push(AnswerForm {
            question: q,
            choice: None,
            scale: Some(n),
            text: None,
        });
    }
    for (q, v) in pairs("text", text)? {
        answers.push(AnswerForm {
            question: q,
            choice: None,
            scale: None,
            text: Some(v),
        });
    }
    let change = waiter.block_on(app.answer_consultation(id, answers))?;
    print(json, &change, || change_line(&change));
    Ok(())
}

pub fn consultation(
    app: &CmlApp,
    waiter: &tokio::runtime::Runtime,
    json: bool,
    command: ConsultationCommand,
) -> Result<(), CmlError> {
    match command {
        ConsultationCommand::Publish {
            library,
            title,
            description,
            opens,
            closes,
            questions,
        } => {
            let form = ConsultationForm {
                library,
                title,
                description,
                opens_on: opens,
                closes_on: closes,
                questions: questions.iter().map(|q| question(q)).collect::<Result<_, _>>()?,
            };
            let k = waiter.block_on(app.publish_consultation(form))?;
            print(json, &k, || {
                crate::words::a(
                    "published",
                    &[("id", &k.id.to_string()), ("title", &k.title), ("what", &k.period_text)],
                )
            });
        }
        ConsultationCommand::Results { id } => {
            let r = waiter.block_on(app.consultation_results(id))?;
            print(json, &r, || {
                let mut lines = vec![format!("{}: {}", r.title, r.summary)];
                for (i, q) in r.questions.iter().enumerate() {
                    lines.push(format!("{}. {}", i + 1, q.text));
                    for (label, count) in q.labels.iter().zip(&q.counts) {
                        lines.push(format!("    {label}: {count}"));
                    }
                    for t in &q.texts {
                        lines.push(format!("    \"{t}\""));
                    }
                }
                lines.join("\n")
            });
        }
    }
    Ok(())
}

#[derive(Subcommand)]
pub enum ListCommand {
    /// Coordinators: publish a list of catalogue records (`--record ID` for each, in order).
    Publish {
        #[arg(long)]
        title: String,
        #[arg(long, default_value = "")]
        description: String,
        /// The library that publishes it [default: every library].
        #[arg(long)]
        library: Option<String>,
        #[arg(long = "record", required = true)]
        records: Vec<i64>,
    },
    /// Coordinators: withdraw a list.
    Withdraw { id: i64 },
}

pub fn lists(app: &CmlApp, json: bool) -> Result<(), CmlError> {
    let all = app.reading_lists()?;
    print(json, &all, || {
        if all.is_empty() {
            return crate::words::t("no-reading-lists");
        }
        let mut lines = Vec::new();
        for l in &all {
            let by = l.library_name.as_deref().map(|n| format!(", {n}")).unwrap_or_default();
            lines.push(format!("[{}] {}{by}: {}", l.id, l.title, l.summary));
            for e in &l.entries {
                let author = e.author.as_deref().map(|a| format!(", {a}")).unwrap_or_default();
                lines.push(format!("    [{}] {}{author}: {}", e.record_id, e.title, e.availability));
            }
        }
        lines.join("\n")
    });
    Ok(())
}

pub fn reading_list(
    app: &CmlApp,
    waiter: &tokio::runtime::Runtime,
    json: bool,
    command: ListCommand,
) -> Result<(), CmlError> {
    match command {
        ListCommand::Publish {
            title,
            description,
            library,
            records,
        } => {
            let l = waiter.block_on(app.publish_reading_list(library, title, description, records))?;
            print(json, &l, || {
                crate::words::a(
                    "published",
                    &[("id", &l.id.to_string()), ("title", &l.title), ("what", &l.summary)],
                )
            });
        }
        ListCommand::Withdraw { id } => {
            waiter.block_on(app.withdraw_reading_list(id))?;
            print(json, &serde_json::json!({ "withdrawn": id }), || {
                crate::words::a("list-withdrawn", &[("id", &id.to_string())])
            });
        }
    }
    Ok(())
}
