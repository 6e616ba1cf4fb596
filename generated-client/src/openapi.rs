//! OpenAPI 3.1 export of the services compiled into this crate (feature `openapi`).
//!
//! Each service's document is `spec_core::openapi::document` of its model, read from `ServiceMeta::spec_json` (the
//! model the `generate!` macro built), so the export describes exactly what the client and the mock server use. The
//! `spec openapi <folder>` command writes the same documents from spec files without building a client.
//!
//! ```
//! for (service, doc) in generated_client::openapi::openapi_documents() {
//!     assert_eq!(doc["openapi"], "3.1.0");
//!     let json = serde_json::to_string_pretty(&doc).unwrap();
//!     println!("{service}: {} bytes of OpenAPI", json.len());
//! }
//! ```

use serde_json::{Value, json};

use crate::__private::ServiceMeta;

pub use spec_core::openapi::{AKSK_SCHEME, OPENAPI_VERSION, TOKEN_SCHEME};

/// The OpenAPI 3.1.0 document of one service.
///
/// Never fails: the spec JSON comes from the macro, and should it ever be unreadable the document is still valid,
/// with no paths and the problem named in `info.description`.
pub fn openapi_document(service: &ServiceMeta) -> Value {
    match serde_json::from_str::<spec_core::model::Service>(service.spec_json) {
        Ok(model) => spec_core::openapi::document(&model),
        Err(e) => json!({
            "openapi": OPENAPI_VERSION,
            "info": {
                "title": service.name,
                "description": format!("The model of `{}` could not be read: {e}", service.name),
                "version": env!("CARGO_PKG_VERSION"),
            },
            "servers": [{ "url": format!("https://{}", service.host),
                          "variables": { "region": { "default": "cn-north-4" },
                                         "domain": { "default": "myhuaweicloud.com" } } }],
            "paths": {},
        }),
    }
}

/// `(service name, document)` for every service compiled into this crate, in `SERVICES` order.
pub fn openapi_documents() -> Vec<(&'static str, Value)> {
    crate::SERVICES
        .iter()
        .map(|s| (s.name, openapi_document(s)))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unreadable_spec_still_gives_a_valid_skeleton() {
        let meta = ServiceMeta {
            name: "broken",
            host: "brk.{region}.{domain}",
            spec_json: "{ not json",
            operations: &[],
            contracts: &[],
        };
        let d = openapi_document(&meta);
        assert_eq!(d["openapi"], "3.1.0");
        assert_eq!(d["info"]["title"], "broken");
        assert!(
            d["info"]["description"]
                .as_str()
                .unwrap()
                .contains("could not be read")
        );
        assert_eq!(d["paths"], json!({}));
        assert_eq!(d["servers"][0]["url"], "https://brk.{region}.{domain}");
    }

    /// The compiled-in services: every endpoint, every documented status and every named type is in the export.
    #[test]
    fn every_service_endpoint_and_status_is_exported() {
        let docs = openapi_documents();
        assert_eq!(docs.len(), crate::SERVICES.len());
        for ((name, doc), meta) in docs.iter().zip(crate::SERVICES) {
            assert_eq!(*name, meta.name);
            let model: spec_core::model::Service = serde_json::from_str(meta.spec_json).unwrap();
            assert_eq!(doc["info"]["title"], model.title);
            assert_eq!(model.endpoints.len(), meta.operations.len());
            for ep in &model.endpoints {
                let method = ep.method.to_ascii_lowercase();
                let op = &doc["paths"][&ep.path][&method];
                assert_eq!(
                    op["operationId"], ep.operation,
                    "{name} {method} {}",
                    ep.path
                );
                for r in &ep.responses {
                    let out = &op["responses"][r.status.key()];
                    assert!(
                        out["description"].is_string(),
                        "{name} {} {}",
                        ep.path,
                        r.status
                    );
                    // Under the response's own media type (a download's, text's), JSON's by default.
                    let media = r.content_type.as_deref().unwrap_or("application/json");
                    let content = &out["content"][media];
                    if r.body.is_some() {
                        assert!(
                            content["schema"].is_object(),
                            "{name} {} {}",
                            ep.path,
                            r.status
                        );
                        assert_eq!(content.get("example"), r.example.as_ref());
                    } else {
                        assert!(
                            out.get("content").is_none(),
                            "{name} {} {}",
                            ep.path,
                            r.status
                        );
                    }
                }
                assert_eq!(
                    op["responses"].as_object().unwrap().len(),
                    ep.responses.len()
                );
            }
            for t in &model.types {
                assert!(
                    doc["components"]["schemas"][&t.name].is_object(),
                    "{name}: {}",
                    t.name
                );
            }
        }
    }

    #[test]
    fn real_int64_examples_stay_exact() {
        // dataarts documents a body of int64 IDs above 2^53 (skipped if that service is not compiled in).
        for (name, doc) in openapi_documents().iter().filter(|(n, _)| *n == "dataarts") {
            let text = serde_json::to_string_pretty(doc).unwrap();
            assert!(text.contains("1317151269261262848"), "{name}");
            assert!(text.contains("1317151258234322945"), "{name}");
        }
    }
}
