//! Format: token streams -> source text (syn + prettyplease), with the generated-file header.
//!
//! A file is emitted and formatted in pieces ([`Pieces`]): consecutive runs of its items are
//! made into tokens, parsed and printed on their own, by as many threads as the machine has
//! cores, and the texts joined in order. The output is the same as formatting the whole file
//! at once (and the same whatever the number of threads), but only a few runs' syntax trees
//! exist at any time, so memory does not grow with the size of a file, and a spec of
//! thousands of operations formats on every core.

use std::cell::RefCell;
use std::ops::Range;
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};

use proc_macro2::TokenStream;

/// Marks a placeholder for doc lines ([`doc_lines`]): a private-use character, and a line
/// that holds one is never put in a placeholder.
const DOC_MARK: char = '\u{E000}';

thread_local! {
    /// While this thread formats a run of pieces: the doc lines its placeholders stand for.
    static DOC_BLOCKS: RefCell<Option<Vec<Vec<String>>>> = const { RefCell::new(None) };
}

/// Outer doc attributes, one per line of `lines` (each printed `///{line}`).
///
/// Doc comments are most of a generated file, and each line would go through a string
/// literal escaped by quote, unescaped by syn and printed by prettyplease. While
/// [`format_all`] formats a run, the lines become one placeholder attribute instead, which
/// it replaces with them after printing: the same text, as prettyplease prints a doc line
/// that holds no newline and does not start with `/` (trailing spaces trimmed). Lines of
/// any other kind, and calls outside a run, give one attribute per line.
pub(crate) fn doc_lines(lines: Vec<String>) -> TokenStream {
    let plain = |lines: Vec<String>| {
        let attrs = lines.iter().map(|line| quote::quote!(#[doc = #line]));
        quote::quote!(#(#attrs)*)
    };
    if lines.is_empty()
        || lines
            .iter()
            .any(|l| l.starts_with('/') || l.contains(['\n', '\r', DOC_MARK]))
    {
        return plain(lines);
    }
    DOC_BLOCKS.with(|blocks| match blocks.borrow_mut().as_mut() {
        Some(blocks) => {
            let placeholder = format!("{DOC_MARK}{}", blocks.len());
            blocks.push(lines);
            quote::quote!(#[doc = #placeholder])
        }
        None => plain(lines),
    })
}

/// `text` with each placeholder line (`///` and a mark, indented) replaced by the lines of
/// its block, at its indentation.
fn expand_doc_lines(text: String, blocks: &[Vec<String>]) -> String {
    if blocks.is_empty() {
        return text;
    }
    let extra: usize = blocks.iter().flatten().map(|l| l.len() + 16).sum();
    let mut out = String::with_capacity(text.len() + extra);
    for line in text.split_inclusive('\n') {
        let content = line.trim_start_matches(' ');
        let indent = &line[..line.len() - content.len()];
        let block = content
            .strip_prefix("///")
            .and_then(|rest| rest.strip_prefix(DOC_MARK))
            .and_then(|index| index.trim_end_matches('\n').parse::<usize>().ok())
            .and_then(|index| blocks.get(index));
        match block {
            Some(block) => {
                for doc in block {
                    out.push_str(indent);
                    out.push_str("///");
                    out.push_str(doc.trim_end_matches(' '));
                    out.push('\n');
                }
            }
            None => out.push_str(line),
        }
    }
    out
}

/// How many pieces are parsed and printed together by default: enough that the threads'
/// hand-overs cost nothing, few enough that a run's tokens and syntax tree stay in the
/// processor's cache (2,200 operations: 4 is 4% faster than 16, and 64 7% slower).
pub const RUN: usize = 4;

/// A file to format, given as pieces: `piece(i)` for `i` in `0..count` are the tokens of
/// its consecutive items (each piece one or more whole items). Piece 0 starts the file and
/// holds its inner attributes and doc comment, if any. Pieces are made on the thread that
/// formats them, so `piece` must be callable from any thread.
pub struct Pieces<'a> {
    /// The comment lines the file starts with.
    pub header: String,
    /// How many pieces there are.
    pub count: usize,
    /// How many pieces are formatted together ([`RUN`] for pieces of an item or a few;
    /// fewer for large ones).
    pub run: usize,
    /// The tokens of piece `i`.
    pub piece: Box<dyn Fn(usize) -> TokenStream + Sync + 'a>,
}

impl std::fmt::Debug for Pieces<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Pieces")
            .field("header", &self.header)
            .field("count", &self.count)
            .finish_non_exhaustive()
    }
}

/// Parses `tokens` as a Rust file and pretty-prints it under `header` (comment lines).
/// A parse failure is a bug in the generator; it is returned, never panicked on.
pub fn format(tokens: TokenStream, header: &str) -> Result<String, syn::Error> {
    let body = separate_items(&unparse(tokens)?);
    Ok(format!("{header}\n{body}"))
}

/// Formats every file of `files`, in parallel, and returns their texts in the same order.
/// An error is the first piece (in file order) that does not parse, described.
pub fn format_all(files: &[&Pieces<'_>]) -> Result<Vec<String>, String> {
    let jobs: Vec<(usize, Range<usize>)> = files
        .iter()
        .enumerate()
        .flat_map(|(f, file)| {
            let size = file.run.max(1);
            (0..file.count.div_ceil(size))
                .map(move |run| (f, run * size..((run + 1) * size).min(file.count)))
        })
        .collect();
    let texts: Vec<Mutex<Option<Result<String, String>>>> =
        jobs.iter().map(|_| Mutex::new(None)).collect();
    let next = AtomicUsize::new(0);
    let work = || {
        loop {
            let i = next.fetch_add(1, Ordering::Relaxed);
            let Some((f, range)) = jobs.get(i) else {
                break;
            };
            let piece = &files[*f].piece;
            DOC_BLOCKS.with(|blocks| *blocks.borrow_mut() = Some(Vec::new()));
            let mut tokens = TokenStream::new();
            for p in range.clone() {
                tokens.extend(piece(p));
            }
            let blocks = DOC_BLOCKS
                .with(|blocks| blocks.borrow_mut().take())
                .unwrap_or_default();
            let text = unparse(tokens)
                .map(|text| separate_items(&expand_doc_lines(text, &blocks)))
                .map_err(|e| format!("{e} (file {}, pieces {range:?})", f + 1));
            *texts[i]
                .lock()
                .unwrap_or_else(std::sync::PoisonError::into_inner) = Some(text);
        }
    };
    let threads = std::thread::available_parallelism()
        .map_or(1, usize::from)
        .min(jobs.len());
    if threads <= 1 {
        work();
    } else {
        std::thread::scope(|scope| {
            for _ in 1..threads {
                scope.spawn(work);
            }
            work();
        });
    }
    // Each run's text is separated already; where two runs meet, the blank line
    // `separate_items` would put between the two lines, if any.
    let mut texts_of: Vec<Vec<String>> = files.iter().map(|_| Vec::new()).collect();
    for ((f, _), text) in jobs.iter().zip(texts) {
        let text = text
            .into_inner()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .ok_or_else(|| "a formatting thread stopped early".to_owned())??;
        texts_of[*f].push(text);
    }
    Ok(files
        .iter()
        .zip(texts_of)
        .map(|(file, runs)| {
            let size = file.header.len() + 1 + runs.iter().map(|r| r.len() + 1).sum::<usize>();
            let mut out = String::with_capacity(size);
            out.push_str(&file.header);
            out.push('\n');
            let mut last: Option<&str> = None;
            for run in runs.iter().filter(|run| !run.is_empty()) {
                if let (Some(last), Some(first)) = (last, run.lines().next())
                    && ends_item(last, first)
                {
                    out.push('\n');
                }
                out.push_str(run);
                last = run.lines().next_back();
            }
            out
        })
        .collect())
}

/// `tokens` parsed as a file and printed by prettyplease.
fn unparse(tokens: TokenStream) -> Result<String, syn::Error> {
    let file: syn::File = syn::parse2(tokens)?;
    Ok(prettyplease::unparse(&file))
}

/// Puts a blank line between items, as a person would (prettyplease prints none): after a
/// block or a one-line item that closes at module or `impl` level, and after the imports.
/// Only whitespace is added; generated code has no multi-line string literals to disturb.
fn separate_items(code: &str) -> String {
    let lines: Vec<&str> = code.lines().collect();
    let mut out = String::with_capacity(code.len() + code.len() / 16);
    for (i, line) in lines.iter().enumerate() {
        out.push_str(line);
        out.push('\n');
        let Some(next) = lines.get(i + 1) else {
            continue;
        };
        if ends_item(line, next) {
            out.push('\n');
        }
    }
    out
}

fn ends_item(line: &str, next: &str) -> bool {
    let indent = line.len() - line.trim_start().len();
    let next_indent = next.len() - next.trim_start().len();
    let (line, next) = (line.trim(), next.trim());
    if indent > 4 || next_indent < indent || next.starts_with('}') || next.is_empty() {
        return false;
    }
    if line.starts_with("//!") {
        return !next.starts_with("//!") && !next.starts_with("#![");
    }
    if line.starts_with("#![") {
        return !next.starts_with("#![");
    }
    // Runs of imports, of re-exports and of module declarations stay together.
    for run in ["use ", "pub use ", "mod "] {
        if line.starts_with(run) {
            return !next.starts_with(run);
        }
    }
    line == "}"
        || line == "};"
        || (line.ends_with(';') && !line.starts_with("//") && next_indent == indent)
}

#[cfg(test)]
mod tests {
    use super::*;
    use quote::quote;

    #[test]
    fn a_file_in_pieces_reads_as_the_whole_file_formatted_at_once() {
        // 40 items: three runs of 16, on every core.
        // Doc lines through `doc_lines`: placeholders in a run, attributes in `format`.
        let item = |i: usize| {
            let name = quote::format_ident!("S{i}");
            let docs = doc_lines(vec![
                " A struct.".into(),
                String::new(),
                " Trailing  ".into(),
            ]);
            let field_docs = doc_lines(vec![format!(" Field {i}, `a`.")]);
            let odd = doc_lines(vec!["/ starts with a slash".into(), " x".into()]);
            quote! {
                #docs
                pub struct #name { #field_docs a: u8 }
                impl #name { #odd fn f(&self) -> u8 { self.a } }
            }
        };
        let head = || quote! { #![doc = " Doc."] use std::fmt; };
        let whole = {
            let items = (0..40).map(item);
            format(
                quote! { #![doc = " Doc."] use std::fmt; #(#items)* },
                "// h",
            )
            .expect("parses")
        };
        let pieces = Pieces {
            header: "// h".to_owned(),
            count: 41,
            run: RUN,
            piece: Box::new(move |i| if i == 0 { head() } else { item(i - 1) }),
        };
        let broken = Pieces {
            header: "// b".to_owned(),
            count: 2,
            run: 1,
            piece: Box::new(|i| {
                if i == 0 {
                    quote!(
                        fn ok() {}
                    )
                } else {
                    quote!(fn 1() {})
                }
            }),
        };
        // In a run, the three lines are one placeholder attribute.
        DOC_BLOCKS.with(|blocks| *blocks.borrow_mut() = Some(Vec::new()));
        let placeholder = doc_lines(vec![" a".into(), String::new(), " b".into()]).to_string();
        DOC_BLOCKS.with(|blocks| blocks.borrow_mut().take());
        assert_eq!(placeholder.matches("doc").count(), 1, "{placeholder}");
        assert!(whole.contains("/// Trailing\n"), "{whole}");
        assert!(whole.contains("    /// Field 3, `a`.\n"), "{whole}");
        assert_eq!(format_all(&[&pieces]).expect("parses"), [whole]);
        let error = format_all(&[&pieces, &broken]).expect_err("the second file does not parse");
        assert!(error.contains("file 2, pieces 1..2"), "{error}");
    }

    #[test]
    fn items_get_one_blank_line_between_them() {
        let code = "//! Doc.\nuse a;\nuse b;\nmod p;\nmod q;\npub use p::*;\npub use q::*;\npub const X: u8 = 1;\n/// S.\npub struct S {\n    a: u8,\n}\nimpl S {\n    fn f() {\n        g();\n    }\n    fn h() {}\n}\n";
        let want = "//! Doc.\n\nuse a;\nuse b;\n\nmod p;\nmod q;\n\npub use p::*;\npub use q::*;\n\npub const X: u8 = 1;\n\n/// S.\npub struct S {\n    a: u8,\n}\n\nimpl S {\n    fn f() {\n        g();\n    }\n\n    fn h() {}\n}\n";
        assert_eq!(separate_items(code), want);
    }
}
