//! Measurement history over any range: [`Client::measure_history`] (a station's or
//! module's, through `getmeasure`) and [`Client::room_history`] (a room's, through
//! `getroommeasure`) page through a range of any length and give its [`Row`]s as a
//! stream, one page in memory at a time.
//!
//! The service answers at most 1,024 rows a request. The history asks for the range from
//! its start, then again from just after the last row each answer had, until an answer
//! reaches the end of the range or has fewer rows than a page holds (the service has no
//! more). Rows come in time order, each once, whichever shape the service answers in
//! (blocks of equally spaced rows, or rows keyed by their timestamp), with `None` for a
//! value the service has not.
//!
//! Rows are stamped with the start of their interval (the requests ask for `real_time`):
//! that keeps the intervals of one page aligned with those of the next. Give the client a
//! [`Budget`](crate::runtime::Budget) and a long export spaces its requests to stay within
//! the rate limits instead of failing half way with code 26.
//!
//! ```no_run
//! # async fn run(client: netatmo_api::Client) -> Result<(), netatmo_api::Error> {
//! use std::future::poll_fn;
//! use std::pin::Pin;
//! use futures_core::Stream;
//!
//! let mut rows = client
//!     .measure_history("70:ee:50:00:00:01", "30min", ["Temperature", "Humidity"])
//!     .range(1_700_000_000..=1_731_536_000)
//!     .rows();
//! while let Some(row) = poll_fn(|cx| Pin::new(&mut rows).poll_next(cx)).await {
//!     let row = row?;
//!     println!("{}: {:?}", row.time, row.values);
//! }
//! # Ok(())
//! # }
//! ```
//!
//! (With `futures::StreamExt` in scope, `rows.next().await` reads the same.)

use std::collections::VecDeque;
use std::future::Future;
use std::ops::{Bound, RangeBounds};
use std::pin::Pin;
use std::task::{Context, Poll};
use std::time::{SystemTime, UNIX_EPOCH};

use futures_core::Stream;

use crate::models::{MeasureBody, MeasureScale, MeasureType, RoomMeasureType};
use crate::{Client, Error};

/// The most rows the service gives in one answer.
pub const MAX_PAGE: u16 = 1024;

/// One row of a history: a time and one value per measurement type, in the order asked
/// (`None` when the service has no value of that type then).
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    /// Start of the row's interval (for the `max` scale, the time of the measurement), in
    /// Unix seconds.
    pub time: i64,
    /// The values, in the order of the types asked for.
    pub values: Vec<Option<f64>>,
}

/// What a history is of, and how the service is asked: shared by both builders.
#[derive(Debug, Clone)]
struct Query {
    source: Source,
    scale: MeasureScale,
    types: Vec<String>,
    begin: i64,
    end: Option<i64>,
    optimize: bool,
    page: u16,
}

#[derive(Debug, Clone)]
enum Source {
    Device {
        device_id: String,
        module_id: Option<String>,
    },
    Room {
        home_id: String,
        room_id: String,
    },
}

impl Query {
    fn new(source: Source, scale: MeasureScale, types: Vec<String>) -> Query {
        Query {
            source,
            scale,
            types,
            begin: 0,
            end: None,
            optimize: true,
            page: MAX_PAGE,
        }
    }

    fn range(&mut self, range: impl RangeBounds<i64>) {
        self.begin = match range.start_bound() {
            Bound::Included(&t) => t,
            Bound::Excluded(&t) => t.saturating_add(1),
            Bound::Unbounded => 0,
        };
        self.end = match range.end_bound() {
            Bound::Included(&t) => Some(t),
            Bound::Excluded(&t) => Some(t.saturating_sub(1)),
            Bound::Unbounded => None,
        };
    }

