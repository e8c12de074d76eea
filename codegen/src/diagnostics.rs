//! Problems found in a spec, each with the place it was found.

use std::fmt;

/// How bad a [`Diagnostic`] is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Severity {
    /// The spec is usable; the generated code works around the problem (and says how).
    Warning,
    /// Nothing is generated.
    Error,
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Severity::Warning => "warning",
            Severity::Error => "error",
        })
    }
}

/// A JSON pointer (RFC 6901) into the spec, written as a URI fragment: `#/paths/~1getmeasure/get`.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Pointer(String);

impl Pointer {
    /// The document root, `#`.
    pub fn root() -> Self {
        Pointer(String::new())
    }

    /// This pointer extended by one reference token (escaped as RFC 6901 says).
    pub fn join(&self, token: impl AsRef<str>) -> Self {
        let token = token.as_ref();
        let mut s = String::with_capacity(self.0.len() + token.len() + 1);
        s.push_str(&self.0);
        s.push('/');
        for c in token.chars() {
            match c {
                '~' => s.push_str("~0"),
                '/' => s.push_str("~1"),
                c => s.push(c),
            }
        }
        Pointer(s)
    }

    /// This pointer extended by an array index.
    pub fn index(&self, i: usize) -> Self {
        self.join(i.to_string())
    }

    /// The pointer as JSON pointer text, without the leading `#` (empty for the root).
    pub fn as_json_pointer(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for Pointer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "#{}", self.0)
    }
}

/// A stable, machine-readable name for each kind of problem, so tools and tests can match on
/// it without parsing messages.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[non_exhaustive]
pub enum Code {
    /// The file is not valid YAML or JSON.
    Syntax,
    /// A value has the wrong JSON type (an object where a string belongs, say).
    InvalidType,
    /// A value is of the right type but not one the specification allows.
    InvalidValue,
    /// A field the specification requires is missing.
    MissingField,
    /// A field that is neither in the specification nor an `x-` extension (ignored).
    UnknownField,
    /// The document is not Swagger 2.0.
    UnsupportedVersion,
    /// A `$ref` that names nothing in the document.
    DanglingRef,
    /// A `$ref` to another file or a URL: never followed.
    ExternalRef,
    /// A parameter without `type`: sent as a string.
    UntypedParameter,
    /// A response without `schema`: returned as free-form JSON.
    UntypedResponse,
    /// A construct the generator does not type yet: a free-form type stands in.
    Unsupported,
    /// Two operations, or an operation and a generated name, collide.
    Duplicate,
    /// An overlay action whose target selects nothing: the enrichment no longer fits the spec.
    UnmatchedTarget,
    /// The input is not UTF-8 text.
    Encoding,
    /// The input is larger than the generator reads, or nests deeper than it follows.
    TooLarge,
    /// A bug in the generator (its output does not parse): please report it with the spec.
    Internal,
}

impl Code {
    /// The code as printed, in kebab case: `dangling-ref`.
    pub fn as_str(self) -> &'static str {
        match self {
            Code::Syntax => "syntax",
            Code::InvalidType => "invalid-type",
            Code::InvalidValue => "invalid-value",
            Code::MissingField => "missing-field",
            Code::UnknownField => "unknown-field",
            Code::UnsupportedVersion => "unsupported-version",
            Code::DanglingRef => "dangling-ref",
            Code::ExternalRef => "external-ref",
            Code::UntypedParameter => "untyped-parameter",
            Code::UntypedResponse => "untyped-response",
            Code::Unsupported => "unsupported",
            Code::Duplicate => "duplicate",
            Code::UnmatchedTarget => "unmatched-target",
            Code::Encoding => "encoding",
            Code::TooLarge => "too-large",
            Code::Internal => "internal",
        }
    }
}

