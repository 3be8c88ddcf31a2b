//! "Have your say" on the phone: the consultations libraries run, kept from the feed so they
//! open and are answered offline (the answers go through the outbox, once); coordinators publish
//! them, and coordinators and a library's steering group read the results from the hub.

use chrono::{DateTime, Utc};
use cml_api::consultations::{check_answers, SCALE_TOP};
use cml_api::london::today;
use cml_api::{collections, Answer, Answered, Change, Consultation, ConsultationDraft, Question};
use reqwest::Method;

use crate::circulation::load_all;
use crate::error::{CoreError, CoreResult};
use crate::events::{library_names, name_of};
use crate::i18n::{num, Msg};
use crate::views::{
    AnswerForm, ChangeView, ConsultationForm, ConsultationResultsView, ConsultationView, QuestionResultView,
    QuestionView,
};
use crate::Core;

fn question_view(i: usize, q: &Question) -> QuestionView {
    QuestionView {
        index: i as u32,
        kind: q.kind.clone(),
        text: q.text.clone(),
        choices: q.choices.clone(),
        scale_low: q.scale_low.clone(),
        scale_high: q.scale_high.clone(),
        scale_top: if q.kind == "scale" { SCALE_TOP } else { 0 },
    }
}

fn answers_of(form: &[AnswerForm]) -> Vec<Answer> {
    form.iter()
        .map(|a| Answer {
            question: a.question as usize,
            choice: a.choice.map(|c| c as usize),
            scale: a.scale,
            text: a.text.clone(),
        })
        .collect()
}

impl Core {
    fn consultation(&self, id: i64) -> CoreResult<Consultation> {
        self.store
            .read(|c| load_all::<Consultation>(c, collections::CONSULTATIONS))?
            .into_iter()
            .find(|k| k.id == id)
            .ok_or_else(|| CoreError::NotFound(self.words().t("error-no-consultation")))
    }

    /// Whether the signed-in person has answered (or is sending an answer to) a consultation.
    fn answered(&self, id: i64) -> CoreResult<(bool, bool)> {
        let Some(account) = self.account_id()? else {
            return Ok((false, false));
        };
        let answered = self
            .store
            .read(|c| load_all::<Answered>(c, collections::ANSWERS))?
            .iter()
            .any(|a| a.consultation_id == id);
        let waiting = self
            .store
            .read(|c| crate::events::waiting_changes(c, account))?
            .iter()
            .any(|ch| matches!(ch, Change::AnswerConsultation { consultation_id, .. } if *consultation_id == id));
        Ok((answered, waiting))
    }

    fn consultation_view(
        &self,
        k: &Consultation,
        names: &[(String, String)],
        now: DateTime<Utc>,
    ) -> CoreResult<ConsultationView> {
        let day = today(now);
        let (answered, waiting) = self.answered(k.id)?;
        let signed_in = self.account_id()?.is_some();
        let open = k.opens_on <= day && day <= k.closes_on;
        let w = self.words();
        let period_text = if day < k.opens_on {
            w.a("consultation-opens", &[("date", w.date(k.opens_on).into())])
        } else if open {
            w.a("consultation-open-until", &[("date", w.date(k.closes_on).into())])
        } else {
            w.t("consultation-closed")
        };
        let why_not = if answered {
            Some(w.t("consultation-answered"))
        } else if waiting {
            Some(w.t("consultation-answer-waiting"))
        } else if !open {
            Some(period_text.clone())
        } else if !signed_in {
            Some(w.t("consultation-sign-in"))
        } else {
            None
        };
        Ok(ConsultationView {
            id: k.id,
            library_code: k.library.clone(),
            library_name: name_of(names, &k.library),
            title: k.title.clone(),
            description: k.description.clone(),
            opens_on: k.opens_on.to_string(),
            closes_on: k.closes_on.to_string(),
            period_text,
            open,
            answered,
            answer_waiting: waiting,
            can_answer: why_not.is_none(),
            why_not,
            questions: k
                .questions
                .iter()
                .enumerate()
                .map(|(i, q)| question_view(i, q))
                .collect(),
        })
    }

