//! Write `download_capped`: `GET url` and return the body, reading it chunk
//! by chunk with `Response::chunk` and never holding more than `limit`
//! bytes of it.
//!
//! - A non-2xx status gives `DownloadError::Status`, without reading the
//!   body.
//! - As soon as the bytes received pass `limit`, stop reading and return
//!   `DownloadError::TooLarge`. Do not wait for the rest: the body may be
//!   endless. (A `content-length` over the limit may be refused before
//!   reading anything.)
//! - The client's time limit (`ClientBuilder::timeout`) running out, while
//!   waiting for the answer or in the middle of the body, gives
//!   `DownloadError::TimedOut`.
//! - A body that breaks off (the server closed the connection before the
//!   end) gives `DownloadError::Interrupted` with the number of bytes
//!   received until then; any other failure to get an answer gives
//!   `DownloadError::Request`. None of these panics.

use reqwest::{Client, StatusCode};

/// Why a download failed.
#[derive(Debug, thiserror::Error)]
pub enum DownloadError {
    /// The server answered with a status that is not 2xx.
    #[error("the server answered {0}")]
    Status(StatusCode),
    /// The body is longer than the limit.
    #[error("the body is longer than the limit of {limit} bytes")]
    TooLarge {
        /// The limit, in bytes.
        limit: usize,
    },
    /// The client's time limit ran out.
    #[error("the download timed out: {0}")]
    TimedOut(#[source] reqwest::Error),
    /// The body broke off.
    #[error("the body broke off after {received} bytes: {source}")]
    Interrupted {
        /// Bytes received before it broke off.
        received: usize,
        /// What reqwest reported.
        source: reqwest::Error,
    },
    /// No answer at all (the connection failed).
    #[error("no answer: {0}")]
    Request(#[source] reqwest::Error),
}

/// Downloads `url`, refusing bodies longer than `limit` bytes.
pub async fn download_capped(
    client: &Client,
    url: &str,
    limit: usize,
) -> Result<Vec<u8>, DownloadError> {
    let _ = client; // course:hide
    todo!("download {url} in chunks, at most {limit} bytes")
}

#[cfg(test)]
#[path = "../../../../exercise-tests/part7/http/download.rs"]
mod tests;
