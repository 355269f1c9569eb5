//! Sanitising SVG logos. The document is parsed and written again keeping only an
//! allowlist of drawing elements and attributes, so that nothing that can run or fetch
//! survives: no `<script>`, no `on*` handlers, no `<foreignObject>`, `<style>`, `<image>`
//! or DOCTYPE (entities), no links or `url(…)` other than to fragments in the same document,
//! no CSS image functions and no CSS escapes (which could spell either past this check).
//! The output is UTF-8 with one normalised XML declaration.
use quick_xml::{
    events::{BytesStart, Event},
    Reader, Writer,
};

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SvgError {
    #[error("the logo is not a well-formed SVG document")]
    Malformed,
    #[error("the logo's root element must be <svg>")]
    NotSvg,
    #[error("the logo must be saved as UTF-8 text")]
    NotUtf8,
}

/// The declaration every sanitised logo starts with, whatever the upload declared.
const XML_DECLARATION: &str = r#"<?xml version="1.0" encoding="UTF-8"?>"#;

/// Whether an attribute value could fetch something, or hide from this check that it does:
/// a `url(` to anything but a fragment of this document, a CSS image function
/// (`image-set(`, `image(`, `cross-fade(`, `element(`), an `@import`, or a CSS escape (as in
/// `u\72l(`). `value` is already unescaped from XML and in lower case.
fn fetches_or_hides(value: &str) -> bool {
    if value.contains('\\') || value.contains('@') {
        return true;
    }
    if ["image-set", "image(", "cross-fade(", "element("]
        .iter()
        .any(|function| value.contains(function))
    {
        return true;
    }
    let mut rest = value;
    while let Some(at) = rest.find("url(") {
        rest = &rest[at + "url(".len()..];
        let target = rest.trim_start_matches(|c: char| c.is_whitespace() || c == '"' || c == '\'');
        if !target.starts_with('#') {
            return true;
        }
    }
    false
}

const ELEMENTS: &[&str] = &[
    "svg",
    "g",
    "path",
    "rect",
    "circle",
    "ellipse",
    "line",
    "polyline",
    "polygon",
    "text",
    "tspan",
    "defs",
    "linearGradient",
    "radialGradient",
    "stop",
    "clipPath",
    "mask",
    "pattern",
    "symbol",
    "use",
    "title",
    "desc",
    "filter",
    "feGaussianBlur",
    "feOffset",
    "feBlend",
    "feColorMatrix",
    "feFlood",
    "feComposite",
    "feMerge",
    "feMergeNode",
];

const ENTITIES: &[&[u8]] = &[b"amp", b"lt", b"gt", b"quot", b"apos"];

/// The element without the attributes that could run or fetch something; `None` when the
/// element itself is not allowed.
fn clean_element(element: &BytesStart) -> Result<Option<BytesStart<'static>>, SvgError> {
    let name = std::str::from_utf8(element.name().as_ref())
        .map_err(|_| SvgError::Malformed)?
        .to_string();
    if !ELEMENTS.contains(&name.as_str()) {
        return Ok(None);
    }
    let mut clean = BytesStart::new(name);
    for attribute in element.attributes() {
        let attribute = attribute.map_err(|_| SvgError::Malformed)?;
        let key = std::str::from_utf8(attribute.key.as_ref()).map_err(|_| SvgError::Malformed)?;
        let value = attribute
            .unescape_value()
            .map_err(|_| SvgError::Malformed)?;
        let lower_key = key.to_ascii_lowercase();
        let lower_value = value.to_ascii_lowercase();
        let refused = lower_key.starts_with("on")
            || ((lower_key == "href" || lower_key.ends_with(":href")) && !value.starts_with('#'))
            || lower_value.contains("javascript:")
            || fetches_or_hides(&lower_value)
            || (lower_key.starts_with("xml:") && lower_key != "xml:space");
        if !refused {
            clean.push_attribute((key, value.as_ref()));
        }
    }
    Ok(Some(clean))
}

