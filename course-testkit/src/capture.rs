//! Records `tracing` events for tests.
//!
//! [`subscriber`] returns a subscriber and a [`Captured`] handle that sees
//! every event the subscriber receives: its level, target, message and
//! fields, and the spans it happened in (outermost first), each with its
//! fields. Install the subscriber for one test only, never globally, so
//! tests that run in parallel do not see each other's events:
//!
//! ```
//! let (subscriber, captured) = course_testkit::capture::subscriber();
//! tracing::subscriber::with_default(subscriber, || {
//!     let _span = tracing::info_span!("request", id = 7).entered();
//!     tracing::warn!(retries = 2, "slow answer");
//! });
//! let events = captured.events();
//! assert_eq!(events[0].message(), Some("slow answer"));
//! assert_eq!(events[0].field("retries"), Some("2"));
//! assert_eq!(events[0].spans[0].field("id"), Some("7"));
//! ```
//!
//! For async code, wrap the future instead:
//! `future.with_subscriber(subscriber).await` (`tracing::instrument::WithSubscriber`).

use std::collections::BTreeMap;
use std::fmt;
use std::sync::{Arc, Mutex, OnceLock, PoisonError};
use tracing::field::{Field, Visit};
use tracing::span::{Attributes, Id, Record};
use tracing::subscriber::NoSubscriber;
use tracing::{Dispatch, Event, Level, Subscriber};
use tracing_subscriber::layer::{Context, Layer, SubscriberExt};
use tracing_subscriber::registry::LookupSpan;
use tracing_subscriber::Registry;

/// One recorded event.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CapturedEvent {
    /// The event's level.
    pub level: Level,
    /// The event's target (by default, the module path of the code that logged it).
    pub target: String,
    /// Every field, `message` included, formatted with `Debug` (a `&str`
    /// field is recorded without quotes, as `tracing`'s formatters show it).
    pub fields: BTreeMap<String, String>,
    /// The spans the event happened in, outermost first.
    pub spans: Vec<CapturedSpan>,
}

impl CapturedEvent {
    /// The event's message, if it has one.
    pub fn message(&self) -> Option<&str> {
        self.field("message")
    }

    /// One field of the event, as text.
    pub fn field(&self, name: &str) -> Option<&str> {
        self.fields.get(name).map(String::as_str)
    }

    /// The names of the spans the event happened in, outermost first.
    pub fn span_names(&self) -> Vec<&str> {
        self.spans.iter().map(|span| span.name.as_str()).collect()
    }
}

/// A span an event happened in, as it was when the event was recorded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CapturedSpan {
    /// The span's name.
    pub name: String,
    /// The span's fields that had a value, formatted as for events.
    pub fields: BTreeMap<String, String>,
}

impl CapturedSpan {
    /// One field of the span, as text.
    pub fn field(&self, name: &str) -> Option<&str> {
        self.fields.get(name).map(String::as_str)
    }
}

/// The events recorded so far by the subscriber it came with.
#[derive(Debug, Clone, Default)]
pub struct Captured {
    events: Arc<Mutex<Vec<CapturedEvent>>>,
}

impl Captured {
    /// A copy of every event recorded so far, in order.
    pub fn events(&self) -> Vec<CapturedEvent> {
        self.events
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .clone()
    }
}

/// A subscriber that records every event (all levels), and the handle that
/// reads them.
pub fn subscriber() -> (impl Subscriber + Send + Sync + 'static, Captured) {
    ask_every_subscriber();
    let captured = Captured::default();
    let layer = CaptureLayer {
        events: Arc::clone(&captured.events),
    };
    (Registry::default().with(layer), captured)
}

/// Keeps a second, do-nothing dispatcher alive for the rest of the process.
///
/// Why: while exactly one dispatcher exists, `tracing` (tracing-core 0.1)
/// decides whether a call site that runs for the first time logs anywhere by
/// asking only the dispatcher of the thread it runs on, and caches the
/// answer for every thread. A test that logs without a subscriber, running
/// beside one that captures, can then make the capturing test miss events
/// now and then. With two dispatchers alive, `tracing` asks all of them, so
/// the answer no longer depends on which test got there first.
fn ask_every_subscriber() {
    static SECOND: OnceLock<Dispatch> = OnceLock::new();
    SECOND.get_or_init(|| Dispatch::new(NoSubscriber::default()));
}

/// The layer behind [`subscriber`]: keeps each span's fields in the span's
/// extensions, and copies them into every event.
struct CaptureLayer {
    events: Arc<Mutex<Vec<CapturedEvent>>>,
}

/// A span's fields, kept in its extensions.
struct SpanFields(BTreeMap<String, String>);

/// Formats fields the way `tracing`'s own formatters do.
struct FieldVisitor<'a>(&'a mut BTreeMap<String, String>);

impl Visit for FieldVisitor<'_> {
    fn record_str(&mut self, field: &Field, value: &str) {
        self.0.insert(field.name().to_string(), value.to_string());
    }

    fn record_debug(&mut self, field: &Field, value: &dyn fmt::Debug) {
        self.0
            .insert(field.name().to_string(), format!("{value:?}"));
    }
}

impl<S> Layer<S> for CaptureLayer
where
    S: Subscriber + for<'a> LookupSpan<'a>,
{
    fn on_new_span(&self, attrs: &Attributes<'_>, id: &Id, ctx: Context<'_, S>) {
        let mut fields = BTreeMap::new();
        attrs.record(&mut FieldVisitor(&mut fields));
        if let Some(span) = ctx.span(id) {
            span.extensions_mut().insert(SpanFields(fields));
        }
    }

    fn on_record(&self, id: &Id, values: &Record<'_>, ctx: Context<'_, S>) {
        if let Some(span) = ctx.span(id) {
            if let Some(SpanFields(fields)) = span.extensions_mut().get_mut::<SpanFields>() {
                values.record(&mut FieldVisitor(fields));
            }
        }
    }

    fn on_event(&self, event: &Event<'_>, ctx: Context<'_, S>) {
        let mut fields = BTreeMap::new();
        event.record(&mut FieldVisitor(&mut fields));
        let spans = ctx
            .event_scope(event)
            .map(|scope| {
                scope
                    .from_root()
                    .map(|span| CapturedSpan {
                        name: span.name().to_string(),
                        fields: span
                            .extensions()
                            .get::<SpanFields>()
                            .map(|SpanFields(fields)| fields.clone())
                            .unwrap_or_default(),
                    })
                    .collect()
            })
            .unwrap_or_default();
        let metadata = event.metadata();
        self.events
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .push(CapturedEvent {
                level: *metadata.level(),
                target: metadata.target().to_string(),
                fields,
                spans,
            });
    }
}
