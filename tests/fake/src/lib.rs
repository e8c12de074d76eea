//! A fake Netatmo server for development and tests: what the `netatmo-api` examples run
//! against when there are no credentials, and what the history, budget and blocking tests
//! use.
//!
//! - **Real answers** for the read calls, from `tests/fixtures/` (pyatmo's anonymised
//!   samples; see their SOURCES.md): `getstationsdata`, `gethomecoachsdata`, `homesdata`,
//!   `homestatus`, `getevents`, `getpublicdata`, `gethomedata`, `getthermostatsdata`.
//! - **State where a program would notice**: `setroomthermpoint` and `setthermmode` change
//!   what `homestatus` says of the rooms; mode `home` (`schedule` for a whole home) puts a
//!   room back as the sample had it. Other commands answer `ok`.
//! - **Generated measurement series** for `getmeasure` and `getroommeasure` ([`series`]),
//!   honouring `date_begin`, `date_end` (`last` too), `limit`, `scale`, `optimize` (both
//!   answer shapes) and `real_time`.
//! - **OAuth2**: the bearer token is checked on every call (code 2 wrong, code 3 expired);
//!   `/oauth2/token` exchanges codes and refreshes tokens, each refresh rotating the pair and
//!   invalidating the old one; `/oauth2/authorize` redirects at once with a code.
//! - **Rate limits** on request: Netatmo's 50 per 10 s and 500 per hour, on a clock the
//!   test gives, answered with HTTP 429 and code 26 as Netatmo does; or the next `n` calls
//!   refused.
//!
//! ```no_run
//! # async fn run() {
//! let fake = netatmo_fake::FakeNetatmo::start().await;
//! // A client: base URL `fake.api_url()`, bearer token `fake.access_token()`.
//! # let _ = fake;
//! # }
//! ```

#![forbid(unsafe_code)]
#![deny(missing_docs)]

pub mod series;

use std::collections::{HashMap, VecDeque};
use std::fmt;
use std::sync::{Arc, Mutex, PoisonError};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use serde_json::{Map, Value, json};

mod server;
#[cfg(test)]
mod tests;

use server::{Answer, Incoming};

/// The application id the token endpoint accepts.
pub const CLIENT_ID: &str = "fake-client-id";
/// The application secret the token endpoint accepts.
pub const CLIENT_SECRET: &str = "fake-client-secret";

/// The scopes every token of the fake grants.
const SCOPES: &[&str] = &[
    "read_station",
    "read_thermostat",
    "write_thermostat",
    "read_camera",
    "read_homecoach",
];

macro_rules! fixture {
    ($path:literal) => {
        include_str!(concat!("../../fixtures/", $path))
    };
}

/// The answers of the read calls: (method, fixture).
const ANSWERS: &[(&str, &str)] = &[
    ("getstationsdata", fixture!("getstationsdata.json")),
    ("gethomecoachsdata", fixture!("gethomecoachsdata.json")),
    ("homesdata", fixture!("current/homesdata.json")),
    ("getevents", fixture!("current/getevents.json")),
    ("getpublicdata", fixture!("current/getpublicdata.json")),
    ("gethomedata", fixture!("camera_home_data.json")),
    (
        "getthermostatsdata",
        fixture!("thermostat_data_simple.json"),
    ),
];

/// The homes `homestatus` knows: (home id, answer).
const HOMES: &[(&str, &str)] = &[
    (
        "91763b24c43d3e344f424e8b",
        fixture!("current/homestatus_91763b24c43d3e344f424e8b.json"),
    ),
    (
        "91763b24c43d3e344f424e8c",
        fixture!("current/homestatus_91763b24c43d3e344f424e8c.json"),
    ),
];

/// Calls that change something and answer `ok` (those that change `homestatus` included).
const COMMANDS: &[&str] = &[
    "setroomthermpoint",
    "setthermmode",
    "switchhomeschedule",
    "synchomeschedule",
    "setstate",
    "setpersonsaway",
    "setpersonshome",
    "addwebhook",
    "dropwebhook",
];

