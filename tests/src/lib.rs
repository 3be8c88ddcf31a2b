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

/// What the proxy does to one HTTP request.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Fault {
    /// Forward it and its answer.
    Pass,
    /// Close the connection at once: the request never reaches the hub.
    DropRequest,
    /// Forward the request, then close the connection instead of passing the answer on: the hub
    /// has done the work but the device never hears of it.
    DropReply,
    /// Wait this long, then forward.
    Delay(Duration),
    /// Pass on only the first half of the answer, then close.
    Truncate,
    /// The network delivers the request twice; the device hears the second answer.
    Replay,
    /// Kill the hub's process (SIGKILL) as soon as it starts answering, that is between its
    /// commit and its reply, and close the connection.
    KillHub,
}

impl Fault {
    /// The fault's kind, for counting ("delay" for every delay).
    pub fn kind(&self) -> &'static str {
        match self {
            Fault::Pass => "pass",
            Fault::DropRequest => "drop_request",
            Fault::DropReply => "drop_reply",
            Fault::Delay(_) => "delay",
            Fault::Truncate => "truncate",
            Fault::Replay => "replay",
            Fault::KillHub => "kill_hub",
        }
    }
}

/// How the proxy picks each request's fault.
enum Plan {
    Fixed(Fault),
    /// A fault drawn for each request from `pick`, with the seeded generator.
    Random(Box<rand::rngs::StdRng>, fn(&mut rand::rngs::StdRng) -> Fault),
}

struct ProxyState {
    plan: Plan,
    /// Faults applied, by kind and by whether the request was `POST /v1/changes`.
    counts: std::collections::BTreeMap<(&'static str, bool), u64>,
    /// The hub process to kill for [`Fault::KillHub`].
    hub_pid: Option<u32>,
}

/// A proxy on 127.0.0.1 in front of the hub that applies a fault to each HTTP request, not each
/// connection: it asks the hub to close every connection after its answer (`Connection: close`),
/// so a device's client cannot carry later requests past it on a connection kept alive.
pub struct FaultProxy {
    pub addr: SocketAddr,
    state: Arc<Mutex<ProxyState>>,
    task: tokio::task::JoinHandle<()>,
}

impl FaultProxy {
    pub async fn start(upstream: SocketAddr) -> FaultProxy {
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        let state = Arc::new(Mutex::new(ProxyState {
            plan: Plan::Fixed(Fault::Pass),
            counts: Default::default(),
            hub_pid: None,
        }));
        let shared = state.clone();
        let task = tokio::spawn(async move {
            loop {
                let Ok((client, _)) = listener.accept().await else {
                    break;
                };
                tokio::spawn(handle(client, upstream, shared.clone()));
            }
        });
        FaultProxy { addr, state, task }
    }

    pub fn url(&self) -> String {
        format!("http://{}", self.addr)
    }

    /// Every request from now on meets `fault`.
    pub fn set(&self, fault: Fault) {
        self.state.lock().unwrap().plan = Plan::Fixed(fault);
    }

    /// Each request from now on meets a fault drawn by `pick` from a generator seeded with `seed`.
    pub fn randomise(&self, seed: u64, pick: fn(&mut rand::rngs::StdRng) -> Fault) {
        use rand::SeedableRng;
        self.state.lock().unwrap().plan = Plan::Random(Box::new(rand::rngs::StdRng::seed_from_u64(seed)), pick);
    }

    /// The hub process that [`Fault::KillHub`] kills.
    pub fn set_hub_pid(&self, pid: Option<u32>) {
        self.state.lock().unwrap().hub_pid = pid;
    }