impl fmt::Display for Code {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Which input document a diagnostic is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub enum Document {
    /// The spec (after the overlays, if any, were applied).
    #[default]
    Spec,
    /// An overlay: the index of it in the list given, applied in that order.
    Overlay(usize),
}

/// One problem found in a spec.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Diagnostic {
    /// Warning or error.
    pub severity: Severity,
    /// The document `pointer` points into.
    pub document: Document,
    /// What kind of problem.
    pub code: Code,
    /// Where in the spec.
    pub pointer: Pointer,
    /// Line and column (1-based) for syntax errors, where the parser knows them.
    pub line_column: Option<(usize, usize)>,
    /// What is wrong and what the generator did about it.
    pub message: String,
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}[{}]: {}", self.severity, self.code, self.message)?;
        match self.line_column {
            Some((line, column)) => write!(f, "\n  at line {line}, column {column}"),
            None => write!(f, "\n  at {}", self.pointer),
        }
    }
}

/// The diagnostics of one run, in the order they were found.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Diagnostics(Vec<Diagnostic>);

impl Diagnostics {
    /// Records a warning.
    pub fn warn(&mut self, code: Code, pointer: &Pointer, message: impl Into<String>) {
        self.push(Severity::Warning, code, pointer, message);
    }

    /// Records an error.
    pub fn error(&mut self, code: Code, pointer: &Pointer, message: impl Into<String>) {
        self.push(Severity::Error, code, pointer, message);
    }

    /// Records a warning about `document`.
    pub fn warn_in(
        &mut self,
        document: Document,
        code: Code,
        pointer: &Pointer,
        message: impl Into<String>,
    ) {
        self.push(Severity::Warning, code, pointer, message);
        self.set_last_document(document);
    }

    /// Records an error about `document`.
    pub fn error_in(
        &mut self,
        document: Document,
        code: Code,
        pointer: &Pointer,
        message: impl Into<String>,
    ) {
        self.push(Severity::Error, code, pointer, message);
        self.set_last_document(document);
    }

    fn set_last_document(&mut self, document: Document) {
        if let Some(last) = self.0.last_mut() {
            last.document = document;
        }
    }

    /// Adds `other`'s diagnostics, as being about `document`.
    pub fn extend_in(&mut self, document: Document, other: Diagnostics) {
        self.0
            .extend(other.0.into_iter().map(|d| Diagnostic { document, ..d }));
    }

    fn push(
        &mut self,
        severity: Severity,
        code: Code,
        pointer: &Pointer,
        message: impl Into<String>,
    ) {
        self.0.push(Diagnostic {
            severity,
            document: Document::Spec,
            code,
            pointer: pointer.clone(),
            line_column: None,
            message: message.into(),
        });
    }

    /// Adds `other`'s diagnostics as they are.
    pub(crate) fn append(&mut self, other: Diagnostics) {
        self.0.extend(other.0);
    }

    /// Records a diagnostic built elsewhere.
    pub fn push_diagnostic(&mut self, diagnostic: Diagnostic) {
        self.0.push(diagnostic);
    }

    /// Whether any error was recorded.
    pub fn has_errors(&self) -> bool {
        self.0.iter().any(|d| d.severity == Severity::Error)
    }

    /// All diagnostics, in the order they were found.
    pub fn iter(&self) -> std::slice::Iter<'_, Diagnostic> {
        self.0.iter()
    }

    /// The number of diagnostics.
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// Whether there are none.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Turns every warning into an error (`--strict`).
    pub fn escalate_warnings(&mut self) {
        for d in &mut self.0 {
            d.severity = Severity::Error;
        }
    }
}

impl IntoIterator for Diagnostics {
    type Item = Diagnostic;
    type IntoIter = std::vec::IntoIter<Diagnostic>;
    fn into_iter(self) -> Self::IntoIter {
        self.0.into_iter()
    }
}

impl<'a> IntoIterator for &'a Diagnostics {
    type Item = &'a Diagnostic;
    type IntoIter = std::slice::Iter<'a, Diagnostic>;
    fn into_iter(self) -> Self::IntoIter {
        self.0.iter()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pointer_escapes_slash_and_tilde() {
        let p = Pointer::root().join("paths").join("/a~b").join("get");
        assert_eq!(p.to_string(), "#/paths/~1a~0b/get");
        assert_eq!(Pointer::root().to_string(), "#");
    }
}