/// The webhook pushes of `tests/fixtures/current/webhook/`: (name, JSON), by name.
pub fn webhook_pushes() -> Vec<(&'static str, &'static str)> {
    vec![
        (
            "NACamera-person",
            fixture!("current/webhook/NACamera-person.json"),
        ),
        (
            "NOC-light_mode",
            fixture!("current/webhook/NOC-light_mode.json"),
        ),
        (
            "device_event__modules_dimmer",
            fixture!("current/webhook/device_event__modules_dimmer.json"),
        ),
        (
            "device_event__setpoint_event",
            fixture!("current/webhook/device_event__setpoint_event.json"),
        ),
        (
            "device_event__temperature_variation_event",
            fixture!("current/webhook/device_event__temperature_variation_event.json"),
        ),
        (
            "display_change__set_point",
            fixture!("current/webhook/display_change__set_point.json"),
        ),
        (
            "display_change__setpoint_event",
            fixture!("current/webhook/display_change__setpoint_event.json"),
        ),
        (
            "home_event_changed__schedule",
            fixture!("current/webhook/home_event_changed__schedule.json"),
        ),
        (
            "home_event_changed__therm_mode",
            fixture!("current/webhook/home_event_changed__therm_mode.json"),
        ),
        (
            "webhook_activation",
            fixture!("current/webhook/webhook_activation.json"),
        ),
    ]
}

type Clock = Arc<dyn Fn() -> Instant + Send + Sync>;

/// A running fake server, on a thread of its own; it stops when this is dropped.
pub struct FakeNetatmo {
    server: server::Server,
    state: Arc<Mutex<State>>,
}

/// How a [`FakeNetatmo`] behaves: what [`FakeNetatmo::builder`] returns.
pub struct FakeBuilder {
    rate_limits: bool,
    clock: Clock,
}

impl FakeNetatmo {
    /// A fake server with the defaults: no rate limits.
    pub async fn start() -> FakeNetatmo {
        FakeNetatmo::builder().start().await
    }

    /// A builder for a fake server with rate limits or a clock of its own.
    pub fn builder() -> FakeBuilder {
        FakeBuilder {
            rate_limits: false,
            clock: Arc::new(Instant::now),
        }
    }

    /// The base URL of the API: methods are under it (`<api_url>/getstationsdata`).
    pub fn api_url(&self) -> String {
        format!("{}/api", self.server.uri())
    }

    /// The token endpoint.
    pub fn token_url(&self) -> String {
        format!("{}/oauth2/token", self.server.uri())
    }

    /// The authorization page, which redirects at once.
    pub fn authorize_url(&self) -> String {
        format!("{}/oauth2/authorize", self.server.uri())
    }

    /// The access token valid now.
    pub fn access_token(&self) -> String {
        self.state().access.clone()
    }

    /// The refresh token valid now.
    pub fn refresh_token(&self) -> String {
        self.state().refresh.clone()
    }

    /// Makes the current access token expired: calls with it get code 3 until a refresh.
    pub fn expire_access_token(&self) {
        self.state().expired = true;
    }

    /// How many calls of `method` (`getmeasure`) the server received, refused ones too.
    pub fn requests(&self, method: &str) -> usize {
        self.state().counts.get(method).copied().unwrap_or(0)
    }

    /// How many API calls the server received (the token endpoint's not counted).
    pub fn total_requests(&self) -> usize {
        self.state().counts.values().sum()
    }

    /// The next `n` API calls are refused with HTTP 429 and code 26.
    pub fn throttle_next(&self, n: usize) {
        self.state().throttle += n;
    }

    fn state(&self) -> std::sync::MutexGuard<'_, State> {
        self.state.lock().unwrap_or_else(PoisonError::into_inner)
    }
}

impl fmt::Debug for FakeNetatmo {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("FakeNetatmo")
            .field("uri", &self.server.uri())
            .finish_non_exhaustive()
    }
}

impl FakeBuilder {
    /// Enforce Netatmo's rate limits: 50 calls in any 10 s, 500 in any hour (default: off).
    pub fn rate_limits(mut self, on: bool) -> Self {
        self.rate_limits = on;
        self
    }