/// The SVG with everything outside the allowlist removed.
pub fn sanitize(svg: &[u8]) -> Result<Vec<u8>, SvgError> {
    // Read as UTF-8 whatever the declaration says, so refuse anything else outright.
    let svg = svg.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(svg);
    std::str::from_utf8(svg).map_err(|_| SvgError::NotUtf8)?;
    let mut reader = Reader::from_reader(svg);
    reader.config_mut().trim_text(false);
    let mut output = Vec::with_capacity(svg.len() + XML_DECLARATION.len());
    output.extend_from_slice(XML_DECLARATION.as_bytes());
    let mut writer = Writer::new(output);
    let mut buf = Vec::new();
    // Depth inside an element being dropped (with everything in it).
    let mut skipping = 0usize;
    let mut open = 0usize;
    let mut seen_root = false;
    loop {
        let event = reader
            .read_event_into(&mut buf)
            .map_err(|_| SvgError::Malformed)?;
        let write = |writer: &mut Writer<Vec<u8>>, event: Event| {
            writer.write_event(event).map_err(|_| SvgError::Malformed)
        };
        match event {
            Event::Eof => break,
            Event::Start(element) => {
                if skipping > 0 {
                    skipping += 1;
                    continue;
                }
                if !seen_root && element.name().as_ref() != b"svg" {
                    return Err(SvgError::NotSvg);
                }
                seen_root = true;
                match clean_element(&element)? {
                    Some(clean) => {
                        open += 1;
                        write(&mut writer, Event::Start(clean))?;
                    }
                    None => skipping = 1,
                }
            }
            Event::Empty(element) => {
                if skipping > 0 {
                    continue;
                }
                if !seen_root && element.name().as_ref() != b"svg" {
                    return Err(SvgError::NotSvg);
                }
                seen_root = true;
                if let Some(clean) = clean_element(&element)? {
                    write(&mut writer, Event::Empty(clean))?;
                }
            }
            Event::End(element) => {
                if skipping > 0 {
                    skipping -= 1;
                    continue;
                }
                open = open.checked_sub(1).ok_or(SvgError::Malformed)?;
                write(&mut writer, Event::End(element.into_owned()))?;
            }
            Event::Text(text) if skipping == 0 => write(&mut writer, Event::Text(text))?,
            Event::CData(data) if skipping == 0 => write(&mut writer, Event::CData(data))?,
            Event::GeneralRef(reference) if skipping == 0 => {
                let name = reference.as_ref();
                if ENTITIES.contains(&name) || name.starts_with(b"#") {
                    write(&mut writer, Event::GeneralRef(reference))?;
                }
            }
            // The upload's own declaration (its encoding, `standalone`) gives way to ours;
            // comments, processing instructions and DOCTYPEs (entity definitions) go.
            _ => {}
        }
        buf.clear();
    }
    if !seen_root {
        return Err(SvgError::NotSvg);
    }
    if open != 0 || skipping != 0 {
        return Err(SvgError::Malformed);
    }
    Ok(writer.into_inner())
}

/// A sanitised SVG drawn to pixels, scaled to fit `max_width` × `max_height` (for places that
/// cannot show SVG: PDFs, e-mail clients); `None` when it does not parse or has no size.
pub fn rasterise(svg: &[u8], max_width: f32, max_height: f32) -> Option<resvg::tiny_skia::Pixmap> {
    use resvg::{tiny_skia, usvg};
    let tree = usvg::Tree::from_data(svg, &usvg::Options::default()).ok()?;
    let size = tree.size();
    let scale = (max_height / size.height()).min(max_width / size.width());
    if !scale.is_finite() || scale <= 0.0 {
        return None;
    }
    let width = (size.width() * scale).ceil().max(1.0) as u32;
    let height = (size.height() * scale).ceil().max(1.0) as u32;
    let mut pixmap = tiny_skia::Pixmap::new(width, height)?;
    resvg::render(
        &tree,
        tiny_skia::Transform::from_scale(scale, scale),
        &mut pixmap.as_mut(),
    );
    Some(pixmap)
}

