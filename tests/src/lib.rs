//! Helpers shared by the end-to-end tests: a TCP proxy that injects network faults between the
//! core and the hub.

use std::net::SocketAddr;
use std::sync::{Arc, Mutex};
use std::time::Duration;

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