    /// The clock the rate limits are measured on (default: the system's).
    pub fn clock(mut self, now: impl Fn() -> Instant + Send + Sync + 'static) -> Self {
        self.clock = Arc::new(now);
        self
    }

    /// Starts the server on 127.0.0.1, on a thread of its own (so it serves blocking
    /// clients and any async runtime alike).
    ///
    /// # Panics
    /// When no port on 127.0.0.1 can be had or the thread cannot start: a test cannot go on
    /// without its server.
    pub async fn start(self) -> FakeNetatmo {
        let state = Arc::new(Mutex::new(State::new(self.rate_limits, self.clock)));
        let handler = state.clone();
        let server = server::Server::start(move |request| {
            let mut state = handler.lock().unwrap_or_else(PoisonError::into_inner);
            respond(&mut state, &request)
        })
        .unwrap_or_else(|e| panic!("the fake Netatmo server did not start: {e}"));
        FakeNetatmo { server, state }
    }
}

impl fmt::Debug for FakeBuilder {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("FakeBuilder")
            .field("rate_limits", &self.rate_limits)
            .finish_non_exhaustive()
    }
}

struct State {
    access: String,
    refresh: String,
    expired: bool,
    /// Tokens issued so far (they are numbered).
    issued: u64,
    /// Authorization codes issued so far (they are numbered too).
    codes_issued: u64,
    /// Authorization codes not yet exchanged, with their redirect URI.
    codes: HashMap<String, String>,
    counts: HashMap<String, usize>,
    throttle: usize,
    rate_limits: bool,
    clock: Clock,
    /// When the accepted calls of the last hour came.
    accepted: VecDeque<Instant>,
    /// Each home's `homestatus` answer as it is now, and as the sample had it.
    homes: HashMap<String, (Value, Value)>,
}

impl State {
    fn new(rate_limits: bool, clock: Clock) -> State {
        let homes = HOMES
            .iter()
            .filter_map(|(id, text)| {
                let answer: Value = serde_json::from_str(text).ok()?;
                Some(((*id).to_owned(), (answer.clone(), answer)))
            })
            .collect();
        let mut state = State {
            access: String::new(),
            refresh: String::new(),
            expired: false,
            issued: 0,
            codes_issued: 0,
            codes: HashMap::new(),
            counts: HashMap::new(),
            throttle: 0,
            rate_limits,
            clock,
            accepted: VecDeque::new(),
            homes,
        };
        state.rotate();
        state
    }

    /// A new pair; the old one stops working.
    fn rotate(&mut self) {
        self.issued += 1;
        let n = self.issued;
        self.access = format!(
            "5c810e9d8a1b2c3d4e5f6a7b|{:032x}",
            n.wrapping_mul(0x9e37_79b9_7f4a_7c15)
        );
        self.refresh = format!(
            "5c810e9d8a1b2c3d4e5f6a7b|{:032x}",
            n.wrapping_mul(0xc2b2_ae3d_27d4_eb4f) + 1
        );
        self.expired = false;
    }

    fn token_answer(&self) -> Answer {
        json_answer(
            200,
            &json!({
                "access_token": self.access,
                "refresh_token": self.refresh,
                "scope": SCOPES,
                "expires_in": 10800,
                "expire_in": 10800,
            }),
        )
    }

    /// Whether a call now keeps both limits; counts it if so.
    fn within_limits(&mut self) -> bool {
        if !self.rate_limits {
            return true;
        }
        let now = (self.clock)();
        while self
            .accepted
            .front()
            .is_some_and(|&t| now.saturating_duration_since(t) >= Duration::from_secs(3600))
        {
            self.accepted.pop_front();
        }
        let in_10s = self
            .accepted
            .iter()
            .rev()
            .take_while(|&&t| now.saturating_duration_since(t) < Duration::from_secs(10))
            .count();
        if in_10s >= 50 || self.accepted.len() >= 500 {
            return false;
        }
        self.accepted.push_back(now);
        true
    }
}

fn respond(state: &mut State, request: &Incoming) -> Answer {
    let params = params(request);
    let path = request.path.as_str();
    match path {
        "/oauth2/token" => token(state, &params),
        "/oauth2/authorize" => authorize(state, &params),
        _ => match path.strip_prefix("/api/") {
            Some(method) => api(state, method, request, &params),
            None => api_error(404, 21, &format!("no such endpoint: {path}")),
        },
    }
}

