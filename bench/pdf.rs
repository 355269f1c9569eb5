//! Invoice PDF renders per second and the median time to render an invoice of 10 lines
//! (`make bench`: `cargo bench --features ssr --bench pdf`). The first render also loads
//! and compresses the embedded font; it is timed apart.
use std::time::{Duration, Instant};

use vinr_portal::{
    server::pdf::{invoice_pdf, Branding, Paper},
    views::{InvoiceDetailView, InvoiceLineView, InvoiceSummary, PortalBranding},
};

fn invoice() -> InvoiceDetailView {
    InvoiceDetailView {
        language: vinr_portal::i18n::Language::En,
        merchant_name: "Acme Cloud".into(),
        return_url: String::new(),
        branding: PortalBranding {
            business_name: "Acme Cloud".into(),
            headline: None,
            accent: "#4f46e5".into(),
            accent_text: "#ffffff".into(),
            link: "#4f46e5".into(),
            link_dark: "#8b85ef".into(),
            logo_url: None,
            support_url: None,
            support_email: None,
            privacy_url: None,
            terms_url: None,
            frame_ancestors: Vec::new(),
        },
        summary: InvoiceSummary {
            id: "in_bench".into(),
            number: "ACME-0042".into(),
            date: "Nov 25, 2026".into(),
            total: "$290.00".into(),
            status: vinr_portal::domain::invoice::InvoiceStatus::Paid,
            status_label: "Paid".into(),
            can_pay: false,
        },
        bill_to: vec![
            "Jenny Rosen".into(),
            "jenny@example.com".into(),
            "1 Main St".into(),
            "10001 New York NY".into(),
            "United States".into(),
        ],
        tax_ids: vec!["US EIN 12-3456789".into()],
        lines: (1..=10)
            .map(|i| InvoiceLineView {
                description: format!("Remaining time on Pro × {i} after Nov 25, 2026"),
                period: "Nov 25, 2026 – Dec 25, 2026".into(),
                quantity: Some(i),
                amount: "$29.00".into(),
                proration: i % 2 == 0,
            })
            .collect(),
        subtotal: "$290.00".into(),
        discount: Some(("Launch: 10% off once".into(), "−$29.00".into())),
        total: "$261.00".into(),
        amount_paid: "$261.00".into(),
        amount_due: "$0.00".into(),
        payment_method: Some("Visa •••• 4242".into()),
        period: "Nov 25, 2026 – Dec 25, 2026".into(),
    }
}

/// The same invoice for a Japanese customer: its glyphs come from the second font.
fn japanese_invoice() -> InvoiceDetailView {
    let mut invoice = invoice();
    invoice.language = vinr_portal::i18n::Language::Ja;
    invoice.bill_to = vec!["山田 花子".into(), "東京都千代田区丸の内1-1".into()];
    for (i, line) in invoice.lines.iter_mut().enumerate() {
        line.description = format!("Pro × {} の残り期間（11/25 以降）", i + 1);
    }
    invoice
}

fn main() {
    let branding = Branding {
        accent: "#4f46e5".into(),
        footer: vec!["Acme Cloud · support@acme.example".into()],
        logo: None,
    };
    for (name, invoice) in [("English", invoice()), ("Japanese", japanese_invoice())] {
        measure(name, &invoice, &branding);
    }
}

fn measure(name: &str, invoice: &InvoiceDetailView, branding: &Branding) {
    let started = Instant::now();
    let first = invoice_pdf(invoice, Paper::Letter, branding);
    let first_time = started.elapsed();

    let renders = 500;
    let mut times: Vec<Duration> = Vec::with_capacity(renders);
    let all = Instant::now();
    for _ in 0..renders {
        let started = Instant::now();
        let pdf = invoice_pdf(invoice, Paper::Letter, branding);
        times.push(started.elapsed());
        assert_eq!(pdf.len(), first.len());
    }
    let total = all.elapsed();
    times.sort();
    println!(
        "pdf ({name}): {renders} renders of a 10-line invoice in {:.2} s = {:.0} renders/s (one thread); \
         median {:.2} ms, p99 {:.2} ms; first render (font loads + compression) {:.0} ms; {} bytes",
        total.as_secs_f64(),
        renders as f64 / total.as_secs_f64(),
        times[renders / 2].as_secs_f64() * 1e3,
        times[renders * 99 / 100].as_secs_f64() * 1e3,
        first_time.as_secs_f64() * 1e3,
        first.len()
    );
}
