//! `from __future__ import ...`: where it may appear, which features exist, and the one
//! that changes compilation (`annotations`: annotations are kept as strings).

use crate::ast::*;
use crate::source::Source;
use crate::CompileError;

/// Features that are always on in Python 3 but still importable, and `annotations`.
const KNOWN_FEATURES: &[&str] = &[
    "nested_scopes",
    "generators",
    "division",
    "absolute_import",
    "with_statement",
    "print_function",
    "unicode_literals",
    "barry_as_FLUFL",
    "generator_stop",
    "annotations",
];

#[derive(Debug, Default, Clone, Copy)]
pub(crate) struct Features {
    pub(crate) annotations: bool,
}

fn is_future_import(s: &Stmt) -> Option<&[Alias]> {
    match &s.kind {
        StmtKind::ImportFrom {
            module: Some(m),
            names,
            level: 0,
        } if m == "__future__" => Some(names),
        _ => None,
    }
}

/// Future imports must come first in the module (after the docstring).
pub(crate) fn check_future_imports(src: &Source, body: &[Stmt]) -> Result<Features, CompileError> {
    let mut features = Features::default();
    let mut in_prologue = true;
    for (i, s) in body.iter().enumerate() {
        let is_doc = i == 0
            && matches!(
                &s.kind,
                StmtKind::Expr(Expr {
                    kind: ExprKind::Constant(Constant::Str(_)),
                    ..
                })
            );
        match is_future_import(s) {
            Some(names) => {
                if !in_prologue {
                    return Err(src.error(
                        "from __future__ imports must occur at the beginning of the file",
                        s.span,
                    ));
                }
                for a in names {
                    match a.name.as_str() {
                        "annotations" => features.annotations = true,
                        "braces" => return Err(src.error("not a chance", s.span)),
                        n if KNOWN_FEATURES.contains(&n) => {}
                        n => {
                            return Err(
                                src.error(format!("future feature {n} is not defined"), s.span)
                            )
                        }
                    }
                }
            }
            None if is_doc => {}
            None => in_prologue = false,
        }
    }
    Ok(features)
}
