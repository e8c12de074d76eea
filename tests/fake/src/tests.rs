//! The fake without HTTP (the request handler called directly: tokens, rate limits on a
//! fake clock, answers and their shapes), and the wiring over a raw HTTP/1.1 connection.

use std::io::{Read as _, Write as _};
use std::sync::atomic::{AtomicU64, Ordering};

use super::*;

/// 2026-01-01T00:00:00Z.
const NEW_YEAR: i64 = 1_767_225_600;
const DAY: i64 = 86_400;
const STATION: &str = "70:ee:50:00:00:14";

fn state() -> State {
    State::new(false, Arc::new(Instant::now))
}

/// A state with rate limits on a clock the test moves: seconds after a start.
fn limited() -> (State, Arc<AtomicU64>) {
    let start = Instant::now();
    let seconds = Arc::new(AtomicU64::new(0));
    let clock = seconds.clone();
    let state = State::new(
        true,
        Arc::new(move || start + Duration::from_secs(clock.load(Ordering::SeqCst))),
    );
    (state, seconds)
}

fn with_token(state: &mut State, token: Option<&str>, target: &str) -> Answer {
    let header = token.map(|t| format!("Bearer {t}"));
    let headers: Vec<(&str, &str)> = header
        .as_deref()
        .map(|h| ("authorization", h))
        .into_iter()
        .collect();
    respond(state, &Incoming::new(target, &headers, b""))
}

/// An API call with the current token; `query` as sent.
fn call(state: &mut State, method: &str, query: &str) -> Answer {
    let token = state.access.clone();
    with_token(state, Some(&token), &format!("/api/{method}?{query}"))
}

/// A form POST (no token).
fn post(state: &mut State, path: &str, form: &str) -> Answer {
    respond(
        state,
        &Incoming::new(
            path,
            &[("content-type", "application/x-www-form-urlencoded")],
            form.as_bytes(),
        ),
    )
}

fn json_of(answer: &Answer) -> Value {
    serde_json::from_slice(answer.body()).expect("a JSON answer")
}

/// The status and the error code of an answer.
fn error_of(answer: &Answer) -> (u16, i64) {
    let code = json_of(answer)["error"]["code"]
        .as_i64()
        .expect("an error code");
    (answer.status(), code)
}

fn refresh_form(refresh: &str) -> String {
    format!(
        "grant_type=refresh_token&refresh_token={}&client_id={CLIENT_ID}&client_secret={CLIENT_SECRET}",
        refresh.replace('|', "%7C")
    )
}

#[test]
fn tokens_look_like_netatmo_s() {
    let state = state();
    for token in [&state.access, &state.refresh] {
        let (a, b) = token.split_once('|').expect("a |");
        assert_eq!((a.len(), b.len()), (24, 32), "{token}");
        assert!(a.chars().chain(b.chars()).all(|c| c.is_ascii_hexdigit()));
    }
    assert_ne!(state.access, state.refresh);
}

#[test]
fn a_refresh_rotates_the_pair_and_the_old_refresh_token_stops_working() {
    let mut state = state();
    let (access, refresh) = (state.access.clone(), state.refresh.clone());
    let answer = post(&mut state, "/oauth2/token", &refresh_form(&refresh));
    assert_eq!(answer.status(), 200);
    let body = json_of(&answer);
    assert_eq!(body["access_token"], state.access.as_str());
    assert_eq!(body["refresh_token"], state.refresh.as_str());
    assert_eq!(
        (body["expires_in"].as_i64(), body["expire_in"].as_i64()),
        (Some(10800), Some(10800))
    );
    assert!(
        body["scope"]
            .as_array()
            .is_some_and(|s| s.contains(&json!("read_station")))
    );
    assert_ne!(state.access, access);
    assert_ne!(state.refresh, refresh);

    // The old pair: refused, refresh and access token alike.
    let again = post(&mut state, "/oauth2/token", &refresh_form(&refresh));
    assert_eq!(
        (again.status(), json_of(&again)),
        (400, json!({"error": "invalid_grant"}))
    );
    assert_eq!(
        error_of(&with_token(&mut state, Some(&access), "/api/homesdata")),
        (403, 2)
    );
    // The new one works, once more.
    let current = state.refresh.clone();
    assert_eq!(
        post(&mut state, "/oauth2/token", &refresh_form(&current)).status(),
        200
    );
}

