//! The README's table of operations is the generated API's: every operation by product
//! line (its first tag), the scopes it needs and, if deprecated, why and what replaces it.
//! Made from the intermediate model, so a change of the overlays that the README does not
//! follow fails here. `UPDATE_README=1 cargo test -p tests --test readme` rewrites the table
//! (review the diff as any other).

use codegen::ir::{Api, Note, Operation};

const START: &str = "<!-- operations: made by tests/tests/readme.rs, do not edit by hand -->\n";
const END: &str = "<!-- operations end -->\n";

/// Product lines in the order the table lists them; any other tag comes after, by name.
const LINES: [&str; 6] = [
    "Weather",
    "Home Coach",
    "Homes",
    "Energy",
    "Security",
    "Account",
];

fn scopes(op: &Operation) -> String {
    let alternatives = op.docs.notes.iter().find_map(|note| match note {
        Note::Scopes(alternatives) => Some(alternatives),
        _ => None,
    });
    match alternatives {
        None => "none".to_owned(),
        Some(alternatives) => alternatives
            .iter()
            .map(|all| {
                all.iter()
                    .map(|scope| format!("`{scope}`"))
                    .collect::<Vec<_>>()
                    .join(" + ")
            })
            .collect::<Vec<_>>()
            .join(" or "),
    }
}

fn table(api: &Api) -> String {
    let line_of = |op: &Operation| op.tags.first().cloned().unwrap_or_default();
    let mut lines: Vec<String> = api.operations.iter().map(line_of).collect();
    lines.sort_by_key(|line| {
        (
            LINES.iter().position(|l| l == line).unwrap_or(LINES.len()),
            line.clone(),
        )
    });
    lines.dedup();
    let mut out = String::new();
    for line in lines {
        let shown = if line.is_empty() { "Untagged" } else { &line };
        out.push_str(&format!(
            "\n**{shown}**\n\n| method | call | scopes | status |\n|---|---|---|---|\n"
        ));
        let mut ops: Vec<&Operation> = api
            .operations
            .iter()
            .filter(|op| line_of(op) == line)
            .collect();
        ops.sort_by_key(|op| (op.deprecated.is_some(), op.name.rust.clone()));
        for op in ops {
            let status = match &op.deprecated {
                None => "current".to_owned(),
                Some(d) => format!(
                    "deprecated: {}",
                    d.reason.as_deref().unwrap_or("no reason given")
                ),
            };
            out.push_str(&format!(
                "| `{}` | `{} {}` | {} | {} |\n",
                op.name.rust,
                op.method.as_str(),
                op.path,
                scopes(op),
                status.replace('|', "\\|"),
            ));
        }
    }
    out.push('\n');
    out
}

#[test]
fn the_readme_lists_every_operation_with_its_scopes_and_deprecation() {
    let overlays = tests::overlays();
    let (api, _) = codegen::model(
        &tests::read(xtask::workspace::SPEC),
        &tests::strs(&overlays),
    )
    .expect("the workspace spec generates");
    let expected = table(&api);
    let path = tests::workspace_root().join("README.md");
    let readme = std::fs::read_to_string(&path).expect("README.md is readable");
    let (Some(start), Some(end)) = (readme.find(START), readme.find(END)) else {
        panic!("README.md has no operations table between `{START}` and `{END}`");
    };
    let current = &readme[start + START.len()..end];
    if current == expected {
        return;
    }
    if std::env::var_os("UPDATE_README").is_some() {
        let updated = format!(
            "{}{expected}{}",
            &readme[..start + START.len()],
            &readme[end..]
        );
        std::fs::write(&path, updated).expect("README.md is writable");
        return;
    }
    panic!(
        "README.md's operations table is not the generated API's; run \
         `UPDATE_README=1 cargo test -p tests --test readme` and review the diff. Expected:\n{expected}"
    );
}
