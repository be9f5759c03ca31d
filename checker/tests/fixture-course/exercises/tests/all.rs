// Placeholder: `cargo course sync` overwrites this file.