#[test]
fn the_token_endpoint_wants_the_client_s_credentials() {
    let mut state = state();
    let refresh = state.refresh.clone();
    for form in [
        format!(
            "grant_type=refresh_token&refresh_token={refresh}&client_id={CLIENT_ID}&client_secret=nope"
        ),
        format!("grant_type=refresh_token&refresh_token={refresh}&client_secret={CLIENT_SECRET}"),
        String::new(),
    ] {
        let answer = post(&mut state, "/oauth2/token", &form);
        assert_eq!(
            (answer.status(), json_of(&answer)),
            (400, json!({"error": "invalid_client"}))
        );
    }
    assert_eq!(state.refresh, refresh, "nothing rotated");
    let answer = post(
        &mut state,
        "/oauth2/token",
        &format!("grant_type=password&client_id={CLIENT_ID}&client_secret={CLIENT_SECRET}"),
    );
    assert_eq!(answer.status(), 400);
}

/// The code and state a redirect carries, and the URL before its query.
fn redirected(answer: &Answer) -> (String, HashMap<String, String>) {
    assert_eq!(answer.status(), 302);
    let location = url::Url::parse(answer.location().expect("a Location")).expect("a URL");
    let query = location.query_pairs().into_owned().collect();
    let mut bare = location.clone();
    bare.set_query(None);
    (bare.to_string(), query)
}

#[test]
fn an_authorization_code_is_good_once_and_for_its_redirect_only() {
    let mut state = state();
    let redirect = "http://localhost:8080/callback";
    let authorize = |state: &mut State, redirect: &str| {
        let target = format!(
            "/oauth2/authorize?client_id={CLIENT_ID}&redirect_uri={}&scope=read_station&state=s%201",
            redirect
                .replace(':', "%3A")
                .replace('/', "%2F")
                .replace('?', "%3F")
                .replace('=', "%3D")
        );
        redirected(&respond(state, &Incoming::new(&target, &[], b"")))
    };
    let (to, query) = authorize(&mut state, redirect);
    assert_eq!(to, redirect);
    assert_eq!(query["state"], "s 1");
    let code = query["code"].clone();
    let exchange = |state: &mut State, code: &str, redirect: &str| {
        post(
            state,
            "/oauth2/token",
            &url::form_urlencoded::Serializer::new(String::new())
                .append_pair("grant_type", "authorization_code")
                .append_pair("code", code)
                .append_pair("redirect_uri", redirect)
                .append_pair("client_id", CLIENT_ID)
                .append_pair("client_secret", CLIENT_SECRET)
                .finish(),
        )
    };
    let answer = exchange(&mut state, &code, redirect);
    assert_eq!(answer.status(), 200);
    assert_eq!(json_of(&answer)["access_token"], state.access.as_str());
    assert_eq!(
        error_free(&exchange(&mut state, &code, redirect)),
        Some("invalid_grant".into())
    );

    // Another redirect URI: refused (and the code is spent).
    let (_, query) = authorize(&mut state, redirect);
    let other = exchange(&mut state, &query["code"], "http://localhost:8080/other");
    assert_eq!(error_free(&other), Some("invalid_grant".into()));
    assert_eq!(
        error_free(&exchange(&mut state, &query["code"], redirect)),
        Some("invalid_grant".into())
    );

    // Codes differ; a redirect URI with a query gets the code after a `&`.
    let (_, first) = authorize(&mut state, redirect);
    let (_, second) = authorize(&mut state, redirect);
    assert_ne!(first["code"], second["code"]);
    let (to, query) = authorize(&mut state, "http://localhost/cb?x=1");
    assert_eq!(to, "http://localhost/cb");
    assert_eq!(query["x"], "1");
    assert!(query.contains_key("code"));

    // An unknown application.
    let answer = respond(
        &mut state,
        &Incoming::new(
            "/oauth2/authorize?client_id=someone&redirect_uri=http%3A%2F%2Fx",
            &[],
            b"",
        ),
    );
    assert_eq!(answer.status(), 400);
}

/// The `error` string of a token endpoint's answer.
fn error_free(answer: &Answer) -> Option<String> {
    assert_eq!(answer.status(), 400);
    json_of(answer)["error"].as_str().map(str::to_owned)
}

