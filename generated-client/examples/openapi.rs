//! Writes one OpenAPI 3.1 document per service in `spec/` as `<out-dir>/<service>.openapi.json` (pretty JSON) and
//! prints each path written.
//!
//! `cargo run -p generated-client --features openapi --example openapi -- target/openapi`

use std::path::PathBuf;
use std::process::ExitCode;

fn main() -> ExitCode {
    let mut args = std::env::args_os().skip(1);
    let out_dir = match (args.next(), args.next()) {
        (Some(dir), None) if dir != "-h" && dir != "--help" => PathBuf::from(dir),
        _ => {
            eprintln!(
                "usage: openapi <out-dir>\nwrites <out-dir>/<service>.openapi.json for every service"
            );
            return ExitCode::from(2);
        }
    };
    if let Err(e) = std::fs::create_dir_all(&out_dir) {
        eprintln!("openapi: cannot create {}: {e}", out_dir.display());
        return ExitCode::FAILURE;
    }
    for (service, doc) in generated_client::openapi::openapi_documents() {
        let path = out_dir.join(format!("{service}.openapi.json"));
        let mut text = match serde_json::to_string_pretty(&doc) {
            Ok(t) => t,
            Err(e) => {
                eprintln!("openapi: {service}: {e}");
                return ExitCode::FAILURE;
            }
        };
        text.push('\n');
        if let Err(e) = std::fs::write(&path, text) {
            eprintln!("openapi: cannot write {}: {e}", path.display());
            return ExitCode::FAILURE;
        }
        println!("{}", path.display());
    }
    ExitCode::SUCCESS
}