    fn rows(self, client: Client) -> Rows {
        let end = self.end.unwrap_or_else(unix_now);
        let check = if self.types.is_empty() {
            Err("no measurement type asked for".to_owned())
        } else if !self.scale.is_known() {
            Err(format!(
                "scale `{}` is not one the service knows",
                self.scale
            ))
        } else if !(1..=MAX_PAGE).contains(&self.page) {
            Err(format!(
                "a page holds 1 to {MAX_PAGE} rows, not {}",
                self.page
            ))
        } else {
            Ok(())
        };
        Rows {
            client,
            next_begin: self.begin,
            query: self,
            end,
            last: None,
            buffered: VecDeque::new(),
            pending: None,
            state: match check {
                Ok(()) => State::More,
                Err(message) => State::Invalid(message),
            },
            requests: 0,
        }
    }

    /// The request for the page that starts at `begin`.
    fn page_at(
        &self,
        client: &Client,
        begin: i64,
        end: i64,
    ) -> impl Future<Output = Result<MeasureBody, Error>> + Send + 'static {
        let limit = i32::from(self.page);
        let client = client.clone();
        let query = self.clone();
        async move {
            match &query.source {
                Source::Device {
                    device_id,
                    module_id,
                } => {
                    let types = query.types.iter().map(|t| MeasureType::from(t.as_str()));
                    let mut request = client
                        .get_measure(device_id.as_str(), query.scale.clone(), types)
                        .date_begin(begin)
                        .date_end(end.to_string())
                        .limit(limit)
                        .optimize(query.optimize)
                        .real_time(true);
                    if let Some(module_id) = module_id {
                        request = request.module_id(module_id.as_str());
                    }
                    request.send().await
                }
                Source::Room { home_id, room_id } => {
                    let types = query
                        .types
                        .iter()
                        .map(|t| RoomMeasureType::from(t.as_str()));
                    client
                        .get_room_measure(
                            home_id.as_str(),
                            room_id.as_str(),
                            query.scale.clone(),
                            types,
                        )
                        .date_begin(begin)
                        .date_end(end)
                        .limit(limit)
                        .optimize(query.optimize)
                        .real_time(true)
                        .send()
                        .await
                }
            }
        }
    }

    /// Seconds between rows of this scale when they do not depend on the calendar.
    fn fixed_step(&self) -> Option<i64> {
        match self.scale.as_str() {
            "30min" => Some(1800),
            "1hour" => Some(3600),
            "3hours" => Some(3 * 3600),
            _ => None,
        }
    }

    /// Where the page after one whose last row is at `last` starts. Sub-daily intervals
    /// start where the request does: the next one starts a step after the last. Raw
    /// measurements and calendar intervals (days, weeks, months) do not depend on it: just
    /// after the last row.
    fn next_begin(&self, last: i64) -> i64 {
        last.saturating_add(self.fixed_step().unwrap_or(1))
    }
}

fn unix_now() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() as i64)
}

/// The rows of an answer, in time order, whatever its shape.
fn rows_of(body: MeasureBody, query: &Query) -> Result<Vec<Row>, Error> {
    let mut rows = Vec::new();
    match body {
        MeasureBody::Blocks(blocks) => {
            for (i, block) in blocks.into_iter().enumerate() {
                let step = match (block.step_time, block.value.len()) {
                    (Some(step), _) => step,
                    // One row needs no step.
                    (None, 0 | 1) => 0,
                    // As other clients do: the scale's own step, when it has one.
                    (None, _) => query.fixed_step().ok_or_else(|| {
                        Error::unusable_answer(
                            format!("body[{i}]"),
                            format!(
                                "a block of {} rows without `step_time` at scale `{}`: the rows' times are unknown",
                                block.value.len(),
                                query.scale
                            ),
                        )
                    })?,
                };
                for (k, values) in block.value.into_iter().enumerate() {
                    let time = block.beg_time.saturating_add(step.saturating_mul(k as i64));
                    rows.push(Row { time, values });
                }
            }
        }
        MeasureBody::ByTimestamp(map) => {
            for (key, values) in map {
                let time = key.trim().parse::<i64>().map_err(|_| {
                    Error::unusable_answer(format!("body.{key}"), "a key that is not a timestamp")
                })?;
                rows.push(Row { time, values });
            }
        }
    }
    // Keys sort as text ("999" after "1000"), and blocks need not come in order.
    rows.sort_by_key(|row| row.time);
    Ok(rows)
}