    /// The Have your say screen: consultations open now or still to come first, then closed
    /// ones, from the device store (offline too).
    pub fn consultations(&self) -> CoreResult<Vec<ConsultationView>> {
        let now = self.now();
        let mut all = self
            .store
            .read(|c| load_all::<Consultation>(c, collections::CONSULTATIONS))?;
        let day = today(now);
        all.sort_by_key(|k| (k.closes_on < day, k.closes_on, k.id));
        let names = self.store.read(library_names)?;
        all.iter().map(|k| self.consultation_view(k, &names, now)).collect()
    }

    /// Answers a consultation, once: checked on the phone at once (open, not answered, each answer
    /// fits its question), then sent through the outbox.
    pub async fn answer_consultation(&self, id: i64, answers: Vec<AnswerForm>) -> CoreResult<ChangeView> {
        let account = self.signed_in()?;
        let k = self.consultation(id)?;
        let view = self.consultation_view(&k, &self.store.read(library_names)?, self.now())?;
        if let Some(why) = view.why_not {
            let reason = if view.answered || view.answer_waiting {
                "already_answered"
            } else {
                "not_open"
            };
            return Err(CoreError::conflict(reason, why));
        }
        let answers = answers_of(&answers);
        check_answers(&k, &answers).map_err(|why| CoreError::invalid("answers", self.words().msg(&why)))?;
        let summary = Msg::new("summary-answer-consultation").arg("title", &k.title);
        self.change(
            account,
            Change::AnswerConsultation {
                consultation_id: id,
                answers,
            },
            summary,
        )
        .await
    }

    /// Publishes a consultation (coordinators; needs the hub).
    pub async fn publish_consultation(&self, form: ConsultationForm) -> CoreResult<ConsultationView> {
        let token = self.token()?;
        let day = |field: &str, text: &str| {
            chrono::NaiveDate::parse_from_str(text.trim(), "%Y-%m-%d")
                .map_err(|_| CoreError::invalid(field, self.words().t("error-date-format")))
        };
        let draft = ConsultationDraft {
            library: form.library.clone(),
            title: form.title.clone(),
            description: form.description.clone(),
            opens_on: day("opens_on", &form.opens_on)?,
            closes_on: day("closes_on", &form.closes_on)?,
            questions: form
                .questions
                .iter()
                .map(|q| Question {
                    kind: q.kind.clone(),
                    text: q.text.clone(),
                    choices: q.choices.clone(),
                    scale_low: q.scale_low.clone(),
                    scale_high: q.scale_high.clone(),
                })
                .collect(),
        };
        let made: Consultation = self
            .hub
            .call(Method::POST, "v1/consultations", Some(&token), Some(&draft))
            .await?;
        self.refresh(&[collections::CONSULTATIONS]).await;
        let names = self.store.read(library_names)?;
        self.consultation_view(&made, &names, self.now())
    }

    /// A consultation's results (coordinators and the library's steering group; needs the hub).
    pub async fn consultation_results(&self, id: i64) -> CoreResult<ConsultationResultsView> {
        let token = self.token()?;
        let r: cml_api::ConsultationResults = self
            .hub
            .get(&format!("v1/consultations/{id}/results"), Some(&token))
            .await?;
        Ok(ConsultationResultsView {
            id,
            title: r.consultation.title.clone(),
            responses: r.responses,
            summary: self.words().a("consultation-responses", &[("n", num(r.responses))]),
            questions: r
                .questions
                .into_iter()
                .map(|q| QuestionResultView {
                    kind: q.kind,
                    text: q.text,
                    labels: q.counts.iter().map(|c| c.label.clone()).collect(),
                    counts: q.counts.iter().map(|c| c.count).collect(),
                    texts: q.texts,
                    answered: q.answered,
                })
                .collect(),
        })
    }
}
