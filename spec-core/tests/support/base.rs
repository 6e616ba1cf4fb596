//! The small valid spec that the located-error tests and the fuzz's regression tests each break in one place.

/// Service `demo`: one error-body type and one endpoint with path, header and body parameters and two statuses.
pub const BASE: &str = r#"service: demo
title: Demo
host_prefix: demo
types:
  ErrorBody:
    type: object
    properties:
      error_code: { type: string }
      error_msg: { type: string }
endpoints:
  - operation: StopGraph
    method: POST
    path: /v2/{project_id}/graphs/{graph_id}/stop
    parameters:
      path:
        project_id: { type: string, from_context: project_id }
        graph_id: { type: string, max_length: 8 }
      header:
        X-Language: { type: string, enum: [en-us, zh-cn], default: en-us }
    request:
      body: { type: object }
    responses:
      200:
        body:
          type: object
          properties:
            job_id: { type: string }
      400:
        body: { type: ErrorBody }
"#;
