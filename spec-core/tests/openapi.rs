//! The OpenAPI conversion on a spec written here (independent of `spec/`), touching every mapping rule.

use serde_json::{Value, json};
use spec_core::openapi::{AKSK_SCHEME, TOKEN_SCHEME, document};

const DEMO: &str = r#"
service: demo
title: Demo Service
host_prefix: demo
description: |
  A demo.
types:
  ErrorBody:
    type: object
    description: Error body.
    properties:
      error_code: { type: string }
      error_msg: { type: string }
  Tag:
    type: object
    properties:
      key: { type: string, required: true, min_length: 1, max_length: 128 }
      value: { type: string, nullable: true, max_length: 255 }
      kind: { type: string, nullable: true, enum: [a, b] }
endpoints:
  - operation: UpdateServer
    method: PUT
    path: /v1/{project_id}/servers/{server_id}
    summary: Updating a Server
    description: |
      Updates a server.
    parameters:
      path:
        project_id:
          type: string
          from_context: project_id
          description: Project ID.
          example: 054ba152d480d55b2f5dc0069e7ddef0
        server_id: { type: int64, minimum: 1, example: 9007199254740993 }
      query:
        dry_run: { type: boolean, default: false }
        ids: { type: array, items: { type: int32 }, max_items: 10 }
        fields: { type: array, items: { type: string }, collection: csv, example: [name, status] }
        limit: { type: int32, minimum: 1, maximum: 1000 }
      header:
        X-Language: { type: string, enum: [en-us, zh-cn], default: en-us }
        workspace: { type: string, required: true, pattern: '^[0-9a-f]+$' }
    request:
      description: New settings.
      body:
        type: object
        name: ServerUpdate
        properties:
          name: { type: string, required: true }
          ratio: { type: number }
          tags: { type: array, min_items: 1, items: { type: Tag } }
          metadata: { type: map, values: { type: string } }
          expires_at: { type: date-time, nullable: true }
          owner: { type: Tag, nullable: true }
          extra: { type: any }
          ids: { type: array, items: { type: int64 } }
      example: { name: web-01, ids: [1317151269261262848, 9007199254740993] }
    responses:
      200:
        description: OK
        body:
          type: object
          properties:
            job_id: { type: string }
        example: { job_id: j1 }
      204: {}
      400:
        description: Bad Request
        body: { type: ErrorBody }
        example: { error_code: DEMO.0001, error_msg: Invalid. }
      404:
        description: Not Found
  - operation: GetServer
    method: GET
    path: /v1/{project_id}/servers/{id}
    parameters:
      path:
        project_id: { type: string }
        id: { type: int64 }
    responses:
      200:
        body: { type: Tag }
"#;

fn demo() -> Value {
    let service =
        spec_core::load_str("demo.yaml", DEMO).unwrap_or_else(|e| panic!("{}", e.join("\n")));
    document(&service)
}

fn update(d: &Value) -> &Value {
    &d["paths"]["/v1/{project_id}/servers/{server_id}"]["put"]
}

fn param<'a>(op: &'a Value, name: &str) -> &'a Value {
    op["parameters"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["name"] == name)
        .unwrap_or_else(|| panic!("no parameter {name}"))
}

/// Every `$ref` in `v`, as written.
fn refs(v: &Value, out: &mut Vec<String>) {
    match v {
        Value::Object(m) => {
            for (k, x) in m {
                match (k.as_str(), x) {
                    ("$ref", Value::String(r)) => out.push(r.clone()),
                    _ => refs(x, out),
                }
            }
        }
        Value::Array(a) => a.iter().for_each(|x| refs(x, out)),
        _ => {}
    }
}

/// Follows a local `$ref` (`#/a/b`) in `doc`; any other value is itself.
fn deref<'a>(doc: &'a Value, v: &'a Value) -> &'a Value {
    match v["$ref"].as_str().and_then(|r| r.strip_prefix('#')) {
        Some(pointer) => doc
            .pointer(pointer)
            .unwrap_or_else(|| panic!("dangling {pointer}")),
        None => v,
    }
}

