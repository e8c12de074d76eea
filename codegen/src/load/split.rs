//! Parsing a large spec on every core.
//!
//! The YAML scanner reads one character after another, so a spec of thousands of
//! operations is parsed on one core while the others wait. But nearly all of such a spec is
//! its `paths` mapping, whose entries are independent: cut between two entries, each part is
//! a YAML document of its own. This module cuts the text there, parses the parts on
//! separate threads and joins the paths back in order.
//!
//! The result must be the tree the whole text gives, or nothing: [`parse`] gives up (and
//! the caller parses the whole text) whenever the text has something a cut could change:
//! several documents, directives, merge keys, anchors, line breaks other than `\n` and
//! `\r\n`, a `paths` that is not a block mapping at the top level. Each part is a slice of
//! the text, so a quoted scalar or a flow collection that spans a cut is unterminated in
//! the part before it, which fails; block and plain scalars end at a line indented like an
//! entry, or less, in a part as in the whole text. Any error in any part, any diagnostic
//! while converting it, and any key found in two parts make it give up too, so every
//! problem is reported by the whole parse, with its true line and column.

use std::borrow::Cow;
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
    // The nesting guard reads the whole text as the whole parse would: a part, read out of
    // its context, may pass where the whole text does not.
    if parts < 2 || nesting::too_deep(text, nesting::MAX_FLOW_DEPTH).is_some() {
        return None;
    }
    parse_at(text, &Cut::find(text, parts)?)
}

/// The tree of `text` cut at `cut`, the parts parsed on every core.
///
/// Each part is a slice of the text, in order: the start (the keys before `paths`, `paths`
/// and its first entries), each later run of entries under a `paths:` of its own, and what
/// follows `paths`. A quoted scalar or a flow collection still open where a slice ends is
/// unterminated in that part, which then fails: no part closes what another opened.
fn parse_at(text: &str, cut: &Cut) -> Option<Value> {
    // What comes before `paths:` is a part of its own, unless it holds only comments: then
    // a construct that spans the `paths:` line fails one part or the other.
    let before = !text[..cut.key].lines().all(|line| {
        let line = line.trim_start_matches(' ');
        line.trim_end().is_empty() || line.starts_with('#')
    });
    let mut bounds = Vec::with_capacity(cut.starts.len() + 4);
    bounds.push(0);
    if before {
        bounds.push(cut.key);
    }
    let start = bounds.len() - 1;
    bounds.extend(&cut.starts);
    bounds.push(cut.end);
    if cut.end < text.len() {
        bounds.push(text.len());
    }
    let runs = start + 1..=start + cut.starts.len();
    let part = |i: usize| -> Cow<'_, str> {
        let slice = &text[bounds[i]..bounds[i + 1]];
        if runs.contains(&i) {
            Cow::Owned(["paths:\n", slice].concat())
        } else {
            Cow::Borrowed(slice)
        }
    };
    // Once a part fails, the whole text will be parsed: the parts not started are skipped.
    let failed = AtomicBool::new(false);
    let numbers: Vec<usize> = (0..bounds.len() - 1).collect();
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
    let mut top = Map::new();
    if before {
        let Some(Value::Object(keys)) = trees.next()? else {
            return None;
        };
        join(&mut top, keys)?;
    }
    // The start: `paths` alone, with its first entries, which go on in the runs.
    let Some(Value::Object(head)) = trees.next()? else {
        return None;
    };
    if head.len() != 1 {
        return None;
    }
    join(&mut top, head)?;
    let paths = top.get_mut("paths")?.as_object_mut()?;
    for run in trees.by_ref().take(cut.starts.len()) {
        let Value::Object(mut run) = run? else {
            return None;
        };
        let Some(Value::Object(entries)) = run.remove("paths") else {
            return None;
        };
        if !run.is_empty() {
            return None;
        }
        join(paths, entries)?;
    }
    // What follows `paths`: more keys of the top level (its first line starts a key).
    match trees.next() {
        None => {}
        Some(Some(Value::Object(rest))) => join(&mut top, rest)?,
        Some(_) => return None,
    }
    Some(Value::Object(top))
}

/// Adds `entries` after those of `map`; `None` if a key is in both (the whole text has a
/// duplicate key, which the whole parse reports).
fn join(map: &mut Map<String, Value>, entries: Map<String, Value>) -> Option<()> {
    for (key, value) in entries {
        if map.insert(key, value).is_some() {
            return None;
        }
    }
    Some(())
}

