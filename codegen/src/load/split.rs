//! Parsing a large spec on every core.
//!
//! The YAML scanner reads one character after another, so a spec of thousands of
//! operations is parsed on one core while the others wait. But nearly all of such a spec is
//! its `paths` mapping, whose entries are independent: cut between two entries, each part is
//! a YAML document of its own. This module cuts the text there, parses the parts on
//! separate threads and joins the paths back in order.
//!
//! The result must be the tree the whole text gives, or nothing: [`parse`] gives up (and
//! the caller parses the whole text) whenever the text has something the cut could change:
//! several documents, directives, merge keys, line breaks other than `\n` and `\r\n`, a
//! `paths` that is not a block mapping at the top level. A cut in the wrong place (inside
//! a quoted scalar or a flow collection that spans lines) leaves a part that does not
//! parse; an alias cut from its anchor does not resolve. Any error in any part, any
//! diagnostic while converting it and any path found in two parts make it give up too, so
//! every problem is reported by the whole parse, with its true line and column.

use std::sync::atomic::{AtomicBool, Ordering};

use serde_json::{Map, Value};

use super::{nesting, to_json};
use crate::diagnostics::{Diagnostics, Pointer};
use crate::parallel;

/// About how large a part is. Parts much smaller than a spec, many more than there are
/// cores, keep the parser's memory small and reused: a part is parsed into a list of
/// events first, and a list grown to hold a whole large spec costs more copying and fresh
/// pages than the parse itself.
pub(super) const PART_BYTES: usize = 256 * 1024;

/// How many parts to cut `text` into on this machine: one per [`PART_BYTES`], and one (no
/// cut: parse it whole) when it is smaller than two, or there is a single core.
pub(super) fn parts_for(text: &str) -> usize {
    if parallel::cores() < 2 {
        return 1;
    }
    (text.len() / PART_BYTES).max(1)
}

/// The tree of `text`, parsed in `parts` parts on every core; `None` when it cannot be cut
/// safely, or any part has a problem: then the whole text must be parsed.
pub(super) fn parse(text: &str, parts: usize) -> Option<Value> {
    if parts < 2 {
        return None;
    }
    parse_at(text, &Cut::find(text, parts)?)
}

/// The tree of `text` cut at `cut`, the parts parsed on every core.
fn parse_at(text: &str, cut: &Cut) -> Option<Value> {
    // Part 0: all but the entries of the other parts. Part i: `paths` with its entries.
    let part = |i: usize| match i {
        0 => [&text[..cut.starts[0]], &text[cut.end..]].concat(),
        i => {
            let end = cut.starts.get(i).copied().unwrap_or(cut.end);
            ["paths:\n", &text[cut.starts[i - 1]..end]].concat()
        }
    };
    // Once a part fails, the whole text will be parsed: the parts not started are skipped.
    let failed = AtomicBool::new(false);
    let numbers: Vec<usize> = (0..=cut.starts.len()).collect();
    let mut trees = parallel::map(&numbers, |&i| {
        if failed.load(Ordering::Relaxed) {
            return None;
        }
        let tree = parse_part(&part(i));
        if tree.is_none() {
            failed.store(true, Ordering::Relaxed);
        }
        tree
    })
    .into_iter();
    let mut head = trees.next().flatten()?;
    let paths = head.get_mut("paths")?.as_object_mut()?;
    for tail in trees {
        let Value::Object(mut tail) = tail? else {
            return None;
        };
        let Some(Value::Object(entries)) = tail.remove("paths") else {
            return None;
        };
        if !tail.is_empty() {
            return None;
        }
        join(paths, entries)?;
    }
    Some(head)
}

/// Adds `entries` after those of `paths`; `None` if a key is in both (the whole text has a
/// duplicate key, which the whole parse reports).
fn join(paths: &mut Map<String, Value>, entries: Map<String, Value>) -> Option<()> {
    for (key, value) in entries {
        if paths.insert(key, value).is_some() {
            return None;
        }
    }
    Some(())
}

