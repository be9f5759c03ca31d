// Placeholder: `cargo course sync` overwrites this file (it cannot create the
// folder). The fixture declares no `all` test target, so nothing compiles it.
