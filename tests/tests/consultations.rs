//! "Have your say" end to end, through the bindings' Rust API against a real hub: Holmcroft
//! consults on its opening hours; members answer on the phone, offline, once each; coordinators
//! and Holmcroft's steering group read the results (counts and free text, never who gave them);
//! the impact report counts the consultation and its answers.

use chrono::Duration;
use cml_api::london::today;
use cml_api::Role;
use cml_e2e::signed_in;
use cml_ffi::cml_core::{AnswerForm, ConsultationForm, QuestionForm};
use cml_ffi::CmlError;
use cml_hub::testing::TestHub;

fn hours_consultation(opens: chrono::NaiveDate, closes: chrono::NaiveDate) -> ConsultationForm {
    ConsultationForm {
        library: "HOL".into(),
        title: "Our opening hours".into(),
        description: "Holmcroft Library's volunteers want to open when it suits you best.".into(),
        opens_on: opens.to_string(),
        closes_on: closes.to_string(),
        questions: vec![
            QuestionForm {
                kind: "choice".into(),
                text: "When would you most like us to open?".into(),
                choices: vec!["Weekday mornings".into(), "Weekday evenings".into(), "Saturdays".into()],
                scale_low: None,
                scale_high: None,
            },
            QuestionForm {
                kind: "scale".into(),
                text: "How easy is it to get to the library?".into(),
                choices: vec![],
                scale_low: Some("Very hard".into()),
                scale_high: Some("Very easy".into()),
            },
            QuestionForm {
                kind: "text".into(),
                text: "Anything else you would like to tell us?".into(),
                choices: vec![],
                scale_low: None,
                scale_high: None,
            },
        ],
    }
}

fn answers(choice: u32, scale: i64, text: Option<&str>) -> Vec<AnswerForm> {
    let mut v = vec![
        AnswerForm {
            question: 0,
            choice: Some(choice),
            scale: None,
            text: None,
        },
        AnswerForm {
            question: 1,
            choice: None,
            scale: Some(scale),
            text: None,
        },
    ];
    if let Some(t) = text {
        v.push(AnswerForm {
            question: 2,
            choice: None,
            scale: None,
            text: Some(t.into()),
        });
    }
    v
}

