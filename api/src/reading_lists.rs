//! Reading lists a library publishes: the Reading Well books-on-prescription lists for mental
//! health and for dementia, a book group's choices. Phones keep them (collection
//! `reading_lists`, public) so members browse them offline; each title opens its record.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
#[cfg(feature = "openapi")]
use utoipa::ToSchema;

/// The most titles on one list.
pub const MAX_TITLES: usize = 100;

/// A list as a coordinator publishes it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct ReadingListDraft {
    /// The library that publishes it; none for every library.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub library: Option<String>,
    pub title: String,
    #[serde(default)]
    pub description: String,
    /// The catalogue records on it, in order.
    pub record_ids: Vec<i64>,
}

/// One title on a list, with enough of the record to show it offline.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct ListEntry {
    pub record_id: i64,
    pub title: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub author: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct ReadingList {
    pub id: i64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub library: Option<String>,
    pub title: String,
    pub description: String,
    pub entries: Vec<ListEntry>,
    pub published_at: DateTime<Utc>,
}
