//! Work spread over the machine's cores, with results in a fixed order: the output never
//! depends on how many cores there are or which finishes first.

use std::sync::atomic::{AtomicUsize, Ordering};

/// The stack of each thread started here: as large as a main thread's on Linux.
const STACK_BYTES: usize = 8 * 1024 * 1024;

/// The number of threads worth running: one per core.
pub(crate) fn cores() -> usize {
    std::thread::available_parallelism().map_or(1, usize::from)
}

/// `f` applied to each of `jobs`, the results in the order of `jobs`. One thread per core
/// (the calling thread among them) takes the next job left until none is. A panic in a job
/// is resumed on the calling thread once every thread has stopped.
pub(crate) fn map<T: Sync, R: Send>(jobs: &[T], f: impl Fn(&T) -> R + Sync) -> Vec<R> {
    let next = AtomicUsize::new(0);
    let work = || {
        let mut done = Vec::new();
        loop {
            let i = next.fetch_add(1, Ordering::Relaxed);
            let Some(job) = jobs.get(i) else {
                return done;
            };
            done.push((i, f(job)));
        }
    };
    let threads = cores().min(jobs.len());
    let mut done = if threads <= 1 {
        work()
    } else {
        std::thread::scope(|scope| {
            // A thread the system will not start leaves its share to the others. Each has
            // the stack of a main thread: jobs may recurse as deep as the calling thread.
            let others: Vec<_> = (1..threads)
                .filter_map(|_| {
                    std::thread::Builder::new()
                        .stack_size(STACK_BYTES)
                        .spawn_scoped(scope, work)
                        .ok()
                })
                .collect();
            let mut done = work();
            for other in others {
                done.extend(
                    other
                        .join()
                        .unwrap_or_else(|panic| std::panic::resume_unwind(panic)),
                );
            }
            done
        })
    };
    done.sort_unstable_by_key(|(i, _)| *i);
    done.into_iter().map(|(_, result)| result).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn results_come_in_the_order_of_the_jobs() {
        let jobs: Vec<u64> = (0..20).collect();
        let results = map(&jobs, |&n| {
            // The later jobs finish first.
            std::thread::sleep(std::time::Duration::from_millis(20 - n));
            n * 10
        });
        assert_eq!(results, (0..20).map(|n| n * 10).collect::<Vec<_>>());
        assert!(map(&[] as &[u8], |_| ()).is_empty());
    }

    #[test]
    #[should_panic(expected = "job 3")]
    fn a_panic_in_a_job_reaches_the_caller() {
        map(&[1, 2, 3, 4], |&n| {
            if n == 3 {
                panic!("job {n}");
            }
        });
    }
}
