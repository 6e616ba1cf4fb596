// The macro's options after the path: each mistake is reported on its own token. (No spec file is read: the
// options are checked first.)
mod twice {
    generated_client::generate!("spec/not-read.yaml", standalone, crate = ::generated_client, crate = ::rt);
}

mod unknown {
    generated_client::generate!("spec/not-read.yaml", standalone, krate = ::rt);
}

mod not_a_path {
    generated_client::generate!("spec/not-read.yaml", crate = "generated_client");
}

fn main() {}
