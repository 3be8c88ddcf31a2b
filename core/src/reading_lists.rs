//! Reading lists on the phone, kept from the feed so they are browsed offline; each title says
//! whether a copy is on the shelf at the member's libraries, and opens its Title screen.

use cml_api::{collections, ReadingList, ReadingListDraft};
use reqwest::Method;

use crate::circulation::load_all;
use crate::error::{CoreError, CoreResult};
use crate::events::{library_names, name_of};
use crate::views::{ReadingListEntryView, ReadingListView};
use crate::Core;

impl Core {
    fn list_view(&self, list: &ReadingList, names: &[(String, String)]) -> CoreResult<ReadingListView> {
        let mine = crate::catalogue::my_libraries(&self.store)?;
        let entries = list
            .entries
            .iter()
            .map(|e| {
                let record = self.store.read(|c| crate::catalogue::load(c, e.record_id))?;
                let (availability, available_now) = match &record {
                    Some(r) => crate::catalogue::availability_of(&self.words(), r, &mine, names),
                    None => (self.words().t("list-title-not-kept"), false),
                };
                Ok(ReadingListEntryView {
                    record_id: e.record_id,
                    title: e.title.clone(),
                    author: e.author.clone(),
                    availability,
                    available_now,
                    on_phone: record.is_some(),
                })
            })
            .collect::<CoreResult<Vec<_>>>()?;
        Ok(ReadingListView {
            id: list.id,
            title: list.title.clone(),
            description: list.description.clone(),
            library_name: list.library.as_deref().map(|l| name_of(names, l)),
            summary: self
                .words()
                .a("list-titles", &[("n", crate::i18n::num(entries.len() as i64))]),
            entries,
        })
    }

    /// The Reading lists screen, from the device store (offline).
    pub fn reading_lists(&self) -> CoreResult<Vec<ReadingListView>> {
        let mut lists = self
            .store
            .read(|c| load_all::<ReadingList>(c, collections::READING_LISTS))?;
        lists.sort_by(|a, b| b.published_at.cmp(&a.published_at).then(b.id.cmp(&a.id)));
        let names = self.store.read(library_names)?;
        lists.iter().map(|l| self.list_view(l, &names)).collect()
    }

    /// Coordinators: publishes a list of catalogue records (needs the hub).
    pub async fn publish_reading_list(
        &self,
        library: Option<String>,
        title: String,
        description: String,
        record_ids: Vec<i64>,
    ) -> CoreResult<ReadingListView> {
        let token = self.token()?;
        let draft = ReadingListDraft {
            library,
            title,
            description,
            record_ids,
        };
        let list: ReadingList = self
            .hub
            .call(Method::POST, "v1/reading-lists", Some(&token), Some(&draft))
            .await?;
        self.refresh(&[collections::READING_LISTS]).await;
        let names = self.store.read(library_names)?;
        self.list_view(&list, &names)
    }

    /// Coordinators: withdraws a list; phones drop it at their next sync.
    pub async fn withdraw_reading_list(&self, id: i64) -> CoreResult<()> {
        let token = self.token()?;
        let _: Option<serde_json::Value> = self
            .hub
            .send::<(), serde_json::Value>(
                Method::POST,
                &format!("v1/reading-lists/{id}/withdraw"),
                Some(&token),
                None,
            )
            .await?;
        self.refresh(&[collections::READING_LISTS]).await;
        if self.reading_lists()?.iter().any(|l| l.id == id) {
            return Err(CoreError::Internal("the list is still on this phone".into()));
        }
        Ok(())
    }
}
