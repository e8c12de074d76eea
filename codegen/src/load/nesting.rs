//! A linear pre-scan of YAML text for flow collections (`[...]`, `{...}`) nested too deep.
//!
//! The YAML scanner keeps state per open flow collection and walks it for every token, so
//! its time grows with the square of the nesting depth: 16,000 levels take seconds, 100,000
//! minutes, long before its own recursion limit answers. This scan finds the first bracket
//! past the limit in one pass, so such text is refused before the scanner sees it.
//!
//! It reads YAML as the scanner does where that matters for counting: quoted scalars,
//! comments, block scalars (`|`, `>`) and plain scalars in block context hold no flow
//! collections. Where it is unsure it counts (a bracket it takes for an opening one): it
//! may then refuse text nested almost as deep as the limit that the parser would read, but
//! never lets text nested deeper through.

/// The deepest flow nesting accepted: the parser's own recursion limit.
pub(super) const MAX_FLOW_DEPTH: usize = 128;

/// The line and column (both from 1) of the first `[` or `{` that opens a flow collection
/// nested deeper than `limit`, if there is one.
pub(super) fn too_deep(text: &str, limit: usize) -> Option<(usize, usize)> {
    let text_bytes = normalized_breaks(text);
    Scan::new(&text_bytes)
        .run(limit)
        .map(|at| line_column(text, &text_bytes, at))
}

/// The text with every line break the YAML scanner knows (`\r\n`, a lone `\r`, U+0085,
/// U+2028, U+2029) written as `\n` or `\r\n`, at the same offsets: the scan then knows
/// only those two.
fn normalized_breaks(text: &str) -> Vec<u8> {
    let mut bytes = text.as_bytes().to_vec();
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'\r' if bytes.get(i + 1) != Some(&b'\n') => bytes[i] = b'\n',
            // U+0085, two bytes.
            0xC2 if bytes.get(i + 1) == Some(&0x85) => {
                bytes[i] = b'\r';
                bytes[i + 1] = b'\n';
            }
            // U+2028 and U+2029, three bytes: a trailing blank, then the break.
            0xE2 if bytes.get(i + 1) == Some(&0x80)
                && matches!(bytes.get(i + 2), Some(0xA8 | 0xA9)) =>
            {
                bytes[i] = b' ';
                bytes[i + 1] = b'\r';
                bytes[i + 2] = b'\n';
            }
            _ => {}
        }
        i += 1;
    }
    bytes
}

/// Line and column (from 1, the column in characters) of offset `at`.
fn line_column(text: &str, normalized: &[u8], at: usize) -> (usize, usize) {
    let before = &normalized[..at];
    let line = before.iter().filter(|&&b| b == b'\n').count() + 1;
    let line_start = before
        .iter()
        .rposition(|&b| b == b'\n')
        .map_or(0, |i| i + 1);
    (line, text[line_start..at].chars().count() + 1)
}

struct Scan<'t> {
    text: &'t [u8],
    at: usize,
    /// Where the current line starts.
    line_start: usize,
    /// The indentations of the open block collections, innermost last.
    indents: Vec<isize>,
}

fn is_blank(b: u8) -> bool {
    matches!(b, b' ' | b'\t')
}

fn is_break(b: u8) -> bool {
    matches!(b, b'\n' | b'\r')
}

fn is_flow_indicator(b: u8) -> bool {
    matches!(b, b',' | b'[' | b']' | b'{' | b'}')
}

impl<'t> Scan<'t> {
    fn new(text: &'t [u8]) -> Self {
        Scan {
            text,
            at: 0,
            line_start: 0,
            indents: Vec::new(),
        }
    }

    fn peek(&self, offset: usize) -> Option<u8> {
        self.text.get(self.at + offset).copied()
    }

    /// Whether the byte after the current one ends a token: a blank, a line break or the end.
    fn followed_by_space(&self) -> bool {
        self.blank_or_end_at(1)
    }

    fn skip_to_line_end(&mut self) {
        while let Some(b) = self.peek(0) {
            if is_break(b) {
                return;
            }
            self.at += 1;
        }
    }

    /// Skips a quoted scalar that starts at the current byte (its quote), across lines.
    fn skip_quoted(&mut self) {
        let quote = self.text[self.at];
        self.at += 1;
        while let Some(b) = self.peek(0) {
            self.at += 1;
            if b == b'\n' {
                self.line_start = self.at;
            }
            if quote == b'"' && b == b'\\' {
                self.at += 1;
            } else if b == quote {
                if quote == b'\'' && self.peek(0) == Some(b'\'') {
                    self.at += 1;
                } else {
                    return;
                }
            }
        }
    }

