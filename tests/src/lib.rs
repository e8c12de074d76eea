//! Helpers shared by the integration tests in `tests/`.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use serde_json::Value;

pub mod mutate;

/// The workspace root.
pub fn workspace_root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("tests/ is inside the workspace")
}

/// A file of the workspace (`spec/netatmo.yaml`, `tests/specs/store.yaml`), as text.
pub fn read(path: &str) -> String {
    std::fs::read_to_string(workspace_root().join(path))
        .unwrap_or_else(|e| panic!("{path} is not readable: {e}"))
}

/// The workspace's overlays (`spec/overlays/`), as text, in the order they apply.
pub fn overlays() -> Vec<String> {
    xtask::workspace::overlay_texts(workspace_root())
}

/// `texts` as the `&[&str]` that `codegen::generate` and `codegen::model` take.
pub fn strs(texts: &[String]) -> Vec<&str> {
    texts.iter().map(String::as_str).collect()
}

/// A file of `tests/fixtures/` (real Netatmo responses; see `tests/fixtures/SOURCES.md`).
pub fn fixture_path(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("fixtures")
        .join(name)
}

/// A JSON fixture, parsed.
pub fn fixture(name: &str) -> Value {
    let text = std::fs::read_to_string(fixture_path(name)).expect("the fixture is readable");
    serde_json::from_str(&text).expect("the fixture is JSON")
}

/// Equality of JSON values as JSON means it: objects regardless of key order, numbers by
/// value (`27` and `27.0` are the same number; JSON has one number type).
pub fn same_json(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Number(x), Value::Number(y)) => x.as_f64() == y.as_f64(),
        (Value::Array(x), Value::Array(y)) => {
            x.len() == y.len() && x.iter().zip(y).all(|(x, y)| same_json(x, y))
        }
        (Value::Object(x), Value::Object(y)) => {
            x.len() == y.len()
                && x.iter()
                    .all(|(k, v)| y.get(k).is_some_and(|w| same_json(v, w)))
        }
        _ => a == b,
    }
}

/// Where two JSON values first differ, as a JSON pointer, for failure messages.
pub fn first_difference(a: &Value, b: &Value, at: &str) -> Option<String> {
    match (a, b) {
        (Value::Array(x), Value::Array(y)) if x.len() == y.len() => x
            .iter()
            .zip(y)
            .enumerate()
            .find_map(|(i, (x, y))| first_difference(x, y, &format!("{at}/{i}"))),
        (Value::Object(x), Value::Object(y)) => {
            let missing = x
                .keys()
                .chain(y.keys())
                .find(|k| !x.contains_key(*k) || !y.contains_key(*k));
            if let Some(k) = missing {
                return Some(format!("{at}/{k} (present on one side only)"));
            }
            x.iter()
                .find_map(|(k, v)| first_difference(v, &y[k], &format!("{at}/{k}")))
        }
        _ if same_json(a, b) => None,
        _ => Some(format!("{at}: {a} vs {b}")),
    }
}

/// Collects everything `tracing` is given on the thread that installed it: span names and
/// fields, event targets, fields and messages, one line each (`event
/// codegen_runtime::tolerant message=... field=...`).
///
/// One global subscriber routes each thread's events to that thread's capture. (A
/// thread-local default subscriber per test, `set_default`, loses events now and then: a
/// callsite first reached by another test's thread while no subscriber is interested caches
/// "never", a known race of `tracing`'s interest cache. The global one is interested in
/// every callsite, so none is ever cached off.)
#[derive(Debug, Clone, Default)]
pub struct Capture(Arc<Mutex<String>>);

thread_local! {
    static CURRENT: std::cell::RefCell<Option<Arc<Mutex<String>>>> = const { std::cell::RefCell::new(None) };
}

/// Until dropped, the current thread's events go to a [`Capture`].
#[derive(Debug)]
pub struct CaptureGuard(Option<Arc<Mutex<String>>>);

impl Drop for CaptureGuard {
    fn drop(&mut self) {
        let previous = self.0.take();
        CURRENT.with(|current| *current.borrow_mut() = previous);
    }
}

impl Capture {
    /// Makes this the capture of the current thread until the guard is dropped.
    pub fn install(&self) -> CaptureGuard {
        static ROUTER: std::sync::Once = std::sync::Once::new();
        ROUTER.call_once(|| {
            tracing::subscriber::set_global_default(Router)
                .expect("no other global subscriber in the tests");
        });
        let previous = CURRENT.with(|current| current.borrow_mut().replace(self.0.clone()));
        CaptureGuard(previous)
    }

    /// What was collected so far.
    pub fn text(&self) -> String {
        self.0.lock().expect("not poisoned").clone()
    }

    /// The lines of the events collected so far.
    pub fn events(&self) -> Vec<String> {
        self.text()
            .lines()
            .filter(|line| line.starts_with("event "))
            .map(str::to_owned)
            .collect()
    }
}

/// The global subscriber: writes to the current thread's capture, if it has one.
struct Router;

fn with_current(f: impl FnOnce(&mut String)) {
    CURRENT.with(|current| {
        if let Some(out) = current.borrow().as_ref() {
            f(&mut out.lock().expect("not poisoned"));
        }
    });
}

struct Fields<'a>(&'a mut String);

impl tracing::field::Visit for Fields<'_> {
    fn record_debug(&mut self, field: &tracing::field::Field, value: &dyn std::fmt::Debug) {
        let _ = write!(self.0, " {}={value:?}", field.name());
    }
    fn record_str(&mut self, field: &tracing::field::Field, value: &str) {
        let _ = write!(self.0, " {}={value}", field.name());
    }
}

impl tracing::Subscriber for Router {
    fn register_callsite(
        &self,
        _: &'static tracing::Metadata<'static>,
    ) -> tracing::subscriber::Interest {
        tracing::subscriber::Interest::sometimes()
    }
    fn enabled(&self, _: &tracing::Metadata<'_>) -> bool {
        CURRENT.with(|current| current.borrow().is_some())
    }
    fn new_span(&self, span: &tracing::span::Attributes<'_>) -> tracing::span::Id {
        with_current(|out| {
            let _ = write!(out, "\nspan {}", span.metadata().name());
            span.record(&mut Fields(out));
        });
        tracing::span::Id::from_u64(1)
    }
    fn record(&self, _: &tracing::span::Id, values: &tracing::span::Record<'_>) {
        with_current(|out| values.record(&mut Fields(out)));
    }
    fn record_follows_from(&self, _: &tracing::span::Id, _: &tracing::span::Id) {}
    fn event(&self, event: &tracing::Event<'_>) {
        with_current(|out| {
            let _ = write!(out, "\nevent {}", event.metadata().target());
            event.record(&mut Fields(out));
        });
    }
    fn enter(&self, _: &tracing::span::Id) {}
    fn exit(&self, _: &tracing::span::Id) {}
}
