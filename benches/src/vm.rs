//! A small stack-machine interpreter: the program that Part IV, chapter 4
//! ("Profile-guided optimization") optimizes with a profile.
//!
//! An interpreter is the textbook case for PGO: one `match` on the opcode
//! runs millions of times, a few arms are hot and the rest are rare, and
//! the compiler cannot tell which from the source. The training binary
//! (`src/bin/pgo-train.rs`) and the benchmark (`benches/pgo.rs`) run
//! different programs on the same interpreter.

/// One instruction of the stack machine.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Op {
    /// Pushes a constant.
    Push(i64),
    /// Pushes local variable `n`.
    Load(u8),
    /// Pops into local variable `n`.
    Store(u8),
    /// Pops `b`, then `a`, pushes `a + b`.
    Add,
    /// Pops `b`, then `a`, pushes `a - b`.
    Sub,
    /// Pops `b`, then `a`, pushes `a * b`.
    Mul,
    /// Pops `b`, then `a`, pushes `a / b` (an error if `b` is 0).
    Div,
    /// Pops `b`, then `a`, pushes `a % b` (an error if `b` is 0).
    Rem,
    /// Pops `b`, then `a`, pushes 1 if `a < b`, else 0.
    Lt,
    /// Pops `b`, then `a`, pushes 1 if `a == b`, else 0.
    Eq,
    /// Pops a value; jumps to the instruction at the index if it is 0.
    JumpIfZero(u32),
    /// Jumps to the instruction at the index.
    Jump(u32),
    /// Appends the top of the stack, in decimal, to the output.
    Print,
    /// Stops the program.
    Halt,
}

/// Why a program stopped early.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum VmError {
    /// An instruction needed more values than the stack held.
    StackUnderflow(usize),
    /// `Div` or `Rem` by zero, at the instruction index.
    DivisionByZero(usize),
    /// A jump or the end of the program left the instruction list.
    OutOfBounds(usize),
}

/// Runs `program` with 8 local variables, all 0, and returns the value on
/// top of the stack at `Halt` (0 if the stack is empty) and the printed
/// output.
pub fn run(program: &[Op]) -> Result<(i64, String), VmError> {
    let mut stack: Vec<i64> = Vec::with_capacity(64);
    let mut locals = [0i64; 8];
    let mut output = String::new();
    let mut pc = 0usize;
    loop {
        let op = *program.get(pc).ok_or(VmError::OutOfBounds(pc))?;
        pc += 1;
        match op {
            Op::Push(v) => stack.push(v),
            Op::Load(n) => stack.push(locals[usize::from(n) % 8]),
            Op::Store(n) => locals[usize::from(n) % 8] = pop(&mut stack, pc)?,
            Op::Add => binary(&mut stack, pc, |a, b| Ok(a.wrapping_add(b)))?,
            Op::Sub => binary(&mut stack, pc, |a, b| Ok(a.wrapping_sub(b)))?,
            Op::Mul => binary(&mut stack, pc, |a, b| Ok(a.wrapping_mul(b)))?,
            Op::Div => binary(&mut stack, pc, |a, b| {
                a.checked_div(b).ok_or(VmError::DivisionByZero(pc - 1))
            })?,
            Op::Rem => binary(&mut stack, pc, |a, b| {
                a.checked_rem(b).ok_or(VmError::DivisionByZero(pc - 1))
            })?,
            Op::Lt => binary(&mut stack, pc, |a, b| Ok(i64::from(a < b)))?,
            Op::Eq => binary(&mut stack, pc, |a, b| Ok(i64::from(a == b)))?,
            Op::JumpIfZero(target) => {
                if pop(&mut stack, pc)? == 0 {
                    pc = target as usize;
                }
            }
            Op::Jump(target) => pc = target as usize,
            Op::Print => {
                let top = *stack.last().ok_or(VmError::StackUnderflow(pc - 1))?;
                output.push_str(&top.to_string());
                output.push('\n');
            }
            Op::Halt => return Ok((stack.last().copied().unwrap_or(0), output)),
        }
    }
}

fn pop(stack: &mut Vec<i64>, pc: usize) -> Result<i64, VmError> {
    stack.pop().ok_or(VmError::StackUnderflow(pc - 1))
}

fn binary(
    stack: &mut Vec<i64>,
    pc: usize,
    f: impl FnOnce(i64, i64) -> Result<i64, VmError>,
) -> Result<(), VmError> {
    let b = pop(stack, pc)?;
    let a = pop(stack, pc)?;
    stack.push(f(a, b)?);
    Ok(())
}

/// A program that counts the primes below `limit` (at least 2) by trial
/// division, and prints every `print_every`-th prime it finds.
pub fn count_primes(limit: i64, print_every: i64) -> Vec<Op> {
    use Op::*;
    // Locals: 0 = n, 1 = d, 2 = count, 3 = is_prime, 5 = scratch.
    const OUTER: u32 = 2;
    const INNER: u32 = 10;
    const NOT_PRIME: u32 = 27;
    const AFTER: u32 = 29;
    const PRINT: u32 = 40;
    const NEXT: u32 = 43;
    const DONE: u32 = 48;
    let program = vec![
        Push(2),
        Store(0), // n = 2
        // OUTER: while n < limit
        Load(0),
        Push(limit),
        Lt,
        JumpIfZero(DONE),
        Push(1),
        Store(3), // is_prime = 1
        Push(2),
        Store(1), // d = 2
        // INNER: while d * d < n + 1
        Load(1),
        Load(1),
        Mul,
        Load(0),
        Push(1),
        Add,
        Lt,
        JumpIfZero(AFTER),
        Load(0),
        Load(1),
        Rem,
        JumpIfZero(NOT_PRIME), // n % d == 0
        Load(1),
        Push(1),
        Add,
        Store(1), // d += 1
        Jump(INNER),
        // NOT_PRIME:
        Push(0),
        Store(3),
        // AFTER: count += is_prime
        Load(2),
        Load(3),
        Add,
        Store(2),
        Load(3),
        JumpIfZero(NEXT),
        Load(2),
        Push(print_every),
        Rem,
        JumpIfZero(PRINT),
        Jump(NEXT),
        // PRINT: the prime itself
        Load(0),
        Print,
        Store(5),
        // NEXT: n += 1
        Load(0),
        Push(1),
        Add,
        Store(0),
        Jump(OUTER),
        // DONE: the count is the result
        Load(2),
        Halt,
    ];
    debug_assert_eq!(program[OUTER as usize], Load(0));
    debug_assert_eq!(program[INNER as usize], Load(1));
    debug_assert_eq!(program[NOT_PRIME as usize], Push(0));
    debug_assert_eq!(program[AFTER as usize], Load(2));
    debug_assert_eq!(program[PRINT as usize], Load(0));
    debug_assert_eq!(program[NEXT as usize], Load(0));
    debug_assert_eq!(program[DONE as usize], Load(2));
    program
}
