//! The tokenizer: raw logos tokens in, Python tokens out, with NEWLINE/INDENT/DEDENT from
//! indentation, implicit line joining inside brackets, and decoded literals.

use crate::number::scan_number;
use crate::raw::Raw;
use crate::string::{line_of, scan_string};
use crate::token::{LexError, LexErrorKind, Tok};
use logos::Logos;
use std::collections::VecDeque;

/// A token with its byte span: `(start, token, end)`.
pub type Spanned = (usize, Tok, usize);

/// CPython's limit on bracket nesting (`MAXLEVEL`).
const MAX_NESTING: usize = 200;

/// What kind of input the tokenizer reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// A file or interactive statement: indentation is significant.
    Module,
    /// An `eval` expression: NEWLINEs are produced, indentation is ignored.
    Expression,
    /// The text of an f-string replacement field: read as if inside parentheses, so no
    /// NEWLINE/INDENT/DEDENT at all.
    Nested,
}

/// Python tokenizer over a source text (or a range of one). Yields
/// `Result<(start, Tok, end), LexError>` with absolute byte offsets; after an error it stops.
pub struct Tokenizer<'a> {
    full: &'a str,
    text: &'a str,
    base: usize,
    lex: logos::Lexer<'a, Raw>,
    mode: Mode,
    pending: VecDeque<Spanned>,
    /// Indentation stack: (column with tabs to multiples of 8, column with tabs as 1).
    indents: Vec<(u32, u32)>,
    /// Open brackets: the bracket byte and its absolute offset.
    brackets: Vec<(u8, usize)>,
    /// No token has been produced yet on the current logical line.
    at_line_start: bool,
    done: bool,
}

