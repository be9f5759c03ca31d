//! Tests of `PageStats`: replays of fixed logs on real threads in a normal
//! build, and, under `--cfg loom` (`cargo course check` runs it once the
//! others pass), a model of two threads recording at once, which loom checks
//! in every interleaving.

#[cfg(not(loom))]
mod threads {
    use course_sharedstats::{replay, PageStats};

    const PAGES: [&str; 3] = ["/", "/docs", "/blog"];

    /// A log of `n` views: view `i` is of page `PAGES[i % 3]`.
    fn log_of(n: usize) -> Vec<&'static str> {
        (0..n).map(|i| PAGES[i % 3]).collect()
    }

    /// Checks the total and the count of every page in `PAGES`.
    fn check(stats: &PageStats, total: u64, per_page: [u64; 3], what: &str) {
        assert_eq!(
            stats.total(),
            total,
            "after {what}, total() should be {total}"
        );
        for (page, expected) in PAGES.into_iter().zip(per_page) {
            assert_eq!(
                stats.views(page),
                expected,
                "after {what}, views({page:?}) should be {expected}"
            );
        }
    }

    #[test]
    fn page_stats_can_be_shared_between_threads() {
        fn assert_sync_and_send<T: Sync + Send>() {}
        assert_sync_and_send::<PageStats>();
    }

    #[test]
    fn new_stats_are_zero() {
        let stats = PageStats::new();
        check(&stats, 0, [0, 0, 0], "PageStats::new()");
        assert_eq!(
            stats.pages(),
            Vec::<String>::new(),
            "new stats should have seen no pages"
        );
    }

    #[test]
    fn record_counts_per_page_and_in_total() {
        let stats = PageStats::new();
        stats.record("/docs");
        stats.record("/");
        stats.record("/docs");
        check(
            &stats,
            3,
            [1, 2, 0],
            "recording \"/docs\", \"/\", \"/docs\"",
        );
        assert_eq!(
            stats.views("/missing"),
            0,
            "views(\"/missing\") should be 0"
        );
        assert_eq!(
            stats.pages(),
            ["/", "/docs"],
            "pages() should list the pages seen, sorted"
        );
    }

    #[test]
    fn replay_on_four_threads_loses_no_view() {
        let stats = PageStats::new();
        replay(&stats, &log_of(3000), 4);
        check(
            &stats,
            3000,
            [1000, 1000, 1000],
            "replaying 3000 views on 4 threads",
        );
        assert_eq!(
            stats.pages(),
            ["/", "/blog", "/docs"],
            "pages() should list the three pages, sorted"
        );
    }

    #[test]
    fn replay_with_uneven_parts() {
        let stats = PageStats::new();
        replay(&stats, &log_of(1001), 7);
        check(
            &stats,
            1001,
            [334, 334, 333],
            "replaying 1001 views on 7 threads",
        );
    }

    #[test]
    fn replay_on_one_thread_and_on_zero() {
        let one = PageStats::new();
        replay(&one, &log_of(30), 1);
        check(&one, 30, [10, 10, 10], "replaying 30 views on 1 thread");

        let zero = PageStats::new();
        replay(&zero, &log_of(30), 0);
        check(
            &zero,
            30,
            [10, 10, 10],
            "replaying 30 views with threads = 0 (treated as 1)",
        );
    }

    #[test]
    fn more_threads_than_views() {
        let stats = PageStats::new();
        replay(&stats, &log_of(5), 16);
        check(&stats, 5, [2, 2, 1], "replaying 5 views on 16 threads");
    }

    #[test]
    fn an_empty_log_records_nothing() {
        let stats = PageStats::new();
        replay(&stats, &[], 4);
        check(&stats, 0, [0, 0, 0], "replaying an empty log");
        assert_eq!(
            stats.pages(),
            Vec::<String>::new(),
            "an empty log should add no pages"
        );
    }

    #[test]
    fn replays_add_up() {
        let stats = PageStats::new();
        replay(&stats, &log_of(300), 3);
        replay(&stats, &log_of(600), 5);
        check(
            &stats,
            900,
            [300, 300, 300],
            "replaying 300 and then 600 views",
        );
    }
}

#[cfg(loom)]
mod model {
    use course_sharedstats::PageStats;
    use loom::sync::Arc;
    use loom::thread;

    /// Records `mine` on a second thread while the model's own thread
    /// records `here`, and returns the stats once both are done.
    fn record_at_once(mine: &'static str, here: &'static str) -> Arc<PageStats> {
        let stats = Arc::new(PageStats::new());
        let other = {
            let stats = Arc::clone(&stats);
            thread::spawn(move || stats.record(mine))
        };
        stats.record(here);
        other.join().expect("the other thread panicked");
        stats
    }

    #[test]
    fn two_threads_recording_at_once_lose_no_view() {
        loom::model(|| {
            let stats = record_at_once("/docs", "/");
            let total = stats.total();
            assert_eq!(
                total, 2,
                "record(\"/docs\") and record(\"/\") on two threads at once should make \
                 total() 2, but it is {total}: an increment read and written back in two steps \
                 loses the other thread's view"
            );
            for page in ["/", "/docs"] {
                let views = stats.views(page);
                assert_eq!(
                    views, 1,
                    "after record(\"/docs\") and record(\"/\") on two threads at once, \
                     views({page:?}) should be 1, but it is {views}"
                );
            }
        });
    }

    #[test]
    fn two_threads_recording_the_same_page_lose_no_view() {
        loom::model(|| {
            let stats = record_at_once("/", "/");
            let (total, views) = (stats.total(), stats.views("/"));
            assert_eq!(
                (total, views),
                (2, 2),
                "record(\"/\") on two threads at once should make total() and views(\"/\") 2, \
                 but they are {total} and {views}"
            );
        });
    }
}