/// One part parsed as `super::parse` parses a whole text, or `None` at its first problem.
fn parse_part(text: &str) -> Option<Value> {
    if nesting::too_deep(text, nesting::MAX_FLOW_DEPTH).is_some() {
        return None;
    }
    let yaml: serde_yaml::Value = serde_yaml::from_str(text).ok()?;
    let mut diags = Diagnostics::default();
    let json = to_json(yaml, &Pointer::root(), &mut diags);
    diags.is_empty().then_some(json)
}

/// Where to cut: the first entry of each part after the first, and the end of `paths`.
#[derive(Debug, PartialEq, Eq)]
struct Cut {
    /// Offsets of the lines that start the parts after the first; increasing.
    starts: Vec<usize>,
    /// Offset of the line after the `paths` mapping (the text's length if it is last).
    end: usize,
}

impl Cut {
    /// Cut points in `text` for up to `parts` parts of about equal size (fewer if it has
    /// fewer entries), or `None` if the text holds anything a cut could change, or cannot
    /// be cut in two.
    fn find(text: &str, parts: usize) -> Option<Cut> {
        let (entries, end) = entries(text)?;
        // The first part holds everything outside `paths` as well, and at least the first
        // entry.
        let per_part = text.len() / parts;
        let mut want = per_part.saturating_sub(text.len() - end);
        let mut starts: Vec<usize> = Vec::with_capacity(parts - 1);
        let mut candidates = entries.iter().copied().skip(1);
        while starts.len() < parts - 1 {
            let Some(next) = candidates.find(|&e| e >= want) else {
                break;
            };
            starts.push(next);
            want = next + per_part;
        }
        (!starts.is_empty()).then_some(Cut { starts, end })
    }
}

/// Where the entries of the top-level `paths` mapping are: the offset of each entry's first
/// line, and the offset of the line after the mapping. `None` if the text holds anything a
/// cut could change.
fn entries(text: &str) -> Option<(Vec<usize>, usize)> {
    if has_anchors(text) {
        return None;
    }
    plain_entries(text)
}

/// [`entries`], anchors or not.
fn plain_entries(text: &str) -> Option<(Vec<usize>, usize)> {
    if !plain_single_document(text) {
        return None;
    }
    let (body, indent) = paths_body(text)?;
    let mut entries = Vec::new();
    let mut end = text.len();
    let mut offset = body;
    for line in text[body..].split_inclusive('\n') {
        let start = offset;
        offset += line.len();
        let spaces = line.bytes().take_while(|&b| b == b' ').count();
        let rest = &line[spaces..];
        if rest.trim_end_matches(['\r', '\n']).is_empty() || rest.starts_with('#') {
            continue; // blank or a comment: neither ends nor starts anything
        }
        if spaces == 0 {
            end = start;
            break;
        }
        if spaces < indent || rest.starts_with('\t') {
            return None;
        }
        if spaces == indent {
            if !starts_key(rest) {
                return None;
            }
            entries.push(start);
        }
    }
    Some((entries, end))
}

/// Whether `text` is one YAML document without directives, document markers, merge keys or
/// line breaks other than `\n` and `\r\n`: what a cut cannot change.
fn plain_single_document(text: &str) -> bool {
    let lone_cr = text.contains('\r')
        && text
            .split('\r')
            .skip(1)
            .any(|after| !after.starts_with('\n'));
    let markers = ["---", "...", "%"]
        .iter()
        .any(|m| text.starts_with(m) || text.contains(&format!("\n{m}")));
    !(lone_cr
        || markers
        || text.contains("<<")
        // (one search each: a search for a single character is a fast byte search)
        || ['\u{85}', '\u{2028}', '\u{2029}', '\u{feff}']
            .iter()
            .any(|&c| text.contains(c)))
}

