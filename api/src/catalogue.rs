//! The catalogue: records, their copies and ISBNs, search results.

use super::*;

/// An ISBN as catalogued: normalised to ISBN-13 when valid, kept and marked when not.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct Isbn {
    /// The 13 digits, when the ISBN is valid.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub isbn13: Option<String>,
    /// For display: hyphenated ISBN-13 when valid, else as catalogued.
    pub display: String,
    pub valid: bool,
    /// "(pbk.)", "(large print)", …
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub qualifier: Option<String>,
}

/// Where a copy is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum ItemStatus {
    OnShelf,
    OnLoan,
    InTransit,
    /// Waiting on the hold shelf for the member who reserved it.
    HoldShelf,
    Missing,
    /// Reference only: can be read in the library, not borrowed or reserved.
    Reference,
}

/// A copy of a title at a library.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct Item {
    pub barcode: String,
    pub library: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub call_number: Option<String>,
    /// The library system's item type ("BK", "LP", "AB", …).
    pub loan_type: String,
    pub status: ItemStatus,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub due: Option<NaiveDate>,
}

/// A catalogue record with its copies.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct CatalogueRecord {
    pub id: i64,
    /// The library system's control number (MARC 001).
    pub control_number: String,
    pub title: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subtitle: Option<String>,
    /// "by Charlotte Brontë ; edited by …" (MARC 245 $c).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub responsibility: Option<String>,
    /// Main and added entries: "Brontë, Charlotte".
    #[serde(default)]
    pub authors: Vec<String>,
    #[serde(default)]
    pub subjects: Vec<String>,
    #[serde(default)]
    pub series: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub edition: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub publisher: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub year: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub physical: Option<String>,
    /// MARC language code ("eng", "fre", …).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language: Option<String>,
    #[serde(default)]
    pub isbns: Vec<Isbn>,
    /// "book", "large_print", "audiobook", "ebook", "eaudiobook", "dvd", "video", "music",
    /// "score", "map", "serial", "computer", "other".
    pub format: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub summary: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub audience: Option<String>,
    #[serde(default)]
    pub items: Vec<Item>,
}

/// One page of hub search results.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct SearchResults {
    pub total: i64,
    pub records: Vec<CatalogueRecord>,
}