/// The request body's schema, its `$ref` followed.
fn body(d: &Value) -> &Value {
    deref(
        d,
        &update(d)["requestBody"]["content"]["application/json"]["schema"],
    )
}

#[test]
fn document_skeleton() {
    let d = demo();
    assert_eq!(d["openapi"], "3.1.0");
    assert_eq!(d["info"]["title"], "Demo Service");
    assert!(
        d["info"]["description"]
            .as_str()
            .unwrap()
            .starts_with("A demo.\n\n")
    );
    assert_eq!(d["info"]["version"], env!("CARGO_PKG_VERSION"));
    let server = &d["servers"][0];
    assert_eq!(server["url"], "https://demo.{region}.{domain}");
    assert_eq!(server["variables"]["region"]["default"], "cn-north-4");
    assert_eq!(
        server["variables"]["domain"]["default"],
        "myhuaweicloud.com"
    );
    assert_eq!(d["x-credential-scope"], "project");
    assert!(
        server["description"]
            .as_str()
            .unwrap()
            .contains("Any other endpoint")
    );
    let op = update(&d);
    assert_eq!(op["operationId"], "UpdateServer");
    assert_eq!(op["summary"], "Updating a Server");
    assert_eq!(op["description"], "Updates a server.");
    assert_eq!(op["tags"], json!(["demo"]));
    assert_eq!(op["x-rust-method"], "update_server");
}

/// `/v1/{project_id}/servers/{id}` is the same path as `/v1/{project_id}/servers/{server_id}` to OpenAPI: both
/// methods share the first one's path item, with the path parameter named as in its template.
#[test]
fn templates_that_differ_in_names_share_a_path_item() {
    let d = demo();
    assert_eq!(d["paths"].as_object().unwrap().len(), 1);
    let get = &d["paths"]["/v1/{project_id}/servers/{server_id}"]["get"];
    assert_eq!(get["operationId"], "GetServer");
    assert!(get.get("summary").is_none());
    assert!(get.get("requestBody").is_none());
    assert_eq!(param(get, "server_id")["in"], "path");
    assert_eq!(
        param(get, "server_id")["schema"],
        json!({ "type": "integer", "format": "int64" })
    );
}

#[test]
fn named_types_are_components_and_refs() {
    let d = demo();
    let schemas = &d["components"]["schemas"];
    assert_eq!(schemas["ErrorBody"]["type"], "object");
    assert_eq!(schemas["ErrorBody"]["description"], "Error body.");
    // Inline objects and enums are components too, named as the Rust client names them.
    assert_eq!(schemas["ServerUpdate"]["type"], "object");
    assert_eq!(schemas["UpdateServerResponse200"]["type"], "object");
    assert_eq!(
        schemas["UpdateServerXLanguage"]["enum"],
        json!(["en-us", "zh-cn"])
    );
    let op = update(&d);
    assert_eq!(
        op["responses"]["400"]["content"]["application/json"]["schema"],
        json!({ "$ref": "#/components/schemas/ErrorBody" })
    );
    assert_eq!(
        op["requestBody"]["content"]["application/json"]["schema"],
        json!({ "$ref": "#/components/schemas/ServerUpdate" })
    );
    assert_eq!(
        body(&d)["properties"]["tags"]["items"],
        json!({ "$ref": "#/components/schemas/Tag" })
    );
    let mut all = Vec::new();
    refs(&d, &mut all);
    assert!(all.len() >= 5, "{all:?}");
    for r in &all {
        assert!(
            d.pointer(r.strip_prefix('#').unwrap()).is_some(),
            "dangling {r}"
        );
    }
}