/// One part parsed as `super::parse` parses a whole text, or `None` at its first problem.
fn parse_part(text: &str) -> Option<Value> {
    // Guarded again although the whole text passed: a part that starts inside a scalar
    // the cut went through reads its brackets as flow collections, which the scanner
    // would take time quadratic in their depth to refuse.
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
    /// Offset of the `paths:` line.
    key: usize,
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
        let Entries { key, entries, end } = entries(text)?;
        // The first part holds the keys before `paths` as well, and at least the first
        // entry; what follows `paths` is a part of its own.
        let per_part = text.len() / parts;
        let mut want = per_part;
        let mut starts: Vec<usize> = Vec::with_capacity(parts);
        let mut candidates = entries.iter().copied().skip(1);
        while let Some(next) = candidates.find(|&e| e >= want) {
            starts.push(next);
            want = next + per_part;
        }
        (!starts.is_empty()).then_some(Cut { key, starts, end })
    }
}

/// Where `paths` and its entries are in a text.
#[derive(Debug, PartialEq, Eq)]
struct Entries {
    /// Offset of the `paths:` line.
    key: usize,
    /// Offset of each entry's first line.
    entries: Vec<usize>,
    /// Offset of the line after the mapping (the text's length if it is last).
    end: usize,
}

/// Where the entries of the top-level `paths` mapping are: the offset of each entry's first
/// line, and the offset of the line after the mapping. `None` if the text holds anything a
/// cut could change.
fn entries(text: &str) -> Option<Entries> {
    if has_anchors(text) {
        return None;
    }
    plain_entries(text)
}

