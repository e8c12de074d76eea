//! The measurement series the fake serves for `getmeasure` and `getroommeasure`:
//! deterministic, so that a test can compute what a whole range holds and compare.
//!
//! - **Times.** `max` (raw values): every 300 s, on a grid offset by a few seconds that
//!   depend on the device. `30min`, `1hour`, `3hours`: intervals that start exactly at the
//!   request's `date_begin`, as Netatmo's sub-daily intervals do. `1day`, `1week`,
//!   `1month`: calendar intervals in UTC (midnight; Monday midnight; the first of the
//!   month). A row is in a range when its interval starts in it (both ends included).
//! - **Gaps.** The device is offline one hour in fifty: no row starts in an hour `h`
//!   (hours since the epoch) with `h % 50 == 7`.
//! - **Values**, one per type asked, in order: temperatures follow the day (°C, one
//!   decimal), humidity, CO2, noise, pressure, rain, wind, setpoints; a type the fake does
//!   not know is `null`, and every row whose minute count `t / 60 % 17 == 3` has `null`
//!   for the second type (when two or more are asked).
//! - **Bounds.** Times are clamped to ±2⁴⁰ s (some 34,000 years either side of 1970), so
//!   that no request, however odd, overflows.
//!
//! The functions here give rows stamped at the **start** of their interval, the whole
//! range, no limit. What the server answers follows from them:
//!
//! - **Stamps.** With `real_time=false` (the default) and any scale but `max`, a row is
//!   stamped at the middle of its interval (start + half its length: 900 s for `30min`,
//!   half the month for `1month`); with `real_time=true`, or at `max`, at its start.
//! - **Paging.** The first `limit` rows (default and most 1024) of `date_begin..=date_end`;
//!   `date_begin` defaults to 0, `date_end` to now. `date_end=last`: only the latest row
//!   that starts at or before now (sub-daily intervals then start a day before now).
//! - **Shapes.** `optimize=true` (the default): `[{"beg_time", "step_time", "value":
//!   [[..], ..]}, ..]`, a new block wherever the spacing of the rows changes (after a gap;
//!   from month to month), a block of one row without `step_time`. `optimize=false`: an
//!   object keyed by the decimal stamp, ascending. No rows: `[]` or `{}`.

/// A row: its time (Unix seconds) and one value per type.
pub type Row = (i64, Vec<Option<f64>>);

const DAY: i64 = 86_400;
/// 1970-01-05, the first Monday after the epoch.
const FIRST_MONDAY: i64 = 4 * DAY;

/// The rows of a station's or module's series in `begin..=end`, stamped at the start of
/// their interval.
pub fn measure(
    device_id: &str,
    module_id: Option<&str>,
    scale: &str,
    types: &[&str],
    begin: i64,
    end: i64,
) -> Vec<Row> {
    let seed = seed(&[device_id, module_id.unwrap_or("")]);
    rows(seed, scale, types, begin, end, usize::MAX)
        .map(|(start, _, values)| (start, values))
        .collect()
}

/// The rows of a room's series in `begin..=end`, stamped at the start of their interval.
pub fn room_measure(
    home_id: &str,
    room_id: &str,
    scale: &str,
    types: &[&str],
    begin: i64,
    end: i64,
) -> Vec<Row> {
    let seed = seed(&[home_id, room_id]);
    rows(seed, scale, types, begin, end, usize::MAX)
        .map(|(start, _, values)| (start, values))
        .collect()
}

/// Whether the fake knows `scale`.
pub(crate) fn known_scale(scale: &str) -> bool {
    matches!(
        scale,
        "max" | "30min" | "1hour" | "3hours" | "1day" | "1week" | "1month"
    )
}

pub(crate) fn seed(ids: &[&str]) -> i64 {
    ids.iter()
        .flat_map(|id| id.bytes())
        .fold(0_i64, |sum, b| (sum * 31 + i64::from(b)) % 1_000_003)
}

/// The earliest and latest time the series knows (±2⁴⁰ s): keeps the arithmetic far from
/// overflowing whatever a request asks.
pub(crate) const BOUND: i64 = 1 << 40;

