//! A small authoritative DNS server on loopback (UDP) for the custom domain tests: it
//! answers TXT queries from records the test sets while it runs, NXDOMAIN otherwise.
use std::{
    collections::HashMap,
    net::SocketAddr,
    sync::{Arc, Mutex},
};

use hickory_proto::{
    op::{Message, ResponseCode},
    rr::{rdata::TXT, RData, Record, RecordType},
};
use tokio::net::UdpSocket;

type Zone = Arc<Mutex<HashMap<String, Vec<String>>>>;

pub struct DnsServer {
    pub address: SocketAddr,
    zone: Zone,
}

impl DnsServer {
    pub async fn start() -> Self {
        let socket = UdpSocket::bind("127.0.0.1:0").await.unwrap();
        let address = socket.local_addr().unwrap();
        let zone = Zone::default();
        let records = zone.clone();
        tokio::spawn(async move {
            let mut buffer = vec![0u8; 4096];
            loop {
                let Ok((length, peer)) = socket.recv_from(&mut buffer).await else {
                    return;
                };
                let Ok(request) = Message::from_vec(&buffer[..length]) else {
                    continue;
                };
                let answer = answer(&request, &records.lock().unwrap());
                if let Ok(bytes) = answer.to_vec() {
                    let _ = socket.send_to(&bytes, peer).await;
                }
            }
        });
        Self { address, zone }
    }

    /// Publishes (replacing) the TXT strings at `name`.
    pub fn set_txt(&self, name: &str, values: &[&str]) {
        self.zone.lock().unwrap().insert(
            name.to_ascii_lowercase(),
            values.iter().map(|v| v.to_string()).collect(),
        );
    }
}

fn answer(request: &Message, zone: &HashMap<String, Vec<String>>) -> Message {
    let mut response = Message::response(request.metadata.id, request.metadata.op_code);
    response.metadata.authoritative = true;
    response.metadata.recursion_desired = request.metadata.recursion_desired;
    response.metadata.recursion_available = true;
    response.add_queries(request.queries.iter().cloned());
    for query in &request.queries {
        let name = query
            .name()
            .to_ascii()
            .trim_end_matches('.')
            .to_ascii_lowercase();
        match zone.get(&name) {
            Some(values) if query.query_type() == RecordType::TXT => {
                for value in values {
                    response.add_answer(Record::from_rdata(
                        query.name().clone(),
                        60,
                        RData::TXT(TXT::new(vec![value.clone()])),
                    ));
                }
            }
            Some(_) => {}
            None => response.metadata.response_code = ResponseCode::NXDomain,
        }
    }
    response
}