    /// Skips an anchor, tag or alias at the current byte: an anchor or alias name is
    /// letters, digits, `-` and `_` (as the YAML scanner reads it), a tag runs up to a
    /// blank, a break or a flow indicator.
    fn skip_name(&mut self) {
        let tag = self.text[self.at] == b'!';
        self.at += 1;
        while let Some(b) = self.peek(0) {
            let ends = if tag {
                is_blank(b) || is_break(b) || is_flow_indicator(b)
            } else {
                !(b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
            };
            if ends {
                return;
            }
            self.at += 1;
        }
    }

    /// The indentation of the line that starts at the current byte.
    fn indentation(&self) -> usize {
        self.text[self.at..]
            .iter()
            .take_while(|&&b| b == b' ')
            .count()
    }

    /// Whether the line that starts at the current byte is blank or only a comment.
    fn is_empty_line(&self) -> bool {
        let rest = &self.text[self.at..];
        let content = rest.iter().position(|&b| !is_blank(b));
        content.is_none_or(|i| is_break(rest[i]) || rest[i] == b'#')
    }

    /// Whether the line that starts at the current byte holds only blanks (in a block
    /// scalar, a `#` is text).
    fn is_blank_line(&self) -> bool {
        let rest = &self.text[self.at..];
        let content = rest.iter().position(|&b| !is_blank(b));
        content.is_none_or(|i| is_break(rest[i]))
    }

    /// Skips whole lines, from the current line start, while they are blank or indented by
    /// at least `indent`.
    fn skip_lines_indented(&mut self, indent: usize) {
        while self.at < self.text.len() {
            if !self.is_blank_line() && self.indentation() < indent {
                return;
            }
            self.skip_to_line_end();
            self.skip_break();
        }
    }

    fn skip_break(&mut self) {
        if self.peek(0) == Some(b'\r') {
            self.at += 1;
        }
        if self.peek(0) == Some(b'\n') {
            self.at += 1;
            self.line_start = self.at;
        }
    }

    /// Whether the byte at `offset` from the current one ends a token: a blank, a line
    /// break or the end of the text.
    fn blank_or_end_at(&self, offset: usize) -> bool {
        self.peek(offset).is_none_or(|b| is_blank(b) || is_break(b))
    }

    /// The indentation of the innermost block collection, as the YAML scanner keeps it
    /// (`-1` at the top, outside any).
    fn indent(&self) -> isize {
        self.indents.last().copied().unwrap_or(-1)
    }

    /// A block collection starts at `column` (the scanner's `roll_indent`).
    fn roll(&mut self, column: usize) {
        if self.indent() < column as isize {
            self.indents.push(column as isize);
        }
    }

    /// A token at `column` closes the block collections indented further (`unroll_indent`).
    fn unroll(&mut self, column: usize) {
        while self.indent() > column as isize {
            self.indents.pop();
        }
    }

    /// Whether the line that starts at the current byte starts with a document marker.
    fn is_document_marker(&self) -> bool {
        let rest = &self.text[self.at..];
        (rest.starts_with(b"---") || rest.starts_with(b"...")) && self.blank_or_end_at(3)
    }

    /// The offset of the first flow collection opened deeper than `limit`.
    fn run(mut self, limit: usize) -> Option<usize> {
        // Block context, line by line, with the scanner's rules for what continues a
        // scalar: a plain scalar goes on over lines indented beyond the block collection it
        // is in; a block scalar's content is indented by its own indentation.
        let mut pending = LineEnd::Done;
        while self.at < self.text.len() {
            let indent = self.indentation();
            match std::mem::replace(&mut pending, LineEnd::Done) {
                LineEnd::PlainScalar { indent: over } => {
                    // Blank lines fold into the scalar; a comment line ends it.
                    let blank = self.is_blank_line();
                    if blank
                        || (!self.is_empty_line()
                            && indent as isize > over
                            && !self.is_document_marker())
                    {
                        // A plain scalar's next line: text.
                        self.skip_to_line_end();
                        self.skip_break();
                        pending = LineEnd::PlainScalar { indent: over };
                        continue;
                    }
                }
                LineEnd::BlockScalar { parent, increment } => {
                    let content = match increment {
                        Some(increment) if parent >= 0 => parent + increment,
                        Some(increment) => increment,
                        None => {
                            // The deepest indentation of the leading blank lines and of the
                            // first other line, at least one past the parent's.
                            let start = self.at;
                            let mut deepest = 0;
                            while self.at < self.text.len() {
                                deepest = deepest.max(self.indentation() as isize);
                                if !self.is_blank_line() {
                                    break;
                                }
                                self.skip_to_line_end();
                                self.skip_break();
                            }
                            self.at = start;
                            self.line_start = start;
                            deepest.max(parent + 1).max(1)
                        }
                    };
                    self.skip_lines_indented(content as usize);
                    continue;
                }
                LineEnd::Done | LineEnd::TooDeep(_) => {}
            }
            if !self.is_empty_line() {
                self.unroll(indent);
            }
            self.at += indent;
            pending = self.block_line(limit)?;
            if let LineEnd::TooDeep(at) = pending {
                return Some(at);
            }
            self.skip_break();
        }
        None
    }

    /// Reads the rest of a line in block context (flow collections that start on it are
    /// read to their end, across lines).
    fn block_line(&mut self, limit: usize) -> Option<LineEnd> {
        let line_start = self.line_start;
        let mut node_start = true;
        // Where the current node started (its anchor or tag, if it has one): a key's
        // column, should a `:` follow.
        let mut node_column: Option<usize> = None;
        let mut in_plain = false;
        while let Some(b) = self.peek(0) {
            if is_break(b) {
                break;
            }
            if is_blank(b) {
                self.at += 1;
                continue;
            }
            let column = self.at - line_start;
            let after_blank = self.at == line_start || is_blank(self.text[self.at - 1]);
            // A `#` after a blank, or where a token starts (after a quoted scalar, a flow
            // collection, an alias), starts a comment; inside a plain scalar it is text.
            if b == b'#' && (after_blank || !in_plain) {
                self.skip_to_line_end();
                break;
            }
            if b == b':' && self.followed_by_space() && (in_plain || !node_start) {
                // A value indicator after a key: the key starts a block mapping.
                self.roll(node_column.take().unwrap_or(column));
                self.at += 1;
                node_start = true;
                in_plain = false;
                continue;
            }
            if !node_start {
                self.at += 1;
                continue;
            }
            match b {
                b'-' | b'?' | b':' if self.followed_by_space() => {
                    // A `:` after only an anchor or a tag ends an empty key that starts
                    // there.
                    let key = if b == b':' { node_column } else { None };
                    self.roll(key.unwrap_or(column));
                    node_column = None;
                    self.at += 1;
                    continue;
                }
                _ => {}
            }
            node_column.get_or_insert(column);
            match b {
                b'-' | b'.'
                    if self.at == line_start
                        && self.text[self.at..].starts_with(&[b; 3])
                        && self.blank_or_end_at(3) =>
                {
                    // `---` / `...`: document markers.
                    self.indents.clear();
                    self.at += 3;
                }
                b'%' if self.at == line_start => self.skip_to_line_end(),
                b'&' | b'!' => self.skip_name(),
                b'*' => {
                    self.skip_name();
                    node_start = false;
                }
                b'\'' | b'"' => {
                    self.skip_quoted();
                    node_start = false;
                }
                b'|' | b'>' => {
                    let increment = self.text[self.at + 1..]
                        .iter()
                        .take_while(|&&b| !is_blank(b) && !is_break(b))
                        .find(|b| b.is_ascii_digit())
                        .map(|d| isize::from(d - b'0'));
                    self.skip_to_line_end();
                    return Some(LineEnd::BlockScalar {
                        parent: self.indent(),
                        increment,
                    });
                }
                b'[' | b'{' => {
                    if let Some(at) = self.flow(limit) {
                        return Some(LineEnd::TooDeep(at));
                    }
                    node_start = false;
                }
                _ => {
                    node_start = false;
                    in_plain = true;
                    self.at += 1;
                }
            }
        }
        Some(if in_plain {
            LineEnd::PlainScalar {
                indent: self.indent(),
            }
        } else {
            LineEnd::Done
        })
    }

    /// Reads a flow collection from its opening bracket (the current byte) to its end, or
    /// to the end of the text; the offset of the first bracket opened deeper than `limit`.
    fn flow(&mut self, limit: usize) -> Option<usize> {
        // As the YAML scanner reads flow context: at the start of a token, `[{]},` are
        // themselves, `?` and `:` are indicators, `-` one before a blank, a quote opens a
        // quoted scalar, `#` a comment; anything else starts a plain scalar, which ends at
        // `[{]},`, at `:` before a blank or one of those, or at `#` after a blank, and
        // reads all else (quotes, `-`, `?`) as text, across lines.
        let mut depth = 0usize;
        let mut in_plain = false;
        while let Some(b) = self.peek(0) {
            if b == b'\n' {
                self.at += 1;
                self.line_start = self.at;
                continue;
            }
            if is_blank(b) || b == b'\r' {
                self.at += 1;
                if self.peek(0) == Some(b'#') {
                    in_plain = false;
                    self.skip_to_line_end();
                }
                continue;
            }
            if in_plain {
                let ends = match b {
                    b'[' | b'{' | b']' | b'}' | b',' => true,
                    b':' => self
                        .peek(1)
                        .is_none_or(|n| is_blank(n) || is_break(n) || is_flow_indicator(n)),
                    _ => false,
                };
                if !ends {
                    self.at += 1;
                    continue;
                }
                in_plain = false;
            }
            match b {
                b'[' | b'{' => {
                    depth += 1;
                    if depth > limit {
                        return Some(self.at);
                    }
                    self.at += 1;
                }
                b']' | b'}' => {
                    self.at += 1;
                    depth = depth.saturating_sub(1);
                    if depth == 0 {
                        return None;
                    }
                }
                b',' | b'?' | b':' => self.at += 1,
                b'-' if self.blank_or_end_at(1) => self.at += 1,
                b'#' => self.skip_to_line_end(),
                b'\'' | b'"' => self.skip_quoted(),
                b'&' | b'!' | b'*' => self.skip_name(),
                _ => {
                    in_plain = true;
                    self.at += 1;
                }
            }
        }
        None
    }
}

enum LineEnd {
    /// Nothing continues on the next line.
    Done,
    /// The line ends in a plain scalar, which lines indented beyond `indent` (the block
    /// collection it is in) continue.
    PlainScalar { indent: isize },
    /// A block scalar's header: its content follows, indented past `parent` (the block
    /// collection it is in) by `increment` when the header says, else as its lines are.
    BlockScalar {
        parent: isize,
        increment: Option<isize>,
    },
    /// A flow collection opened too deep at this offset.
    TooDeep(usize),
}

#[cfg(test)]
mod tests {
    use super::*;

