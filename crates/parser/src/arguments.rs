//! Building `def`/`lambda` parameter lists and call argument lists from the flat item lists
//! the grammar produces, with CPython's ordering errors.

use crate::ast::{Arg, Arguments, Comprehension, Constant, Expr, ExprKind, Keyword, Span};
use pyrite_lexer::LexError;

/// One comma-separated item of a parameter list.
#[derive(Debug)]
pub enum ParamItem {
    Plain(Arg, Option<Expr>),
    Slash(Span),
    /// `*args` or a bare `*`.
    Star(Option<Arg>, Span),
    DoubleStar(Arg, Span),
}

fn err_at(msg: &str, span: Span) -> LexError {
    LexError::new(msg, span.start as usize, span.end as usize)
}

pub fn build_arguments(items: Vec<ParamItem>) -> Result<Arguments, LexError> {
    let mut a = Arguments::default();
    let mut seen_slash = false;
    let mut star_span: Option<Span> = None;
    let mut bare_star = false;
    let mut kwarg_seen = false;
    for item in items {
        let span = match &item {
            ParamItem::Plain(arg, _) => arg.span,
            ParamItem::Slash(s) | ParamItem::Star(_, s) | ParamItem::DoubleStar(_, s) => *s,
        };
        if kwarg_seen {
            return Err(err_at("arguments cannot follow var-keyword argument", span));
        }
        match item {
            ParamItem::Plain(arg, default) => {
                if star_span.is_none() {
                    match default {
                        Some(d) => a.defaults.push(d),
                        None if !a.defaults.is_empty() => {
                            return Err(err_at(
                                "non-default argument follows default argument",
                                span,
                            ))
                        }
                        None => {}
                    }
                    a.args.push(arg);
                } else {
                    a.kwonlyargs.push(arg);
                    a.kw_defaults.push(default);
                }
            }
            ParamItem::Slash(_) => {
                if star_span.is_some() {
                    return Err(err_at("/ must be ahead of *", span));
                }
                if seen_slash {
                    return Err(err_at("/ may appear only once", span));
                }
                if a.args.is_empty() {
                    return Err(err_at("at least one argument must precede /", span));
                }
                seen_slash = true;
                a.posonlyargs = std::mem::take(&mut a.args);
            }
            ParamItem::Star(arg, _) => {
                if star_span.is_some() {
                    return Err(err_at("* argument may appear only once", span));
                }
                star_span = Some(span);
                bare_star = arg.is_none();
                a.vararg = arg;
            }
            ParamItem::DoubleStar(arg, _) => {
                if bare_star && a.kwonlyargs.is_empty() {
                    return Err(err_at(
                        "named arguments must follow bare *",
                        star_span.unwrap_or(span),
                    ));
                }
                kwarg_seen = true;
                a.kwarg = Some(arg);
            }
        }
    }
    if bare_star && a.kwonlyargs.is_empty() {
        if let Some(s) = star_span {
            return Err(err_at("named arguments must follow bare *", s));
        }
    }
    Ok(a)
}

/// One comma-separated item of a call's argument list.
#[derive(Debug)]
pub enum ArgItem {
    Positional(Expr),
    /// `*value`, already wrapped in a `Starred` expression.
    Starred(Expr),
    /// `key=value` (the key is validated to be a name when the call is built).
    Keyword(Expr, Expr, Span),
    DoubleStarred(Expr, Span),
    /// `elt for ...` without its own parentheses.
    GenExp(Expr, Vec<Comprehension>, Span),
}

/// Sorts call arguments into positional ones and keywords, with CPython's ordering checks.
/// `paren` is the span of the parentheses, used for a sole generator-expression argument.
pub fn split_args(
    items: Vec<ArgItem>,
    trailing_comma: bool,
    paren: Span,
) -> Result<(Vec<Expr>, Vec<Keyword>), LexError> {
    let mut args = Vec::new();
    let mut keywords: Vec<Keyword> = Vec::new();
    let mut seen_keyword = false;
    let mut seen_double_star = false;
    let n = items.len();
    for item in items {
        match item {
            ArgItem::Positional(e) => {
                if seen_double_star {
                    return Err(err_at(
                        "positional argument follows keyword argument unpacking",
                        e.span,
                    ));
                }
                if seen_keyword {
                    return Err(err_at(
                        "positional argument follows keyword argument",
                        e.span,
                    ));
                }
                args.push(e);
            }
            ArgItem::GenExp(elt, generators, span) => {
                if n > 1 || trailing_comma {
                    return Err(err_at("Generator expression must be parenthesized", span));
                }
                args.push(Expr {
                    span: paren,
                    kind: ExprKind::GeneratorExp {
                        elt: Box::new(elt),
                        generators,
                    },
                });
            }
            ArgItem::Starred(e) => {
                if seen_double_star {
                    return Err(err_at(
                        "iterable argument unpacking follows keyword argument unpacking",
                        e.span,
                    ));
                }
                args.push(e);
            }
            ArgItem::Keyword(key, value, span) => {
                let name = match key.kind {
                    ExprKind::Name(n) => n,
                    ExprKind::Constant(Constant::Bool(b)) => {
                        let what = if b { "True" } else { "False" };
                        return Err(err_at(&format!("cannot assign to {what}"), span));
                    }
                    ExprKind::Constant(Constant::None) => {
                        return Err(err_at("cannot assign to None", span));
                    }
                    _ => {
                        return Err(err_at(
                            "expression cannot contain assignment, perhaps you meant \"==\"?",
                            span,
                        ))
                    }
                };
                if keywords
                    .iter()
                    .any(|k| k.arg.as_deref() == Some(name.as_str()))
                {
                    return Err(err_at(&format!("keyword argument repeated: {name}"), span));
                }
                seen_keyword = true;
                keywords.push(Keyword {
                    arg: Some(name),
                    value,
                    span,
                });
            }
            ArgItem::DoubleStarred(value, span) => {
                seen_double_star = true;
                keywords.push(Keyword {
                    arg: None,
                    value,
                    span,
                });
            }
        }
    }
    Ok((args, keywords))
}
