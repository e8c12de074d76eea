//! OpenAPI Overlay 1.0.0 (<https://spec.openapis.org/overlay/v1.0.0.html>): an ordered list
//! of actions, each selecting nodes of the spec with an RFC 9535 JSONPath `target` and
//! either merging an `update` into them or removing them.
//!
//! Semantics, in the specification's terms, as applied here:
//! - the actions run in order, each on the result of the ones before;
//! - `update` on an object: the update's properties are merged in; where both sides hold
//!   an object the merge recurses, anything else (scalars, arrays) is replaced;
//! - `update` on an array: the update is appended as one entry;
//! - `remove: true`: every selected node is removed from the object or array holding it
//!   (`update` is then ignored); the root cannot be removed;
//! - a target that selects nothing changes nothing and is a warning naming the action's
//!   index and target: that is how a maintainer learns an upstream change broke the
//!   enrichment.

use serde_json::{Map, Value};
use serde_json_path::JsonPath;

use super::decode::{self, Obj};
use crate::diagnostics::{Code, Diagnostics, Document, Pointer};

/// One parsed action.
#[derive(Debug)]
struct Action {
    index: usize,
    target: String,
    path: JsonPath,
    update: Option<Value>,
    remove: bool,
}

/// One step of a node's location.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
enum Step {
    Name(String),
    Index(usize),
}

/// Applies the overlay `overlay` (a parsed JSON tree) to `spec`. Problems with the overlay
/// itself are errors located in it (`document`, which says which overlay it is); targets
/// that match nothing are warnings. Returns `false` (and leaves `spec` untouched) if the
/// overlay is invalid.
pub fn apply(
    spec: &mut Value,
    overlay: &Value,
    document: Document,
    diags: &mut Diagnostics,
) -> bool {
    let mut overlay_diags = Diagnostics::default();
    let actions = read(overlay, &mut overlay_diags);
    let valid = !overlay_diags.has_errors();
    diags.extend_in(document, overlay_diags);
    let Some(actions) = actions.filter(|_| valid) else {
        return false;
    };
    for action in actions {
        apply_action(spec, &action, document, diags);
    }
    true
}

fn read(overlay: &Value, d: &mut Diagnostics) -> Option<Vec<Action>> {
    let mut o = Obj::new(overlay, &Pointer::root(), "the overlay", d)?;
    let version = o.req_string("overlay");
    if let Some(version) = &version
        && !version.starts_with("1.0.")
    {
        let at = o.at().join("overlay");
        o.diags().error(
            Code::UnsupportedVersion,
            &at,
            format!(
                "overlay version {version} is not supported; this generator reads Overlay 1.0.x"
            ),
        );
    }
    o.req("info", |v, at, d| {
        let mut info = Obj::new(v, at, "the overlay's `info`", d)?;
        info.req_string("title");
        info.req_string("version");
        info.finish();
        Some(())
    });
    o.string("extends");
    let actions = o.req("actions", |v, at, d| {
        let Value::Array(items) = v else {
            d.error(
                Code::InvalidType,
                at,
                format!("`actions` must be an array, found {}", decode::kind(v)),
            );
            return None;
        };
        Some(
            items
                .iter()
                .enumerate()
                .filter_map(|(i, item)| read_action(i, item, &at.index(i), d))
                .collect(),
        )
    });
    o.finish();
    actions
}

fn read_action(index: usize, v: &Value, at: &Pointer, d: &mut Diagnostics) -> Option<Action> {
    let mut o = Obj::new(v, at, "an overlay action", d)?;
    let target = o.req_string("target");
    o.string("description");
    let update = o.value("update");
    let remove = o.bool("remove").unwrap_or(false);
    let target_at = o.at().join("target");
    o.finish();
    let target = target?;
    let path = match JsonPath::parse(&target) {
        Ok(path) => path,
        Err(e) => {
            d.error(
                Code::InvalidValue,
                &target_at,
                format!("action {index}: `{target}` is not an RFC 9535 JSONPath: {e}"),
            );
            return None;
        }
    };
    if update.is_none() && !remove {
        d.warn(Code::InvalidValue, at, format!("action {index} (`{target}`) has neither `update` nor `remove: true`; it does nothing"));
    }
    Some(Action {
        index,
        target,
        path,
        update,
        remove,
    })
}

