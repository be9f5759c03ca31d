use super::*;
use std::cell::RefCell;
use std::panic::{self, AssertUnwindSafe};
use std::rc::Rc;

/// A pretend device that the tests can look into while a journal writes to
/// it, and make fail.
#[derive(Default)]
struct Device {
    data: Vec<u8>,
    flushes: usize,
    /// How many more bytes fit; `None` means unlimited.
    space: Option<usize>,
    flush_fails: bool,
}

/// A writer for a shared `Device`.
struct Handle(Rc<RefCell<Device>>);

impl Write for Handle {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        let mut device = self.0.borrow_mut();
        let n = device.space.map_or(buf.len(), |space| space.min(buf.len()));
        if n == 0 && !buf.is_empty() {
            return Err(io::Error::new(io::ErrorKind::StorageFull, "device full"));
        }
        device.data.extend_from_slice(&buf[..n]);
        if let Some(space) = device.space.as_mut() {
            *space -= n;
        }
        Ok(n)
    }

    fn flush(&mut self) -> io::Result<()> {
        let mut device = self.0.borrow_mut();
        device.flushes += 1;
        if device.flush_fails {
            return Err(io::Error::other("flush failed"));
        }
        Ok(())
    }
}

fn device(space: Option<usize>, flush_fails: bool) -> Rc<RefCell<Device>> {
    Rc::new(RefCell::new(Device {
        space,
        flush_fails,
        ..Device::default()
    }))
}

fn text(device: &Rc<RefCell<Device>>) -> String {
    String::from_utf8_lossy(&device.borrow().data).into_owned()
}

/// The text of a panic, to show which panic happened.
fn panic_text(payload: &(dyn std::any::Any + Send)) -> String {
    if let Some(text) = payload.downcast_ref::<&str>() {
        text.to_string()
    } else if let Some(text) = payload.downcast_ref::<String>() {
        text.clone()
    } else {
        "a panic without a message".to_string()
    }
}

fn flushes(device: &Rc<RefCell<Device>>) -> usize {
    device.borrow().flushes
}

#[test]
fn finish_writes_every_line_and_returns_the_writer() {
    let mut journal = Journal::new(Vec::new());
    journal.record("started");
    journal.record("stopped");
    let out = journal
        .finish()
        .expect("finish() on a Vec<u8> should succeed");
    assert_eq!(
        String::from_utf8_lossy(&out),
        "started\nstopped\n",
        "finish should write each line followed by \"\\n\" and return the writer"
    );
}

#[test]
fn record_only_collects_and_finish_flushes_once() {
    let dev = device(None, false);
    let mut journal = Journal::new(Handle(Rc::clone(&dev)));
    journal.record("one");
    journal.record("two");
    assert_eq!(
        text(&dev),
        "",
        "record should not write anything to the writer yet"
    );
    let handle = journal.finish().expect("finish() should succeed");
    drop(handle);
    assert_eq!(
        text(&dev),
        "one\ntwo\n",
        "finish should write the lines exactly once, also counting the drop of the journal"
    );
    assert_eq!(flushes(&dev), 1, "finish should flush the writer once");
}

#[test]
fn an_empty_journal_finishes_with_nothing_written() {
    let dev = device(None, false);
    let journal = Journal::new(Handle(Rc::clone(&dev)));
    assert!(
        journal.finish().is_ok(),
        "finishing an empty journal should succeed"
    );
    assert_eq!(text(&dev), "", "an empty journal should write nothing");
    assert_eq!(
        flushes(&dev),
        1,
        "finish should flush the writer even when there are no lines"
    );
}

#[test]
fn finish_reports_a_write_error() {
    let dev = device(Some(3), false);
    let mut journal = Journal::new(Handle(Rc::clone(&dev)));
    journal.record("hello");
    match journal.finish() {
        Ok(_) => panic!("finish() should fail when the device is full after 3 bytes"),
        Err(err) => assert_eq!(
            err.kind(),
            io::ErrorKind::StorageFull,
            "finish should return the writer's own error"
        ),
    }
    assert_eq!(
        text(&dev),
        "hel",
        "the 3 bytes that fit should be written, and nothing retried after finish failed"
    );
}

#[test]
fn finish_reports_a_flush_error() {
    let dev = device(None, true);
    let mut journal = Journal::new(Handle(Rc::clone(&dev)));
    journal.record("saved?");
    match journal.finish() {
        Ok(_) => panic!("finish() should fail when flushing fails"),
        Err(err) => assert_eq!(
            err.kind(),
            io::ErrorKind::Other,
            "finish should return the error from flush"
        ),
    }
    assert_eq!(
        text(&dev),
        "saved?\n",
        "the line should be written once: a failed finish must not be retried on drop"
    );
    assert_eq!(
        flushes(&dev),
        1,
        "flush should be called once: a failed finish must not be retried on drop"
    );
}

#[test]
fn dropping_an_unfinished_journal_writes_and_flushes() {
    let dev = device(None, false);
    {
        let mut journal = Journal::new(Handle(Rc::clone(&dev)));
        journal.record("a");
        journal.record("b");
    }
    assert_eq!(
        text(&dev),
        "a\nb\n",
        "dropping a journal that was not finished should write its lines"
    );
    assert_eq!(flushes(&dev), 1, "dropping it should flush the writer once");
}

#[test]
fn dropping_works_with_a_borrowed_writer() {
    let mut buffer: Vec<u8> = Vec::new();
    {
        let mut journal = Journal::new(&mut buffer);
        journal.record("borrowed");
    }
    assert_eq!(
        String::from_utf8_lossy(&buffer),
        "borrowed\n",
        "a journal writing to `&mut Vec<u8>` should write its line when dropped"
    );
}

#[test]
fn dropping_with_a_failing_writer_does_not_panic() {
    for (space, flush_fails) in [(Some(0), false), (Some(2), false), (None, true)] {
        let dev = device(space, flush_fails);
        let result = panic::catch_unwind(AssertUnwindSafe(|| {
            let mut journal = Journal::new(Handle(Rc::clone(&dev)));
            journal.record("lost");
        }));
        if let Err(payload) = result {
            panic!(
                "dropping a journal must not panic when the writer fails \
                 (space {space:?}, flush fails: {flush_fails}), but it panicked with: {}",
                panic_text(&*payload)
            );
        }
    }
}
