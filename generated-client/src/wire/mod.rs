//! The lowest layer: the values of one request and one response, and their encodings. JSON, parameters,
//! validation and date-times; nothing here does I/O or reads the client's configuration.

pub(crate) mod datetime;
pub(crate) mod json;
pub(crate) mod json_subset;
pub(crate) mod open_enum;
pub(crate) mod params;
pub(crate) mod validate;
