use std::net::SocketAddr;
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context;
use clap::{Parser, Subcommand};

// mimalloc: catalogue imports allocate on one thread and free on another, which glibc's allocator
// serialises on a lock.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;
use cml_hub::auth::PinHashing;
use cml_hub::{demo, HubConfig, TlsFiles};

/// The Community Library hub: the system of record that the apps and the `cml` command sync with.
#[derive(Parser)]
#[command(name = "cml-hub", version)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Serve the hub's HTTP API.
    Serve {
        /// Address and port to listen on.
        #[arg(long, default_value = "127.0.0.1:8080", env = "CML_HUB_LISTEN")]
        listen: SocketAddr,
        /// `postgres://USER:PASSWORD@HOST/DB`, or a SQLite file (`sqlite:PATH` or a path).
        #[arg(long, default_value = "sqlite:cml-hub.db", env = "CML_HUB_DATABASE")]
        database: String,
        /// Seed an empty database with the demo libraries, events and accounts, and print the
        /// accounts.
        #[arg(long)]
        demo: bool,
        /// PEM certificate chain: serve HTTPS (needs --tls-key).
        #[arg(long, requires = "tls_key")]
        tls_cert: Option<PathBuf>,
        /// PEM private key for --tls-cert.
        #[arg(long, requires = "tls_cert")]
        tls_key: Option<PathBuf>,
    },
    /// Import MARC 21 records (ISO 2709 in UTF-8 or MARC-8, or MARCXML) into the catalogue. The same
    /// control number imported again updates its record.
    ImportMarc {
        #[arg(long, default_value = "sqlite:cml-hub.db", env = "CML_HUB_DATABASE")]
        database: String,
        /// The ISBN agency's range table, for hyphenating ISBNs.
        #[arg(long, env = "CML_ISBN_RANGES")]
        isbn_ranges: Option<PathBuf>,
        /// Print the summary as JSON.
        #[arg(long)]
        json: bool,
        #[arg(required = true)]
        files: Vec<PathBuf>,
    },
    /// Import holdings (copies) from CSV: barcode, record control number, branch, call number,
    /// item type (Koha's export names work too).
    ImportItems {
        #[arg(long, default_value = "sqlite:cml-hub.db", env = "CML_HUB_DATABASE")]
        database: String,
        /// Map the file's branch codes to library codes: CPL=BAS,FPL=BRE.
        #[arg(long, value_delimiter = ',')]
        branch_map: Vec<String>,
        /// Spread the copies round all the hub's libraries (for demo data).
        #[arg(long)]
        spread: bool,
        #[arg(long)]
        json: bool,
        file: PathBuf,
    },
    /// Accounts: the first coordinator or admin of a new hub, PIN resets, roles, stopped cards.
    Account {
        #[command(subcommand)]
        account: AccountCommand,
    },
    /// Load members from CSV with a header: card, name (required); home_library, pin, roles
    /// (default member). Known cards are updated; new cards without a PIN get one, printed once.
    ImportMembers {
        #[arg(long, default_value = "sqlite:cml-hub.db", env = "CML_HUB_DATABASE")]
        database: String,
        #[arg(long)]
        json: bool,
        file: PathBuf,
    },
    /// Reports for the steering groups and the council.
    Report {
        #[command(subcommand)]
        report: ReportCommand,
    },
    /// Print the demo accounts (role, name, card number, PIN).
    DemoAccounts {
        /// Print JSON.
        #[arg(long)]
        json: bool,
    },
}

