// codegen-runtime: a copy of this crate goes, unchanged, with every standalone generated pair.
//! Which credentials a request carries: the security schemes an operation takes (from the
//! spec) and the credentials the client holds.

use std::fmt;

use super::Secret;

/// One way the spec says an operation may be authenticated (an entry of its
/// `securityDefinitions`). Generated operations list theirs with [`Request::security`](super::Request::security).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Scheme {
    /// OAuth2: the client's access token, as `Authorization: Bearer ...`.
    OAuth2,
    /// HTTP basic: the credentials of [`ClientBuilder::basic_auth`](super::ClientBuilder::basic_auth),
    /// as `Authorization: Basic ...`.
    Basic,
    /// An API key, set on the client with [`ClientBuilder::api_key`](super::ClientBuilder::api_key).
    ApiKey {
        /// The scheme's name in the spec: what the key is set under.
        scheme: &'static str,
        /// Where the key travels.
        location: KeyLocation,
        /// The header or query parameter that carries it.
        name: &'static str,
    },
}

/// Where an API key travels.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum KeyLocation {
    /// In a header (the safer place: URLs end up in logs).
    Header,
    /// In the query string.
    Query,
}

/// Credentials besides OAuth2 tokens. `Debug` names which are set, never their values.
#[derive(Clone, Default)]
pub(super) struct Credentials {
    pub(super) basic: Option<(String, Secret)>,
    pub(super) api_keys: Vec<(String, Secret)>,
}

/// What one request carries.
#[derive(Debug, Default)]
pub(super) struct Plan<'a> {
    /// The access token.
    pub(super) bearer: bool,
    /// HTTP basic credentials.
    pub(super) basic: Option<&'a (String, Secret)>,
    /// API keys, with where they go.
    pub(super) keys: Vec<(KeyLocation, &'static str, &'a Secret)>,
}

impl Credentials {
    /// The credentials for a request that takes `requirements`: alternatives, each a set of
    /// schemes that are all needed. The first alternative the client has every credential
    /// for wins, an empty one (authentication optional) only when no other fits; with none,
    /// the request goes without and the server says what is missing.
    /// `None` (the spec does not say) sends the access token, if there is one.
    pub(super) fn plan(&self, requirements: Option<&[&[Scheme]]>, has_token: bool) -> Plan<'_> {
        let Some(alternatives) = requirements else {
            return Plan {
                bearer: has_token,
                ..Plan::default()
            };
        };
        let held = |scheme: &Scheme| match scheme {
            Scheme::OAuth2 => has_token,
            Scheme::Basic => self.basic.is_some(),
            Scheme::ApiKey { scheme, .. } => self.key(scheme).is_some(),
        };
        let Some(chosen) = alternatives
            .iter()
            .find(|all| !all.is_empty() && all.iter().all(held))
        else {
            return Plan::default();
        };
        let mut plan = Plan::default();
        for scheme in *chosen {
            match scheme {
                Scheme::OAuth2 => plan.bearer = true,
                Scheme::Basic => plan.basic = self.basic.as_ref(),
                Scheme::ApiKey {
                    scheme,
                    location,
                    name,
                } => {
                    if let Some(key) = self.key(scheme) {
                        plan.keys.push((*location, name, key));
                    }
                }
            }
        }
        plan
    }

    fn key(&self, scheme: &str) -> Option<&Secret> {
        self.api_keys
            .iter()
            .find(|(name, _)| name == scheme)
            .map(|(_, key)| key)
    }

    pub(super) fn set_api_key(&mut self, scheme: String, key: Secret) {
        self.api_keys.retain(|(name, _)| *name != scheme);
        self.api_keys.push((scheme, key));
    }
}

impl fmt::Debug for Credentials {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let keys: Vec<&str> = self.api_keys.iter().map(|(n, _)| n.as_str()).collect();
        f.debug_struct("Credentials")
            .field("basic", &self.basic.as_ref().map(|(user, _)| user))
            .field("api_keys", &keys)
            .finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const HEADER_KEY: Scheme = Scheme::ApiKey {
        scheme: "header_key",
        location: KeyLocation::Header,
        name: "X-Key",
    };
    const QUERY_KEY: Scheme = Scheme::ApiKey {
        scheme: "query_key",
        location: KeyLocation::Query,
        name: "key",
    };

    fn with_query_key() -> Credentials {
        let mut credentials = Credentials::default();
        credentials.set_api_key("query_key".to_owned(), Secret::new("k"));
        credentials
    }

    #[test]
    fn the_first_alternative_the_client_can_satisfy_wins() {
        let credentials = with_query_key();
        let plan = credentials.plan(Some(&[&[HEADER_KEY], &[QUERY_KEY]]), true);
        assert!(!plan.bearer);
        assert_eq!(plan.keys.len(), 1);
        assert_eq!(plan.keys[0].1, "key");
        assert_eq!(plan.keys[0].0, KeyLocation::Query);
    }

    #[test]
    fn optional_authentication_still_sends_what_the_client_has() {
        let credentials = with_query_key();
        let plan = credentials.plan(Some(&[&[], &[QUERY_KEY]]), false);
        assert_eq!(plan.keys.len(), 1, "{plan:?}");
        let none = Credentials::default();
        let without = none.plan(Some(&[&[], &[QUERY_KEY]]), false);
        assert!(without.keys.is_empty() && !without.bearer);
    }

    #[test]
    fn all_schemes_of_an_alternative_are_needed() {
        let credentials = with_query_key();
        let plan = credentials.plan(Some(&[&[QUERY_KEY, Scheme::Basic]]), false);
        assert!(plan.keys.is_empty() && plan.basic.is_none() && !plan.bearer);
    }

    #[test]
    fn no_requirements_sends_nothing_and_unknown_ones_send_the_token() {
        let credentials = with_query_key();
        let none = credentials.plan(Some(&[]), true);
        assert!(!none.bearer && none.keys.is_empty());
        assert!(credentials.plan(None, true).bearer);
        assert!(!credentials.plan(None, false).bearer);
    }

    #[test]
    fn a_key_set_twice_keeps_the_last_and_debug_hides_values() {
        let mut credentials = with_query_key();
        credentials.set_api_key("query_key".to_owned(), Secret::new("second-secret"));
        credentials.basic = Some(("user".to_owned(), Secret::new("hunter2")));
        let plan = credentials.plan(Some(&[&[QUERY_KEY]]), false);
        assert_eq!(plan.keys[0].2.expose(), "second-secret");
        let debug = format!("{credentials:?}");
        assert!(
            debug.contains("query_key") && debug.contains("user"),
            "{debug}"
        );
        assert!(
            !debug.contains("second-secret") && !debug.contains("hunter2"),
            "{debug}"
        );
    }
}
