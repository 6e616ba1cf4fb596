//! Wire names that are hard to turn into Rust (`fixtures/nasty-names.yaml`: keywords, `Self`, leading digits, `-`,
//! `.`, `/`, non-ASCII, the empty name, the names the generated code uses itself) expand into code that compiles:
//! this file is the proof, since rustc compiles the expansion. The tests show the wire names survive exactly, as JSON
//! keys and enum values; `hostile.rs` sends values through the fixture's path, query and header parameters.

codegen_macros::generate!("fixtures/nasty-names.yaml", standalone);

use generated_client::__private::Operation;
use generated_client::OperationError;
use nasty::{
    AsyncRequest, CrateRequest, Nasty, Nothing, Thing, ThingKind, ThingNested, TypeError,
    TypeRequest,
};
use serde_json::json;

#[test]
fn json_keys_are_the_wire_names() {
    let mut nested = ThingNested::new();
    nested.self_ = Some("S".into());
    nested.udf = Some(7);
    nested.x_y = Some(vec!["x".into()]);
    let thing = Thing::new("t")
        .o("o")
        .v(2)
        .none(Nothing::new())
        .self_("s")
        ._1st(1)
        .a_b("ab")
        .a_b_c("abc")
        .u540d_u5b57("名")
        .x(true)
        .r#async("as")
        .crate_("c")
        .super_("su")
        .r#gen("g")
        .r_type("rt")
        .field("empty")
        .unknown("u")
        .body("b")
        .kind(ThingKind::Self_)
        .nested(nested);
    let wire = json!({
        "type": "t", "o": "o", "v": 2, "none": {}, "self": "s", "1st": 1, "a-b": "ab", "a.b/c": "abc", "名字": "名", "__x__": true, "async": "as",
        "crate": "c", "super": "su", "gen": "g", "r#type": "rt", "": "empty", "Unknown": "u", "body": "b",
        "kind": "Self", "nested": { "Self": "S", "ß": 7, "x y": ["x"] },
    });
    assert_eq!(serde_json::to_value(&thing).expect("serializes"), wire);
    assert_eq!(
        serde_json::from_value::<Thing>(wire).expect("deserializes"),
        thing
    );
}

#[test]
fn enum_values_round_trip_exactly() {
    assert_eq!(
        ThingKind::VALUES,
        [
            "1", "-", "Unknown", "Self", "a-b", "名字", "type", "2nd", "é", "🙂", "crate"
        ]
    );
    for wire in ThingKind::VALUES {
        let kind = ThingKind::from_wire(wire);
        assert!(!matches!(kind, ThingKind::Unknown(_)), "{wire}");
        assert_eq!(kind.as_str(), *wire);
        assert_eq!(
            serde_json::to_value(&kind).expect("serializes"),
            json!(wire)
        );
    }
    // The spec's own `Unknown` is a listed value; anything else is the catch-all.
    assert_eq!(ThingKind::from_wire("Unknown"), ThingKind::UnknownValue);
    assert_eq!(
        ThingKind::from_wire("unknown"),
        ThingKind::Unknown("unknown".into())
    );
}

#[test]
fn operations_with_keyword_names_are_callable() {
    // `Type`, `Async` and `Crate` become methods `r#type`, `r#async` and `crate_`; `new` and `with_options` stay
    // the handle's own.
    let client = generated_client::Client::builder()
        .anonymous()
        .endpoint("http://127.0.0.1:9")
        .build()
        .expect("client");
    let handle = Nasty::new(&client);
    let _calls = (
        handle.r#type(TypeRequest::new("t", "n", "xy", Thing::new("t"))),
        handle.r#async(AsyncRequest::new()),
        handle.crate_(CrateRequest::new("s")),
    );
    assert_eq!(
        <TypeRequest as Operation>::META.path,
        "/v1/{type}/{名字}/{x.y}"
    );
    assert_eq!(<CrateRequest as Operation>::META.method, "DELETE");
    let err = TypeError::Unhandled(
        generated_client::__private::RawResponse::new(418, Default::default(), Default::default())
            .unhandled(),
    );
    assert_eq!(err.status(), 418);
}
