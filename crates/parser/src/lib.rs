//! pyrite-parser: Python 3.12 source (without `match`/`type` statements) to an AST.
//!
//! The grammar lives in `python.lalrpop` (LR(1), generated at build time) and reads tokens from
//! [`pyrite_lexer::Tokenizer`]. Entry points mirror CPython's compile modes: [`parse_module`]
//! (`exec`), [`parse_expression`] (`eval`) and [`parse_interactive`] (`single`);
//! [`is_incomplete_input`] tells a REPL whether to ask for another line.

mod arguments;
pub mod ast;
pub mod dump;
mod error;
mod nodes;
mod strings;
mod targets;

lalrpop_util::lalrpop_mod!(
    #[allow(clippy::all, clippy::pedantic, unused, dead_code)]
    python
);

pub use error::{SyntaxError, SyntaxErrorKind};

use ast::{Expr, Module, Stmt, StmtKind};
use pyrite_lexer::{LexError, Mode, Spanned, Tok, Tokenizer};
use std::cell::Cell;

/// What the start rule produced.
pub(crate) enum Top {
    Module(Vec<Stmt>),
    /// One entry per logical line (statement) of the input.
    Interactive(Vec<Vec<Stmt>>),
    Expression(Expr),
}

/// Tokens of `src[start..end]` behind a synthetic start token, plus the tokenizer error that
/// stopped them, if any (the parser meets it only if it gets that far, as in CPython).
fn collect_tokens(
    src: &str,
    start: usize,
    end: usize,
    mode: Mode,
    first: Tok,
) -> (Vec<Spanned>, Option<LexError>) {
    let mut tokens = Vec::with_capacity((end - start) / 3 + 2);
    tokens.push((start, first, start));
    let mut error = None;
    for t in Tokenizer::range(src, start, end, mode) {
        match t {
            Ok(t) => tokens.push(t),
            Err(e) => {
                error = Some(e);
                break;
            }
        }
    }
    mark_with_parens(&mut tokens);
    (tokens, error)
}

/// `with (a as b, c):` — a `(` right after `with` whose matching `)` is followed by `:` opens
/// a parenthesised list of with-items rather than an expression; mark it so the LR(1) grammar
/// can tell the two apart.
fn mark_with_parens(tokens: &mut [Spanned]) {
    for i in 0..tokens.len() {
        if tokens[i].1 != Tok::With || !matches!(tokens.get(i + 1), Some((_, Tok::Lpar, _))) {
            continue;
        }
        let mut depth = 0usize;
        let mut j = i + 1;
        while j < tokens.len() {
            match tokens[j].1 {
                Tok::Lpar | Tok::Lsqb | Tok::Lbrace | Tok::WithLpar => depth += 1,
                Tok::Rpar | Tok::Rsqb | Tok::Rbrace => {
                    depth = depth.saturating_sub(1);
                    if depth == 0 {
                        break;
                    }
                }
                Tok::Newline => break,
                _ => {}
            }
            j += 1;
        }
        let closes = j < tokens.len() && depth == 0 && j > i + 2;
        if closes && matches!(tokens.get(j + 1), Some((_, Tok::Colon, _))) {
            tokens[i + 1].1 = Tok::WithLpar;
        }
    }
}

/// Parses `src[start..end]` from the given start token; errors are located but not yet
/// turned into `SyntaxError`s.
fn run(src: &str, start: usize, end: usize, mode: Mode, first: Tok) -> Result<Top, LexError> {
    let (tokens, lex_error) = collect_tokens(src, start, end, mode, first.clone());
    let consumed = Cell::new(0usize);
    let stream = tokens
        .into_iter()
        .map(Ok)
        .chain(lex_error.clone().map(Err))
        .inspect(|_| consumed.set(consumed.get() + 1));
    match python::TopParser::new().parse(src, stream) {
        Ok(top) => Ok(top),
        Err(e) => {
            // Errors are rare: tokenize again to look around the failure.
            let (tokens, _) = collect_tokens(src, start, end, mode, first);
            let idx = consumed.get().saturating_sub(1);
            let peeked_eof =
                idx + 1 == tokens.len() && tokens.get(idx).is_some_and(|t| t.1.ends_expression());
            // CPython compares bracket errors with the line of the last token the parser read.
            let last_read = tokens.get(idx).map(|t| t.0 as u32);
            let err = error::diagnose(e, src, &tokens, consumed.get(), mode == Mode::Nested);
            Err(error::prefer_tokenizer_error(
                src, err, lex_error, peeked_eof, last_read,
            ))
        }
    }
}

