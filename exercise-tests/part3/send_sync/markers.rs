use super::*;
use std::thread;

// `thread_safety!(T)` asks the compiler whether `T` is `Send` and whether it
// is `Sync`, and returns the answers as `(bool, bool)` at run time, so a
// wrong answer fails a test instead of stopping the build. It relies on
// method lookup: for `&Probe<T>`, an impl on `Probe<T>` (which applies only
// when `T: Send`) is found before the fallback impl on `&Probe<T>`.
struct Probe<T: ?Sized>(std::marker::PhantomData<T>);

trait IsSend {
    fn is_send(&self) -> bool {
        true
    }
}
impl<T: ?Sized + Send> IsSend for Probe<T> {}

trait NotSend {
    fn is_send(&self) -> bool {
        false
    }
}
impl<T: ?Sized> NotSend for &Probe<T> {}

trait IsSync {
    fn is_sync(&self) -> bool {
        true
    }
}
impl<T: ?Sized + Sync> IsSync for Probe<T> {}

trait NotSync {
    fn is_sync(&self) -> bool {
        false
    }
}
impl<T: ?Sized> NotSync for &Probe<T> {}

macro_rules! thread_safety {
    ($t:ty) => {
        (
            (&Probe::<$t>(std::marker::PhantomData)).is_send(),
            (&Probe::<$t>(std::marker::PhantomData)).is_sync(),
        )
    };
}

#[test]
fn the_probe_itself_answers_correctly() {
    assert_eq!(
        thread_safety!(Vec<u8>),
        (true, true),
        "Vec<u8> is Send and Sync"
    );
    assert_eq!(
        thread_safety!(std::cell::Cell<u8>),
        (true, false),
        "Cell<u8> is Send but not Sync"
    );
    assert_eq!(
        thread_safety!(std::rc::Rc<u8>),
        (false, false),
        "Rc<u8> is neither Send nor Sync"
    );
}

#[test]
fn pixel_buf_is_send_and_sync() {
    assert_eq!(
        thread_safety!(PixelBuf),
        (true, true),
        "PixelBuf should be (Send, Sync) = (true, true): it owns its bytes as a Vec<u8> does"
    );
}

#[test]
fn snapshot_is_send_and_sync() {
    assert_eq!(
        thread_safety!(Snapshot),
        (true, true),
        "Snapshot should be (Send, Sync) = (true, true): it is read-only data behind an Arc"
    );
}

#[test]
fn hit_counter_is_neither_send_nor_sync() {
    assert_eq!(
        thread_safety!(HitCounter),
        (false, false),
        "HitCounter should be (Send, Sync) = (false, false): its clones share an Rc<Cell<u64>>"
    );
}

#[test]
fn thread_token_is_neither_send_nor_sync() {
    assert_eq!(
        thread_safety!(ThreadToken),
        (false, false),
        "ThreadToken should be (Send, Sync) = (false, false): it must never reach another thread"
    );
}

#[test]
fn pixel_buf_starts_zeroed_and_can_be_written() {
    let mut buf = PixelBuf::zeroed(4);
    assert_eq!(buf.len(), 4, "PixelBuf::zeroed(4) should have 4 bytes");
    assert!(!buf.is_empty(), "PixelBuf::zeroed(4) is not empty");
    assert_eq!(
        buf.bytes(),
        [0, 0, 0, 0],
        "a new buffer should be all zeros"
    );
    buf.bytes_mut()[1] = 7;
    buf.bytes_mut()[3] = 255;
    assert_eq!(
        buf.bytes(),
        [0, 7, 0, 255],
        "the bytes written should be read back"
    );

    let empty = PixelBuf::zeroed(0);
    assert!(empty.is_empty(), "PixelBuf::zeroed(0) should be empty");
    assert_eq!(empty.bytes(), [0u8; 0], "PixelBuf::zeroed(0) has no bytes");
}

#[test]
fn pixel_buf_frees_its_bytes_when_dropped() {
    let ((), stats) = course_alloc::measure(|| {
        let mut buf = PixelBuf::zeroed(64);
        buf.bytes_mut()[0] = 1;
        drop(buf);
    });
    assert_eq!(
        stats.allocations, 1,
        "PixelBuf::zeroed(64) should allocate its bytes once: {stats:?}"
    );
    assert_eq!(
        stats.deallocations, 1,
        "dropping a PixelBuf should free its bytes: {stats:?}"
    );
}

#[test]
fn snapshot_clones_share_the_values() {
    let snapshot = Snapshot::new(vec![3, 4, 5]);
    let copy = snapshot.clone();
    assert_eq!(
        copy.values(),
        [3, 4, 5],
        "a clone should see the same values"
    );
    assert!(
        std::ptr::eq(snapshot.values(), copy.values()),
        "a clone should share the values, not copy them"
    );
    assert_eq!(snapshot.sum(), 12, "3 + 4 + 5 should be 12");
    assert_eq!(
        Snapshot::new(vec![u32::MAX, u32::MAX]).sum(),
        2 * u64::from(u32::MAX),
        "the sum should not overflow u32"
    );
}

#[test]
fn hit_counter_clones_share_one_count() {
    let counter = HitCounter::new();
    let other = counter.clone();
    counter.hit();
    other.hit();
    other.hit();
    assert_eq!(
        counter.hits(),
        3,
        "3 hits through two clones should count 3"
    );
    assert_eq!(other.hits(), 3, "both clones should see the same 3 hits");
}

#[test]
fn thread_token_records_its_thread() {
    let token = ThreadToken::current();
    assert_eq!(
        token.owner(),
        thread::current().id(),
        "ThreadToken::current() should belong to the thread that created it"
    );
    let other = thread::spawn(|| ThreadToken::current().owner())
        .join()
        .unwrap();
    assert_ne!(
        other,
        token.owner(),
        "a token made on another thread should name that thread"
    );
}
