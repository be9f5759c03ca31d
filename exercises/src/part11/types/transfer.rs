//! A money transfer goes through three steps, and the order matters: it is
//! checked, then a *second* person approves it, then it runs. Encode the
//! steps as types (typestate), so that running an unchecked or unapproved
//! transfer does not compile: `execute` exists only on
//! `Transfer<Approved>`, `approve` only on `Transfer<Validated>`.
//!
//! Write the three steps:
//!
//! - `validate(limit)`: `Err(ZeroAmount)` for 0 cents, `Err(SameAccount)`
//!   when `from == to`, `Err(OverLimit { cents, limit })` above `limit`;
//!   in that order;
//! - `approve(approver)`: `Err(SelfApproval)` when the approver is the
//!   person who requested the transfer; otherwise the approver is recorded;
//! - `execute(ledger)`: `Err(UnknownAccount(name))` if either account is
//!   missing (`from` checked first), `Err(InsufficientFunds { balance,
//!   cents })` if `from` holds too little; otherwise move the money. An
//!   error must leave the ledger exactly as it was.
//!
//! The state is a type parameter only (`PhantomData`): a `Transfer` costs
//! the same in every state.

use std::collections::HashMap;
use std::marker::PhantomData;

/// Created, not checked yet.
#[derive(Debug)]
pub struct Draft;
/// Checked against the rules, not approved yet.
#[derive(Debug)]
pub struct Validated;
/// Approved by a second person; may run.
#[derive(Debug)]
pub struct Approved;

/// A transfer of `cents` from one account to another, in state `S`.
#[derive(Debug)]
pub struct Transfer<S> {
    from: String,
    to: String,
    cents: u64,
    requested_by: String,
    approved_by: Option<String>,
    state: PhantomData<S>,
}

/// Why a transfer cannot go on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TransferError {
    ZeroAmount,
    SameAccount,
    OverLimit { cents: u64, limit: u64 },
    SelfApproval,
    UnknownAccount(String),
    InsufficientFunds { balance: u64, cents: u64 },
}

/// Account balances in cents.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Ledger {
    balances: HashMap<String, u64>,
}

impl Ledger {
    /// Opens an account (or resets its balance).
    pub fn open(&mut self, name: &str, cents: u64) {
        self.balances.insert(name.to_string(), cents);
    }

    /// An account's balance, if it exists.
    pub fn balance(&self, name: &str) -> Option<u64> {
        self.balances.get(name).copied()
    }
}

impl Transfer<Draft> {
    /// A new transfer, requested by `requested_by`.
    pub fn new(from: &str, to: &str, cents: u64, requested_by: &str) -> Transfer<Draft> {
        Transfer {
            from: from.to_string(),
            to: to.to_string(),
            cents,
            requested_by: requested_by.to_string(),
            approved_by: None,
            state: PhantomData,
        }
    }
}

impl<S> Transfer<S> {
    /// The amount in cents.
    pub fn cents(&self) -> u64 {
        self.cents
    }

    /// Who approved it, once approved.
    pub fn approved_by(&self) -> Option<&str> {
        self.approved_by.as_deref()
    }

    /// The same transfer in another state: the only way states change.
    fn into_state<T>(self) -> Transfer<T> {
        Transfer {
            from: self.from,
            to: self.to,
            cents: self.cents,
            requested_by: self.requested_by,
            approved_by: self.approved_by,
            state: PhantomData,
        }
    }
}
impl Transfer<Draft> {
    /// Checks the amount and the accounts.
    pub fn validate(self, limit: u64) -> Result<Transfer<Validated>, TransferError> {
        let _ = self.into_state::<Validated>();
        todo!("check a transfer against the limit {limit}")
    }
}

impl Transfer<Validated> {
    /// A second person approves.
    pub fn approve(self, approver: &str) -> Result<Transfer<Approved>, TransferError> {
        todo!("let {approver} approve {self:?}")
    }
}

impl Transfer<Approved> {
    /// Moves the money, all or nothing.
    pub fn execute(self, ledger: &mut Ledger) -> Result<(), TransferError> {
        todo!("apply {self:?} to {ledger:?}")
    }
}

#[cfg(test)]
#[path = "../../../../exercise-tests/part11/types/transfer.rs"]
mod tests;