/// The request's parameters: its query, and its form body.
fn params(request: &Incoming) -> HashMap<String, String> {
    let mut params: HashMap<String, String> = url::form_urlencoded::parse(request.query.as_bytes())
        .into_owned()
        .collect();
    let form = request
        .header("content-type")
        .is_some_and(|t| t.starts_with("application/x-www-form-urlencoded"));
    if form {
        params.extend(url::form_urlencoded::parse(&request.body).into_owned());
    }
    params
}

fn token(state: &mut State, params: &HashMap<String, String>) -> Answer {
    let flat = |error: &str| json_answer(400, &json!({ "error": error }));
    let get = |name: &str| params.get(name).map(String::as_str);
    if get("client_id") != Some(CLIENT_ID) || get("client_secret") != Some(CLIENT_SECRET) {
        return flat("invalid_client");
    }
    match get("grant_type") {
        Some("refresh_token") => {
            if get("refresh_token") != Some(state.refresh.as_str()) {
                return flat("invalid_grant");
            }
            state.rotate();
            state.token_answer()
        }
        Some("authorization_code") => {
            let code = get("code").unwrap_or("");
            match state.codes.remove(code) {
                Some(redirect) if get("redirect_uri") == Some(redirect.as_str()) => {
                    state.rotate();
                    state.token_answer()
                }
                _ => flat("invalid_grant"),
            }
        }
        _ => flat("unsupported_grant_type"),
    }
}

fn authorize(state: &mut State, params: &HashMap<String, String>) -> Answer {
    if params.get("client_id").map(String::as_str) != Some(CLIENT_ID) {
        return json_answer(400, &json!({ "error": "invalid_client" }));
    }
    let Some(redirect) = params.get("redirect_uri") else {
        return json_answer(400, &json!({ "error": "invalid_request" }));
    };
    state.codes_issued += 1;
    let code = format!(
        "{:024x}",
        state.codes_issued.wrapping_mul(0x2545_f491_4f6c_dd1d)
    );
    state.codes.insert(code.clone(), redirect.clone());
    let mut query = url::form_urlencoded::Serializer::new(String::new());
    query.append_pair("code", &code);
    if let Some(s) = params.get("state") {
        query.append_pair("state", s);
    }
    let separator = if redirect.contains('?') { '&' } else { '?' };
    Answer::redirect(format!("{redirect}{separator}{}", query.finish()))
}

fn api(
    state: &mut State,
    method: &str,
    request: &Incoming,
    params: &HashMap<String, String>,
) -> Answer {
    *state.counts.entry(method.to_owned()).or_default() += 1;
    let bearer = request
        .header("authorization")
        .and_then(|v| v.strip_prefix("Bearer "));
    match bearer {
        None => return api_error(403, 1, "Access token is missing"),
        Some(token) if token != state.access => return api_error(403, 2, "Invalid access token"),
        Some(_) if state.expired => return api_error(403, 3, "Access token expired"),
        Some(_) => {}
    }
    if state.throttle > 0 {
        state.throttle -= 1;
        return api_error(429, 26, "User usage reached");
    }
    if !state.within_limits() {
        return api_error(429, 26, "User usage reached");
    }
    let get = |name: &str| params.get(name).map(String::as_str);
    if let Some((_, text)) = ANSWERS.iter().find(|(m, _)| *m == method) {
        return raw_answer(text);
    }
    match method {
        "homestatus" => {
            let home = get("home_id").unwrap_or("");
            match state.homes.get(home) {
                Some((now, _)) => json_answer(200, now),
                None => api_error(404, 9, "Home not found"),
            }
        }
        "getmeasure" => measure(params, false),
        "getroommeasure" => measure(params, true),
        "setroomthermpoint" => set_room(state, params),
        "setthermmode" => set_mode(state, params),
        _ if COMMANDS.contains(&method) => ok(),
        _ => api_error(404, 21, &format!("Unknown method {method}")),
    }
}

fn unix_now() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() as i64)
}

