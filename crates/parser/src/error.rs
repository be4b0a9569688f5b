//! `SyntaxError`, and turning parser failures into CPython-style messages.

use lalrpop_util::ParseError;
use pyrite_lexer::{LexError, LexErrorKind, LineIndex, Spanned, Tok};
use std::fmt;

/// Which Python exception class to raise.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SyntaxErrorKind {
    SyntaxError,
    IndentationError,
    TabError,
}

impl SyntaxErrorKind {
    /// The Python class name.
    pub fn name(self) -> &'static str {
        match self {
            SyntaxErrorKind::SyntaxError => "SyntaxError",
            SyntaxErrorKind::IndentationError => "IndentationError",
            SyntaxErrorKind::TabError => "TabError",
        }
    }
}

/// A syntax error with CPython's `SyntaxError` attributes.
#[derive(Debug, Clone, PartialEq)]
pub struct SyntaxError {
    pub kind: SyntaxErrorKind,
    pub msg: String,
    pub filename: String,
    /// 1-based line.
    pub lineno: u32,
    /// 1-based column in characters (CPython's `SyntaxError.offset`).
    pub offset: u32,
    pub end_lineno: u32,
    pub end_offset: u32,
    /// The offending source line, without its newline.
    pub text: String,
}

impl SyntaxError {
    /// Locates a tokenizer/parser error (byte offsets) in `src`.
    pub fn from_lex_error(src: &str, filename: &str, err: LexError) -> SyntaxError {
        let index = LineIndex::new(src);
        let (lineno, _) = index.line_col(err.start);
        let (end_lineno, _) = index.line_col(err.end.max(err.start));
        let offset = index.char_col(src, err.start) + 1;
        let end_offset = index.char_col(src, err.end.max(err.start)) + 1;
        let kind = match err.kind {
            LexErrorKind::Syntax => SyntaxErrorKind::SyntaxError,
            LexErrorKind::Indentation => SyntaxErrorKind::IndentationError,
            LexErrorKind::Tab => SyntaxErrorKind::TabError,
        };
        SyntaxError {
            kind,
            msg: err.msg,
            filename: filename.to_string(),
            lineno,
            offset,
            end_lineno,
            end_offset,
            text: index.line_text(src, lineno).to_string(),
        }
    }
}

impl fmt::Display for SyntaxError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} ({}, line {})", self.msg, self.filename, self.lineno)
    }
}

impl std::error::Error for SyntaxError {}

/// Turns a parse failure into a located error with CPython's wording.
/// `tokens` is the token stream the parser was fed (start token first) and `consumed` how many
/// of them it had read when it failed.
pub(crate) fn diagnose(
    err: ParseError<usize, Tok, LexError>,
    src: &str,
    tokens: &[Spanned],
    consumed: usize,
    nested: bool,
) -> LexError {
    match err {
        ParseError::User { error } => error,
        ParseError::InvalidToken { location } => {
            LexError::new("invalid syntax", location, location)
        }
        ParseError::ExtraToken { token: (s, _, e) } => LexError::new("invalid syntax", s, e),
        ParseError::UnrecognizedEof { location, expected } => {
            eof_error(src, location, &expected, tokens)
        }
        ParseError::UnrecognizedToken {
            token: (s, tok, e),
            expected,
        } => {
            let idx = consumed
                .saturating_sub(1)
                .min(tokens.len().saturating_sub(1));
            token_error(src, s, &tok, e, &expected, tokens, idx, nested)
        }
    }
}

fn has(expected: &[String], what: &str) -> bool {
    expected.iter().any(|x| x == what)
}

/// Index of the first token of the logical line containing token `idx`.
fn line_start(tokens: &[Spanned], idx: usize) -> usize {
    let mut k = idx.min(tokens.len());
    while k > 0 {
        match tokens[k - 1].1 {
            Tok::Newline
            | Tok::Indent
            | Tok::Dedent
            | Tok::StartModule
            | Tok::StartInteractive
            | Tok::StartExpression => break,
            _ => k -= 1,
        }
    }
    k
}

/// What CPython calls the block a compound statement header opens.
fn block_description(tokens: &[Spanned], first: usize) -> Option<&'static str> {
    let mut k = first;
    if matches!(tokens.get(k).map(|t| &t.1), Some(Tok::Async)) {
        k += 1;
    }
    Some(match tokens.get(k).map(|t| &t.1)? {
        Tok::If => "'if' statement",
        Tok::Elif => "'elif' statement",
        Tok::Else => "'else' statement",
        Tok::While => "'while' statement",
        Tok::For => "'for' statement",
        Tok::With => "'with' statement",
        Tok::Try => "'try' statement",
        Tok::Except => {
            if matches!(tokens.get(k + 1).map(|t| &t.1), Some(Tok::Star)) {
                "'except*' statement"
            } else {
                "'except' statement"
            }
        }
        Tok::Finally => "'finally' statement",
        Tok::Def => "function definition",
        Tok::Class => "class definition",
        _ => return None,
    })
}

