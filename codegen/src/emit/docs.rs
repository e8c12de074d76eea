//! Spec prose -> `#[doc]` attributes that rustdoc renders as written and never misreads.

use proc_macro2::TokenStream;
use quote::quote;

use crate::ir::{Docs, Note};

/// One `#[doc]` attribute per line (prettyplease prints a multi-line string as a `/** */`
/// block), paragraphs in order: summary, description (both spec prose, made inert), then
/// the generator's notes (its own Markdown sentences).
pub(crate) fn doc_attrs(docs: &Docs) -> TokenStream {
    let mut paragraphs: Vec<String> = Vec::new();
    if let Some(summary) = docs
        .summary
        .as_deref()
        .map(str::trim)
        .filter(|s| !s.is_empty())
    {
        paragraphs.push(summary.to_owned());
    }
    if let Some(description) = docs
        .description
        .as_deref()
        .map(str::trim)
        .filter(|s| !s.is_empty())
        && paragraphs.first().map(String::as_str) != Some(description)
    {
        paragraphs.push(description.to_owned());
    }
    let prose = lines_to_attrs(&paragraphs);
    let notes: Vec<String> = docs.notes.iter().map(super::notes::sentence).collect();
    let notes: Vec<&str> = notes.iter().map(String::as_str).collect();
    if notes.is_empty() {
        return prose;
    }
    let notes = own_doc(&notes);
    if paragraphs.is_empty() {
        notes
    } else {
        quote!(#prose #[doc = ""] #notes)
    }
}

/// The docs of an item the spec may leave undescribed (a type, a field, a parameter): the
/// spec's prose and the generator's notes. Without prose, `name` (the item's name on the
/// wire, given only where it is not the Rust name) comes first; with nothing at all to say,
/// no doc but `#[allow(missing_docs)]`: a sentence that repeats the item's name, or says
/// where the spec wrote it, would tell the reader nothing rustdoc does not show already.
pub(crate) fn item_docs(docs: &Docs, name: Option<Note>) -> TokenStream {
    if docs.has_prose() {
        return doc_attrs(docs);
    }
    let mut docs = docs.clone();
    docs.notes.splice(0..0, name);
    if docs.is_empty() {
        quote!(#[allow(missing_docs)])
    } else {
        doc_attrs(&docs)
    }
}

/// The first line of an input's description, inert, for a list of arguments; for a path
/// parameter the spec does not declare, what it is.
pub(crate) fn first_line(docs: &Docs) -> Option<String> {
    match &docs.description {
        Some(d) => Some(markdown_line(d.lines().next().unwrap_or(""))),
        None => docs.notes.iter().find_map(|note| {
            matches!(note, Note::UndeclaredPathParam(_)).then(|| super::notes::sentence(note))
        }),
    }
}

/// Doc attributes for paragraphs the generator writes itself (already valid Markdown).
pub(crate) fn own_doc(paragraphs: &[&str]) -> TokenStream {
    let mut lines = Vec::new();
    for (i, paragraph) in paragraphs.iter().enumerate() {
        if i > 0 {
            lines.push(String::new());
        }
        lines.extend(paragraph.lines().map(|l| format!(" {}", clean(l))));
    }
    crate::format::doc_lines(lines)
}

/// Spec text (a title, a name, an enum value) for a place inside a sentence of the
/// generator's own: on one line, inert as Markdown, nothing rustc refuses.
pub(crate) fn inline(text: &str) -> String {
    markdown_line(&spec_lines(text.trim()).join(" "))
}

/// Spec text as an inline code span, whatever it holds: on one line, nothing rustc refuses,
/// fenced by more backticks than the longest run inside it.
pub(crate) fn code(text: &str) -> String {
    let text = clean(&spec_lines(text).join(" "));
    let longest = text.split(|c| c != '`').map(str::len).max().unwrap_or(0);
    if longest == 0 {
        format!("`{text}`")
    } else {
        let fence = "`".repeat(longest + 1);
        format!("{fence} {text} {fence}")
    }
}

/// Spec text without what rustc refuses in doc comments: lone carriage returns (a line
/// break inside a line) and bidirectional-override characters (a deny-by-default lint).
fn clean(text: &str) -> String {
    text.chars()
        .filter(|c| !matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}'))
        .map(|c| if c == '\r' { ' ' } else { c })
        .collect()
}

/// Lines of spec text: `\n`, `\r\n` and a lone `\r` all end a line.
fn spec_lines(text: &str) -> Vec<String> {
    text.replace("\r\n", "\n")
        .split(['\n', '\r'])
        .map(str::to_owned)
        .collect()
}

fn lines_to_attrs(paragraphs: &[String]) -> TokenStream {
    let mut lines = Vec::new();
    for (i, paragraph) in paragraphs.iter().enumerate() {
        if i > 0 {
            lines.push(String::new());
        }
        for line in list_aware_lines(&spec_lines(paragraph)) {
            let line = format!(" {line}");
            lines.push(line.trim_end().to_owned());
        }
    }
    crate::format::doc_lines(lines)
}

/// Spec lines made inert ([`markdown_line`] drops their indentation, which could make
/// code blocks), with the lines that continue a list item indented to its text again, as
/// Markdown (and clippy's `doc_lazy_continuation`) wants them. A blank line ends the item.
fn list_aware_lines(lines: &[String]) -> Vec<String> {
    let mut item_indent = None;
    lines
        .iter()
        .map(|raw| {
            let line = markdown_line(raw);
            if line.trim().is_empty() {
                item_indent = None;
                return line;
            }
            if let Some(width) = list_marker_width(&line) {
                item_indent = Some(width);
                return line;
            }
            match item_indent {
                Some(width) => format!("{}{line}", " ".repeat(width)),
                None => line,
            }
        })
        .collect()
}

/// The width of the list marker a line starts with (`- `, `* `, `+ `, `1. `, `12) `).
fn list_marker_width(line: &str) -> Option<usize> {
    let bytes = line.as_bytes();
    if matches!(bytes, [b'-' | b'*' | b'+', b' ', ..]) {
        return Some(2);
    }
    let digits = bytes.iter().take_while(|b| b.is_ascii_digit()).count();
    let ordered = (1..=9).contains(&digits)
        && matches!(bytes.get(digits), Some(b'.' | b')'))
        && bytes.get(digits + 1) == Some(&b' ');
    ordered.then_some(digits + 2)
}

/// Makes one line of spec prose safe for rustdoc: no indented or fenced code (rustdoc would
/// compile it as a doctest), no heading, no brackets or angle brackets read as links or HTML,
/// URLs as autolinks. Inline code and emphasis stay as the spec wrote them.
pub(crate) fn markdown_line(line: &str) -> String {
    let line = clean(line);
    let line = line.trim_start();
    let mut out = String::with_capacity(line.len() + 8);
    if line.starts_with("```") || line.starts_with("~~~") || line.starts_with('#') {
        out.push('\\');
    }
    for (i, word) in line.split(' ').enumerate() {
        if i > 0 {
            out.push(' ');
        }
        if word.starts_with("http://") || word.starts_with("https://") {
            let end = word.trim_end_matches(['.', ',', ';', ':', ')']).len();
            out.push('<');
            out.push_str(&word[..end]);
            out.push('>');
            out.push_str(&word[end..]);
            continue;
        }
        for c in word.chars() {
            if matches!(c, '[' | ']' | '<' | '>') {
                out.push('\\');
            }
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prose_is_made_inert() {
        assert_eq!(markdown_line("    indented code"), "indented code");
        assert_eq!(markdown_line("see [x] <b>"), r"see \[x\] \<b\>");
        assert_eq!(markdown_line("```rust"), r"\```rust");
        assert_eq!(markdown_line("its `_id` field"), "its `_id` field");
        assert_eq!(markdown_line("at https://a.b/c."), "at <https://a.b/c>.");
        assert_eq!(markdown_line("# not a heading"), r"\# not a heading");
        assert_eq!(markdown_line("a\u{202E}b\rc"), "ab c");
        assert_eq!(spec_lines("a\rb\r\nc\n\nd"), ["a", "b", "c", "", "d"]);
    }

    #[test]
    fn lines_that_continue_a_list_item_are_indented_to_its_text() {
        let lines = spec_lines(
            "Binds:\n- `a:b` mounts a\n  host path.\n10. ten\ncontinued\n\nAfter the list.\n* star\nlazy",
        );
        assert_eq!(
            list_aware_lines(&lines),
            [
                "Binds:",
                "- `a:b` mounts a",
                "  host path.",
                "10. ten",
                "    continued",
                "",
                "After the list.",
                "* star",
                "  lazy",
            ]
        );
    }
}
