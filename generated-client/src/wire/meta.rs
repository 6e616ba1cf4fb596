//! The static description of one endpoint, which generated code writes and the transport reads.

/// The static description of one endpoint.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct OperationMeta {
    /// The service's name (its spec file), e.g. `ges`.
    pub service: &'static str,
    /// The endpoint host prefix: `https://<host_prefix>.<region>.myhuaweicloud.com`.
    pub host_prefix: &'static str,
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