#[test]
fn nullable_is_the_3_1_type_union() {
    let d = demo();
    let tag = &d["components"]["schemas"]["Tag"];
    assert_eq!(
        tag["properties"]["value"]["type"],
        json!(["string", "null"])
    );
    assert_eq!(tag["properties"]["value"]["maxLength"], 255);
    // The nullable enum is a `$ref` to its component, made nullable at the use.
    assert_eq!(
        tag["properties"]["kind"]["anyOf"],
        json!([{ "$ref": "#/components/schemas/TagKind" }, { "type": "null" }])
    );
    assert_eq!(tag["properties"]["key"]["type"], "string");
    let body = body(&d);
    assert_eq!(
        body["properties"]["expires_at"]["type"],
        json!(["string", "null"])
    );
    assert_eq!(body["properties"]["expires_at"]["format"], "date-time");
    assert_eq!(
        body["properties"]["owner"]["anyOf"],
        json!([{ "$ref": "#/components/schemas/Tag" }, { "type": "null" }])
    );
    assert!(body["properties"]["owner"].get("$ref").is_none());
    // Nothing is nullable unless the spec says so.
    assert_eq!(body["properties"]["name"]["type"], "string");
}

/// A named enum that is itself nullable lists null among its values, or null would fail `enum`.
#[test]
fn a_nullable_enum_type_lists_null() {
    let spec = DEMO.replace(
        "types:\n",
        "types:\n  Mode: { type: string, enum: [on, off], nullable: true }\n",
    );
    let service =
        spec_core::load_str("demo.yaml", &spec).unwrap_or_else(|e| panic!("{}", e.join("\n")));
    let d = document(&service);
    assert_eq!(
        d["components"]["schemas"]["Mode"]["enum"],
        json!(["on", "off", null])
    );
    assert_eq!(
        d["components"]["schemas"]["Mode"]["type"],
        json!(["string", "null"])
    );
}

#[test]
fn scalar_types_and_formats() {
    let d = demo();
    let body = &body(&d)["properties"];
    assert_eq!(body["ratio"], json!({ "type": "number" }));
    assert_eq!(body["extra"], json!({}));
    assert_eq!(
        body["ids"]["items"],
        json!({ "type": "integer", "format": "int64" })
    );
    let dt = body["expires_at"]["description"].as_str().unwrap();
    assert!(dt.contains("keeps the raw text"), "{dt}");
    let op = update(&d);
    assert_eq!(
        param(op, "limit")["schema"],
        json!({ "type": "integer", "format": "int32", "minimum": 1, "maximum": 1000 })
    );
    assert_eq!(
        param(op, "server_id")["schema"],
        json!({ "type": "integer", "format": "int64", "minimum": 1 })
    );
}

#[test]
fn int64_examples_stay_exact() {
    let d = demo();
    assert_eq!(
        param(update(&d), "server_id")["example"].as_u64(),
        Some(9_007_199_254_740_993)
    );
    let text = serde_json::to_string_pretty(&d).unwrap();
    assert!(
        text.contains("9007199254740993"),
        "2^53 + 1 lost its last digit"
    );
    assert!(text.contains("1317151269261262848"));
    assert!(!text.contains("9007199254740992"));
    assert!(!text.contains("e+"), "no integer may become a float");
}

#[test]
fn objects_list_required_properties() {
    let d = demo();
    let tag = &d["components"]["schemas"]["Tag"];
    assert_eq!(tag["required"], json!(["key"]));
    let request = &update(&d)["requestBody"];
    assert_eq!(request["required"], true);
    assert_eq!(request["description"], "New settings.");
    assert_eq!(body(&d)["required"], json!(["name"]));
    assert_eq!(
        request["content"]["application/json"]["example"]["name"],
        "web-01"
    );
    // No required properties: no `required` key (an empty list is not allowed everywhere).
    assert!(
        d["components"]["schemas"]["ErrorBody"]
            .get("required")
            .is_none()
    );
}