/// The history of a station or module: what [`Client::measure_history`] returns. Set the
/// range and options, then read its [`rows`](MeasureHistory::rows).
#[derive(Debug, Clone)]
#[must_use = "a history does nothing until its rows are read"]
pub struct MeasureHistory<C = Client> {
    client: C,
    query: Query,
}

/// The history of a room: what [`Client::room_history`] returns. Set the range and
/// options, then read its [`rows`](RoomHistory::rows).
#[derive(Debug, Clone)]
#[must_use = "a history does nothing until its rows are read"]
pub struct RoomHistory<C = Client> {
    client: C,
    query: Query,
}

macro_rules! common_options {
    ($builder:ident) => {
        impl<C> $builder<C> {
            /// The range, in Unix seconds: `begin..=end`, `begin..end`, `begin..` (until
            /// now). Without one: everything until now.
            pub fn range(mut self, range: impl RangeBounds<i64>) -> Self {
                self.query.range(range);
                self
            }

            /// Whether the service answers in blocks of equally spaced rows (`true`, the
            /// default: smaller answers) or row by row, keyed by time. The rows are the same.
            pub fn optimize(mut self, optimize: bool) -> Self {
                self.query.optimize = optimize;
                self
            }

            /// How many rows one request asks for: 1 to [`MAX_PAGE`] (the default). Fewer
            /// means more requests.
            pub fn page_size(mut self, rows: u16) -> Self {
                self.query.page = rows;
                self
            }
        }

        impl $builder<Client> {
            /// The rows, as a stream that sends a request whenever its page is used up.
            /// An error ends it (the rows before it were good).
            pub fn rows(self) -> Rows {
                self.query.rows(self.client)
            }
        }
    };
}

common_options!(MeasureHistory);
common_options!(RoomHistory);

impl<C> MeasureHistory<C> {
    /// The measurements of this module of the station (its weather modules, a
    /// thermostat), rather than of the station's main device.
    pub fn module_id(mut self, module_id: impl Into<String>) -> Self {
        if let Source::Device { module_id: m, .. } = &mut self.query.source {
            *m = Some(module_id.into());
        }
        self
    }
}

impl Client {
    /// The history of a station's (`device_id`) or one of its modules' measurements of
    /// `types` at `scale`, over a range of any length: see [`history`](crate::history).
    /// Needs the scope `read_station` (or `read_thermostat` for a thermostat).
    pub fn measure_history(
        &self,
        device_id: impl Into<String>,
        scale: impl Into<MeasureScale>,
        types: impl IntoIterator<Item = impl Into<MeasureType>>,
    ) -> MeasureHistory {
        MeasureHistory {
            client: self.clone(),
            query: Query::new(
                Source::Device {
                    device_id: device_id.into(),
                    module_id: None,
                },
                scale.into(),
                types
                    .into_iter()
                    .map(|t| t.into().as_str().to_owned())
                    .collect(),
            ),
        }
    }

    /// The history of a room's measurements of `types` (`temperature`, `sp_temperature`...)
    /// at `scale`, over a range of any length: see [`history`](crate::history). Needs the
    /// scope `read_thermostat`.
    pub fn room_history(
        &self,
        home_id: impl Into<String>,
        room_id: impl Into<String>,
        scale: impl Into<MeasureScale>,
        types: impl IntoIterator<Item = impl Into<RoomMeasureType>>,
    ) -> RoomHistory {
        RoomHistory {
            client: self.clone(),
            query: Query::new(
                Source::Room {
                    home_id: home_id.into(),
                    room_id: room_id.into(),
                },
                scale.into(),
                types
                    .into_iter()
                    .map(|t| t.into().as_str().to_owned())
                    .collect(),
            ),
        }
    }
}

type Page = Pin<Box<dyn Future<Output = Result<MeasureBody, Error>> + Send>>;

enum State {
    /// More pages may follow.
    More,
    /// The last page is in.
    Done,
    /// Bad options: the first poll says so, then the stream ends.
    Invalid(String),
}