fn envelope(body: Value) -> Value {
    json!({ "body": body, "status": "ok", "time_exec": 0.012, "time_server": unix_now() })
}

fn ok() -> Answer {
    json_answer(
        200,
        &json!({ "status": "ok", "time_exec": 0.012, "time_server": unix_now() }),
    )
}

fn json_answer(status: u16, value: &Value) -> Answer {
    Answer::json(status, value.to_string().into_bytes())
}

fn raw_answer(text: &'static str) -> Answer {
    Answer::json(200, text.as_bytes().to_vec())
}

fn api_error(status: u16, code: i64, message: &str) -> Answer {
    json_answer(
        status,
        &json!({ "error": { "code": code, "message": message } }),
    )
}

/// `getmeasure` (`room`: `getroommeasure`): a page of the series.
fn measure(params: &HashMap<String, String>, room: bool) -> Answer {
    let get = |name: &str| params.get(name).map(String::as_str);
    let required: &[&str] = if room {
        &["home_id", "room_id", "scale", "type"]
    } else {
        &["device_id", "scale", "type"]
    };
    if let Some(missing) = required
        .iter()
        .find(|name| get(name).is_none_or(str::is_empty))
    {
        return api_error(400, 21, &format!("Missing parameter: {missing}"));
    }
    let scale = get("scale").unwrap_or("");
    if !series::known_scale(scale) {
        return api_error(400, 21, &format!("Invalid scale: {scale}"));
    }
    let limit = match get("limit").map(str::parse::<usize>) {
        None => 1024,
        Some(Ok(n)) if (1..=1024).contains(&n) => n,
        Some(_) => return api_error(400, 21, "limit must be 1 to 1024"),
    };
    let flag = |name: &str, default: bool| match get(name) {
        Some("true" | "1") => Ok(true),
        Some("false" | "0") => Ok(false),
        None => Ok(default),
        Some(other) => Err(format!("{name}: not a boolean: {other}")),
    };
    let (optimize, real_time) = match (flag("optimize", true), flag("real_time", false)) {
        (Ok(o), Ok(r)) => (o, r),
        (Err(message), _) | (_, Err(message)) => return api_error(400, 21, &message),
    };
    let now = unix_now();
    let (end, last) = match get("date_end") {
        None => (now, false),
        Some("last") => (now, true),
        Some(t) => match t.parse() {
            Ok(t) => (t, false),
            Err(_) => return api_error(400, 21, "date_end: not a timestamp"),
        },
    };
    let begin = match get("date_begin").map(str::parse::<i64>) {
        None => 0,
        Some(Ok(t)) => t,
        Some(Err(_)) => return api_error(400, 21, "date_begin: not a timestamp"),
    };
    let types: Vec<&str> = get("type")
        .unwrap_or("")
        .split(',')
        .map(str::trim)
        .collect();
    let seed = if room {
        series::seed(&[get("home_id").unwrap_or(""), get("room_id").unwrap_or("")])
    } else {
        series::seed(&[
            get("device_id").unwrap_or(""),
            get("module_id").unwrap_or(""),
        ])
    };
    let rows: Vec<(i64, Vec<Option<f64>>)> = if last {
        series::last_row(seed, scale, &types, now)
            .into_iter()
            .map(|(start, length, values)| (stamp(scale, start, length, real_time), values))
            .collect()
    } else {
        series::rows(seed, scale, &types, begin, end, limit)
            .map(|(start, length, values)| (stamp(scale, start, length, real_time), values))
            .collect()
    };
    let number = |v: &Option<f64>| match v {
        None => Value::Null,
        Some(v) if v.fract() == 0.0 && v.abs() < 1e15 => json!(*v as i64),
        Some(v) => json!(v),
    };
    let row = |values: &[Option<f64>]| Value::Array(values.iter().map(number).collect());
    let body = if optimize {
        let mut blocks: Vec<Value> = Vec::new();
        let mut current: Option<(i64, Option<i64>, i64, Vec<Value>)> = None;
        for (t, values) in &rows {
            match &mut current {
                Some((_, step, last, values_so_far)) if step.is_none_or(|s| t - *last == s) => {
                    *step = Some(t - *last);
                    *last = *t;
                    values_so_far.push(row(values));
                }
                _ => {
                    blocks.extend(current.take().map(block));
                    current = Some((*t, None, *t, vec![row(values)]));
                }
            }
        }
        blocks.extend(current.map(block));
        Value::Array(blocks)
    } else {
        let mut map = Map::new();
        for (t, values) in &rows {
            map.insert(t.to_string(), row(values));
        }
        Value::Object(map)
    };
    json_answer(200, &envelope(body))
}

