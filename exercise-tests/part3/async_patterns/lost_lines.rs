use super::*;
use tokio::time::{sleep_until, timeout, Instant};

const fn ms(n: u64) -> Duration {
    Duration::from_millis(n)
}

/// A reader whose channel already holds `chunks` and is closed.
fn reader_of(chunks: &[&str]) -> LineReader {
    let (tx, rx) = mpsc::channel(chunks.len().max(1));
    for chunk in chunks {
        tx.try_send(chunk.to_string()).unwrap();
    }
    LineReader::new(rx)
}

async fn all_lines(mut reader: LineReader) -> Vec<String> {
    let mut lines = Vec::new();
    while let Some(line) = reader.next_line().await {
        lines.push(line);
    }
    lines
}

/// A reader fed by a task that sends each chunk at its time (in ms from
/// now) and closes the channel after the last one.
fn reader_fed_at(script: &[(u64, &str)]) -> LineReader {
    let (tx, rx) = mpsc::channel(16);
    let start = Instant::now();
    let script: Vec<(u64, String)> = script.iter().map(|&(t, c)| (t, c.to_string())).collect();
    tokio::spawn(async move {
        for (at, chunk) in script {
            sleep_until(start + ms(at)).await;
            tx.send(chunk).await.unwrap();
        }
    });
    LineReader::new(rx)
}

#[tokio::test]
async fn splits_chunks_into_lines() {
    let chunks = ["hel", "lo\nwor", "ld\n", "a\nb\nc\n"];
    let got = all_lines(reader_of(&chunks)).await;
    assert_eq!(
        got,
        ["hello", "world", "a", "b", "c"],
        "next_line over the chunks {chunks:?}"
    );
}

#[tokio::test]
async fn keeps_empty_lines_and_a_last_unterminated_line() {
    let chunks = ["\n", "x\n\n", "tail"];
    let got = all_lines(reader_of(&chunks)).await;
    assert_eq!(
        got,
        ["", "x", "", "tail"],
        "next_line over the chunks {chunks:?}: empty lines count, and so does \"tail\""
    );
}

#[tokio::test]
async fn a_closed_empty_channel_gives_no_lines() {
    let got = all_lines(reader_of(&[])).await;
    assert!(
        got.is_empty(),
        "an empty, closed channel has no lines, got {got:?}"
    );
    let got = all_lines(reader_of(&["", ""])).await;
    assert!(got.is_empty(), "empty chunks make no line, got {got:?}");
}

#[tokio::test(start_paused = true)]
async fn a_cancelled_next_line_loses_nothing() {
    let (tx, rx) = mpsc::channel(4);
    let mut reader = LineReader::new(rx);
    tx.send("hal".to_string()).await.unwrap();
    let first_try = timeout(ms(10), reader.next_line()).await;
    assert!(
        first_try.is_err(),
        "no '\\n' has arrived, so next_line should still be waiting, got {first_try:?}"
    );
    tx.send("f\n".to_string()).await.unwrap();
    let second_try = timeout(ms(10), reader.next_line()).await;
    assert_eq!(
        second_try,
        Ok(Some("half".to_string())),
        "dropping an unfinished next_line must not lose the \"hal\" it had received"
    );
}

#[tokio::test(start_paused = true)]
async fn heartbeats_in_the_middle_of_lines_lose_nothing() {
    // Heartbeats at 0, 100, 200 and 300 ms; the channel closes at 320 ms.
    let reader = reader_fed_at(&[(50, "hel"), (150, "lo\nwor"), (250, "ld\n"), (320, "bye")]);
    let report = with_heartbeat(reader, ms(100)).await;
    assert_eq!(
        report.lines,
        ["hello", "world", "bye"],
        "the heartbeats at 100 ms and 200 ms fall in the middle of a line; \
         the text received before them must not be lost"
    );
    assert_eq!(
        report.heartbeats, 4,
        "heartbeats at 0, 100, 200 and 300 ms before the channel closes at 320 ms"
    );
}

#[tokio::test(start_paused = true)]
async fn one_long_line_under_many_heartbeats() {
    // One letter every 30 ms, so a heartbeat every 100 ms falls mid-line.
    let script: Vec<(u64, String)> = "stream\n"
        .chars()
        .zip(1..)
        .map(|(c, i)| (30 * i, c.to_string()))
        .collect();
    let script: Vec<(u64, &str)> = script.iter().map(|(t, c)| (*t, c.as_str())).collect();
    let report = with_heartbeat(reader_fed_at(&script), ms(100)).await;
    assert_eq!(
        report.lines,
        ["stream"],
        "a line sent one letter every 30 ms, with heartbeats every 100 ms"
    );
    assert_eq!(
        report.heartbeats, 3,
        "heartbeats at 0, 100 and 200 ms; the last letter arrives at 210 ms"
    );
}

#[tokio::test(start_paused = true)]
async fn heartbeats_alone_are_counted() {
    let reader = reader_fed_at(&[(1_050, "done\n")]);
    let report = with_heartbeat(reader, ms(100)).await;
    assert_eq!(report.lines, ["done"], "one line arrives at 1050 ms");
    assert_eq!(
        report.heartbeats, 11,
        "heartbeats at 0, 100, ..., 1000 ms before the channel closes at 1050 ms"
    );
}