    /// How many requests met each kind of fault: (kind, was it `POST /v1/changes`) → count.
    pub fn counts(&self) -> std::collections::BTreeMap<(&'static str, bool), u64> {
        self.state.lock().unwrap().counts.clone()
    }
}

impl Drop for FaultProxy {
    fn drop(&mut self) {
        self.task.abort();
    }
}

/// Reads one HTTP/1.1 request (headers and a Content-Length body) from `client`; None when the
/// client closes first. Returns the request with `Connection: close` in place of any connection
/// header, and whether it is `POST /v1/changes`.
async fn read_request(client: &mut TcpStream) -> Option<(Vec<u8>, bool)> {
    let mut buf = Vec::new();
    let mut chunk = [0u8; 8192];
    let head_end = loop {
        if let Some(i) = buf.windows(4).position(|w| w == b"\r\n\r\n") {
            break i + 4;
        }
        if buf.len() > 1 << 20 {
            return None;
        }
        let n = client.read(&mut chunk).await.ok()?;
        if n == 0 {
            return None;
        }
        buf.extend_from_slice(&chunk[..n]);
    };
    let head = String::from_utf8_lossy(&buf[..head_end]).into_owned();
    let length = head
        .lines()
        .find_map(|l| {
            let (name, value) = l.split_once(':')?;
            name.trim()
                .eq_ignore_ascii_case("content-length")
                .then(|| value.trim().parse::<usize>().ok())?
        })
        .unwrap_or(0);
    while buf.len() < head_end + length {
        let n = client.read(&mut chunk).await.ok()?;
        if n == 0 {
            return None;
        }
        buf.extend_from_slice(&chunk[..n]);
    }
    let mut lines = head.trim_end().split("\r\n");
    let request_line = lines.next()?.to_owned();
    let changes = request_line.starts_with("POST /v1/changes ");
    let mut out = format!("{request_line}\r\n");
    for l in lines.filter(|l| !l.to_ascii_lowercase().starts_with("connection:")) {
        out.push_str(l);
        out.push_str("\r\n");
    }
    out.push_str("Connection: close\r\n\r\n");
    let mut request = out.into_bytes();
    request.extend_from_slice(&buf[head_end..head_end + length]);
    Some((request, changes))
}

/// Sends `request` to the hub and reads its whole answer (the hub closes after it). With
/// `kill`, the hub process is killed at the answer's first byte and nothing is returned.
async fn exchange(upstream: SocketAddr, request: &[u8], kill: Option<u32>) -> Option<Vec<u8>> {
    let mut up = TcpStream::connect(upstream).await.ok()?;
    up.write_all(request).await.ok()?;
    let mut answer = Vec::new();
    if let Some(pid) = kill {
        let mut first = [0u8; 1];
        let _ = up.read(&mut first).await;
        // The hub may be dead already (another request's fault killed it): say nothing then.
        let _ = std::process::Command::new("kill")
            .args(["-KILL", &pid.to_string()])
            .stderr(std::process::Stdio::null())
            .status();
        return None;
    }
    tokio::time::timeout(Duration::from_secs(30), up.read_to_end(&mut answer))
        .await
        .ok()?
        .ok()?;
    Some(answer)
}

async fn handle(mut client: TcpStream, upstream: SocketAddr, state: Arc<Mutex<ProxyState>>) {
    let Some((request, changes)) = read_request(&mut client).await else {
        return;
    };
    let (fault, pid) = {
        let mut s = state.lock().unwrap();
        let fault = match &mut s.plan {
            Plan::Fixed(f) => *f,
            Plan::Random(rng, pick) => pick(rng),
        };
        // Without a hub process to kill, a kill is a dropped reply.
        let fault = match (fault, s.hub_pid) {
            (Fault::KillHub, None) => Fault::DropReply,
            (f, _) => f,
        };
        *s.counts.entry((fault.kind(), changes)).or_default() += 1;
        (fault, s.hub_pid)
    };
    match fault {
        Fault::DropRequest => {}
        Fault::Pass | Fault::Delay(_) => {
            if let Fault::Delay(d) = fault {
                tokio::time::sleep(d).await;
            }
            if let Some(answer) = exchange(upstream, &request, None).await {
                let _ = client.write_all(&answer).await;
            }
        }
        Fault::DropReply => {
            let _ = exchange(upstream, &request, None).await;
        }
        Fault::Truncate => {
            if let Some(answer) = exchange(upstream, &request, None).await {
                let _ = client.write_all(&answer[..answer.len() / 2]).await;
            }
        }
        Fault::Replay => {
            let _ = exchange(upstream, &request, None).await;
            if let Some(answer) = exchange(upstream, &request, None).await {
                let _ = client.write_all(&answer).await;
            }
        }
        Fault::KillHub => {
            let _ = exchange(upstream, &request, pid).await;
        }
    }
    let _ = client.shutdown().await;
}

/// The `cml-hub` program beside this test binary (`CML_HUB_BIN` overrides), for tests that run
/// the hub as its own process.
pub fn hub_bin() -> std::path::PathBuf {
    if let Ok(bin) = std::env::var("CML_HUB_BIN") {
        return bin.into();
    }
    let exe = std::env::current_exe().unwrap();
    // target/<profile>/deps/<test> → target/<profile>/cml-hub
    let bin = exe.parent().and_then(|d| d.parent()).unwrap().join("cml-hub");
    assert!(
        bin.exists(),
        "{} is missing: build it first (cargo build -p cml-hub), or set CML_HUB_BIN",
        bin.display()
    );
    bin
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
        language: None,
    })
    .unwrap()
}