#[tokio::test]
async fn members_answer_a_consultation_offline_once_and_results_show_no_one() {
    let mut hub = TestHub::start(true).await;
    let cora = hub.person("Cora", &[Role::Coordinator]).await;
    let (ann, bob) = (hub.person("Ann", &[]).await, hub.person("Bob", &[]).await);
    let sam = hub.person("Sam", &[Role::Volunteer]).await;
    let val = hub.person("Val", &[Role::Volunteer]).await;
    let (_c, coord) = signed_in(&hub.url(), &cora).await;
    coord
        .grant_volunteer_role(sam.card.clone(), "HOL".into(), "steering_group".into())
        .await
        .unwrap();
    coord
        .grant_volunteer_role(val.card.clone(), "BAS".into(), "steering_group".into())
        .await
        .unwrap();
    let day = today(chrono::Utc::now());

    // Bad input names the field and publishes nothing.
    let mut bad = hours_consultation(day, day + Duration::days(14));
    bad.questions[0].choices.truncate(1);
    assert!(matches!(
        coord.publish_consultation(bad).await,
        Err(CmlError::InvalidInput { field, .. }) if field == "questions"
    ));
    let published = coord
        .publish_consultation(hours_consultation(day, day + Duration::days(14)))
        .await
        .unwrap();
    assert!(published.period_text.starts_with("Open until"), "{published:?}");
    assert_eq!(published.library_name, "Holmcroft Library");
    let later = coord
        .publish_consultation(hours_consultation(day + Duration::days(7), day + Duration::days(21)))
        .await
        .unwrap();

    // Ann's phone has it; she answers with the hub stopped.
    let (_a, ann_app) = signed_in(&hub.url(), &ann).await;
    let (_b, bob_app) = signed_in(&hub.url(), &bob).await;
    hub.stop().await;
    let list = ann_app.consultations().unwrap();
    assert_eq!(list.len(), 3, "the two published here and the demo's");
    let mine = list.iter().find(|k| k.id == published.id).unwrap();
    assert!(mine.can_answer && mine.open && !mine.answered);
    assert_eq!(mine.questions[1].scale_top, 5);
    assert_eq!(mine.questions[1].scale_high.as_deref(), Some("Very easy"));
    let not_yet = list.iter().find(|k| k.id == later.id).unwrap();
    assert!(!not_yet.can_answer && not_yet.why_not.as_deref().unwrap().starts_with("Opens on"));
    // An answer that does not fit its question is refused on the phone, and nothing is queued.
    match ann_app.answer_consultation(published.id, answers(7, 3, None)).await {
        Err(CmlError::InvalidInput { field, .. }) => assert_eq!(field, "answers"),
        other => panic!("{other:?}"),
    }
    let change = ann_app
        .answer_consultation(published.id, answers(1, 4, Some("Please open on Thursday evenings.")))
        .await
        .unwrap();
    assert_eq!(change.state, "waiting");
    let after = ann_app.consultations().unwrap();
    let mine = after.iter().find(|k| k.id == published.id).unwrap();
    assert!(mine.answer_waiting && !mine.can_answer);
    // Once: a second answer is refused on the phone at once.
    assert!(matches!(
        ann_app.answer_consultation(published.id, answers(0, 1, None)).await,
        Err(CmlError::Conflict { reason, .. }) if reason == "already_answered"
    ));
    match ann_app.answer_consultation(later.id, answers(0, 1, None)).await {
        Err(CmlError::Conflict { reason, .. }) => assert_eq!(reason, "not_open"),
        other => panic!("{other:?}"),
    }

    hub.restart().await;
    ann_app.sync(None).await.unwrap();
    let done = ann_app.changes(5).unwrap().remove(0);
    assert_eq!(done.code.as_deref(), Some("answered"), "{done:?}");
    assert!(ann_app
        .consultations()
        .unwrap()
        .iter()
        .any(|k| k.id == published.id && k.answered));
    // Her second phone knows she answered; a second answer sent straight to the hub is refused.
    let (_a2, ann_other) = signed_in(&hub.url(), &ann).await;
    assert!(ann_other
        .consultations()
        .unwrap()
        .iter()
        .any(|k| k.id == published.id && k.answered));
    let direct = cml_e2e::send_direct(
        &hub,
        &ann,
        cml_api::Change::AnswerConsultation {
            consultation_id: published.id,
            answers: vec![cml_api::Answer {
                question: 0,
                choice: Some(2),
                scale: None,
                text: None,
            }],
        },
    )
    .await;
    assert_eq!(direct.code, "already_answered");
    bob_app.sync(None).await.unwrap();
    let bob_said = bob_app
        .answer_consultation(published.id, answers(1, 2, Some("Saturday mornings, please.")))
        .await
        .unwrap();
    assert_eq!(bob_said.code.as_deref(), Some("answered"));

    // The results: counts and the free text, and nothing about who.
    let results = coord.consultation_results(published.id).await.unwrap();
    assert_eq!(results.responses, 2);
    assert_eq!(results.summary, "2 people answered.");
    assert_eq!(
        results.questions[0].labels,
        ["Weekday mornings", "Weekday evenings", "Saturdays"]
    );
    assert_eq!(results.questions[0].counts, [0, 2, 0]);
    assert_eq!(results.questions[1].counts, [0, 1, 0, 1, 0]);
    assert_eq!(
        results.questions[2].texts,
        ["Please open on Thursday evenings.", "Saturday mornings, please."]
    );
    let raw = reqwest::Client::new()
        .get(format!("{}/v1/consultations/{}/results", hub.url(), published.id))
        .bearer_auth(&cora.token)
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    for who in [&ann.card, &bob.card, &"Ann".to_owned(), &"Bob".to_owned()] {
        assert!(!raw.contains(who.as_str()), "the results name {who}: {raw}");
    }
    // Holmcroft's steering group reads them; another library's, and a member, cannot.
    let (_s, sam_app) = signed_in(&hub.url(), &sam).await;
    assert_eq!(sam_app.consultation_results(published.id).await.unwrap().responses, 2);
    let (_v, val_app) = signed_in(&hub.url(), &val).await;
    assert!(matches!(
        val_app.consultation_results(published.id).await,
        Err(CmlError::NotAllowed { .. })
    ));
    assert!(matches!(
        bob_app.consultation_results(published.id).await,
        Err(CmlError::NotAllowed { .. })
    ));

    // The impact report counts them: this one and the demo's, both running at Holmcroft today
    // (the later one has not opened yet), and the two answers given.
    let report = coord
        .impact_report(Some("HOL".into()), day.to_string(), day.to_string())
        .await
        .unwrap();
    assert_eq!((report.consultations, report.consultation_responses), (2, 2));
    let elsewhere = coord
        .impact_report(Some("BAS".into()), day.to_string(), day.to_string())
        .await
        .unwrap();
    assert_eq!((elsewhere.consultations, elsewhere.consultation_responses), (0, 0));
}
