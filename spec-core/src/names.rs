//! Wire names → Rust identifiers. The wire name is always kept separately; these only need to be valid, stable and
//! readable.

use heck::{ToSnakeCase, ToUpperCamelCase};

/// Keywords that work as raw identifiers (`r#type`).
const RAW_OK: &[&str] = &[
    "as", "async", "await", "break", "const", "continue", "dyn", "else", "enum", "extern", "false",
    "fn", "for", "if", "impl", "in", "let", "loop", "match", "mod", "move", "mut", "pub", "ref",
    "return", "static", "struct", "trait", "true", "type", "unsafe", "use", "where", "while",
    "abstract", "become", "box", "do", "final", "gen", "macro", "override", "priv", "try",
    "typeof", "unsized", "virtual", "yield",
];
/// Keywords that cannot be raw identifiers: they get a trailing `_`.
const NO_RAW: &[&str] = &["crate", "self", "super", "Self", "_"];

/// Replaces everything that cannot appear in an identifier by `_`, spelling non-ASCII characters as `u<hex>` so
/// that two different non-ASCII names do not collapse into the same identifier.
fn ascii_words(wire: &str) -> String {
    let mut out = String::with_capacity(wire.len());
    for c in wire.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c);
        } else if c.is_ascii() {
            out.push('_');
        } else {
            out.push_str(&format!("_u{:x}_", c as u32));
        }
    }
    out
}

/// `X-Language` → `x_language`, `alpha.cce/fixPoolMask` → `alpha_cce_fix_pool_mask`, `type` → `r#type`,
/// `1st` → `_1st`.
pub fn field_name(wire: &str) -> String {
    let mut s = ascii_words(wire).to_snake_case();
    if s.is_empty() {
        s = "field".to_owned();
    }
    if s.starts_with(|c: char| c.is_ascii_digit()) {
        s.insert(0, '_');
    }
    escape_keyword(s)
}

/// `en-us` → `EnUs`, `1` → `V1`, `` → `Empty`.
pub fn variant_name(wire: &str) -> String {
    let mut s = ascii_words(wire).to_upper_camel_case();
    if s.is_empty() {
        s = "Empty".to_owned();
    }
    if s.starts_with(|c: char| c.is_ascii_digit()) {
        s.insert(0, 'V');
    }
    escape_keyword(s)
}

/// PascalCase type names derived from other names (`StopGraph` + `jobs` → `StopGraphJobs`).
pub fn type_name(parts: &[&str]) -> String {
    let mut s: String = parts
        .iter()
        .map(|p| ascii_words(p).to_upper_camel_case())
        .collect();
    if s.is_empty() || s.starts_with(|c: char| c.is_ascii_digit()) {
        s.insert(0, 'T');
    }
    escape_keyword(s)
}

fn escape_keyword(s: String) -> String {
    if NO_RAW.contains(&s.as_str()) {
        format!("{s}_")
    } else if RAW_OK.contains(&s.as_str()) {
        format!("r#{s}")
    } else {
        s
    }
}

/// Names the spec author writes themselves (operations, types) must already be PascalCase identifiers.
pub fn is_pascal_ident(s: &str) -> bool {
    s.starts_with(|c: char| c.is_ascii_uppercase())
        && s.chars().all(|c| c.is_ascii_alphanumeric())
        && s.to_upper_camel_case() == s
        && !NO_RAW.contains(&s)
}

/// Service names become modules and methods: lowercase snake_case, not a keyword.
pub fn is_snake_ident(s: &str) -> bool {
    s.starts_with(|c: char| c.is_ascii_lowercase())
        && s.chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
        && !RAW_OK.contains(&s)
        && !NO_RAW.contains(&s)
}

/// The service handle's type name (`ges` → `Ges`).
pub fn handle_name(service: &str) -> String {
    type_name(&[service])
}

/// `StopGraph` → `stop_graph` (method names).
pub fn method_name(operation: &str) -> String {
    escape_keyword(operation.to_snake_case())
}

/// The variant name of a response in an output or error enum: a code's reason phrase (or `Status<code>`), a class's
/// name (`4XX` → `ClientError`), or `Default`.
pub fn response_variant(status: crate::model::Status) -> String {
    use crate::model::Status;
    match status {
        Status::Code(c) => status_variant(c),
        Status::Range(1) => "Informational".to_owned(),
        Status::Range(2) => "Success".to_owned(),
        Status::Range(3) => "Redirection".to_owned(),
        Status::Range(4) => "ClientError".to_owned(),
        Status::Range(5) => "ServerError".to_owned(),
        Status::Range(c) => format!("Class{c}xx"),
        Status::Default => "Default".to_owned(),
    }
}

