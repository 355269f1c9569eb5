//! The fonts an invoice is set in: DejaVu Sans for Latin, Greek and Cyrillic, and IPAex
//! Gothic for Japanese (kana, kanji, full-width forms), each character taken from the first
//! font that has it. Each font used is embedded as a TrueType CID font cut down to the
//! glyphs the document uses, with a ToUnicode map so that its text can be selected and
//! extracted.
use std::{collections::BTreeMap, sync::OnceLock};

use pdf_writer::{
    types::{CidFontType, FontFlags, SystemInfo, UnicodeCmap},
    Filter, Finish, Name, Pdf, Rect, Ref, Str,
};

/// One embedded font: its file, the name it is embedded under and its resource name.
pub struct Font {
    file: &'static [u8],
    name: &'static str,
    pub resource: Name<'static>,
    face: ttf_parser::Face<'static>,
    units_per_em: f32,
}

/// The fonts in the order characters are looked up.
pub fn fonts() -> &'static [Font] {
    static FONTS: OnceLock<Vec<Font>> = OnceLock::new();
    FONTS.get_or_init(|| {
        let load = |file: &'static [u8], name, resource| {
            let face = ttf_parser::Face::parse(file, 0).expect("the bundled font parses");
            Font {
                file,
                name,
                resource,
                units_per_em: f32::from(face.units_per_em()),
                face,
            }
        };
        vec![
            load(
                include_bytes!("../../../assets/fonts/DejaVuSans.ttf"),
                "DejaVuSans",
                Name(b"F1"),
            ),
            load(
                include_bytes!("../../../assets/fonts/ipaexg.ttf"),
                "IPAexGothic",
                Name(b"F2"),
            ),
        ]
    })
}

/// Which font sets `c`, and its glyph there: the first font that has it, else the first
/// font's `?`.
pub fn glyph(c: char) -> (usize, u16) {
    let fonts = fonts();
    fonts
        .iter()
        .enumerate()
        .find_map(|(index, font)| font.face.glyph_index(c).map(|g| (index, g.0)))
        .unwrap_or_else(|| (0, fonts[0].face.glyph_index('?').map_or(0, |g| g.0)))
}

/// The width of `text` at `size` points.
pub fn width(text: &str, size: f32) -> f32 {
    let fonts = fonts();
    text.chars()
        .map(|c| {
            let (font, glyph) = self::glyph(c);
            fonts[font].advance(glyph)
        })
        .sum::<f32>()
        * size
        / 1000.0
}

impl Font {
    /// A glyph's advance in thousandths of the font size.
    fn advance(&self, glyph: u16) -> f32 {
        f32::from(
            self.face
                .glyph_hor_advance(ttf_parser::GlyphId(glyph))
                .unwrap_or(0),
        ) * 1000.0
            / self.units_per_em
    }
}

/// The glyphs a document used, per font, with the character each stands for.
#[derive(Default)]
pub struct UsedGlyphs(BTreeMap<usize, BTreeMap<u16, char>>);

impl UsedGlyphs {
    pub fn note(&mut self, font: usize, glyph: u16, c: char) {
        self.0.entry(font).or_default().entry(glyph).or_insert(c);
    }

    /// The fonts used, for each page's resources.
    pub fn fonts(&self) -> impl Iterator<Item = &'static Font> + '_ {
        self.0.keys().map(|index| &fonts()[*index])
    }
}

/// One font cut down to the glyphs a document uses.
struct FontSubset {
    /// `ABCDEF+DejaVuSans`: the tag names the glyph set, as PDF readers expect of subsets.
    base_font: String,
    /// The font file, compressed, and its length before compression.
    compressed: Vec<u8>,
    length: usize,
    /// The CIDToGIDMap stream (compressed): two bytes per CID up to the largest used.
    cid_to_gid: Vec<u8>,
}