#[derive(Subcommand)]
enum AccountCommand {
    /// Create an account: `cml-hub account create --card 2100009999 --name "Sam Lee" --roles admin`.
    Create {
        #[arg(long, default_value = "sqlite:cml-hub.db", env = "CML_HUB_DATABASE")]
        database: String,
        #[arg(long)]
        card: String,
        #[arg(long)]
        name: String,
        /// member, carer, volunteer, coordinator, admin, partner (comma-separated).
        #[arg(long, default_value = "member")]
        roles: String,
        /// The home library's code.
        #[arg(long)]
        home: Option<String>,
        /// The PIN (4 to 8 digits); without it one is made and printed once.
        #[arg(long)]
        pin: Option<String>,
        #[arg(long)]
        json: bool,
    },
    /// Set a new PIN (signs the card out everywhere, ends a lockout).
    ResetPin {
        #[arg(long, default_value = "sqlite:cml-hub.db", env = "CML_HUB_DATABASE")]
        database: String,
        card: String,
        /// The new PIN; without it one is made and printed once.
        #[arg(long)]
        pin: Option<String>,
        #[arg(long)]
        json: bool,
    },
    /// Replace a person's roles.
    Roles {
        #[arg(long, default_value = "sqlite:cml-hub.db", env = "CML_HUB_DATABASE")]
        database: String,
        card: String,
        /// The roles they keep, comma-separated.
        #[arg(long)]
        set: String,
        #[arg(long)]
        json: bool,
    },
    /// Stop a card: it is signed out everywhere and cannot sign in.
    Disable {
        #[arg(long, default_value = "sqlite:cml-hub.db", env = "CML_HUB_DATABASE")]
        database: String,
        card: String,
        #[arg(long)]
        json: bool,
    },
    /// Start a stopped card again.
    Enable {
        #[arg(long, default_value = "sqlite:cml-hub.db", env = "CML_HUB_DATABASE")]
        database: String,
        card: String,
        #[arg(long)]
        json: bool,
    },
    /// Show an account.
    Show {
        #[arg(long, default_value = "sqlite:cml-hub.db", env = "CML_HUB_DATABASE")]
        database: String,
        card: String,
        #[arg(long)]
        json: bool,
    },
}

fn open_db(database: &str) -> anyhow::Result<cml_hub::db::Db> {
    cml_hub::db::Db::open(database)
        .with_context(|| format!("could not open the database {}", cml_hub::db::redact(database)))
}

fn account_line(line: &cml_hub::accounts::AccountLine) -> String {
    let a = &line.account;
    let roles: Vec<&str> = a.roles.iter().map(|r| r.as_str()).collect();
    format!(
        "{} {}: {}{}{}",
        a.card,
        a.name,
        roles.join(", "),
        a.home_library
            .as_ref()
            .map(|h| format!(", home library {h}"))
            .unwrap_or_default(),
        if line.disabled { " (stopped)" } else { "" }
    )
}

/// Runs an account command. Errors are typed: invalid input exits 2.
fn account(command: AccountCommand) -> anyhow::Result<()> {
    use cml_hub::accounts;
    let hashing = pin_hashing();
    let now = chrono::Utc::now();
    let show = |json: bool, line: &accounts::AccountLine, pin: Option<&str>| -> anyhow::Result<()> {
        if json {
            let mut v = serde_json::to_value(line)?;
            if let Some(pin) = pin {
                v["pin"] = pin.into();
            }
            println!("{}", serde_json::to_string_pretty(&v)?);
        } else {
            println!("{}", account_line(line));
            if let Some(pin) = pin {
                println!("PIN: {pin} (shown once: give it to the person)");
            }
        }
        Ok(())
    };
    match command {
        AccountCommand::Create {
            database,
            card,
            name,
            roles,
            home,
            pin,
            json,
        } => {
            let roles = accounts::roles_of(&roles)?;
            let made = pin.is_none();
            let pin = pin.unwrap_or_else(accounts::random_pin);
            let line = open_db(&database)?
                .write_blocking(|c| accounts::create(c, &hashing, &card, &name, &pin, &roles, home.as_deref()))?;
            show(json, &line, made.then_some(pin.as_str()))
        }
        AccountCommand::ResetPin {
            database,
            card,
            pin,
            json,
        } => {
            let made = pin.is_none();
            let pin = pin.unwrap_or_else(accounts::random_pin);
            let db = open_db(&database)?;
            db.write_blocking(|c| accounts::reset_pin(c, &hashing, &card, &pin, now))?;
            let line = db.read_blocking(|c| accounts::show(c, &card))?;
            show(json, &line, made.then_some(pin.as_str()))
        }
        AccountCommand::Roles {
            database,
            card,
            set,
            json,
        } => {
            let roles = accounts::roles_of(&set)?;
            let line = open_db(&database)?.write_blocking(|c| accounts::set_roles(c, &card, &roles))?;
            show(json, &line, None)
        }
        AccountCommand::Disable { database, card, json } => {
            let line = open_db(&database)?.write_blocking(|c| accounts::set_disabled(c, &card, true, now))?;
            show(json, &line, None)
        }
        AccountCommand::Enable { database, card, json } => {
            let line = open_db(&database)?.write_blocking(|c| accounts::set_disabled(c, &card, false, now))?;
            show(json, &line, None)
        }
        AccountCommand::Show { database, card, json } => {
            let line = open_db(&database)?.read_blocking(|c| accounts::show(c, &card))?;
            show(json, &line, None)
        }
    }
}

