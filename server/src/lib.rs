//! The Community Library hub: the system of record that the apps sync with.
//!
//! `cml-hub serve` runs it (see `main.rs`); tests start it in-process with [`start`].

pub mod accounts;
pub mod auth;
pub mod catalogue;
pub mod changes;
pub mod circulation;
pub mod consultations;
pub mod db;
pub mod deliveries;
pub mod demo;
pub mod error;
pub mod events;
pub mod feed;
pub mod http;
pub mod i18n;
pub use cml_marc::isbn_ranges;
pub mod libraries;
pub use cml_marc as marc;
pub mod members;
pub mod programme;
pub mod reading_lists;
pub mod report;
pub mod rooms;
pub mod schema;
pub mod testing;
pub mod volunteers;

use std::net::SocketAddr;
use std::path::PathBuf;

use anyhow::Context;
use auth::PinHashing;
use db::Db;

/// What every request handler can reach.
#[derive(Clone)]
pub struct AppState {
    pub db: Db,
    pub pin_hashing: PinHashing,
    /// A hash checked against when a card is unknown, so both cases take the same time.
    pub decoy_hash: String,
}

#[derive(Debug, Clone)]
pub struct TlsFiles {
    pub cert: PathBuf,
    pub key: PathBuf,
}

#[derive(Debug, Clone)]
pub struct HubConfig {
    pub listen: SocketAddr,
    /// `sqlite:PATH`, a plain path, or `postgres://…`.
    pub database: String,
    pub demo: bool,
    pub tls: Option<TlsFiles>,
    pub pin_hashing: PinHashing,
}

/// A hub serving requests in this process.
pub struct RunningHub {
    pub addr: SocketAddr,
    pub tls: bool,
    handle: axum_server::Handle,
    task: tokio::task::JoinHandle<std::io::Result<()>>,
    pub db: Db,
}

impl RunningHub {
    /// The base URL that clients use.
    pub fn url(&self) -> String {
        let scheme = if self.tls { "https" } else { "http" };
        format!("{scheme}://{}", self.addr)
    }

    /// Stops taking new connections, lets requests in flight finish (up to 10 s), and waits.
    pub async fn shutdown(self) -> anyhow::Result<()> {
        self.handle.graceful_shutdown(Some(std::time::Duration::from_secs(10)));
        self.task.await.context("the server task failed")??;
        Ok(())
    }

    /// Waits until the server stops (after [`RunningHub::shutdown_handle`] is used).
    pub async fn wait(self) -> anyhow::Result<()> {
        self.task.await.context("the server task failed")??;
        Ok(())
    }

    pub fn shutdown_handle(&self) -> axum_server::Handle {
        self.handle.clone()
    }
}

/// Opens the database (migrating it, refusing a newer schema), seeds the demo data if asked, binds
/// the address and starts serving.
pub async fn start(config: HubConfig) -> anyhow::Result<RunningHub> {
    let url = config.database.clone();
    let db = tokio::task::spawn_blocking(move || Db::open(&url))
        .await?
        .with_context(|| format!("could not open the database {}", db::redact(&config.database)))?;
    let hashing = config.pin_hashing;
    if config.demo {
        let seeded = db
            .write(move |c| demo::seed(c, &hashing))
            .await
            .context("could not seed the demo data")?;
        if seeded {
            tracing::info!("seeded the demo data");
        } else {
            tracing::info!("the database has data already; demo data not added");
        }
        let catalogue_db = db.clone();
        if let Some((records, items)) = tokio::task::spawn_blocking(move || demo::seed_catalogue(&catalogue_db))
            .await?
            .context("could not load the demo catalogue")?
        {
            tracing::info!(records, items, "loaded the demo catalogue");
        }
    }
    let decoy_hash = tokio::task::spawn_blocking(move || hashing.hash("0000"))
        .await?
        .context("could not prepare PIN hashing")?;
    let state = AppState {
        db: db.clone(),
        pin_hashing: hashing,
        decoy_hash,
    };

    let listener =
        std::net::TcpListener::bind(config.listen).with_context(|| format!("could not listen on {}", config.listen))?;
    listener.set_nonblocking(true)?;
    let addr = listener.local_addr()?;
    // The peer's address goes with each request (sign-in slows down guesses per address).
    let app = http::router(state).into_make_service_with_connect_info::<SocketAddr>();
    let handle = axum_server::Handle::new();
    let task = match &config.tls {
        None => {
            let mut server = axum_server::from_tcp(listener).handle(handle.clone());
            http_limits(server.http_builder());
            tokio::spawn(async move { server.serve(app).await })
        }
        Some(files) => {
            let _ = rustls::crypto::ring::default_provider().install_default();
            let tls = axum_server::tls_rustls::RustlsConfig::from_pem_file(&files.cert, &files.key)
                .await
                .with_context(|| {
                    format!(
                        "could not load the TLS certificate {} and key {}",
                        files.cert.display(),
                        files.key.display()
                    )
                })?;
            let mut server = axum_server::from_tcp_rustls(listener, tls).handle(handle.clone());
            http_limits(server.http_builder());
            tokio::spawn(async move { server.serve(app).await })
        }
    };
    tokio::spawn(housekeeping(db.clone()));
    tracing::info!(%addr, tls = config.tls.is_some(), database = db.dialect().name(), "hub listening");
    Ok(RunningHub {
        addr,
        tls: config.tls.is_some(),
        handle,
        task,
        db,
    })
}

/// The HTTP layer's own limits, set past the hub's ([`http::MAX_URI_BYTES`],
/// [`http::MAX_HEADER_BYTES`]) so that a request over the hub's limits reaches the hub and gets
/// its error body. Past these (an address over 64 KiB, more than 1,000 headers, or over 1 MiB of
/// them) the HTTP layer answers 414 or 431 itself, with no body; the API document says so.
fn http_limits(builder: &mut hyper_util::server::conn::auto::Builder<hyper_util::rt::TokioExecutor>) {
    builder.http1().max_headers(1000).max_buf_size(1024 * 1024);
}

/// Work the hub does on a clock: every minute, holds left on the hold shelf past their day expire
/// and their copies pass on, and home-delivery visits go onto (and come off) volunteers' phones.
async fn housekeeping(db: Db) {
    let mut tick = tokio::time::interval(std::time::Duration::from_secs(60));
    loop {
        tick.tick().await;
        match db.write(|c| circulation::expire_due(c, chrono::Utc::now())).await {
            Ok(0) => {}
            Ok(n) => tracing::info!(expired = n, "reservations not collected in time passed on"),
            Err(e) => tracing::warn!(error = %e, "could not expire reservations"),
        }
        match db.write(|c| deliveries::refresh_rounds(c, chrono::Utc::now())).await {
            Ok((0, 0)) => {}
            Ok((opened, closed)) => tracing::info!(opened, closed, "volunteers' rounds updated"),
            Err(e) => tracing::warn!(error = %e, "could not update the volunteers' rounds"),
        }
    }
}
