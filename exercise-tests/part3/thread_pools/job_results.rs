use super::*;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;
use std::thread::ThreadId;
use std::time::Duration;

/// Runs `f` on a helper thread and returns its result. If `f` has not
/// finished after 5 seconds (the work here takes microseconds), the test
/// fails instead of hanging; `f`'s own assertion failures are passed on.
fn within<T: Send + 'static>(what: &str, f: impl FnOnce() -> T + Send + 'static) -> T {
    course_deadline::finish_within(Duration::from_secs(5), f)
        .unwrap_or_else(|| panic!("{what} did not return within 5 seconds"))
}

#[test]
fn results_come_back_in_item_order() {
    let got = within("map_on_workers(vec![3, 1, 2], square)", || {
        map_on_workers(vec![3_u64, 1, 2], |x| x * x)
    });
    assert_eq!(
        got,
        [9, 1, 4],
        "map_on_workers(vec![3, 1, 2], |x| x * x) should return the squares in item order"
    );
}

#[test]
fn no_items_give_no_results() {
    let got = within("map_on_workers(vec![], ..)", || {
        map_on_workers(Vec::<u32>::new(), |x| x + 1)
    });
    assert!(
        got.is_empty(),
        "map_on_workers(vec![], f) should return an empty Vec, got {got:?}"
    );
}

#[test]
fn items_and_results_are_moved_not_copied() {
    let names = vec![String::from("ada"), String::from("grace")];
    let got = within("map_on_workers over Strings", move || {
        map_on_workers(names, |name| name.to_uppercase())
    });
    assert_eq!(
        got,
        ["ADA", "GRACE"],
        "map_on_workers(vec![\"ada\", \"grace\"], to_uppercase)"
    );
}

#[test]
fn f_runs_once_per_item_and_never_on_the_caller() {
    let calls = Arc::new(AtomicUsize::new(0));
    let threads: Arc<Mutex<Vec<ThreadId>>> = Arc::default();
    let (caller, got) = {
        let (calls, threads) = (Arc::clone(&calls), Arc::clone(&threads));
        within("map_on_workers over 20 items", move || {
            let got = map_on_workers((0..20).collect(), move |i: u32| {
                calls.fetch_add(1, Ordering::Relaxed);
                threads.lock().unwrap().push(thread::current().id());
                i * 10
            });
            (thread::current().id(), got)
        })
    };
    let expected: Vec<u32> = (0..20).map(|i| i * 10).collect();
    assert_eq!(got, expected, "map_on_workers(0..20, |i| i * 10)");
    // `within` joined its thread, so every call's increment is visible.
    let calls = calls.load(Ordering::Relaxed);
    assert_eq!(
        calls, 20,
        "f should be called exactly once for each of 20 items"
    );
    assert!(
        !threads.lock().unwrap().contains(&caller),
        "f ran on the thread that called map_on_workers; it should run only inside the jobs"
    );
}

#[test]
fn order_holds_when_the_first_job_finishes_last() {
    // The job for item 0 waits until the job for the last item has run, so
    // its result arrives last. That is only possible if the jobs run at the
    // same time, each on its own thread.
    let (last_done, wait_for_last) = mpsc::channel::<()>();
    let wait_for_last = Mutex::new(wait_for_last);
    let got = course_deadline::finish_within(Duration::from_secs(5), move || {
        map_on_workers(vec![0_u32, 1, 2, 3], move |i| {
            if i == 0 {
                wait_for_last.lock().unwrap().recv().unwrap();
            }
            if i == 3 {
                last_done.send(()).unwrap();
            }
            format!("#{i}")
        })
    })
    .unwrap_or_else(|| {
        panic!(
            "map_on_workers did not return within 5 seconds, with f for item 0 waiting \
             until f for item 3 has run: run every f inside a job of its own, with `execute`"
        )
    });
    assert_eq!(
        got,
        ["#0", "#1", "#2", "#3"],
        "results should be in item order even when item 0's job finishes last"
    );
}