#[test]
fn the_bearer_token_is_checked_missing_wrong_expired() {
    let mut state = state();
    assert_eq!(
        error_of(&with_token(&mut state, None, "/api/homesdata")),
        (403, 1)
    );
    assert_eq!(
        error_of(&with_token(&mut state, Some("nope"), "/api/homesdata")),
        (403, 2)
    );
    assert_eq!(call(&mut state, "homesdata", "").status(), 200);
    state.expired = true;
    assert_eq!(error_of(&call(&mut state, "homesdata", "")), (403, 3));
    // A refresh gives a token that works.
    let refresh = state.refresh.clone();
    post(&mut state, "/oauth2/token", &refresh_form(&refresh));
    assert_eq!(call(&mut state, "homesdata", "").status(), 200);
    // Every call counted, refused ones too; the token endpoint not.
    assert_eq!(state.counts.get("homesdata"), Some(&5));
    assert_eq!(state.counts.values().sum::<usize>(), 5);
}

#[test]
fn rate_limits_50_in_10_seconds_and_500_in_an_hour_refused_calls_not_counted() {
    let (mut state, seconds) = limited();
    for _ in 0..50 {
        assert_eq!(call(&mut state, "homesdata", "").status(), 200);
    }
    for _ in 0..3 {
        assert_eq!(error_of(&call(&mut state, "homesdata", "")), (429, 26));
    }
    seconds.store(9, Ordering::SeqCst);
    assert_eq!(error_of(&call(&mut state, "homesdata", "")), (429, 26));
    seconds.store(10, Ordering::SeqCst);
    assert_eq!(call(&mut state, "homesdata", "").status(), 200);
    assert_eq!(
        state.accepted.len(),
        51,
        "the refused calls were not counted"
    );

    // 500 an hour: 449 more, 40 every 10 s.
    let mut t = 20;
    let mut accepted = 51;
    while accepted < 500 {
        seconds.store(t, Ordering::SeqCst);
        for _ in 0..40.min(500 - accepted) {
            assert_eq!(call(&mut state, "homesdata", "").status(), 200, "at {t} s");
            accepted += 1;
        }
        t += 10;
    }
    t += 10;
    seconds.store(t, Ordering::SeqCst);
    assert_eq!(error_of(&call(&mut state, "homesdata", "")), (429, 26));
    // An hour after the first 50 (at 0 s), 50 are free again, and no more.
    seconds.store(3600, Ordering::SeqCst);
    for _ in 0..50 {
        assert_eq!(call(&mut state, "homesdata", "").status(), 200);
    }
    assert_eq!(error_of(&call(&mut state, "homesdata", "")), (429, 26));
    assert_eq!(state.counts["homesdata"], 50 + 4 + 1 + 449 + 1 + 51);
}

#[test]
fn throttle_next_refuses_that_many_calls_without_rate_limits() {
    let mut state = state();
    state.throttle = 2;
    assert_eq!(
        error_of(&call(&mut state, "getstationsdata", "")),
        (429, 26)
    );
    assert_eq!(
        error_of(&call(&mut state, "getstationsdata", "")),
        (429, 26)
    );
    assert_eq!(call(&mut state, "getstationsdata", "").status(), 200);
    assert_eq!(state.counts["getstationsdata"], 3);
}

#[test]
fn read_calls_answer_their_fixtures_in_an_envelope() {
    let mut state = state();
    for (method, _) in ANSWERS {
        let answer = call(&mut state, method, "");
        assert_eq!(answer.status(), 200, "{method}");
        let body = json_of(&answer);
        assert_eq!(body["status"], "ok", "{method}");
        assert!(body.get("body").is_some(), "{method}");
    }
    for (home, _) in HOMES {
        let body = json_of(&call(&mut state, "homestatus", &format!("home_id={home}")));
        assert!(body["body"]["home"].is_object());
    }
    assert_eq!(
        error_of(&call(&mut state, "homestatus", "home_id=elsewhere")),
        (404, 9)
    );
    assert_eq!(error_of(&call(&mut state, "nosuchmethod", "")), (404, 21));
    assert_eq!(
        error_of(&with_token(&mut state, None, "/elsewhere")),
        (404, 21)
    );
    for command in COMMANDS.iter().filter(|c| !c.starts_with("set")) {
        let body = json_of(&call(&mut state, command, ""));
        assert_eq!(body["status"], "ok", "{command}");
        assert!(
            body["time_server"]
                .as_i64()
                .is_some_and(|t| t > NEW_YEAR - 365 * DAY)
        );
    }
}

