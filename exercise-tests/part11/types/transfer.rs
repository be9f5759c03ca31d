use super::*;
use std::mem::size_of;

fn ledger() -> Ledger {
    let mut ledger = Ledger::default();
    ledger.open("alice", 10_000);
    ledger.open("bob", 500);
    ledger
}

fn validated(cents: u64) -> Transfer<Validated> {
    Transfer::new("alice", "bob", cents, "carol")
        .validate(5_000)
        .unwrap_or_else(|e| panic!("a transfer of {cents} cents under a 5000 limit: {e:?}"))
}

#[test]
fn a_transfer_goes_through_all_three_steps() {
    let mut ledger = ledger();
    let approved = validated(1_500)
        .approve("dave")
        .expect("dave may approve carol's transfer");
    assert_eq!(
        approved.approved_by(),
        Some("dave"),
        "the approver is recorded"
    );
    assert_eq!(approved.cents(), 1_500);
    approved.execute(&mut ledger).expect("alice holds enough");
    assert_eq!(
        ledger.balance("alice"),
        Some(8_500),
        "alice after sending 1500"
    );
    assert_eq!(
        ledger.balance("bob"),
        Some(2_000),
        "bob after receiving 1500"
    );
}

#[test]
fn validation_rejects_bad_transfers_in_order() {
    let check = |from: &str, to: &str, cents: u64, expected: TransferError| {
        let got = Transfer::new(from, to, cents, "carol")
            .validate(5_000)
            .map(|_| ());
        assert_eq!(
            got,
            Err(expected),
            "validate({from} -> {to}, {cents} cents, limit 5000)"
        );
    };
    check("alice", "bob", 0, TransferError::ZeroAmount);
    check("alice", "alice", 0, TransferError::ZeroAmount);
    check("alice", "alice", 10, TransferError::SameAccount);
    check("alice", "alice", 9_999, TransferError::SameAccount);
    check(
        "alice",
        "bob",
        5_001,
        TransferError::OverLimit {
            cents: 5_001,
            limit: 5_000,
        },
    );
    assert!(
        Transfer::new("alice", "bob", 5_000, "carol")
            .validate(5_000)
            .is_ok(),
        "exactly the limit is allowed"
    );
}

#[test]
fn nobody_approves_their_own_transfer() {
    let got = validated(100).approve("carol").map(|_| ());
    assert_eq!(got, Err(TransferError::SelfApproval), "carol requested it");
}

#[test]
fn unknown_accounts_are_rejected_without_changes() {
    let mut ledger = ledger();
    let before = ledger.clone();
    let run = |from: &str, to: &str, ledger: &mut Ledger| {
        Transfer::new(from, to, 100, "carol")
            .validate(5_000)
            .and_then(|t| t.approve("dave"))
            .and_then(|t| t.execute(ledger))
    };
    assert_eq!(
        run("mallory", "bob", &mut ledger),
        Err(TransferError::UnknownAccount("mallory".into()))
    );
    assert_eq!(
        run("alice", "nobody", &mut ledger),
        Err(TransferError::UnknownAccount("nobody".into())),
        "a missing recipient must not cost alice anything"
    );
    assert_eq!(
        run("ghost", "nobody", &mut ledger),
        Err(TransferError::UnknownAccount("ghost".into())),
        "`from` is checked first"
    );
    assert_eq!(
        ledger, before,
        "a failed transfer must leave the ledger unchanged"
    );
}

#[test]
fn insufficient_funds_leave_the_ledger_unchanged() {
    let mut ledger = ledger();
    ledger.open("alice", 999);
    let before = ledger.clone();
    let got = validated(1_000)
        .approve("dave")
        .and_then(|t| t.execute(&mut ledger));
    assert_eq!(
        got,
        Err(TransferError::InsufficientFunds {
            balance: 999,
            cents: 1_000
        })
    );
    assert_eq!(
        ledger, before,
        "a failed transfer must leave the ledger unchanged"
    );
    let all = validated(999)
        .approve("dave")
        .and_then(|t| t.execute(&mut ledger));
    assert_eq!(all, Ok(()), "sending the whole balance is allowed");
    assert_eq!(ledger.balance("alice"), Some(0));
}

#[test]
fn the_state_costs_nothing() {
    assert_eq!(
        size_of::<Transfer<Draft>>(),
        size_of::<Transfer<Approved>>(),
        "the state should be a zero-sized marker"
    );
    assert_eq!(
        size_of::<Draft>() + size_of::<Validated>() + size_of::<Approved>(),
        0
    );
}