#[derive(Subcommand)]
enum ReportCommand {
    /// A library's (or, without --library, every library's) impact for a period.
    Impact {
        #[arg(long, default_value = "sqlite:cml-hub.db", env = "CML_HUB_DATABASE")]
        database: String,
        /// A library's code [default: all libraries].
        #[arg(long)]
        library: Option<String>,
        /// The first day, YYYY-MM-DD.
        #[arg(long)]
        from: chrono::NaiveDate,
        /// The last day (included), YYYY-MM-DD.
        #[arg(long)]
        to: chrono::NaiveDate,
        #[arg(long, value_parser = ["csv", "json"], default_value = "json")]
        format: String,
    },
}

fn report_impact(
    database: &str,
    library: Option<&str>,
    from: chrono::NaiveDate,
    to: chrono::NaiveDate,
    format: &str,
) -> anyhow::Result<()> {
    let db = cml_hub::db::Db::open(database)
        .with_context(|| format!("could not open the database {}", cml_hub::db::redact(database)))?;
    let report = db.read_blocking(|c| cml_hub::report::impact(c, library, from, to, chrono::Utc::now()))?;
    if format == "csv" {
        print!("{}", cml_hub::report::csv(&report));
    } else {
        println!("{}", serde_json::to_string_pretty(&report)?);
    }
    Ok(())
}

fn pin_hashing() -> PinHashing {
    // Tests may lower the cost of PIN hashing; a real hub keeps the default.
    match std::env::var("CML_HUB_PIN_HASH_KIB").ok().and_then(|v| v.parse().ok()) {
        Some(kib) => PinHashing {
            memory_kib: kib,
            passes: 1,
        },
        None => PinHashing::default(),
    }
}

/// Prints the demo accounts. A closed standard output (`serve --demo | head -1`) is not an error:
/// the hub keeps serving.
fn print_accounts(json: bool) {
    use std::io::Write;
    let accounts = demo::accounts();
    let mut out = std::io::stdout().lock();
    if json {
        let _ = writeln!(
            out,
            "{}",
            serde_json::to_string_pretty(&accounts).expect("serialisable")
        );
        return;
    }
    let _ = writeln!(out, "{:<18} {:<18} {:<12} PIN", "ROLE", "NAME", "CARD");
    for a in accounts {
        let _ = writeln!(out, "{:<18} {:<18} {:<12} {}", a.role, a.name, a.card, a.pin);
    }
}

/// Listens for Ctrl-C and (on Unix) SIGTERM. The listeners are installed when this is called,
/// not when the returned future is first polled, so a signal that comes as soon as the hub says
/// it is listening is still a graceful stop rather than the default kill.
fn shutdown_signal() -> anyhow::Result<impl std::future::Future<Output = ()>> {
    #[cfg(unix)]
    let mut term = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate())
        .context("could not listen for SIGTERM")?;
    #[cfg(unix)]
    let mut int = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::interrupt())
        .context("could not listen for Ctrl-C")?;
    Ok(async move {
        #[cfg(unix)]
        tokio::select! {
            _ = int.recv() => {},
            _ = term.recv() => {},
        }
        #[cfg(not(unix))]
        let _ = tokio::signal::ctrl_c().await;
    })
}