fn apply_action(spec: &mut Value, action: &Action, document: Document, diags: &mut Diagnostics) {
    let locations: Vec<Vec<Step>> = action
        .path
        .query_located(spec)
        .iter()
        .map(|node| {
            node.location()
                .iter()
                .map(|e| match e.as_index() {
                    Some(i) => Step::Index(i),
                    None => Step::Name(e.as_name().unwrap_or_default().to_owned()),
                })
                .collect()
        })
        .collect();
    let at = Pointer::root().join("actions").index(action.index);
    if locations.is_empty() {
        diags.warn_in(
            document,
            Code::UnmatchedTarget,
            &at.join("target"),
            format!(
                "action {} (`{}`) matches nothing in the spec; it changed nothing",
                action.index, action.target
            ),
        );
        return;
    }
    if action.remove {
        // Remove from the end: an earlier index stays valid while later ones go.
        let mut locations = locations;
        locations.sort();
        locations.dedup();
        for location in locations.iter().rev() {
            let Some((last, parent)) = location.split_last() else {
                diags.error_in(
                    document,
                    Code::InvalidValue,
                    &at.join("target"),
                    format!(
                        "action {}: the document root cannot be removed",
                        action.index
                    ),
                );
                continue;
            };
            match (node_mut(spec, parent), last) {
                (Some(Value::Object(map)), Step::Name(name)) => {
                    map.shift_remove(name);
                }
                (Some(Value::Array(items)), Step::Index(i)) if *i < items.len() => {
                    items.remove(*i);
                }
                _ => {}
            }
        }
        return;
    }
    let Some(update) = &action.update else { return };
    for location in &locations {
        match node_mut(spec, location) {
            Some(Value::Object(map)) => match update {
                Value::Object(fields) => merge(map, fields),
                other => diags.error_in(
                    document,
                    Code::InvalidType,
                    &at.join("update"),
                    format!("action {}: `{}` selects an object, so `update` must be an object, not {}", action.index, action.target, decode::kind(other)),
                ),
            },
            Some(Value::Array(items)) => items.push(update.clone()),
            Some(other) => diags.error_in(
                document,
                Code::InvalidType,
                &at.join("target"),
                format!("action {}: `{}` selects {}, which `update` cannot change (only objects and arrays)", action.index, action.target, decode::kind(other)),
            ),
            None => {}
        }
    }
}

fn node_mut<'v>(mut value: &'v mut Value, location: &[Step]) -> Option<&'v mut Value> {
    for step in location {
        value = match (value, step) {
            (Value::Object(map), Step::Name(name)) => map.get_mut(name)?,
            (Value::Array(items), Step::Index(i)) => items.get_mut(*i)?,
            _ => return None,
        };
    }
    Some(value)
}

