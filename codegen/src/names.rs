//! The one place where spec names become Rust identifiers.
//!
//! Wire names are never changed; only the Rust side is. Every rule here has a test below.

use heck::{ToKebabCase, ToSnakeCase, ToUpperCamelCase};

/// Words Rust reserves, in any edition we support (strict, reserved and 2024's `gen`).
const KEYWORDS: &[&str] = &[
    "abstract", "as", "async", "await", "become", "box", "break", "const", "continue", "crate",
    "do", "dyn", "else", "enum", "extern", "false", "final", "fn", "for", "gen", "if", "impl",
    "in", "let", "loop", "macro", "match", "mod", "move", "mut", "override", "priv", "pub", "ref",
    "return", "self", "Self", "static", "struct", "super", "trait", "true", "try", "type",
    "typeof", "union", "unsafe", "unsized", "use", "virtual", "where", "while", "yield",
];

/// Names that are legal but would shadow what generated code relies on.
const RESERVED_TYPE_NAMES: &[&str] = &[
    "From",
    "Into",
    "Default",
    "Request",
    "Method",
    "CollectionFormat",
    "Option",
    "Result",
    "Some",
    "None",
    "Ok",
    "Err",
    "String",
    "Vec",
    "Box",
    "Client",
    "Error",
    "Serialize",
    "Deserialize",
    "UnknownValue",
    "UnknownInteger",
];

/// Splits `raw` into ASCII words. Latin letters with diacritics become their base letter
/// (`température` -> `temperature`, `Straße` -> `Strasse`); anything else that is not an
/// ASCII letter or digit separates words. (Rust identifiers could hold more, but lints warn
/// about much of it, and a user should be able to type every name.)
fn ascii_words(raw: &str) -> String {
    let mut out = String::with_capacity(raw.len());
    for c in raw.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c);
        } else if let Some(folded) = fold_latin(c) {
            out.push_str(folded);
        } else {
            out.push(' ');
        }
    }
    out
}

/// The ASCII spelling of a Latin letter with a diacritic (Latin-1 and Latin Extended-A).
fn fold_latin(c: char) -> Option<&'static str> {
    const GROUPS: &[(&str, &str)] = &[
        ("àáâãäåāăą", "a"),
        ("ÀÁÂÃÄÅĀĂĄ", "A"),
        ("çćĉċč", "c"),
        ("ÇĆĈĊČ", "C"),
        ("ďđð", "d"),
        ("ĎĐÐ", "D"),
        ("èéêëēĕėęě", "e"),
        ("ÈÉÊËĒĔĖĘĚ", "E"),
        ("ĝğġģ", "g"),
        ("ĜĞĠĢ", "G"),
        ("ĥħ", "h"),
        ("ĤĦ", "H"),
        ("ìíîïĩīĭįı", "i"),
        ("ÌÍÎÏĨĪĬĮİ", "I"),
        ("ĵ", "j"),
        ("Ĵ", "J"),
        ("ķ", "k"),
        ("Ķ", "K"),
        ("ĺļľŀł", "l"),
        ("ĹĻĽĿŁ", "L"),
        ("ñńņňŉ", "n"),
        ("ÑŃŅŇ", "N"),
        ("òóôõöøōŏő", "o"),
        ("ÒÓÔÕÖØŌŎŐ", "O"),
        ("ŕŗř", "r"),
        ("ŔŖŘ", "R"),
        ("śŝşš", "s"),
        ("ŚŜŞŠ", "S"),
        ("ţťŧ", "t"),
        ("ŢŤŦ", "T"),
        ("ùúûüũūŭůűų", "u"),
        ("ÙÚÛÜŨŪŬŮŰŲ", "U"),
        ("ŵ", "w"),
        ("Ŵ", "W"),
        ("ýÿŷ", "y"),
        ("ÝŶŸ", "Y"),
        ("źżž", "z"),
        ("ŹŻŽ", "Z"),
        ("ß", "ss"),
        ("æ", "ae"),
        ("Æ", "Ae"),
        ("œ", "oe"),
        ("Œ", "Oe"),
        ("þ", "th"),
        ("Þ", "Th"),
    ];
    GROUPS
        .iter()
        .find(|(letters, _)| letters.contains(c))
        .map(|(_, ascii)| *ascii)
}

