//! Brand colours: parsing `#rrggbb`, WCAG 2 contrast, the text colour that reads on an
//! accent, and link colours that read on the portal's light and dark backgrounds.

/// An sRGB colour.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rgb(pub u8, pub u8, pub u8);

/// The portal's own accent when the merchant has not chosen one.
pub const DEFAULT_ACCENT: &str = "#4f46e5";

pub const WHITE: Rgb = Rgb(255, 255, 255);
/// The dark text used on light accents (Tailwind's gray-900).
pub const DARK_TEXT: Rgb = Rgb(17, 24, 39);
/// WCAG AA for normal text.
pub const AA_CONTRAST: f64 = 4.5;

/// The backgrounds links and focus rings sit on in the light scheme (`style/main.css`:
/// page, surface and accent tint; links in banners take the banner's own text colour).
pub const LIGHT_SURFACES: [Rgb; 3] = [WHITE, Rgb(0xf8, 0xfa, 0xfc), Rgb(0xee, 0xf2, 0xff)];
/// The same backgrounds in the dark scheme.
pub const DARK_SURFACES: [Rgb; 3] = [
    Rgb(0x0b, 0x10, 0x20),
    Rgb(0x11, 0x18, 0x27),
    Rgb(0x1e, 0x1b, 0x4b),
];

/// The lowest contrast `color` has on any of `surfaces`.
pub fn lowest_contrast(color: Rgb, surfaces: &[Rgb]) -> f64 {
    surfaces
        .iter()
        .map(|&surface| contrast(color, surface))
        .fold(f64::INFINITY, f64::min)
}

impl Rgb {
    /// `#rrggbb` or `#rgb`, case-insensitive.
    pub fn parse_hex(input: &str) -> Option<Self> {
        let hex = input.trim().strip_prefix('#')?;
        let digits: Vec<u8> = hex
            .chars()
            .map(|c| c.to_digit(16).map(|d| d as u8))
            .collect::<Option<_>>()?;
        match digits[..] {
            [r, g, b] => Some(Self(r * 17, g * 17, b * 17)),
            [r1, r2, g1, g2, b1, b2] => Some(Self(r1 * 16 + r2, g1 * 16 + g2, b1 * 16 + b2)),
            _ => None,
        }
    }

    pub fn hex(self) -> String {
        format!("#{:02x}{:02x}{:02x}", self.0, self.1, self.2)
    }

    /// WCAG 2 relative luminance, 0 (black) to 1 (white).
    pub fn luminance(self) -> f64 {
        let channel = |c: u8| {
            let c = f64::from(c) / 255.0;
            if c <= 0.039_28 {
                c / 12.92
            } else {
                ((c + 0.055) / 1.055).powf(2.4)
            }
        };
        0.2126 * channel(self.0) + 0.7152 * channel(self.1) + 0.0722 * channel(self.2)
    }
}

/// WCAG 2 contrast ratio between two colours, 1 to 21.
pub fn contrast(a: Rgb, b: Rgb) -> f64 {
    let (la, lb) = (a.luminance(), b.luminance());
    let (light, dark) = if la > lb { (la, lb) } else { (lb, la) };
    (light + 0.05) / (dark + 0.05)
}

/// The text colour for buttons filled with `accent`: white when it reaches AA, else the
/// near-black, else black (white or black always reaches AA: their contrasts with any
/// colour multiply to 21, so the larger is at least √21 ≈ 4.58).
pub fn text_on(accent: Rgb) -> Rgb {
    if contrast(accent, WHITE) >= AA_CONTRAST {
        WHITE
    } else if contrast(accent, DARK_TEXT) >= AA_CONTRAST {
        DARK_TEXT
    } else {
        Rgb(0, 0, 0)
    }
}

/// The colour links and focus rings use in the light scheme: the accent itself when it
/// reaches AA on every light surface, else the accent darkened until it does; `true` when
/// it had to be darkened (the merchant is warned that the accent is too light for links).
pub fn link_on_light(accent: Rgb) -> (Rgb, bool) {
    shade_until_readable(accent, Rgb(0, 0, 0), &LIGHT_SURFACES)
}

/// The colour links and focus rings use in the dark scheme: the accent, lightened towards
/// white until it reaches AA on every dark surface.
pub fn link_on_dark(accent: Rgb) -> Rgb {
    shade_until_readable(accent, WHITE, &DARK_SURFACES).0
}