#[test]
fn arrays_and_maps() {
    let d = demo();
    let body = &body(&d)["properties"];
    assert_eq!(body["tags"]["type"], "array");
    assert_eq!(body["tags"]["minItems"], 1);
    assert_eq!(
        body["metadata"],
        json!({ "type": "object", "additionalProperties": { "type": "string" } })
    );
    let op = update(&d);
    let ids = param(op, "ids");
    assert_eq!(ids["style"], "form");
    assert_eq!(ids["explode"], true);
    assert_eq!(ids["schema"]["maxItems"], 10);
    assert_eq!(
        ids["schema"]["items"],
        json!({ "type": "integer", "format": "int32" })
    );
    let fields = param(op, "fields");
    assert_eq!(fields["style"], "form");
    assert_eq!(fields["explode"], false);
    assert_eq!(fields["example"], json!(["name", "status"]));
    // Scalars get no style.
    assert!(param(op, "limit").get("style").is_none());
}

#[test]
fn parameters_carry_location_constraints_and_examples() {
    let d = demo();
    let op = update(&d);
    let names: Vec<(&str, &str)> = op["parameters"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| (p["name"].as_str().unwrap(), p["in"].as_str().unwrap()))
        .collect();
    assert_eq!(names.len(), 8);
    assert!(names.contains(&("project_id", "path")));
    assert!(names.contains(&("dry_run", "query")));
    assert!(names.contains(&("X-Language", "header")));
    let project = param(op, "project_id");
    assert_eq!(project["required"], true);
    assert_eq!(project["x-from-context"], "project_id");
    assert!(
        project["description"]
            .as_str()
            .unwrap()
            .starts_with("Project ID.")
    );
    assert_eq!(project["example"], "054ba152d480d55b2f5dc0069e7ddef0");
    // Description and example live on the parameter, not inside its schema.
    assert_eq!(project["schema"], json!({ "type": "string" }));
    assert_eq!(param(op, "dry_run")["required"], false);
    assert_eq!(
        param(op, "dry_run")["schema"],
        json!({ "type": "boolean", "default": false })
    );
    let lang = param(op, "X-Language");
    assert_eq!(
        lang["schema"]["$ref"],
        "#/components/schemas/UpdateServerXLanguage"
    );
    assert_eq!(lang["schema"]["default"], "en-us");
    let ws = param(op, "workspace");
    assert_eq!(ws["required"], true);
    assert_eq!(ws["schema"]["pattern"], "^[0-9a-f]+$");
}

#[test]
fn every_status_with_description_content_and_example() {
    let d = demo();
    let responses = &update(&d)["responses"];
    let statuses: Vec<&String> = responses.as_object().unwrap().keys().collect();
    assert_eq!(statuses.len(), 4, "{statuses:?}");
    assert_eq!(responses["200"]["description"], "OK");
    assert_eq!(
        responses["200"]["content"]["application/json"]["example"],
        json!({ "job_id": "j1" })
    );
    assert_eq!(responses["200"]["x-kind"], "success");
    assert_eq!(responses["400"]["x-kind"], "error");
    assert_eq!(
        responses["400"]["content"]["application/json"]["example"]["error_code"],
        "DEMO.0001"
    );
    // Body-less statuses have no content; a missing description becomes the reason phrase.
    assert!(responses["204"].get("content").is_none());
    assert_eq!(responses["204"]["description"], "No Content");
    assert!(responses["404"].get("content").is_none());
    assert_eq!(
        responses["404"]["headers"]["X-Request-Id"]["$ref"],
        "#/components/headers/X-Request-Id"
    );
    // A success without an example has content without one.
    let get = &d["paths"]["/v1/{project_id}/servers/{server_id}"]["get"]["responses"]["200"];
    assert_eq!(get["description"], "OK");
    assert!(get["content"]["application/json"].get("example").is_none());
}

#[test]
fn security_schemes_and_global_requirement() {
    let d = demo();
    let schemes = &d["components"]["securitySchemes"];
    let aksk = &schemes[AKSK_SCHEME];
    assert_eq!(aksk["type"], "apiKey");
    assert_eq!(aksk["in"], "header");
    assert_eq!(aksk["name"], "Authorization");
    assert!(
        aksk["description"]
            .as_str()
            .unwrap()
            .contains("SDK-HMAC-SHA256")
    );
    let token = &schemes[TOKEN_SCHEME];
    assert_eq!(token["type"], "apiKey");
    assert_eq!(token["in"], "header");
    assert_eq!(token["name"], "X-Auth-Token");
    // Either one suffices: two alternatives, not one requirement with both.
    assert_eq!(
        d["security"],
        json!([{ "akskSignature": [] }, { "token": [] }])
    );
}

