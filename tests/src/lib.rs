//! Helpers shared by the end-to-end tests: a device (the bindings' `CmlApp`) on a store of its
//! own, a hub with a small catalogue, changes sent straight to the hub as another phone would,
//! and a TCP proxy that injects network faults between the core and the hub.

use std::net::SocketAddr;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use cml_api::{Change, ChangeResult};
use cml_ffi::cml_core::Config;
use cml_ffi::CmlApp;
use cml_hub::testing::{TestHub, TestPerson};
use tempfile::TempDir;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

/// What the proxy does to a connection.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fault {
    /// Forward both ways.
    Pass,
    /// Close the connection at once: the request never reaches the hub.
    DropRequest,
    /// Forward the request, then close the connection as soon as the hub starts answering: the
    /// hub has done the work but the device never hears of it.
    DropReply,
    /// Wait this long, then forward.
    Delay(Duration),
}

/// A proxy on 127.0.0.1 in front of the hub. Every new connection takes the fault set now.
pub struct FaultProxy {
    pub addr: SocketAddr,
    fault: Arc<Mutex<Fault>>,
    task: tokio::task::JoinHandle<()>,
}

impl FaultProxy {
    pub async fn start(upstream: SocketAddr) -> FaultProxy {
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        let fault = Arc::new(Mutex::new(Fault::Pass));
        let shared = fault.clone();
        let task = tokio::spawn(async move {
            loop {
                let Ok((client, _)) = listener.accept().await else {
                    break;
                };
                let fault = *shared.lock().unwrap();
                tokio::spawn(handle(client, upstream, fault));
            }
        });
        FaultProxy { addr, fault, task }
    }

    pub fn url(&self) -> String {
        format!("http://{}", self.addr)
    }

    pub fn set(&self, fault: Fault) {
        *self.fault.lock().unwrap() = fault;
    }
}

impl Drop for FaultProxy {
    fn drop(&mut self) {
        self.task.abort();
    }
}

async fn handle(mut client: TcpStream, upstream: SocketAddr, fault: Fault) {
    match fault {
        Fault::DropRequest => {}
        Fault::Pass => {
            if let Ok(mut up) = TcpStream::connect(upstream).await {
                let _ = tokio::io::copy_bidirectional(&mut client, &mut up).await;
            }
        }
        Fault::Delay(d) => {
            tokio::time::sleep(d).await;
            if let Ok(mut up) = TcpStream::connect(upstream).await {
                let _ = tokio::io::copy_bidirectional(&mut client, &mut up).await;
            }
        }
        Fault::DropReply => {
            let Ok(up) = TcpStream::connect(upstream).await else {
                return;
            };
            let (mut client_read, client_write) = client.into_split();
            let (mut up_read, mut up_write) = up.into_split();
            let forward = tokio::spawn(async move {
                let _ = tokio::io::copy(&mut client_read, &mut up_write).await;
                let _ = up_write.shutdown().await;
            });
            // The first byte of the answer means the hub has applied the request.
            let mut first = [0u8; 1];
            let _ = up_read.read(&mut first).await;
            forward.abort();
            // Closing the device's side now: it never hears the answer.
            drop(client_write);
            let mut sink = Vec::new();
            let _ = tokio::time::timeout(Duration::from_millis(50), up_read.read_to_end(&mut sink)).await;
        }
    }
}

/// The UK date today.
pub fn uk_today() -> chrono::NaiveDate {
    cml_api::london::today(chrono::Utc::now())
}

/// The Sunday of the latest autumn clock change (BST to GMT) at least a day before today, so that
/// a whole night around it is in the past.
pub fn last_autumn_change() -> chrono::NaiveDate {
    use chrono::Datelike;
    let today = uk_today();
    let this_year = cml_api::london::last_sunday(today.year(), 10);
    if this_year < today {
        this_year
    } else {
        cml_api::london::last_sunday(today.year() - 1, 10)
    }
}

/// The Sunday of the next spring clock change (GMT to BST) at least eight days after today, so
/// that the Monday before it is still to come.
pub fn next_spring_change() -> chrono::NaiveDate {
    use chrono::Datelike;
    let today = uk_today();
    let this_year = cml_api::london::last_sunday(today.year(), 3);
    if this_year > today + chrono::Duration::days(7) {
        this_year
    } else {
        cml_api::london::last_sunday(today.year() + 1, 3)
    }
}

/// A device: the app on its own store, talking to `hub_url`.
pub fn app(dir: &TempDir, hub_url: &str) -> Arc<CmlApp> {
    CmlApp::new(Config {
        data_dir: dir.path().display().to_string(),
        hub_url: hub_url.to_owned(),
        hub_certificate_pem: None,
        device_name: None,
    })
    .unwrap()
}

