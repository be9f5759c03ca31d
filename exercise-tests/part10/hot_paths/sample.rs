use super::*;

#[test]
fn writes_a_sample_with_labels() {
    let mut out = String::new();
    write_sample(
        &mut out,
        "http_requests",
        &[("host", "web1"), ("code", "200")],
        42.5,
    );
    assert_eq!(out, "http_requests{host=\"web1\",code=\"200\"} 42.5\n");
}

#[test]
fn writes_a_sample_without_labels() {
    let mut out = String::new();
    write_sample(&mut out, "uptime_seconds", &[], 3600.0);
    assert_eq!(
        out, "uptime_seconds 3600\n",
        "no braces without labels; 3600.0 prints as 3600"
    );
}

#[test]
fn appends_instead_of_replacing() {
    let mut out = String::from("# metrics\n");
    write_sample(&mut out, "a", &[("k", "v")], 1.0);
    write_sample(&mut out, "b", &[], -0.25);
    assert_eq!(out, "# metrics\na{k=\"v\"} 1\nb -0.25\n");
}

#[test]
fn reusing_the_buffer_allocates_nothing() {
    let labels = [("host", "web1"), ("region", "eu-west-1"), ("code", "503")];
    let mut out = String::new();
    // Warm-up: the buffer grows to its working size.
    write_sample(&mut out, "http_requests_total", &labels, 123_456.75);
    let expected = out.clone();
    out.clear();
    let ((), stats) = course_alloc::measure(|| {
        write_sample(&mut out, "http_requests_total", &labels, 123_456.75);
    });
    assert_eq!(out, expected, "the same line again");
    assert_eq!(
        stats.allocations, 0,
        "writing into a buffer with enough capacity should not allocate: {stats:?}"
    );
}