    fn depth_limit_hit(text: &str, limit: usize) -> Option<(usize, usize)> {
        too_deep(text, limit)
    }

    #[test]
    fn nesting_within_the_limit_passes() {
        assert_eq!(depth_limit_hit("a: [[[1]]]\n", 3), None);
        assert_eq!(depth_limit_hit("a: {b: {c: [1]}}\n", 3), None);
        assert_eq!(depth_limit_hit("- [a, [b]]\n- {c: [d]}\n", 2), None);
    }

    #[test]
    fn the_first_bracket_past_the_limit_is_found_with_its_line_and_column() {
        assert_eq!(depth_limit_hit("a: [[[1]]]\n", 2), Some((1, 6)));
        assert_eq!(
            depth_limit_hit("x: 1\nb: {c: {d: [1]}}\n", 2),
            Some((2, 12))
        );
        assert_eq!(
            depth_limit_hit("a: [\n  [\n    [1]]]\n", 2),
            Some((3, 5)),
            "across lines"
        );
        // A flow collection that is a key, or after a document marker.
        assert_eq!(depth_limit_hit("---\n[[x]]: 1\n", 1), Some((2, 2)));
        // Non-ASCII before it counts as one column each.
        assert_eq!(depth_limit_hit("é: [[1]]\n", 1), Some((1, 5)));
    }