/// A device on which `who` has signed in and synced.
pub async fn signed_in(hub_url: &str, who: &TestPerson) -> (TempDir, Arc<CmlApp>) {
    let dir = tempfile::tempdir().unwrap();
    let app = app(&dir, hub_url);
    app.login(who.card.clone(), who.pin.clone()).await.unwrap();
    app.sync(None).await.unwrap();
    (dir, app)
}

/// Sends one change straight to the hub with `who`'s token, as another phone (or a script) would.
pub async fn send_direct(hub: &TestHub, who: &TestPerson, change: Change) -> ChangeResult {
    send_to(&hub.url(), who, change).await
}

/// [`send_direct`] to a hub at `url` (for tasks that outlive a borrow of the hub).
pub async fn send_to(url: &str, who: &TestPerson, change: Change) -> ChangeResult {
    let key = format!("direct-{}-{}", who.id, rand::random::<u64>());
    let resp = reqwest::Client::new()
        .post(format!("{url}/v1/changes"))
        .bearer_auth(&who.token)
        .json(&serde_json::json!({ "changes": [{ "key": key, "made_at": chrono::Utc::now(), "change": change }] }))
        .send()
        .await
        .unwrap();
    assert!(resp.status().is_success(), "{}", resp.status());
    let mut results: cml_api::ChangeResults = resp.json().await.unwrap();
    results.results.remove(0)
}

/// A small catalogue: Jane Eyre (copies at Baswich and Holmcroft), The secret garden in large
/// print (one copy, Brewood), Grow your own vegetables (Baswich), and a reference-only local
/// history (Baswich).
pub const RECORDS: &str = r#"<collection xmlns="http://www.loc.gov/MARC21/slim">
<record><leader>00000nam a2200000 a 4500</leader>
 <controlfield tag="001">T1</controlfield>
 <controlfield tag="008">850101s1847    enk           000 1 eng d</controlfield>
 <datafield tag="020" ind1=" " ind2=" "><subfield code="a">0-19-963209-X (pbk.)</subfield></datafield>
 <datafield tag="100" ind1="1" ind2=" "><subfield code="a">Brontë, Charlotte,</subfield></datafield>
 <datafield tag="245" ind1="1" ind2="0"><subfield code="a">Jane Eyre /</subfield><subfield code="c">Charlotte Brontë.</subfield></datafield>
 <datafield tag="650" ind1=" " ind2="0"><subfield code="a">Governesses</subfield><subfield code="v">Fiction.</subfield></datafield>
</record>
<record><leader>00000nam a2200000 a 4500</leader>
 <controlfield tag="001">T2</controlfield>
 <controlfield tag="008">990101s1999    enk    d      000 1 eng d</controlfield>
 <datafield tag="100" ind1="1" ind2=" "><subfield code="a">Hodgson Burnett, Frances.</subfield></datafield>
 <datafield tag="245" ind1="1" ind2="4"><subfield code="a">The secret garden /</subfield></datafield>
 <datafield tag="250" ind1=" " ind2=" "><subfield code="a">Large print ed.</subfield></datafield>
</record>
<record><leader>00000nam a2200000 a 4500</leader>
 <controlfield tag="001">T3</controlfield>
 <controlfield tag="008">990101s2001    enk           000 0 eng d</controlfield>
 <datafield tag="245" ind1="0" ind2="0"><subfield code="a">Grow your own vegetables /</subfield></datafield>
 <datafield tag="650" ind1=" " ind2="0"><subfield code="a">Garden design.</subfield></datafield>
</record>
<record><leader>00000nam a2200000 a 4500</leader>
 <controlfield tag="001">T4</controlfield>
 <controlfield tag="008">990101s2005    enk           000 0 eng d</controlfield>
 <datafield tag="245" ind1="0" ind2="0"><subfield code="a">Cannock Chase through time /</subfield></datafield>
</record>
</collection>"#;

pub const ITEMS: &str = "barcode,record,branch,call_number,item_type,location\n\
                         T1-A,T1,BAS,F BRO,BK,\nT1-B,T1,HOL,F BRO,BK,\nT2-A,T2,BRE,F BUR,LP,\nT3-A,T3,BAS,635 GRO,BK,\n\
                         T4-A,T4,BAS,942.46 CAN,BK,REF\n";

pub async fn hub_with_records() -> TestHub {
    let hub = TestHub::start(true).await;
    let db = hub.db().clone();
    tokio::task::spawn_blocking(move || {
        let mut summary = cml_hub::catalogue::ImportSummary::default();
        let records = cml_hub::marc::xml::read(RECORDS);
        cml_hub::catalogue::import(
            &db,
            "test.xml",
            Box::new(records.into_iter()),
            None,
            &mut summary,
            |_| {},
        )
        .unwrap();
        assert_eq!(summary.imported, 4);
        let items = cml_hub::catalogue::import_items(&db, "items.csv", ITEMS, &cml_hub::catalogue::BranchMapping::AsIs)
            .unwrap();
        assert_eq!(items.imported, 5);
    })
    .await
    .unwrap();
    hub
}
