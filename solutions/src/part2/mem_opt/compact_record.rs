//! A `Record` is one row of an in-memory table that holds millions of them,
//! and each one takes 72 bytes. Make `size_of::<Record>()` at most 40 bytes.
//! Keep the public API: every method keeps its signature and its behavior,
//! and `Record::new` and `with_email` still make one allocation each for
//! their text.
//!
//! Read what the methods promise before you choose the fields: ids fit in a
//! `u32`, ages in a `u8`, and the name and the email are never edited in
//! place, only replaced whole.

/// One person in the table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Record {
    // `Box<str>` is a pointer and a length (16 bytes): no capacity, because
    // the text never grows. `Option<Box<str>>` is 16 bytes too: `None` uses
    // the null pointer, which a `Box` never holds.
    name: Box<str>,
    email: Option<Box<str>>,
    id: u32,
    age: u8,
    active: bool,
}

impl Record {
    /// A new, active record without an email address.
    pub fn new(id: u32, name: &str, age: u8) -> Record {
        Record {
            name: name.into(),
            email: None,
            id,
            age,
            active: true,
        }
    }

    /// The same record with an email address.
    pub fn with_email(mut self, email: &str) -> Record {
        self.email = Some(email.into());
        self
    }

    /// The record's id.
    pub fn id(&self) -> u32 {
        self.id
    }

    /// The person's name.
    pub fn name(&self) -> &str {
        &self.name
    }

    /// The person's email address, if the record has one.
    pub fn email(&self) -> Option<&str> {
        self.email.as_deref()
    }

    /// The person's age in years.
    pub fn age(&self) -> u8 {
        self.age
    }

    /// Whether the record is active.
    pub fn is_active(&self) -> bool {
        self.active
    }

    /// Marks the record as inactive.
    pub fn deactivate(&mut self) {
        self.active = false;
    }

    /// Replaces the person's name.
    pub fn rename(&mut self, name: &str) {
        self.name = name.into();
    }
}

#[cfg(test)]
#[path = "../../../../exercise-tests/part2/mem_opt/compact_record.rs"]
mod tests;