/// Canonical reason phrases for error variants; other codes become `Status<code>`.
pub fn status_variant(code: u16) -> String {
    let name = match code {
        200 => "Ok",
        201 => "Created",
        202 => "Accepted",
        203 => "NonAuthoritativeInformation",
        204 => "NoContent",
        205 => "ResetContent",
        206 => "PartialContent",
        300 => "MultipleChoices",
        301 => "MovedPermanently",
        302 => "Found",
        303 => "SeeOther",
        304 => "NotModified",
        307 => "TemporaryRedirect",
        308 => "PermanentRedirect",
        400 => "BadRequest",
        401 => "Unauthorized",
        402 => "PaymentRequired",
        403 => "Forbidden",
        404 => "NotFound",
        405 => "MethodNotAllowed",
        406 => "NotAcceptable",
        407 => "ProxyAuthenticationRequired",
        408 => "RequestTimeout",
        409 => "Conflict",
        410 => "Gone",
        411 => "LengthRequired",
        412 => "PreconditionFailed",
        413 => "PayloadTooLarge",
        414 => "UriTooLong",
        415 => "UnsupportedMediaType",
        416 => "RangeNotSatisfiable",
        417 => "ExpectationFailed",
        418 => "ImATeapot",
        421 => "MisdirectedRequest",
        422 => "UnprocessableEntity",
        423 => "Locked",
        424 => "FailedDependency",
        425 => "TooEarly",
        426 => "UpgradeRequired",
        428 => "PreconditionRequired",
        429 => "TooManyRequests",
        431 => "RequestHeaderFieldsTooLarge",
        451 => "UnavailableForLegalReasons",
        500 => "InternalServerError",
        501 => "NotImplemented",
        502 => "BadGateway",
        503 => "ServiceUnavailable",
        504 => "GatewayTimeout",
        505 => "HttpVersionNotSupported",
        507 => "InsufficientStorage",
        508 => "LoopDetected",
        511 => "NetworkAuthenticationRequired",
        _ => return format!("Status{code}"),
    };
    name.to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn field_names() {
        assert_eq!(field_name("X-Language"), "x_language");
        assert_eq!(field_name("os-extend"), "os_extend");
        assert_eq!(
            field_name("alpha.cce/fixPoolMask"),
            "alpha_cce_fix_pool_mask"
        );
        assert_eq!(field_name("type"), "r#type");
        assert_eq!(field_name("self"), "self_");
        assert_eq!(field_name("1st"), "_1st");
        assert_eq!(field_name(""), "field");
        assert_eq!(field_name("---"), "field");
        assert_eq!(field_name("__system__cmkid"), "system_cmkid");
        assert_ne!(field_name("名"), field_name("字"));
        assert_eq!(field_name("bssParam"), "bss_param");
    }

    #[test]
    fn variant_names() {
        assert_eq!(variant_name("en-us"), "EnUs");
        assert_eq!(variant_name("1"), "V1");
        assert_eq!(variant_name(""), "Empty");
        assert_eq!(variant_name("Self"), "Self_");
        assert_eq!(variant_name("Success"), "Success");
    }

    #[test]
    fn idents_parse() {
        for wire in [
            "type", "self", "1a", "a b", "é", "async", "Self", "_", "x-y.z/w", "🙂",
        ] {
            syn::parse_str::<syn::Ident>(&field_name(wire)).expect(wire);
            syn::parse_str::<syn::Ident>(&variant_name(wire)).expect(wire);
            syn::parse_str::<syn::Ident>(&type_name(&[wire])).expect(wire);
        }
    }

    #[test]
    fn user_names() {
        assert!(is_pascal_ident("StopGraph"));
        assert!(!is_pascal_ident("stopGraph"));
        assert!(!is_pascal_ident("Stop_Graph"));
        assert!(is_snake_ident("ges"));
        assert!(!is_snake_ident("type"));
        assert!(!is_snake_ident("Ges"));
        assert_eq!(method_name("StopGraph"), "stop_graph");
        assert_eq!(status_variant(599), "Status599");
    }
}