/// A model that did not come from the checker may refer to a type that does not exist: that is any value, not a
/// dangling `$ref`.
#[test]
fn a_reference_to_no_type_is_any() {
    let mut service = spec_core::load_str("demo.yaml", DEMO).unwrap();
    service.types.clear();
    let d = document(&service);
    let mut all = Vec::new();
    refs(&d, &mut all);
    assert!(
        all.iter().all(|r| r.starts_with("#/components/headers/")),
        "{all:?}"
    );
}

/// Status ranges and `default` keep their OpenAPI keys; each says what it covers when the spec gives no description.
#[test]
fn ranges_and_default_are_response_keys() {
    let spec = r#"
service: demo
title: Demo
host_prefix: demo
endpoints:
  - operation: DeleteItem
    method: DELETE
    path: /v1/items/{id}
    parameters:
      path:
        id: { type: string }
    responses:
      2XX: {}
      404: { body: { type: object, properties: { code: { type: string } } } }
      4XX: { description: Any other client error. }
      default:
        body: { type: object, properties: { code: { type: string } } }
        example: { code: E }
"#;
    let service =
        spec_core::load_str("demo.yaml", spec).unwrap_or_else(|e| panic!("{}", e.join("\n")));
    let d = document(&service);
    let responses = &d["paths"]["/v1/items/{id}"]["delete"]["responses"];
    let keys: Vec<&String> = responses.as_object().unwrap().keys().collect();
    assert_eq!(keys, ["404", "2XX", "4XX", "default"]);
    assert_eq!(responses["2XX"]["description"], "Any 2xx status");
    assert_eq!(responses["2XX"]["x-kind"], "success");
    assert_eq!(responses["4XX"]["description"], "Any other client error.");
    assert_eq!(responses["default"]["description"], "Any other status");
    assert_eq!(responses["default"]["x-kind"], "error");
    assert_eq!(
        responses["default"]["content"]["application/json"]["example"],
        json!({ "code": "E" })
    );
}

/// Only an RFC 3339 date-time with no sentinel claims `format: date-time`; other layouts say what they are, and
/// sentinels are an alternative, so the examples never contradict the document.
#[test]
fn date_time_layouts_and_sentinels() {
    let spec = r#"
service: demo
title: Demo
host_prefix: demo
endpoints:
  - operation: ShowTimes
    method: GET
    path: /v1/times
    responses:
      200:
        body:
          type: object
          properties:
            at: { type: date-time }
            naive: { type: date-time, format: naive, example: "2024-01-01T08:00:00" }
            compact: { type: date-time, format: compact }
            millis: { type: date-time, format: epoch-millis, example: 1704096000000 }
            seconds: { type: date-time, format: epoch-seconds-string, example: "1704096000" }
            ended: { type: date-time, sentinels: ["-", ""], nullable: true, example: "-" }
"#;
    let service =
        spec_core::load_str("demo.yaml", spec).unwrap_or_else(|e| panic!("{}", e.join("\n")));
    let d = document(&service);
    let props = &d["components"]["schemas"]["ShowTimesResponse"]["properties"];
    assert_eq!(props["at"]["format"], "date-time");
    assert_eq!(props["naive"]["type"], "string");
    assert!(props["naive"].get("format").is_none());
    assert_eq!(props["naive"]["x-date-format"], "naive");
    assert!(props["compact"]["pattern"].is_string());
    assert_eq!(props["millis"]["type"], "integer");
    assert_eq!(props["millis"]["format"], "int64");
    assert_eq!(props["seconds"]["pattern"], "^-?\\d+$");
    assert_eq!(
        props["ended"]["anyOf"],
        json!([
            { "type": "string", "format": "date-time" },
            { "type": "string", "enum": ["-", ""] },
            { "type": "null" }
        ])
    );
    assert!(props["ended"].get("type").is_none());
}

