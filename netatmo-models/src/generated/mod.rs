// @generated from spec/netatmo.yaml + spec/netatmo.overlay.yaml by codegen. Do not edit by hand: run `cargo xtask generate` to regenerate.
//! Data types of the Netatmo API (spec version 1.1.1).

use serde::{Deserialize, Serialize};

/// The spec refers to `#/definitions/holder` but does not define it, so its shape is unknown: this type holds any JSON value unchanged.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Holder(pub serde_json::Value);
