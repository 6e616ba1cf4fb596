//! The TLS backend of the HTTP clients the runtime builds, chosen by cargo feature, with the extra root
//! certificates from `ClientBuilder::root_certificate`.
//!
//! - `rustls` (default): rustls with the *ring* crypto provider and the platform's certificate verifier;
//! - `rustls-aws-lc`: reqwest's own rustls setup, with the aws-lc-rs provider (a C and cmake build);
//! - `native-tls`: the system's TLS library (OpenSSL on Linux, which then needs its development files).
//!
//! Features add up across a dependency graph, so several may be on at once: the one named over the default wins,
//! `native-tls` first, then `rustls-aws-lc`, then `rustls`. With none, the client reaches only `http://` endpoints.

use rustls_pki_types::CertificateDer;

#[cfg(any(feature = "native-tls", feature = "rustls-aws-lc"))]
mod backend {
    use rustls_pki_types::CertificateDer;

    pub(crate) const NAME: Option<&str> = if cfg!(feature = "native-tls") {
        Some("native-tls")
    } else {
        Some("rustls (aws-lc-rs)")
    };

    /// reqwest's own TLS setup, plus the extra roots.
    #[derive(Clone)]
    pub(crate) struct Backend {
        roots: Vec<reqwest::Certificate>,
    }

    impl Backend {
        pub(crate) fn new(roots: Vec<CertificateDer<'static>>) -> Result<Self, super::TlsError> {
            let roots = roots
                .iter()
                .map(|der| reqwest::Certificate::from_der(der))
                .collect::<Result<_, _>>()
                .map_err(|e| super::TlsError::new(e.to_string()))?;
            Ok(Backend { roots })
        }

        pub(crate) fn apply(&self, mut http: reqwest::ClientBuilder) -> reqwest::ClientBuilder {
            #[cfg(feature = "native-tls")]
            {
                http = http.tls_backend_native();
            }
            #[cfg(not(feature = "native-tls"))]
            {
                http = http.tls_backend_rustls();
            }
            for root in &self.roots {
                http = http.add_root_certificate(root.clone());
            }
            http
        }
    }
}

#[cfg(all(
    feature = "rustls",
    not(any(feature = "native-tls", feature = "rustls-aws-lc"))
))]
mod backend {
    use std::sync::Arc;

    use rustls_pki_types::CertificateDer;

    pub(crate) const NAME: Option<&str> = Some("rustls (ring)");

    /// A rustls configuration with the ring provider, built here because reqwest's own rustls setup uses only
    /// aws-lc-rs (or a process-wide default provider, which a library should not install behind its user's back).
    #[derive(Clone)]
    pub(crate) struct Backend {
        config: rustls::ClientConfig,
    }

    impl Backend {
        pub(crate) fn new(roots: Vec<CertificateDer<'static>>) -> Result<Self, super::TlsError> {
            let provider = Arc::new(rustls::crypto::ring::default_provider());
            // The platform's roots (as reqwest's rustls setup uses), plus the extra ones.
            let verifier =
                rustls_platform_verifier::Verifier::new_with_extra_roots(roots, provider.clone())
                    .map_err(|e| super::TlsError::new(e.to_string()))?;
            let mut config = rustls::ClientConfig::builder_with_provider(provider)
                .with_safe_default_protocol_versions()
                .map_err(|e| super::TlsError::new(e.to_string()))?
                .dangerous()
                .with_custom_certificate_verifier(Arc::new(verifier))
                .with_no_client_auth();
            // reqwest sets ALPN only on configurations it builds itself.
            config.alpn_protocols = if cfg!(feature = "http2") {
                vec![b"h2".to_vec(), b"http/1.1".to_vec()]
            } else {
                vec![b"http/1.1".to_vec()]
            };
            Ok(Backend { config })
        }

        pub(crate) fn apply(&self, http: reqwest::ClientBuilder) -> reqwest::ClientBuilder {
            http.tls_backend_preconfigured(self.config.clone())
        }
    }
}

#[cfg(not(any(feature = "rustls", feature = "native-tls", feature = "rustls-aws-lc")))]
mod backend {
    use rustls_pki_types::CertificateDer;

    pub(crate) const NAME: Option<&str> = None;

    /// No TLS: `http://` only.
    #[derive(Clone)]
    pub(crate) struct Backend;

    impl Backend {
        pub(crate) fn new(roots: Vec<CertificateDer<'static>>) -> Result<Self, super::TlsError> {
            if roots.is_empty() {
                Ok(Backend)
            } else {
                Err(super::TlsError::new(NO_BACKEND.to_owned()))
            }
        }

        pub(crate) fn apply(&self, http: reqwest::ClientBuilder) -> reqwest::ClientBuilder {
            http
        }
    }

    pub(crate) const NO_BACKEND: &str = "generated-client was built without a TLS feature (rustls, \
                                          rustls-aws-lc or native-tls)";
}

/// The TLS backend compiled in, by name; `None` without a TLS feature.
pub(crate) const BACKEND: Option<&str> = backend::NAME;

/// The TLS settings of every HTTP client one `Client` builds (the shared one and those for per-call connect
/// timeouts), set up once, when the client is built.
#[derive(Clone)]
pub(crate) struct Tls(backend::Backend);

impl Tls {
    /// The compiled-in backend with the platform's root certificates and `roots` (DER) trusted as well.
    pub(crate) fn new(roots: Vec<CertificateDer<'static>>) -> Result<Self, TlsError> {
        backend::Backend::new(roots).map(Tls)
    }

    /// Sets the backend and its roots on a reqwest client builder.
    pub(crate) fn apply(&self, http: reqwest::ClientBuilder) -> reqwest::ClientBuilder {
        self.0.apply(http)
    }
}

/// The root certificates in a PEM text (one or more `CERTIFICATE` blocks; other blocks are skipped).
pub(crate) fn parse_pem_certificates(pem: &[u8]) -> Result<Vec<CertificateDer<'static>>, TlsError> {
    use rustls_pki_types::pem::PemObject;
    let certs = CertificateDer::pem_slice_iter(pem)
        .collect::<Result<Vec<_>, _>>()
        .map_err(|e| TlsError::new(format!("a root certificate is not valid PEM: {e}")))?;
    if certs.is_empty() {
        return Err(TlsError::new(
            "a root certificate holds no PEM `CERTIFICATE` block".to_owned(),
        ));
    }
    Ok(certs)
}

/// Setting up TLS failed (a root certificate that does not parse, no usable root store, no TLS backend).
#[derive(Debug)]
pub(crate) struct TlsError(String);

impl TlsError {
    fn new(message: String) -> Self {
        TlsError(message)
    }
}

impl std::fmt::Display for TlsError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for TlsError {}