/// Whether `text` seems to define an anchor (`&name` after a space, a line break or a flow
/// indicator). Anchors are defined to be aliased elsewhere, which a cut would most likely
/// leave unresolved: then every part would be parsed for nothing before the whole text.
/// (Not needed for correctness: an alias whose anchor is in another part fails its part.)
fn has_anchors(text: &str) -> bool {
    let bytes = text.as_bytes();
    text.match_indices('&').any(|(i, _)| {
        let before = i.checked_sub(1).map(|j| bytes[j]);
        let after = bytes.get(i + 1).copied();
        matches!(
            before,
            None | Some(b' ' | b'\t' | b'\n' | b'[' | b'{' | b',')
        ) && after.is_some_and(|b| !matches!(b, b' ' | b'\t' | b'\r' | b'\n'))
    })
}

/// The offset of the first line of the top-level `paths` block mapping, and the indentation
/// of its keys; `None` if there is not exactly one, or it is not a block mapping.
fn paths_body(text: &str) -> Option<(usize, usize)> {
    let mut found = text
        .match_indices("paths:")
        .map(|(i, _)| i)
        .filter(|&i| i == 0 || text.as_bytes()[i - 1] == b'\n');
    let key = found.next()?;
    if found.next().is_some() {
        return None;
    }
    let after_key = key + "paths:".len();
    let line_end = text[after_key..]
        .find('\n')
        .map_or(text.len(), |i| after_key + i + 1);
    let rest = text[after_key..line_end].trim_start_matches(' ');
    if !(rest.trim_end_matches(['\r', '\n']).is_empty() || rest.starts_with('#')) {
        return None; // `paths: {...}`, or anything else on the key's line
    }
    // The first entry gives the indentation of all.
    for line in text[line_end..].split_inclusive('\n') {
        let spaces = line.bytes().take_while(|&b| b == b' ').count();
        let rest = &line[spaces..];
        if rest.trim_end_matches(['\r', '\n']).is_empty() || rest.starts_with('#') {
            continue;
        }
        return (spaces > 0 && starts_key(rest)).then_some((line_end, spaces));
    }
    None
}

