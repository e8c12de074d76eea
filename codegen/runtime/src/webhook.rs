// codegen-runtime: a copy of this crate goes, unchanged, with every standalone generated pair.
//! What an API pushes to its users (webhooks): the body of a push, decoded.

use serde::de::DeserializeOwned;

use crate::Error;

/// The JSON body of a push (a webhook's POST to the URL a user registered) as a `T`, or
/// [`Error::Payload`] saying where it is not one. Generated API crates call it from their
/// `webhooks::decode_*` functions, one per kind of push the spec describes.
///
/// It does no I/O and never blocks: a receiver decodes, hands the value on and answers at
/// once, since services drop webhooks whose receiver is slow or failing.
///
/// ```
/// #[derive(serde::Deserialize)]
/// struct Push {
///     push_type: String,
/// }
/// let push: Push = codegen_runtime::decode_payload(br#"{"push_type": "webhook_activation"}"#)?;
/// assert_eq!(push.push_type, "webhook_activation");
/// let error = codegen_runtime::decode_payload::<Push>(b"{}").err().expect("no push_type");
/// assert!(error.to_string().contains("push_type"), "{error}");
/// # Ok::<(), codegen_runtime::Error>(())
/// ```
pub fn decode_payload<T: DeserializeOwned>(body: &[u8]) -> Result<T, Error> {
    let mut deserializer = serde_json::Deserializer::from_slice(body);
    let value = serde_path_to_error::deserialize(&mut deserializer).map_err(|e| {
        let path = e.path().to_string();
        Error::payload(
            if path == "." { String::new() } else { path },
            e.into_inner(),
            body,
        )
    })?;
    // Bytes after the JSON value make a malformed body, not one to read leniently.
    deserializer
        .end()
        .map_err(|e| Error::payload(String::new(), e, body))?;
    Ok(value)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, serde::Deserialize)]
    struct Push {
        #[allow(dead_code)]
        items: Vec<Item>,
    }

    #[derive(Debug, serde::Deserialize)]
    struct Item {
        #[allow(dead_code)]
        on: bool,
    }

    #[test]
    fn a_body_of_another_shape_says_where() {
        let error = decode_payload::<Push>(br#"{"items": [{"on": true}, {"on": "yes"}]}"#)
            .expect_err("not a bool");
        match &error {
            Error::Payload { path, .. } => assert_eq!(path, "items[1].on"),
            other => panic!("{other:?}"),
        }
        assert!(error.status().is_none());
        assert!(!error.is_retryable());
    }

    #[test]
    fn empty_truncated_and_trailing_bodies_are_errors_not_panics() {
        for body in [&b""[..], b"{\"items\": [", b"{\"items\": []} {}", b"\xff"] {
            let error = decode_payload::<Push>(body).expect_err("refused");
            assert!(matches!(error, Error::Payload { .. }), "{error:?}");
        }
        decode_payload::<Push>(b" {\"items\": []}\n").expect("whitespace around is fine");
    }
}
