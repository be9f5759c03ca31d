use course_hex::hex;

fn main() {
    let _ = hex!("abc");
    let _ = hex!("ab cd e");
}
