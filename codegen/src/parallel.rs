//! Work spread over the machine's cores, with results in a fixed order: the output never
//! depends on how many cores there are or which finishes first.

/// The number of threads worth running: one per core.
pub(crate) fn cores() -> usize {
    std::thread::available_parallelism().map_or(1, usize::from)
}

/// `f` applied to each of `jobs`, each on a thread of its own (the first on the calling
/// thread), the results in the order of `jobs`. A panic in a job is resumed on the calling
/// thread once every job has stopped.
pub(crate) fn each<T: Sync, R: Send>(jobs: &[T], f: impl Fn(&T) -> R + Sync) -> Vec<R> {
    let Some((first, rest)) = jobs.split_first() else {
        return Vec::new();
    };
    let f = &f;
    std::thread::scope(|scope| {
        let others: Vec<_> = rest.iter().map(|job| scope.spawn(move || f(job))).collect();
        let mut results = Vec::with_capacity(jobs.len());
        results.push(f(first));
        results.extend(others.into_iter().map(|other| {
            other
                .join()
                .unwrap_or_else(|panic| std::panic::resume_unwind(panic))
        }));
        results
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn results_come_in_the_order_of_the_jobs() {
        let jobs: Vec<u64> = (0..7).collect();
        let results = each(&jobs, |&n| {
            // The later jobs finish first.
            std::thread::sleep(std::time::Duration::from_millis(7 - n));
            n * 10
        });
        assert_eq!(results, vec![0, 10, 20, 30, 40, 50, 60]);
        assert!(each(&[] as &[u8], |_| ()).is_empty());
    }

    #[test]
    #[should_panic(expected = "job 3")]
    fn a_panic_in_a_job_reaches_the_caller() {
        each(&[1, 2, 3], |&n| {
            if n == 3 {
                panic!("job {n}");
            }
        });
    }
}