    #[test]
    fn brackets_in_scalars_and_comments_do_not_count() {
        let text = concat!(
            "description: see [the [docs]] and {that}\n",
            "quoted: '[[[' \n",
            "double: \"[[[\\\"[[\"\n",
            "flow: ['[[[', \"{{{\", it's[x]] # [[[\n",
            "# [[[[\n",
            "block: |\n",
            "  [[[[\n",
            "    {{{{\n",
            "\n",
            "  [[[[\n",
            "folded: >-\n",
            "  [[[\n",
            "plain: first line\n",
            "  [[[ continues it\n",
            "list:\n",
            "  - item [[[ text\n",
            "  - &anchor [1]\n",
            "  - !!seq [2]\n",
            "  - *anchor\n",
        );
        assert_eq!(depth_limit_hit(text, 2), None);
    }

    #[test]
    fn continuation_lines_follow_the_scanner_s_indentation() {
        // Found in review: libyaml reads these lines starting with a quote as the text of a
        // plain or block scalar, so what follows them is structure.
        let deep = "[[[[1]]]]";
        for text in [
            format!("- a\n  'x\n- {deep}\n- y'\n"),
            format!("-   |\n  'x\n- {deep}\n- y'\n"),
            format!("? a\n  'x\n: {deep}\nb: y'\n"),
            format!("a: |2\n   'x\nb: {deep}\nc: y'\n"),
            format!("- k: a\n   'x\n- {deep}\n- y'\n"),
            format!("a\n--- {deep}\n"),
            format!("- a\n\n  'x\n- {deep}\n- y'\n"),
        ] {
            assert!(depth_limit_hit(&text, 3).is_some(), "{text:?}");
        }
        // And what is continuation stays text.
        assert_eq!(depth_limit_hit("- a\n  [[[[ text\n", 3), None);
        assert_eq!(depth_limit_hit("k: a\n [[[[ text\n", 3), None);
        assert_eq!(
            depth_limit_hit("k: |\n  [[[[\n    [[[[\n\n  [[[[\n", 3),
            None
        );
    }