#[test]
fn map_keys_are_property_names() {
    let spec = r#"
service: demo
title: Demo
host_prefix: demo
endpoints:
  - operation: ShowTags
    method: GET
    path: /v1/tags
    responses:
      200:
        body:
          type: map
          values: { type: string }
          keys: { type: string, pattern: '^[a-z]+$', max_length: 8 }
"#;
    let service =
        spec_core::load_str("demo.yaml", spec).unwrap_or_else(|e| panic!("{}", e.join("\n")));
    let d = document(&service);
    let body =
        &d["paths"]["/v1/tags"]["get"]["responses"]["200"]["content"]["application/json"]["schema"];
    assert_eq!(
        body["propertyNames"],
        json!({ "type": "string", "pattern": "^[a-z]+$", "maxLength": 8 })
    );
}

#[test]
fn integer_enums_are_exported() {
    let spec = r#"
service: demo
title: Demo
host_prefix: demo
types:
  PowerState: { type: int32, enum: [0, 1, 4] }
endpoints:
  - operation: ShowServer
    method: GET
    path: /v1/server
    parameters:
      query:
        hide: { type: int64, enum: [0, 1] }
    responses:
      200:
        body:
          type: object
          properties:
            state: { type: PowerState }
"#;
    let service =
        spec_core::load_str("demo.yaml", spec).unwrap_or_else(|e| panic!("{}", e.join("\n")));
    let d = document(&service);
    assert_eq!(
        d["components"]["schemas"]["PowerState"],
        json!({ "type": "integer", "format": "int32", "enum": [0, 1, 4] })
    );
    let op = &d["paths"]["/v1/server"]["get"];
    assert_eq!(op["parameters"][0]["schema"]["enum"], json!([0, 1]));
}

#[test]
fn json_inside_strings_is_content_schema() {
    let spec = r#"
service: demo
title: Demo
host_prefix: demo
endpoints:
  - operation: ShowTrace
    method: GET
    path: /v1/trace
    parameters:
      query:
        filter: { type: string, content: { type: array, items: { type: int64 } } }
    responses:
      204: {}
"#;
    let service =
        spec_core::load_str("demo.yaml", spec).unwrap_or_else(|e| panic!("{}", e.join("\n")));
    let d = document(&service);
    assert_eq!(
        d["paths"]["/v1/trace"]["get"]["parameters"][0]["schema"],
        json!({
            "type": "string",
            "contentMediaType": "application/json",
            "contentSchema": { "type": "array", "items": { "type": "integer", "format": "int64" } }
        })
    );
}

