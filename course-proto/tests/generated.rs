//! The committed gRPC code (`src/inventory.v1.rs`) is exactly what
//! tonic-prost-build generates today from `proto/inventory.proto`.
//!
//! The code is generated here, in a test, rather than in a build script, so
//! that a learner checking a Part VII exercise compiles neither a protobuf
//! compiler nor the code generator: see "gRPC code: committed, and checked"
//! in docs/design-notes.md. protox compiles the `.proto` file in Rust, so no
//! system `protoc` is needed. After changing the `.proto` file (or upgrading
//! tonic or prost), run `BLESS=1 cargo test -p course-proto` to rewrite the
//! committed file, and review the diff.

use std::path::Path;

#[test]
fn committed_code_matches_the_proto_file() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    // ANCHOR: generate
    let descriptors = protox::compile(["inventory.proto"], [root.join("proto")])
        .expect("proto/inventory.proto should compile");
    let out = tempfile::tempdir().expect("a temporary folder for the generated code");
    tonic_prost_build::configure()
        .out_dir(out.path())
        .compile_fds(descriptors)
        .expect("tonic-prost-build should generate code from the descriptors");
    // ANCHOR_END: generate
    let generated = std::fs::read_to_string(out.path().join("inventory.v1.rs"))
        .expect("tonic-prost-build writes one file per package: inventory.v1.rs");
    let committed_path = root.join("src").join("inventory.v1.rs");
    if std::env::var_os("BLESS").is_some() {
        std::fs::write(&committed_path, &generated).expect("writing src/inventory.v1.rs");
        return;
    }
    let committed = std::fs::read_to_string(&committed_path).unwrap_or_default();
    assert!(
        committed == generated,
        "course-proto/src/inventory.v1.rs is not what proto/inventory.proto generates; \
         run `BLESS=1 cargo test -p course-proto` and commit the result"
    );
}