/// A sanitised SVG as a PNG of at most `max_width` × `max_height` pixels.
pub fn to_png(svg: &[u8], max_width: f32, max_height: f32) -> Option<Vec<u8>> {
    let pixmap = rasterise(svg, max_width, max_height)?;
    let rgba: Vec<u8> = pixmap
        .pixels()
        .iter()
        .flat_map(|pixel| {
            let color = pixel.demultiply();
            [color.red(), color.green(), color.blue(), color.alpha()]
        })
        .collect();
    let mut out = Vec::new();
    let mut encoder = png::Encoder::new(&mut out, pixmap.width(), pixmap.height());
    encoder.set_color(png::ColorType::Rgba);
    encoder.set_depth(png::BitDepth::Eight);
    let mut writer = encoder.write_header().ok()?;
    writer.write_image_data(&rgba).ok()?;
    writer.finish().ok()?;
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn clean(svg: &str) -> String {
        String::from_utf8(sanitize(svg.as_bytes()).unwrap()).unwrap()
    }

    #[test]
    fn scripts_and_handlers_are_removed_and_drawing_is_kept() {
        let out = clean(
            r##"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10" onload="alert(1)">
                <script>alert(document.cookie)</script>
                <rect width="10" height="10" fill="#4f46e5" onclick="steal()"/>
                <a href="javascript:alert(1)"><circle r="2"/></a>
                <foreignObject><body xmlns="http://www.w3.org/1999/xhtml"><script>x()</script></body></foreignObject>
                <use href="#logo"/><use href="https://evil.example/x.svg#a"/>
                <style>@import url(https://evil.example/x.css);</style>
                <image href="https://evil.example/track.png"/>
                <text x="1" y="5">Acme &amp; Co</text>
            </svg>"##,
        );
        let lower = out.to_lowercase();
        for gone in [
            "script",
            "onload",
            "onclick",
            "javascript",
            "foreignobject",
            "evil.example",
            "<style",
            "<image",
            "<a ",
        ] {
            assert!(!lower.contains(gone), "{gone} survived: {out}");
        }
        assert!(
            out.contains(r##"<rect width="10" height="10" fill="#4f46e5"/>"##),
            "{out}"
        );
        assert!(out.contains(r##"<use href="#logo"/>"##));
        assert!(out.contains("Acme &amp; Co"));
        assert!(out.contains(r#"viewBox="0 0 10 10""#));
    }

    #[test]
    fn entities_and_doctypes_are_not_expanded() {
        let out = clean(
            r#"<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY x SYSTEM "file:///etc/passwd">]><svg xmlns="http://www.w3.org/2000/svg"><text>&x;</text></svg>"#,
        );
        assert!(
            !out.contains("DOCTYPE") && !out.contains("&x;") && !out.contains("passwd"),
            "{out}"
        );
    }

    #[test]
    fn urls_other_than_local_fragments_css_escapes_and_image_functions_are_refused() {
        let out = clean(
            r##"<svg xmlns="http://www.w3.org/2000/svg">
                <rect id="a" fill="url(#g)"/>
                <rect id="b" fill="url( '#g' )"/>
                <rect id="c" fill="url(#g) url(https://evil.example/1)"/>
                <rect id="d" style="fill: u\72l(https://evil.example/2)"/>
                <rect id="e" style="background: image-set('https://evil.example/3' 1x)"/>
                <rect id="f" style="background: -webkit-image-set(url(//evil.example/4) 1x)"/>
                <rect id="g" filter="url(&#104;ttps://evil.example/5)"/>
                <rect id="h" style="fill: cross-fade(url(#g), url(https://evil.example/6))"/>
                <rect id="i" mask="URL(HTTPS://EVIL.EXAMPLE/7)"/>
            </svg>"##,
        );
        assert!(!out.to_lowercase().contains("evil.example"), "{out}");
        assert!(out.contains(r##"<rect id="a" fill="url(#g)"/>"##), "{out}");
        assert!(out.contains(r##"fill="url( &apos;#g&apos; )""##), "{out}");
        // The refused attribute goes; the shape stays.
        assert!(out.contains(r##"<rect id="c"/>"##), "{out}");
    }

    #[test]
    fn the_xml_declaration_is_normalised_and_only_utf8_is_read() {
        let out = clean(
            r#"<?xml version="1.0" encoding="ISO-8859-1" standalone="no"?><svg xmlns="http://www.w3.org/2000/svg"/>"#,
        );
        assert!(
            out.starts_with(r#"<?xml version="1.0" encoding="UTF-8"?><svg"#),
            "{out}"
        );
        assert_eq!(out.matches("<?xml").count(), 1, "{out}");
        let undeclared = clean(r#"<svg xmlns="http://www.w3.org/2000/svg"/>"#);
        assert!(undeclared.starts_with(r#"<?xml version="1.0" encoding="UTF-8"?>"#));
        let with_bom = sanitize(b"\xEF\xBB\xBF<svg/>").unwrap();
        assert!(with_bom.starts_with(b"<?xml"));
        assert_eq!(
            sanitize(b"<svg><text>caf\xE9</text></svg>"),
            Err(SvgError::NotUtf8)
        );
    }

    #[test]
    fn only_svg_documents_are_accepted() {
        assert_eq!(
            sanitize(b"<html><script>x</script></html>"),
            Err(SvgError::NotSvg)
        );
        assert_eq!(sanitize(b"not xml at all"), Err(SvgError::NotSvg));
        assert_eq!(sanitize(b"<svg><g></svg>"), Err(SvgError::Malformed));
    }
}
