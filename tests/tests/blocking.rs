//! The blocking client (`netatmo-api`'s `blocking` feature) against the fake Netatmo server,
//! from plain threads: the same methods and builders as the async client, `send` blocks.

use netatmo_api::blocking::Client;
use netatmo_api::runtime::OAuthApp;
use netatmo_fake::{CLIENT_ID, CLIENT_SECRET, FakeNetatmo};

const HOME: &str = "91763b24c43d3e344f424e8b";
const ROOM: &str = "2746182631";

/// The fake server, started on a runtime of its own that runs it on other threads.
fn fake() -> (FakeNetatmo, tokio::runtime::Runtime) {
    let runtime = tokio::runtime::Runtime::new().expect("a runtime");
    let fake = runtime.block_on(FakeNetatmo::start());
    (fake, runtime)
}

fn client(fake: &FakeNetatmo) -> Client {
    Client::builder()
        .base_url(fake.api_url())
        .access_token(fake.access_token())
        .build()
        .expect("a client")
}

#[test]
fn stations_homes_and_a_setpoint_through_the_blocking_client() {
    let (fake, _runtime) = fake();
    let client = client(&fake);

    let stations = client.get_stations_data().send().expect("getstationsdata");
    assert!(!stations.devices.is_empty());
    assert!(stations.devices[0].dashboard_data.is_some());

    let homes = client.homes_data().send().expect("homesdata");
    assert!(homes.homes.iter().any(|home| home.id == HOME));

    // A write, then a read that shows it.
    client
        .set_room_therm_point(HOME, ROOM, "manual")
        .temp(22.5)
        .endtime(4_102_444_800)
        .send()
        .expect("setroomthermpoint");
    let status = client
        .home_status(HOME)
        .send()
        .expect("homestatus")
        .and_then(|body| body.home)
        .expect("a home");
    let room = status
        .rooms
        .iter()
        .find(|room| room.id == ROOM)
        .expect("the room");
    assert_eq!(room.therm_setpoint_temperature, Some(22.5));
    assert_eq!(
        room.therm_setpoint_mode.as_ref().map(|m| m.as_str()),
        Some("manual")
    );
    assert_eq!(fake.requests("setroomthermpoint"), 1);
}

#[test]
fn errors_and_token_renewal_work_the_same() {
    let (fake, _runtime) = fake();
    // A refreshing client: the first call renews the pair, as the async client does.
    let app = OAuthApp::with_urls(
        CLIENT_ID,
        CLIENT_SECRET,
        &fake.token_url(),
        &fake.authorize_url(),
    )
    .expect("an app");
    let first_refresh = fake.refresh_token();
    let client = Client::builder()
        .base_url(fake.api_url())
        .refreshing_tokens(app, first_refresh.clone())
        .build()
        .expect("a client");
    client.homes_data().send().expect("homesdata");
    assert_ne!(fake.refresh_token(), first_refresh, "the pair rotated");

    // An API error is the same typed error.
    let err = client
        .home_status("no-such-home")
        .send()
        .expect_err("unknown home");
    assert!(err.api_code().is_some(), "{err}");
}

#[test]
fn a_history_is_an_iterator() {
    let (fake, _runtime) = fake();
    let client = client(&fake);
    let begin = 1_767_225_600;
    let end = begin + 10 * 86_400;
    let rows: Vec<_> = client
        .measure_history("70:ee:50:00:00:14", "max", ["Temperature"])
        .range(begin..=end)
        .rows()
        .collect::<Result<_, _>>()
        .expect("rows");
    let expected = netatmo_fake::series::measure(
        "70:ee:50:00:00:14",
        None,
        "max",
        &["Temperature"],
        begin,
        end,
    );
    let got: Vec<(i64, Vec<Option<f64>>)> = rows.into_iter().map(|r| (r.time, r.values)).collect();
    assert_eq!(got, expected);
    assert!(fake.requests("getmeasure") >= 3);
}

#[test]
fn one_client_serves_several_threads() {
    let (fake, _runtime) = fake();
    let client = client(&fake);
    std::thread::scope(|scope| {
        for _ in 0..4 {
            let client = client.clone();
            scope.spawn(move || {
                for _ in 0..5 {
                    let stations = client.get_stations_data().send().expect("stations");
                    assert!(!stations.devices.is_empty());
                }
            });
        }
    });
    assert_eq!(fake.requests("getstationsdata"), 20);
}

#[test]
fn inside_async_code_it_refuses_instead_of_blocking() {
    let (fake, runtime) = fake();
    let client = client(&fake);
    let err = runtime.block_on(async { client.get_stations_data().send() });
    let err = err.expect_err("refused");
    assert!(
        matches!(err, netatmo_api::Error::InvalidRequest { .. }),
        "{err}"
    );
    assert_eq!(fake.total_requests(), 0, "nothing was sent");
}
