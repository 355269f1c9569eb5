//! A webhook receiver on loopback: records every POST (headers, body, arrival time) and
//! answers with a status the test sets (and `{"received":n}`), optionally after a delay. It can be started late
//! on a port chosen in advance, to stand for an endpoint that is down at first.
use std::{
    net::SocketAddr,
    sync::{
        atomic::{AtomicU16, AtomicU64, Ordering},
        Arc, Mutex,
    },
    time::{Duration, Instant},
};

use axum::{extract::State, http::HeaderMap, routing::post, Router};

#[derive(Debug, Clone)]
pub struct Received {
    pub headers: HeaderMap,
    pub body: String,
}

impl Received {
    pub fn header(&self, name: &str) -> &str {
        self.headers
            .get(name)
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default()
    }

    pub fn event(&self) -> serde_json::Value {
        serde_json::from_str(&self.body).expect("a delivery's body is JSON")
    }
}

#[derive(Default)]
struct Shared {
    received: Mutex<Vec<Received>>,
    status: AtomicU16,
    delay_ms: AtomicU64,
}

#[derive(Clone)]
pub struct Receiver {
    pub port: u16,
    shared: Arc<Shared>,
}

impl Receiver {
    /// A receiver answering 200, listening now.
    pub async fn start() -> Self {
        let receiver = Self::on_port(super::support::free_port());
        receiver.listen().await;
        receiver
    }

    /// A receiver for `port` that is not listening yet (connections are refused).
    pub fn on_port(port: u16) -> Self {
        let shared = Arc::new(Shared::default());
        shared.status.store(200, Ordering::SeqCst);
        Self { port, shared }
    }

    pub fn url(&self) -> String {
        format!("http://127.0.0.1:{}/hooks", self.port)
    }

    /// Starts listening on the receiver's port.
    pub async fn listen(&self) {
        let app = Router::new()
            .route("/hooks", post(receive))
            .with_state(self.shared.clone());
        let listener = tokio::net::TcpListener::bind(SocketAddr::from(([127, 0, 0, 1], self.port)))
            .await
            .expect("the receiver's port is free");
        tokio::spawn(async move { axum::serve(listener, app).await });
    }

    /// The status answered from now on.
    pub fn answer(&self, status: u16) {
        self.shared.status.store(status, Ordering::SeqCst);
    }

    /// Waits this long before answering, from now on.
    pub fn delay(&self, delay: Duration) {
        self.shared
            .delay_ms
            .store(delay.as_millis() as u64, Ordering::SeqCst);
    }

    pub fn received(&self) -> Vec<Received> {
        self.shared.received.lock().unwrap().clone()
    }

    /// Waits until `count` requests have arrived (or fails the test after `timeout`).
    pub async fn wait_for(&self, count: usize, timeout: Duration) -> Vec<Received> {
        let deadline = Instant::now() + timeout;
        loop {
            let received = self.received();
            if received.len() >= count {
                return received;
            }
            assert!(
                Instant::now() < deadline,
                "expected {count} deliveries within {timeout:?}, got {}",
                received.len()
            );
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
    }
}

async fn receive(
    State(shared): State<Arc<Shared>>,
    headers: HeaderMap,
    body: String,
) -> (axum::http::StatusCode, String) {
    let delay = shared.delay_ms.load(Ordering::SeqCst);
    if delay > 0 {
        tokio::time::sleep(Duration::from_millis(delay)).await;
    }
    let count = {
        let mut received = shared.received.lock().unwrap();
        received.push(Received { headers, body });
        received.len()
    };
    // A body the delivery log keeps the start of.
    let status = axum::http::StatusCode::from_u16(shared.status.load(Ordering::SeqCst)).unwrap();
    (status, format!("{{\"received\":{count}}}"))
}
