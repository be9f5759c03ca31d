//! Write `routes`: three `GET` routes built from warp's filters.
//!
//! - `GET /hello/{name}` answers `200 OK` with the text `hello, NAME`.
//! - `GET /add/{a}/{b}`, where `a` and `b` are `u32`s, answers their sum as
//!   text: `/add/2/3` gives `5`. The sum never overflows: `u32::MAX + u32::MAX`
//!   is `8589934590`.
//! - `GET /repeat?word=WORD&times=N` answers `WORD` repeated `N` times,
//!   separated by single spaces: `word=hi&times=3` gives `hi hi hi`, and
//!   `times=0` gives an empty body. `N` is a `u8` (0 to 255).
//!
//! Every route matches its whole path: `/hello/a/b` is not a greeting.
//! Everything else is left to warp's own rejections: a path no route matches
//! answers `404` (in warp that includes `/add/1/x`: a path parameter that
//! does not parse means "this route does not match"), another method on a
//! route's path answers `405`, and a missing or invalid query string on
//! `/repeat` (no `times`, `times=300`) answers `400`.

use serde::Deserialize;
use warp::{Filter, Rejection, Reply};

/// The query string of `/repeat`.
#[derive(Debug, Deserialize)]
pub struct Repeat {
    /// The word to repeat.
    pub word: String,
    /// How many times.
    pub times: u8,
}

/// The three routes, combined with `or`.
pub fn routes() -> impl Filter<Extract = (impl Reply,), Error = Rejection> + Clone {
    let hello = warp::path!("hello" / String)
        .and(warp::get())
        .map(|name: String| format!("hello, {name}"));
    let add = warp::path!("add" / u32 / u32)
        .and(warp::get())
        .map(|a: u32, b: u32| (u64::from(a) + u64::from(b)).to_string());
    let repeat = warp::path!("repeat")
        .and(warp::get())
        .and(warp::query::<Repeat>())
        .map(|query: Repeat| vec![query.word.as_str(); usize::from(query.times)].join(" "));
    hello.or(add).or(repeat)
}

#[cfg(test)]
#[path = "../../../../exercise-tests/part5/warp/filters.rs"]
mod tests;
