//! The fixture course's solutions.
