//! The lowest layer: what one request and one response are made of, and their encodings. JSON, parameters,
//! validation, date-times, each endpoint's static description, and the raw response with what is read from it
//! (body, decode errors, the generic error envelope). Nothing here does I/O or reads the client's configuration;
//! the modules here use only each other.

pub(crate) mod body;
pub(crate) mod datetime;
pub(crate) mod json;
pub(crate) mod json_subset;
pub(crate) mod json_text;
pub(crate) mod meta;
pub(crate) mod open_enum;
pub(crate) mod params;
pub(crate) mod response;
pub(crate) mod validate;
