// codegen-runtime: a copy of this crate goes, unchanged, with every standalone generated pair.
//! [`Blocking`]: what a generated blocking client runs its requests on.

use std::fmt;
use std::future::Future;
use std::sync::{Arc, OnceLock};

use super::Error;

/// A Tokio runtime of its own, started at the first call, on which a blocking client runs
/// the same requests as the async one, one `block_on` per call. Its one worker thread
/// keeps connections and token refreshes going between calls (a connection shared with an
/// async client never waits for the next blocking call). Cheap to clone: clones share the
/// runtime, which stops when the last clone is dropped.
///
/// A generated crate's `blocking::Client` holds one; programs do not need it directly.
#[derive(Clone, Default)]
pub struct Blocking {
    runtime: Arc<Runtime>,
}

#[derive(Default)]
struct Runtime(OnceLock<tokio::runtime::Runtime>);

impl Blocking {
    /// A handle whose runtime starts at the first call.
    pub fn new() -> Blocking {
        Blocking::default()
    }

    /// Runs `call` to its end on this handle's runtime, blocking the current thread.
    ///
    /// # Errors
    /// The call's own error; [`Error::InvalidRequest`] when called from a thread that is
    /// in a Tokio runtime's context (async code, where blocking would stall the executor,
    /// and also `spawn_blocking` closures: from async code, use the async client);
    /// [`Error::Internal`] when the runtime cannot start.
    pub fn block_on<T>(&self, call: impl Future<Output = Result<T, Error>>) -> Result<T, Error> {
        if tokio::runtime::Handle::try_current().is_ok() {
            return Err(Error::InvalidRequest {
                message: "a blocking client was called inside a Tokio runtime (async code, or \
                          spawn_blocking): use the async client there, or call from a thread \
                          of your own"
                    .to_owned(),
            });
        }
        let runtime = match self.runtime.0.get() {
            Some(runtime) => runtime,
            None => {
                let started = tokio::runtime::Builder::new_multi_thread()
                    .worker_threads(1)
                    .thread_name("blocking-client")
                    .enable_all()
                    .build()
                    .map_err(|e| Error::Internal {
                        message: format!("the blocking client's Tokio runtime did not start: {e}"),
                    })?;
                // Another thread may have started one meanwhile: the first one stays.
                if let Err(unused) = self.runtime.0.set(started) {
                    unused.shutdown_background();
                }
                self.runtime.0.get().ok_or_else(|| Error::Internal {
                    message: "the blocking client's Tokio runtime is gone".to_owned(),
                })?
            }
        };
        runtime.block_on(call)
    }
}

impl Drop for Runtime {
    fn drop(&mut self) {
        // Dropping a runtime the usual way blocks, which panics in async code: a blocking
        // client may well be dropped there. Its tasks (a token refresh) are abandoned.
        if let Some(runtime) = self.0.take() {
            runtime.shutdown_background();
        }
    }
}

impl fmt::Debug for Blocking {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Blocking")
            .field("started", &self.runtime.0.get().is_some())
            .finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn runs_a_call_and_keeps_its_runtime() {
        let blocking = Blocking::new();
        assert_eq!(blocking.block_on(async { Ok(1) }).expect("runs"), 1);
        let clone = blocking.clone();
        assert_eq!(clone.block_on(async { Ok(2) }).expect("runs"), 2);
        assert!(format!("{blocking:?}").contains("started: true"));
    }

    #[test]
    fn inside_async_code_it_refuses_instead_of_panicking() {
        let blocking = Blocking::new();
        blocking.block_on(async { Ok(()) }).expect("started");
        let outer = tokio::runtime::Builder::new_current_thread()
            .build()
            .expect("starts");
        outer.block_on(async move {
            let err = blocking.block_on(async { Ok(()) }).expect_err("refused");
            assert!(err.to_string().contains("async code"), "{err}");
            // Dropping its started runtime here does not panic either.
            drop(blocking);
        });
    }
}