fn is_compound_keyword(tok: &Tok) -> bool {
    matches!(
        tok,
        Tok::If
            | Tok::Elif
            | Tok::Else
            | Tok::While
            | Tok::For
            | Tok::With
            | Tok::Try
            | Tok::Except
            | Tok::Finally
            | Tok::Def
            | Tok::Class
            | Tok::Async
    )
}

/// "expected an indented block after 'if' statement on line 3", for the header whose NEWLINE
/// is just before token `idx`.
fn indented_block_error(src: &str, tokens: &[Spanned], idx: usize, s: usize, e: usize) -> LexError {
    let header_end = idx.saturating_sub(1);
    let first = line_start(tokens, header_end);
    let msg = match block_description(tokens, first) {
        Some(desc) => {
            let at = tokens.get(first).map(|t| t.0).unwrap_or(0).min(src.len());
            let line = src.as_bytes()[..at].iter().filter(|&&b| b == b'\n').count() + 1;
            format!("expected an indented block after {desc} on line {line}")
        }
        None => "expected an indented block".to_string(),
    };
    LexError::new(msg, s, e).with_kind(LexErrorKind::Indentation)
}

fn eof_error(src: &str, location: usize, expected: &[String], tokens: &[Spanned]) -> LexError {
    let last = tokens.last();
    if has(expected, "Indent") {
        let at = last.map(|t| t.0).unwrap_or(location);
        return indented_block_error(src, tokens, tokens.len(), at, at).incomplete();
    }
    let real = tokens
        .iter()
        .rev()
        .find(|t| !matches!(t.1, Tok::Newline | Tok::Dedent | Tok::Indent));
    let (s, e) = real.map(|t| (t.2, t.2)).unwrap_or((location, location));
    let mut err = LexError::new("invalid syntax", s, e);
    if has(expected, "\"def\"") || has(expected, "\"class\"") {
        err = err.incomplete();
    }
    if has(expected, "\"except\"") && has(expected, "\"finally\"") {
        err.msg = "expected 'except' or 'finally' block".to_string();
    }
    err
}

/// The innermost bracket still open before token `idx` on its logical line (`nested` input
/// counts as inside parentheses): its index, or `None`, and the nesting depth.
fn open_bracket(
    tokens: &[Spanned],
    first: usize,
    idx: usize,
    nested: bool,
) -> (Option<usize>, usize) {
    let mut stack = Vec::new();
    for (k, t) in tokens.iter().enumerate().take(idx).skip(first) {
        match t.1 {
            Tok::Lpar | Tok::Lsqb | Tok::Lbrace | Tok::WithLpar => stack.push(k),
            Tok::Rpar | Tok::Rsqb | Tok::Rbrace => {
                stack.pop();
            }
            _ => {}
        }
    }
    let depth = stack.len() + usize::from(nested);
    (stack.last().copied(), depth)
}

