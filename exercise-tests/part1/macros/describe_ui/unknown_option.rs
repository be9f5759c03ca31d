use course_derive::Describe;

#[derive(Describe)]
struct Login {
    user: String,
    #[describe(hide)]
    password: String,
}

fn main() {}