/// A global service: its host template is the server URL (only the variables it names), its credential scope is
/// said, and the AK/SK scheme names the header the client sends; a parameter filled from context says so; declared
/// response headers are listed with their schema, next to `X-Request-Id`.
#[test]
fn hosts_scopes_context_and_response_headers() {
    let spec = r#"
service: iam
title: IAM
host: iam.{domain}
credential_scope: domain
endpoints:
  - operation: CreateToken
    method: POST
    path: /v3/auth/tokens
    parameters:
      query:
        domain_id: { type: string, from_context: domain_id, required: true }
    responses:
      201:
        headers:
          X-Subject-Token: { type: string, required: true, description: The token., example: tok-1 }
          X-Total: { type: int64, minimum: 0 }
          Expires: { type: date-time, format: epoch-seconds-string }
"#;
    let service =
        spec_core::load_str("iam.yaml", spec).unwrap_or_else(|e| panic!("{}", e.join("\n")));
    let d = document(&service);
    let server = &d["servers"][0];
    assert_eq!(server["url"], "https://iam.{domain}");
    assert_eq!(
        server["variables"],
        json!({ "domain": {
            "default": "myhuaweicloud.com",
            "description": "The cloud's DNS domain: `myhuaweicloud.com`, or `myhuaweicloud.eu` in `eu-west-101`.",
        }})
    );
    assert!(
        server["description"]
            .as_str()
            .unwrap()
            .contains("a global service")
    );
    assert_eq!(d["x-credential-scope"], "domain");
    let aksk = d["components"]["securitySchemes"][AKSK_SCHEME]["description"]
        .as_str()
        .unwrap();
    assert!(aksk.contains("`X-Domain-Id`"), "{aksk}");
    assert!(!aksk.contains("X-Project-Id"), "{aksk}");

    let op = &d["paths"]["/v3/auth/tokens"]["post"];
    let domain = param(op, "domain_id");
    assert_eq!(domain["in"], "query");
    assert_eq!(domain["x-from-context"], "domain_id");
    let headers = &op["responses"]["201"]["headers"];
    assert_eq!(
        headers["X-Request-Id"],
        json!({ "$ref": "#/components/headers/X-Request-Id" })
    );
    assert_eq!(
        headers["X-Subject-Token"],
        json!({
            "description": "The token.",
            "required": true,
            "schema": { "type": "string" },
            "example": "tok-1",
            "x-rust-field": "x_subject_token",
        })
    );
    assert_eq!(
        headers["X-Total"]["schema"],
        json!({ "type": "integer", "format": "int64", "minimum": 0 })
    );
    assert_eq!(headers["X-Total"]["required"], false);
    assert_eq!(headers["Expires"]["schema"]["pattern"], "^-?\\d+$");
    // A fixed host has no variables at all.
    let fixed = spec.replace("host: iam.{domain}", "host: iam.example.com");
    let d = document(&spec_core::load_str("iam.yaml", &fixed).unwrap());
    assert_eq!(d["servers"][0]["url"], "https://iam.example.com");
    assert!(d["servers"][0].get("variables").is_none());
}

/// Each kind of body under its media type: a multipart form with its file parts' `encoding`, bytes as a string of the
/// body's type (`contentMediaType`), JSON under a vendor type, text as a string.
#[test]
fn bodies_are_described_under_their_media_types() {
    let src = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/fixtures/bodies.yaml"),
    )
    .expect("fixture");
    let service =
        spec_core::load_str("bodies.yaml", &src).unwrap_or_else(|e| panic!("{}", e.join("\n")));
    let d = document(&service);
    let op = |path: &str, method: &str| d["paths"][path][method].clone();

    let import = op(
        "/bodies/v2/{project_id}/instances/{instance_id}/import",
        "post",
    );
    let media = &import["requestBody"]["content"]["multipart/form-data"];
    assert_eq!(
        media["schema"],
        json!({ "$ref": "#/components/schemas/ImportForm" })
    );
    assert_eq!(
        media["encoding"],
        json!({ "file_name": { "contentType": "application/octet-stream" } }),
        "text parts are text/plain, OpenAPI's default"
    );
    let form = &d["components"]["schemas"]["ImportForm"];
    assert_eq!(form["required"], json!(["file_name"]));
    assert_eq!(
        form["properties"]["file_name"],
        json!({
            "type": "string",
            "contentMediaType": "application/octet-stream",
            "description": "The Swagger file (JSON or YAML).",
        })
    );
    assert_eq!(
        form["properties"]["is_create_group"]["default"],
        json!(true)
    );

    let put = op("/bodies/objects/{object_key}", "put");
    assert_eq!(
        put["requestBody"]["content"],
        json!({ "application/octet-stream": {
            "schema": {
                "type": "string",
                "contentMediaType": "application/octet-stream",
                "minLength": 1,
            },
            "example": "hello, object",
        } })
    );
    let get = op("/bodies/objects/{object_key}", "get");
    for status in ["200", "206"] {
        assert_eq!(
            get["responses"][status]["content"]["application/octet-stream"]["schema"],
            json!({ "type": "string", "contentMediaType": "application/octet-stream" }),
            "{status}"
        );
    }
    assert!(get["responses"]["404"]["content"]["application/json"].is_object());
    let pdf = op("/bodies/reports/{report_id}", "get");
    let media = &pdf["responses"]["200"]["content"]["application/pdf"];
    assert_eq!(
        media["schema"]["contentMediaType"],
        json!("application/pdf")
    );
    // A media type that does not say how it is encoded carries what the spec says.
    assert_eq!(media["x-encoding"], json!("binary"));
    assert!(get["responses"]["200"]["content"]["application/octet-stream"]["x-encoding"].is_null());

    let patch = op("/bodies/v2/images/{image_id}", "patch");
    let vendor = &patch["requestBody"]["content"]["application/openstack-images-v2.1-json-patch"];
    assert_eq!(vendor["schema"]["type"], json!("array"));
    assert_eq!(vendor["x-encoding"], json!("json"));
    assert_eq!(vendor["example"][0]["op"], json!("replace"));
    assert!(
        op("/bodies/v1/{project_id}/cloudservers/action", "post")["requestBody"]["content"]
            ["application/json;charset=UTF-8"]
            .is_object()
    );

    let version = op("/bodies/version", "get");
    assert_eq!(
        version["responses"]["200"]["content"],
        json!({ "text/plain": { "schema": { "type": "string" }, "example": "v1.2.3" } })
    );
    assert_eq!(
        version["responses"]["500"]["content"]["text/plain; charset=utf-8"]["schema"],
        json!({ "type": "string", "maxLength": 200 })
    );
    let echo = op("/bodies/echo", "post");
    assert_eq!(
        echo["requestBody"]["content"]["text/plain; charset=utf-8"]["schema"],
        json!({ "type": "string", "minLength": 1, "maxLength": 100 }),
        "its own minLength stands"
    );
}

