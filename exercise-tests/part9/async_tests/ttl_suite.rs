use super::*;
use std::panic::{catch_unwind, AssertUnwindSafe};

/// Runs the suite for `C` on a current-thread runtime with paused time:
/// `Err` with its panic message if it caught a bug.
fn run_suite<C: TtlCache>() -> Result<(), String> {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_time()
        .start_paused(true)
        .build()
        .expect("a runtime with paused time");
    catch_unwind(AssertUnwindSafe(|| {
        runtime.block_on(ttl_cache_suite::<C>())
    }))
    .map_err(|payload| {
        payload
            .downcast_ref::<String>()
            .cloned()
            .or_else(|| payload.downcast_ref::<&str>().map(|s| s.to_string()))
            .unwrap_or_else(|| "(a panic without a message)".to_string())
    })
}

fn require_passing_the_correct_cache() {
    if let Err(message) = run_suite::<Cache>() {
        panic!(
            "your suite panicked for the correct `Cache`: {message}\n\
             A suite must pass correct code: check the expected values in your assertions."
        );
    }
}

fn require_caught<C: TtlCache>(what: &str) {
    require_passing_the_correct_cache();
    assert!(
        run_suite::<C>().is_err(),
        "your suite passed a broken cache: {what}. Add a scenario that shows it."
    );
}

/// A cache with one flaw, chosen by `F`.
struct Flawed<const F: u8> {
    ttl: Duration,
    entries: HashMap<String, (String, Instant, std::time::Instant)>,
}

const NEVER_EXPIRES: u8 = 0;
const HALF_TTL: u8 = 1;
const ALIVE_AT_TTL: u8 = 2;
const NO_REFRESH: u8 = 3;
const STD_CLOCK: u8 = 4;

impl<const F: u8> TtlCache for Flawed<F> {
    fn new(ttl: Duration) -> Self {
        Flawed {
            ttl,
            entries: HashMap::new(),
        }
    }

    fn insert(&mut self, key: &str, value: &str) {
        let now = (Instant::now(), std::time::Instant::now());
        match self.entries.get_mut(key) {
            Some(entry) if F == NO_REFRESH => entry.0 = value.to_string(),
            _ => {
                self.entries
                    .insert(key.to_string(), (value.to_string(), now.0, now.1));
            }
        }
    }

    fn get(&self, key: &str) -> Option<String> {
        let (value, inserted, inserted_std) = self.entries.get(key)?;
        let alive = match F {
            NEVER_EXPIRES => true,
            HALF_TTL => inserted.elapsed() < self.ttl / 2,
            ALIVE_AT_TTL => inserted.elapsed() <= self.ttl,
            STD_CLOCK => inserted_std.elapsed() < self.ttl,
            _ => inserted.elapsed() < self.ttl,
        };
        alive.then(|| value.clone())
    }
}

#[test]
fn passes_the_correct_cache() {
    require_passing_the_correct_cache();
}

#[test]
fn catches_entries_that_never_expire() {
    require_caught::<Flawed<NEVER_EXPIRES>>("entries never expire");
}

#[test]
fn catches_entries_that_expire_early() {
    require_caught::<Flawed<HALF_TTL>>("entries expire after half the ttl");
}

#[test]
fn catches_an_entry_alive_at_exactly_the_ttl() {
    require_caught::<Flawed<ALIVE_AT_TTL>>(
        "an entry is still returned at the moment its ttl has passed (`<=` instead of `<`)",
    );
}

#[test]
fn catches_an_insert_that_does_not_restart_the_ttl() {
    require_caught::<Flawed<NO_REFRESH>>(
        "inserting a key again replaces the value but keeps the old expiry time",
    );
}

#[test]
fn catches_a_cache_on_the_wall_clock() {
    require_caught::<Flawed<STD_CLOCK>>(
        "the cache measures age with std::time::Instant, which paused time does not move",
    );
}
