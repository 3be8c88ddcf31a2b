use std::net::SocketAddr;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};
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
    /// Print the demo accounts (role, name, card number, PIN).
    DemoAccounts {
        /// Print JSON.
        #[arg(long)]
        json: bool,
    },
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

fn print_accounts(json: bool) {
    let accounts = demo::accounts();
    if json {
        println!("{}", serde_json::to_string_pretty(&accounts).expect("serialisable"));
        return;
    }
    println!("{:<18} {:<18} {:<12} PIN", "ROLE", "NAME", "CARD");
    for a in accounts {
        println!("{:<18} {:<18} {:<12} {}", a.role, a.name, a.card, a.pin);
    }
}

async fn shutdown_signal() {
    let ctrl_c = tokio::signal::ctrl_c();
    #[cfg(unix)]
    {
        let mut term =
            tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()).expect("SIGTERM handler");
        tokio::select! {
            _ = ctrl_c => {},
            _ = term.recv() => {},
        }
    }
    #[cfg(not(unix))]
    let _ = ctrl_c.await;
}

async fn serve(config: HubConfig) -> anyhow::Result<()> {
    let demo = config.demo;
    let hub = cml_hub::start(config).await?;
    if demo {
        println!("Demo hub at {}", hub.url());
        print_accounts(false);
        println!("Try: cml --hub {} login 2100000001 --pin 1234", hub.url());
    }
    let handle = hub.shutdown_handle();
    tokio::spawn(async move {
        shutdown_signal().await;
        tracing::info!("shutting down");
        handle.graceful_shutdown(Some(std::time::Duration::from_secs(10)));
    });
    hub.wait().await?;
    tracing::info!("stopped");
    Ok(())
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    tracing_subscriber::fmt()
        .with_env_filter(tracing_subscriber::EnvFilter::try_from_env("CML_LOG").unwrap_or_else(|_| "info".into()))
        .with_writer(std::io::stderr)
        .with_ansi(std::io::IsTerminal::is_terminal(&std::io::stderr()))
        .init();
    match cli.command {
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
