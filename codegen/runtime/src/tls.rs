//! The TLS settings of every HTTP client the runtime makes.
//!
//! rustls with the `ring` crypto provider, certificates checked by the platform's verifier
//! (the system's roots), as reqwest's own default does with `aws-lc-rs`. Why `ring`: the
//! first build of a program that uses the client is what a new user waits for, and
//! `aws-lc-sys` builds C sources in a build script, the longest single step on 2 cores
//! (measured: 24 s of a 44 s cold build of a generated API crate; with `ring`, 31 s in
//! all). The provider is given to each client, never installed process-wide: a program
//! keeps the choice of its own default.

use std::sync::Arc;

use rustls::ClientConfig;

use crate::Error;

/// A `reqwest` client builder that speaks TLS through [`config`].
pub(crate) fn http_builder() -> Result<reqwest::ClientBuilder, Error> {
    Ok(reqwest::Client::builder().tls_backend_preconfigured(config()?))
}

/// rustls with `ring`, TLS 1.2 and 1.3, the platform's certificate verifier, and HTTP/1.1
/// offered in ALPN (the client speaks HTTP/1.1 only, as reqwest would offer it).
fn config() -> Result<ClientConfig, Error> {
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let unusable = |e: &dyn std::fmt::Display| Error::InvalidRequest {
        message: format!("TLS cannot be set up: {e}"),
    };
    let verifier =
        rustls_platform_verifier::Verifier::new(provider.clone()).map_err(|e| unusable(&e))?;
    let mut config = ClientConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .map_err(|e| unusable(&e))?
        .dangerous()
        .with_custom_certificate_verifier(Arc::new(verifier))
        .with_no_client_auth();
    config.alpn_protocols = vec![b"http/1.1".to_vec()];
    Ok(config)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clients_are_made_without_a_process_wide_provider() {
        // reqwest without a provider of its own panics when it makes a client and none
        // is installed: the runtime's builder must not need one.
        assert!(rustls::crypto::CryptoProvider::get_default().is_none());
        let client = http_builder().expect("TLS settings").build();
        assert!(client.is_ok(), "{client:?}");
        assert!(rustls::crypto::CryptoProvider::get_default().is_none());
        let config = config().expect("TLS settings");
        assert_eq!(config.alpn_protocols, [b"http/1.1".to_vec()]);
    }
}
