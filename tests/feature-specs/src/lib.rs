//! One client per feature spec of `tests/specs/`, generated at build time by `build.rs`
//! and mounted as a module each (`feature_specs::store::Client`, ...).
//!
//! This crate is the test suite's compile check of the generated code: `cargo test` builds
//! it, any rustc warning in generated code fails the build, and the tests in
//! `tests/tests/features.rs` use the generated types and clients as a user would.

#![forbid(unsafe_code)]
#![deny(missing_docs, warnings)]

include!(concat!(env!("OUT_DIR"), "/features.rs"));