/// The rows of a history, in time order: a [`Stream`] that holds at most one page.
pub struct Rows {
    client: Client,
    query: Query,
    end: i64,
    /// Where the next page starts.
    next_begin: i64,
    /// The time of the last row given (no row at or before it is given again).
    last: Option<i64>,
    buffered: VecDeque<Row>,
    pending: Option<Page>,
    state: State,
    requests: u64,
}

impl Rows {
    /// How many requests the stream has sent so far.
    pub fn requests(&self) -> u64 {
        self.requests
    }

    /// Takes in an answer: its new rows in range, and where the next page starts.
    fn take_page(&mut self, body: MeasureBody) -> Result<(), Error> {
        let rows = rows_of(body, &self.query)?;
        let asked_from = self.next_begin;
        let latest = rows.last().map(|row| row.time);
        let full = rows.len() >= usize::from(self.query.page);
        for row in rows {
            let new = self.last.is_none_or(|last| row.time > last);
            if new && row.time >= self.query.begin && row.time <= self.end {
                self.last = Some(row.time);
                self.buffered.push_back(row);
            }
        }
        match latest {
            // A full page that ends inside the range: more may follow.
            Some(latest) if full && latest < self.end && latest >= asked_from => {
                self.next_begin = self.query.next_begin(latest);
                if self.next_begin > self.end {
                    self.state = State::Done;
                }
            }
            _ => self.state = State::Done,
        }
        Ok(())
    }
}

impl Stream for Rows {
    type Item = Result<Row, Error>;

    fn poll_next(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        let this = self.get_mut();
        loop {
            if let Some(row) = this.buffered.pop_front() {
                return Poll::Ready(Some(Ok(row)));
            }
            if let State::Invalid(message) = &this.state {
                let error = Error::InvalidRequest {
                    message: format!("history: {message}"),
                };
                this.state = State::Done;
                return Poll::Ready(Some(Err(error)));
            }
            if let Some(page) = &mut this.pending {
                let answer = match page.as_mut().poll(cx) {
                    Poll::Pending => return Poll::Pending,
                    Poll::Ready(answer) => answer,
                };
                this.pending = None;
                if let Err(error) = answer.and_then(|body| this.take_page(body)) {
                    this.state = State::Done;
                    return Poll::Ready(Some(Err(error)));
                }
                continue;
            }
            match this.state {
                State::Done | State::Invalid(_) => return Poll::Ready(None),
                State::More if this.next_begin > this.end => {
                    this.state = State::Done;
                }
                State::More => {
                    this.requests += 1;
                    this.pending = Some(Box::pin(this.query.page_at(
                        &this.client,
                        this.next_begin,
                        this.end,
                    )));
                }
            }
        }
    }
}

impl std::fmt::Debug for Rows {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Rows")
            .field("query", &self.query)
            .field("end", &self.end)
            .field("next_begin", &self.next_begin)
            .field("buffered", &self.buffered.len())
            .field("requests", &self.requests)
            .finish_non_exhaustive()
    }
}

#[cfg(feature = "blocking")]
mod blocking {
    use super::*;
    use crate::blocking::Client;

    macro_rules! blocking_rows {
        ($builder:ident) => {
            impl $builder<Client> {
                /// The rows, read one page at a time, each request blocking the thread.
                pub fn rows(self) -> BlockingRows {
                    BlockingRows {
                        rows: self.query.rows(self.client.as_async().clone()),
                        client: self.client,
                        failed: false,
                    }
                }
            }
        };
    }

    blocking_rows!(MeasureHistory);
    blocking_rows!(RoomHistory);

    /// The rows of a history for a program without async: an [`Iterator`] that holds at
    /// most one page.
    #[derive(Debug)]
    pub struct BlockingRows {
        client: Client,
        rows: Rows,
        failed: bool,
    }

    impl BlockingRows {
        /// How many requests it has sent so far.
        pub fn requests(&self) -> u64 {
            self.rows.requests()
        }
    }

    impl Iterator for BlockingRows {
        type Item = Result<Row, Error>;

