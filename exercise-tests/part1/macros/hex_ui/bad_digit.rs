use course_hex::hex;

fn main() {
    let _ = hex!("c0ffee");
    let _ = hex!("0g");
}