/// A device on which `who` has signed in and synced.
/// The first search hit's record id for `text`, from the device's catalogue.
pub fn record_id(app: &CmlApp, text: &str) -> i64 {
    app.search(cml_ffi::cml_core::SearchQuery {
        text: text.into(),
        ..Default::default()
    })
    .unwrap()
    .hits[0]
        .id
}

/// A phone signed in as the demo person called `name` (see `cml_hub::demo::accounts`), synced.
pub async fn demo_signed_in(hub_url: &str, name: &str) -> (TempDir, Arc<CmlApp>) {
    let who = cml_hub::demo::accounts()
        .into_iter()
        .find(|a| a.name == name)
        .unwrap_or_else(|| panic!("no demo person called {name}"));
    let dir = tempfile::tempdir().unwrap();
    let phone = app(&dir, hub_url);
    phone.login(who.card, who.pin).await.unwrap();
    phone.sync(None).await.unwrap();
    (dir, phone)
}

pub async fn signed_in(hub_url: &str, who: &TestPerson) -> (TempDir, Arc<CmlApp>) {
    let dir = tempfile::tempdir().unwrap();
    let app = app(&dir, hub_url);
    app.login(who.card.clone(), who.pin.clone()).await.unwrap();
    app.sync(None).await.unwrap();
    (dir, app)
}

/// GETs `path` from the hub with `who`'s token, as another phone (or a script) would, and reads
/// the JSON answer.
pub async fn get_as<T: serde::de::DeserializeOwned>(hub: &TestHub, who: &TestPerson, path: &str) -> T {
    reqwest::Client::new()
        .get(format!("{}{path}", hub.url()))
        .bearer_auth(&who.token)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap()
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

/// One change sent straight to the hub at `url` with the given key, or why it could not be sent
/// (for callers that retry with the same key while a hub comes back).
pub async fn try_send_keyed(url: &str, who: &TestPerson, change: &Change, key: &str) -> Result<ChangeResult, String> {
    let resp = reqwest::Client::new()
        .post(format!("{url}/v1/changes"))
        .bearer_auth(&who.token)
        .timeout(Duration::from_secs(10))
        .json(&serde_json::json!({ "changes": [{ "key": key, "made_at": chrono::Utc::now(), "change": change }] }))
        .send()
        .await
        .map_err(|e| e.to_string())?;
    if !resp.status().is_success() {
        return Err(resp.status().to_string());
    }
    let mut results: cml_api::ChangeResults = resp.json().await.map_err(|e| e.to_string())?;
    Ok(results.results.remove(0))
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
