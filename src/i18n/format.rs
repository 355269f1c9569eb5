//! Money, dates and times as each language writes them, with CLDR's data through ICU4X:
//! `1.234,56 €` in German, `€1,234.56` in English, `￥1,235` in Japanese. Minor units come
//! from the currency (none for JPY, three for KWD). Dates are UTC, like every time we keep.
use std::{cell::RefCell, collections::HashMap};

use fixed_decimal::Decimal;
use icu_collator::{Collator, CollatorBorrowed};
use icu_datetime::{
    fieldsets,
    input::{Date, Time},
    DateTimeFormatter, NoCalendarFormatter,
};
use icu_decimal::DecimalFormatter;
use icu_experimental::{
    dimension::currency::{formatter::CurrencyFormatter, CurrencyCode},
    displaynames::multi::RegionDisplayNames,
};
use icu_locale_core::{subtags::Region, Locale};
use time::OffsetDateTime;

use super::Language;
use crate::domain::money::Currency;

/// One language's formatters, built once per thread (building reads CLDR's tables).
struct Formatters {
    money: CurrencyFormatter,
    number: DecimalFormatter,
    day: DateTimeFormatter<fieldsets::MD>,
    day_and_year: DateTimeFormatter<fieldsets::YMD>,
    time: NoCalendarFormatter<fieldsets::T>,
    countries: RegionDisplayNames,
    collator: CollatorBorrowed<'static>,
}

impl Formatters {
    fn new(language: Language) -> Self {
        let locale: Locale = language.tag().parse().expect("our tags parse");
        let prefs = (&locale).into();
        Self {
            money: CurrencyFormatter::try_new((&locale).into(), Default::default())
                .expect("compiled currency data"),
            number: DecimalFormatter::try_new((&locale).into(), Default::default())
                .expect("compiled number data"),
            day: DateTimeFormatter::try_new(prefs, fieldsets::MD::medium())
                .expect("compiled date data"),
            day_and_year: DateTimeFormatter::try_new(prefs, fieldsets::YMD::medium())
                .expect("compiled date data"),
            time: NoCalendarFormatter::try_new(prefs, fieldsets::T::hm())
                .expect("compiled time data"),
            countries: RegionDisplayNames::try_new((&locale).into(), Default::default())
                .expect("compiled region names"),
            collator: Collator::try_new((&locale).into(), Default::default())
                .expect("compiled collation data"),
        }
    }
}

fn with_formatters<T>(language: Language, use_them: impl FnOnce(&Formatters) -> T) -> T {
    thread_local! {
        static FORMATTERS: RefCell<HashMap<Language, Formatters>> = RefCell::new(HashMap::new());
    }
    FORMATTERS.with(|cache| {
        let mut cache = cache.borrow_mut();
        use_them(
            cache
                .entry(language)
                .or_insert_with(|| Formatters::new(language)),
        )
    })
}

/// `amount` minor units of the currency `code`, written for `language`. A code this build
/// does not know (a row from a newer version) shows as `1234 XYZ` rather than failing.
pub fn money(language: Language, amount: i64, code: &str) -> String {
    let (Ok(currency), Ok(iso)) = (Currency::parse(code), code.to_ascii_uppercase().parse()) else {
        return format!("{amount} {}", code.to_uppercase());
    };
    let mut value = Decimal::from(amount);
    value.multiply_pow10(-i16::from(currency.exponent()));
    // 5 cents is 0.05, not .05.
    value.absolute.pad_start(1);
    with_formatters(language, |f| {
        f.money
            .format_fixed_decimal(&value, &CurrencyCode(iso))
            .to_string()
    })
}

/// A percentage's number (the words around it put the sign): `20`, `12.5` / `12,5`.
pub fn percent(language: Language, basis_points: u32) -> String {
    let mut value = Decimal::from(basis_points);
    value.multiply_pow10(-2);
    value.absolute.trim_end();
    with_formatters(language, |f| f.number.format(&value).to_string())
}

fn utc(unix: i64) -> OffsetDateTime {
    OffsetDateTime::from_unix_timestamp(unix).unwrap_or(OffsetDateTime::UNIX_EPOCH)
}

fn calendar_date(at: OffsetDateTime) -> Option<Date<icu_calendar::Iso>> {
    Date::try_new_iso(at.year(), u8::from(at.month()), at.day()).ok()
}

/// "Dec 25" within the current year, "Dec 25, 2027" otherwise (UTC).
pub fn date(language: Language, unix: i64, now_unix: i64) -> String {
    let (at, now) = (utc(unix), utc(now_unix));
    let Some(day) = calendar_date(at) else {
        return at.date().to_string();
    };
    with_formatters(language, |f| {
        if at.year() == now.year() {
            f.day.format(&day).to_string()
        } else {
            f.day_and_year.format(&day).to_string()
        }
    })
}

