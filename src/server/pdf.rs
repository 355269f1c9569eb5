//! Invoice PDFs, drawn from the same view the portal's invoice page shows, so that the page
//! and the PDF print the same numbers.
//!
//! Text is set in the fonts of [`fonts`] (Latin and Japanese), in the invoice's language;
//! headings are the same fonts stroked a little. Nothing in the output depends on the time
//! or on randomness: the same invoice renders to the same bytes.
//!
//! Over 500 lines: the layout is one drawing pass; its tests are a third of it.
mod fonts;

use pdf_writer::{
    types::TextRenderingMode, Content, Filter, Finish, Name, Pdf, Rect, Ref, Str, TextStr,
};

use crate::{i18n, views::InvoiceDetailView};
use fonts::UsedGlyphs;
const LOGO_RESOURCE: Name<'static> = Name(b"Logo");
/// The logo's height in the header, in points (narrower when it would be wider than
/// `LOGO_MAX_WIDTH`).
const LOGO_HEIGHT: f32 = 36.0;
const LOGO_MAX_WIDTH: f32 = 180.0;

/// Paper by the customer's country: US Letter where it is the norm, A4 elsewhere.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Paper {
    A4,
    Letter,
}

impl Paper {
    pub fn for_country(country: Option<&str>) -> Self {
        match country {
            Some("US" | "CA" | "MX" | "PH" | "CL" | "CO" | "VE" | "GT" | "PR") => Paper::Letter,
            _ => Paper::A4,
        }
    }

    /// Width and height in points.
    fn size(self) -> (f32, f32) {
        match self {
            Paper::A4 => (595.28, 841.89),
            Paper::Letter => (612.0, 792.0),
        }
    }
}

/// What the PDF shows beyond the invoice page: the brand's logo and colour, and the footer.
#[derive(Debug, Clone)]
pub struct Branding {
    /// `#rrggbb`
    pub accent: String,
    pub footer: Vec<String>,
    pub logo: Option<Logo>,
}

/// A raster logo as the PDF embeds it: 8-bit RGB samples, and an alpha mask when any
/// pixel is not opaque.
#[derive(Debug, Clone)]
pub struct Logo {
    width: u32,
    height: u32,
    rgb: Vec<u8>,
    alpha: Option<Vec<u8>>,
}

impl Logo {
    /// Decodes a PNG of any colour type and depth (normalised to 8-bit); `None` when it
    /// does not decode or would take more than 64 MiB decoded.
    pub fn from_png(bytes: &[u8]) -> Option<Self> {
        use png::ColorType;
        let mut decoder = png::Decoder::new(std::io::Cursor::new(bytes));
        decoder.set_transformations(png::Transformations::normalize_to_color8());
        decoder.set_limits(png::Limits { bytes: 64 << 20 });
        let mut reader = decoder.read_info().ok()?;
        let mut buffer = vec![0; reader.output_buffer_size()?];
        let info = reader.next_frame(&mut buffer).ok()?;
        let pixels = &buffer[..info.buffer_size()];
        let (rgb, alpha): (Vec<u8>, Option<Vec<u8>>) = match info.color_type {
            ColorType::Rgb => (pixels.to_vec(), None),
            ColorType::Rgba => (
                pixels
                    .chunks_exact(4)
                    .flat_map(|p| [p[0], p[1], p[2]])
                    .collect(),
                Some(pixels.chunks_exact(4).map(|p| p[3]).collect()),
            ),
            ColorType::Grayscale => (pixels.iter().flat_map(|&g| [g, g, g]).collect(), None),
            ColorType::GrayscaleAlpha => (
                pixels
                    .chunks_exact(2)
                    .flat_map(|p| [p[0], p[0], p[0]])
                    .collect(),
                Some(pixels.chunks_exact(2).map(|p| p[1]).collect()),
            ),
            // Expanded to RGB by the transformations above.
            ColorType::Indexed => return None,
        };
        Some(Self {
            width: info.width,
            height: info.height,
            rgb,
            alpha: alpha.filter(|alpha| alpha.iter().any(|&a| a < 255)),
        })
    }