#[allow(clippy::too_many_arguments)]
fn token_error(
    src: &str,
    s: usize,
    tok: &Tok,
    e: usize,
    expected: &[String],
    tokens: &[Spanned],
    idx: usize,
    nested: bool,
) -> LexError {
    if *tok == Tok::Indent {
        let at = e.saturating_sub(1).max(s);
        return LexError::new("unexpected indent", at, at).with_kind(LexErrorKind::Indentation);
    }
    if has(expected, "Indent") {
        return indented_block_error(src, tokens, idx, s, e);
    }
    let first = line_start(tokens, idx);
    let first_tok = tokens.get(first).map(|t| &t.1);
    let prev = if idx > 0 { tokens.get(idx - 1) } else { None };

    // `print x`
    if let (Some(Tok::Name(n)), true) = (first_tok, idx == first + 1) {
        let unary = matches!(tok, Tok::Minus | Tok::Plus | Tok::Tilde);
        if (n == "print" || n == "exec") && tok.starts_expression() && !unary {
            let mut k = idx;
            while k + 1 < tokens.len() && tokens[k + 1].1 != Tok::Newline {
                k += 1;
            }
            let end = tokens.get(k).map(|t| t.2).unwrap_or(e);
            return LexError::new(
                format!("Missing parentheses in call to '{n}'. Did you mean {n}(...)?"),
                tokens[first].0,
                end.max(e),
            );
        }
    }

    // `if x` + newline
    if matches!(tok, Tok::Newline | Tok::Dedent)
        && has(expected, "\":\"")
        && first_tok.is_some_and(is_compound_keyword)
    {
        let at = prev.map(|p| p.2).unwrap_or(s);
        return LexError::new("expected ':'", at, at);
    }

    // `if x = 1:`
    if *tok == Tok::Equal
        && has(expected, "\":\"")
        && matches!(first_tok, Some(Tok::If | Tok::Elif | Tok::While))
    {
        let start = tokens.get(first + 1).map(|t| t.0).unwrap_or(s);
        let end = tokens.get(idx + 1).map(|t| t.2).unwrap_or(e);
        return LexError::new(
            "invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
            start,
            end,
        );
    }

    // `a if b` without `else`
    if has(expected, "\"else\"") {
        if let Some(k) = (first + 1..idx).rev().find(|&k| tokens[k].1 == Tok::If) {
            let start = tokens[k.saturating_sub(1)].0;
            let end = prev.map(|p| p.2).unwrap_or(e);
            return LexError::new("expected 'else' after 'if' expression", start, end);
        }
    }

    if has(expected, "\"except\"") && has(expected, "\"finally\"") {
        let at = prev.map(|p| p.2).unwrap_or(s);
        return LexError::new("expected 'except' or 'finally' block", at, at);
    }

    let (open, depth) = open_bracket(tokens, first, idx, nested);

    // `[*a for a in b]`, `{**a for a in b}`
    if *tok == Tok::For || *tok == Tok::Async {
        if let Some(o) = open {
            match tokens.get(o + 1).map(|t| &t.1) {
                Some(Tok::Star) => {
                    let at = tokens[o + 1].0;
                    return LexError::new(
                        "iterable unpacking cannot be used in comprehension",
                        at,
                        prev.map(|p| p.2).unwrap_or(s),
                    );
                }
                Some(Tok::DoubleStar) if tokens[o].1 == Tok::Lbrace => {
                    let at = tokens[o + 1].0;
                    return LexError::new(
                        "dict unpacking cannot be used in dict comprehension",
                        at,
                        prev.map(|p| p.2).unwrap_or(s),
                    );
                }
                _ => {}
            }
        }
    }

    // `{1: 2, 3}`
    if matches!(tok, Tok::Rbrace | Tok::Comma)
        && has(expected, "\":\"")
        && open.is_some_and(|o| tokens[o].1 == Tok::Lbrace)
    {
        if let Some(p) = prev {
            return LexError::new("':' expected after dictionary key", p.0, p.2);
        }
    }

    // Two expressions side by side inside brackets: a missing comma.
    if let Some(p) = prev {
        if p.1.ends_expression() && tok.starts_expression() {
            let name_then_string = matches!(p.1, Tok::Name(_)) && matches!(tok, Tok::String(_));
            if depth > 0 && !name_then_string {
                return LexError::new("invalid syntax. Perhaps you forgot a comma?", p.0, e);
            }
        }
    }

    LexError::new("invalid syntax", s, e)
}

/// CPython tokenizes the rest of the file after a parser error, and a tokenizer error found
/// there wins (`x = 1 +` then an unterminated string on the next line reports the string).
/// Bracket errors win only when the parser failed after the bracket was opened; indentation
/// errors and bare "invalid syntax" tokens never win.
///
/// `peeked_eof` says the parser failed on the last token and that token could have continued
/// an expression, so CPython's parser would have looked past it and met the end of input.
pub(crate) fn prefer_tokenizer_error(
    src: &str,
    parse_err: LexError,
    lex_err: Option<LexError>,
    peeked_eof: bool,
    last_read: Option<u32>,
) -> LexError {
    let Some(lex) = lex_err else {
        return parse_err;
    };
    if lex == parse_err
        || parse_err.msg == "unexpected indent"
        || lex.kind != LexErrorKind::Syntax
        || lex.msg == "invalid syntax"
        || lex.msg == "unexpected EOF while parsing"
    {
        return parse_err;
    }
    if lex.msg.ends_with("was never closed") {
        let line = |at: u32| {
            let at = (at as usize).min(src.len());
            src.as_bytes()[..at].iter().filter(|&&b| b == b'\n').count()
        };
        let reached = last_read.map_or(parse_err.start, |r| r.max(parse_err.start));
        let later_line = line(reached) > line(lex.start);
        if !(later_line || (peeked_eof && parse_err.start >= lex.start)) {
            return parse_err;
        }
    }
    lex
}