#[test]
fn webhook_pushes_are_json_sorted_by_name() {
    let pushes = webhook_pushes();
    assert_eq!(pushes.len(), 10);
    assert!(pushes.windows(2).all(|w| w[0].0 < w[1].0));
    for (name, text) in pushes {
        assert!(serde_json::from_str::<Value>(text).is_ok(), "{name}");
    }
}

const HOME: &str = "91763b24c43d3e344f424e8b";

fn room(state: &mut State, id: &str) -> Value {
    let body = json_of(&call(state, "homestatus", &format!("home_id={HOME}")));
    body["body"]["home"]["rooms"]
        .as_array()
        .and_then(|rooms| rooms.iter().find(|r| r["id"] == id))
        .cloned()
        .expect("the room")
}

#[test]
fn homestatus_follows_setroomthermpoint_and_setthermmode() {
    let mut state = state();
    let before = room(&mut state, "2746182631");
    let set = call(
        &mut state,
        "setroomthermpoint",
        &format!("home_id={HOME}&room_id=2746182631&mode=manual&temp=21.5&endtime=1767229200"),
    );
    assert_eq!(json_of(&set)["status"], "ok");
    let after = room(&mut state, "2746182631");
    assert_eq!(after["therm_setpoint_mode"], "manual");
    assert_eq!(after["therm_setpoint_temperature"], 21.5);
    assert_eq!(after["therm_setpoint_end_time"], 1_767_229_200);
    // The other rooms as they were.
    assert_eq!(room(&mut state, "2940411577")["therm_setpoint_mode"], "hg");

    call(
        &mut state,
        "setroomthermpoint",
        &format!("home_id={HOME}&room_id=2746182631&mode=home"),
    );
    assert_eq!(room(&mut state, "2746182631"), before);

    call(
        &mut state,
        "setthermmode",
        &format!("home_id={HOME}&mode=away"),
    );
    assert_eq!(
        room(&mut state, "2940411577")["therm_setpoint_mode"],
        "away"
    );
    assert_eq!(
        room(&mut state, "1002003001")["therm_setpoint_mode"],
        "away"
    );
    call(
        &mut state,
        "setthermmode",
        &format!("home_id={HOME}&mode=schedule"),
    );
    assert_eq!(room(&mut state, "2940411577")["therm_setpoint_mode"], "hg");
    assert_eq!(
        room(&mut state, "1002003001")["therm_setpoint_mode"],
        "home"
    );

    // Bad requests: an error, nothing changed.
    for query in [
        format!("home_id={HOME}&room_id=nope&mode=manual&temp=20"),
        format!("home_id={HOME}&room_id=2746182631&mode=manual"),
        format!("home_id={HOME}&room_id=2746182631&mode=manual&temp=warm"),
        format!("home_id={HOME}&room_id=2746182631&mode=sideways"),
        format!("home_id={HOME}&room_id=2746182631"),
    ] {
        assert_eq!(
            error_of(&call(&mut state, "setroomthermpoint", &query)),
            (400, 21),
            "{query}"
        );
    }
    assert_eq!(room(&mut state, "2746182631"), before);
    assert_eq!(
        error_of(&call(
            &mut state,
            "setroomthermpoint",
            "home_id=x&room_id=1&mode=max"
        )),
        (404, 9)
    );
    assert_eq!(
        error_of(&call(
            &mut state,
            "setthermmode",
            &format!("home_id={HOME}&mode=party")
        )),
        (400, 21)
    );
}

/// The rows of an answer, either shape: (stamp, values).
fn rows_of(body: &Value) -> Vec<(i64, Vec<Option<f64>>)> {
    let values = |row: &Value| -> Vec<Option<f64>> {
        row.as_array()
            .expect("a row")
            .iter()
            .map(Value::as_f64)
            .collect()
    };
    match body {
        Value::Array(blocks) => blocks
            .iter()
            .flat_map(|block| {
                let beg = block["beg_time"].as_i64().expect("beg_time");
                let rows = block["value"].as_array().expect("value");
                // A block of one row has no step, the others one.
                assert_eq!(block.get("step_time").is_none(), rows.len() == 1, "{block}");
                let step = block["step_time"].as_i64().unwrap_or(0);
                rows.iter()
                    .enumerate()
                    .map(move |(i, row)| (beg + i as i64 * step, values(row)))
                    .collect::<Vec<_>>()
            })
            .collect(),
        Value::Object(map) => map
            .iter()
            .map(|(t, row)| (t.parse().expect("a stamp"), values(row)))
            .collect(),
        other => panic!("not a body of rows: {other}"),
    }
}