impl FontSubset {
    fn of(font: &Font, used: &BTreeMap<u16, char>) -> Self {
        let mut remapper = subsetter::GlyphRemapper::new();
        for glyph in used.keys() {
            remapper.remap(*glyph);
        }
        let compress = |bytes: &[u8]| miniz_oxide::deflate::compress_to_vec_zlib(bytes, 6);
        let largest = used.keys().copied().max().unwrap_or(0);
        let (file, cid_to_gid) = match subsetter::subset(font.file, 0, &remapper) {
            Ok(file) => {
                let mut map = vec![0u8; 2 * (usize::from(largest) + 1)];
                for glyph in used.keys() {
                    let new = remapper.get(*glyph).unwrap_or(0);
                    let at = 2 * usize::from(*glyph);
                    map[at..at + 2].copy_from_slice(&new.to_be_bytes());
                }
                (file, map)
            }
            // Never fail an invoice over its font: embed all of it, glyph ids unchanged.
            Err(error) => {
                tracing::warn!(?error, "font subsetting failed; embedding the whole font");
                let identity = (0..=largest).flat_map(u16::to_be_bytes).collect();
                (font.file.to_vec(), identity)
            }
        };
        // A tag derived from the glyph set (FNV-1a), so that an invoice renders the same bytes.
        let mut hash: u32 = 2_166_136_261;
        for glyph in used.keys() {
            for byte in glyph.to_be_bytes() {
                hash = (hash ^ u32::from(byte)).wrapping_mul(16_777_619);
            }
        }
        let tag: String = (0..6)
            .map(|i| char::from(b'A' + ((hash >> (i * 5)) % 26) as u8))
            .collect();
        Self {
            base_font: format!("{tag}+{}", font.name),
            length: file.len(),
            compressed: compress(&file),
            cid_to_gid: compress(&cid_to_gid),
        }
    }
}

/// Writes each used font's objects, the Type0 font at the ref `type0_of` gives it; `id`
/// hands out the other refs.
pub fn embed(
    pdf: &mut Pdf,
    used: &UsedGlyphs,
    type0_of: impl Fn(usize) -> Ref,
    mut id: impl FnMut() -> Ref,
) {
    let system_info = SystemInfo {
        registry: Str(b"Adobe"),
        ordering: Str(b"Identity"),
        supplement: 0,
    };
    for (index, glyphs) in &used.0 {
        let font = &fonts()[*index];
        let (cid, descriptor, font_file, cmap, cid_to_gid) = (id(), id(), id(), id(), id());
        // Only the glyphs used are embedded. Text keeps the whole font's glyph ids as CIDs
        // (it was drawn before the set was known); the CIDToGIDMap points each at its new
        // glyph.
        let subset = FontSubset::of(font, glyphs);
        let base_font = Name(subset.base_font.as_bytes());
        pdf.type0_font(type0_of(*index))
            .base_font(base_font)
            .encoding_predefined(Name(b"Identity-H"))
            .descendant_font(cid)
            .to_unicode(cmap);
        let mut cid_font = pdf.cid_font(cid);
        cid_font
            .subtype(CidFontType::Type2)
            .base_font(base_font)
            .system_info(system_info)
            .font_descriptor(descriptor)
            .default_width(600.0)
            .cid_to_gid_map_stream(cid_to_gid);
        {
            let mut widths = cid_font.widths();
            for glyph in glyphs.keys() {
                widths.consecutive(*glyph, [font.advance(*glyph)]);
            }
        }
        cid_font.finish();
        let scale = |v: i16| f32::from(v) * 1000.0 / font.units_per_em;
        let bbox = font.face.global_bounding_box();
        pdf.font_descriptor(descriptor)
            .name(base_font)
            .flags(FontFlags::NON_SYMBOLIC)
            .bbox(Rect::new(
                scale(bbox.x_min),
                scale(bbox.y_min),
                scale(bbox.x_max),
                scale(bbox.y_max),
            ))
            .italic_angle(0.0)
            .ascent(scale(font.face.ascender()))
            .descent(scale(font.face.descender()))
            .cap_height(scale(font.face.capital_height().unwrap_or(700)))
            .stem_v(80.0)
            .font_file2(font_file);
        pdf.stream(font_file, &subset.compressed)
            .filter(Filter::FlateDecode)
            .pair(Name(b"Length1"), subset.length as i32);
        pdf.stream(cid_to_gid, &subset.cid_to_gid)
            .filter(Filter::FlateDecode);
        let mut unicode = UnicodeCmap::new(Name(b"VINR-UCS"), system_info);
        for (glyph, c) in glyphs {
            unicode.pair(*glyph, *c);
        }
        pdf.stream(cmap, &unicode.finish());
    }
}
