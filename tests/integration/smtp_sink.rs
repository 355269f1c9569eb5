//! A small SMTP server on loopback for the receipt e-mail tests: it speaks enough of
//! RFC 5321 for a real client (EHLO, MAIL, RCPT, DATA with dot-unstuffing, RSET, NOOP,
//! QUIT), keeps what it accepts, and can refuse on cue.
use std::{
    net::SocketAddr,
    sync::{
        atomic::{AtomicBool, AtomicUsize, Ordering},
        Arc, Mutex,
    },
};

use tokio::{
    io::{AsyncBufReadExt, AsyncWriteExt, BufReader},
    net::TcpListener,
};

#[derive(Debug, Clone)]
pub struct Received {
    pub from: String,
    pub to: Vec<String>,
    /// Headers and body as sent, dot-unstuffed.
    pub data: String,
}

#[derive(Default)]
struct Behaviour {
    /// Answer this many messages' DATA with a temporary failure (451) first.
    fail_data: AtomicUsize,
    /// Refuse every recipient for good (550).
    refuse_recipients: AtomicBool,
}

pub struct SmtpSink {
    pub address: SocketAddr,
    received: Arc<Mutex<Vec<Received>>>,
    behaviour: Arc<Behaviour>,
}

impl SmtpSink {
    pub async fn start() -> Self {
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let address = listener.local_addr().unwrap();
        let received = Arc::new(Mutex::new(Vec::new()));
        let behaviour = Arc::new(Behaviour::default());
        let (store, rules) = (received.clone(), behaviour.clone());
        tokio::spawn(async move {
            while let Ok((stream, _)) = listener.accept().await {
                let (store, rules) = (store.clone(), rules.clone());
                tokio::spawn(async move {
                    let _ = session(stream, store, rules).await;
                });
            }
        });
        Self {
            address,
            received,
            behaviour,
        }
    }

    pub fn url(&self) -> String {
        format!("smtp://{}", self.address)
    }

    pub fn received(&self) -> Vec<Received> {
        self.received.lock().unwrap().clone()
    }

    pub fn fail_next_messages(&self, count: usize) {
        self.behaviour.fail_data.store(count, Ordering::SeqCst);
    }

    pub fn refuse_recipients(&self, refuse: bool) {
        self.behaviour
            .refuse_recipients
            .store(refuse, Ordering::SeqCst);
    }

    /// Waits (up to 10 s) until `count` messages arrived.
    pub async fn wait_for(&self, count: usize) -> Vec<Received> {
        for _ in 0..200 {
            let received = self.received();
            if received.len() >= count {
                return received;
            }
            tokio::time::sleep(std::time::Duration::from_millis(50)).await;
        }
        panic!("expected {count} messages, got {:?}", self.received());
    }

    /// The first message to `address`, waiting for it (other mail may arrive first: the
    /// seeded customer's receipt, say).
    pub async fn wait_for_mail_to(&self, address: &str) -> Received {
        for _ in 0..200 {
            if let Some(mail) = self
                .received()
                .into_iter()
                .find(|mail| mail.to.iter().any(|to| to.contains(address)))
            {
                return mail;
            }
            tokio::time::sleep(std::time::Duration::from_millis(50)).await;
        }
        panic!("no message to {address}, got {:?}", self.received());
    }
}

async fn session(
    stream: tokio::net::TcpStream,
    store: Arc<Mutex<Vec<Received>>>,
    rules: Arc<Behaviour>,
) -> std::io::Result<()> {
    let (reader, mut writer) = stream.into_split();
    let mut lines = BufReader::new(reader);
    writer.write_all(b"220 sink.test ESMTP\r\n").await?;
    let (mut from, mut to) = (String::new(), Vec::new());
    let mut line = String::new();
    loop {
        line.clear();
        if lines.read_line(&mut line).await? == 0 {
            return Ok(());
        }
        let command = line.trim_end().to_string();
        let verb = command
            .split([' ', ':'])
            .next()
            .unwrap_or_default()
            .to_ascii_uppercase();
        let reply: &[u8] = match verb.as_str() {
            "EHLO" => b"250-sink.test\r\n250-8BITMIME\r\n250 SMTPUTF8\r\n",
            "HELO" | "NOOP" => b"250 OK\r\n",
            "RSET" => {
                (from, to) = (String::new(), Vec::new());
                b"250 OK\r\n"
            }
            "MAIL" => {
                from = address_in(&command);
                b"250 OK\r\n"
            }
            "RCPT" if rules.refuse_recipients.load(Ordering::SeqCst) => {
                b"550 5.1.1 No such mailbox\r\n"
            }
            "RCPT" => {
                to.push(address_in(&command));
                b"250 OK\r\n"
            }
            "DATA" => {
                writer
                    .write_all(b"354 End data with <CR><LF>.<CR><LF>\r\n")
                    .await?;
                let mut data = String::new();
                loop {
                    line.clear();
                    if lines.read_line(&mut line).await? == 0 {
                        return Ok(());
                    }
                    if line == ".\r\n" {
                        break;
                    }
                    data.push_str(line.strip_prefix('.').unwrap_or(&line));
                }
                let failing = rules.fail_data.load(Ordering::SeqCst);
                if failing > 0 {
                    rules.fail_data.store(failing - 1, Ordering::SeqCst);
                    b"451 4.3.0 Try again later\r\n"
                } else {
                    store.lock().unwrap().push(Received {
                        from: from.clone(),
                        to: to.clone(),
                        data,
                    });
                    b"250 OK queued\r\n"
                }
            }
            "QUIT" => {
                writer.write_all(b"221 Bye\r\n").await?;
                return Ok(());
            }
            _ => b"502 Command not implemented\r\n",
        };
        writer.write_all(reply).await?;
    }
}

/// The address between `<` and `>` of a MAIL or RCPT command.
fn address_in(command: &str) -> String {
    command
        .split_once('<')
        .and_then(|(_, rest)| rest.split_once('>'))
        .map(|(address, _)| address.to_string())
        .unwrap_or_default()
}