/// Whether a line's text after its indentation can start a key of a block mapping, and
/// nothing else: not a sequence entry, an explicit key or value, or the inside of a flow
/// collection.
fn starts_key(rest: &str) -> bool {
    !rest.starts_with(['-', '?', ':', ',', ']', '}', '\t'])
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A tree as text: the same text means the same keys in the same order (comparing
    /// trees would not see the order: `Map`'s equality ignores it).
    fn json(tree: Option<&Value>) -> Option<String> {
        tree.map(|t| serde_json::to_string(t).expect("serialises"))
    }

    /// The whole parse, without cutting; `None` with any diagnostic.
    fn whole(text: &str) -> Option<Value> {
        let mut diags = Diagnostics::default();
        let tree = super::super::parse_whole(text, &mut diags);
        tree.filter(|_| diags.is_empty())
    }

    fn spec(paths: usize) -> String {
        let mut text = String::from("swagger: '2.0'\ninfo:\n  title: T\n  version: '1'\npaths:\n");
        for i in 0..paths {
            text.push_str(&format!(
                "  /op{i}:\n    get:\n      description: |\n        Line one\n\n        line two\n      responses:\n        200:\n          description: OK\n"
            ));
        }
        text.push_str("definitions:\n  A:\n    type: object\n");
        text
    }

    #[test]
    fn parts_join_into_the_whole_tree() {
        let text = spec(40);
        let whole = whole(&text).expect("parses");
        for parts in 2..=5 {
            assert_eq!(
                json(parse(&text, parts).as_ref()),
                json(Some(&whole)),
                "{parts} parts"
            );
        }
    }

    #[test]
    fn cuts_fall_on_entries_and_balance_the_parts() {
        let text = spec(100);
        let cut = Cut::find(&text, 2).expect("cuts");
        assert_eq!(cut.end, text.find("definitions:").expect("present"));
        let start = cut.starts[0];
        assert!(
            text[start..].starts_with("  /op"),
            "{}",
            &text[start..start + 10]
        );
        let first = start + (text.len() - cut.end);
        let second = cut.end - start;
        assert!(first.abs_diff(second) < 200, "{first} vs {second}");
    }

    #[test]
    fn crlf_line_breaks_are_cut_too() {
        let text = spec(20).replace('\n', "\r\n");
        assert!(Cut::find(&text, 2).is_some());
        assert_eq!(json(parse(&text, 3).as_ref()), json(whole(&text).as_ref()));
    }

    /// Every two-part cut of `text` (at each entry but the first) gives the whole tree or
    /// nothing; returns how many gave nothing (`usize::MAX`: the text is not cut). Anchors
    /// do not stop the cut here: an alias cut from its anchor must fail its part.
    fn every_cut_is_whole_or_nothing(text: &str) -> usize {
        let whole = whole(text);
        let Some((entries, end)) = plain_entries(text) else {
            return usize::MAX;
        };
        let mut nothing = 0;
        for &start in &entries[1..] {
            let cut = Cut {
                starts: vec![start],
                end,
            };
            match parse_at(text, &cut) {
                None => nothing += 1,
                tree => assert_eq!(
                    json(tree.as_ref()),
                    json(whole.as_ref()),
                    "cut at {start}:\n{text}"
                ),
            }
        }
        nothing
    }

    /// Texts a cut could change, or whose parts would not parse: the cut is refused, or the
    /// parts in error, so that the whole parse answers (and reports problems where they
    /// are).
    #[test]
    fn what_a_cut_could_change_is_parsed_whole() {
        let base = spec(10);
        let refused = [
            (
                "merge keys",
                base.replace(
                    "definitions:",
                    "x-m: &m {a: 1}\nx-n:\n  <<: *m\ndefinitions:",
                ),
            ),
            ("two documents", format!("{base}---\na: 1\n")),
            ("a directive", format!("%YAML 1.1\n---\n{base}")),
            (
                "a flow `paths`",
                "swagger: '2.0'\npaths: {/a: {}, /b: {}}\n".to_owned(),
            ),
            ("a sequence under `paths`", "paths:\n- a\n- b\n".to_owned()),
            (
                "an indented sequence under `paths`",
                "paths:\n  - a\n  - b\n".to_owned(),
            ),
            ("`paths` twice", format!("{base}paths:\n  /x: {{}}\n")),
            (
                "a lone carriage return",
                base.replace("Line one", "Line\rone"),
            ),
            (
                "a line break U+2028",
                base.replace("Line one", "Line\u{2028}one"),
            ),
            (
                "a line less indented than the entries",
                base.replace("  /op5:", " /op5:"),
            ),
            ("a tab", base.replace("  /op5:", "  \t/op5:")),
            (
                "an explicit key",
                base.replace("  /op5:\n", "  ? /op5\n  :\n"),
            ),
            (
                "a sequence at the entries' indentation",
                base.replace("  /op5:\n    get:", "  /op5:\n  - get:"),
            ),
            (
                "an anchor",
                base.replace("    type: object\n", "    type: &t object\n"),
            ),
            (
                "an anchor in a flow collection",
                base.replace(
                    "    type: object\n",
                    "    x-list: [&t a, b]\n    type: object\n",
                ),
            ),
        ];
        for (what, text) in refused {
            assert_eq!(entries(&text), None, "{what}:\n{text}");
            for parts in 2..=4 {
                assert_eq!(parse(&text, parts), None, "{what}, {parts} parts:\n{text}");
            }
        }
        let entry = "  /op5:\n";
        let failing = [
            ("an alias of an anchor in another part", base.replace("      description: |\n        Line one\n\n        line two\n      responses:\n        200:\n          description: OK\n  /op1:", "      description: &a |\n        Line one\n\n        line two\n      responses:\n        200:\n          description: OK\n  /op1:").replace("  /op7:\n    get:\n      description: |\n        Line one\n\n        line two\n", "  /op7:\n    get:\n      description: *a\n")),
            ("a quoted scalar over an entry's line", base.replace(entry, "  /op4b:\n    x-note: \"start\n  /op4c: inside\n    end\"\n  /op5:\n")),
            ("a single-quoted scalar over an entry's line", base.replace(entry, "  /op4b:\n    x-note: 'start\n  /op4c: inside\n    end'\n  /op5:\n")),
            ("a flow mapping over an entry's line", base.replace(entry, "  /op4b: {a: 1,\n  /op4c: 2}\n  /op5:\n")),
            ("a path twice", base.replace("  /op6:", "  /op5:")),
        ];
        for (what, text) in failing {
            assert!(
                every_cut_is_whole_or_nothing(&text) > 0,
                "{what}: no cut failed:\n{text}"
            );
        }
    }

    #[test]
    fn ampersands_that_are_not_anchors_do_not_stop_the_cut() {
        let text = spec(10).replace("Line one", "Q&A, a & b, R&D &");
        assert!(!has_anchors(&text));
        assert_eq!(every_cut_is_whole_or_nothing(&text), 0);
        assert_eq!(json(parse(&text, 3).as_ref()), json(whole(&text).as_ref()));
    }

    #[test]
    fn every_cut_of_a_valid_spec_gives_the_whole_tree() {
        assert_eq!(every_cut_is_whole_or_nothing(&spec(12)), 0);
        let commented = spec(12).replace("  /op5:", "# at the margin\n\n  /op5:");
        assert_eq!(every_cut_is_whole_or_nothing(&commented), 0);
    }

    /// Every spec in the repository (the corpus of broken ones included), cut anywhere,
    /// and a large one cut as `parse` cuts it.
    #[test]
    fn the_repository_s_specs_cut_anywhere_give_their_whole_tree_or_nothing() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
        let mut cut = 0;
        let (mut largest, mut most_paths) = (None, 0);
        for dir in [
            "spec",
            "tests/corpus",
            "tests/diff-specs",
            "tests/fixtures/specs",
            "tests/specs",
        ] {
            let Ok(files) = std::fs::read_dir(root.join(dir)) else {
                continue;
            };
            for file in files.flatten() {
                let path = file.path();
                if !path
                    .extension()
                    .is_some_and(|e| e == "yaml" || e == "yml" || e == "json")
                {
                    continue;
                }
                let text = std::fs::read_to_string(&path).expect("readable");
                if every_cut_is_whole_or_nothing(&text) != usize::MAX {
                    cut += 1;
                }
                if let Some(tree) = whole(&text)
                    && let paths = tree["paths"].as_object().map_or(0, |p| p.len())
                    && paths > most_paths
                {
                    most_paths = paths;
                    largest = Some(tree);
                }
            }
        }
        assert!(cut > 40, "only {cut} specs could be cut");
        // The valid one with the most paths, repeated.
        let tree = largest.expect("a valid spec");
        let large = crate::to_yaml(&crate::scale::repeat_paths(&tree, 20)).expect("writes");
        let whole = whole(&large).expect("parses");
        for parts in 2..=4 {
            // (Not `assert_eq!`: the trees are too large to print.)
            assert!(
                json(parse(&large, parts).as_ref()) == json(Some(&whole)),
                "{parts} parts"
            );
        }
    }

    #[test]
    fn comments_and_blank_lines_at_the_margin_do_not_end_paths() {
        let text = spec(10).replace("  /op5:", "# a comment\n\n  /op5:");
        assert!(
            Cut::find(&text, 2)
                .is_some_and(|c| c.end == text.find("definitions:").expect("present"))
        );
        assert_eq!(json(parse(&text, 2).as_ref()), json(whole(&text).as_ref()));
    }

    #[test]
    fn paths_last_in_the_text_is_cut_to_its_end() {
        let text = spec(10).replace("definitions:\n  A:\n    type: object\n", "");
        assert_eq!(Cut::find(&text, 2).map(|c| c.end), Some(text.len()));
        assert_eq!(json(parse(&text, 2).as_ref()), json(whole(&text).as_ref()));
    }

    #[test]
    fn a_spec_of_few_entries_is_cut_in_fewer_parts() {
        let text = spec(3);
        assert_eq!(Cut::find(&text, 10).map(|c| c.starts.len()), Some(2));
        assert_eq!(json(parse(&text, 10).as_ref()), json(whole(&text).as_ref()));
        assert_eq!(parse(&spec(1), 2), None);
    }
}