/// The rows in `begin..=end`, at most `limit`: (interval start, interval length, values).
pub(crate) fn rows<'a>(
    seed: i64,
    scale: &'a str,
    types: &'a [&'a str],
    begin: i64,
    end: i64,
    limit: usize,
) -> impl Iterator<Item = (i64, i64, Vec<Option<f64>>)> + 'a {
    let (begin, end) = (begin.clamp(-BOUND, BOUND), end.clamp(-BOUND, BOUND));
    intervals(seed, scale, begin)
        .take_while(move |&(start, _)| start <= end)
        .filter(|&(start, _)| start.div_euclid(3600) % 50 != 7)
        .take(limit)
        .map(move |(start, length)| (start, length, values(seed, types, start)))
}

/// The latest row that starts at or before `now` (what `date_end=last` answers), looked
/// for far enough back to find one whatever the scale and the gaps.
pub(crate) fn last_row(
    seed: i64,
    scale: &str,
    types: &[&str],
    now: i64,
) -> Option<(i64, i64, Vec<Option<f64>>)> {
    let back = match scale {
        "1day" => 10 * DAY,
        "1week" => 30 * DAY,
        "1month" => 100 * DAY,
        _ => DAY,
    };
    rows(
        seed,
        scale,
        types,
        now.saturating_sub(back),
        now,
        usize::MAX,
    )
    .last()
}

/// The intervals of `scale` from the first that starts at or after `begin`.
fn intervals(seed: i64, scale: &str, begin: i64) -> Box<dyn Iterator<Item = (i64, i64)>> {
    let fixed = |first: i64, step: i64| -> Box<dyn Iterator<Item = (i64, i64)>> {
        Box::new((0..).map(move |k| (first + k * step, step)))
    };
    match scale {
        "max" => {
            let offset = seed % 60;
            fixed(begin + (offset - begin).rem_euclid(300), 300)
        }
        "30min" => fixed(begin, 1800),
        "1hour" => fixed(begin, 3600),
        "3hours" => fixed(begin, 3 * 3600),
        "1day" => fixed(begin + (-begin).rem_euclid(DAY), DAY),
        "1week" => fixed(begin + (FIRST_MONDAY - begin).rem_euclid(7 * DAY), 7 * DAY),
        "1month" => {
            let (mut year, mut month, day) = civil_from_days(begin.div_euclid(DAY));
            if begin.rem_euclid(DAY) != 0 || day != 1 {
                (year, month) = next_month(year, month);
            }
            Box::new(
                std::iter::successors(Some((year, month)), |&(y, m)| Some(next_month(y, m))).map(
                    |(y, m)| {
                        let start = days_from_civil(y, m, 1) * DAY;
                        let (ny, nm) = next_month(y, m);
                        (start, days_from_civil(ny, nm, 1) * DAY - start)
                    },
                ),
            )
        }
        _ => Box::new(std::iter::empty()),
    }
}

fn next_month(year: i64, month: u32) -> (i64, u32) {
    if month == 12 {
        (year + 1, 1)
    } else {
        (year, month + 1)
    }
}

