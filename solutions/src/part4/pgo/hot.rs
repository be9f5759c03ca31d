//! A profile-use build decides what is hot from the profile's *summary*:
//! sort all block counts from the largest down, and find how far down you
//! must go before the blocks taken so far account for a given share of
//! the total count. With a cutoff of 99% (990,000 parts per million), the
//! count where that happens is LLVM's *hot count*: a block that ran at
//! least that often is hot. `llvm-profdata show --detailed-summary` prints
//! one line per cutoff:
//!
//! ```text
//! 33 blocks (3.86%) with count >= 445813 account for 99% of the total counts.
//! ```
//!
//! `detailed_summary` computes those lines, and `hot_functions` lists the
//! functions that hold at least one hot block. The code below compiles
//! and looks right, but:
//!
//! 1. on the course's recorded profile, several lines have the right
//!    count and too few blocks, compared with what llvm-profdata prints;
//! 2. on the profile of a server that ran for days (counts in the
//!    hundreds of trillions), it panics;
//! 3. `hot_functions` leaves out functions whose largest count is exactly
//!    the hot count, such as the one that holds the block that defines it.
//!
//! Fix the three bugs. What the functions must do, as llvm-profdata does
//! it: the desired sum for a cutoff is `total × cutoff / 1,000,000`,
//! rounded down, computed without overflow for any `u64` counts. Blocks
//! are taken from the largest count down, all blocks with *the same
//! count at once*, while the sum taken so far is below the desired sum.
//! The entry reports the last count taken and the number of blocks taken
//! (0 and 0 if none was needed). Cutoffs come in increasing order, and
//! each entry continues where the previous one stopped. `hot_functions`
//! returns each function with a count of at least `hot_count`, with its
//! largest count, the largest first and ties by name.

/// Parts per million: a cutoff of 990,000 is 99%.
pub const SCALE: u32 = 1_000_000;

/// The cutoffs `llvm-profdata show --detailed-summary` prints, in order.
pub const DEFAULT_CUTOFFS: [u32; 16] = [
    10_000, 100_000, 200_000, 300_000, 400_000, 500_000, 600_000, 700_000, 800_000, 900_000,
    950_000, 990_000, 999_000, 999_900, 999_990, 999_999,
];

/// One line of the detailed summary.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CutoffEntry {
    /// The share of the total count, in parts per million.
    pub cutoff: u32,
    /// The smallest count among the blocks taken: at this cutoff, blocks
    /// that ran at least this often are hot.
    pub min_count: u64,
    /// How many blocks were taken.
    pub num_counts: u64,
}

/// The detailed summary of the block `counts` of a profile at `cutoffs`.
pub fn detailed_summary(counts: &[u64], cutoffs: &[u32]) -> Vec<CutoffEntry> {
    let total: u128 = counts.iter().map(|&count| u128::from(count)).sum();
    let mut sorted = counts.to_vec();
    sorted.sort_unstable_by(|a, b| b.cmp(a));
    let mut next = sorted.into_iter().peekable();
    let (mut sum, mut min_count, mut num_counts) = (0u128, 0u64, 0u64);
    cutoffs
        .iter()
        .map(|&cutoff| {
            let desired = total * u128::from(cutoff) / u128::from(SCALE);
            while sum < desired {
                let Some(count) = next.next() else { break };
                let mut same = 1;
                while next.next_if_eq(&count).is_some() {
                    same += 1;
                }
                sum += u128::from(count) * u128::from(same);
                min_count = count;
                num_counts += same;
            }
            CutoffEntry {
                cutoff,
                min_count,
                num_counts,
            }
        })
        .collect()
}

/// The functions, given as name and block counts, that have a block
/// count of at least `hot_count`, with their largest count: the largest
/// first, ties by name.
pub fn hot_functions<'a>(functions: &[(&'a str, &[u64])], hot_count: u64) -> Vec<(&'a str, u64)> {
    let mut hot: Vec<(&'a str, u64)> = functions
        .iter()
        .filter_map(|&(name, counts)| Some((name, *counts.iter().max()?)))
        .filter(|&(_, max)| max >= hot_count)
        .collect();
    hot.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    hot
}

#[cfg(test)]
#[path = "../../../../exercise-tests/part4/pgo/hot.rs"]
mod tests;
