use super::*;
use std::cell::RefCell;
use std::rc::Rc;

/// A shared list that handlers append to, so tests can see who received what.
type Seen = Rc<RefCell<Vec<String>>>;

/// Subscribes a handler that records `"{name}:{event}"` for every event.
fn recorder(bus: &Bus, name: &'static str) -> Seen {
    let seen: Seen = Rc::default();
    let sink = Rc::clone(&seen);
    bus.subscribe(move |_, event| sink.borrow_mut().push(format!("{name}:{event}")));
    seen
}

fn strings(items: &[&str]) -> Vec<String> {
    items.iter().map(|s| s.to_string()).collect()
}

#[test]
fn a_new_bus_is_empty() {
    let bus = Bus::new();
    assert_eq!(
        bus.log(),
        Vec::<String>::new(),
        "a new bus should have an empty log"
    );
    assert_eq!(bus.handler_count(), 0, "a new bus should have 0 handlers");
}

#[test]
fn events_are_logged_in_order_without_handlers() {
    let bus = Bus::new();
    bus.publish("start");
    bus.publish("stop");
    assert_eq!(
        bus.log(),
        strings(&["start", "stop"]),
        "the log should hold both events, oldest first"
    );
}

#[test]
fn handlers_receive_events_in_subscription_order() {
    let bus = Bus::new();
    let seen: Seen = Rc::default();
    for name in ["first", "second"] {
        let sink = Rc::clone(&seen);
        bus.subscribe(move |_, event| sink.borrow_mut().push(format!("{name}:{event}")));
    }
    bus.publish("ping");
    assert_eq!(
        *seen.borrow(),
        strings(&["first:ping", "second:ping"]),
        "each handler should receive the event once, in subscription order"
    );
    assert_eq!(bus.handler_count(), 2, "two handlers were subscribed");
}

#[test]
fn a_handler_can_read_the_log() {
    let bus = Bus::new();
    let log_sizes: Rc<RefCell<Vec<usize>>> = Rc::default();
    let sink = Rc::clone(&log_sizes);
    bus.subscribe(move |bus, _| sink.borrow_mut().push(bus.log().len()));
    bus.publish("a");
    bus.publish("b");
    assert_eq!(
        *log_sizes.borrow(),
        [1, 2],
        "during publish(event), bus.log() should already contain the event: \
         the log must not stay borrowed while the handlers run"
    );
}

#[test]
fn a_handler_can_publish_a_follow_up_event() {
    let bus = Bus::new();
    bus.subscribe(|bus, event| {
        if event == "order" {
            bus.publish("invoice");
        }
    });
    let seen = recorder(&bus, "audit");
    bus.publish("order");
    assert_eq!(
        bus.log(),
        strings(&["order", "invoice"]),
        "the event published by a handler should be logged after the one that caused it"
    );
    assert_eq!(
        *seen.borrow(),
        strings(&["audit:invoice", "audit:order"]),
        "the follow-up event should be delivered completely before the outer \
         publish gives \"order\" to its next handler"
    );
}

#[test]
fn follow_up_events_can_chain() {
    let bus = Bus::new();
    bus.subscribe(|bus, event| {
        let next = match event {
            "a" => "b",
            "b" => "c",
            _ => return,
        };
        bus.publish(next);
    });
    bus.publish("a");
    assert_eq!(
        bus.log(),
        strings(&["a", "b", "c"]),
        "publishing \"a\" should lead to \"b\" and then \"c\""
    );
}

#[test]
fn a_handler_can_subscribe_another_handler() {
    let bus = Bus::new();
    let late_seen: Seen = Rc::default();
    let sink = Rc::clone(&late_seen);
    bus.subscribe(move |bus, event| {
        if event == "join" {
            let sink = Rc::clone(&sink);
            bus.subscribe(move |_, event| sink.borrow_mut().push(format!("late:{event}")));
        }
    });
    bus.publish("join");
    assert_eq!(
        bus.handler_count(),
        2,
        "the handler for \"join\" should have subscribed a second handler"
    );
    assert_eq!(
        *late_seen.borrow(),
        Vec::<String>::new(),
        "a handler subscribed during publish(\"join\") should not receive \"join\""
    );
    bus.publish("ping");
    assert_eq!(
        *late_seen.borrow(),
        strings(&["late:ping"]),
        "the late handler should receive the next event, \"ping\""
    );
    assert_eq!(
        bus.log(),
        strings(&["join", "ping"]),
        "both events should be logged"
    );
}
