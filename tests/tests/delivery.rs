//! The home reading service end to end, through the bindings' Rust API against a real hub: a carer
//! asks for deliveries, the coordinator schedules visits, the chooser fills the bag (warned about
//! titles borrowed before), the deliverer records the visit entirely offline; and the privacy
//! rules: who may see a reader's address, when, and that every read is audited.

use std::sync::Arc;

use chrono::Duration;
use cml_api::london::today;
use cml_api::{Change, Role};
use cml_e2e::{app, hub_with_records, send_direct, signed_in, Fault, FaultProxy};
use cml_ffi::cml_core::{DeliveryForm, PreferencesForm};
use cml_ffi::{CmlApp, CmlError};
use cml_hub::testing::{TestHub, TestPerson};
use tempfile::TempDir;

struct World {
    hub: TestHub,
    arthur: TestPerson,
    susan: TestPerson,
    cora: TestPerson,
    chris: TestPerson,
    dee: TestPerson,
    olu: TestPerson,
    meg: TestPerson,
}

async fn world() -> World {
    let hub = hub_with_records().await;
    World {
        arthur: hub.person("Arthur Bennett", &[]).await,
        susan: hub.person("Susan Bennett", &[Role::Member, Role::Carer]).await,
        cora: hub.person("Cora", &[Role::Coordinator]).await,
        chris: hub.person("Chris", &[Role::Volunteer]).await,
        dee: hub.person("Dee", &[Role::Volunteer]).await,
        olu: hub.person("Olu", &[Role::Volunteer]).await,
        meg: hub.person("Meg", &[]).await,
        hub,
    }
}

fn form(reader: Option<&str>) -> DeliveryForm {
    DeliveryForm {
        reader_card: reader.map(str::to_owned),
        address: "4 Mill Lane, Brewood".into(),
        postcode: "ST19 9BG".into(),
        access_notes: "Key safe by the back door. Ring twice. Dog in the house.".into(),
        preferred_day: Some(2),
        time_of_day: "morning".into(),
        frequency: "fortnightly".into(),
        preferences: PreferencesForm {
            formats: vec!["large_print".into()],
            genres: vec!["crime".into(), "history".into()],
            favourite_authors: vec!["Agatha Christie".into()],
            avoid: vec!["horror".into()],
            surprise_me: false,
            allow_repeats: false,
            notes: "Prefers short chapters.".into(),
        },
    }
}

/// Arthur's delivery, asked for by Susan, accepted, with a chooser and a deliverer who hold those
/// roles; returns the coordinator's phone and the delivery id.
async fn accepted(w: &World) -> (TempDir, Arc<CmlApp>, i64) {
    let (_a, arthur) = signed_in(&w.hub.url(), &w.arthur).await;
    let granted = arthur
        .grant_proxy(w.susan.card.clone(), vec!["deliveries".into(), "loans".into()])
        .await
        .unwrap();
    assert_eq!(granted.code.as_deref(), Some("proxy_granted"), "{granted:?}");
    let (_s, susan) = signed_in(&w.hub.url(), &w.susan).await;
    let asked = susan.request_delivery(form(Some(&w.arthur.card))).await.unwrap();
    assert_eq!(asked.code.as_deref(), Some("delivery_requested"), "{asked:?}");
    let (dir, cora) = signed_in(&w.hub.url(), &w.cora).await;
    let all = cora.all_deliveries().await.unwrap();
    let mine = all
        .iter()
        .find(|d| d.reader_card == w.arthur.card)
        .expect("the request reached the coordinator");
    assert_eq!(mine.status, "requested");
    assert_eq!(mine.preferences.favourite_authors, ["Agatha Christie"]);
    let id = mine.id;
    assert_eq!(cora.accept_delivery(id).await.unwrap().status, "accepted");
    cora.grant_volunteer_role(w.chris.card.clone(), "BRE".into(), "chooser".into())
        .await
        .unwrap();
    let roles = cora
        .grant_volunteer_role(w.dee.card.clone(), "BRE".into(), "deliverer".into())
        .await
        .unwrap();
    assert_eq!(roles[0].role, "deliverer");
    (dir, cora, id)
}

