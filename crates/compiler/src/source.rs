//! The source text being compiled: byte offsets to line/column positions, and the
//! construction of `SyntaxError`s that point into it.

use pyrite_lexer::LineIndex;
use pyrite_object::code::Position;

use crate::ast::Span;
use crate::{CompileError, SyntaxError, SyntaxErrorKind};

/// The file being compiled.
pub(crate) struct Source<'a> {
    pub(crate) text: &'a str,
    pub(crate) filename: &'a str,
    lines: LineIndex,
}

impl<'a> Source<'a> {
    pub(crate) fn new(text: &'a str, filename: &'a str) -> Source<'a> {
        Source {
            text,
            filename,
            lines: LineIndex::new(text),
        }
    }

    /// The instruction position of a node (0-based byte columns, as `co_positions()`).
    pub(crate) fn position(&self, span: Span) -> Position {
        let (line, col) = self.lines.line_col(span.start);
        let (end_line, end_col) = self.lines.line_col(span.end.max(span.start));
        Position {
            line,
            end_line,
            col,
            end_col,
        }
    }

    pub(crate) fn line_of(&self, span: Span) -> u32 {
        self.lines.line_col(span.start).0
    }

    /// The source text a span covers ("" if the span does not fit the text).
    pub(crate) fn slice(&self, span: Span) -> &'a str {
        self.text
            .get(span.start as usize..span.end as usize)
            .unwrap_or("")
    }

    /// A `SyntaxError` at `span`. Offsets are 1-based character columns, as CPython reports.
    pub(crate) fn error(&self, msg: impl Into<String>, span: Span) -> CompileError {
        let lineno = self.lines.line_col(span.start).0;
        let end_lineno = self.lines.line_col(span.end.max(span.start)).0;
        Box::new(SyntaxError {
            kind: SyntaxErrorKind::SyntaxError,
            msg: msg.into(),
            filename: self.filename.to_string(),
            lineno,
            offset: self.lines.char_col(self.text, span.start) + 1,
            end_lineno,
            end_offset: self.lines.char_col(self.text, span.end.max(span.start)) + 1,
            text: self.lines.line_text(self.text, lineno).to_string(),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn positions_and_error_offsets() {
        let src = "x = 1\nyé = (a +\n  b)\n";
        let s = Source::new(src, "t.py");
        let start = src.find('(').unwrap();
        let end = src.find("b)").unwrap() + 2;
        let p = s.position(Span::new(start, end));
        assert_eq!((p.line, p.col, p.end_line, p.end_col), (2, 6, 3, 4));
        let e = s.error("boom", Span::new(start, end));
        assert_eq!(
            (e.lineno, e.offset, e.end_lineno, e.end_offset),
            (2, 6, 3, 5)
        );
        assert_eq!(e.text, "yé = (a +");
    }
}
