//! DNS lookups for custom domain verification, through hickory's resolver: the system's
//! name servers, or the one `VINR_DNS_SERVER` names (tests point it at their own server).
use std::{net::SocketAddr, time::Duration};

use hickory_resolver::{
    config::{ConnectionConfig, NameServerConfig, ResolverConfig, ResolverOpts},
    net::runtime::TokioRuntimeProvider,
    proto::rr::RData,
    Resolver,
};

/// Why a lookup gave no answer, in words for the merchant.
#[derive(Debug, thiserror::Error)]
pub enum LookupError {
    #[error("no TXT record was found at {0}")]
    NoRecords(String),
    #[error("the DNS lookup of {name} failed: {detail}")]
    Failed { name: String, detail: String },
}

/// The TXT strings published at `name` (each record's chunks joined), looked up afresh:
/// a new resolver per call, so a record the merchant just added is never hidden by a
/// cached negative answer.
pub async fn txt_records(
    name_server: Option<SocketAddr>,
    name: &str,
) -> Result<Vec<String>, LookupError> {
    let failed = |detail: String| LookupError::Failed {
        name: name.to_string(),
        detail,
    };
    let provider = TokioRuntimeProvider::default();
    let mut builder = match name_server {
        Some(address) => {
            let mut udp = ConnectionConfig::udp();
            udp.port = address.port();
            let mut tcp = ConnectionConfig::tcp();
            tcp.port = address.port();
            let server = NameServerConfig::new(address.ip(), true, vec![udp, tcp]);
            Resolver::builder_with_config(ResolverConfig::from_name_servers(vec![server]), provider)
        }
        None => Resolver::builder(provider).map_err(|e| failed(e.to_string()))?,
    };
    let options: &mut ResolverOpts = builder.options_mut();
    options.timeout = Duration::from_secs(3);
    options.attempts = 2;
    let resolver = builder.build().map_err(|e| failed(e.to_string()))?;
    // Fully qualified, so no search domain is appended.
    let lookup = match resolver.txt_lookup(format!("{name}.")).await {
        Ok(lookup) => lookup,
        Err(error) if error.is_no_records_found() || error.is_nx_domain() => {
            return Err(LookupError::NoRecords(name.to_string()))
        }
        Err(error) => return Err(failed(error.to_string())),
    };
    let records: Vec<String> = lookup
        .answers()
        .iter()
        .filter_map(|record| match &record.data {
            RData::TXT(txt) => Some(
                txt.txt_data
                    .iter()
                    .map(|chunk| String::from_utf8_lossy(chunk))
                    .collect::<String>(),
            ),
            _ => None,
        })
        .collect();
    if records.is_empty() {
        return Err(LookupError::NoRecords(name.to_string()));
    }
    Ok(records)
}
