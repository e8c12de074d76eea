//! The API's error codes: `x-error-codes` at the spec's root, a list of
//! `{code, name, description?, means?}`. They name the codes a caller can match on, and say
//! which the client acts on (`means`: `token-rejected`, `quota-exhausted`, `overloaded`).

use crate::diagnostics::{Code, Diagnostics, Pointer};
use crate::ir::{ErrorCode, ErrorMeaning};
use crate::load::swagger::Swagger;
use crate::names;

/// The extension's name.
const EXTENSION: &str = "x-error-codes";

/// The codes the spec lists; a malformed entry is left out, with a warning at it.
pub(super) fn error_codes(spec: &Swagger, diags: &mut Diagnostics) -> Vec<ErrorCode> {
    let Some(value) = spec.extensions.get(EXTENSION) else {
        return Vec::new();
    };
    let at = Pointer::root().join(EXTENSION);
    let Some(items) = value.as_array() else {
        diags.warn(
            Code::InvalidType,
            &at,
            format!(
                "`{EXTENSION}` must be a list of `{{code, name, description, means}}`: ignored"
            ),
        );
        return Vec::new();
    };
    let mut codes: Vec<ErrorCode> = Vec::new();
    for (i, item) in items.iter().enumerate() {
        let at = at.join(i.to_string());
        let code = item.get("code").and_then(serde_json::Value::as_i64);
        let name = item.get("name").and_then(serde_json::Value::as_str);
        let (Some(code), Some(name)) = (code, name) else {
            diags.warn(
                Code::InvalidValue,
                &at,
                "an error code needs an integer `code` and a `name`: left out",
            );
            continue;
        };
        if names::camel(name) != name || name == "Other" {
            diags.warn(
                Code::InvalidValue,
                &at.join("name"),
                format!(
                    "`{name}` is not an UpperCamelCase Rust name (or is `Other`, the catch-all): left out"
                ),
            );
            continue;
        }
        if let Some(twice) = codes.iter().find(|c| c.code == code || c.name == name) {
            diags.warn(
                Code::Duplicate,
                &at,
                format!(
                    "code {code} `{name}` repeats code {} `{}`: left out",
                    twice.code, twice.name
                ),
            );
            continue;
        }
        let meaning = match item.get("means").map(|m| m.as_str()) {
            None => None,
            Some(Some("token-rejected")) => Some(ErrorMeaning::TokenRejected),
            Some(Some("quota-exhausted")) => Some(ErrorMeaning::QuotaExhausted),
            Some(Some("overloaded")) => Some(ErrorMeaning::Overloaded),
            Some(_) => {
                diags.warn(
                    Code::InvalidValue,
                    &at.join("means"),
                    "`means` is one of `token-rejected`, `quota-exhausted`, `overloaded`: ignored",
                );
                None
            }
        };
        codes.push(ErrorCode {
            code,
            name: name.to_owned(),
            description: item
                .get("description")
                .and_then(serde_json::Value::as_str)
                .map(str::to_owned),
            meaning,
        });
    }
    codes
}