fn measure_body(state: &mut State, query: &str) -> Value {
    let answer = call(state, "getmeasure", query);
    assert_eq!(
        answer.status(),
        200,
        "{query}: {}",
        String::from_utf8_lossy(answer.body())
    );
    let mut body = json_of(&answer);
    assert_eq!(body["status"], "ok");
    body["body"].take()
}

#[test]
fn getmeasure_pages_the_series_in_both_shapes() {
    let mut state = state();
    let (begin, end) = (NEW_YEAR, NEW_YEAR + 5 * DAY);
    let series = series::measure(
        STATION,
        None,
        "max",
        &["Temperature", "Humidity"],
        begin,
        end,
    );
    assert!(series.len() > 1024);
    let query = format!(
        "device_id={STATION}&scale=max&type=Temperature,Humidity&date_begin={begin}&date_end={end}"
    );
    let optimized = measure_body(&mut state, &query);
    let blocks = optimized.as_array().expect("blocks");
    assert!(blocks.len() > 1, "the gaps split the blocks");
    assert!(
        blocks
            .iter()
            .all(|b| b.get("step_time").is_none_or(|s| s == 300))
    );
    assert_eq!(rows_of(&optimized), series[..1024]);

    let plain = measure_body(&mut state, &format!("{query}&optimize=false&limit=100"));
    let rows = rows_of(&plain);
    assert_eq!(rows, series[..100]);
    let keys: Vec<i64> = plain
        .as_object()
        .expect("an object")
        .keys()
        .map(|k| k.parse().expect("a stamp"))
        .collect();
    assert!(keys.windows(2).all(|w| w[0] < w[1]), "ascending keys");

    // The next page starts after the last row.
    let next = measure_body(
        &mut state,
        &format!(
            "device_id={STATION}&scale=max&type=Temperature,Humidity&date_begin={}&date_end={end}",
            series[1023].0 + 1
        ),
    );
    assert_eq!(rows_of(&next), series[1024..]);

    // Case and spacing of the types do not matter; an unknown type is null.
    let odd = measure_body(
        &mut state,
        &format!("{query}&limit=3&type=temperature,%20HUMIDITY,Radiance"),
    );
    let rows = rows_of(&odd);
    assert!(rows.iter().all(|(_, v)| v.len() == 3 && v[2].is_none()));
    assert_eq!(
        rows.iter().map(|(t, _)| *t).collect::<Vec<_>>(),
        [series[0].0, series[1].0, series[2].0]
    );
}

#[test]
fn aggregated_rows_are_stamped_mid_interval_unless_real_time() {
    let mut state = state();
    let begin = NEW_YEAR + 1234;
    let end = begin + 4 * DAY;
    let series = series::measure(
        STATION,
        Some("02:00:00:00:00:01"),
        "1hour",
        &["Temperature"],
        begin,
        end,
    );
    let query = format!(
        "device_id={STATION}&module_id=02:00:00:00:00:01&scale=1hour&type=Temperature&date_begin={begin}&date_end={end}"
    );
    let shifted: Vec<_> = series.iter().map(|(t, v)| (t + 1800, v.clone())).collect();
    assert_eq!(rows_of(&measure_body(&mut state, &query)), shifted);
    assert_eq!(
        rows_of(&measure_body(
            &mut state,
            &format!("{query}&real_time=true")
        )),
        series
    );

    // A month's middle is half its own length on; months split the blocks.
    let year = format!(
        "device_id={STATION}&scale=1month&type=Temperature,Humidity&date_begin={NEW_YEAR}&date_end={}",
        NEW_YEAR + 365 * DAY
    );
    let months = series::measure(
        STATION,
        None,
        "1month",
        &["Temperature", "Humidity"],
        NEW_YEAR,
        NEW_YEAR + 365 * DAY,
    );
    let body = measure_body(&mut state, &year);
    let rows = rows_of(&body);
    assert_eq!(rows.len(), months.len());
    assert_eq!(rows[0].0, NEW_YEAR + 31 * DAY / 2);
    assert_eq!(rows[1].0, NEW_YEAR + 31 * DAY + 14 * DAY);
    let blocks = body.as_array().expect("blocks");
    assert!(blocks.len() > 1);
    assert!(
        blocks.iter().any(|b| b.get("step_time").is_none()),
        "{body}"
    );
}

