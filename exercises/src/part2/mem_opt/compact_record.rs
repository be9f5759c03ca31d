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
    name: String,
    email: Option<String>,
    id: u64,
    age: u64,
    active: bool,
}

impl Record {
    /// A new, active record without an email address.
    pub fn new(id: u32, name: &str, age: u8) -> Record {
        Record {
            name: name.to_string(),
            email: None,
            id: u64::from(id),
            age: u64::from(age),
            active: true,
        }
    }

    /// The same record with an email address.
    pub fn with_email(mut self, email: &str) -> Record {
        self.email = Some(email.to_string());
        self
    }

    /// The record's id.
    pub fn id(&self) -> u32 {
        self.id as u32
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
        self.age as u8
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
        self.name = name.to_string();
    }
}

#[cfg(test)]
#[path = "../../../../exercise-tests/part2/mem_opt/compact_record.rs"]
mod tests;
