//! Serves every service of `spec/` from the embedded mock, for curl or clients in other languages.
//!
//! ```text
//! cargo run -p generated-client --features mock --bin mock-server -- --port 8080 [--host 127.0.0.1] [--ak AK --sk SK] [--quiet]
//! ```

use std::net::{IpAddr, Ipv4Addr, SocketAddr};
use std::process::ExitCode;

use generated_client::mock::{MockConfig, MockServer};

const USAGE: &str =
    "usage: mock-server [--port PORT] [--host ADDR] [--ak ACCESS_KEY --sk SECRET_KEY] [--quiet]

  --port PORT   port to listen on (default 8080; 0 picks a free one)
  --host ADDR   address to bind (default 127.0.0.1)
  --ak, --sk    require requests signed with this key pair (SDK-HMAC-SHA256); 401 otherwise
  --quiet       do not print one line per request
Send `X-Mock-Status: <code>` to get another documented status.";

struct Args {
    host: IpAddr,
    port: u16,
    ak: Option<String>,
    sk: Option<String>,
    quiet: bool,
}

fn parse_args(mut it: impl Iterator<Item = String>) -> Result<Args, String> {
    let mut args = Args {
        host: IpAddr::V4(Ipv4Addr::LOCALHOST),
        port: 8080,
        ak: None,
        sk: None,
        quiet: false,
    };
    while let Some(flag) = it.next() {
        // Both `--port 8080` and `--port=8080`.
        let (flag, inline) = match flag.split_once('=') {
            Some((f, v)) if f.starts_with("--") => (f.to_string(), Some(v.to_string())),
            _ => (flag, None),
        };
        let mut value = |name: &str| {
            inline
                .clone()
                .or_else(|| it.next())
                .ok_or_else(|| format!("{name} needs a value"))
        };
        match flag.as_str() {
            "--port" | "-p" => {
                let v = value("--port")?;
                args.port = v
                    .parse()
                    .map_err(|_| format!("--port: `{v}` is not a port number"))?;
            }
            "--host" => {
                let v = value("--host")?;
                args.host = v
                    .parse()
                    .map_err(|_| format!("--host: `{v}` is not an IP address"))?;
            }
            "--ak" => args.ak = Some(value("--ak")?),
            "--sk" => args.sk = Some(value("--sk")?),
            "--quiet" | "-q" => args.quiet = true,
            "--help" | "-h" => return Err(String::new()),
            other => return Err(format!("unknown argument `{other}`")),
        }
    }
    if args.ak.is_some() != args.sk.is_some() {
        return Err("--ak and --sk go together".into());
    }
    Ok(args)
}

#[tokio::main]
async fn main() -> ExitCode {
    let args = match parse_args(std::env::args().skip(1)) {
        Ok(a) => a,
        Err(e) if e.is_empty() => {
            println!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        Err(e) => {
            eprintln!("mock-server: {e}\n\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    let mut config = MockConfig::new()
        .addr(SocketAddr::new(args.host, args.port))
        .log(!args.quiet);
    let signed = args.ak.is_some();
    if let (Some(ak), Some(sk)) = (args.ak, args.sk) {
        config = config.credentials(ak, sk);
    }
    let server = match MockServer::start(config).await {
        Ok(s) => s,
        Err(e) => {
            eprintln!("mock-server: cannot start: {e}");
            return ExitCode::FAILURE;
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
        eprintln!("mock-server: cannot wait for Ctrl-C: {e}");
    }
    server.shutdown().await;
    ExitCode::SUCCESS
}
