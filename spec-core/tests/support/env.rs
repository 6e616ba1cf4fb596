//! The fuzz harnesses' settings from the environment (`FUZZ_CASES`, `FUZZ_SEED`), shared by every fuzz of the
//! workspace (spec-core's, codegen-macros', and `tests/hostile.rs`, which include this file).

/// `name` as a number: decimal or `0x` hexadecimal (seeds are printed in hex), `_` allowed between digits. Unset is
/// `None`; anything else stops the run, rather than silently running with the default.
pub fn env_number(name: &str) -> Option<u64> {
    let raw = std::env::var(name).ok()?;
    let text = raw.trim().replace('_', "");
    let parsed = match text.strip_prefix("0x").or_else(|| text.strip_prefix("0X")) {
        Some(hex) => u64::from_str_radix(hex, 16),
        None => text.parse(),
    };
    match parsed {
        Ok(n) => Some(n),
        Err(_) => panic!("{name}={raw:?} is neither a decimal nor a 0x-hexadecimal number"),
    }
}

#[cfg(test)]
mod tests {
    use super::env_number;

    #[test]
    fn decimal_and_hex_settings() {
        // One variable per case: tests run in parallel and share the environment.
        for (name, value, expected) in [
            ("FUZZ_TEST_DECIMAL", "1_000", 1000),
            ("FUZZ_TEST_HEX", "0x5eed_0006", 0x5eed_0006),
            ("FUZZ_TEST_HEX_UPPER", " 0XFF ", 255),
        ] {
            // SAFETY: each name is set and read by this test only.
            unsafe { std::env::set_var(name, value) };
            assert_eq!(env_number(name), Some(expected), "{value}");
        }
        assert_eq!(env_number("FUZZ_TEST_UNSET"), None);
        unsafe { std::env::set_var("FUZZ_TEST_BAD", "0xZZ") };
        let bad = std::panic::catch_unwind(|| env_number("FUZZ_TEST_BAD"));
        assert!(bad.is_err(), "a bad setting must stop the run");
    }
}