#[tokio::test]
async fn from_request_to_delivered_with_the_round_recorded_offline() {
    let w = world().await;
    let (_c, cora, id) = accepted(&w).await;
    let (_a, arthur) = signed_in(&w.hub.url(), &w.arthur).await;
    assert_eq!(arthur.deliveries().unwrap()[0].status, "accepted");

    // Arthur read Jane Eyre last year, and has the vegetables book at home now.
    w.hub.desk_volunteer(&w.dee, &["BAS"]).await;
    let (_v, desk) = signed_in(&w.hub.url(), &w.dee).await;
    desk.desk_checkout("T1-A".into(), w.arthur.card.clone()).await.unwrap();
    desk.desk_checkin("T1-A".into(), Some("BAS".into())).await.unwrap();
    let lent = desk.desk_checkout("T3-A".into(), w.arthur.card.clone()).await.unwrap();
    assert_eq!(lent.code.as_deref(), Some("checked_out"), "{lent:?}");

    // Bad plans change nothing.
    let today = today(chrono::Utc::now());
    match cora
        .schedule_visits(
            id,
            today.to_string(),
            "morning".into(),
            w.chris.card.clone(),
            w.olu.card.clone(),
            0,
        )
        .await
    {
        Err(CmlError::InvalidInput { field, detail }) => {
            assert_eq!(field, "deliverer_card");
            assert!(detail.contains("does not have the role \"Delivers books\""), "{detail}");
        }
        other => panic!("{other:?}"),
    }
    let yesterday = (today - Duration::days(1)).to_string();
    match cora
        .schedule_visits(
            id,
            yesterday,
            "morning".into(),
            w.chris.card.clone(),
            w.dee.card.clone(),
            0,
        )
        .await
    {
        Err(CmlError::InvalidInput { field, .. }) => assert_eq!(field, "date"),
        other => panic!("{other:?}"),
    }
    let all = cora.all_deliveries().await.unwrap();
    assert!(all.iter().find(|d| d.id == id).unwrap().next_visit.is_none());

    // Today, then every fortnight.
    let planned = cora
        .schedule_visits(
            id,
            today.to_string(),
            "morning".into(),
            w.chris.card.clone(),
            w.dee.card.clone(),
            2,
        )
        .await
        .unwrap();
    assert_eq!(planned.next_visit.as_ref().unwrap().date, today.to_string());
    arthur.sync(None).await.unwrap();
    assert!(arthur.deliveries().unwrap()[0].status_text.starts_with("Next visit "));

    // The chooser fills the bag and is warned about Jane Eyre.
    let (_ch, chooser) = signed_in(&w.hub.url(), &w.chris).await;
    let stop = chooser.round(None).unwrap().remove(0);
    assert!(stop.choosing && !stop.delivering);
    assert_eq!(stop.preferences.formats, ["large_print"]);
    let chosen = chooser
        .choose_items(stop.visit_id, vec!["T1-A".into(), "T2-A".into()])
        .await
        .unwrap();
    assert_eq!(chosen.code.as_deref(), Some("borrowed_before"), "{chosen:?}");
    assert!(chosen.outcome.unwrap().contains("Jane Eyre"));

    // The deliverer's phone has the day's round, then loses its signal for the whole round.
    let proxy = FaultProxy::start(w.hub.addr()).await;
    let (dir, deliverer) = signed_in(&proxy.url(), &w.dee).await;
    let stop = deliverer.round(None).unwrap().remove(0);
    assert!(stop.delivering);
    assert_eq!(stop.address, "4 Mill Lane, Brewood");
    assert!(stop.access_notes.contains("Key safe"));
    assert_eq!(stop.bag.len(), 2);
    assert!(stop.bag.iter().find(|b| b.barcode == "T1-A").unwrap().borrowed_before);
    assert_eq!(stop.due_back.len(), 1);
    assert_eq!(stop.due_back[0].barcode, "T3-A");
    proxy.set(Fault::DropRequest);
    drop(deliverer);
    let deliverer = app(&dir, &proxy.url());
    assert!(matches!(
        deliverer
            .record_visit(stop.visit_id, "party".into(), None, vec![], vec![])
            .await,
        Err(CmlError::InvalidInput { .. })
    ));
    match deliverer
        .record_visit(stop.visit_id, "welfare_concern".into(), None, vec![], vec![])
        .await
    {
        Err(CmlError::InvalidInput { field, .. }) => assert_eq!(field, "note"),
        other => panic!("{other:?}"),
    }
    let recorded = deliverer
        .record_visit(
            stop.visit_id,
            "delivered".into(),
            None,
            vec!["T1-A".into(), "T2-A".into()],
            vec!["T3-A".into()],
        )
        .await
        .unwrap();
    assert_eq!(recorded.state, "waiting");
    assert_eq!(
        deliverer.round(None).unwrap()[0].pending.as_deref(),
        Some("Delivered: waiting to be sent")
    );

    // Back in signal: it lands once, and the reader's loans show it.
    proxy.set(Fault::Pass);
    deliverer.sync(None).await.unwrap();
    let change = &deliverer.changes(5).unwrap()[0];
    assert_eq!(
        (change.state.as_str(), change.code.as_deref()),
        ("done", Some("delivered")),
        "{change:?}"
    );
    assert_eq!(deliverer.round(None).unwrap()[0].status, "delivered");
    arthur.sync(None).await.unwrap();
    let mut loans: Vec<String> = arthur.loans().unwrap().into_iter().map(|l| l.barcode).collect();
    loans.sort();
    assert_eq!(loans, ["T1-A", "T2-A"]);
    let mine = arthur.deliveries().unwrap().remove(0);
    assert_eq!(mine.status, "active");
    assert_eq!(mine.next_visit.unwrap().date, (today + Duration::days(14)).to_string());

    // Arthur says what he thought of what came, offline; his carer too; the chooser sees it.
    let visit = mine.past_visits[0].clone();
    assert!(visit.bag.iter().all(|b| b.can_react && b.reaction.is_none()));
    let reacted = arthur
        .react_to_item(visit.id, "T2-A".into(), "more_like_this".into())
        .await
        .unwrap();
    assert_eq!(reacted.code.as_deref(), Some("reacted"), "{reacted:?}");
    assert!(matches!(
        arthur.react_to_item(visit.id, "T2-A".into(), "meh".into()).await,
        Err(CmlError::InvalidInput { .. })
    ));
    let (_s, susan) = signed_in(&w.hub.url(), &w.susan).await;
    let by_carer = susan
        .react_to_item(visit.id, "T1-A".into(), "not_for_me".into())
        .await
        .unwrap();
    assert_eq!(by_carer.code.as_deref(), Some("reacted"), "{by_carer:?}");
    let refused = cml_e2e::send_direct(
        &w.hub,
        &w.meg,
        cml_api::Change::ReactToItem {
            visit_id: visit.id,
            barcode: "T2-A".into(),
            reaction: "not_for_me".into(),
        },
    )
    .await;
    assert_eq!(refused.code, "not_allowed", "only the reader or a carer with the right");
    arthur.sync(None).await.unwrap();
    let bag = arthur.deliveries().unwrap().remove(0).past_visits.remove(0).bag;
    let said = |b: &str| bag.iter().find(|x| x.barcode == b).unwrap().reaction_text.clone();
    assert_eq!(said("T2-A").as_deref(), Some("More like this"));
    assert_eq!(said("T1-A").as_deref(), Some("Not for me"));
    cora.schedule_visits(
        id,
        today.to_string(),
        "afternoon".into(),
        w.chris.card.clone(),
        w.dee.card.clone(),
        0,
    )
    .await
    .unwrap();
    chooser.sync(None).await.unwrap();
    let next = chooser
        .round(None)
        .unwrap()
        .into_iter()
        .find(|s| s.status == "scheduled")
        .expect("the afternoon visit");
    let choose = chooser.choose_screen(next.visit_id).unwrap();
    assert_eq!(choose.reactions.len(), 2, "{:?}", choose.reactions);
    assert!(
        choose.reactions.iter().any(|r| r.starts_with("More like this: ")),
        "{:?}",
        choose.reactions
    );
    assert!(
        choose.reactions.iter().any(|r| r.starts_with("Not for me: Jane Eyre")),
        "{:?}",
        choose.reactions
    );

    // The carer with the "loans" right sees them too; another member does not.
    assert_eq!(susan.loans_of_member(w.arthur.card.clone()).await.unwrap().len(), 2);
    let (_m, meg) = signed_in(&w.hub.url(), &w.meg).await;
    assert!(matches!(
        meg.loans_of_member(w.arthur.card.clone()).await,
        Err(CmlError::NotAllowed { .. })
    ));

    // Every read of Arthur's address is in the audit log.
    let log = cora.audit_log(Some(w.arthur.card.clone())).await.unwrap();
    for (who, via) in [
        (&w.chris, "round"),
        (&w.dee, "round"),
        (&w.susan, "delivery"),
        (&w.arthur, "delivery"),
        (&w.cora, "coordinator"),
    ] {
        assert!(
            log.iter().any(|e| e.actor_card == who.card && e.via == via),
            "{via} by {}: {log:?}",
            who.card
        );
    }
    assert!(!log
        .iter()
        .any(|e| e.actor_card == w.meg.card || e.actor_card == w.olu.card));
}