#[test]
fn getroommeasure_serves_the_room_series() {
    let mut state = state();
    let (begin, end) = (NEW_YEAR, NEW_YEAR + 2 * DAY);
    let series = series::room_measure(
        HOME,
        "2746182631",
        "30min",
        &["temperature", "sp_temperature"],
        begin,
        end,
    );
    let answer = call(
        &mut state,
        "getroommeasure",
        &format!(
            "home_id={HOME}&room_id=2746182631&scale=30min&type=temperature,sp_temperature&date_begin={begin}&date_end={end}&real_time=true&optimize=false"
        ),
    );
    assert_eq!(rows_of(&json_of(&answer)["body"]), series);
    assert_eq!(
        error_of(&call(
            &mut state,
            "getroommeasure",
            &format!("home_id={HOME}&scale=1hour&type=temperature")
        )),
        (400, 21)
    );
}

#[test]
fn date_end_last_gives_the_latest_row_whatever_the_scale() {
    let mut state = state();
    let now = unix_now();
    for scale in ["max", "30min", "1hour", "3hours", "1day", "1week", "1month"] {
        let body = measure_body(
            &mut state,
            &format!(
                "device_id={STATION}&scale={scale}&type=Temperature&date_end=last&real_time=true"
            ),
        );
        let rows = rows_of(&body);
        assert_eq!(rows.len(), 1, "{scale}: {body}");
        assert!(rows[0].0 <= now && rows[0].0 > now - 100 * DAY, "{scale}");
    }
}

#[test]
fn no_rows_is_an_empty_body_of_either_shape() {
    let mut state = state();
    let query = format!(
        "device_id={STATION}&scale=1day&type=Temperature&date_begin={}&date_end={NEW_YEAR}",
        NEW_YEAR + 1
    );
    assert_eq!(measure_body(&mut state, &query), json!([]));
    assert_eq!(
        measure_body(&mut state, &format!("{query}&optimize=false")),
        json!({})
    );
}

#[test]
fn bad_measure_requests_get_an_error_never_a_panic() {
    let mut state = state();
    let base = format!("device_id={STATION}&scale=max&type=Temperature");
    for query in [
        "scale=max&type=Temperature".to_owned(),
        format!("device_id={STATION}&type=Temperature"),
        format!("device_id={STATION}&scale=max"),
        format!("device_id={STATION}&scale=max&type="),
        format!("device_id={STATION}&scale=2hours&type=Temperature"),
        format!("{base}&limit=0"),
        format!("{base}&limit=1025"),
        format!("{base}&limit=-1"),
        format!("{base}&limit=many"),
        format!("{base}&date_begin=yesterday"),
        format!("{base}&date_end=soon"),
        format!("{base}&optimize=maybe"),
        format!("{base}&real_time=2"),
    ] {
        let answer = call(&mut state, "getmeasure", &query);
        assert_eq!(error_of(&answer), (400, 21), "{query}");
        assert!(
            json_of(&answer)["error"]["message"]
                .as_str()
                .is_some_and(|m| !m.is_empty())
        );
    }
    let missing = json_of(&call(
        &mut state,
        "getmeasure",
        &format!("device_id={STATION}&scale=max"),
    ));
    assert_eq!(missing["error"]["message"], "Missing parameter: type");

    // Extreme times: clamped, answered.
    for scale in ["max", "30min", "1day", "1week", "1month"] {
        for (b, e) in [
            (i64::MIN, i64::MAX),
            (i64::MAX - 5, i64::MAX),
            (i64::MIN, i64::MIN + 5),
        ] {
            let query = format!(
                "device_id={STATION}&scale={scale}&type=Temperature,co2&date_begin={b}&date_end={e}&limit=5"
            );
            assert_eq!(
                call(&mut state, "getmeasure", &query).status(),
                200,
                "{query}"
            );
        }
    }
}