/// "Dec 25, 2026", always with the year (documents outlive the year they were made in).
pub fn full_date(language: Language, unix: i64) -> String {
    let at = utc(unix);
    let Some(day) = calendar_date(at) else {
        return at.date().to_string();
    };
    with_formatters(language, |f| f.day_and_year.format(&day).to_string())
}

/// The time of day, "2:05 PM" / "14:05" (UTC; the words around it say so).
pub fn time_of_day(language: Language, unix: i64) -> String {
    let at = utc(unix);
    match Time::try_new(at.hour(), at.minute(), 0, 0) {
        Ok(time) => with_formatters(language, |f| f.time.format(&time).to_string()),
        Err(_) => format!("{:02}:{:02}", at.hour(), at.minute()),
    }
}

/// A country's name in `language` from its ISO 3166 code ("DE": "Germany", "Deutschland",
/// "ドイツ"); `None` for a code CLDR does not name.
pub fn country(language: Language, code: &str) -> Option<String> {
    let region: Region = code.to_ascii_uppercase().parse().ok()?;
    with_formatters(language, |f| f.countries.of(region).map(str::to_string))
}

/// Sorts `items` by the name `name_of` reads, as `language` orders words ("Ägypten" with
/// the A's in German; kana order in Japanese).
pub fn sort_by_name<T>(language: Language, items: &mut [T], name_of: impl Fn(&T) -> &str) {
    with_formatters(language, |f| {
        items.sort_by(|a, b| f.collator.compare(name_of(a), name_of(b)))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn money_is_written_as_each_language_writes_it() {
        assert_eq!(money(Language::En, 123_456, "eur"), "€1,234.56");
        assert_eq!(money(Language::De, 123_456, "eur"), "1.234,56\u{a0}€");
        assert_eq!(money(Language::En, 1_235, "jpy"), "¥1,235");
        assert_eq!(money(Language::Ja, 1_235, "jpy"), "￥1,235");
        assert_eq!(money(Language::En, 1_250, "kwd"), "KWD\u{a0}1.250");
        assert_eq!(money(Language::En, 5, "usd"), "$0.05");
        assert_eq!(money(Language::En, 1_200, "usd"), "$12.00");
        assert_eq!(money(Language::Fr, 900, "usd"), "9,00\u{a0}$US");
        assert_eq!(money(Language::Es, 900, "usd"), "9,00\u{a0}US$");
        assert_eq!(money(Language::Ja, 900, "usd"), "$9.00");
        assert_eq!(money(Language::En, -2_900, "usd"), "-$29.00");
        assert_eq!(money(Language::Fr, 2_900, "eur"), "29,00\u{a0}€");
        assert_eq!(money(Language::En, 1_234, "xyz"), "1234 XYZ");
        assert_eq!(percent(Language::En, 2_000), "20");
        assert_eq!(percent(Language::En, 1_250), "12.5");
        assert_eq!(percent(Language::De, 1_250), "12,5");
    }

    #[test]
    fn dates_carry_the_year_outside_the_current_one() {
        let christmas = 1_798_156_800; // 2026-12-25 00:00 UTC
        let now = christmas - 86_400 * 30;
        assert_eq!(date(Language::En, christmas, now), "Dec 25");
        assert_eq!(
            date(Language::En, christmas, now + 86_400 * 365),
            "Dec 25, 2026"
        );
        assert_eq!(full_date(Language::De, christmas), "25.12.2026");
        assert_eq!(full_date(Language::Ja, christmas), "2026/12/25");
        assert_eq!(
            time_of_day(Language::De, christmas + 14 * 3600 + 300),
            "14:05"
        );
    }

    #[test]
    fn countries_are_named_in_the_language() {
        assert_eq!(country(Language::En, "de").as_deref(), Some("Germany"));
        assert_eq!(country(Language::De, "DE").as_deref(), Some("Deutschland"));
        assert_eq!(country(Language::Fr, "DE").as_deref(), Some("Allemagne"));
        assert_eq!(country(Language::Ja, "DE").as_deref(), Some("ドイツ"));
        assert_eq!(country(Language::En, "not a code"), None);
        let mut names = ["Zypern", "Ägypten", "Deutschland"];
        sort_by_name(Language::De, &mut names, |name| name);
        assert_eq!(names, ["Ägypten", "Deutschland", "Zypern"]);
    }
}
