//! Write the query root of a small book catalogue. The GraphQL schema must be
//! exactly this (async-graphql names fields and arguments in camelCase):
//!
//! ```graphql
//! type Query {
//!   bookCount: Int!
//!   book(id: Int!): Book
//!   books(titleContains: String): [Book!]!
//! }
//! ```
//!
//! - `bookCount` is the number of books in the catalogue.
//! - `book(id:)` is the book with that id, or `null` (not an error) when there
//!   is none.
//! - `books` lists the books in catalogue order. With `titleContains`, only the
//!   books whose title contains that text, ignoring case (`"RUST"` finds
//!   "The Rust Programming Language"); an empty text matches every book.

use async_graphql::{EmptyMutation, EmptySubscription, Object, Schema, SimpleObject};

/// A book, as GraphQL clients see it: `{ id title year }`.
#[derive(Debug, Clone, PartialEq, SimpleObject)]
pub struct Book {
    /// The book's id, unique in a catalogue.
    pub id: i32,
    /// The book's title.
    pub title: String,
    /// The year of publication.
    pub year: i32,
}

/// The query root: answers from an in-memory list of books.
pub struct Query {
    /// The books, in catalogue order.
    pub books: Vec<Book>,
}

#[Object]
impl Query {
    /// How many books the catalogue holds.
    async fn book_count(&self) -> usize {
        self.books.len()
    }

    /// The book with this id, if there is one.
    async fn book(&self, id: i32) -> Option<&Book> {
        self.books.iter().find(|book| book.id == id)
    }

    /// The books, optionally only those whose title contains a text (any case).
    async fn books(&self, title_contains: Option<String>) -> Vec<&Book> {
        let needle = title_contains.unwrap_or_default().to_lowercase();
        self.books
            .iter()
            .filter(|book| book.title.to_lowercase().contains(&needle))
            .collect()
    }
}

/// The catalogue's schema: queries only.
pub type CatalogueSchema = Schema<Query, EmptyMutation, EmptySubscription>;

/// Builds the schema over `books`.
pub fn schema(books: Vec<Book>) -> CatalogueSchema {
    Schema::new(Query { books }, EmptyMutation, EmptySubscription)
}

#[cfg(test)]
#[path = "../../../../exercise-tests/part5/graphql/catalogue.rs"]
mod tests;