    /// The size it is drawn at, in points.
    fn drawn_size(&self) -> (f32, f32) {
        let aspect = self.width as f32 / self.height.max(1) as f32;
        let width = (LOGO_HEIGHT * aspect).min(LOGO_MAX_WIDTH);
        (width, width / aspect)
    }
}

/// Draws pages, remembering which glyphs were used (for the widths and the ToUnicode map).
struct Writer {
    paper: (f32, f32),
    pages: Vec<Content>,
    y: f32,
    used: UsedGlyphs,
}

const MARGIN: f32 = 50.0;
const BOTTOM: f32 = 90.0;

#[derive(Clone, Copy)]
enum Align {
    Left,
    Right,
}

impl Writer {
    fn new(paper: Paper) -> Self {
        let paper = paper.size();
        Self {
            paper,
            pages: vec![Content::new()],
            y: paper.1 - MARGIN,
            used: UsedGlyphs::default(),
        }
    }

    fn page(&mut self) -> &mut Content {
        self.pages.last_mut().expect("at least one page")
    }

    /// Moves down by `height`, starting a new page when the bottom is reached.
    fn advance(&mut self, height: f32) {
        self.y -= height;
        if self.y < BOTTOM {
            self.pages.push(Content::new());
            self.y = self.paper.1 - MARGIN - height;
        }
    }

    fn text(&mut self, x: f32, text: &str, size: f32, bold: bool, align: Align) {
        // Runs of characters set in the same font, each shown after the one before.
        let mut runs: Vec<(usize, Vec<u8>)> = Vec::new();
        for c in text.chars() {
            let (font, glyph) = fonts::glyph(c);
            self.used.note(font, glyph, c);
            match runs.last_mut() {
                Some((last, encoded)) if *last == font => {
                    encoded.extend_from_slice(&glyph.to_be_bytes())
                }
                _ => runs.push((font, glyph.to_be_bytes().to_vec())),
            }
        }
        let x = match align {
            Align::Left => x,
            Align::Right => x - fonts::width(text, size),
        };
        let y = self.y;
        let page = self.page();
        page.begin_text();
        if bold {
            page.set_text_rendering_mode(TextRenderingMode::FillStroke);
            page.set_line_width(size / 30.0);
        }
        page.next_line(x, y);
        for (font, encoded) in &runs {
            page.set_font(fonts::fonts()[*font].resource, size);
            page.show(Str(encoded));
        }
        if bold {
            page.set_text_rendering_mode(TextRenderingMode::Fill);
        }
        page.end_text();
    }

    fn color(&mut self, (r, g, b): (f32, f32, f32)) {
        self.page().set_fill_rgb(r, g, b).set_stroke_rgb(r, g, b);
    }

    fn rule(&mut self, height: f32, color: (f32, f32, f32)) {
        let (width, y) = (self.paper.0 - 2.0 * MARGIN, self.y);
        self.color(color);
        self.page().rect(MARGIN, y, width, height).fill_nonzero();
        self.color(BLACK);
    }

    /// `text` broken into lines no wider than `width`: between words, and inside a word
    /// that is wider than a line by itself (Japanese has no spaces between words).
    fn wrap(text: &str, size: f32, width: f32) -> Vec<String> {
        let mut lines = Vec::new();
        let mut line = String::new();
        for word in text.split_whitespace() {
            let candidate = if line.is_empty() {
                word.to_string()
            } else {
                format!("{line} {word}")
            };
            if fonts::width(&candidate, size) <= width {
                line = candidate;
                continue;
            }
            if !line.is_empty() {
                lines.push(std::mem::take(&mut line));
            }
            for c in word.chars() {
                line.push(c);
                if fonts::width(&line, size) > width && line.chars().count() > 1 {
                    line.pop();
                    lines.push(std::mem::replace(&mut line, c.to_string()));
                }
            }
        }
        if !line.is_empty() || lines.is_empty() {
            lines.push(line);
        }
        lines
    }
}