impl<'a> Tokenizer<'a> {
    /// Tokenizes a whole file (exec mode).
    pub fn new(src: &'a str) -> Tokenizer<'a> {
        Tokenizer::with_mode(src, Mode::Module)
    }

    pub fn with_mode(src: &'a str, mode: Mode) -> Tokenizer<'a> {
        Tokenizer::range(src, 0, src.len(), mode)
    }

    /// Tokenizes `full[start..end]`, reporting absolute offsets into `full`.
    pub fn range(full: &'a str, start: usize, end: usize, mode: Mode) -> Tokenizer<'a> {
        let text = &full[start..end];
        let mut lex = Raw::lexer(text);
        if start == 0 && text.starts_with('\u{feff}') {
            lex.bump('\u{feff}'.len_utf8());
        }
        Tokenizer {
            full,
            text,
            base: start,
            lex,
            mode,
            pending: VecDeque::new(),
            indents: vec![(0, 0)],
            brackets: Vec::new(),
            at_line_start: true,
            done: false,
        }
    }

    fn in_brackets(&self) -> bool {
        !self.brackets.is_empty() || self.mode == Mode::Nested
    }

    /// Current position of the raw lexer, relative to `text`.
    fn pos(&self) -> usize {
        self.lex.span().end
    }

    fn fail(&mut self, err: LexError) -> Option<Result<Spanned, LexError>> {
        self.done = true;
        self.pending.clear();
        Some(Err(err))
    }

    /// At the start of a line (outside brackets): measure indentation and queue INDENT or
    /// DEDENTs. Blank and comment-only lines are left alone.
    fn indentation(&mut self) -> Result<(), LexError> {
        let bytes = self.text.as_bytes();
        let start = self.pos();
        let (mut col, mut alt) = (0u32, 0u32);
        let mut i = start;
        loop {
            match bytes.get(i) {
                Some(b' ') => {
                    col += 1;
                    alt += 1;
                }
                Some(b'\t') => {
                    col = (col / 8 + 1) * 8;
                    alt += 1;
                }
                Some(b'\x0c') => {
                    col = 0;
                    alt = 0;
                }
                _ => break,
            }
            i += 1;
        }
        match bytes.get(i) {
            None | Some(b'#' | b'\n' | b'\r') => return Ok(()),
            Some(b'\\') if matches!(bytes.get(i + 1), Some(b'\n' | b'\r')) => return Ok(()),
            _ => {}
        }
        self.lex.bump(i - start);
        self.at_line_start = false;
        let line_start = self.base + start;
        let first = self.base + i;
        let tab_error = || {
            LexError::new(
                "inconsistent use of tabs and spaces in indentation",
                line_start,
                line_start,
            )
            .with_kind(LexErrorKind::Tab)
        };
        let &(top_col, top_alt) = self.indents.last().unwrap_or(&(0, 0));
        if col == top_col {
            if alt != top_alt {
                return Err(tab_error());
            }
        } else if col > top_col {
            if alt <= top_alt {
                return Err(tab_error());
            }
            self.indents.push((col, alt));
            self.pending.push_back((line_start, Tok::Indent, first));
        } else {
            while self.indents.len() > 1 && col < self.indents[self.indents.len() - 1].0 {
                self.indents.pop();
                self.pending.push_back((first, Tok::Dedent, first));
            }
            let &(top_col, top_alt) = self.indents.last().unwrap_or(&(0, 0));
            if col != top_col {
                let line_end = self.text[i..]
                    .find(['\n', '\r'])
                    .map(|k| i + k)
                    .unwrap_or(self.text.len());
                let at = self.base + line_end;
                return Err(LexError::new(
                    "unindent does not match any outer indentation level",
                    at,
                    at,
                )
                .with_kind(LexErrorKind::Indentation));
            }
            if alt != top_alt {
                return Err(tab_error());
            }
        }
        Ok(())
    }

    /// End of input: close the last line and every open block.
    fn end_of_input(&mut self) -> Option<Result<Spanned, LexError>> {
        self.done = true;
        if self.mode != Mode::Nested {
            if let Some(&(open, at)) = self.brackets.last() {
                return self.fail(
                    LexError::new(format!("'{}' was never closed", open as char), at, at + 1)
                        .incomplete(),
                );
            }
        }
        let end = self.base + self.text.len();
        if self.mode != Mode::Nested {
            if !self.at_line_start {
                self.pending.push_back((end, Tok::Newline, end));
            }
            while self.indents.len() > 1 {
                self.indents.pop();
                self.pending.push_back((end, Tok::Dedent, end));
            }
        }
        self.pending.pop_front().map(Ok)
    }

    fn open_bracket(&mut self, b: u8, at: usize) -> Result<(), LexError> {
        if self.brackets.len() >= MAX_NESTING {
            return Err(LexError::new("too many nested parentheses", at, at + 1));
        }
        self.brackets.push((b, at));
        Ok(())
    }

    fn close_bracket(&mut self, b: u8, at: usize) -> Result<(), LexError> {
        let Some((open, open_at)) = self.brackets.pop() else {
            if self.mode == Mode::Nested {
                return Err(LexError::new(
                    format!("f-string: unmatched '{}'", b as char),
                    at,
                    at + 1,
                ));
            }
            return Err(LexError::new(
                format!("unmatched '{}'", b as char),
                at,
                at + 1,
            ));
        };
        let expected = match open {
            b'(' => b')',
            b'[' => b']',
            _ => b'}',
        };
        if b != expected {
            let open_line = line_of(self.full, open_at);
            let here = line_of(self.full, at);
            let mut msg = format!(
                "closing parenthesis '{}' does not match opening parenthesis '{}'",
                b as char, open as char
            );
            if open_line != here {
                msg.push_str(&format!(" on line {open_line}"));
            }
            return Err(LexError::new(msg, at, at + 1));
        }
        Ok(())
    }

    /// Extends an identifier that continues with non-ASCII characters; returns its end.
    fn identifier_end(&self, mut i: usize) -> usize {
        while let Some(c) = self.text[i..].chars().next() {
            if c == '_'
                || c.is_ascii_alphanumeric()
                || (!c.is_ascii() && unicode_ident::is_xid_continue(c))
            {
                i += c.len_utf8();
            } else {
                break;
            }
        }
        i
    }

    fn next_token(&mut self) -> Option<Result<Spanned, LexError>> {
        if let Some(t) = self.pending.pop_front() {
            return Some(Ok(t));
        }
        if self.done {
            return None;
        }
        loop {
            if self.at_line_start && self.mode == Mode::Module && !self.in_brackets() {
                if let Err(e) = self.indentation() {
                    return self.fail(e);
                }
                if let Some(t) = self.pending.pop_front() {
                    return Some(Ok(t));
                }
            }
            let Some(raw) = self.lex.next() else {
                return self.end_of_input();
            };
            let span = self.lex.span();
            let (start, end) = (self.base + span.start, self.base + span.end);
            let raw = match raw {
                Ok(r) => r,
                Err(()) => {
                    return self.fail(LexError::new("invalid syntax", start, end.max(start + 1)));
                }
            };
            let tok = match raw {
                Raw::Whitespace | Raw::Comment => continue,
                Raw::Continuation => {
                    if span.end >= self.text.len() {
                        return self.fail(
                            LexError::new("unexpected EOF while parsing", start + 1, start + 1)
                                .incomplete(),
                        );
                    }
                    continue;
                }
                Raw::Backslash => {
                    if span.end >= self.text.len() {
                        return self.fail(
                            LexError::new("unexpected EOF while parsing", end, end).incomplete(),
                        );
                    }
                    return self.fail(LexError::new(
                        "unexpected character after line continuation character",
                        start,
                        end,
                    ));
                }
                Raw::Newline => {
                    if self.in_brackets() || self.at_line_start {
                        continue;
                    }
                    self.at_line_start = true;
                    return Some(Ok((start, Tok::Newline, end)));
                }
                Raw::Name => {
                    let mut stop = span.end;
                    if self.text.as_bytes().get(stop).is_some_and(|&b| b >= 0x80) {
                        stop = self.identifier_end(stop);
                        self.lex.bump(stop - span.end);
                    }
                    let name = &self.text[span.start..stop];
                    let tok = Tok::keyword(name).unwrap_or_else(|| Tok::Name(name.to_string()));
                    self.at_line_start = false;
                    return Some(Ok((start, tok, self.base + stop)));
                }
                Raw::NonAscii => {
                    let c = self.text[span.start..].chars().next().unwrap_or('\u{fffd}');
                    if !unicode_ident::is_xid_start(c) {
                        return self.fail(LexError::new(
                            format!("invalid character '{c}' (U+{:04X})", c as u32),
                            start,
                            end,
                        ));
                    }
                    let stop = self.identifier_end(span.end);
                    self.lex.bump(stop - span.end);
                    self.at_line_start = false;
                    let name = self.text[span.start..stop].to_string();
                    return Some(Ok((start, Tok::Name(name), self.base + stop)));
                }
                Raw::Number => match scan_number(self.text, span.start) {
                    Ok((tok, stop)) => {
                        self.lex.bump(stop - span.end);
                        self.at_line_start = false;
                        return Some(Ok((start, tok, self.base + stop)));
                    }
                    Err(mut e) => {
                        e.start += self.base as u32;
                        e.end += self.base as u32;
                        return self.fail(e);
                    }
                },
                Raw::StringStart => {
                    let quote = span.end - 1;
                    match scan_string(self.full, self.text, self.base, span.start, quote) {
                        Ok((tok, stop)) => {
                            self.lex.bump(stop - span.end);
                            self.at_line_start = false;
                            return Some(Ok((start, tok, self.base + stop)));
                        }
                        Err(e) => return self.fail(e),
                    }
                }
                Raw::Lpar | Raw::Lsqb | Raw::Lbrace => {
                    let b = self.text.as_bytes()[span.start];
                    if let Err(e) = self.open_bracket(b, start) {
                        return self.fail(e);
                    }
                    match raw {
                        Raw::Lpar => Tok::Lpar,
                        Raw::Lsqb => Tok::Lsqb,
                        _ => Tok::Lbrace,
                    }
                }
                Raw::Rpar | Raw::Rsqb | Raw::Rbrace => {
                    let b = self.text.as_bytes()[span.start];
                    if let Err(e) = self.close_bracket(b, start) {
                        return self.fail(e);
                    }
                    match raw {
                        Raw::Rpar => Tok::Rpar,
                        Raw::Rsqb => Tok::Rsqb,
                        _ => Tok::Rbrace,
                    }
                }
                Raw::Plus => Tok::Plus,
                Raw::Minus => Tok::Minus,
                Raw::Star => Tok::Star,
                Raw::DoubleStar => Tok::DoubleStar,
                Raw::Slash => Tok::Slash,
                Raw::DoubleSlash => Tok::DoubleSlash,
                Raw::Percent => Tok::Percent,
                Raw::At => Tok::At,
                Raw::LShift => Tok::LShift,
                Raw::RShift => Tok::RShift,
                Raw::Amper => Tok::Amper,
                Raw::VBar => Tok::VBar,
                Raw::Circumflex => Tok::Circumflex,
                Raw::Tilde => Tok::Tilde,
                Raw::ColonEqual => Tok::ColonEqual,
                Raw::Less => Tok::Less,
                Raw::Greater => Tok::Greater,
                Raw::LessEqual => Tok::LessEqual,
                Raw::GreaterEqual => Tok::GreaterEqual,
                Raw::EqEqual => Tok::EqEqual,
                Raw::NotEqual => Tok::NotEqual,
                Raw::Comma => Tok::Comma,
                Raw::Colon => Tok::Colon,
                Raw::Dot => Tok::Dot,
                Raw::Semi => Tok::Semi,
                Raw::Equal => Tok::Equal,
                Raw::Rarrow => Tok::Rarrow,
                Raw::PlusEqual => Tok::PlusEqual,
                Raw::MinusEqual => Tok::MinusEqual,
                Raw::StarEqual => Tok::StarEqual,
                Raw::SlashEqual => Tok::SlashEqual,
                Raw::DoubleSlashEqual => Tok::DoubleSlashEqual,
                Raw::PercentEqual => Tok::PercentEqual,
                Raw::AtEqual => Tok::AtEqual,
                Raw::AmperEqual => Tok::AmperEqual,
                Raw::VBarEqual => Tok::VBarEqual,
                Raw::CircumflexEqual => Tok::CircumflexEqual,
                Raw::LShiftEqual => Tok::LShiftEqual,
                Raw::RShiftEqual => Tok::RShiftEqual,
                Raw::DoubleStarEqual => Tok::DoubleStarEqual,
                Raw::Ellipsis => Tok::Ellipsis,
            };
            self.at_line_start = false;
            return Some(Ok((start, tok, end)));
        }
    }
}

impl Iterator for Tokenizer<'_> {
    type Item = Result<Spanned, LexError>;

    fn next(&mut self) -> Option<Self::Item> {
        self.next_token()
    }
}

/// Tokenizes all of `src` (exec mode); stops at the first error.
pub fn tokenize(src: &str) -> Result<Vec<Spanned>, LexError> {
    Tokenizer::new(src).collect()
}
