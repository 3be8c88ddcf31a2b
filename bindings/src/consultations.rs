//! "Have your say" (consultations: answering offline, publishing, results) and reading lists. Wrappers only.

use cml_core::{AnswerForm, ChangeView, ConsultationForm, ConsultationResultsView, ConsultationView, ReadingListView};

use crate::{CmlApp, CmlError};

#[uniffi::export]
impl CmlApp {
    /// The consultations libraries run, open ones first, offline.
    pub fn consultations(&self) -> Result<Vec<ConsultationView>, CmlError> {
        self.guard(|| self.core.consultations())
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

#[uniffi::export]
impl CmlApp {
    /// The reading lists libraries publish, offline; each title opens with `record`.
    pub fn reading_lists(&self) -> Result<Vec<ReadingListView>, CmlError> {
        self.guard(|| self.core.reading_lists())
    }

    /// Coordinators: publishes a reading list of catalogue records.
    pub async fn publish_reading_list(
        &self,
        library: Option<String>,
        title: String,
        description: String,
        record_ids: Vec<i64>,
    ) -> Result<ReadingListView, CmlError> {
        let core = self.core.clone();
        self.spawn(async move { core.publish_reading_list(library, title, description, record_ids).await })
            .await
    }

    /// Coordinators: withdraws a reading list.
    pub async fn withdraw_reading_list(&self, id: i64) -> Result<(), CmlError> {
        let core = self.core.clone();
        self.spawn(async move { core.withdraw_reading_list(id).await }).await
    }
}