/// A block of `optimize=true`: one row needs no `step_time`.
fn block((beg_time, step, _, values): (i64, Option<i64>, i64, Vec<Value>)) -> Value {
    let mut block = Map::new();
    block.insert("beg_time".into(), json!(beg_time));
    if let Some(step) = step {
        block.insert("step_time".into(), json!(step));
    }
    block.insert("value".into(), Value::Array(values));
    Value::Object(block)
}

/// The time an answer gives a row: its interval's start, or (aggregated scales without
/// `real_time`) its middle.
fn stamp(scale: &str, start: i64, length: i64, real_time: bool) -> i64 {
    if real_time || scale == "max" {
        start
    } else {
        start + length / 2
    }
}

fn set_room(state: &mut State, params: &HashMap<String, String>) -> Answer {
    let get = |name: &str| params.get(name).map(String::as_str);
    let (Some(home), Some(room), Some(mode)) = (get("home_id"), get("room_id"), get("mode")) else {
        return api_error(
            400,
            21,
            "Missing parameter: home_id, room_id and mode are required",
        );
    };
    let Some((now, original)) = state.homes.get_mut(home) else {
        return api_error(404, 9, "Home not found");
    };
    let Some(target) = rooms_mut(now).and_then(|rooms| rooms.iter_mut().find(|r| r["id"] == room))
    else {
        return api_error(400, 21, &format!("Invalid room id: {room}"));
    };
    match mode {
        "manual" => {
            let Some(temp) = get("temp").and_then(|t| t.parse::<f64>().ok()) else {
                return api_error(400, 21, "manual needs temp");
            };
            target["therm_setpoint_mode"] = json!("manual");
            target["therm_setpoint_temperature"] = json!(temp);
            set_end(target, get("endtime"));
        }
        "max" => {
            target["therm_setpoint_mode"] = json!("max");
            target["therm_setpoint_temperature"] = json!(30);
            set_end(target, get("endtime"));
        }
        "home" => {
            let before = rooms_mut(original)
                .and_then(|rooms| rooms.iter_mut().find(|r| r["id"] == room))
                .cloned();
            if let Some(before) = before {
                *target = before;
            }
        }
        other => return api_error(400, 21, &format!("Invalid mode: {other}")),
    }
    ok()
}

fn set_end(room: &mut Value, endtime: Option<&str>) {
    match endtime.and_then(|t| t.parse::<i64>().ok()) {
        Some(end) => room["therm_setpoint_end_time"] = json!(end),
        None => {
            if let Some(room) = room.as_object_mut() {
                room.remove("therm_setpoint_end_time");
            }
        }
    }
}

fn set_mode(state: &mut State, params: &HashMap<String, String>) -> Answer {
    let get = |name: &str| params.get(name).map(String::as_str);
    let (Some(home), Some(mode)) = (get("home_id"), get("mode")) else {
        return api_error(400, 21, "Missing parameter: home_id and mode are required");
    };
    let Some((now, original)) = state.homes.get_mut(home) else {
        return api_error(404, 9, "Home not found");
    };
    match mode {
        "schedule" => *now = original.clone(),
        "away" | "hg" => {
            for room in rooms_mut(now).into_iter().flatten() {
                room["therm_setpoint_mode"] = json!(mode);
                set_end(room, get("endtime"));
            }
        }
        other => return api_error(400, 21, &format!("Invalid mode: {other}")),
    }
    ok()
}

fn rooms_mut(answer: &mut Value) -> Option<&mut Vec<Value>> {
    answer
        .get_mut("body")?
        .get_mut("home")?
        .get_mut("rooms")?
        .as_array_mut()
}
