//! Sending e-mail over SMTP (lettre): one transport per process, built from `SMTP_URL`.
use std::time::Duration;

use lettre::{
    message::{Mailbox, MultiPart},
    AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor,
};

/// `text` safe inside an HTML e-mail's elements and quoted attributes.
pub fn escape_html(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// One message to send: both bodies, as multipart/alternative.
pub struct OutgoingMail<'a> {
    pub to: &'a str,
    /// The display name of the sender (the merchant's business name).
    pub from_name: &'a str,
    pub reply_to: Option<&'a str>,
    pub subject: &'a str,
    pub text: String,
    pub html: String,
}

/// Why a message was not sent: `retry` is false when trying again cannot help (a refused
/// recipient or address, an SMTP 5xx answer).
#[derive(Debug)]
pub struct MailError {
    pub message: String,
    pub retry: bool,
}

pub struct Mailer {
    transport: AsyncSmtpTransport<Tokio1Executor>,
    from: Mailbox,
}

impl std::fmt::Debug for Mailer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Mailer").field("from", &self.from).finish()
    }
}

impl Mailer {
    pub fn new(smtp_url: &str, from: &str) -> anyhow::Result<Self> {
        let transport = AsyncSmtpTransport::<Tokio1Executor>::from_url(smtp_url)
            .map_err(|e| anyhow::anyhow!("SMTP_URL is not usable: {e}"))?
            .timeout(Some(Duration::from_secs(30)))
            .build();
        let from = from.parse().map_err(|e| {
            anyhow::anyhow!("SMTP_FROM ({from}) is not an e-mail address: {e}; set SMTP_FROM")
        })?;
        Ok(Self { transport, from })
    }

    pub async fn send(&self, mail: OutgoingMail<'_>) -> Result<(), MailError> {
        let refused = |message: String| MailError {
            message,
            retry: false,
        };
        let to: Mailbox = mail
            .to
            .parse()
            .map_err(|e| refused(format!("the recipient {} is not an address: {e}", mail.to)))?;
        let mut builder = Message::builder()
            .from(Mailbox::new(
                Some(mail.from_name.to_string()),
                self.from.email.clone(),
            ))
            .to(to)
            .subject(mail.subject);
        if let Some(reply_to) = mail.reply_to.and_then(|r| r.parse::<Mailbox>().ok()) {
            builder = builder.reply_to(reply_to);
        }
        let message = builder
            .multipart(MultiPart::alternative_plain_html(mail.text, mail.html))
            .map_err(|e| refused(format!("the message could not be built: {e}")))?;
        self.transport
            .send(message)
            .await
            .map(|_| ())
            .map_err(|e| MailError {
                retry: !e.is_permanent(),
                message: e.to_string(),
            })
    }
}
