use course_derive::Describe;

#[derive(Describe)]
enum Shape {
    Circle { radius: f64 },
    Square { side: f64 },
}

fn main() {}