/// Recursive merge: objects into objects; anything else replaces.
fn merge(target: &mut Map<String, Value>, update: &Map<String, Value>) {
    for (key, value) in update {
        match (target.get_mut(key), value) {
            (Some(Value::Object(existing)), Value::Object(fields)) => merge(existing, fields),
            _ => {
                target.insert(key.clone(), value.clone());
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn run(spec: Value, actions: Value) -> (Value, Diagnostics) {
        let mut spec = spec;
        let overlay =
            json!({"overlay": "1.0.0", "info": {"title": "t", "version": "1"}, "actions": actions});
        let mut d = Diagnostics::default();
        assert!(
            apply(&mut spec, &overlay, Document::Overlay(0), &mut d),
            "{d:?}"
        );
        (spec, d)
    }

    #[test]
    fn update_merges_into_objects_recursively_and_replaces_the_rest() {
        let spec = json!({"info": {"title": "a", "contact": {"name": "n"}, "tags": ["x"]}});
        let (spec, d) = run(
            spec,
            json!([{"target": "$.info", "update": {"version": "2", "contact": {"email": "e"}, "tags": ["y"]}}]),
        );
        assert!(d.is_empty());
        assert_eq!(
            spec,
            json!({"info": {"title": "a", "contact": {"name": "n", "email": "e"}, "tags": ["y"], "version": "2"}})
        );
    }

    #[test]
    fn update_on_an_array_appends_one_entry() {
        let spec = json!({"tags": [{"name": "a"}]});
        let (spec, _) = run(spec, json!([{"target": "$.tags", "update": {"name": "b"}}]));
        assert_eq!(spec, json!({"tags": [{"name": "a"}, {"name": "b"}]}));
    }

    #[test]
    fn update_applies_to_every_selected_node() {
        let spec = json!({"parameters": [{"name": "a", "in": "query"}, {"name": "b", "in": "query"}, {"name": "c", "in": "body"}]});
        let (spec, _) = run(
            spec,
            json!([{"target": "$.parameters[?@.in == 'query']", "update": {"type": "string"}}]),
        );
        assert_eq!(spec["parameters"][0]["type"], "string");
        assert_eq!(spec["parameters"][1]["type"], "string");
        assert_eq!(spec["parameters"][2].get("type"), None);
    }

    #[test]
    fn remove_deletes_object_members_and_array_items() {
        let spec = json!({"paths": {"/a": {}, "/b": {}}, "list": [0, 1, 2, 3]});
        let (spec, _) = run(
            spec,
            json!([
                {"target": "$.paths['/a']", "remove": true, "update": {"ignored": true}},
                {"target": "$.list[?@ == 1 || @ == 3]", "remove": true}
            ]),
        );
        assert_eq!(spec, json!({"paths": {"/b": {}}, "list": [0, 2]}));
    }

    #[test]
    fn actions_run_in_order_on_each_others_result() {
        let spec = json!({"a": {}});
        let (spec, d) = run(
            spec,
            json!([{"target": "$.a", "update": {"b": {}}}, {"target": "$.a.b", "update": {"c": 1}}]),
        );
        assert!(d.is_empty());
        assert_eq!(spec, json!({"a": {"b": {"c": 1}}}));
    }

    #[test]
    fn a_target_that_matches_nothing_is_a_warning_naming_the_action() {
        let spec = json!({"paths": {}});
        let (after, d) = run(
            spec.clone(),
            json!([{"target": "$.info", "update": {"x": 1}}, {"target": "$.paths['/gone']", "remove": true}]),
        );
        assert_eq!(after, spec, "nothing changed");
        let messages: Vec<String> = d.iter().map(ToString::to_string).collect();
        assert_eq!(d.len(), 2, "{messages:?}");
        assert!(
            d.iter()
                .all(|x| x.code == Code::UnmatchedTarget && x.document == Document::Overlay(0))
        );
        assert!(
            messages[0].contains("action 0 (`$.info`)"),
            "{}",
            messages[0]
        );
        assert!(
            messages[1].contains("action 1 (`$.paths['/gone']`)"),
            "{}",
            messages[1]
        );
        assert_eq!(
            d.iter().nth(1).map(|x| x.pointer.to_string()),
            Some("#/actions/1/target".to_owned())
        );
    }

    #[test]
    fn an_invalid_overlay_changes_nothing_and_says_where() {
        let mut spec = json!({"a": 1});
        let overlay = json!({"overlay": "2.0.0", "info": {"title": "t"}, "actions": [{"target": "$[", "update": {}}]});
        let mut d = Diagnostics::default();
        assert!(!apply(&mut spec, &overlay, Document::Overlay(0), &mut d));
        assert_eq!(spec, json!({"a": 1}));
        let pointers: Vec<String> = d.iter().map(|x| x.pointer.to_string()).collect();
        assert!(pointers.contains(&"#/overlay".to_owned()), "{pointers:?}");
        assert!(pointers.contains(&"#/info".to_owned()), "{pointers:?}");
        assert!(
            pointers.contains(&"#/actions/0/target".to_owned()),
            "{pointers:?}"
        );
    }

    #[test]
    fn updating_a_scalar_is_an_error_and_changes_nothing() {
        let (spec, d) = run(
            json!({"a": 1}),
            json!([{"target": "$.a", "update": {"b": 2}}]),
        );
        assert!(d.has_errors());
        assert_eq!(spec, json!({"a": 1}));
    }
}
