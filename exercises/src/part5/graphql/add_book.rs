//! Write the mutation `addBook`, which adds a book to the library after
//! checking its input. The schema (async-graphql names fields in camelCase):
//!
//! ```graphql
//! input NewBook { title: String! year: Int! authorId: Int! }
//! type Mutation { addBook(input: NewBook!): Book! }
//! ```
//!
//! The rules, each with the error a client gets when the input breaks it.
//! Every error has a message that names the field, and two extensions: `code`
//! and `field` (the input field's name as the client wrote it).
//!
//! | Rule | `code` | `field` |
//! | --- | --- | --- |
//! | The title, without the whitespace around it, has 1 to 200 characters (characters, not bytes). | `BAD_USER_INPUT` | `title` |
//! | The year is between 1450 and 2100, both included. | `BAD_USER_INPUT` | `year` |
//! | `authorId` is the id of an author of the library. | `NOT_FOUND` | `authorId` |
//!
//! A valid book is stored with its title trimmed and the id one more than the
//! largest id in the library (1 in an empty library), and `addBook` returns
//! it. A rejected book changes nothing. No input, however hostile, may make
//! the server panic.

use async_graphql::{
    Context, EmptySubscription, InputObject, Object, Result, Schema, SimpleObject,
};
use std::sync::Mutex;

/// A book of the library.
#[derive(Debug, Clone, PartialEq, SimpleObject)]
pub struct Book {
    /// Unique in the library.
    pub id: i32,
    /// The title, trimmed.
    pub title: String,
    /// The year of publication.
    pub year: i32,
    /// The id of the book's author.
    pub author_id: i32,
}

/// What a client sends to add a book.
#[derive(Debug, InputObject)]
pub struct NewBook {
    /// The title, before trimming.
    pub title: String,
    /// The year of publication.
    pub year: i32,
    /// The id of an existing author.
    pub author_id: i32,
}

/// The library: its books (behind a lock, since mutations change them) and
/// the ids of its authors. The schema holds it as context data.
#[derive(Debug, Default)]
pub struct Library {
    /// The books, in the order they were added.
    pub books: Mutex<Vec<Book>>,
    /// The ids of the authors a book may name.
    pub author_ids: Vec<i32>,
}

/// The query root: lists the books.
pub struct Query;

#[Object]
impl Query {
    /// Every book of the library, in the order they were added.
    async fn books(&self, ctx: &Context<'_>) -> Result<Vec<Book>> {
        let library = ctx.data::<Library>()?;
        Ok(library.books.lock().unwrap().clone())
    }
}

/// The mutation root.
pub struct Mutation;

#[Object]
impl Mutation {
    /// Adds a book after checking `input`, and returns it.
    async fn add_book(&self, ctx: &Context<'_>, input: NewBook) -> Result<Book> {
        let library = ctx.data::<Library>()?;
        todo!(
            "check {input:?}, then add it to the {} books",
            library.books.lock().unwrap().len()
        )
    }
}

/// The library's schema.
pub type LibrarySchema = Schema<Query, Mutation, EmptySubscription>;

/// Builds the schema, with `library` as its context data.
pub fn schema(library: Library) -> LibrarySchema {
    Schema::build(Query, Mutation, EmptySubscription)
        .data(library)
        .finish()
}

#[cfg(test)]
#[path = "../../../../exercise-tests/part5/graphql/add_book.rs"]
mod tests;
