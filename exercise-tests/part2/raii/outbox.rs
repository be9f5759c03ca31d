use super::*;

fn delivered(sink: &Sink) -> Vec<String> {
    sink.borrow().clone()
}

#[test]
fn dropping_delivers_the_pending_messages() {
    let sink = Sink::default();
    {
        let mut outbox = Outbox::new(&sink);
        outbox.push("hello");
        outbox.push("world");
        assert!(
            delivered(&sink).is_empty(),
            "push should only collect messages, not deliver them"
        );
    }
    assert_eq!(
        delivered(&sink),
        ["hello", "world"],
        "dropping the outbox should deliver what was pending, in order"
    );
}

#[test]
fn flush_delivers_now_and_returns_the_count() {
    let sink = Sink::default();
    let mut outbox = Outbox::new(&sink);
    outbox.push("a");
    outbox.push("b");
    assert_eq!(
        outbox.flush(),
        2,
        "flush() with 2 pending messages should return 2"
    );
    assert_eq!(
        delivered(&sink),
        ["a", "b"],
        "flush should deliver the pending messages"
    );
    assert_eq!(
        outbox.flush(),
        0,
        "a second flush() should return 0: nothing is pending after a flush"
    );
    drop(outbox);
    assert_eq!(
        delivered(&sink),
        ["a", "b"],
        "dropping a flushed outbox should deliver nothing more (no message twice)"
    );
}

#[test]
fn messages_pushed_after_a_flush_are_delivered_on_drop() {
    let sink = Sink::default();
    {
        let mut outbox = Outbox::new(&sink);
        outbox.push("first");
        outbox.flush();
        outbox.push("second");
    }
    assert_eq!(
        delivered(&sink),
        ["first", "second"],
        "each message should be delivered exactly once"
    );
}

#[test]
fn into_pending_takes_the_messages_back() {
    let sink = Sink::default();
    let mut outbox = Outbox::new(&sink);
    outbox.push("draft 1");
    outbox.push("draft 2");
    let taken = outbox.into_pending();
    assert_eq!(
        taken,
        ["draft 1", "draft 2"],
        "into_pending should return the pending messages in order"
    );
    assert!(
        delivered(&sink).is_empty(),
        "messages taken back with into_pending must not be delivered, but the sink got {:?}",
        delivered(&sink)
    );
}

#[test]
fn discard_delivers_nothing() {
    let sink = Sink::default();
    let mut outbox = Outbox::new(&sink);
    outbox.push("oops");
    outbox.discard();
    assert!(
        delivered(&sink).is_empty(),
        "discard should throw the messages away, but the sink got {:?}",
        delivered(&sink)
    );
}

#[test]
fn an_empty_outbox_delivers_nothing() {
    let sink = Sink::default();
    let mut outbox = Outbox::new(&sink);
    assert_eq!(
        outbox.flush(),
        0,
        "flush() on an empty outbox should return 0"
    );
    drop(outbox);
    assert!(
        delivered(&sink).is_empty(),
        "an empty outbox should deliver nothing"
    );
}

#[test]
fn flush_and_into_pending_move_the_messages_without_copying() {
    // Room for every message up front, so that delivering them needs no
    // allocation: any allocation below would be a copy.
    let sink = Sink::new(RefCell::new(Vec::with_capacity(8)));
    let mut outbox = Outbox::new(&sink);
    outbox.push("first");
    outbox.push("second");
    let (count, stats) = course_alloc::measure(|| outbox.flush());
    assert_eq!(count, 2, "flush() with 2 pending messages should return 2");
    assert_eq!(
        stats.allocating_calls(),
        0,
        "flush should move the pending messages into the sink, not clone them, \
         but it allocated: {stats:?}"
    );

    outbox.push("draft");
    let (taken, stats) = course_alloc::measure(|| outbox.into_pending());
    assert_eq!(
        taken,
        ["draft"],
        "into_pending should return the pending message"
    );
    assert_eq!(
        stats.allocating_calls(),
        0,
        "into_pending should hand back the messages themselves, not a clone of them, \
         but it allocated: {stats:?}"
    );
    assert_eq!(
        delivered(&sink),
        ["first", "second"],
        "only the flushed messages should have been delivered, each once"
    );
}
