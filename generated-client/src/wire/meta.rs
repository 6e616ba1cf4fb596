//! The static description of one endpoint, which generated code writes and the transport reads.

/// The static description of one endpoint.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct OperationMeta {
    /// The service's name (its spec file), e.g. `ges`.
    pub service: &'static str,
    /// The service's host in a region, a template of `{region}` and `{domain}`: `ges.{region}.{domain}` (from the
    /// spec's `host_prefix`) or the spec's `host` (`iam.{domain}`).
    pub host: &'static str,
    /// Which id of the credentials the call carries (`X-Project-Id` or `X-Domain-Id`).
    pub scope: CredentialScope,
    /// The operation name, e.g. `StopGraph`.
    pub name: &'static str,
    /// The HTTP method, uppercase.
    pub method: &'static str,
    /// The path template, e.g. `/v2/{project_id}/graphs/{graph_id}/action`.
    pub path: &'static str,
    /// The request `Content-Type`, sent when there is a body.
    pub content_type: Option<&'static str>,
    /// The statuses (inclusive ranges) whose body is a download: streamed to the caller rather than read whole
    /// under the response size limit.
    pub streamed: &'static [(u16, u16)],
}

impl OperationMeta {
    /// Whether a response of `status` is a download.
    pub(crate) fn streams(&self, status: u16) -> bool {
        self.streamed
            .iter()
            .any(|&(lo, hi)| (lo..=hi).contains(&status))
    }
}

/// Which id of the client's credentials a service's calls carry, as the spec's `credential_scope` says: a regional
/// service's calls carry the project id (`X-Project-Id`), a global service's the account's (`X-Domain-Id`), as the
/// official SDKs' `BasicCredentials` and `GlobalCredentials` send them; never both.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum CredentialScope {
    /// Regional: `X-Project-Id`.
    #[default]
    Project,
    /// Global: `X-Domain-Id`.
    Domain,
}

impl CredentialScope {
    /// The header the credentials' id goes in.
    pub fn header(self) -> &'static str {
        match self {
            CredentialScope::Project => "X-Project-Id",
            CredentialScope::Domain => "X-Domain-Id",
        }
    }

    /// The credentials' context key of the id (`project_id`, `domain_id`).
    pub fn context_key(self) -> &'static str {
        match self {
            CredentialScope::Project => "project_id",
            CredentialScope::Domain => "domain_id",
        }
    }
}
