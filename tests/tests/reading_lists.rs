//! Reading lists end to end, through the bindings' Rust API against a real hub: a coordinator
//! publishes Reading Well's list; members browse it with the hub stopped, each title saying where
//! a copy is and opening its record; a withdrawn list leaves the phones.

use cml_api::Role;
use cml_e2e::{hub_with_records, record_id, signed_in};
use cml_ffi::CmlError;

#[tokio::test]
async fn members_browse_reading_lists_offline_and_open_each_title() {
    let mut hub = hub_with_records().await;
    let cora = hub.person("Cora", &[Role::Coordinator]).await;
    let ann = hub.person("Ann", &[]).await;
    let (_c, coord) = signed_in(&hub.url(), &cora).await;
    let (eyre, veg) = (record_id(&coord, "eyre"), record_id(&coord, "vegetables"));

    // Unknown records are named, and nothing is published.
    match coord
        .publish_reading_list(
            None,
            "Reading Well: mental health".into(),
            String::new(),
            vec![eyre, 999_999],
        )
        .await
    {
        Err(CmlError::InvalidInput { field, detail }) => {
            assert_eq!(field, "record_ids");
            assert!(detail.contains("999999"), "{detail}");
        }
        other => panic!("{other:?}"),
    }
    let list = coord
        .publish_reading_list(
            None,
            "Reading Well: mental health".into(),
            "Books recommended by health professionals to help you understand and manage how you feel.".into(),
            vec![veg, eyre, veg],
        )
        .await
        .unwrap();
    assert_eq!(list.summary, "2 titles");
    let group = coord
        .publish_reading_list(
            Some("BAS".into()),
            "Baswich book group: this season".into(),
            String::new(),
            vec![eyre],
        )
        .await
        .unwrap();
    assert_eq!(group.library_name.as_deref(), Some("Baswich Library"));
    // Members cannot publish.
    let (_a, ann_app) = signed_in(&hub.url(), &ann).await;
    assert!(matches!(
        ann_app
            .publish_reading_list(None, "Mine".into(), String::new(), vec![eyre])
            .await,
        Err(CmlError::NotAllowed { .. })
    ));

    hub.stop().await;
    let lists = ann_app.reading_lists().unwrap();
    assert_eq!(lists.len(), 2);
    let well = lists.iter().find(|l| l.id == list.id).unwrap();
    let titles: Vec<&str> = well.entries.iter().map(|e| e.title.as_str()).collect();
    assert_eq!(titles, ["Grow your own vegetables", "Jane Eyre"]);
    let jane = &well.entries[1];
    assert_eq!(jane.author.as_deref(), Some("Brontë, Charlotte"));
    assert_eq!(
        jane.availability,
        "On the shelf at Baswich Library and Holmcroft Library"
    );
    assert!(jane.available_now && jane.on_phone);
    assert_eq!(ann_app.record(jane.record_id).unwrap().title, "Jane Eyre");

    // Withdrawn, it leaves every phone at its next sync.
    hub.restart().await;
    coord.withdraw_reading_list(group.id).await.unwrap();
    assert!(matches!(
        coord.withdraw_reading_list(group.id).await,
        Err(CmlError::NotFound { .. })
    ));
    ann_app.sync(None).await.unwrap();
    let left: Vec<i64> = ann_app.reading_lists().unwrap().iter().map(|l| l.id).collect();
    assert_eq!(left, [list.id]);
}