async fn serve(config: HubConfig) -> anyhow::Result<()> {
    let demo = config.demo;
    // Listen for signals before anything says the hub is up.
    let stop = shutdown_signal()?;
    let hub = cml_hub::start(config).await?;
    let handle = hub.shutdown_handle();
    tokio::spawn(async move {
        stop.await;
        tracing::info!("shutting down");
        handle.graceful_shutdown(Some(std::time::Duration::from_secs(10)));
    });
    if demo {
        use std::io::Write;
        let _ = writeln!(std::io::stdout(), "Demo hub at {}", hub.url());
        print_accounts(false);
        let _ = writeln!(
            std::io::stdout(),
            "Try: cml --hub {} login 2100000001 --pin 1234",
            hub.url()
        );
    }
    hub.wait().await?;
    tracing::info!("stopped");
    Ok(())
}

fn load_ranges(path: Option<&PathBuf>) -> anyhow::Result<Option<std::sync::Arc<cml_hub::isbn_ranges::Ranges>>> {
    let path = match path {
        Some(p) => Some(p.clone()),
        None => cml_hub::demo::shared_data()
            .map(|d| d.join("isbn/isbn_ranges_from_RangeMessage_2026-01-04.dat"))
            .filter(|p| p.exists()),
    };
    Ok(match path {
        Some(p) => {
            let text =
                std::fs::read_to_string(&p).map_err(|e| anyhow::anyhow!("could not read {}: {e}", p.display()))?;
            Some(std::sync::Arc::new(cml_hub::isbn_ranges::Ranges::parse(&text)))
        }
        None => None,
    })
}

fn import_marc(database: &str, ranges: Option<&PathBuf>, json: bool, files: &[PathBuf]) -> anyhow::Result<()> {
    let db = cml_hub::db::Db::open(database)
        .map_err(|e| anyhow::anyhow!("could not open the database {}: {e}", cml_hub::db::redact(database)))?;
    let ranges = load_ranges(ranges)?;
    let mut summary = cml_hub::catalogue::ImportSummary::default();
    let started = std::time::Instant::now();
    let terminal = std::io::IsTerminal::is_terminal(&std::io::stderr());
    for file in files {
        let name = file.display().to_string();
        let size = std::fs::metadata(file).map(|m| m.len()).unwrap_or(0).max(1);
        let source = cml_hub::marc::open_file(file).map_err(|e| anyhow::anyhow!("could not read {name}: {e}"))?;
        let read_before = summary.read;
        let mut last_line = std::time::Instant::now();
        cml_hub::catalogue::import(&db, &name, source.records, ranges.clone(), &mut summary, |s| {
            let done = source.bytes_read.load(std::sync::atomic::Ordering::Relaxed).min(size);
            if terminal {
                let width = 30;
                let filled = (done * width / size) as usize;
                eprint!(
                    "\r{name}: [{}{}] {} records, {} rejected",
                    "#".repeat(filled),
                    " ".repeat(width as usize - filled),
                    s.read - read_before,
                    s.rejected.len()
                );
            } else if last_line.elapsed().as_secs() >= 2 {
                eprintln!(
                    "{name}: {} records read, {}% of the file",
                    s.read - read_before,
                    done * 100 / size
                );
                last_line = std::time::Instant::now();
            }
        })?;
        if terminal {
            eprintln!();
        }
    }
    if json {
        println!("{}", serde_json::to_string_pretty(&summary)?);
    } else {
        println!(
            "Read {} records: {} imported, {} updated, {} rejected ({:.1} s).",
            summary.read,
            summary.imported,
            summary.updated,
            summary.rejected.len(),
            started.elapsed().as_secs_f64()
        );
        for r in &summary.rejected {
            println!("  rejected: {} record {}: {}", r.file, r.position, r.reason);
        }
    }
    Ok(())
}

