use super::*;
use clap::error::ErrorKind;

#[test]
fn sizes_with_and_without_units() {
    for (text, bytes) in [
        ("0", 0),
        ("512", 512),
        ("512B", 512),
        ("64KB", 64_000),
        ("10MB", 10_000_000),
        ("2GB", 2_000_000_000),
        ("64KiB", 65_536),
        ("10MiB", 10_485_760),
        ("1GiB", 1_073_741_824),
        ("18446744073709551615", u64::MAX),
    ] {
        assert_eq!(parse_size(text), Ok(bytes), "parse_size({text:?})");
    }
}

#[test]
fn bad_sizes_say_what_to_type_instead() {
    let expected_a_size = Err("expected a size such as 512, 64KB or 10MiB".to_string());
    for text in ["", "MB", "-5", " 5"] {
        assert_eq!(parse_size(text), expected_a_size, "parse_size({text:?})");
    }
    for (text, unit) in [
        ("10XB", "XB"),
        ("1.5MB", ".5MB"),
        ("5 MB", " MB"),
        ("5kb", "kb"),
    ] {
        assert_eq!(
            parse_size(text),
            Err(format!(
                "unknown unit `{unit}`: use B, KB, MB, GB, KiB, MiB or GiB"
            )),
            "parse_size({text:?})"
        );
    }
    let too_large = Err("too large: at most 18446744073709551615 bytes".to_string());
    for text in [
        "18446744073709551616",
        "99999999999999999999999",
        "20000000000GB",
    ] {
        assert_eq!(parse_size(text), too_large, "parse_size({text:?})");
    }
}

#[test]
fn the_command_line_uses_parse_size() {
    let args = Args::try_parse_from(["upload", "--max-size", "64KiB", "a.txt", "b.txt"])
        .unwrap_or_else(|error| panic!("a valid command line was refused:\n{error}"));
    assert_eq!(args.max_size, 65_536, "--max-size 64KiB");
    assert_eq!(
        args.files,
        [PathBuf::from("a.txt"), PathBuf::from("b.txt")],
        "the files"
    );
    let args = Args::try_parse_from(["upload", "a.txt"])
        .unwrap_or_else(|error| panic!("a valid command line was refused:\n{error}"));
    assert_eq!(args.max_size, 10_000_000, "the default --max-size is 10MB");
}

#[test]
fn a_bad_size_is_reported_with_the_flag_and_the_reason() {
    let error = Args::try_parse_from(["upload", "--max-size", "10XB", "a.txt"])
        .expect_err("--max-size 10XB should be refused");
    assert_eq!(
        error.kind(),
        ErrorKind::ValueValidation,
        "the kind of error for --max-size 10XB"
    );
    let message = error.to_string();
    assert!(
        message
            .contains("invalid value '10XB' for '--max-size <SIZE>': unknown unit `XB`: use B, KB"),
        "the message should name the value, the flag and the reason, got:\n{message}"
    );
}

#[test]
fn verbose_and_quiet_conflict() {
    for line in [
        ["upload", "-v", "-q", "a.txt"],
        ["upload", "--quiet", "--verbose", "a.txt"],
    ] {
        match Args::try_parse_from(line) {
            Err(error) => assert_eq!(
                error.kind(),
                ErrorKind::ArgumentConflict,
                "{line:?}: {error}"
            ),
            Ok(args) => {
                panic!("{line:?} should be refused: verbose and quiet conflict, got {args:?}")
            }
        }
    }
    let args = Args::try_parse_from(["upload", "-q", "a.txt"])
        .unwrap_or_else(|error| panic!("`upload -q a.txt` was refused:\n{error}"));
    assert!(
        args.quiet && !args.verbose,
        "`-q` alone: quiet, not verbose"
    );
}