#[tokio::test]
async fn only_the_visit_volunteers_the_reader_their_carer_and_coordinators_see_the_address() {
    let w = world().await;
    let (_c, cora, id) = accepted(&w).await;
    let today = today(chrono::Utc::now());
    // A visit next week is not on anyone's phone yet.
    cora.schedule_visits(
        id,
        (today + Duration::days(7)).to_string(),
        "afternoon".into(),
        w.chris.card.clone(),
        w.dee.card.clone(),
        0,
    )
    .await
    .unwrap();
    let (_d, dee) = signed_in(&w.hub.url(), &w.dee).await;
    assert!(dee
        .round(Some((today + Duration::days(7)).to_string()))
        .unwrap()
        .is_empty());
    // One today is, for the chooser and the deliverer only.
    cora.schedule_visits(
        id,
        today.to_string(),
        "morning".into(),
        w.chris.card.clone(),
        w.dee.card.clone(),
        0,
    )
    .await
    .unwrap();
    dee.sync(None).await.unwrap();
    let stop = dee.round(None).unwrap().remove(0);

    let http = reqwest::Client::new();
    let feed = |who: &TestPerson, collection: &str| {
        let req = http
            .get(format!("{}/v1/feed/{collection}", w.hub.url()))
            .bearer_auth(who.token.clone());
        async move { req.send().await.unwrap().json::<cml_api::FeedPage>().await.unwrap() }
    };
    assert_eq!(feed(&w.dee, "rounds").await.items.len(), 1);
    for who in [&w.olu, &w.meg, &w.susan] {
        assert!(feed(who, "rounds").await.items.is_empty(), "rounds for {}", who.card);
    }
    for who in [&w.olu, &w.meg, &w.dee] {
        assert!(
            feed(who, "deliveries").await.items.is_empty(),
            "deliveries for {}",
            who.card
        );
    }
    for who in [&w.olu, &w.meg, &w.dee] {
        let status = http
            .get(format!("{}/v1/deliveries", w.hub.url()))
            .bearer_auth(&who.token)
            .send()
            .await
            .unwrap()
            .status();
        assert_eq!(status, 403);
    }
    let (_o, olu) = signed_in(&w.hub.url(), &w.olu).await;
    assert!(olu.round(None).unwrap().is_empty());

    // Neither a volunteer off the visit nor a member can act on it; a carer needs the right.
    for who in [&w.olu, &w.meg] {
        let r = send_direct(
            &w.hub,
            who,
            Change::RecordVisit {
                visit_id: stop.visit_id,
                outcome: "delivered".into(),
                note: None,
                handed: vec![],
                collected: vec![],
            },
        )
        .await;
        assert_eq!(r.code, "not_allowed", "{}", who.card);
        let r = send_direct(
            &w.hub,
            who,
            Change::ChooseItems {
                visit_id: stop.visit_id,
                barcodes: vec!["T2-A".into()],
            },
        )
        .await;
        assert_eq!(r.code, "not_allowed");
    }
    let r = send_direct(
        &w.hub,
        &w.meg,
        Change::SetDeliveryState {
            delivery_id: id,
            action: "end".into(),
        },
    )
    .await;
    assert_eq!(r.code, "not_found");
    let (_a, arthur) = signed_in(&w.hub.url(), &w.arthur).await;
    arthur
        .grant_proxy(w.susan.card.clone(), vec!["loans".into()])
        .await
        .unwrap();
    let r = send_direct(
        &w.hub,
        &w.susan,
        Change::SetDeliveryState {
            delivery_id: id,
            action: "pause".into(),
        },
    )
    .await;
    assert_eq!(r.code, "not_found", "a carer without the deliveries right");
    assert!(feed(&w.susan, "deliveries").await.items.iter().all(|i| i.deleted));
    let r = send_direct(
        &w.hub,
        &w.susan,
        Change::PlaceHold {
            record_id: 1,
            pickup: "BAS".into(),
            for_card: Some(w.arthur.card.clone()),
        },
    )
    .await;
    assert_eq!(r.code, "not_allowed", "no reserve right");
    arthur
        .grant_proxy(w.susan.card.clone(), vec!["deliveries".into(), "reserve".into()])
        .await
        .unwrap();
    let (_s, susan) = signed_in(&w.hub.url(), &w.susan).await;
    assert_eq!(susan.deliveries().unwrap().len(), 1);
    assert!(susan
        .proxies()
        .unwrap()
        .iter()
        .any(|p| p.i_act_for_them && p.member_card == w.arthur.card));
    let eyre = susan
        .search(cml_ffi::cml_core::SearchQuery {
            text: "jane eyre".into(),
            ..Default::default()
        })
        .unwrap()
        .hits[0]
        .id;
    let reserved = susan
        .reserve_for(w.arthur.card.clone(), eyre, "BRE".into())
        .await
        .unwrap();
    assert_eq!(reserved.code.as_deref(), Some("reserved"), "{reserved:?}");
    arthur.sync(None).await.unwrap();
    assert_eq!(arthur.holds().unwrap()[0].title, "Jane Eyre");
    arthur.revoke_proxy(w.susan.card.clone()).await.unwrap();
    susan.sync(None).await.unwrap();
    assert!(
        susan.deliveries().unwrap().is_empty(),
        "revoked: the carer's phone forgets the delivery"
    );

    // A barcode that does not exist refuses the whole visit; nothing changes.
    let bad = dee
        .record_visit(
            stop.visit_id,
            "delivered".into(),
            None,
            vec!["T2-A".into(), "NOPE-1".into()],
            vec![],
        )
        .await
        .unwrap();
    assert_eq!(
        (bad.state.as_str(), bad.code.as_deref()),
        ("refused", Some("invalid_input"))
    );
    arthur.sync(None).await.unwrap();
    assert!(arthur.loans().unwrap().is_empty());
    dee.sync(None).await.unwrap();
    assert_eq!(dee.round(None).unwrap()[0].status, "scheduled");

    // A welfare concern reaches the coordinator at their next sync.
    let concern = dee
        .record_visit(
            stop.visit_id,
            "welfare_concern".into(),
            Some("Arthur seemed confused and the heating was off.".into()),
            vec![],
            vec![],
        )
        .await
        .unwrap();
    assert_eq!(concern.code.as_deref(), Some("welfare_concern"));
    cora.sync(None).await.unwrap();
    let concerns = cora.concerns().unwrap();
    assert_eq!(concerns.len(), 1);
    assert!(concerns[0].note.contains("heating was off"));
    assert_eq!(concerns[0].raised_by, "Dee");
    assert!(olu.concerns().unwrap().is_empty());
    olu.sync(None).await.unwrap();
    assert!(olu.concerns().unwrap().is_empty());

    // Once the day after the visit has passed, the address leaves the volunteers' phones.
    let visit = stop.visit_id;
    let long_ago = (today - Duration::days(3)).to_string();
    w.hub
        .db()
        .write(move |c| {
            c.exec(
                "UPDATE visits SET visit_date = $2 WHERE id = $1",
                cml_hub::params![visit, long_ago.clone()],
            )?;
            cml_hub::deliveries::refresh_rounds(c, chrono::Utc::now())
        })
        .await
        .unwrap();
    dee.sync(None).await.unwrap();
    assert!(dee
        .round(Some((today - Duration::days(3)).to_string()))
        .unwrap()
        .is_empty());
    assert!(feed(&w.dee, "rounds")
        .await
        .items
        .iter()
        .all(|i| i.deleted || i.key != visit.to_string()));
}
