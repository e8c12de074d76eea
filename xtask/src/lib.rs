//! What `cargo xtask` knows of this repository, shared with the tests: where the spec and
//! its overlay are and where the generated modules go. The `codegen` library knows none of
//! it; it is given these as input.

#![forbid(unsafe_code)]
#![deny(missing_docs)]

pub mod workspace;
