//! Offline catalogue search on the device, through the bindings' Rust API, with the hub stopped.

use std::sync::Arc;

use cml_e2e::hub_with_records;
use cml_ffi::cml_core::{Config, SearchQuery};
use cml_ffi::{CmlApp, CmlError};

fn q(text: &str) -> SearchQuery {
    SearchQuery {
        text: text.into(),
        ..Default::default()
    }
}

fn titles(app: &CmlApp, query: SearchQuery) -> Vec<String> {
    app.search(query).unwrap().hits.into_iter().map(|h| h.title).collect()
}

#[tokio::test]
async fn search_works_offline_with_accents_prefixes_isbns_and_filters() {
    let mut hub = hub_with_records().await;
    let dir = tempfile::tempdir().unwrap();
    let app: Arc<CmlApp> = CmlApp::new(Config {
        data_dir: dir.path().display().to_string(),
        hub_url: hub.url(),
        hub_certificate_pem: None,
        device_name: None,
        language: None,
    })
    .unwrap();
    app.sync(None).await.unwrap();
    hub.stop().await;

    // Accent- and case-insensitive, either way round.
    assert_eq!(titles(&app, q("bronte")), ["Jane Eyre"]);
    assert_eq!(titles(&app, q("BRONTË eyre")), ["Jane Eyre"]);
    // Type-ahead from the first letter.
    assert!(titles(&app, q("ja")).contains(&"Jane Eyre".to_owned()));
    assert_eq!(titles(&app, q("jane ey")), ["Jane Eyre"]);
    // ISBN with or without hyphens, 10 or 13 digits.
    for isbn in ["0-19-963209-X", "019963209x", "9780199632091", "978-0-19-963209-1"] {
        assert_eq!(titles(&app, q(isbn)), ["Jane Eyre"], "{isbn}");
    }
    // Words anywhere (a subject), title matches ranked first.
    let garden = titles(&app, q("garden"));
    let pos = |t: &str| {
        garden
            .iter()
            .position(|x| x == t)
            .unwrap_or_else(|| panic!("{t} missing from {garden:?}"))
    };
    assert!(pos("The secret garden") < pos("Grow your own vegetables"));
    // Filters.
    let large = SearchQuery {
        format: Some("large_print".into()),
        ..q("garden")
    };
    assert_eq!(titles(&app, large), ["The secret garden"]);
    let at_baswich = titles(
        &app,
        SearchQuery {
            library: Some("BAS".into()),
            ..q("garden")
        },
    );
    assert!(at_baswich.contains(&"Grow your own vegetables".to_owned()));
    assert!(!at_baswich.contains(&"The secret garden".to_owned()));
    let hit = &app.search(q("eyre")).unwrap().hits[0];
    assert_eq!(hit.author.as_deref(), Some("Brontë, Charlotte"));
    assert_eq!(
        hit.availability,
        "On the shelf at Baswich Library and Holmcroft Library"
    );
    assert!(hit.summary_line.starts_with("Book"));
    // Nothing, and bad input.
    assert!(titles(&app, q("zzzzqqq")).is_empty());
    assert!(titles(&app, q("  ")).is_empty());
    match app.search(q(&"long ".repeat(60))) {
        Err(CmlError::InvalidInput { field, .. }) => assert_eq!(field, "text"),
        other => panic!("{other:?}"),
    }

    // The Title screen: copies per library, offline.
    let record = app.record(hit.id).unwrap();
    assert_eq!(record.isbns, ["9780199632091"]);
    assert_eq!(record.copies.len(), 2);
    assert!(record.copies.iter().all(|c| c.status == "On the shelf"));
    assert!(matches!(app.record(999_999), Err(CmlError::NotFound { .. })));

    // Narrowing to one library keeps only what is held there (and what has no copies yet).
    app.set_my_libraries(vec!["BRE".into()]).unwrap();
    let kept = titles(&app, q("garden"));
    assert!(kept.contains(&"The secret garden".to_owned()));
    assert!(!kept.contains(&"Grow your own vegetables".to_owned()));
    assert!(matches!(
        app.set_my_libraries(vec!["NOPE".into()]),
        Err(CmlError::InvalidInput { .. })
    ));
}

/// Two records imported once, with no copies yet (nothing rewrites their stored bodies), one of
/// them written with combining accents as MARC-8 records convert.
const NO_COPIES: &str = r#"<collection xmlns="http://www.loc.gov/MARC21/slim">
<record><leader>00000nam a2200000 a 4500</leader>
 <controlfield tag="001">N1</controlfield>
 <datafield tag="100" ind1="1" ind2=" "><subfield code="a">Tuwim, Julian.</subfield></datafield>
 <datafield tag="245" ind1="1" ind2="0"><subfield code="a">Łódź mojego dzieciństwa /</subfield></datafield>
</record>
<record><leader>00000nam a2200000 a 4500</leader>
 <controlfield tag="001">N2</controlfield>
 <datafield tag="245" ind1="0" ind2="0"><subfield code="a">Cafe&#x301; society /</subfield></datafield>
</record>
</collection>"#;

#[tokio::test]
async fn records_without_copies_open_and_decomposed_accents_find_what_composed_ones_do() {
    let mut hub = cml_hub::testing::TestHub::start(true).await;
    let db = hub.db().clone();
    tokio::task::spawn_blocking(move || {
        let mut summary = cml_hub::catalogue::ImportSummary::default();
        let records = cml_hub::marc::xml::read(NO_COPIES);
        cml_hub::catalogue::import(&db, "n.xml", Box::new(records.into_iter()), None, &mut summary, |_| {}).unwrap();
        assert_eq!(summary.imported, 2);
    })
    .await
    .unwrap();
    let dir = tempfile::tempdir().unwrap();
    let app = cml_e2e::app(&dir, &hub.url());
    app.sync(None).await.unwrap();
    hub.stop().await;

    // Each hit carries its record's own id, so the Title screen opens from it.
    let page = app.search(q("łodz")).unwrap();
    assert_eq!(page.hits.len(), 1);
    let hit = &page.hits[0];
    assert_ne!(hit.id, 0);
    assert_eq!(app.record(hit.id).unwrap().title, "Łódź mojego dzieciństwa");

    // "Łódź" typed with combining accents (NFD) finds what the composed form finds.
    assert_eq!(titles(&app, q("Łódź")), ["Łódź mojego dzieciństwa"]);
    assert_eq!(
        titles(&app, q("Ło\u{301}dz\u{301} mojego")),
        ["Łódź mojego dzieciństwa"]
    );
    assert_eq!(titles(&app, q("ło\u{301}dz\u{301}")), ["Łódź mojego dzieciństwa"]);
    // A title stored with a combining accent is found by "café", "cafe" and "cafe\u{301}" alike.
    for typed in ["café", "cafe", "cafe\u{301}", "CAFÉ soc"] {
        let found = app.search(q(typed)).unwrap().hits;
        assert_eq!(found.len(), 1, "{typed:?}");
        assert!(found[0].title.starts_with("Caf"), "{typed:?}");
        assert_eq!(app.record(found[0].id).unwrap().id, found[0].id);
    }
}
