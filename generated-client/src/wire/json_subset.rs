//! A fast path for response bodies: JSON parsed straight into a [`JsonValue`], without serde's visitor calls in
//! between (they were most of the cost of decoding; BENCHMARKS.md).
//!
//! It gives exactly the tree `serde_json::from_slice::<JsonValue>` gives, or `None`, and then the caller parses the
//! whole body with serde_json, whose accepted inputs and error messages therefore stay the only ones (the
//! differential tests in `json.rs` compare both on hostile inputs). `None` comes from any syntax error, nesting
//! deeper than [`MAX_DEPTH`] and a body that is not UTF-8. What is easy to get subtly different is left to
//! serde_json token by token: a number other than a plain 64-bit integer and a string with an escape are each
//! parsed by serde_json on their own text.

use std::borrow::Cow;

use crate::wire::json::JsonValue;

/// Nesting deeper than this is left to serde_json (which stops at 128 levels with its own error).
const MAX_DEPTH: usize = 100;

/// The body's tree, or `None` when the body is not in the subset (see the module docs).
pub(crate) fn parse(body: &[u8]) -> Option<JsonValue<'_>> {
    // Strings borrow from the text, so the whole body must be UTF-8; serde_json rejects the rest anyway.
    let text = std::str::from_utf8(body).ok()?;
    let mut p = Parser { text, pos: 0 };
    let value = p.value(0)?;
    p.skip_ws();
    (p.pos == text.len()).then_some(value)
}

struct Parser<'a> {
    text: &'a str,
    pos: usize,
}

impl<'a> Parser<'a> {
    #[inline]
    fn peek(&self) -> Option<u8> {
        self.text.as_bytes().get(self.pos).copied()
    }

    #[inline]
    fn skip_ws(&mut self) {
        while let Some(b' ' | b'\n' | b'\t' | b'\r') = self.peek() {
            self.pos += 1;
        }
    }

    /// Consumes `b` (after whitespace), or gives `None`.
    #[inline]
    fn expect(&mut self, b: u8) -> Option<()> {
        self.skip_ws();
        (self.peek()? == b).then(|| self.pos += 1)
    }

    fn value(&mut self, depth: usize) -> Option<JsonValue<'a>> {
        self.skip_ws();
        Some(match self.peek()? {
            b'"' => JsonValue::String(self.string()?),
            b'{' => self.object(depth + 1)?,
            b'[' => self.array(depth + 1)?,
            b'-' | b'0'..=b'9' => JsonValue::Number(self.number()?),
            b't' => self.literal("true", JsonValue::Bool(true))?,
            b'f' => self.literal("false", JsonValue::Bool(false))?,
            b'n' => self.literal("null", JsonValue::Null)?,
            _ => return None,
        })
    }

    fn literal(&mut self, word: &str, value: JsonValue<'a>) -> Option<JsonValue<'a>> {
        let rest = self.text.get(self.pos..)?;
        rest.starts_with(word).then(|| {
            self.pos += word.len();
            value
        })
    }

    /// A string at `"`: borrowed from the text, or unescaped by serde_json when it has an escape. A control
    /// character is an error to serde_json.
    fn string(&mut self) -> Option<Cow<'a, str>> {
        let bytes = self.text.as_bytes();
        let open = self.pos;
        let start = open + 1;
        let mut end = start + special_byte(bytes.get(start..)?)?;
        if bytes.get(end) == Some(&b'"') {
            self.pos = end + 1;
            // `"` is ASCII, so both ends are character boundaries.
            return self.text.get(start..end).map(Cow::Borrowed);
        }
        // An escape: find the closing quote (an escaped character is skipped), then let serde_json unescape.
        loop {
            match *bytes.get(end)? {
                b'"' => break,
                b'\\' => end += 2,
                b if b < 0x20 => return None,
                _ => end += 1,
            }
        }
        self.pos = end + 1;
        serde_json::from_str::<String>(self.text.get(open..=end)?)
            .ok()
            .map(Cow::Owned)
    }

    /// A number: a plain integer here, anything else (fraction, exponent, `-0`, beyond 64 bits) by serde_json on
    /// the number's own text, so floats round exactly as it rounds them.
    fn number(&mut self) -> Option<serde_json::Number> {
        let start = self.pos;
        if let Some(n) = self.integer() {
            return Some(n);
        }
        let rest = self.text.as_bytes().get(start..)?;
        let len = rest
            .iter()
            .position(|b| !matches!(b, b'0'..=b'9' | b'-' | b'+' | b'.' | b'e' | b'E'))
            .unwrap_or(rest.len());
        self.pos = start + len;
        serde_json::from_str(self.text.get(start..start + len)?).ok()
    }

    /// An integer as serde_json reads it: non-negative ones as `u64`, negative ones as `i64`. `None` for what it
    /// would read as a float (`-0`, a fraction or exponent, beyond `u64`/`i64`) and for malformed numbers.
    fn integer(&mut self) -> Option<serde_json::Number> {
        let negative = self.peek() == Some(b'-');
        if negative {
            self.pos += 1;
        }
        let bytes = self.text.as_bytes();
        let start = self.pos;
        let mut magnitude: u64 = 0;
        while let Some(&c @ b'0'..=b'9') = bytes.get(self.pos) {
            magnitude = magnitude
                .checked_mul(10)?
                .checked_add(u64::from(c - b'0'))?;
            self.pos += 1;
        }
        let digits = self.pos - start;
        // No digits, a leading zero, or a fraction/exponent follows.
        if digits == 0
            || (digits > 1 && bytes.get(start) == Some(&b'0'))
            || matches!(self.peek(), Some(b'.' | b'e' | b'E'))
        {
            return None;
        }
        if !negative {
            return Some(magnitude.into());
        }
        // `-0` is a float to serde_json, and so is anything below `i64::MIN`.
        match magnitude {
            0 => None,
            m if m <= 1 << 63 => Some((m as i64).wrapping_neg().into()),
            _ => None,
        }
    }

    fn array(&mut self, depth: usize) -> Option<JsonValue<'a>> {
        if depth > MAX_DEPTH {
            return None;
        }
        self.pos += 1;
        let mut items = Vec::new();
        self.skip_ws();
        if self.peek()? == b']' {
            self.pos += 1;
            return Some(JsonValue::Array(items));
        }
        loop {
            items.push(self.value(depth)?);
            self.skip_ws();
            match self.peek()? {
                b',' => self.pos += 1,
                b']' => {
                    self.pos += 1;
                    return Some(JsonValue::Array(items));
                }
                _ => return None,
            }
        }
    }

    fn object(&mut self, depth: usize) -> Option<JsonValue<'a>> {
        if depth > MAX_DEPTH {
            return None;
        }
        self.pos += 1;
        let mut fields = Vec::new();
        self.skip_ws();
        if self.peek()? == b'}' {
            self.pos += 1;
            return Some(JsonValue::Object(fields));
        }
        loop {
            self.skip_ws();
            if self.peek()? != b'"' {
                return None;
            }
            let key = self.string()?;
            self.expect(b':')?;
            fields.push((key, self.value(depth)?));
            self.skip_ws();
            match self.peek()? {
                b',' => self.pos += 1,
                b'}' => {
                    self.pos += 1;
                    return Some(JsonValue::Object(fields));
                }
                _ => return None,
            }
        }
    }
}