/// Days since 1970-01-01 of a date of the proleptic Gregorian calendar (H. Hinnant's
/// algorithm).
fn days_from_civil(year: i64, month: u32, day: u32) -> i64 {
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = i64::from(month);
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(day) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The date of a day since 1970-01-01.
fn civil_from_days(days: i64) -> (i64, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let year = yoe + era * 400 + i64::from(month <= 2);
    (year, month, day)
}

fn values(seed: i64, types: &[&str], t: i64) -> Vec<Option<f64>> {
    types
        .iter()
        .enumerate()
        .map(|(i, kind)| {
            if i == 1 && t.div_euclid(60) % 17 == 3 {
                None
            } else {
                value(seed, &kind.to_ascii_lowercase(), t)
            }
        })
        .collect()
}

fn value(seed: i64, kind: &str, t: i64) -> Option<f64> {
    let tenths = |v: f64| (v * 10.0).round() / 10.0;
    let five = t.div_euclid(300) + seed;
    let day = (t.rem_euclid(DAY) as f64) / DAY as f64;
    let daily = (2.0 * std::f64::consts::PI * (day - 0.375)).sin();
    Some(match kind {
        "temperature" | "min_temp" | "max_temp" => {
            let offset = match kind {
                "min_temp" => -3.0,
                "max_temp" => 3.0,
                _ => 0.0,
            };
            tenths(15.0 + offset + 8.0 * daily + (seed % 7) as f64 / 10.0)
        }
        "sp_temperature" => {
            let hour = t.rem_euclid(DAY) / 3600;
            if (7..22).contains(&hour) { 20.0 } else { 17.0 }
        }
        "humidity" => (40 + (five * 3).rem_euclid(41)) as f64,
        "co2" => (400 + (five * 37).rem_euclid(1100)) as f64,
        "noise" => (35 + five.rem_euclid(35)) as f64,
        "pressure" => tenths(1003.0 + (t.div_euclid(3600) + seed).rem_euclid(200) as f64 / 10.0),
        "rain" | "sum_rain" => {
            if t.div_euclid(3600).rem_euclid(24) < 3 {
                (five.rem_euclid(5) as f64 * 0.101 * 1000.0).round() / 1000.0
            } else {
                0.0
            }
        }
        "windstrength" | "guststrength" => five.rem_euclid(30) as f64,
        "windangle" | "gustangle" => (five * 13).rem_euclid(360) as f64,
        "boileron" => (five * 7).rem_euclid(601) as f64,
        "boileroff" => 600.0 - (five * 7).rem_euclid(601) as f64,
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// 2026-01-01T00:00:00Z, a Thursday.
    const NEW_YEAR: i64 = 1_767_225_600;

    #[test]
    fn calendar_arithmetic_round_trips() {
        assert_eq!(days_from_civil(1970, 1, 1), 0);
        assert_eq!(days_from_civil(2026, 1, 1) * DAY, NEW_YEAR);
        for days in [-1000, 0, 59, 60, 365, 10_957, NEW_YEAR / DAY, 30_000] {
            let (y, m, d) = civil_from_days(days);
            assert_eq!(days_from_civil(y, m, d), days, "{y}-{m}-{d}");
        }
    }

    #[test]
    fn raw_values_every_five_minutes_with_an_hour_off_in_fifty() {
        let rows = measure(
            "70:ee:50:00:00:14",
            None,
            "max",
            &["Temperature"],
            NEW_YEAR,
            NEW_YEAR + 3 * DAY,
        );
        assert!(rows.windows(2).all(|w| (w[1].0 - w[0].0) % 300 == 0));
        assert!(rows.iter().all(|(t, _)| t.div_euclid(3600) % 50 != 7));
        // Three days of 288 rows, less the gaps: one or two hours of 12 rows.
        assert!(
            rows.len() < 3 * 288 && rows.len() >= 3 * 288 - 24,
            "{}",
            rows.len()
        );
    }

    #[test]
    fn sub_daily_intervals_start_at_the_begin_and_calendar_ones_on_the_calendar() {
        let begin = NEW_YEAR + 1234;
        let rows = measure("d", None, "30min", &["Temperature"], begin, begin + DAY);
        assert_eq!(rows[0].0, begin);
        assert!(rows.iter().all(|(t, _)| (t - begin) % 1800 == 0));
        let days = measure("d", None, "1day", &["Temperature"], begin, begin + 10 * DAY);
        assert_eq!(days[0].0, NEW_YEAR + DAY);
        let weeks = measure(
            "d",
            None,
            "1week",
            &["Temperature"],
            NEW_YEAR,
            NEW_YEAR + 30 * DAY,
        );
        // 2026-01-05 was a Monday.
        assert_eq!(weeks[0].0, NEW_YEAR + 4 * DAY);
        let months = measure(
            "d",
            None,
            "1month",
            &["Temperature"],
            NEW_YEAR,
            NEW_YEAR + 90 * DAY,
        );
        let starts: Vec<i64> = months.iter().map(|(t, _)| *t).collect();
        assert_eq!(
            starts,
            [
                NEW_YEAR,
                NEW_YEAR + 31 * DAY,
                NEW_YEAR + 59 * DAY,
                NEW_YEAR + 90 * DAY
            ]
        );
    }

    #[test]
    fn values_in_the_order_asked_with_some_nulls() {
        let rows = measure(
            "d",
            None,
            "max",
            &["Temperature", "Humidity", "Unknown"],
            NEW_YEAR,
            NEW_YEAR + DAY,
        );
        assert!(
            rows.iter()
                .all(|(_, v)| v.len() == 3 && v[0].is_some() && v[2].is_none())
        );
        assert!(rows.iter().any(|(_, v)| v[1].is_none()));
        assert!(rows.iter().any(|(_, v)| v[1].is_some()));
        let rooms = room_measure(
            "h",
            "r",
            "1hour",
            &["temperature", "sp_temperature"],
            NEW_YEAR,
            NEW_YEAR + DAY,
        );
        assert!(rooms.iter().all(|(_, v)| v[0].is_some()));
    }
}
