//! Checks that assignment, deletion and loop targets are assignable, with CPython's messages.

use crate::ast::{Constant, Expr, ExprKind};
use pyrite_lexer::LexError;

/// Where a target appears; the wording of errors differs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TargetCtx {
    /// `a = ...`
    Assign,
    /// `for a in`, `with ... as a`, comprehension targets.
    For,
    /// `del a`
    Del,
}

fn err(msg: impl Into<String>, e: &Expr) -> LexError {
    LexError::new(msg, e.span.start as usize, e.span.end as usize)
}

/// CPython's `_PyPegen_get_expr_name`: how error messages name an expression.
pub fn expr_name(e: &Expr) -> &'static str {
    match &e.kind {
        ExprKind::Attribute { .. } => "attribute",
        ExprKind::Subscript { .. } => "subscript",
        ExprKind::Starred(_) => "starred",
        ExprKind::Name(_) => "name",
        ExprKind::List(_) => "list",
        ExprKind::Tuple(_) => "tuple",
        ExprKind::Lambda { .. } => "lambda",
        ExprKind::Call { .. } => "function call",
        ExprKind::BoolOp { .. } | ExprKind::BinOp { .. } | ExprKind::UnaryOp { .. } => "expression",
        ExprKind::GeneratorExp { .. } => "generator expression",
        ExprKind::Yield(_) | ExprKind::YieldFrom(_) => "yield expression",
        ExprKind::Await(_) => "await expression",
        ExprKind::ListComp { .. } => "list comprehension",
        ExprKind::SetComp { .. } => "set comprehension",
        ExprKind::DictComp { .. } => "dict comprehension",
        ExprKind::Dict { .. } => "dict literal",
        ExprKind::Set(_) => "set display",
        ExprKind::JoinedStr(_) | ExprKind::FormattedValue { .. } => "f-string expression",
        ExprKind::Constant(c) => match c {
            Constant::None => "None",
            Constant::Bool(true) => "True",
            Constant::Bool(false) => "False",
            Constant::Ellipsis => "ellipsis",
            _ => "literal",
        },
        ExprKind::Compare { .. } => "comparison",
        ExprKind::IfExp { .. } => "conditional expression",
        ExprKind::NamedExpr { .. } => "named expression",
        ExprKind::Slice { .. } => "slice",
    }
}

/// CPython's `_PyPegen_get_invalid_target`: the first sub-expression that cannot be a target.
pub fn invalid_target(e: &Expr, ctx: TargetCtx) -> Option<&Expr> {
    match &e.kind {
        ExprKind::List(elts) | ExprKind::Tuple(elts) => {
            elts.iter().find_map(|x| invalid_target(x, ctx))
        }
        ExprKind::Starred(inner) => {
            if ctx == TargetCtx::Del {
                Some(e)
            } else {
                invalid_target(inner, ctx)
            }
        }
        ExprKind::Compare {
            left,
            ops,
            comparators,
        } if ctx == TargetCtx::For => {
            // `for x in y in z`: only the part before the first `in` is the target.
            if ops.first() == Some(&crate::ast::CmpOp::In) {
                let _ = comparators;
                invalid_target(left, ctx)
            } else {
                Some(e)
            }
        }
        ExprKind::Name(_) | ExprKind::Subscript { .. } | ExprKind::Attribute { .. } => None,
        _ => Some(e),
    }
}

/// `for`/`with`/comprehension targets, and `del` targets.
pub fn check_target(e: &Expr, ctx: TargetCtx) -> Result<(), LexError> {
    match invalid_target(e, ctx) {
        None => Ok(()),
        Some(bad) => {
            let verb = if ctx == TargetCtx::Del {
                "delete"
            } else {
                "assign to"
            };
            Err(err(format!("cannot {verb} {}", expr_name(bad)), bad))
        }
    }
}

/// Kinds CPython's `invalid_named_expression` treats as a mistyped comparison (`f() = 1`).
fn is_bitwise_or_level(e: &Expr) -> bool {
    match &e.kind {
        ExprKind::Constant(Constant::Bool(_) | Constant::None) => false,
        ExprKind::List(_) | ExprKind::Tuple(_) | ExprKind::GeneratorExp { .. } => false,
        ExprKind::BoolOp { .. }
        | ExprKind::Compare { .. }
        | ExprKind::IfExp { .. }
        | ExprKind::Lambda { .. }
        | ExprKind::NamedExpr { .. }
        | ExprKind::Yield(_)
        | ExprKind::YieldFrom(_)
        | ExprKind::Starred(_) => false,
        ExprKind::UnaryOp { op, .. } => *op != crate::ast::UnaryOp::Not,
        _ => true,
    }
}

/// `t1 = t2 = ... = value`.
pub fn check_assign_targets(targets: &[Expr], value: &Expr) -> Result<(), LexError> {
    for (i, t) in targets.iter().enumerate() {
        if matches!(t.kind, ExprKind::Yield(_) | ExprKind::YieldFrom(_)) {
            return Err(err("assignment to yield expression not possible", t));
        }
        if let Some(bad) = invalid_target(t, TargetCtx::Assign) {
            let simple = i == 0
                && targets.len() == 1
                && std::ptr::eq(bad, t)
                && is_bitwise_or_level(t)
                && !matches!(value.kind, ExprKind::Yield(_) | ExprKind::YieldFrom(_));
            let msg = if simple {
                format!(
                    "cannot assign to {} here. Maybe you meant '==' instead of '='?",
                    expr_name(bad)
                )
            } else {
                format!("cannot assign to {}", expr_name(bad))
            };
            return Err(err(msg, bad));
        }
    }
    Ok(())
}

pub fn check_aug_target(e: &Expr) -> Result<(), LexError> {
    match e.kind {
        ExprKind::Name(_) | ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => Ok(()),
        _ => Err(err(
            format!(
                "'{}' is an illegal expression for augmented assignment",
                expr_name(e)
            ),
            e,
        )),
    }
}

pub fn check_ann_target(e: &Expr) -> Result<(), LexError> {
    match e.kind {
        ExprKind::Name(_) | ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => Ok(()),
        ExprKind::Tuple(_) => Err(err("only single target (not tuple) can be annotated", e)),
        ExprKind::List(_) => Err(err("only single target (not list) can be annotated", e)),
        _ => Err(err("illegal target for annotation", e)),
    }
}

/// The left side of `:=`.
pub fn check_named_target(e: &Expr) -> Result<(), LexError> {
    match e.kind {
        ExprKind::Name(_) => Ok(()),
        _ => Err(err(
            format!("cannot use assignment expressions with {}", expr_name(e)),
            e,
        )),
    }
}
