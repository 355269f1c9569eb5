//! Dates as the customer reads them, and billing periods.
use time::{Month, OffsetDateTime};

use super::subscription::Interval;

/// `months` calendar months after `start`, on the same day clamped to the month's last day
/// (Jan 31 + 1 month = Feb 28), at the same time of day. Past the last date `time` knows
/// (Dec 31, 9999) it answers that date instead of failing: no input can make it panic.
pub fn add_months(start: OffsetDateTime, months: u32) -> OffsetDateTime {
    let last = time::Date::MAX.with_time(start.time()).assume_utc();
    let index =
        i64::from(start.year()) * 12 + i64::from(u8::from(start.month())) - 1 + i64::from(months);
    let (year, month) = (index.div_euclid(12), index.rem_euclid(12) as u8 + 1);
    let Ok(year) = i32::try_from(year) else {
        return last;
    };
    let month = Month::try_from(month).expect("1..=12");
    let day = start.day().min(month.length(year));
    match time::Date::from_calendar_date(year, month, day) {
        Ok(date) => start.replace_date(date),
        Err(_) => last,
    }
}

/// The end of the billing period that contains `at`, for periods of `interval` counted from
/// `anchor` (so Jan 31, Feb 28, Mar 31: the day does not drift after a short month).
pub fn period_end_after(anchor: i64, interval: Interval, interval_count: u32, at: i64) -> i64 {
    let Ok(anchor_time) = OffsetDateTime::from_unix_timestamp(anchor) else {
        return at.saturating_add(30 * 86_400);
    };
    let step = match interval {
        Interval::Month => interval_count.max(1),
        Interval::Year => interval_count.max(1).saturating_mul(12),
    };
    // Jump close to `at` first, so that a long-lived subscription does not count from zero.
    let months_elapsed =
        u32::try_from(at.saturating_sub(anchor).max(0) / (31 * 86_400)).unwrap_or(u32::MAX);
    let mut periods = months_elapsed / step;
    // The calendar's last date is as far as periods go, whatever `at` says.
    let last = add_months(anchor_time, u32::MAX).unix_timestamp();
    loop {
        let months = periods.saturating_add(1).saturating_mul(step);
        let end = add_months(anchor_time, months).unix_timestamp();
        if end > at || end >= last {
            return end;
        }
        periods += 1;
    }
}

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

/// "Dec 25, 2026", always with the year (documents outlive the year they were made in).
pub fn format_full_date(unix: i64) -> String {
    let date = OffsetDateTime::from_unix_timestamp(unix).unwrap_or(OffsetDateTime::UNIX_EPOCH);
    format!(
        "{} {}, {}",
        month_abbreviation(date.month()),
        date.day(),
        date.year()
    )
}

/// "Dec 25, 14:05 UTC" (the year added outside the current one, as in [`format_date`]).
pub fn format_date_time(unix: i64, now_unix: i64) -> String {
    let time = OffsetDateTime::from_unix_timestamp(unix).unwrap_or(OffsetDateTime::UNIX_EPOCH);
    format!(
        "{}, {:02}:{:02} UTC",
        format_date(unix, now_unix),
        time.hour(),
        time.minute()
    )
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
    fn periods_keep_their_anchor_day() {
        use time::macros::datetime;
        let jan_31 = datetime!(2027-01-31 09:00 UTC).unix_timestamp();
        let feb_28 = datetime!(2027-02-28 09:00 UTC).unix_timestamp();
        let mar_31 = datetime!(2027-03-31 09:00 UTC).unix_timestamp();
        assert_eq!(period_end_after(jan_31, Interval::Month, 1, jan_31), feb_28);
        assert_eq!(period_end_after(jan_31, Interval::Month, 1, feb_28), mar_31);
        assert_eq!(
            period_end_after(jan_31, Interval::Year, 1, jan_31),
            datetime!(2028-01-31 09:00 UTC).unix_timestamp()
        );
        assert_eq!(
            period_end_after(jan_31, Interval::Month, 3, feb_28),
            datetime!(2027-04-30 09:00 UTC).unix_timestamp()
        );
        assert_eq!(
            add_months(datetime!(2026-12-15 00:00 UTC), 1),
            datetime!(2027-01-15 00:00 UTC)
        );
        assert_eq!(
            add_months(datetime!(2028-01-30 00:00 UTC), 1),
            datetime!(2028-02-29 00:00 UTC)
        );
    }

    #[test]
    fn no_date_input_overflows_or_panics() {
        use time::macros::datetime;
        let last = datetime!(9999-12-31 09:00 UTC);
        assert_eq!(add_months(datetime!(9999-12-15 09:00 UTC), 1), last);
        assert_eq!(add_months(datetime!(2026-12-15 09:00 UTC), u32::MAX), last);
        let anchor = datetime!(2027-01-31 09:00 UTC).unix_timestamp();
        for at in [i64::MAX, last.unix_timestamp(), i64::MIN] {
            let end = period_end_after(anchor, Interval::Year, u32::MAX, at);
            assert!(end <= last.unix_timestamp(), "{at}: {end}");
        }
        assert_eq!(
            period_end_after(i64::MAX, Interval::Month, 1, i64::MAX),
            i64::MAX
        );
    }

    #[test]
    fn dates_in_another_year_show_it() {
        assert_eq!(
            format_date(NOV_25_2026 + 40 * 86_400, NOV_25_2026),
            "Jan 4, 2027"
        );
    }

    #[test]
    fn full_dates_always_show_the_year() {
        assert_eq!(format_full_date(NOV_25_2026), "Nov 25, 2026");
    }

    #[test]
    fn date_times_are_minutes_in_utc() {
        assert_eq!(
            format_date_time(NOV_25_2026 + 9 * 3600 + 14 * 60 + 59, NOV_25_2026),
            "Nov 25, 09:14 UTC"
        );
    }
}