/// The index of the first `"`, `\\` or control character in `s`: eight bytes at a time (strings are most of a body),
/// as serde_json scans them.
fn special_byte(s: &[u8]) -> Option<usize> {
    const ONES: u64 = u64::MAX / 255;
    const HIGH: u64 = ONES << 7;
    let mut chunks = s.chunks_exact(8);
    for (i, chunk) in chunks.by_ref().enumerate() {
        let mut word = [0; 8];
        word.copy_from_slice(chunk);
        let w = u64::from_le_bytes(word);
        // Per byte, the high bit of `x.wrapping_sub(n) & !x` is set where the byte is below `n` (for an ASCII byte),
        // so it marks control characters, and bytes equal to `"` or `\\` (zero after the xor). A borrow only marks
        // bytes after a real mark, so the lowest mark is the first match.
        let quote = w ^ (ONES * u64::from(b'"'));
        let backslash = w ^ (ONES * u64::from(b'\\'));
        let found = ((w.wrapping_sub(ONES * 0x20) & !w)
            | (quote.wrapping_sub(ONES) & !quote)
            | (backslash.wrapping_sub(ONES) & !backslash))
            & HIGH;
        if found != 0 {
            return Some(i * 8 + found.trailing_zeros() as usize / 8);
        }
    }
    let done = s.len() - chunks.remainder().len();
    let rest = chunks
        .remainder()
        .iter()
        .position(|&b| b == b'"' || b == b'\\' || b < 0x20)?;
    Some(done + rest)
}

/// Parses a JSON document: the fast path for the common subset, else serde_json, which also says what is wrong
/// with malformed input (and keeps its recursion limit).
pub(crate) fn parse_document(bytes: &[u8]) -> Result<JsonValue<'_>, crate::wire::json::JsonError> {
    match parse(bytes) {
        Some(value) => Ok(value),
        None => serde_json::from_slice::<JsonValue>(bytes)
            .map_err(|e| crate::wire::json::JsonError::new(e.to_string())),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn special_bytes_are_found_at_every_offset() {
        let naive = |s: &[u8]| s.iter().position(|&b| b == b'"' || b == b'\\' || b < 0x20);
        let plain: Vec<u8> = (0x20..=0xff)
            .filter(|b| !matches!(b, b'"' | b'\\'))
            .collect();
        for len in 0..40 {
            for at in 0..=len {
                for special in [b'"', b'\\', 0, 0x1f, b'\n'] {
                    // Plain bytes around the special one, high ones included (they must not be mistaken for it).
                    let mut s: Vec<u8> = (0..len)
                        .map(|i| plain[(i * 37 + at) % plain.len()])
                        .collect();
                    if at < len {
                        s[at] = special;
                        // A second special byte later must not hide the first.
                        if at + 3 < len {
                            s[at + 3] = b'"';
                        }
                    }
                    assert_eq!(special_byte(&s), naive(&s), "{s:?}");
                }
            }
        }
    }
}
