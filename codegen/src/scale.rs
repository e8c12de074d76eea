//! Large specs made from small ones, for benchmarks and scaling tests: a spec's paths
//! repeated and renamed, its definitions shared, so that a spec of thousands of operations
//! has the shape of a real one (the same parameters, answers and types, many times over).

use serde_json::{Map, Value};

/// `spec` (a JSON tree, as [`crate::load::parse`] gives it) with its paths repeated `times`
/// times in all: copy 0 is the original, copy `k` has each path `/p` as `/p_k` and each
/// `operationId` `id` as `id_k`. Definitions, parameters and responses at the top level are
/// shared by every copy, as operations of a large API share their types.
///
/// `times` of 0 or 1 returns the spec unchanged.
pub fn repeat_paths(spec: &Value, times: usize) -> Value {
    let mut out = spec.clone();
    let Some(paths) = spec.get("paths").and_then(Value::as_object) else {
        return out;
    };
    let mut repeated = Map::with_capacity(paths.len() * times.max(1));
    for copy in 0..times.max(1) {
        for (path, item) in paths {
            if copy == 0 {
                repeated.insert(path.clone(), item.clone());
                continue;
            }
            let mut item = item.clone();
            if let Some(operations) = item.as_object_mut() {
                for operation in operations.values_mut() {
                    if let Some(Value::String(id)) = operation.get_mut("operationId") {
                        *id = format!("{id}_{copy}");
                    }
                }
            }
            // `/a` -> `/a_2`, `/a/` -> `/a_2/`, `/` -> `/_2`.
            let renamed = match path.strip_suffix('/') {
                Some(stem) if !stem.is_empty() => format!("{stem}_{copy}/"),
                _ => format!("{path}_{copy}"),
            };
            repeated.insert(renamed, item);
        }
    }
    out["paths"] = Value::Object(repeated);
    out
}

/// The number of operations (methods of path items) in `spec`.
pub fn operation_count(spec: &Value) -> usize {
    const METHODS: [&str; 7] = ["get", "put", "post", "delete", "options", "head", "patch"];
    spec.get("paths")
        .and_then(Value::as_object)
        .map_or(0, |paths| {
            paths
                .values()
                .filter_map(Value::as_object)
                .map(|item| METHODS.iter().filter(|m| item.contains_key(**m)).count())
                .sum()
        })
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn copies_are_renamed_and_share_definitions() {
        let spec = json!({
            "swagger": "2.0",
            "paths": {
                "/a": {"get": {"operationId": "getA"}, "parameters": []},
                "/b/": {"post": {"operationId": "postB"}, "delete": {}},
                "/": {"get": {}},
            },
            "definitions": {"T": {"type": "string"}},
        });
        let big = repeat_paths(&spec, 3);
        assert_eq!(operation_count(&spec), 4);
        assert_eq!(operation_count(&big), 12);
        assert!(big["paths"]["/_2"]["get"].is_object());
        assert_eq!(big["paths"]["/a_2"]["get"]["operationId"], "getA_2");
        assert_eq!(big["paths"]["/b_1/"]["post"]["operationId"], "postB_1");
        assert_eq!(big["paths"]["/a"], spec["paths"]["/a"]);
        assert_eq!(big["definitions"], spec["definitions"]);
        assert_eq!(repeat_paths(&spec, 0), spec);
    }
}
