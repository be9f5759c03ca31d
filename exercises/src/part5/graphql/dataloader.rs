//! The schema below answers correctly, but a query for twenty books and their
//! authors makes twenty-one calls to the database: one for the books, then
//! one per book for its author (the N+1 problem). Make it two: the books,
//! then **one** call to `Db::authors` with the distinct ids of every author
//! the request needs, whatever the number of books.
//!
//! Write `AuthorLoader`'s `Loader` implementation, give the schema a
//! `DataLoader` over it, and make `Book.author` go through the loader.
//!
//! - A book whose author is not in the database has `author: null`, without
//!   an error.
//! - A query that does not select `author` makes no author call at all.
//! - An author renamed between two requests has the new name in the second:
//!   nothing is cached from one request to the next.
//!
//! The schema, the `Db` and what they return must not change.

use async_graphql::dataloader::Loader;
use async_graphql::{
    ComplexObject, Context, EmptyMutation, EmptySubscription, Object, Result, Schema, SimpleObject,
};
use std::collections::HashMap;
use std::convert::Infallible;
use std::sync::{Arc, Mutex};

/// An author.
#[derive(Debug, Clone, PartialEq, SimpleObject)]
pub struct Author {
    /// The author's id.
    pub id: i32,
    /// The author's name.
    pub name: String,
}

/// A book. Its `author` field is resolved on demand (`ComplexObject` below).
#[derive(Debug, Clone, PartialEq, SimpleObject)]
#[graphql(complex)]
pub struct Book {
    /// The book's id.
    pub id: i32,
    /// The book's title.
    pub title: String,
    /// The id of the book's author: not a GraphQL field.
    #[graphql(skip)]
    pub author_id: i32,
}

/// One call the database received.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Call {
    /// `Db::all_books`.
    AllBooks,
    /// `Db::author`, with the id asked for.
    Author(i32),
    /// `Db::authors`, with the ids asked for, in the order given.
    Authors(Vec<i32>),
}

/// Stands for a database. It records every call, so that tests can count them.
#[derive(Debug, Default)]
pub struct Db {
    books: Vec<Book>,
    authors: Mutex<HashMap<i32, Author>>,
    calls: Mutex<Vec<Call>>,
}

impl Db {
    /// A database holding these books and authors.
    pub fn new(books: Vec<Book>, authors: Vec<Author>) -> Self {
        let authors = authors.into_iter().map(|a| (a.id, a)).collect();
        Self {
            books,
            authors: Mutex::new(authors),
            calls: Mutex::new(Vec::new()),
        }
    }

    /// `SELECT * FROM books`.
    pub async fn all_books(&self) -> Vec<Book> {
        self.record(Call::AllBooks).await;
        self.books.clone()
    }

    /// `SELECT * FROM authors WHERE id = ?`.
    pub async fn author(&self, id: i32) -> Option<Author> {
        self.record(Call::Author(id)).await;
        self.authors.lock().unwrap().get(&id).cloned()
    }

    /// `SELECT * FROM authors WHERE id IN (...)`: the authors found, by id.
    pub async fn authors(&self, ids: &[i32]) -> HashMap<i32, Author> {
        self.record(Call::Authors(ids.to_vec())).await;
        let authors = self.authors.lock().unwrap();
        ids.iter()
            .filter_map(|id| Some((*id, authors.get(id)?.clone())))
            .collect()
    }

    /// `UPDATE authors SET name = ? WHERE id = ?` (not recorded as a call).
    pub fn rename_author(&self, id: i32, name: &str) {
        if let Some(author) = self.authors.lock().unwrap().get_mut(&id) {
            author.name = name.to_string();
        }
    }

    /// Every call so far, in order.
    pub fn calls(&self) -> Vec<Call> {
        self.calls.lock().unwrap().clone()
    }

    async fn record(&self, call: Call) {
        self.calls.lock().unwrap().push(call);
        // A real database answers later: let other resolvers run meanwhile.
        tokio::task::yield_now().await;
    }
}

/// Loads authors by id, many at a time.
pub struct AuthorLoader {
    /// The database to ask.
    pub db: Arc<Db>,
}

impl Loader<i32> for AuthorLoader {
    type Value = Author;
    type Error = Infallible;

    async fn load(&self, keys: &[i32]) -> Result<HashMap<i32, Author>, Infallible> {
        todo!("load the authors {keys:?} with one database call")
    }
}

/// The query root.
pub struct Query;

#[Object]
impl Query {
    /// Every book.
    async fn books(&self, ctx: &Context<'_>) -> Result<Vec<Book>> {
        Ok(ctx.data::<Arc<Db>>()?.all_books().await)
    }
}

#[ComplexObject]
impl Book {
    /// The book's author, if the database has it.
    async fn author(&self, ctx: &Context<'_>) -> Result<Option<Author>> {
        // One database call per book: the N+1 problem.
        Ok(ctx.data::<Arc<Db>>()?.author(self.author_id).await)
    }
}

/// The library's schema.
pub type LibrarySchema = Schema<Query, EmptyMutation, EmptySubscription>;

/// Builds the schema over `db`.
pub fn schema(db: Arc<Db>) -> LibrarySchema {
    Schema::build(Query, EmptyMutation, EmptySubscription)
        .data(db)
        .finish()
}

#[cfg(test)]
#[path = "../../../../exercise-tests/part5/graphql/dataloader.rs"]
mod tests;
