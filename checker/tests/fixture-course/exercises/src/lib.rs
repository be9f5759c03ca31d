//! The fixture course's exercises.
