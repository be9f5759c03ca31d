//! This file does not compile: `Expr` contains itself, so the compiler cannot
//! give it a size (E0072). Make it compile by putting the recursive fields
//! behind a pointer, without changing the signatures of the public functions
//! or what they compute.
//!
//! The tests then check that evaluation still works, that a chain of a
//! thousand nested expressions is fine, and that an `Expr` value stays small:
//! at most three machine words, whatever the size of the tree it holds.

/// An arithmetic expression over integers.
#[derive(Debug, Clone, PartialEq)]
pub enum Expr {
    /// A number.
    Num(i64),
    /// `-e`.
    Neg(Box<Expr>),
    /// `a + b`.
    Add(Box<Expr>, Box<Expr>),
    /// `a * b`.
    Mul(Box<Expr>, Box<Expr>),
}

/// The expression `n`.
pub fn num(n: i64) -> Expr {
    Expr::Num(n)
}

/// The expression `-e`.
pub fn neg(e: Expr) -> Expr {
    Expr::Neg(Box::new(e))
}

/// The expression `a + b`.
pub fn add(a: Expr, b: Expr) -> Expr {
    Expr::Add(Box::new(a), Box::new(b))
}

/// The expression `a * b`.
pub fn mul(a: Expr, b: Expr) -> Expr {
    Expr::Mul(Box::new(a), Box::new(b))
}

impl Expr {
    /// The value of the expression.
    pub fn eval(&self) -> i64 {
        // `e`, `a` and `b` are `&Box<Expr>`; method calls see through the box.
        match self {
            Expr::Num(n) => *n,
            Expr::Neg(e) => -e.eval(),
            Expr::Add(a, b) => a.eval() + b.eval(),
            Expr::Mul(a, b) => a.eval() * b.eval(),
        }
    }

    /// The number of levels of the tree: a number alone has depth 1.
    pub fn depth(&self) -> usize {
        match self {
            Expr::Num(_) => 1,
            Expr::Neg(e) => 1 + e.depth(),
            Expr::Add(a, b) | Expr::Mul(a, b) => 1 + a.depth().max(b.depth()),
        }
    }
}

#[cfg(test)]
#[path = "../../../../exercise-tests/part2/smart_pointers/boxed_expr.rs"]
mod tests;
