use course_hex::hex;

fn main() {
    let _ = hex!(0xff);
}
