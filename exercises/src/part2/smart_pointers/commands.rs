//! A chat bot answers commands such as `shout hello`: the first word names a
//! handler, and the handler gets the rest of the line. Someone made the
//! command table generic over the handler's type, `Commands<H>`, hoping to
//! avoid dynamic dispatch, and now `standard` does not compile.
//!
//! Make it compile without changing what any function does. One table must
//! hold handlers of different types: closures that capture nothing, closures
//! that own what they capture (`greet` owns its greeting), and plain
//! functions. `add` stays easy to call: it takes any such handler as it is.
//! `Commands` no longer has a type parameter; the tests use plain `Commands`.
//!
//! - `run(line)` splits `line` at its first space: the handler named by the
//!   part before it is called with the part after it (with `""` when there
//!   is no space). An unknown name gives `None`.
//! - Adding a name that is already there replaces its handler.

/// Handlers by name.
pub struct Commands<H> {
    handlers: Vec<(&'static str, H)>,
}

impl<H: Fn(&str) -> String> Commands<H> {
    /// A table with no commands.
    pub fn new() -> Self {
        Commands {
            handlers: Vec::new(),
        }
    }

    /// Adds `handler` under `name`, replacing any handler of that name.
    pub fn add(&mut self, name: &'static str, handler: H) {
        match self.handlers.iter_mut().find(|(known, _)| *known == name) {
            Some(entry) => entry.1 = handler,
            None => self.handlers.push((name, handler)),
        }
    }

    /// Runs the command on `line`, or returns `None` for an unknown command.
    pub fn run(&self, line: &str) -> Option<String> {
        let (name, args) = line.split_once(' ').unwrap_or((line, ""));
        let (_, handler) = self.handlers.iter().find(|(known, _)| *known == name)?;
        Some(handler(args))
    }
}

/// The bot's standard commands: `echo`, `shout`, and `greet`, which greets
/// with `greeting`.
pub fn standard(greeting: String) -> Commands<impl Fn(&str) -> String> {
    let mut commands = Commands::new();
    commands.add("echo", |args: &str| args.to_string());
    commands.add("shout", |args: &str| args.to_uppercase());
    commands.add("greet", move |args: &str| format!("{greeting}, {args}!"));
    commands
}

#[cfg(test)]
#[path = "../../../../exercise-tests/part2/smart_pointers/commands.rs"]
mod tests;
