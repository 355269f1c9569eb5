//! Brand colours: parsing `#rrggbb`, WCAG 2 contrast, the text colour that reads on an
//! accent, and a link colour dark enough for a white page.

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

/// The colour links use on a white page: the accent itself when it reaches AA there, else
/// the accent darkened until it does; `true` when it had to be darkened (the merchant is
/// warned that the accent is too light for links).
pub fn link_on_white(accent: Rgb) -> (Rgb, bool) {
    if contrast(accent, WHITE) >= AA_CONTRAST {
        return (accent, false);
    }
    let mut color = accent;
    for step in 1..=100 {
        let keep = 1.0 - f64::from(step) / 100.0;
        let scale = |c: u8| (f64::from(c) * keep).round() as u8;
        color = Rgb(scale(accent.0), scale(accent.1), scale(accent.2));
        if contrast(color, WHITE) >= AA_CONTRAST {
            break;
        }
    }
    (color, true)
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
        let (link, darkened) = link_on_white(yellow);
        assert!(darkened);
        assert!(contrast(link, WHITE) >= AA_CONTRAST);
        let indigo = Rgb::parse_hex("#4f46e5").unwrap();
        assert_eq!(text_on(indigo), WHITE);
        assert_eq!(link_on_white(indigo), (indigo, false));
    }

    proptest! {
        #[test]
        fn button_text_and_links_always_reach_aa(r: u8, g: u8, b: u8) {
            let accent = Rgb(r, g, b);
            prop_assert!(contrast(accent, text_on(accent)) >= AA_CONTRAST);
            prop_assert!(contrast(link_on_white(accent).0, WHITE) >= AA_CONTRAST);
        }
    }
}