/// A `snake_case` identifier for a field, parameter, method or module: `AbsolutePressure` ->
/// `absolute_pressure`, `type` -> `type_`, `2fa` -> `n2fa`, `_id` -> `id`.
pub fn snake(raw: &str) -> String {
    let mut name = ascii_words(raw).to_snake_case();
    if name.is_empty() {
        name = "value".to_owned();
    }
    if name.starts_with(|c: char| c.is_ascii_digit()) {
        name.insert(0, 'n');
    }
    if KEYWORDS.contains(&name.as_str()) {
        name.push('_');
    }
    name
}

/// A `kebab-case` name for a crate: `Docker Engine` -> `docker-engine`, `Café` -> `cafe`.
pub fn kebab(raw: &str) -> String {
    ascii_words(raw).to_kebab_case()
}

/// An `UpperCamelCase` identifier for a type or variant: `NAMain` -> `NaMain`, `holder` ->
/// `Holder`, `2fa` -> `N2fa`.
pub fn camel(raw: &str) -> String {
    let mut name = ascii_words(raw).to_upper_camel_case();
    if name.is_empty() {
        name = "Value".to_owned();
    }
    if name.starts_with(|c: char| c.is_ascii_digit()) {
        name.insert(0, 'N');
    }
    if KEYWORDS.contains(&name.as_str()) {
        name.push('_');
    }
    name
}

/// A type name: like [`camel`], but never one of the names generated code uses itself.
pub fn type_name(raw: &str) -> String {
    let name = camel(raw);
    if RESERVED_TYPE_NAMES.contains(&name.as_str()) {
        format!("{name}Type")
    } else {
        name
    }
}

/// Hands out names unique within one scope, in the order asked: the first asker of a name
/// gets it, later ones get `_2`, `_3`, ... (`2`, `3` for camel case), so the result depends
/// only on the spec's order.
#[derive(Debug, Default)]
pub struct Scope {
    taken: std::collections::BTreeSet<String>,
}

impl Scope {
    /// A scope in which `reserved` names are already taken.
    pub fn with_reserved(reserved: &[&str]) -> Self {
        Scope {
            taken: reserved.iter().map(|s| (*s).to_owned()).collect(),
        }
    }

    /// `name` if free, else the first free `name{sep}N` for N = 2, 3, ...
    pub fn claim(&mut self, name: String) -> String {
        let sep = if name.starts_with(|c: char| c.is_ascii_uppercase()) {
            ""
        } else {
            "_"
        };
        let base = name.trim_end_matches('_').to_owned();
        let mut candidate = name;
        let mut n = 2;
        while !self.taken.insert(candidate.clone()) {
            candidate = format!("{base}{sep}{n}");
            n += 1;
        }
        candidate
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn snake_names() {
        let cases = [
            ("getstationsdata", "getstationsdata"),
            ("AbsolutePressure", "absolute_pressure"),
            ("date_max_temp", "date_max_temp"),
            ("CO2", "co2"),
            ("type", "type_"),
            ("self", "self_"),
            ("gen", "gen_"),
            ("_id", "id"),
            ("2fa", "n2fa"),
            ("x-rate-limit", "x_rate_limit"),
            ("a.b$c d", "a_b_c_d"),
            ("température", "temperature"),
            ("Straße", "strasse"),
            ("温度", "value"),
            ("a温b", "a_b"),
            ("", "value"),
            ("$", "value"),
        ];
        for (raw, want) in cases {
            assert_eq!(snake(raw), want, "snake({raw:?})");
        }
    }

    #[test]
    fn camel_names() {
        let cases = [
            ("holder", "Holder"),
            ("NAMain", "NaMain"),
            ("getmeasure", "Getmeasure"),
            ("2fa", "N2fa"),
            ("self", "Self_"),
            ("my-type.v2", "MyTypeV2"),
            ("Crème Brûlée", "CremeBrulee"),
        ];
        for (raw, want) in cases {
            assert_eq!(camel(raw), want, "camel({raw:?})");
        }
        assert_eq!(type_name("error"), "ErrorType");
        assert_eq!(type_name("option"), "OptionType");
    }

    #[test]
    fn scope_is_first_come_first_served() {
        let mut s = Scope::default();
        assert_eq!(s.claim("id".into()), "id");
        assert_eq!(s.claim("id".into()), "id_2");
        assert_eq!(s.claim("id".into()), "id_3");
        assert_eq!(s.claim("type_".into()), "type_");
        assert_eq!(s.claim("type_".into()), "type_2");
        let mut t = Scope::default();
        assert_eq!(t.claim("Foo".into()), "Foo");
        assert_eq!(t.claim("Foo".into()), "Foo2");
    }
}