/// Sends `request` (raw HTTP/1.1, `Connection: close`) to the fake; the answer's head and
/// body.
fn raw(uri: &str, request: &str) -> (String, String) {
    let address = uri.strip_prefix("http://").expect("an http URI");
    let mut stream = std::net::TcpStream::connect(address).expect("a connection");
    stream.write_all(request.as_bytes()).expect("sent");
    let mut answer = String::new();
    stream.read_to_string(&mut answer).expect("an answer");
    let (head, body) = answer.split_once("\r\n\r\n").expect("a head");
    (head.to_owned(), body.to_owned())
}

#[tokio::test(flavor = "multi_thread")]
async fn over_http_calls_are_answered_and_counted_and_tokens_rotate() {
    let fake = FakeNetatmo::start().await;
    let uri = fake.server.uri();
    assert_eq!(fake.api_url(), format!("{uri}/api"));
    assert_eq!(fake.token_url(), format!("{uri}/oauth2/token"));
    assert_eq!(fake.authorize_url(), format!("{uri}/oauth2/authorize"));
    assert!(format!("{fake:?}").contains(&uri));

    let access = fake.access_token();
    let request = format!(
        "GET /api/getstationsdata HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer {access}\r\nConnection: close\r\n\r\n"
    );
    let (head, body) = raw(&uri, &request);
    assert!(head.starts_with("HTTP/1.1 200"), "{head}");
    let body: Value = serde_json::from_str(&body).expect("JSON");
    assert!(body["body"]["devices"].is_array());

    let (head, body) = raw(
        &uri,
        "GET /api/getstationsdata HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer nope\r\nConnection: close\r\n\r\n",
    );
    assert!(head.starts_with("HTTP/1.1 403"), "{head}");
    assert!(body.contains(r#""code":2"#), "{body}");

    fake.throttle_next(1);
    let (head, _) = raw(&uri, &request);
    assert!(head.starts_with("HTTP/1.1 429"), "{head}");
    assert_eq!(fake.requests("getstationsdata"), 3);
    assert_eq!(fake.requests("getmeasure"), 0);
    assert_eq!(fake.total_requests(), 3);

    // A refresh over HTTP; the handle sees the new pair.
    let form = refresh_form(&fake.refresh_token());
    let (head, body) = raw(
        &uri,
        &format!(
            "POST /oauth2/token HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{form}",
            form.len()
        ),
    );
    assert!(head.starts_with("HTTP/1.1 200"), "{head}");
    let body: Value = serde_json::from_str(&body).expect("JSON");
    assert_eq!(body["access_token"], fake.access_token().as_str());
    assert_ne!(fake.access_token(), access);
    assert_eq!(
        fake.total_requests(),
        3,
        "the token endpoint is not counted"
    );

    fake.expire_access_token();
    let (head, body) = raw(
        &uri,
        &format!(
            "GET /api/homesdata HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer {}\r\nConnection: close\r\n\r\n",
            fake.access_token()
        ),
    );
    assert!(
        head.starts_with("HTTP/1.1 403") && body.contains(r#""code":3"#),
        "{head}{body}"
    );

    let (head, _) = raw(
        &uri,
        &format!(
            "GET /oauth2/authorize?client_id={CLIENT_ID}&redirect_uri=http%3A%2F%2Flocalhost%2Fcb&state=abc HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"
        ),
    );
    assert!(head.starts_with("HTTP/1.1 302"), "{head}");
    assert!(
        head.lines().any(|l| l
            .to_ascii_lowercase()
            .starts_with("location: http://localhost/cb?code=")
            && l.ends_with("&state=abc")),
        "{head}"
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn over_http_the_builder_s_clock_drives_the_rate_limits() {
    let seconds = Arc::new(AtomicU64::new(0));
    let clock = seconds.clone();
    let start = Instant::now();
    let fake = FakeNetatmo::builder()
        .rate_limits(true)
        .clock(move || start + Duration::from_secs(clock.load(Ordering::SeqCst)))
        .start()
        .await;
    assert!(format!("{:?}", FakeNetatmo::builder().rate_limits(true)).contains("true"));
    let uri = fake.server.uri();
    let request = format!(
        "GET /api/homesdata HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer {}\r\nConnection: close\r\n\r\n",
        fake.access_token()
    );
    let status = |uri: &str| raw(uri, &request).0[9..12].to_owned();
    for _ in 0..50 {
        assert_eq!(status(&uri), "200");
    }
    assert_eq!(status(&uri), "429");
    seconds.store(10, Ordering::SeqCst);
    assert_eq!(status(&uri), "200");
    assert_eq!(fake.requests("homesdata"), 52);
}
