//! "Have your say": consultations, answering them offline, publishing them and reading their
//! results. Wrappers only.

use cml_core::{AnswerForm, ChangeView, ConsultationForm, ConsultationResultsView, ConsultationView};

use crate::{guard, CmlApp, CmlError};

#[uniffi::export]
impl CmlApp {
    /// The consultations libraries run, open ones first, offline.
    pub fn consultations(&self) -> Result<Vec<ConsultationView>, CmlError> {
        guard(|| self.core.consultations())
    }

    /// Answers a consultation, once (offline too).
    pub async fn answer_consultation(&self, id: i64, answers: Vec<AnswerForm>) -> Result<ChangeView, CmlError> {
        let core = self.core.clone();
        self.spawn(async move { core.answer_consultation(id, answers).await })
            .await
    }

    /// Coordinators: publishes a consultation for a library and a period.
    pub async fn publish_consultation(&self, form: ConsultationForm) -> Result<ConsultationView, CmlError> {
        let core = self.core.clone();
        self.spawn(async move { core.publish_consultation(form).await }).await
    }

    /// Coordinators and the library's steering group: the results, never who gave them.
    pub async fn consultation_results(&self, id: i64) -> Result<ConsultationResultsView, CmlError> {
        let core = self.core.clone();
        self.spawn(async move { core.consultation_results(id).await }).await
    }
}