fn import_items(database: &str, map: &[String], spread: bool, json: bool, file: &PathBuf) -> anyhow::Result<()> {
    use cml_hub::catalogue::BranchMapping;
    let db = cml_hub::db::Db::open(database)
        .map_err(|e| anyhow::anyhow!("could not open the database {}: {e}", cml_hub::db::redact(database)))?;
    let mapping = if spread {
        let codes = db.read_blocking(|c| {
            c.query("SELECT code FROM libraries ORDER BY code", &[])?
                .iter()
                .map(|r| r.str(0))
                .collect::<Result<Vec<_>, _>>()
        })?;
        BranchMapping::Spread(codes)
    } else if !map.is_empty() {
        let mut m = std::collections::HashMap::new();
        for pair in map {
            let (from, to) = pair
                .split_once('=')
                .ok_or_else(|| anyhow::anyhow!("--branch-map takes FROM=TO pairs, not {pair}"))?;
            m.insert(from.trim().to_owned(), to.trim().to_owned());
        }
        BranchMapping::Map(m)
    } else {
        BranchMapping::AsIs
    };
    let text = std::fs::read_to_string(file).map_err(|e| anyhow::anyhow!("could not read {}: {e}", file.display()))?;
    let summary = cml_hub::catalogue::import_items(&db, &file.display().to_string(), &text, &mapping)?;
    if json {
        println!("{}", serde_json::to_string_pretty(&summary)?);
    } else {
        println!(
            "Read {} copies: {} imported, {} rejected.",
            summary.read,
            summary.imported,
            summary.rejected.len()
        );
        for r in summary.rejected.iter().take(20) {
            println!("  rejected: line {}: {}", r.position, r.reason);
        }
    }
    Ok(())
}

fn import_members(database: &str, json: bool, file: &PathBuf) -> anyhow::Result<()> {
    let db = open_db(database)?;
    let text = std::fs::read_to_string(file).map_err(|e| anyhow::anyhow!("could not read {}: {e}", file.display()))?;
    let summary = cml_hub::accounts::import_csv(&db, &pin_hashing(), &text)?;
    if json {
        println!("{}", serde_json::to_string_pretty(&summary)?);
    } else {
        println!(
            "Read {} members: {} added, {} updated, {} rejected.",
            summary.read,
            summary.created,
            summary.updated,
            summary.rejected.len()
        );
        for r in &summary.rejected {
            println!("  rejected: line {}: {}", r.line, r.reason);
        }
        if !summary.new_pins.is_empty() {
            println!("New PINs (shown once: send them to the members):");
            for p in &summary.new_pins {
                println!("  {} {}", p.card, p.pin);
            }
        }
    }
    Ok(())
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    tracing_subscriber::fmt()
        .with_env_filter(tracing_subscriber::EnvFilter::try_from_env("CML_LOG").unwrap_or_else(|_| "info".into()))
        .with_writer(std::io::stderr)
        .with_ansi(std::io::IsTerminal::is_terminal(&std::io::stderr()))
        .init();
    let done = |r: anyhow::Result<()>| match r {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("cml-hub: {e:#}");
            ExitCode::FAILURE
        }
    };
    match cli.command {
        Command::ImportMarc {
            database,
            isbn_ranges,
            json,
            files,
        } => done(import_marc(&database, isbn_ranges.as_ref(), json, &files)),
        Command::ImportItems {
            database,
            branch_map,
            spread,
            json,
            file,
        } => done(import_items(&database, &branch_map, spread, json, &file)),
        Command::Report {
            report:
                ReportCommand::Impact {
                    database,
                    library,
                    from,
                    to,
                    format,
                },
        } => done(report_impact(&database, library.as_deref(), from, to, &format)),
        Command::Account { account: command } => match account(command) {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => {
                eprintln!("cml-hub: {e:#}");
                let invalid = matches!(
                    e.downcast_ref::<cml_hub::error::HubError>(),
                    Some(cml_hub::error::HubError::Invalid { .. })
                );
                ExitCode::from(if invalid { 2 } else { 1 })
            }
        },
        Command::ImportMembers { database, json, file } => done(import_members(&database, json, &file)),
        Command::DemoAccounts { json } => {
            print_accounts(json);
            ExitCode::SUCCESS
        }
        Command::Serve {
            listen,
            database,
            demo,
            tls_cert,
            tls_key,
        } => {
            let tls = match (tls_cert, tls_key) {
                (Some(cert), Some(key)) => Some(TlsFiles { cert, key }),
                _ => None,
            };
            let config = HubConfig {
                listen,
                database,
                demo,
                tls,
                pin_hashing: pin_hashing(),
            };
            let runtime = tokio::runtime::Runtime::new().expect("tokio runtime");
            match runtime.block_on(serve(config)) {
                Ok(()) => ExitCode::SUCCESS,
                Err(e) => {
                    eprintln!("cml-hub: {e:#}");
                    ExitCode::FAILURE
                }
            }
        }
    }
}
