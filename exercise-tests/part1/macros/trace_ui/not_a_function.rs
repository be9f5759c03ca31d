use course_trace::trace;

fn log(line: &str) {
    println!("{line}");
}

#[trace(log)]
struct Point {
    x: i32,
}

fn main() {
    log("unused");
}
