//! Implicit concatenation of adjacent string literals, and f-strings to `JoinedStr`.

use crate::ast::{Constant, Conversion, Expr, ExprKind, Span};
use pyrite_lexer::{FStringField, FStringPart, LexError, StringLit};

/// One string token with its byte span.
pub type StringPiece = (usize, Box<StringLit>, usize);

/// Joins adjacent literals `'a' f'{b}' 'c'` into one expression.
pub fn concat_strings(src: &str, pieces: Vec<StringPiece>) -> Result<Expr, LexError> {
    let start = pieces.first().map(|p| p.0).unwrap_or(0);
    let end = pieces.last().map(|p| p.2).unwrap_or(0);
    let span = Span::new(start, end);
    let has_bytes = pieces.iter().any(|p| matches!(*p.1, StringLit::Bytes(_)));
    let all_bytes = pieces.iter().all(|p| matches!(*p.1, StringLit::Bytes(_)));
    if has_bytes && !all_bytes {
        return Err(LexError::new(
            "cannot mix bytes and nonbytes literals",
            end,
            end,
        ));
    }
    if all_bytes {
        let mut out = Vec::new();
        for (_, lit, _) in pieces {
            if let StringLit::Bytes(b) = *lit {
                out.extend_from_slice(&b);
            }
        }
        return Ok(Expr {
            span,
            kind: ExprKind::Constant(Constant::Bytes(out)),
        });
    }
    let has_fstring = pieces.iter().any(|p| matches!(*p.1, StringLit::FString(_)));
    if !has_fstring {
        let mut out = String::new();
        for (_, lit, _) in pieces {
            if let StringLit::Str(s) = *lit {
                if out.is_empty() {
                    out = s;
                } else {
                    out.push_str(&s);
                }
            }
        }
        return Ok(Expr {
            span,
            kind: ExprKind::Constant(Constant::Str(out)),
        });
    }
    let mut b = JoinedBuilder::new(span);
    for (l, lit, r) in pieces {
        match *lit {
            StringLit::Str(s) => b.literal(&s),
            StringLit::FString(parts) => {
                for part in parts {
                    b.part(src, part, Span::new(l, r))?;
                }
            }
            StringLit::Bytes(_) => {}
        }
    }
    Ok(Expr {
        span,
        kind: ExprKind::JoinedStr(b.finish()),
    })
}

/// Accumulates `JoinedStr` values, merging adjacent literal text.
struct JoinedBuilder {
    span: Span,
    values: Vec<Expr>,
    text: String,
}

impl JoinedBuilder {
    fn new(span: Span) -> JoinedBuilder {
        JoinedBuilder {
            span,
            values: Vec::new(),
            text: String::new(),
        }
    }

    fn literal(&mut self, s: &str) {
        self.text.push_str(s);
    }

    fn flush(&mut self) {
        if !self.text.is_empty() {
            let s = std::mem::take(&mut self.text);
            self.values.push(Expr {
                span: self.span,
                kind: ExprKind::Constant(Constant::Str(s)),
            });
        }
    }

    /// `piece` is the span of the literal the part comes from.
    fn part(&mut self, src: &str, part: FStringPart, piece: Span) -> Result<(), LexError> {
        match part {
            FStringPart::Literal(s) => self.literal(&s),
            FStringPart::Field(f) => {
                if let Some(t) = &f.debug_text {
                    self.literal(t);
                }
                self.flush();
                let value = formatted_value(src, *f, self.span, piece)?;
                self.values.push(value);
            }
        }
        Ok(())
    }

    fn finish(mut self) -> Vec<Expr> {
        self.flush();
        self.values
    }
}

fn formatted_value(src: &str, f: FStringField, outer: Span, piece: Span) -> Result<Expr, LexError> {
    let value = crate::parse_fstring_expr(src, f.expr_start as usize, f.expr_end as usize)?;
    let conversion = match f.conversion {
        Some('s') => Conversion::Str,
        Some('r') => Conversion::Repr,
        Some('a') => Conversion::Ascii,
        _ => Conversion::None,
    };
    let format_spec = match f.format_spec {
        None => None,
        Some(parts) => {
            let mut b = JoinedBuilder::new(piece);
            for p in parts {
                b.part(src, p, piece)?;
            }
            Some(Box::new(Expr {
                span: piece,
                kind: ExprKind::JoinedStr(b.finish()),
            }))
        }
    };
    // CPython 3.11 gives a replacement field the position of the whole literal.
    Ok(Expr {
        span: outer,
        kind: ExprKind::FormattedValue {
            value: Box::new(value),
            conversion,
            format_spec,
        },
    })
}