/// [`entries`], anchors or not.
fn plain_entries(text: &str) -> Option<Entries> {
    if !plain_single_document(text) {
        return None;
    }
    let key = paths_key(text)?;
    let (body, indent) = paths_body(text, key)?;
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
            // The next key of the top level: anything else (a flow mapping, a scalar) is
            // not, and would parse alone where the whole text does not.
            let line = rest.trim_end_matches(['\r', '\n']);
            if !starts_key(rest) || !(line.contains(": ") || line.ends_with(':')) {
                return None;
            }
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
    Some(Entries { key, entries, end })
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

/// Whether `text` may define an anchor (`&` then a character a name can start with,
/// anywhere but after a letter or digit, where it is inside a plain scalar). Parts must not
/// hold anchors: an alias cut from its anchor fails its part, but yaml_serde numbers
/// anchors as it meets them, and one redefined resolves differently in a part than in the
/// whole text. So a text with any is parsed whole. (Quoted and block scalars may hold a `&`
/// that is no anchor: such a text is parsed whole too, which is only slower.)
fn has_anchors(text: &str) -> bool {
    let bytes = text.as_bytes();
    text.match_indices('&').any(|(i, _)| {
        let after_word = i
            .checked_sub(1)
            .is_some_and(|j| bytes[j].is_ascii_alphanumeric());
        let names = bytes.get(i + 1).is_some_and(|b| {
            !matches!(
                b,
                b' ' | b'\t' | b'\r' | b'\n' | b',' | b'[' | b']' | b'{' | b'}'
            )
        });
        names && !after_word
    })
}

/// The offset of the first line of the top-level `paths` block mapping whose key is at
/// `key`, and the indentation of its keys; `None` if it is not a block mapping.
fn paths_body(text: &str, key: usize) -> Option<(usize, usize)> {
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

/// The offset of the one `paths:` at the start of a line, if there is exactly one.
fn paths_key(text: &str) -> Option<usize> {
    let mut found = text
        .match_indices("paths:")
        .map(|(i, _)| i)
        .filter(|&i| i == 0 || text.as_bytes()[i - 1] == b'\n');
    let key = found.next()?;
    found.next().is_none().then_some(key)
}

/// Whether a line's text after its indentation can start a key of a block mapping, and
/// nothing else: not a sequence entry, an explicit key or value, a flow collection, a
/// node's properties or an alias, or a block scalar.
fn starts_key(rest: &str) -> bool {
    !rest.starts_with([
        '-', '?', ':', ',', '[', ']', '{', '}', '&', '*', '!', '|', '>', '%', '@', '`', '\t',
    ])
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

    /// The outcome of every cut of `text` at the entries `entries` finds: one at each entry
    /// but the first, and, for texts of up to 40 entries, two at every pair. Each must give
    /// the whole tree or nothing. `None`: the text is not cut at all.
    #[derive(Debug, PartialEq)]
    struct Cuts {
        /// Cuts that gave the whole tree.
        whole: usize,
        /// Cuts that gave nothing.
        nothing: usize,
    }

    fn every_cut(text: &str, entries: fn(&str) -> Option<Entries>) -> Option<Cuts> {
        let expected = json(whole(text).as_ref());
        let Entries {
            key,
            entries: found,
            end,
        } = entries(text)?;
        let mut cuts: Vec<Vec<usize>> = found[1..].iter().map(|&e| vec![e]).collect();
        if found.len() <= 40 {
            for (i, &a) in found.iter().enumerate().skip(1) {
                cuts.extend(found[i + 1..].iter().map(|&b| vec![a, b]));
            }
        }
        let mut outcome = Cuts {
            whole: 0,
            nothing: 0,
        };
        for starts in cuts {
            let cut = Cut { key, starts, end };
            match parse_at(text, &cut) {
                None => outcome.nothing += 1,
                tree => {
                    assert_eq!(json(tree.as_ref()), expected, "{cut:?}:\n{text}");
                    outcome.whole += 1;
                }
            }
        }
        Some(outcome)
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
        assert_eq!(cut.starts.len(), 1);
        let start = cut.starts[0];
        assert!(
            text[start..].starts_with("  /op"),
            "{}",
            &text[start..start + 10]
        );
        assert!(start.abs_diff(text.len() - start) < 200, "{start}");
    }

    #[test]
    fn every_cut_of_a_valid_spec_gives_the_whole_tree() {
        let text = spec(12);
        let cuts = every_cut(&text, entries).expect("cut");
        assert_eq!(cuts.nothing, 0);
        assert!(cuts.whole > 60, "{cuts:?}");
        for (what, text) in [
            ("CRLF", text.replace('\n', "\r\n")),
            (
                "comments at the margin",
                text.replace("  /op5:", "# a comment\n\n  /op5:"),
            ),
            ("no newline at the end", text.trim_end().to_owned()),
            (
                "`paths` last",
                text.replace("definitions:\n  A:\n    type: object\n", ""),
            ),
            (
                "entries indented by 4",
                text.replace("\n  ", "\n    ")
                    .replace("definitions:\n    A", "definitions:\n  A"),
            ),
            (
                "ampersands that are no anchors",
                text.replace("Line one", "Q&A, a & b, R&D &"),
            ),
        ] {
            assert!(whole(&text).is_some(), "{what}");
            let cuts = every_cut(&text, entries).unwrap_or_else(|| panic!("{what}: not cut"));
            assert_eq!(cuts.nothing, 0, "{what}");
            assert!(
                json(parse(&text, 3).as_ref()) == json(whole(&text).as_ref()),
                "{what}"
            );
        }
    }

    /// Texts a cut could change: refused before any part is parsed.
    #[test]
    fn what_a_cut_could_change_is_not_cut() {
        let base = spec(10);
        let refused = [
            (
                "merge keys",
                base.replace(
                    "definitions:",
                    "x-m: {a: 1}\nx-n:\n  <<: {b: 2}\ndefinitions:",
                ),
            ),
            ("two documents", format!("{base}---\na: 1\n")),
            ("a directive", format!("%YAML 1.1\n---\n{base}")),
            (
                "a flow `paths`",
                "swagger: '2.0'\npaths: {/a: {}, /b: {}}\n".to_owned(),
            ),
            (
                "a flow `paths` on the next line",
                "paths:\n  {/a: 1,\n  /b: 2}\nx: a}\n".to_owned(),
            ),
            ("a sequence under `paths`", "paths:\n- a\n- b\n".to_owned()),
            (
                "an indented sequence under `paths`",
                "paths:\n  - a\n  - b\n".to_owned(),
            ),
            ("`paths` twice", format!("{base}paths:\n  /x: {{}}\n")),
            (
                "a null at the margin after `paths`",
                base.replace("definitions:", "~\ndefinitions:"),
            ),
            (
                "a flow mapping at the margin after `paths`",
                base.replace("definitions:", "{c: 1}\ndefinitions:"),
            ),
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
            (
                "an anchor after a flow mapping's colon",
                base.replace(
                    "    type: object\n",
                    "    x-v: {\"v\":&x 1}\n    type: object\n",
                ),
            ),
            (
                "an anchor after an explicit key",
                base.replace("    type: object\n", "    x-v: [?&x a]\n    type: object\n"),
            ),
        ];
        for (what, text) in refused {
            assert_eq!(entries(&text), None, "{what}:\n{text}");
        }
    }

    /// Texts whose cuts leave parts that fail: every cut gives the whole tree or nothing,
    /// and the cuts through the construct give nothing. Most of them are constructs that
    /// span an entry's line, or start inside `paths` and end after it at the margin.
    #[test]
    fn constructs_across_a_cut_fail_their_part() {
        let base = spec(6);
        let entry = "  /op3:\n";
        let cases = [
            (
                "a quoted scalar over an entry's line",
                base.replace(
                    entry,
                    "  /op2b:\n    x-note: \"start\n  /op2c: inside\n    end\"\n  /op3:\n",
                ),
            ),
            (
                "a single-quoted scalar over an entry's line",
                base.replace(
                    entry,
                    "  /op2b:\n    x-note: 'start\n  /op2c: inside\n    end'\n  /op3:\n",
                ),
            ),
            (
                "a flow mapping over an entry's line",
                base.replace(entry, "  /op2b: {a: 1,\n  /op2c: 2}\n  /op3:\n"),
            ),
            (
                "a quoted scalar continued at the margin",
                "swagger: '2.0'\npaths:\n  /a: \"foo\n  /b: bar\nbaz\"\n  /c: {}\n  /d: {}\n"
                    .to_owned(),
            ),
            (
                "a flow sequence continued at the margin",
                "paths:\n  /a: [1,\n  /b: 2,\n3]\n  /c: {}\n".to_owned(),
            ),
            (
                "a broken flow sequence continued at the margin",
                "paths:\n  /a: [1,\n  /b: 2},\n3]\n  /c: {}\n".to_owned(),
            ),
            (
                "a quoted scalar closed after `paths`",
                "paths:\n  /a: 'foo\n  /b: bar'\nx-note: a'\n".to_owned(),
            ),
            (
                "`paths:` inside a scalar, the real key quoted",
                "\"paths\":\n  /real: {}\nx-doc: \"see\npaths:\n  /a: 1\n  /b: 2\n\"\n".to_owned(),
            ),
            (
                "`paths:` inside a scalar that the real, quoted key holds",
                "\"paths\":\n /r:\n  x: \"q\npaths:\n  /a: 1\n  q\"\n  /c: 2\n  /d: 3\n  /e: 4\n  /f: 5\n".to_owned(),
            ),
            ("a path twice", base.replace("  /op4:", "  /op3:")),
            (
                "a key of the top level twice",
                format!("{base}info: again\n"),
            ),
        ];
        for (what, text) in cases {
            if let Some(tree) = parse(&text, 2) {
                assert_eq!(json(Some(&tree)), json(whole(&text).as_ref()), "{what}");
            }
            // Refused before any part is parsed (the line that ends `paths` is no key):
            // as good.
            let Some(cuts) = every_cut(&text, plain_entries) else {
                continue;
            };
            assert!(
                cuts.nothing > 0,
                "{what}: no cut failed ({cuts:?}):\n{text}"
            );
        }
    }

    /// Anchors are refused (above) because of these: an alias cut from its anchor, or an
    /// anchor redefined, where yaml_serde's numbering makes a part resolve differently.
    #[test]
    fn an_alias_cut_from_its_anchor_fails_its_part() {
        let text = "x-a: &x 1\npaths:\n  /a: {}\n  /b: *x\n";
        let cuts = every_cut(text, plain_entries).expect("cut");
        assert_eq!(cuts.nothing, 1, "{cuts:?}");
        let redefined = "x-a: {\"v\":&x 1}\npaths:\n  /a: {}\n  /b: {\"v\":&x 2}\nx-b: *x\n";
        assert_eq!(entries(redefined), None);
        assert_eq!(parse(redefined, 2), None);
    }

    /// Every spec in the repository (the corpus of broken ones included), cut anywhere,
    /// and a large one cut as `parse` cuts it.
    #[test]
    fn the_repository_s_specs_cut_anywhere_give_their_whole_tree_or_nothing() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
        let mut cut_whole = 0;
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
                if every_cut(&text, entries).is_some_and(|cuts| cuts.whole > 0) {
                    cut_whole += 1;
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
        assert!(
            cut_whole >= 20,
            "only {cut_whole} specs were cut into their tree"
        );
        // The valid one with the most paths, repeated.
        let tree = largest.expect("a valid spec");
        let large = crate::to_yaml(&crate::scale::repeat_paths(&tree, 20)).expect("writes");
        let whole = whole(&large).expect("parses");
        for parts in [2, 3, 4, 9] {
            // (Not `assert_eq!`: the trees are too large to print.)
            assert!(
                json(parse(&large, parts).as_ref()) == json(Some(&whole)),
                "{parts} parts"
            );
        }
    }

    #[test]
    fn a_spec_of_few_entries_is_cut_in_fewer_parts() {
        let text = spec(3);
        assert_eq!(Cut::find(&text, 10).map(|c| c.starts.len()), Some(2));
        let tree = parse(&text, 10);
        assert!(tree.is_some());
        assert_eq!(json(tree.as_ref()), json(whole(&text).as_ref()));
        assert_eq!(parse(&spec(1), 2), None);
    }
}
