use super::*;

/// Snapshots live next to this file, under `snapshots/`, named by the
/// first argument of `assert_snapshot!` alone (not by module path, which
/// differs between the course's test targets).
fn snapshot_settings() -> insta::Settings {
    let mut settings = insta::Settings::clone_current();
    settings.set_snapshot_path(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../exercise-tests/part9/properties/snapshots"
    ));
    settings.set_prepend_module_to_snapshot(false);
    settings
}

fn line(item: &str, quantity: u32, unit_cents: u64) -> Line {
    Line {
        item: item.to_string(),
        quantity,
        unit_cents,
    }
}

#[test]
fn an_invoice_with_lines() {
    let invoice = Invoice {
        number: 1042,
        customer: "Ada Lovelace".into(),
        lines: vec![
            line("Notebook", 2, 350),
            line("Fountain pen", 1, 2400),
            line("Ink, blue", 12, 95),
        ],
    };
    snapshot_settings().bind(|| insta::assert_snapshot!("invoice_with_lines", render(&invoice)));
}

#[test]
fn an_invoice_without_lines() {
    let invoice = Invoice {
        number: 7,
        customer: "Grace Hopper".into(),
        lines: vec![],
    };
    snapshot_settings().bind(|| insta::assert_snapshot!("invoice_without_lines", render(&invoice)));
}

#[test]
fn large_amounts_and_cents() {
    let invoice = Invoice {
        number: 99_999,
        customer: "Edsger Dijkstra".into(),
        lines: vec![line("Server", 3, 1_234_505), line("Cable", 100, 1)],
    };
    snapshot_settings().bind(|| insta::assert_snapshot!("invoice_large_amounts", render(&invoice)));
}

#[test]
fn every_line_ends_with_a_newline() {
    // Snapshots ignore trailing line breaks, so this is checked directly.
    let invoice = Invoice {
        number: 1,
        customer: "Alan Turing".into(),
        lines: vec![line("Tea", 1, 250)],
    };
    let text = render(&invoice);
    assert_eq!(
        text.lines().count(),
        3,
        "a one-item invoice should have 3 lines, got {text:?}"
    );
    assert!(
        text.ends_with("0\n"),
        "the last line should end with \\n, got {text:?}"
    );
    assert!(
        !text.ends_with("\n\n"),
        "no empty line at the end, got {text:?}"
    );
}