/// `color` mixed towards `target` (black or white) in 1 % steps until it reaches AA on
/// every one of `surfaces`; `true` when it had to move. Pure black reaches AA on every
/// light surface and pure white on every dark one, so the loop always ends readable.
fn shade_until_readable(color: Rgb, target: Rgb, surfaces: &[Rgb]) -> (Rgb, bool) {
    if lowest_contrast(color, surfaces) >= AA_CONTRAST {
        return (color, false);
    }
    let mix = |from: u8, to: u8, step: u32| {
        let t = f64::from(step) / 100.0;
        (f64::from(from) + (f64::from(to) - f64::from(from)) * t).round() as u8
    };
    for step in 1..=100 {
        let shaded = Rgb(
            mix(color.0, target.0, step),
            mix(color.1, target.1, step),
            mix(color.2, target.2, step),
        );
        if lowest_contrast(shaded, surfaces) >= AA_CONTRAST {
            return (shaded, true);
        }
    }
    (target, true)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn parses_long_and_short_hex() {
        assert_eq!(Rgb::parse_hex("#4F46E5"), Some(Rgb(0x4f, 0x46, 0xe5)));
        assert_eq!(Rgb::parse_hex("#fff"), Some(WHITE));
        for bad in ["4f46e5", "#4f46e", "#ggg", "", "#4f46e5ff", "red"] {
            assert_eq!(Rgb::parse_hex(bad), None, "{bad}");
        }
        assert_eq!(Rgb(0x4f, 0x46, 0xe5).hex(), "#4f46e5");
    }

    #[test]
    fn contrast_matches_wcag_reference_values() {
        assert!((contrast(WHITE, Rgb(0, 0, 0)) - 21.0).abs() < 1e-9);
        // #767676 on white is the classic 4.54:1.
        assert!((contrast(Rgb(0x76, 0x76, 0x76), WHITE) - 4.54).abs() < 0.01);
    }

    #[test]
    fn a_too_light_accent_gets_dark_text_and_a_darker_link() {
        let yellow = Rgb::parse_hex("#fde047").unwrap();
        assert_eq!(text_on(yellow), DARK_TEXT);
        let (link, darkened) = link_on_light(yellow);
        assert!(darkened);
        assert!(lowest_contrast(link, &LIGHT_SURFACES) >= AA_CONTRAST);
        let indigo = Rgb::parse_hex("#4f46e5").unwrap();
        assert_eq!(text_on(indigo), WHITE);
        assert_eq!(link_on_light(indigo), (indigo, false));
        // Indigo is too dark for the dark scheme: its links there are lighter.
        let dark_link = link_on_dark(indigo);
        assert_ne!(dark_link, indigo);
        assert!(dark_link.luminance() > indigo.luminance());
        assert!(lowest_contrast(dark_link, &DARK_SURFACES) >= AA_CONTRAST);
    }

    /// Every accent a merchant can choose, at 4 bits a channel (4,096 colours, corners
    /// and greys included): button text, links and focus rings reach AA in both schemes.
    #[test]
    fn every_accent_reads_in_both_schemes() {
        for r in 0..16u8 {
            for g in 0..16u8 {
                for b in 0..16u8 {
                    let accent = Rgb(r * 17, g * 17, b * 17);
                    assert!(
                        contrast(accent, text_on(accent)) >= AA_CONTRAST,
                        "{}",
                        accent.hex()
                    );
                    let light = link_on_light(accent).0;
                    assert!(
                        lowest_contrast(light, &LIGHT_SURFACES) >= AA_CONTRAST,
                        "{}",
                        accent.hex()
                    );
                    let dark = link_on_dark(accent);
                    assert!(
                        lowest_contrast(dark, &DARK_SURFACES) >= AA_CONTRAST,
                        "{}",
                        accent.hex()
                    );
                }
            }
        }
    }

    /// The surfaces above are the stylesheet's: a colour changed there must change here.
    #[test]
    fn surfaces_are_the_stylesheets_backgrounds() {
        let css = include_str!("../../style/main.css");
        let (light, dark) = css
            .split_once("@media (prefers-color-scheme: dark)")
            .unwrap();
        let value = |block: &str, name: &str| {
            let start = block.find(&format!("{name}: ")).unwrap() + name.len() + 2;
            Rgb::parse_hex(&block[start..start + 7]).unwrap()
        };
        let names = ["--bg", "--surface", "--accent-tint"];
        for (i, name) in names.iter().enumerate() {
            assert_eq!(value(light, name), LIGHT_SURFACES[i], "light {name}");
            assert_eq!(value(dark, name), DARK_SURFACES[i], "dark {name}");
        }
    }

    proptest! {
        #[test]
        fn button_text_and_links_always_reach_aa(r: u8, g: u8, b: u8) {
            let accent = Rgb(r, g, b);
            prop_assert!(contrast(accent, text_on(accent)) >= AA_CONTRAST);
            prop_assert!(lowest_contrast(link_on_light(accent).0, &LIGHT_SURFACES) >= AA_CONTRAST);
            prop_assert!(lowest_contrast(link_on_dark(accent), &DARK_SURFACES) >= AA_CONTRAST);
        }
    }
}
