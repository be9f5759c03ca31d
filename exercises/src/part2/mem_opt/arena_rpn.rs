//! Write `parse_rpn`: turn a formula in reverse Polish notation into an
//! expression tree whose nodes all live in the arena `bump`. In reverse
//! Polish notation an operator follows its two operands: `3 4 + 2 *` is
//! `(3 + 4) * 2`.
//!
//! Tokens are separated by whitespace. A token that parses as an `i64` is a
//! number. `+`, `-` and `*` combine the two expressions before them; the
//! earlier one is the left operand, so `10 3 -` is `10 - 3`. Return `None`
//! for any other token, for an operator with fewer than two expressions
//! before it, and for a formula that does not end with exactly one
//! expression (an empty formula included).
//!
//! Keep the work stack in the arena as well (a `bumpalo::collections::Vec`).
//! Given an arena with room to spare, `parse_rpn` must make no call to the
//! global allocator at all. `eval` is written for you.

use bumpalo::Bump;

/// A node of an expression tree. Its children are references into the arena.
#[derive(Debug, PartialEq, Eq)]
pub enum Expr<'a> {
    Num(i64),
    Add(&'a Expr<'a>, &'a Expr<'a>),
    Sub(&'a Expr<'a>, &'a Expr<'a>),
    Mul(&'a Expr<'a>, &'a Expr<'a>),
}

/// Computes the value of `expr`, wrapping around on overflow.
pub fn eval(expr: &Expr<'_>) -> i64 {
    match *expr {
        Expr::Num(n) => n,
        Expr::Add(a, b) => eval(a).wrapping_add(eval(b)),
        Expr::Sub(a, b) => eval(a).wrapping_sub(eval(b)),
        Expr::Mul(a, b) => eval(a).wrapping_mul(eval(b)),
    }
}

/// Parses `formula`, allocating every node in `bump`.
pub fn parse_rpn<'a>(bump: &'a Bump, formula: &str) -> Option<&'a Expr<'a>> {
    todo!(
        "parse {formula:?} into the arena (it holds {} bytes)",
        bump.allocated_bytes()
    )
}

#[cfg(test)]
#[path = "../../../../exercise-tests/part2/mem_opt/arena_rpn.rs"]
mod tests;