const BLACK: (f32, f32, f32) = (0.07, 0.09, 0.15);
const MUTED: (f32, f32, f32) = (0.39, 0.45, 0.55);
const HAIRLINE: (f32, f32, f32) = (0.85, 0.87, 0.9);

fn parse_hex(color: &str) -> Option<(f32, f32, f32)> {
    let hex = color.strip_prefix('#')?;
    if hex.len() != 6 {
        return None;
    }
    let channel = |i: usize| {
        u8::from_str_radix(hex.get(i..i + 2)?, 16)
            .ok()
            .map(|v| f32::from(v) / 255.0)
    };
    Some((channel(0)?, channel(2)?, channel(4)?))
}

/// Renders the invoice as PDF bytes.
pub fn invoice_pdf(invoice: &InvoiceDetailView, paper: Paper, branding: &Branding) -> Vec<u8> {
    let accent = parse_hex(&branding.accent).unwrap_or((0.31, 0.27, 0.9));
    let mut w = Writer::new(paper);
    let right = w.paper.0 - MARGIN;
    let summary = &invoice.summary;
    let words = |key: &str| i18n::text(invoice.language, key);

    // Header: the logo, the merchant in the accent colour, the document title on the right.
    if let Some(logo) = &branding.logo {
        let (width, height) = logo.drawn_size();
        let top = w.y + 14.0;
        let page = w.page();
        page.save_state();
        page.transform([width, 0.0, 0.0, height, MARGIN, top - height]);
        page.x_object(LOGO_RESOURCE);
        page.restore_state();
        w.advance(height + 8.0);
    }
    w.color(accent);
    w.text(MARGIN, &invoice.merchant_name, 18.0, true, Align::Left);
    w.color(BLACK);
    w.text(right, &words("pdf-title"), 18.0, true, Align::Right);
    w.advance(28.0);
    let facts = [
        (words("pdf-number"), summary.number.as_str()),
        (words("pdf-date-of-issue"), summary.date.as_str()),
        (words("pdf-billing-period"), invoice.period.as_str()),
        (words("pdf-status"), summary.status_label.as_str()),
    ];
    // The values start after the widest label: German labels are a third longer.
    let value_x = MARGIN
        + facts
            .iter()
            .map(|(label, _)| fonts::width(label, 9.5))
            .fold(85.0, f32::max)
        + 10.0;
    for (label, value) in &facts {
        w.color(MUTED);
        w.text(MARGIN, label, 9.5, false, Align::Left);
        w.color(BLACK);
        w.text(value_x, value, 9.5, false, Align::Left);
        w.advance(14.0);
    }
    w.advance(12.0);

    // Parties.
    let top = w.y;
    w.color(MUTED);
    w.text(MARGIN, &words("invoice-from"), 9.5, false, Align::Left);
    w.color(BLACK);
    w.advance(14.0);
    w.text(MARGIN, &invoice.merchant_name, 10.0, false, Align::Left);
    let after_from = w.y;
    w.y = top;
    let column = MARGIN + (right - MARGIN) / 2.0;
    w.color(MUTED);
    w.text(column, &words("invoice-billed-to"), 9.5, false, Align::Left);
    w.color(BLACK);
    for line in invoice.bill_to.iter().chain(&invoice.tax_ids) {
        w.advance(14.0);
        w.text(column, line, 10.0, false, Align::Left);
    }
    w.y = w.y.min(after_from);
    w.advance(30.0);

    // Lines.
    let (period_x, quantity_x) = (MARGIN + 250.0, right - 90.0);
    w.color(MUTED);
    w.text(
        MARGIN,
        &words("invoice-description"),
        9.0,
        false,
        Align::Left,
    );
    w.text(period_x, &words("invoice-period"), 9.0, false, Align::Left);
    w.text(
        quantity_x,
        &words("invoice-quantity"),
        9.0,
        false,
        Align::Right,
    );
    w.text(right, &words("invoice-amount"), 9.0, false, Align::Right);
    w.color(BLACK);
    w.advance(7.0);
    w.rule(0.75, HAIRLINE);
    w.advance(14.0);
    for line in &invoice.lines {
        let description = Writer::wrap(&line.description, 10.0, period_x - MARGIN - 10.0);
        w.text(period_x, &line.period, 9.0, false, Align::Left);
        if let Some(quantity) = line.quantity {
            w.text(quantity_x, &quantity.to_string(), 10.0, false, Align::Right);
        }
        w.text(right, &line.amount, 10.0, false, Align::Right);
        for (i, text) in description.iter().enumerate() {
            if i > 0 {
                w.advance(13.0);
            }
            w.text(MARGIN, text, 10.0, false, Align::Left);
        }
        w.advance(7.0);
        w.rule(0.5, HAIRLINE);
        w.advance(14.0);
    }
    w.advance(6.0);

    // Totals, right-aligned under the amounts.
    let label_x = right - 200.0;
    let mut totals: Vec<(String, String, bool)> =
        vec![(words("invoice-subtotal"), invoice.subtotal.clone(), false)];
    if let Some((label, amount)) = &invoice.discount {
        totals.push((label.clone(), amount.clone(), false));
    }
    totals.push((words("invoice-total"), invoice.total.clone(), true));
    totals.push((
        words("invoice-amount-paid"),
        invoice.amount_paid.clone(),
        false,
    ));
    totals.push((
        words("invoice-amount-due"),
        invoice.amount_due.clone(),
        true,
    ));
    for (label, amount, bold) in totals {
        let size = if bold { 11.0 } else { 10.0 };
        w.text(label_x, &label, size, bold, Align::Left);
        w.text(right, &amount, size, bold, Align::Right);
        w.advance(16.0);
    }
    if let Some(method) = &invoice.payment_method {
        w.advance(8.0);
        w.color(MUTED);
        w.text(
            MARGIN,
            &i18n::text_with(
                invoice.language,
                "pdf-paid-with",
                &[("method", method.into())],
            ),
            9.5,
            false,
            Align::Left,
        );
        w.color(BLACK);
    }

    // Footer on every page: the brand's links and contact.
    let footer_lines = branding.footer.clone();
    let page_count = w.pages.len();
    for index in 0..page_count {
        let mut y = 40.0 + 12.0 * footer_lines.len() as f32;
        let saved = std::mem::replace(&mut w.y, y);
        w.pages.swap(index, page_count - 1);
        w.color(accent);
        w.rule(1.0, accent);
        w.color(MUTED);
        for line in &footer_lines {
            y -= 12.0;
            w.y = y;
            w.text(MARGIN, line, 8.5, false, Align::Left);
        }
        if page_count > 1 {
            let label = i18n::text_with(
                invoice.language,
                "pdf-page-of",
                &[
                    ("page", (index as i64 + 1).into()),
                    ("pages", (page_count as i64).into()),
                ],
            );
            w.text(right, &label, 8.5, false, Align::Right);
        }
        w.color(BLACK);
        w.pages.swap(index, page_count - 1);
        w.y = saved;
    }

    assemble(w, invoice, branding.logo.as_ref())
}

