//! `securityDefinitions` and `security` -> the schemes a client can authenticate with, and
//! which of them each operation takes.

use crate::diagnostics::{Code, Pointer};
use crate::ir::{KeyLocation, Note, SecurityKind, SecurityScheme};
use crate::load::swagger::SecurityRequirement;

use super::Resolver;

impl Resolver<'_, '_> {
    /// The usable security schemes. One the generator cannot use (an unknown `type`, an
    /// `apiKey` without `name` or with `in` other than header and query) is left out with a
    /// warning: operations that name it then fall back to what the client has.
    pub(super) fn security_schemes(&mut self) -> Vec<SecurityScheme> {
        let spec = self.spec;
        let mut schemes = Vec::new();
        for (name, scheme) in &spec.security_definitions {
            let kind = match scheme.ty.as_str() {
                "basic" => SecurityKind::Basic,
                "oauth2" => SecurityKind::OAuth2,
                "apiKey" => {
                    let location = match scheme.location.as_deref() {
                        Some("header") => Some(KeyLocation::Header),
                        Some("query") => Some(KeyLocation::Query),
                        other => {
                            self.diags.warn(
                                Code::InvalidValue,
                                &scheme.at.join("in"),
                                format!(
                                    "apiKey scheme `{name}`: `in` must be `header` or `query`, not {}; the scheme is ignored",
                                    other.map_or("absent".to_owned(), |o| format!("`{o}`"))
                                ),
                            );
                            None
                        }
                    };
                    let key_name = scheme.name.clone().filter(|n| !n.is_empty());
                    if key_name.is_none() {
                        self.diags.warn(
                            Code::MissingField,
                            &scheme.at.join("name"),
                            format!("apiKey scheme `{name}` names no header or query parameter; the scheme is ignored"),
                        );
                    }
                    match (key_name, location) {
                        (Some(name), Some(location)) => SecurityKind::ApiKey { name, location },
                        _ => continue,
                    }
                }
                other => {
                    self.diags.warn(
                        Code::InvalidValue,
                        &scheme.at.join("type"),
                        format!("security scheme `{name}`: type `{other}` is not basic, apiKey or oauth2; the scheme is ignored"),
                    );
                    continue;
                }
            };
            schemes.push(SecurityScheme {
                name: name.clone(),
                kind,
            });
        }
        schemes
    }

    /// An operation's `security` (or the spec's, when it has none) as indexes into
    /// `schemes`. An alternative naming a scheme that is not usable is dropped with a
    /// warning; when none is left of a non-empty list, the spec is taken to say nothing.
    pub(super) fn security_requirements(
        &mut self,
        requirements: &[SecurityRequirement],
        explicit: bool,
        at: &Pointer,
    ) -> Option<Vec<Vec<usize>>> {
        if requirements.is_empty() {
            // `security: []` on an operation lifts the spec's requirements; no list at all
            // (here or at the top) says nothing.
            return explicit.then(Vec::new);
        }
        let mut alternatives = Vec::new();
        for (i, requirement) in requirements.iter().enumerate() {
            let mut all = Vec::new();
            for name in requirement.keys() {
                match self.security_schemes.iter().position(|s| &s.name == name) {
                    Some(index) => all.push(index),
                    None => {
                        let defined = self.spec.security_definitions.contains_key(name);
                        self.diags.warn(
                            if defined { Code::Unsupported } else { Code::DanglingRef },
                            &at.index(i).join(name),
                            if defined {
                                format!("security scheme `{name}` is not usable (see its warning); this alternative is ignored")
                            } else {
                                format!("security scheme `{name}` is not in securityDefinitions; this alternative is ignored")
                            },
                        );
                        all.clear();
                        break;
                    }
                }
            }
            let kinds: Vec<&SecurityKind> = all
                .iter()
                .map(|i| &self.security_schemes[*i].kind)
                .collect();
            if kinds.contains(&&SecurityKind::Basic) && kinds.contains(&&SecurityKind::OAuth2) {
                self.diags.warn(
                    Code::Unsupported,
                    &at.index(i),
                    "basic and oauth2 together: both need the Authorization header, so only the access token is sent",
                );
            }
            // Alternatives that differ only in OAuth2 scopes are one for the client.
            if all.len() == requirement.len() && !alternatives.contains(&all) {
                alternatives.push(all);
            }
        }
        (!alternatives.is_empty()).then_some(alternatives)
    }
}

/// How an operation is authenticated, as a note, when it is anything but OAuth2 (whose
/// scopes have a note of their own): which credentials the client needs.
pub(super) fn credentials(
    schemes: &[SecurityScheme],
    security: Option<&[Vec<usize>]>,
) -> Option<Note> {
    let alternatives = security?;
    // An empty alternative (optional authentication) is worth saying too.
    let oauth_only = !alternatives.is_empty()
        && alternatives.iter().all(|all| {
            !all.is_empty() && all.iter().all(|i| schemes[*i].kind == SecurityKind::OAuth2)
        });
    if oauth_only {
        return None;
    }
    Some(Note::Credentials(
        alternatives
            .iter()
            .map(|all| all.iter().map(|i| schemes[*i].clone()).collect())
            .collect(),
    ))
}

/// The constants of the API crate's `scopes` module for an OAuth2 scheme's `scopes`: a
/// `SCREAMING_SNAKE` name each (`read:pets` is `READ_PETS`), numbered where two scopes make
/// the same name; `ALL`, the list of them all, is taken.
pub(super) fn scope_constants(
    scopes: &indexmap::IndexMap<String, String>,
) -> Vec<crate::ir::OAuthScope> {
    let mut names = crate::names::Scope::with_reserved(&["ALL"]);
    scopes
        .iter()
        .map(|(wire, description)| {
            let base = crate::names::snake(wire)
                .trim_end_matches('_')
                .to_ascii_uppercase();
            crate::ir::OAuthScope {
                constant: names.claim(base),
                wire: wire.clone(),
                description: Some(description.clone()).filter(|d| !d.trim().is_empty()),
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::scope_constants;

    #[test]
    fn scope_constants_are_unique_shouting_names_and_all_is_kept_for_the_list() {
        let scopes: indexmap::IndexMap<String, String> = [
            ("read:pets", "Read pets"),
            ("read_pets", ""),
            ("all", "Everything"),
            ("2fa", "Second factor"),
            ("type", "A keyword"),
        ]
        .into_iter()
        .map(|(a, b)| (a.to_owned(), b.to_owned()))
        .collect();
        let constants: Vec<(String, String, Option<String>)> = scope_constants(&scopes)
            .into_iter()
            .map(|s| (s.constant, s.wire, s.description))
            .collect();
        let expected = [
            ("READ_PETS", "read:pets", Some("Read pets")),
            ("READ_PETS2", "read_pets", None),
            ("ALL2", "all", Some("Everything")),
            ("N2FA", "2fa", Some("Second factor")),
            ("TYPE", "type", Some("A keyword")),
        ];
        let expected: Vec<(String, String, Option<String>)> = expected
            .into_iter()
            .map(|(c, w, d)| (c.to_owned(), w.to_owned(), d.map(str::to_owned)))
            .collect();
        assert_eq!(constants, expected);
    }
}
