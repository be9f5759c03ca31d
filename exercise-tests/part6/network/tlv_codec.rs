use super::*;
use futures_util::{SinkExt, StreamExt};
use tokio_util::codec::{FramedRead, FramedWrite};

fn data(payload: &'static [u8]) -> Frame {
    Frame {
        kind: Kind::Data,
        payload: Bytes::from_static(payload),
    }
}

fn encoded(frame: Frame) -> BytesMut {
    let mut dst = BytesMut::new();
    TlvCodec::new(1024).encode(frame, &mut dst).unwrap();
    dst
}

#[test]
fn encoding_writes_kind_length_and_payload() {
    let bytes = encoded(data(b"hey"));
    assert_eq!(
        &bytes[..],
        [2, 0, 3, b'h', b'e', b'y'],
        "a Data frame with payload \"hey\""
    );
    let bytes = encoded(Frame {
        kind: Kind::Close,
        payload: Bytes::new(),
    });
    assert_eq!(&bytes[..], [3, 0, 0], "a Close frame with no payload");
}

#[test]
fn encoding_a_payload_over_the_limit_is_refused() {
    let mut dst = BytesMut::new();
    let result = TlvCodec::new(4).encode(data(b"12345"), &mut dst);
    assert!(
        matches!(result, Err(CodecError::TooLong { len: 5, max: 4 })),
        "a 5-byte payload with a limit of 4 should be TooLong {{ len: 5, max: 4 }}, got {result:?}"
    );
    assert!(
        dst.is_empty(),
        "nothing should be written for a refused frame, got {dst:?}"
    );
}

#[test]
fn decoding_waits_for_a_whole_frame() {
    let mut codec = TlvCodec::new(1024);
    let whole = encoded(data(b"hello"));
    let mut src = BytesMut::new();
    for (i, &byte) in whole.iter().enumerate() {
        let got = codec.decode(&mut src).unwrap();
        assert_eq!(
            got,
            None,
            "after {i} of {} bytes, there is no frame yet",
            whole.len()
        );
        assert_eq!(src.len(), i, "decode must not consume a partial frame");
        src.put_u8(byte);
    }
    let got = codec.decode(&mut src).unwrap();
    assert_eq!(got, Some(data(b"hello")), "all bytes are there: the frame");
    assert!(
        src.is_empty(),
        "the frame's bytes should be consumed, {} are left",
        src.len()
    );
}

#[test]
fn decoding_takes_one_frame_at_a_time() {
    let mut codec = TlvCodec::new(1024);
    let mut src = encoded(data(b"one"));
    src.extend_from_slice(&encoded(Frame {
        kind: Kind::Ping,
        payload: Bytes::new(),
    }));
    src.extend_from_slice(&[2, 0, 9, b'p']); // the start of a third frame
    assert_eq!(
        codec.decode(&mut src).unwrap(),
        Some(data(b"one")),
        "the first frame"
    );
    assert_eq!(
        codec.decode(&mut src).unwrap(),
        Some(Frame {
            kind: Kind::Ping,
            payload: Bytes::new()
        }),
        "the second frame"
    );
    assert_eq!(
        codec.decode(&mut src).unwrap(),
        None,
        "the third is incomplete"
    );
    assert_eq!(
        &src[..],
        [2, 0, 9, b'p'],
        "its bytes should wait in the buffer"
    );
}

#[test]
fn an_unknown_kind_is_rejected_at_once() {
    let mut codec = TlvCodec::new(1024);
    let mut src = BytesMut::from(&[9u8, 0, 200][..]);
    let result = codec.decode(&mut src);
    assert!(
        matches!(result, Err(CodecError::UnknownKind(9))),
        "kind 9 should be rejected as soon as the header is there, got {result:?}"
    );
}

#[test]
fn an_oversized_frame_is_rejected_without_waiting_for_it() {
    let mut codec = TlvCodec::new(1024);
    let mut src = BytesMut::from(&[2u8, 0xEA, 0x60][..]); // 60,000 bytes announced
    let result = codec.decode(&mut src);
    assert!(
        matches!(
            result,
            Err(CodecError::TooLong {
                len: 60_000,
                max: 1024
            })
        ),
        "a header announcing 60000 bytes should be rejected at once, got {result:?}"
    );
}

#[test]
fn the_payload_is_not_copied() {
    let mut codec = TlvCodec::new(1024);
    let mut src = encoded(data(b"zero copy"));
    let start = src.as_ptr() as usize;
    let frame = codec.decode(&mut src).unwrap().expect("a frame");
    assert_eq!(
        frame.payload.as_ptr() as usize,
        start + 3,
        "the payload should share the buffer (split_to + freeze), not be a copy"
    );
}

#[tokio::test]
async fn framed_streams_carry_frames_both_ways() {
    let (client, server) = tokio::io::duplex(16); // a tiny pipe: partial reads and writes
    let mut sink = FramedWrite::new(client, TlvCodec::new(1024));
    let mut stream = FramedRead::new(server, TlvCodec::new(1024));
    let frames = vec![
        data(b"first"),
        Frame {
            kind: Kind::Ping,
            payload: Bytes::new(),
        },
        Frame {
            kind: Kind::Data,
            payload: Bytes::from(vec![7u8; 1000]),
        },
        Frame {
            kind: Kind::Close,
            payload: Bytes::from_static(b"bye"),
        },
    ];
    let sender = {
        let frames = frames.clone();
        tokio::spawn(async move {
            for frame in frames {
                sink.send(frame).await.unwrap();
            }
        })
    };
    for expected in frames {
        let got = stream.next().await.expect("a frame").unwrap();
        assert_eq!(got, expected, "frames should arrive whole and in order");
    }
    sender.await.unwrap();
    assert!(stream.next().await.is_none(), "then the stream ends");
}

#[tokio::test]
async fn a_stream_cut_inside_a_frame_is_an_error() {
    let bytes: &[u8] = &[2, 0, 10, b'c', b'u', b't'];
    let mut stream = FramedRead::new(bytes, TlvCodec::new(1024));
    let got = stream.next().await;
    assert!(
        matches!(got, Some(Err(CodecError::Io(_)))),
        "a frame cut short by the end of the stream should be an I/O error, got {got:?}"
    );
}