        fn next(&mut self) -> Option<Self::Item> {
            let rows = &mut self.rows;
            let next = std::future::poll_fn(|cx| Pin::new(&mut *rows).poll_next(cx));
            match self.client.block_on(async { Ok(next.await) }) {
                Ok(item) => item,
                // Not even sent (called inside a runtime): once, then the rows end.
                Err(error) if !self.failed => {
                    self.failed = true;
                    Some(Err(error))
                }
                Err(_) => None,
            }
        }
    }

    impl Client {
        /// As the async [`measure_history`](crate::Client::measure_history); its rows are
        /// an iterator.
        pub fn measure_history(
            &self,
            device_id: impl Into<String>,
            scale: impl Into<MeasureScale>,
            types: impl IntoIterator<Item = impl Into<MeasureType>>,
        ) -> MeasureHistory<Client> {
            let history = self.as_async().measure_history(device_id, scale, types);
            MeasureHistory {
                client: self.clone(),
                query: history.query,
            }
        }

        /// As the async [`room_history`](crate::Client::room_history); its rows are an
        /// iterator.
        pub fn room_history(
            &self,
            home_id: impl Into<String>,
            room_id: impl Into<String>,
            scale: impl Into<MeasureScale>,
            types: impl IntoIterator<Item = impl Into<RoomMeasureType>>,
        ) -> RoomHistory<Client> {
            let history = self.as_async().room_history(home_id, room_id, scale, types);
            RoomHistory {
                client: self.clone(),
                query: history.query,
            }
        }
    }
}

#[cfg(feature = "blocking")]
pub use blocking::BlockingRows;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::models::MeasureBlock;

    fn query(scale: &str) -> Query {
        Query::new(
            Source::Device {
                device_id: "d".into(),
                module_id: None,
            },
            scale.into(),
            vec!["Temperature".into()],
        )
    }

    #[test]
    fn blocks_without_a_step_take_the_scales_own_or_fail_clearly() {
        let block = |beg, step, n: usize| {
            let mut b = MeasureBlock::new(beg, vec![vec![Some(1.0)]; n]);
            b.step_time = step;
            b
        };
        let body = MeasureBody::Blocks(vec![block(3600, None, 2), block(0, Some(600), 2)]);
        let times: Vec<i64> = rows_of(body, &query("30min"))
            .expect("reads")
            .iter()
            .map(|r| r.time)
            .collect();
        assert_eq!(times, [0, 600, 3600, 5400]);
        let body = MeasureBody::Blocks(vec![block(0, None, 1), block(10, None, 3)]);
        let err = rows_of(body, &query("max")).expect_err("times unknown");
        assert!(err.to_string().contains("body[1]"), "{err}");
    }

    #[test]
    fn timestamp_keys_sort_as_numbers() {
        let mut map = crate::models::MeasureByTimestamp::new();
        for t in ["1000", "999", "10000"] {
            map.insert(t.to_owned(), vec![None]);
        }
        let times: Vec<i64> = rows_of(MeasureBody::ByTimestamp(map), &query("max"))
            .expect("reads")
            .iter()
            .map(|r| r.time)
            .collect();
        assert_eq!(times, [999, 1000, 10000]);
        let mut bad = crate::models::MeasureByTimestamp::new();
        bad.insert("soon".to_owned(), vec![None]);
        assert!(rows_of(MeasureBody::ByTimestamp(bad), &query("max")).is_err());
    }

    #[test]
    fn ranges_of_every_kind() {
        let mut q = query("max");
        q.range(10..20);
        assert_eq!((q.begin, q.end), (10, Some(19)));
        q.range(..=5);
        assert_eq!((q.begin, q.end), (0, Some(5)));
        q.range(7..);
        assert_eq!((q.begin, q.end), (7, None));
    }

    #[test]
    fn the_next_page_starts_on_the_grid_of_the_last() {
        assert_eq!(query("30min").next_begin(1000), 2800);
        assert_eq!(query("max").next_begin(1000), 1001);
        assert_eq!(query("1month").next_begin(1000), 1001);
    }
}
