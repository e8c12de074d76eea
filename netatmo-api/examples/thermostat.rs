//! Homes, rooms and their temperatures through the current Energy API (`homesdata`,
//! `homestatus`); then one room set to a temperature until a time (`setroomthermpoint`,
//! mode `manual`), and back to the home's schedule (mode `home`).
//!
//! ```text
//! cargo run -p netatmo-api --example thermostat -- [--write] [--temp 21.5] [--minutes 60]
//! ```
//!
//! Prints, per home, a line `home NAME (ID)` and a line per room: name, measured
//! temperature, setpoint and setpoint mode. Then `set ROOM to 21.5 °C until HH:MM UTC`,
//! the room as it is then, `back to the schedule: ROOM`, and the room once more.
//!
//! With real credentials the example only reads, unless given `--write`: it would change
//! your heating. With the fake server (no credentials) it always writes, to the fake.

mod common;

use netatmo_api::Client;

#[tokio::main]
async fn main() -> common::Result<()> {
    let mut write = false;
    let (mut temp, mut minutes) = (21.5_f64, 60_i64);
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--write" => write = true,
            "--temp" => temp = args.next().ok_or("--temp needs a value")?.parse()?,
            "--minutes" => minutes = args.next().ok_or("--minutes needs a value")?.parse()?,
            other => return Err(format!("unknown argument {other}").into()),
        }
    }
    let backend = common::Backend::from_env().await?;
    let client = backend.client(&common::token_file(&backend))?.build()?;
    let write = write || backend.is_fake();

    let homes = client.homes_data().send().await?;
    let mut target = None;
    for home in &homes.homes {
        println!("home {} ({})", home.name.as_deref().unwrap_or("?"), home.id);
        if home.rooms.is_empty() {
            println!("  (no rooms)");
            continue;
        }
        print_rooms(&client, &home.id, &home.rooms).await?;
        if target.is_none() {
            target = home
                .rooms
                .first()
                .map(|room| (home.id.clone(), room.clone()));
        }
    }
    let Some((home_id, room)) = target else {
        println!("no home with a room: nothing to set");
        return Ok(());
    };
    let name = room.name.clone().unwrap_or_else(|| room.id.clone());
    let until = minutes
        .checked_mul(60)
        .filter(|s| *s > 0)
        .map(|s| common::unix_now().saturating_add(s))
        .ok_or("--minutes must be a positive number of minutes")?;
    let clock = format!("{:02}:{:02} UTC", (until / 3600) % 24, (until / 60) % 60);
    if !write {
        println!("would set {name} to {temp} °C until {clock}: pass --write to do it");
        return Ok(());
    }

    client
        .set_room_therm_point(home_id.as_str(), room.id.as_str(), "manual")
        .temp(temp)
        .endtime(until)
        .send()
        .await?;
    println!("set {name} to {temp} °C until {clock}");
    print_rooms(&client, &home_id, std::slice::from_ref(&room)).await?;

    client
        .set_room_therm_point(home_id.as_str(), room.id.as_str(), "home")
        .send()
        .await?;
    println!("back to the schedule: {name}");
    print_rooms(&client, &home_id, std::slice::from_ref(&room)).await?;
    Ok(())
}

/// A line per room of `rooms`, with what `homestatus` says of it now.
async fn print_rooms(
    client: &Client,
    home_id: &str,
    rooms: &[netatmo_api::models::Room],
) -> common::Result<()> {
    let status = client.home_status(home_id).send().await?;
    let statuses = status
        .as_ref()
        .and_then(|s| s.home.as_ref())
        .map(|home| home.rooms.as_slice())
        .unwrap_or_default();
    for room in rooms {
        let name = room.name.as_deref().unwrap_or(&room.id);
        match statuses.iter().find(|s| s.id == room.id) {
            Some(s) => println!(
                "  {name:<20} {:>6} °C measured, setpoint {:>5} °C ({})",
                common::cell(s.therm_measured_temperature),
                common::cell(s.therm_setpoint_temperature),
                s.therm_setpoint_mode
                    .as_ref()
                    .map_or("-".to_owned(), ToString::to_string),
            ),
            None => println!("  {name:<20} (no status: the room has no thermostat or valve)"),
        }
    }
    if let Some(errors) = status.as_ref().map(|s| &s.errors).filter(|e| !e.is_empty()) {
        for error in errors {
            println!(
                "  module {} did not answer: {:?}",
                error.id.as_deref().unwrap_or("?"),
                error.code
            );
        }
    }
    Ok(())
}
