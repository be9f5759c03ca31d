use course_derive::Describe;

#[derive(Describe)]
struct Meters(f64);

fn main() {}