/// How an operation pages and waits is exported as `x-` extensions of the operation, paths as the spec writes them.
#[test]
fn pagination_waiters_and_jobs_are_extensions() {
    let doc = document(
        &spec_core::load_str(
            "spec/demo.yaml",
            r#"service: demo
title: Demo
host_prefix: demo
endpoints:
  - operation: ListThings
    method: GET
    path: /v1/things
    parameters:
      query:
        marker: { type: string }
        limit: { type: int32 }
    pagination: { style: cursor, items: page.things, param: marker, next: page.next, page_size: limit }
    responses:
      200:
        body:
          type: object
          properties:
            page:
              type: object
              properties:
                things: { type: array, items: { type: string } }
                next: { type: string }
  - operation: StartThing
    method: POST
    path: /v1/things
    job: { waiter: ShowJob, id: job_id }
    responses:
      200: { body: { type: object, properties: { job_id: { type: string } } } }
  - operation: ShowJob
    method: GET
    path: /v1/jobs/{job_id}
    parameters:
      path:
        job_id: { type: string }
    waiter: { status: state, done: [SUCCESS], failed: [FAIL] }
    responses:
      200: { body: { type: object, properties: { state: { type: string } } } }
"#,
        )
        .expect("valid"),
    );
    let list = &doc["paths"]["/v1/things"]["get"];
    assert_eq!(
        list["x-pagination"],
        json!({"style": "cursor", "items": "page.things", "param": "marker", "next": "page.next",
               "page_size": "limit", "x-rust-method": "list_things_paginator"})
    );
    assert_eq!(
        doc["paths"]["/v1/things"]["post"]["x-job"],
        json!({"waiter": "ShowJob", "id": "job_id", "x-rust-method": "wait_start_thing"})
    );
    assert_eq!(
        doc["paths"]["/v1/jobs/{job_id}"]["get"]["x-waiter"],
        json!({"status": "state", "done": ["SUCCESS"], "failed": ["FAIL"], "x-rust-method": "wait_show_job"})
    );
    // Operations without them have none.
    assert!(
        list.get("x-waiter").is_none() && list.get("x-job").is_none(),
        "{list}"
    );
}