    #[test]
    fn a_block_scalar_with_an_explicit_indentation_hides_nothing() {
        // `|4` makes the scalar end before a line indented by 2: it is structure again.
        let text = "a: |4\n  [[[1]]]\n";
        assert_eq!(depth_limit_hit(text, 2), Some((2, 5)));
    }

    #[test]
    fn what_follows_a_block_scalar_is_read_again() {
        let text = "a: |\n  text\nb: [[[1]]]\n";
        assert_eq!(depth_limit_hit(text, 2), Some((3, 6)));
        let empty = "a: |\nb: [[[1]]]\n";
        assert_eq!(depth_limit_hit(empty, 2), Some((2, 6)));
    }

    #[test]
    fn a_line_not_indented_beyond_the_key_is_no_continuation() {
        let text = "- key: value\n  other: [[[1]]]\n";
        assert_eq!(depth_limit_hit(text, 2), Some((2, 12)));
    }

    #[test]
    fn a_quote_inside_a_flow_plain_scalar_opens_nothing() {
        // If `'` opened a quote here, the brackets after it would be missed.
        let text = "[a'b, [[[c]]]]\n";
        assert_eq!(depth_limit_hit(text, 3), Some((1, 9)));
    }

    #[test]
    fn what_the_yaml_scanner_opens_is_counted_whatever_surrounds_it() {
        // Inputs libyaml reads as flow collections 4 deep that an earlier scan missed: a
        // dash or question mark inside a flow plain scalar, a quote right after a quoted
        // key's colon, a document marker without a blank after it, line breaks other than
        // `\n`.
        let deep = "[[[[1]]]]";
        for text in [
            format!("[a - 'x, {deep}, y']\n"),
            format!("[a ? 'x, {deep}, y']\n"),
            format!("[\"a\":'x [', {deep}, 'y']\n"),
            format!("---'x: {deep}\ny: 'z'\n"),
            format!("a:\r# c\r      - {deep}\r"),
            format!("a: # c\u{85}b: {deep}\n"),
            format!("a: # c\u{2028}b: {deep}\n"),
        ] {
            assert!(depth_limit_hit(&text, 3).is_some(), "{text:?}");
        }
    }

    #[test]
    fn lines_end_at_a_lone_carriage_return_too() {
        assert_eq!(depth_limit_hit("a: 1\rb: [[[[[1]]]]]\r", 4), Some((2, 8)));
        assert_eq!(depth_limit_hit("a: 1\r\nb: [[1]]\r\n", 1), Some((2, 5)));
    }

    #[test]
    fn unclosed_and_unbalanced_text_ends() {
        assert_eq!(depth_limit_hit("a: [[[", 5), None);
        assert_eq!(depth_limit_hit("a: ]]]\n", 5), None);
        assert_eq!(depth_limit_hit("a: '[[[", 1), None);
        assert_eq!(depth_limit_hit("", 1), None);
    }

    #[test]
    fn depth_is_found_in_one_pass_for_any_depth() {
        for depth in [129usize, 16_000, 100_000] {
            let text = format!("{}{}", "[".repeat(depth), "]".repeat(depth));
            assert_eq!(
                too_deep(&text, MAX_FLOW_DEPTH),
                Some((1, MAX_FLOW_DEPTH + 1))
            );
            let maps = "{a: ".repeat(depth);
            assert_eq!(
                too_deep(&maps, MAX_FLOW_DEPTH),
                Some((1, 4 * MAX_FLOW_DEPTH + 1))
            );
        }
    }
}
