use super::*;
use std::mem::size_of;

fn numbered_frame() -> [u8; FRAME_LEN] {
    let mut bytes = [0u8; FRAME_LEN];
    for (i, byte) in bytes.iter_mut().enumerate() {
        *byte = (i % 251) as u8;
    }
    bytes
}

#[test]
fn message_is_at_most_32_bytes() {
    let size = size_of::<Message>();
    assert!(
        size <= 32,
        "size_of::<Message>() should be at most 32 bytes, but it is {size}: \
         the `Frame` variant stores its {FRAME_LEN} bytes inline; put them behind a `Box`"
    );
}

#[test]
fn a_queue_of_pings_is_small() {
    let queue = vec![Message::Ping; 1000];
    let bytes = std::mem::size_of_val(queue.as_slice());
    assert!(
        bytes <= 32 * 1000,
        "1000 pings should take at most 32000 bytes of the queue's buffer, but they take {bytes}"
    );
}

#[test]
fn ping_carries_nothing() {
    let ping = Message::Ping;
    assert_eq!(
        ping.payload(),
        b"",
        "Message::Ping.payload() should be empty"
    );
    assert_eq!(ping.wire_len(), 1, "Message::Ping.wire_len() should be 1");
}

#[test]
fn text_carries_its_bytes() {
    let text = Message::Text(String::from("héllo"));
    assert_eq!(
        text.payload(),
        "héllo".as_bytes(),
        "Text(\"héllo\").payload() should be its UTF-8 bytes"
    );
    assert_eq!(
        text.wire_len(),
        7,
        "Text(\"héllo\").wire_len() should be 1 + 6 bytes"
    );
}

#[test]
fn frame_carries_all_its_bytes() {
    let bytes = numbered_frame();
    let frame = Message::frame(bytes);
    assert_eq!(
        frame.payload(),
        &bytes[..],
        "Message::frame(bytes).payload() should be exactly `bytes`"
    );
    assert_eq!(
        frame.wire_len(),
        FRAME_LEN + 1,
        "a frame's wire_len() should be 1 + {FRAME_LEN}"
    );
}

#[test]
fn frames_compare_and_clone_by_content() {
    let a = Message::frame(numbered_frame());
    let copy = a.clone();
    assert_eq!(copy, a, "a cloned frame should equal the original");
    assert_ne!(
        Message::frame([1; FRAME_LEN]),
        Message::frame([2; FRAME_LEN]),
        "frames with different bytes should not be equal"
    );
    assert_ne!(a, Message::Ping, "a frame should not equal a ping");
}
