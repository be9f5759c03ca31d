use super::*;
use std::net::{TcpListener, TcpStream};
use std::thread;

/// A reader that hands out at most one byte per call, and fails with
/// `Interrupted` before every byte, like a slow, signal-happy socket.
struct Trickle {
    bytes: Vec<u8>,
    at: usize,
    interrupt_next: bool,
}

impl Trickle {
    fn new(bytes: &[u8]) -> Self {
        Trickle {
            bytes: bytes.to_vec(),
            at: 0,
            interrupt_next: true,
        }
    }
}

impl Read for Trickle {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        if self.interrupt_next {
            self.interrupt_next = false;
            return Err(io::Error::from(ErrorKind::Interrupted));
        }
        self.interrupt_next = true;
        if self.at == self.bytes.len() || buf.is_empty() {
            return Ok(0);
        }
        buf[0] = self.bytes[self.at];
        self.at += 1;
        Ok(1)
    }
}

/// A writer that takes at most 3 bytes per call.
#[derive(Default)]
struct Narrow(Vec<u8>);

impl Write for Narrow {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        let n = buf.len().min(3);
        self.0.extend_from_slice(&buf[..n]);
        Ok(n)
    }
    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

fn frame(payload: &[u8]) -> Vec<u8> {
    let mut bytes = (payload.len() as u32).to_be_bytes().to_vec();
    bytes.extend_from_slice(payload);
    bytes
}

#[test]
fn write_frame_prefixes_the_length() {
    let mut out = Vec::new();
    write_frame(&mut out, b"hello").unwrap();
    assert_eq!(
        out,
        [0, 0, 0, 5, b'h', b'e', b'l', b'l', b'o'],
        "write_frame(b\"hello\")"
    );
}

#[test]
fn write_frame_survives_partial_writes() {
    let mut out = Narrow::default();
    write_frame(&mut out, b"partial writes").unwrap();
    assert_eq!(
        out.0,
        frame(b"partial writes"),
        "a writer that takes 3 bytes per call should still receive the whole frame"
    );
}

#[test]
fn read_frame_reads_frames_in_order() {
    let mut bytes = frame(b"one");
    bytes.extend(frame(b""));
    bytes.extend(frame(b"three"));
    let mut reader = &bytes[..];
    for expected in [&b"one"[..], b"", b"three"] {
        let got = read_frame(&mut reader, 100).unwrap();
        assert_eq!(
            got.as_deref(),
            Some(expected),
            "the next frame should be {expected:?}"
        );
    }
    let end = read_frame(&mut reader, 100).unwrap();
    assert_eq!(
        end, None,
        "after the last frame, a clean end of stream is Ok(None)"
    );
}

#[test]
fn read_frame_survives_short_and_interrupted_reads() {
    let mut reader = Trickle::new(&frame(b"one byte at a time"));
    let got = read_frame(&mut reader, 100).unwrap();
    assert_eq!(
        got.as_deref(),
        Some(&b"one byte at a time"[..]),
        "a reader that returns 1 byte per read and Interrupted in between"
    );
    let end = read_frame(&mut reader, 100).unwrap();
    assert_eq!(end, None, "then the end of the stream");
}

#[test]
fn an_empty_stream_is_a_clean_end() {
    let got = read_frame(&mut Trickle::new(&[]), 100).unwrap();
    assert_eq!(got, None, "an empty stream holds no frame: Ok(None)");
}

#[test]
fn a_stream_ending_in_the_header_is_unexpected() {
    for cut in 1..4 {
        let bytes = frame(b"abc");
        let err = read_frame(&mut Trickle::new(&bytes[..cut]), 100).unwrap_err();
        assert_eq!(
            err.kind(),
            ErrorKind::UnexpectedEof,
            "a stream that ends after {cut} header bytes: {err}"
        );
    }
}

#[test]
fn a_stream_ending_in_the_payload_is_unexpected() {
    let bytes = frame(b"abcdef");
    let err = read_frame(&mut &bytes[..7], 100).unwrap_err();
    assert_eq!(
        err.kind(),
        ErrorKind::UnexpectedEof,
        "the payload is cut short: {err}"
    );
}

#[test]
fn an_oversized_frame_is_rejected_before_its_payload() {
    // The header claims 3 GiB; nothing follows.
    let header = 3_000_000_000u32.to_be_bytes();
    let (result, stats) = course_alloc::measure(|| read_frame(&mut &header[..], 1024));
    let err = result.unwrap_err();
    assert_eq!(
        err.kind(),
        ErrorKind::InvalidData,
        "a length of 3 GiB with a limit of 1024 is InvalidData: {err}"
    );
    assert!(
        stats.bytes_requested < 1 << 20,
        "rejecting the frame should not allocate its payload, but {} bytes were requested",
        stats.bytes_requested
    );
}

#[test]
fn a_frame_of_exactly_the_limit_is_fine() {
    let bytes = frame(&[7; 16]);
    let got = read_frame(&mut &bytes[..], 16).unwrap();
    assert_eq!(
        got,
        Some(vec![7; 16]),
        "16 bytes with a limit of 16 is allowed"
    );
    let err = read_frame(&mut &frame(&[7; 17])[..], 16).unwrap_err();
    assert_eq!(
        err.kind(),
        ErrorKind::InvalidData,
        "17 bytes with a limit of 16: {err}"
    );
}

#[test]
fn frames_round_trip_over_tcp() {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = listener.local_addr().unwrap();
    // An echo server for one connection: each frame comes back reversed.
    let server = thread::spawn(move || -> io::Result<usize> {
        let (mut socket, _) = listener.accept()?;
        let mut echoed = 0;
        while let Some(mut payload) = read_frame(&mut socket, 1 << 20)? {
            payload.reverse();
            write_frame(&mut socket, &payload)?;
            echoed += 1;
        }
        Ok(echoed)
    });
    let mut client = TcpStream::connect(addr).unwrap();
    let big: Vec<u8> = (0..200_000u32).map(|i| i as u8).collect();
    for payload in [&b"ping"[..], b"", &big] {
        write_frame(&mut client, payload).unwrap();
        let back = read_frame(&mut client, 1 << 20)
            .unwrap()
            .expect("a reply frame");
        let expected: Vec<u8> = payload.iter().rev().copied().collect();
        assert!(
            back == expected,
            "the server should echo {} bytes reversed",
            payload.len()
        );
    }
    client.shutdown(std::net::Shutdown::Write).unwrap();
    let echoed = server.join().unwrap().unwrap();
    assert_eq!(
        echoed, 3,
        "the server should see 3 frames, then a clean end"
    );
}
