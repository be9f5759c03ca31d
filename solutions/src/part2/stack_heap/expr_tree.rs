//! An arithmetic expression is a tree: a number, or an operation whose
//! operands are expressions themselves. This file does not compile: `Expr`
//! contains `Expr` directly, so its size would be infinite. Give it a fixed
//! size by putting the operands on the heap.
//!
//! Keep what the public functions take, return and do. The tests build trees
//! only through `num`, `neg`, `add` and `mul`; they also check that an `Expr`
//! is at most 24 bytes on a 64-bit target, and that a number leaf, which has
//! no operands, does not touch the heap.

/// An integer arithmetic expression.
#[derive(Debug, Clone, PartialEq)]
pub enum Expr {
    /// A literal number.
    Num(i64),
    /// The negation of an expression.
    Neg(Box<Expr>),
    /// The sum of two expressions.
    Add(Box<Expr>, Box<Expr>),
    /// The product of two expressions.
    Mul(Box<Expr>, Box<Expr>),
}

/// The number `n`.
pub fn num(n: i64) -> Expr {
    Expr::Num(n)
}

/// `-e`.
pub fn neg(e: Expr) -> Expr {
    Expr::Neg(Box::new(e))
}

/// `a + b`.
pub fn add(a: Expr, b: Expr) -> Expr {
    Expr::Add(Box::new(a), Box::new(b))
}

/// `a * b`.
pub fn mul(a: Expr, b: Expr) -> Expr {
    Expr::Mul(Box::new(a), Box::new(b))
}

impl Expr {
    /// The value of the expression (wrapping on overflow).
    pub fn eval(&self) -> i64 {
        // Method calls see through the boxes, so this body is unchanged.
        match self {
            Expr::Num(n) => *n,
            Expr::Neg(e) => e.eval().wrapping_neg(),
            Expr::Add(a, b) => a.eval().wrapping_add(b.eval()),
            Expr::Mul(a, b) => a.eval().wrapping_mul(b.eval()),
        }
    }

    /// The expression written out with every operation in parentheses:
    /// `add(num(1), neg(num(2)))` is `"(1 + -2)"`.
    pub fn render(&self) -> String {
        match self {
            Expr::Num(n) => n.to_string(),
            Expr::Neg(e) => format!("-{}", e.render()),
            Expr::Add(a, b) => format!("({} + {})", a.render(), b.render()),
            Expr::Mul(a, b) => format!("({} * {})", a.render(), b.render()),
        }
    }
}

#[cfg(test)]
#[path = "../../../../exercise-tests/part2/stack_heap/expr_tree.rs"]
mod tests;
