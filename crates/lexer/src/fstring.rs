//! Splitting an f-string body into literal text and replacement fields (CPython 3.11 rules:
//! the expression text may not contain a backslash or `#`, nor the quote that closes the
//! literal; format specs may nest fields one level deep).

use crate::string::decode_str;
use crate::token::{FStringField, FStringPart, LexError};

/// Parses the f-string body `full[start..end]`. Positions in the result are absolute.
pub(crate) fn parse_fstring(
    full: &str,
    start: usize,
    end: usize,
    raw: bool,
) -> Result<Vec<FStringPart>, LexError> {
    let mut p = FStringParser {
        src: full,
        pos: start,
        end,
        raw,
    };
    p.parts(false, 0)
}

struct FStringParser<'a> {
    src: &'a str,
    pos: usize,
    end: usize,
    raw: bool,
}

fn err(msg: &str, at: usize) -> LexError {
    LexError::new(msg, at, at + 1)
}

impl FStringParser<'_> {
    fn byte(&self, at: usize) -> Option<u8> {
        if at < self.end {
            Some(self.src.as_bytes()[at])
        } else {
            None
        }
    }

    fn flush(
        &self,
        lit: &mut String,
        parts: &mut Vec<FStringPart>,
        at: usize,
    ) -> Result<(), LexError> {
        if lit.is_empty() {
            return Ok(());
        }
        let text = if self.raw {
            crate::string::normalize_newlines(lit)
        } else {
            decode_str(lit, at)?
        };
        lit.clear();
        if !text.is_empty() {
            parts.push(FStringPart::Literal(text));
        }
        Ok(())
    }

    /// Literal text and fields up to the end of the body, or (in a format spec) up to the `}`
    /// that closes the enclosing field, which is left for the caller.
    fn parts(&mut self, in_spec: bool, depth: u32) -> Result<Vec<FStringPart>, LexError> {
        let mut parts = Vec::new();
        let mut lit = String::new();
        let mut lit_start = self.pos;
        while let Some(c) = self.byte(self.pos) {
            match c {
                b'{' => {
                    if !in_spec && self.byte(self.pos + 1) == Some(b'{') {
                        lit.push('{');
                        self.pos += 2;
                        continue;
                    }
                    self.flush(&mut lit, &mut parts, lit_start)?;
                    let field = self.field(depth)?;
                    parts.push(FStringPart::Field(Box::new(field)));
                    lit_start = self.pos;
                }
                b'}' => {
                    if in_spec {
                        break;
                    }
                    if self.byte(self.pos + 1) == Some(b'}') {
                        lit.push('}');
                        self.pos += 2;
                        continue;
                    }
                    return Err(err("f-string: single '}' is not allowed", self.pos));
                }
                b'\\' if !self.raw => {
                    // Copy the escape whole so that the braces of `\N{...}` are not fields.
                    let rest = &self.src[self.pos..self.end];
                    let len = if rest.as_bytes().get(1) == Some(&b'N')
                        && rest.as_bytes().get(2) == Some(&b'{')
                    {
                        rest.find('}').map(|k| k + 1).unwrap_or(rest.len())
                    } else {
                        1 + rest[1..].chars().next().map(char::len_utf8).unwrap_or(0)
                    };
                    lit.push_str(&rest[..len]);
                    self.pos += len;
                }
                _ => {
                    let ch = self.src[self.pos..].chars().next().unwrap_or('\0');
                    lit.push(ch);
                    self.pos += ch.len_utf8().max(1);
                }
            }
        }
        if in_spec && self.byte(self.pos).is_none() {
            return Err(err("f-string: expecting '}'", self.pos));
        }
        self.flush(&mut lit, &mut parts, lit_start)?;
        Ok(parts)
    }

    /// One replacement field; `self.pos` is at its `{`.
    fn field(&mut self, depth: u32) -> Result<FStringField, LexError> {
        let field_start = self.pos;
        if depth >= 2 {
            return Err(err("f-string: expressions nested too deeply", self.pos));
        }
        self.pos += 1;
        let expr_start = self.pos;
        let mut nest: Vec<u8> = Vec::new();
        let mut quote: Option<(u8, bool)> = None;
        loop {
            let Some(c) = self.byte(self.pos) else {
                if quote.is_some() {
                    return Err(err("f-string: unterminated string", self.pos));
                }
                return Err(err("f-string: expecting '}'", self.pos));
            };
            if c == b'\\' {
                return Err(err(
                    "f-string expression part cannot include a backslash",
                    self.pos,
                ));
            }
            if let Some((q, triple)) = quote {
                if c == q {
                    if !triple {
                        quote = None;
                    } else if self.byte(self.pos + 1) == Some(q)
                        && self.byte(self.pos + 2) == Some(q)
                    {
                        quote = None;
                        self.pos += 2;
                    }
                }
                self.pos += 1;
                continue;
            }
            match c {
                b'\'' | b'"' => {
                    let triple =
                        self.byte(self.pos + 1) == Some(c) && self.byte(self.pos + 2) == Some(c);
                    quote = Some((c, triple));
                    if triple {
                        self.pos += 2;
                    }
                }
                b'(' | b'[' | b'{' => nest.push(c),
                b')' | b']' | b'}' => {
                    let Some(open) = nest.pop() else {
                        if c == b'}' {
                            break;
                        }
                        return Err(err(
                            &format!("f-string: unmatched '{}'", c as char),
                            self.pos,
                        ));
                    };
                    let expected = match open {
                        b'(' => b')',
                        b'[' => b']',
                        _ => b'}',
                    };
                    if c != expected {
                        return Err(err(
                            &format!(
                                "f-string: closing parenthesis '{}' does not match opening parenthesis '{}'",
                                c as char, open as char
                            ),
                            self.pos,
                        ));
                    }
                }
                b'#' => return Err(err("f-string expression part cannot include '#'", self.pos)),
                b'!' if nest.is_empty() && self.byte(self.pos + 1) != Some(b'=') => break,
                b':' if nest.is_empty() => break,
                b'=' if nest.is_empty() => {
                    let next = self.byte(self.pos + 1);
                    let prev = self.src.as_bytes()[self.pos - 1];
                    if next != Some(b'=') && !matches!(prev, b'=' | b'!' | b'<' | b'>') {
                        break;
                    }
                }
                _ => {}
            }
            self.pos += 1;
        }
        let expr_end = self.pos;
        if self.src[expr_start..expr_end].trim().is_empty() {
            return Err(err("f-string: empty expression not allowed", self.pos));
        }
        let mut debug_text = None;
        if self.byte(self.pos) == Some(b'=') {
            self.pos += 1;
            while matches!(
                self.byte(self.pos),
                Some(b' ' | b'\t' | b'\n' | b'\r' | b'\x0c')
            ) {
                self.pos += 1;
            }
            debug_text = Some(crate::string::normalize_newlines(
                &self.src[expr_start..self.pos],
            ));
        }
        let mut conversion = None;
        if self.byte(self.pos) == Some(b'!') {
            self.pos += 1;
            match self.byte(self.pos) {
                Some(c @ (b's' | b'r' | b'a')) => {
                    conversion = Some(c as char);
                    self.pos += 1;
                }
                Some(b':' | b'}') | None => {
                    return Err(err("f-string: missing conversion character", self.pos))
                }
                Some(_) => {
                    return Err(err(
                        "f-string: invalid conversion character: expected 's', 'r', or 'a'",
                        self.pos,
                    ))
                }
            }
        }
        let mut format_spec = None;
        if self.byte(self.pos) == Some(b':') {
            self.pos += 1;
            format_spec = Some(self.parts(true, depth + 1)?);
        }
        if self.byte(self.pos) != Some(b'}') {
            return Err(err("f-string: expecting '}'", self.pos));
        }
        self.pos += 1;
        if debug_text.is_some() && conversion.is_none() && format_spec.is_none() {
            conversion = Some('r');
        }
        Ok(FStringField {
            expr_start: expr_start as u32,
            expr_end: expr_end as u32,
            debug_text,
            conversion,
            format_spec,
            start: field_start as u32,
            end: self.pos as u32,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parts(body: &str) -> Vec<FStringPart> {
        parse_fstring(body, 0, body.len(), false).unwrap()
    }

    fn field(p: &FStringPart) -> &FStringField {
        match p {
            FStringPart::Field(f) => f,
            other => panic!("{other:?}"),
        }
    }

    fn lit(s: &str) -> FStringPart {
        FStringPart::Literal(s.to_string())
    }

    #[test]
    fn literal_and_fields() {
        let body = "a{x}b{{c}}\\n{y!r:>{w}}";
        let p = parts(body);
        assert_eq!(p.len(), 4);
        assert_eq!(p[0], lit("a"));
        let f = field(&p[1]);
        assert_eq!(&body[f.expr_start as usize..f.expr_end as usize], "x");
        assert_eq!(p[2], lit("b{c}\n"));
        let f = field(&p[3]);
        assert_eq!(f.conversion, Some('r'));
        let spec = f.format_spec.as_ref().unwrap();
        assert_eq!(spec[0], lit(">"));
        let w = field(&spec[1]);
        assert_eq!(&body[w.expr_start as usize..w.expr_end as usize], "w");
    }

    #[test]
    fn debug_fields() {
        let p = parts("{x = }");
        let f = field(&p[0]);
        assert_eq!(f.debug_text.as_deref(), Some("x = "));
        assert_eq!(f.conversion, Some('r'));
        let p = parts("{x=:>10}");
        let f = field(&p[0]);
        assert_eq!(f.debug_text.as_deref(), Some("x="));
        assert_eq!(f.conversion, None);
        let p = parts("{x=!s}");
        assert_eq!(field(&p[0]).conversion, Some('s'));
        let p = parts("{a==b}{a!=b}{a<=b}");
        assert!(p.iter().all(|f| field(f).debug_text.is_none()));
    }

    #[test]
    fn nested_brackets_and_strings() {
        let body = "{d['}']}{(lambda x: x)(1)}{ {'a': 1}['a'] }{x:{'>'}10}";
        let p = parts(body);
        let texts: Vec<&str> = p
            .iter()
            .map(|f| {
                let f = field(f);
                &body[f.expr_start as usize..f.expr_end as usize]
            })
            .collect();
        assert_eq!(
            texts,
            ["d['}']", "(lambda x: x)(1)", " {'a': 1}['a'] ", "x"]
        );
    }

    #[test]
    fn errors() {
        let e = |b: &str| parse_fstring(b, 0, b.len(), false).unwrap_err().msg;
        assert_eq!(e("{"), "f-string: expecting '}'");
        assert_eq!(e("}"), "f-string: single '}' is not allowed");
        assert_eq!(e("{}"), "f-string: empty expression not allowed");
        assert_eq!(e("{ }"), "f-string: empty expression not allowed");
        assert_eq!(
            e("{a!x}"),
            "f-string: invalid conversion character: expected 's', 'r', or 'a'"
        );
        assert_eq!(e("{a"), "f-string: expecting '}'");
        assert_eq!(
            e("{\\n}"),
            "f-string expression part cannot include a backslash"
        );
        assert_eq!(e("{a#}"), "f-string expression part cannot include '#'");
        assert_eq!(e("{x:{y:{z}}}"), "f-string: expressions nested too deeply");
    }
}
