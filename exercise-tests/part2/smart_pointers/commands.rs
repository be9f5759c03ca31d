use super::*;
use std::cell::Cell;
use std::rc::Rc;

fn check(commands: &Commands, line: &str, expected: Option<&str>) {
    let got = commands.run(line);
    assert_eq!(
        got.as_deref(),
        expected,
        "run({line:?}) should give {expected:?}"
    );
}

#[test]
fn the_standard_commands() {
    let bot = standard("Hello".to_string());
    check(&bot, "echo hi there", Some("hi there"));
    check(&bot, "shout hi there", Some("HI THERE"));
    check(&bot, "greet Ada", Some("Hello, Ada!"));
}

#[test]
fn a_command_without_arguments_gets_an_empty_string() {
    let bot = standard("Hi".to_string());
    check(&bot, "echo", Some(""));
    check(&bot, "greet", Some("Hi, !"));
    check(&bot, "echo ", Some(""));
}

#[test]
fn unknown_commands_give_none() {
    let bot = standard("Hi".to_string());
    check(&bot, "dance", None);
    check(&bot, "", None);
    check(&bot, " echo x", None);
    check(&bot, "Echo x", None);
}

fn reverse(args: &str) -> String {
    args.chars().rev().collect()
}

#[test]
fn one_table_holds_handlers_of_different_types() {
    let calls = Rc::new(Cell::new(0));
    let counter = Rc::clone(&calls);
    let prefix = String::from(">> ");

    let mut commands: Commands = Commands::new();
    commands.add("reverse", reverse);
    commands.add("quote", move |args: &str| format!("{prefix}{args}"));
    commands.add("count", move |_args: &str| {
        counter.set(counter.get() + 1);
        counter.get().to_string()
    });
    commands.add("len", |args: &str| args.len().to_string());

    check(&commands, "reverse abc", Some("cba"));
    check(&commands, "quote to be", Some(">> to be"));
    check(&commands, "len four", Some("4"));
    check(&commands, "count", Some("1"));
    check(&commands, "count again", Some("2"));
    assert_eq!(
        calls.get(),
        2,
        "the `count` handler should have run twice, sharing the Rc<Cell> it captured"
    );
}

#[test]
fn adding_a_name_again_replaces_its_handler() {
    let mut commands = standard("Hello".to_string());
    commands.add("greet", |args: &str| format!("Welcome back, {args}"));
    check(&commands, "greet Grace", Some("Welcome back, Grace"));
    check(&commands, "echo still here", Some("still here"));
}

#[test]
fn tables_can_be_built_in_a_function_and_returned() {
    fn build(suffix: String) -> Commands {
        let mut commands = Commands::new();
        commands.add("tag", move |args: &str| format!("{args}{suffix}"));
        commands
    }
    let commands = build("!".to_string());
    check(&commands, "tag done", Some("done!"));
    let dropped = Rc::new(());
    {
        let mut owner = Commands::new();
        let held = Rc::clone(&dropped);
        owner.add("hold", move |_args: &str| {
            Rc::strong_count(&held).to_string()
        });
        check(&owner, "hold", Some("2"));
    }
    assert_eq!(
        Rc::strong_count(&dropped),
        1,
        "dropping the table should drop its handlers and what they captured"
    );
}
