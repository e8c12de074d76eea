//! Current readings of every weather station and module of the account, as a table.
//!
//! ```text
//! cargo run -p netatmo-api --example stations
//! ```
//!
//! Prints a header line (`station / module  type  °C  %  CO2 ppm  mbar  dB  rain mm  wind
//! km/h  battery %`) and one line per station and per module; `-` where a device measures
//! nothing of the kind, or is unreachable (`(unreachable)` after its name). Credentials:
//! see `common/mod.rs`; without any, a fake server answers with sample stations.

mod common;

use netatmo_api::models::DashboardData;

#[tokio::main]
async fn main() -> common::Result<()> {
    let backend = common::Backend::from_env().await?;
    let client = backend.client(&common::token_file(&backend))?.build()?;

    let stations = client.get_stations_data().send().await?;
    println!(
        "{:<34} {:<9} {:>6} {:>4} {:>7} {:>7} {:>4} {:>7} {:>9} {:>9}",
        "station / module",
        "type",
        "°C",
        "%",
        "CO2 ppm",
        "mbar",
        "dB",
        "rain mm",
        "wind km/h",
        "battery %"
    );
    for station in &stations.devices {
        let name = station
            .station_name
            .as_deref()
            .or(station.module_name.as_deref())
            .unwrap_or(&station.id);
        let unreachable = station.reachable == Some(false);
        row(
            name,
            &station.type_,
            unreachable,
            station.dashboard_data.as_ref(),
            None,
        );
        for module in &station.modules {
            let name = format!("  {}", module.module_name.as_deref().unwrap_or(&module.id));
            let unreachable = module.reachable == Some(false);
            row(
                &name,
                &module.type_,
                unreachable,
                module.dashboard_data.as_ref(),
                module.battery_percent,
            );
        }
    }
    eprintln!("{} station(s).", stations.devices.len());
    Ok(())
}

fn row(
    name: &str,
    kind: &str,
    unreachable: bool,
    data: Option<&DashboardData>,
    battery: Option<i32>,
) {
    let name = if unreachable {
        format!("{name} (unreachable)")
    } else {
        name.to_owned()
    };
    let get = |f: fn(&DashboardData) -> Option<f64>| common::cell(data.and_then(f));
    println!(
        "{:<34} {:<9} {:>6} {:>4} {:>7} {:>7} {:>4} {:>7} {:>9} {:>9}",
        name,
        kind,
        get(|d| d.temperature),
        get(|d| d.humidity),
        get(|d| d.co2),
        get(|d| d.pressure),
        get(|d| d.noise),
        get(|d| d.rain),
        get(|d| d.wind_strength),
        common::cell(battery.map(f64::from)),
    );
}
