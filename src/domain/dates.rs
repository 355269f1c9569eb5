//! Dates as the customer reads them.
use time::{Month, OffsetDateTime};

/// "Dec 25" within the current year, "Dec 25, 2027" otherwise (UTC).
pub fn format_date(unix: i64, now_unix: i64) -> String {
    let date = OffsetDateTime::from_unix_timestamp(unix).unwrap_or(OffsetDateTime::UNIX_EPOCH);
    let now = OffsetDateTime::from_unix_timestamp(now_unix).unwrap_or(OffsetDateTime::UNIX_EPOCH);
    let month = month_abbreviation(date.month());
    if date.year() == now.year() {
        format!("{month} {}", date.day())
    } else {
        format!("{month} {}, {}", date.day(), date.year())
    }
}

fn month_abbreviation(month: Month) -> &'static str {
    match month {
        Month::January => "Jan",
        Month::February => "Feb",
        Month::March => "Mar",
        Month::April => "Apr",
        Month::May => "May",
        Month::June => "Jun",
        Month::July => "Jul",
        Month::August => "Aug",
        Month::September => "Sep",
        Month::October => "Oct",
        Month::November => "Nov",
        Month::December => "Dec",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const NOV_25_2026: i64 = 1_795_564_800;

    #[test]
    fn dates_in_the_current_year_omit_it() {
        assert_eq!(
            format_date(NOV_25_2026 + 30 * 86_400, NOV_25_2026),
            "Dec 25"
        );
    }

    #[test]
    fn dates_in_another_year_show_it() {
        assert_eq!(
            format_date(NOV_25_2026 + 40 * 86_400, NOV_25_2026),
            "Jan 4, 2027"
        );
    }
}
