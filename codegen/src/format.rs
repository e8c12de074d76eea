//! Format: token streams -> source text (syn + prettyplease), with the generated-file header.

use proc_macro2::TokenStream;

/// Parses `tokens` as a Rust file and pretty-prints it under `header` (comment lines).
/// A parse failure is a bug in the generator; it is returned, never panicked on.
pub fn format(tokens: TokenStream, header: &str) -> Result<String, syn::Error> {
    let file: syn::File = syn::parse2(tokens)?;
    let body = separate_items(&prettyplease::unparse(&file));
    Ok(format!("{header}\n{body}"))
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
    if line.starts_with("use ") {
        return !next.starts_with("use ");
    }
    line == "}"
        || line == "};"
        || (line.ends_with(';') && !line.starts_with("//") && next_indent == indent)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn items_get_one_blank_line_between_them() {
        let code = "//! Doc.\nuse a;\nuse b;\npub const X: u8 = 1;\n/// S.\npub struct S {\n    a: u8,\n}\nimpl S {\n    fn f() {\n        g();\n    }\n    fn h() {}\n}\n";
        let want = "//! Doc.\n\nuse a;\nuse b;\n\npub const X: u8 = 1;\n\n/// S.\npub struct S {\n    a: u8,\n}\n\nimpl S {\n    fn f() {\n        g();\n    }\n\n    fn h() {}\n}\n";
        assert_eq!(separate_items(code), want);
    }
}
