//! Small constructors the grammar actions use to build AST nodes.

use crate::ast::{BoolOp, Expr, ExprKind, Span, Stmt, StmtKind};
use lalrpop_util::ParseError;
use pyrite_lexer::{LexError, Tok};

/// The error type of fallible grammar actions.
pub type ActionError = ParseError<usize, Tok, LexError>;

pub fn user(e: LexError) -> ActionError {
    ParseError::User { error: e }
}

pub fn expr(l: usize, r: usize, kind: ExprKind) -> Expr {
    Expr {
        span: Span::new(l, r),
        kind,
    }
}

pub fn stmt(l: usize, r: usize, kind: StmtKind) -> Stmt {
    Stmt {
        span: Span::new(l, r),
        kind,
    }
}

/// A comma-separated list: a lone element without a trailing comma is itself, otherwise a tuple.
pub fn tuple_or_single(l: usize, r: usize, mut elts: Vec<Expr>, trailing: bool) -> Expr {
    if elts.len() == 1 && !trailing {
        elts.pop()
            .unwrap_or_else(|| expr(l, r, ExprKind::Tuple(Vec::new())))
    } else {
        expr(l, r, ExprKind::Tuple(elts))
    }
}

/// `a and b and c` as one `BoolOp` with three values.
pub fn bool_op(l: usize, r: usize, op: BoolOp, first: Expr, rest: Vec<Expr>) -> Expr {
    let mut values = Vec::with_capacity(rest.len() + 1);
    values.push(first);
    values.extend(rest);
    expr(l, r, ExprKind::BoolOp { op, values })
}

/// End offset of a block: the end of its last statement.
pub fn body_end(body: &[Stmt], fallback: usize) -> usize {
    body.last().map(|s| s.span.end as usize).unwrap_or(fallback)
}

pub fn flatten(lines: Vec<Vec<Stmt>>) -> Vec<Stmt> {
    let n = lines.iter().map(Vec::len).sum();
    let mut out = Vec::with_capacity(n);
    for l in lines {
        out.extend(l);
    }
    out
}

/// Rejects a starred expression where only a plain one may stand, e.g. `(*a)`.
pub fn no_starred(e: Expr) -> Result<Expr, ActionError> {
    if matches!(e.kind, ExprKind::Starred(_)) {
        return Err(user(LexError::new(
            "cannot use starred expression here",
            e.span.start as usize,
            e.span.end as usize,
        )));
    }
    Ok(e)
}

pub fn binop(l: usize, r: usize, left: Expr, op: crate::ast::BinOp, right: Expr) -> Expr {
    expr(
        l,
        r,
        ExprKind::BinOp {
            left: Box::new(left),
            op,
            right: Box::new(right),
        },
    )
}
