//! `spec`: the spec files without a Rust build of the client.
//!
//! ```text
//! spec check <path>...                       every problem in every file, as `file:line:col: message`
//! spec openapi <path>... -o <dir>            one OpenAPI 3.1 document per service: <dir>/<service>.openapi.json
//! spec mock <path>... [--port N] [--host ADDR] [--ak AK --sk SK] [--quiet]
//! ```
//!
//! A path is a spec file or a folder of `*.yaml` files. The files given to one command are checked together, as
//! one build of a client would check them. Exit status: 0 on success, 1 when a spec has problems (or a file cannot
//! be written, or the server cannot start), 2 for a wrong command line.

use std::net::{IpAddr, Ipv4Addr, SocketAddr};
use std::path::PathBuf;
use std::process::ExitCode;

use generated_client::mock::{MockConfig, MockServer};
use spec_core::model::Service;

const USAGE: &str = "usage:
  spec check <path>...
      check spec files (a file, or a folder of *.yaml) and print every problem as file:line:col: message
  spec openapi <path>... -o <dir>
      write one OpenAPI 3.1 document per service as <dir>/<service>.openapi.json
  spec mock <path>... [--port PORT] [--host ADDR] [--ak ACCESS_KEY --sk SECRET_KEY] [--quiet]
      serve the specs from the mock server until Ctrl-C
        --port PORT   port to listen on (default 8080; 0 picks a free one, printed on the first line)
        --host ADDR   address to bind (default 127.0.0.1)
        --ak, --sk    require requests signed with this key pair (SDK-HMAC-SHA256); 401 otherwise
        --quiet       do not print one line per request
      Send `X-Mock-Status: <code>` to get another documented status.";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match run(&args) {
        Ok(code) => code,
        Err(Usage(e)) if e.is_empty() => {
            println!("{USAGE}");
            ExitCode::SUCCESS
        }
        Err(Usage(e)) => {
            eprintln!("spec: {e}\n\n{USAGE}");
            ExitCode::from(2)
        }
    }
}

/// A wrong command line (empty: help was asked for).
struct Usage(String);

fn run(args: &[String]) -> Result<ExitCode, Usage> {
    let Some((command, rest)) = args.split_first() else {
        return Err(Usage("no command".to_owned()));
    };
    match command.as_str() {
        "check" => {
            let paths = Options::parse(rest, &[], &[])?.paths()?;
            Ok(match spec_core::load_paths(&paths) {
                Ok(services) => {
                    let endpoints: usize = services.iter().map(|s| s.endpoints.len()).sum();
                    println!(
                        "{} service{}, {endpoints} endpoint{}: no problems",
                        services.len(),
                        plural(services.len()),
                        plural(endpoints)
                    );
                    ExitCode::SUCCESS
                }
                Err(errors) => report(&errors),
            })
        }
        "openapi" => {
            let options = Options::parse(rest, &["-o", "--out"], &[])?;
            let out = options
                .value(&["-o", "--out"])
                .map(PathBuf::from)
                .ok_or_else(|| Usage("openapi needs -o <dir>".to_owned()))?;
            let paths = options.paths()?;
            Ok(match spec_core::load_paths(&paths) {
                Ok(services) => write_openapi(&services, &out),
                Err(errors) => report(&errors),
            })
        }
        "mock" => {
            let options = Options::parse(
                rest,
                &["--port", "-p", "--host", "--ak", "--sk"],
                &["--quiet", "-q"],
            )?;
            let port = match options.value(&["--port", "-p"]) {
                None => 8080,
                Some(v) => v
                    .parse()
                    .map_err(|_| Usage(format!("--port: `{v}` is not a port number")))?,
            };
            let host: IpAddr = match options.value(&["--host"]) {
                None => IpAddr::V4(Ipv4Addr::LOCALHOST),
                Some(v) => v
                    .parse()
                    .map_err(|_| Usage(format!("--host: `{v}` is not an IP address")))?,
            };
            let keys = match (options.value(&["--ak"]), options.value(&["--sk"])) {
                (Some(ak), Some(sk)) => Some((ak.to_owned(), sk.to_owned())),
                (None, None) => None,
                _ => return Err(Usage("--ak and --sk go together".to_owned())),
            };
            let paths = options.paths()?;
            Ok(match spec_core::load_paths(&paths) {
                Ok(services) => serve(
                    services,
                    SocketAddr::new(host, port),
                    keys,
                    !options.flag(&["--quiet", "-q"]),
                ),
                Err(errors) => report(&errors),
            })
        }
        "-h" | "--help" | "help" => Err(Usage(String::new())),
        other => Err(Usage(format!("unknown command `{other}`"))),
    }
}

