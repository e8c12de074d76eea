//! A range of measurements as CSV on stdout, through the history stream and the request
//! budget: any length of range, 1,024 rows a request, spaced to stay within Netatmo's rate
//! limits.
//!
//! ```text
//! cargo run -p netatmo-api --example history -- [DEVICE_ID [MODULE_ID]] [--scale 30min] [--days 30] [--types Temperature,Humidity]
//! ```
//!
//! Without a device id, the first station of the account. Prints a header line
//! (`time,Temperature,Humidity`, the types asked for) and one line per row: the row's
//! time (Unix seconds, start of its interval), then each value, empty where the service has
//! none. On stderr: how many rows, in how many requests, and what is left of the budget.
//! Credentials: see `common/mod.rs`; without any, a fake server makes up the series.

mod common;

use std::future::poll_fn;
use std::io::Write as _;
use std::pin::Pin;

use futures_core::Stream;
use netatmo_api::runtime::Budget;

#[tokio::main]
async fn main() -> common::Result<()> {
    let mut positional = Vec::new();
    let (mut scale, mut days, mut types) = (
        "30min".to_owned(),
        30_i64,
        "Temperature,Humidity".to_owned(),
    );
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        let mut value = |name: &str| args.next().ok_or_else(|| format!("{name} needs a value"));
        match arg.as_str() {
            "--scale" => scale = value("--scale")?,
            "--days" => {
                days = value("--days")?
                    .parse()
                    .map_err(|e| format!("--days: {e}"))?
            }
            "--types" => types = value("--types")?,
            _ => positional.push(arg),
        }
    }

    let backend = common::Backend::from_env().await?;
    // Netatmo's limits per user: 50 requests in 10 s, 500 in an hour.
    let budget = Budget::new(netatmo_api::RATE_LIMITS);
    let client = backend
        .client(&common::token_file(&backend))?
        .budget(budget.clone())
        .build()?;

    let (device, module) = match positional.as_slice() {
        [device] => (device.clone(), None),
        [device, module, ..] => (device.clone(), Some(module.clone())),
        [] => {
            let stations = client.get_stations_data().send().await?;
            let first = stations
                .devices
                .first()
                .ok_or("the account has no station")?;
            (first.id.clone(), None)
        }
    };
    let types: Vec<&str> = types.split(',').map(str::trim).collect();
    let end = common::unix_now();
    let span = days
        .checked_mul(86_400)
        .filter(|s| *s > 0)
        .ok_or("--days must be a positive number of days")?;
    let mut history = client
        .measure_history(device.as_str(), scale.as_str(), types.iter().copied())
        .range(end.saturating_sub(span)..=end);
    if let Some(module) = &module {
        history = history.module_id(module.as_str());
    }
    let mut rows = history.rows();

    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    writeln!(out, "time,{}", types.join(","))?;
    let mut count = 0;
    while let Some(row) = poll_fn(|cx| Pin::new(&mut rows).poll_next(cx)).await {
        let row = row?;
        let values: Vec<String> = row
            .values
            .iter()
            .map(|v| v.map(|v| v.to_string()).unwrap_or_default())
            .collect();
        writeln!(out, "{},{}", row.time, values.join(","))?;
        count += 1;
    }
    out.flush()?;
    let left: Vec<String> = budget
        .remaining()
        .iter()
        .map(|r| {
            format!(
                "{} of {} per {} s",
                r.requests,
                r.limit.requests,
                r.limit.per.as_secs()
            )
        })
        .collect();
    eprintln!(
        "{count} rows of {device} in {} requests; budget left: {}.",
        rows.requests(),
        left.join(", ")
    );
    Ok(())
}