/// Parses the expression of an f-string replacement field, `src[start..end]`.
pub(crate) fn parse_fstring_expr(src: &str, start: usize, end: usize) -> Result<Expr, LexError> {
    match run(src, start, end, Mode::Nested, Tok::StartExpression) {
        Ok(Top::Expression(e)) => Ok(e),
        Ok(_) => Err(LexError::new("f-string: invalid syntax", start, end)),
        Err(mut e) => {
            if !e.msg.starts_with("f-string") {
                e.msg = format!("f-string: {}", e.msg);
            }
            Err(e)
        }
    }
}

/// Parses a whole file (CPython's `exec` mode).
pub fn parse_module(source: &str, filename: &str) -> Result<Module, SyntaxError> {
    match run(source, 0, source.len(), Mode::Module, Tok::StartModule) {
        Ok(Top::Module(body)) => Ok(Module { body }),
        Ok(_) => Ok(Module { body: Vec::new() }),
        Err(e) => Err(SyntaxError::from_lex_error(source, filename, e)),
    }
}

/// Parses one expression (CPython's `eval` mode). Surrounding whitespace and blank lines are
/// allowed.
pub fn parse_expression(source: &str, filename: &str) -> Result<Expr, SyntaxError> {
    match run(
        source,
        0,
        source.len(),
        Mode::Expression,
        Tok::StartExpression,
    ) {
        Ok(Top::Expression(e)) => Ok(e),
        Ok(_) => Err(SyntaxError::from_lex_error(
            source,
            filename,
            LexError::new("invalid syntax", 0, 0),
        )),
        Err(e) => Err(SyntaxError::from_lex_error(source, filename, e)),
    }
}

/// Parses one interactive entry (CPython's `single` mode): one statement, which may be a
/// compound statement or several simple statements separated by `;`.
pub fn parse_interactive(source: &str, filename: &str) -> Result<Module, SyntaxError> {
    match run(source, 0, source.len(), Mode::Module, Tok::StartInteractive) {
        Ok(Top::Interactive(lines)) => {
            if let Some(second) = lines.get(1).and_then(|l| l.first()) {
                let at = second.span.start as usize;
                return Err(SyntaxError::from_lex_error(
                    source,
                    filename,
                    LexError::new(
                        "multiple statements found while compiling a single statement",
                        at,
                        at,
                    ),
                ));
            }
            Ok(Module {
                body: lines.into_iter().flatten().collect(),
            })
        }
        Ok(_) => Ok(Module { body: Vec::new() }),
        Err(e) => Err(SyntaxError::from_lex_error(source, filename, e)),
    }
}

fn is_compound(s: &Stmt) -> bool {
    matches!(
        s.kind,
        StmtKind::If { .. }
            | StmtKind::While { .. }
            | StmtKind::For { .. }
            | StmtKind::Try { .. }
            | StmtKind::With { .. }
            | StmtKind::FunctionDef(_)
            | StmtKind::ClassDef(_)
    )
}

/// For a REPL: is `source` an unfinished statement that needs more lines?
///
/// `source` is the lines entered so far joined with `\n`, without a trailing newline (as
/// `code.InteractiveConsole` does). It is incomplete when it ends inside brackets, inside a
/// triple-quoted string or after a backslash; when a block header still lacks its body
/// (`if x:`) or a decorator its definition; and, as in CPython's REPL, when it is a compound
/// statement not yet followed by an empty line.
pub fn is_incomplete_input(source: &str) -> bool {
    match run(source, 0, source.len(), Mode::Module, Tok::StartInteractive) {
        Err(e) => e.incomplete,
        Ok(Top::Interactive(lines)) => {
            let compound = lines
                .first()
                .and_then(|l| l.first())
                .is_some_and(is_compound);
            compound && !source.rsplit('\n').next().unwrap_or("").trim().is_empty()
        }
        Ok(_) => false,
    }
}

#[cfg(test)]
mod tests;