/// The command line after the command: paths, `--flag value` (or `--flag=value`) options, and bare flags.
struct Options {
    paths: Vec<PathBuf>,
    values: Vec<(String, String)>,
    flags: Vec<String>,
}

impl Options {
    /// `with_value`: the options that take a value; `flags`: those that do not.
    fn parse(args: &[String], with_value: &[&str], flags: &[&str]) -> Result<Options, Usage> {
        let mut out = Options {
            paths: Vec::new(),
            values: Vec::new(),
            flags: Vec::new(),
        };
        let mut it = args.iter();
        while let Some(arg) = it.next() {
            let (name, inline) = match arg.split_once('=') {
                Some((n, v)) if n.starts_with('-') => (n, Some(v.to_owned())),
                _ => (arg.as_str(), None),
            };
            if with_value.contains(&name) {
                let value = inline
                    .or_else(|| it.next().cloned())
                    .ok_or_else(|| Usage(format!("{name} needs a value")))?;
                out.values.push((name.to_owned(), value));
            } else if flags.contains(&name) && inline.is_none() {
                out.flags.push(name.to_owned());
            } else if matches!(name, "-h" | "--help") {
                return Err(Usage(String::new()));
            } else if name.starts_with('-') && name != "-" {
                return Err(Usage(format!("unknown option `{name}`")));
            } else {
                out.paths.push(PathBuf::from(arg));
            }
        }
        Ok(out)
    }

    fn value(&self, names: &[&str]) -> Option<&str> {
        self.values
            .iter()
            .rev()
            .find(|(n, _)| names.contains(&n.as_str()))
            .map(|(_, v)| v.as_str())
    }

    fn flag(&self, names: &[&str]) -> bool {
        self.flags.iter().any(|f| names.contains(&f.as_str()))
    }

    fn paths(&self) -> Result<Vec<PathBuf>, Usage> {
        if self.paths.is_empty() {
            return Err(Usage("no spec file or folder given".to_owned()));
        }
        Ok(self.paths.clone())
    }
}

fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}

/// Prints every problem, then how many, and fails.
fn report(errors: &[String]) -> ExitCode {
    for e in errors {
        eprintln!("{e}");
    }
    eprintln!(
        "spec: {} problem{} found",
        errors.len(),
        plural(errors.len())
    );
    ExitCode::from(1)
}

fn write_openapi(services: &[Service], out: &std::path::Path) -> ExitCode {
    if let Err(e) = std::fs::create_dir_all(out) {
        eprintln!("spec: cannot create {}: {e}", out.display());
        return ExitCode::from(1);
    }
    for service in services {
        let path = out.join(format!("{}.openapi.json", service.name));
        let doc = spec_core::openapi::document(service);
        let written = serde_json::to_string_pretty(&doc)
            .map_err(|e| e.to_string())
            .and_then(|text| std::fs::write(&path, text + "\n").map_err(|e| e.to_string()));
        if let Err(e) = written {
            eprintln!("spec: cannot write {}: {e}", path.display());
            return ExitCode::from(1);
        }
        println!("{}", path.display());
    }
    ExitCode::SUCCESS
}

fn serve(
    services: Vec<Service>,
    addr: SocketAddr,
    keys: Option<(String, String)>,
    log: bool,
) -> ExitCode {
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
    {
        Ok(r) => r,
        Err(e) => {
            eprintln!("spec: cannot start a runtime: {e}");
            return ExitCode::from(1);
        }
    };
    runtime.block_on(async move {
        let mut config = services
            .into_iter()
            .fold(MockConfig::new().services([]), MockConfig::service)
            .addr(addr)
            .log(log);
        let signed = keys.is_some();
        if let Some((ak, sk)) = keys {
            config = config.credentials(ak, sk);
        }
        let server = match MockServer::start(config).await {
            Ok(s) => s,
            Err(e) => {
                eprintln!("spec: cannot start the mock server: {e}");
                return ExitCode::from(1);
            }
        };
        println!("mock server listening on {}", server.url());
        if signed {
            println!("requests must be signed (SDK-HMAC-SHA256) with the given AK/SK");
        }
        println!("{} routes:", server.routes().len());
        for route in server.routes() {
            println!("  {route}");
        }
        println!("press Ctrl-C to stop");
        if let Err(e) = tokio::signal::ctrl_c().await {
            eprintln!("spec: cannot wait for Ctrl-C: {e}");
        }
        server.shutdown().await;
        ExitCode::SUCCESS
    })
}