/// Writes the document: pages, the embedded font and the document information.
fn assemble(w: Writer, invoice: &InvoiceDetailView, logo: Option<&Logo>) -> Vec<u8> {
    let mut pdf = Pdf::new();
    let mut next = 1;
    let mut id = || {
        let r = Ref::new(next);
        next += 1;
        r
    };
    let (catalog, tree, info) = (id(), id(), id());
    let type0: Vec<Ref> = fonts::fonts().iter().map(|_| id()).collect();
    let (logo_image, logo_mask) = (id(), id());
    let pages: Vec<(Ref, Ref)> = w.pages.iter().map(|_| (id(), id())).collect();

    // The document's language, for screen readers and text extraction.
    pdf.catalog(catalog)
        .pages(tree)
        .lang(TextStr(invoice.language.tag()));
    pdf.pages(tree)
        .kids(pages.iter().map(|(page, _)| *page))
        .count(pages.len() as i32);
    let title = i18n::text_with(
        invoice.language,
        "invoice-heading",
        &[("number", invoice.summary.number.as_str().into())],
    );
    pdf.document_info(info)
        .title(TextStr(&title))
        .author(TextStr(&invoice.merchant_name))
        .producer(TextStr("VINR Portal"));
    let (width, height) = w.paper;
    for ((page_id, content_id), content) in pages.iter().zip(w.pages) {
        let mut page = pdf.page(*page_id);
        page.media_box(Rect::new(0.0, 0.0, width, height));
        page.parent(tree);
        page.contents(*content_id);
        let mut resources = page.resources();
        {
            let mut page_fonts = resources.fonts();
            for (index, font) in fonts::fonts().iter().enumerate() {
                if w.used.fonts().any(|used| std::ptr::eq(used, font)) {
                    page_fonts.pair(font.resource, type0[index]);
                }
            }
        }
        if logo.is_some() {
            resources.x_objects().pair(LOGO_RESOURCE, logo_image);
        }
        resources.finish();
        page.finish();
        let compressed = miniz_oxide::deflate::compress_to_vec_zlib(&content.finish(), 6);
        pdf.stream(*content_id, &compressed)
            .filter(Filter::FlateDecode);
    }

    if let Some(logo) = logo {
        let compress = |samples: &[u8]| miniz_oxide::deflate::compress_to_vec_zlib(samples, 6);
        let (width, height) = (logo.width as i32, logo.height as i32);
        let rgb = compress(&logo.rgb);
        let mut image = pdf.image_xobject(logo_image, &rgb);
        image.filter(Filter::FlateDecode);
        image.width(width).height(height).bits_per_component(8);
        image.color_space().device_rgb();
        if logo.alpha.is_some() {
            image.s_mask(logo_mask);
        }
        image.finish();
        if let Some(alpha) = &logo.alpha {
            let alpha = compress(alpha);
            let mut mask = pdf.image_xobject(logo_mask, &alpha);
            mask.filter(Filter::FlateDecode);
            mask.width(width).height(height).bits_per_component(8);
            mask.color_space().device_gray();
        }
    }

    fonts::embed(&mut pdf, &w.used, |index| type0[index], id);
    pdf.finish()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::views::{InvoiceLineView, InvoiceSummary, PortalBranding};

    fn invoice(lines: usize) -> InvoiceDetailView {
        InvoiceDetailView {
            language: crate::i18n::Language::En,
            merchant_name: "Acme Cloud".into(),
            return_url: "https://example.com".into(),
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
                id: "in_1".into(),
                number: "ACME-0001".into(),
                date: "Nov 25".into(),
                total: "€29.00".into(),
                status: crate::domain::invoice::InvoiceStatus::Paid,
                status_label: "Paid".into(),
                can_pay: false,
            },
            bill_to: vec!["Jenny Rosen".into(), "Straße 1".into()],
            tax_ids: vec!["EU VAT number DE123456789".into()],
            lines: (0..lines)
                .map(|i| InvoiceLineView {
                    description: format!("Line {i}: Remaining time on Pro after 25 Nov 2026"),
                    period: "Nov 25 – Dec 25".into(),
                    quantity: Some(1),
                    amount: "€29.00".into(),
                    proration: i % 2 == 0,
                })
                .collect(),
            subtotal: "€29.00".into(),
            discount: None,
            total: "€29.00".into(),
            amount_paid: "€29.00".into(),
            amount_due: "€0.00".into(),
            payment_method: Some("Visa •••• 4242".into()),
            period: "Nov 25 – Dec 25".into(),
        }
    }

    fn branding() -> Branding {
        Branding {
            accent: "#4f46e5".into(),
            logo: None,
            footer: vec!["Acme Cloud · support@acme.example".into()],
        }
    }

    #[test]
    fn rendering_is_deterministic() {
        let first = invoice_pdf(&invoice(3), Paper::A4, &branding());
        let second = invoice_pdf(&invoice(3), Paper::A4, &branding());
        assert!(first.starts_with(b"%PDF-"));
        assert_eq!(first, second);
    }

    #[test]
    fn paper_follows_the_country() {
        assert_eq!(Paper::for_country(Some("US")), Paper::Letter);
        assert_eq!(Paper::for_country(Some("DE")), Paper::A4);
        assert_eq!(Paper::for_country(None), Paper::A4);
        let letter = invoice_pdf(&invoice(1), Paper::Letter, &branding());
        let text = String::from_utf8_lossy(&letter);
        assert!(text.contains("/MediaBox [0 0 612 792]"), "US Letter");
    }

    #[test]
    fn long_invoices_continue_on_more_pages() {
        let pdf = invoice_pdf(&invoice(80), Paper::A4, &branding());
        let text = String::from_utf8_lossy(&pdf);
        let count: usize = text
            .split("/Count ")
            .nth(1)
            .and_then(|rest| rest.split(|c: char| !c.is_ascii_digit()).next())
            .and_then(|n| n.parse().ok())
            .unwrap();
        assert!(count > 2, "80 lines take several pages, not {count}");
    }

    #[test]
    fn long_descriptions_wrap() {
        let lines = Writer::wrap(
            "Remaining time on Pro (with a rather long product name) after 25 Nov 2026",
            10.0,
            150.0,
        );
        assert!(lines.len() > 1);
        assert!(lines.iter().all(|l| fonts::width(l, 10.0) <= 150.0));
    }

    #[test]
    fn png_logos_decode_with_their_transparency() {
        use base64::{engine::general_purpose::STANDARD, Engine};
        let opaque = STANDARD
            .decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4z8AAAAMBAQDJ/pLvAAAAAElFTkSuQmCC")
            .unwrap();
        let logo = Logo::from_png(&opaque).expect("an RGB PNG decodes");
        assert_eq!((logo.width, logo.height, logo.rgb.len()), (1, 1, 3));
        assert!(logo.alpha.is_none());
        let translucent = STANDARD
            .decode("iVBORw0KGgoAAAANSUhEUgAAAAQAAAACCAYAAAB/qH1jAAAAGUlEQVR4nGPgK5nwH4gb/v//zwBiM6ALAAAdtBFjsQUj0QAAAABJRU5ErkJggg==")
            .unwrap();
        let logo = Logo::from_png(&translucent).expect("an RGBA PNG decodes");
        assert_eq!(logo.rgb.len(), 4 * 2 * 3);
        assert_eq!(logo.alpha.as_deref().map(<[u8]>::len), Some(8));
        assert_eq!(logo.drawn_size(), (72.0, 36.0));
        assert!(Logo::from_png(b"not a png").is_none());

        let mut branding = branding();
        branding.logo = Some(logo);
        let pdf = invoice_pdf(&invoice(3), Paper::A4, &branding);
        let text = String::from_utf8_lossy(&pdf);
        assert!(text.contains("/Subtype /Image") && text.contains("/SMask"));
    }

    #[test]
    fn svg_logos_are_rasterised_sharp_enough_for_print() {
        let svg = br##"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 40 10" width="40" height="10"><circle cx="5" cy="5" r="5" fill="#0e7490"/><rect x="12" width="28" height="10" fill="#0e7490"/></svg>"##;
        // As the upload draws it: three times the logo box.
        let png = crate::server::svg::to_png(svg, 3.0 * LOGO_MAX_WIDTH, 3.0 * LOGO_HEIGHT)
            .expect("the SVG renders");
        let logo = Logo::from_png(&png).expect("the rendition decodes");
        assert_eq!(
            (logo.width, logo.height),
            (432, 108),
            "three times 144×36 pt"
        );
        assert_eq!(logo.drawn_size(), (144.0, 36.0));
        let alpha = logo
            .alpha
            .as_ref()
            .expect("the circle's corners are transparent");
        assert_eq!(alpha[0], 0, "top-left corner outside the circle");
        let inside = (54 * 432 + 300) as usize;
        assert_eq!(alpha[inside], 255);
        assert_eq!(&logo.rgb[inside * 3..inside * 3 + 3], &[14, 116, 144]);
        assert!(crate::server::svg::to_png(b"<svg", 10.0, 10.0).is_none());
    }
}
