//! An enum of more than `LARGE_ENUM` values is a struct of constants: the same methods, constants that work in
//! patterns, unlisted values kept, and the same wire behaviour through the client and the mock.

use std::collections::HashSet;

use generated_client::Error;

codegen_macros::generate!("fixtures/large-enum.yaml", standalone);
use large_enum::{Flavor, LargeEnum, ShowFlavorRequest};

#[test]
fn every_value_is_a_constant_and_reads_back() {
    assert!(Flavor::VALUES.len() > spec_core::model::LARGE_ENUM);
    let mut seen = HashSet::new();
    for v in Flavor::VALUES {
        let f = Flavor::from_wire(v);
        assert!(f.is_known(), "{v}");
        assert_eq!(f.as_str(), *v);
        assert_eq!(f.to_string(), *v);
        assert_eq!(Flavor::from(*v), f);
        assert!(seen.insert(f), "{v} equals another value");
    }
    assert_eq!(Flavor::from_wire("c7.large.1"), Flavor::C7Large1);
    assert_eq!(Flavor::C7Large1.as_str(), "c7.large.1");
    let last = Flavor::VALUES[Flavor::VALUES.len() - 1];
    assert_eq!(Flavor::from_wire(last).as_str(), last);
    assert_eq!(format!("{:?}", Flavor::C7Large1), "C7Large1");
}

#[test]
fn constants_work_in_patterns() {
    let kind = |f: &Flavor| match *f {
        Flavor::C7Large1 => "c7",
        Flavor::S6Small1 => "s6",
        _ => "other",
    };
    assert_eq!(kind(&Flavor::from_wire("c7.large.1")), "c7");
    assert_eq!(kind(&Flavor::from_wire("s6.small.1")), "s6");
    assert_eq!(kind(&Flavor::from_wire("m7.small.1")), "other");
    assert_eq!(kind(&Flavor::from_wire("c7.large.1x")), "other");
}

#[test]
fn unlisted_values_are_kept_and_unequal_to_listed_ones() {
    let u = Flavor::from_wire("c9.huge.1");
    assert!(!u.is_known());
    assert_eq!(u.as_str(), "c9.huge.1");
    assert_eq!(format!("{u:?}"), "Unknown(\"c9.huge.1\")");
    assert_eq!(u, Flavor::from_wire("c9.huge.1"));
    assert!(Flavor::VALUES.iter().all(|v| Flavor::from_wire(v) != u));
}

#[tokio::test]
async fn travels_through_the_client_and_the_mock() {
    let (_mock, client) = tests::mock_and_client(SERVICES).await;
    let out = LargeEnum::new(&client)
        .show_flavor(ShowFlavorRequest::new(Flavor::X1Xlarge1))
        .await
        .expect("200");
    assert_eq!(out.flavor, Flavor::C7Large1);
    assert_eq!(
        out.similar.as_deref(),
        Some(&[Flavor::S6Large1, Flavor::M7Large1][..])
    );

    // An unlisted value is refused before anything is sent; the message names a few values and how many more.
    let err = LargeEnum::new(&client)
        .show_flavor(ShowFlavorRequest::new(Flavor::from_wire("c9.huge.1")))
        .await
        .expect_err("refused");
    let Error::Validation(v) = &err else {
        panic!("{err:?}")
    };
    let message = v.to_string();
    assert!(
        message.contains("flavor: unknown value \"c9.huge.1\""),
        "{message}"
    );
    assert!(
        message.ends_with(&format!("(and {} more)", Flavor::VALUES.len() - 20)),
        "{message}"
    );
}
