//! Statements, assignment targets, imports.

use pyrite_object::bytecode::{BinaryOperator, Instr};

use super::{CResult, Compiler, NameCtx, UnitKind};
use crate::ast::*;
use crate::consts::Const;

/// CPython's bytecode operator for an AST operator.
pub(crate) fn binary_operator(op: BinOp) -> BinaryOperator {
    match op {
        BinOp::Add => BinaryOperator::Add,
        BinOp::Sub => BinaryOperator::Subtract,
        BinOp::Mult => BinaryOperator::Multiply,
        BinOp::MatMult => BinaryOperator::MatMultiply,
        BinOp::Div => BinaryOperator::TrueDivide,
        BinOp::FloorDiv => BinaryOperator::FloorDivide,
        BinOp::Mod => BinaryOperator::Remainder,
        BinOp::Pow => BinaryOperator::Power,
        BinOp::LShift => BinaryOperator::LShift,
        BinOp::RShift => BinaryOperator::RShift,
        BinOp::BitAnd => BinaryOperator::And,
        BinOp::BitOr => BinaryOperator::Or,
        BinOp::BitXor => BinaryOperator::Xor,
    }
}

/// What a non-target expression is called in "cannot assign to ..." messages.
fn expr_description(e: &Expr) -> &'static str {
    match &e.kind {
        ExprKind::Call { .. } => "function call",
        ExprKind::Constant(Constant::None) => "None",
        ExprKind::Constant(Constant::Bool(true)) => "True",
        ExprKind::Constant(Constant::Bool(false)) => "False",
        ExprKind::Constant(Constant::Ellipsis) => "ellipsis",
        ExprKind::Constant(_) | ExprKind::JoinedStr(_) | ExprKind::FormattedValue { .. } => {
            "literal"
        }
        ExprKind::Lambda { .. } => "lambda",
        ExprKind::BoolOp { .. } | ExprKind::BinOp { .. } | ExprKind::UnaryOp { .. } => "expression",
        ExprKind::Compare { .. } => "comparison",
        ExprKind::IfExp { .. } => "conditional expression",
        ExprKind::NamedExpr { .. } => "named expression",
        ExprKind::Dict { .. } => "dict literal",
        ExprKind::Set(_) => "set display",
        ExprKind::ListComp { .. } => "list comprehension",
        ExprKind::SetComp { .. } => "set comprehension",
        ExprKind::DictComp { .. } => "dict comprehension",
        ExprKind::GeneratorExp { .. } => "generator expression",
        ExprKind::Await(_) => "await expression",
        ExprKind::Yield(_) | ExprKind::YieldFrom(_) => "yield expression",
        _ => "expression",
    }
}

impl<'a> Compiler<'a> {
    pub(crate) fn compile_stmt(&mut self, s: &'a Stmt) -> CResult {
        let old = self.set_loc(s.span);
        let r = self.compile_stmt_inner(s);
        self.restore_loc(old);
        r
    }

    fn compile_stmt_inner(&mut self, s: &'a Stmt) -> CResult {
        match &s.kind {
            StmtKind::FunctionDef(f) => self.compile_function_def(s, f),
            StmtKind::ClassDef(c) => self.compile_class_def(s, c),
            StmtKind::Return(v) => self.compile_return(v.as_ref(), s.span),
            StmtKind::Delete(targets) => targets.iter().try_for_each(|t| self.compile_delete(t)),
            StmtKind::Assign { targets, value } => self.compile_assign(targets, value),
            StmtKind::AugAssign { target, op, value } => {
                self.compile_aug_assign(target, *op, value, s.span)
            }
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
                simple,
            } => self.compile_ann_assign(target, annotation, value.as_ref(), *simple),
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
                is_async,
            } => {
                if *is_async {
                    self.compile_async_for(target, iter, body, orelse, s.span)
                } else {
                    self.compile_for(target, iter, body, orelse, s.span)
                }
            }
            StmtKind::While { test, body, orelse } => {
                self.compile_while(test, body, orelse, s.span)
            }
            StmtKind::If { test, body, orelse } => self.compile_if(test, body, orelse),
            StmtKind::With {
                items,
                body,
                is_async,
            } => self.compile_with(items, body, *is_async, s.span),
            StmtKind::Raise { exc, cause } => self.compile_raise(exc.as_ref(), cause.as_ref()),
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
                is_star,
            } => self.compile_try(body, handlers, orelse, finalbody, *is_star, s.span),
            StmtKind::Assert { test, msg } => self.compile_assert(test, msg.as_ref()),
            StmtKind::Import(names) => names.iter().try_for_each(|a| self.compile_import(a)),
            StmtKind::ImportFrom {
                module,
                names,
                level,
            } => self.compile_import_from(module.as_deref(), names, *level),
            StmtKind::Global(_) | StmtKind::Nonlocal(_) | StmtKind::Pass => Ok(()),
            StmtKind::Expr(e) => self.compile_expr_stmt(e),
            StmtKind::Break => self.compile_break(s.span),
            StmtKind::Continue => self.compile_continue(s.span),
        }
    }

    fn compile_raise(&mut self, exc: Option<&'a Expr>, cause: Option<&'a Expr>) -> CResult {
        let mut n = 0;
        if let Some(e) = exc {
            self.compile_expr(e)?;
            n += 1;
            if let Some(c) = cause {
                self.compile_expr(c)?;
                n += 1;
            }
        }
        self.emit(Instr::RaiseVarargs(n));
        Ok(())
    }

    fn compile_expr_stmt(&mut self, e: &'a Expr) -> CResult {
        if self.mode == crate::Mode::Single && self.at_top_level() {
            // The REPL shows the value of expression statements.
            self.compile_expr(e)?;
            self.emit(Instr::PrintExpr);
            return Ok(());
        }
        if matches!(e.kind, ExprKind::Constant(_)) {
            // A constant statement (a docstring-like string, `...`) does nothing.
            return Ok(());
        }
        self.compile_expr(e)?;
        self.emit(Instr::PopTop);
        Ok(())
    }

    fn compile_if(&mut self, test: &'a Expr, body: &'a [Stmt], orelse: &'a [Stmt]) -> CResult {
        let end = self.new_label();
        if orelse.is_empty() {
            self.jump_if(test, end, false)?;
            self.compile_stmts(body)?;
        } else {
            let next = self.new_label();
            self.jump_if(test, next, false)?;
            self.compile_stmts(body)?;
            self.emit_jump(Instr::Jump, end);
            self.bind(next);
            self.compile_stmts(orelse)?;
        }
        self.bind(end);
        Ok(())
    }

    fn compile_assert(&mut self, test: &'a Expr, msg: Option<&'a Expr>) -> CResult {
        let end = self.new_label();
        self.jump_if(test, end, true)?;
        self.emit(Instr::LoadAssertionError);
        if let Some(m) = msg {
            self.compile_expr(m)?;
            self.emit(Instr::Call(1));
        }
        self.emit(Instr::RaiseVarargs(1));
        self.bind(end);
        Ok(())
    }

    // ---- assignment ----

    fn compile_assign(&mut self, targets: &'a [Expr], value: &'a Expr) -> CResult {
        if let [target] = targets {
            if self.try_compile_swap_assign(target, value)? {
                return Ok(());
            }
        }
        self.compile_expr(value)?;
        for (i, t) in targets.iter().enumerate() {
            if i + 1 < targets.len() {
                self.emit(Instr::Copy(1));
            }
            self.compile_store(t)?;
        }
        Ok(())
    }

    /// `a, b = b, a` (2 or 3 plain items on both sides): evaluate the values, reverse them with
    /// `Swap`, and store, without building and unpacking a tuple.
    fn try_compile_swap_assign(&mut self, target: &'a Expr, value: &'a Expr) -> CResult<bool> {
        let (ExprKind::Tuple(ts) | ExprKind::List(ts)) = &target.kind else {
            return Ok(false);
        };
        let ExprKind::Tuple(vs) = &value.kind else {
            return Ok(false);
        };
        let starred = |e: &Expr| matches!(e.kind, ExprKind::Starred(_));
        if ts.len() != vs.len()
            || !(2..=3).contains(&ts.len())
            || ts.iter().any(starred)
            || vs.iter().any(starred)
        {
            return Ok(false);
        }
        for v in vs {
            self.compile_expr(v)?;
        }
        let old = self.set_loc(target.span);
        self.emit(Instr::Swap(ts.len() as u32));
        self.restore_loc(old);
        for t in ts {
            self.compile_store(t)?;
        }
        Ok(true)
    }

    /// Store TOS into an assignment target.
    pub(crate) fn compile_store(&mut self, target: &'a Expr) -> CResult {
        let old = self.set_loc(target.span);
        let r = self.compile_store_inner(target);
        self.restore_loc(old);
        r
    }

    fn compile_store_inner(&mut self, target: &'a Expr) -> CResult {
        match &target.kind {
            ExprKind::Name(n) => self.compile_name(n, NameCtx::Store, target.span),
            ExprKind::Attribute { value, attr } => {
                self.compile_expr(value)?;
                let i = self.attr_index(attr);
                self.emit(Instr::StoreAttr(i));
                Ok(())
            }
            ExprKind::Subscript { value, slice } => {
                self.compile_expr(value)?;
                self.compile_expr(slice)?;
                self.emit(Instr::StoreSubscr);
                Ok(())
            }
            ExprKind::Tuple(elts) | ExprKind::List(elts) => {
                self.compile_unpack(elts, target.span)?;
                for e in elts {
                    match &e.kind {
                        ExprKind::Starred(inner) => self.compile_store(inner)?,
                        _ => self.compile_store(e)?,
                    }
                }
                Ok(())
            }
            ExprKind::Starred(_) => self.error(
                "starred assignment target must be in a list or tuple",
                target.span,
            ),
            _ => self.error(
                format!("cannot assign to {}", expr_description(target)),
                target.span,
            ),
        }
    }

    /// `UnpackSequence`, or `UnpackEx` when one element is starred.
    fn compile_unpack(&mut self, elts: &[Expr], span: Span) -> CResult {
        let mut star = None;
        for (i, e) in elts.iter().enumerate() {
            if matches!(e.kind, ExprKind::Starred(_)) {
                if star.is_some() {
                    return self.error("multiple starred expressions in assignment", span);
                }
                star = Some(i);
            }
        }
        match star {
            Some(i) => {
                let before = i;
                let after = elts.len() - i - 1;
                if before >= 256 || after >= 1 << 24 {
                    return self.error("too many expressions in star-unpacking assignment", span);
                }
                self.emit(Instr::UnpackEx((before | (after << 8)) as u32));
            }
            None => self.emit(Instr::UnpackSequence(elts.len() as u32)),
        }
        Ok(())
    }

    fn compile_delete(&mut self, target: &'a Expr) -> CResult {
        let old = self.set_loc(target.span);
        let r = match &target.kind {
            ExprKind::Name(n) => self.compile_name(n, NameCtx::Del, target.span),
            ExprKind::Attribute { value, attr } => {
                self.compile_expr(value)?;
                let i = self.attr_index(attr);
                self.emit(Instr::DeleteAttr(i));
                Ok(())
            }
            ExprKind::Subscript { value, slice } => {
                self.compile_expr(value)?;
                self.compile_expr(slice)?;
                self.emit(Instr::DeleteSubscr);
                Ok(())
            }
            ExprKind::Tuple(elts) | ExprKind::List(elts) => {
                elts.iter().try_for_each(|e| self.compile_delete(e))
            }
            _ => self.error(
                format!("cannot delete {}", expr_description(target)),
                target.span,
            ),
        };
        self.restore_loc(old);
        r
    }

    fn compile_aug_assign(
        &mut self,
        target: &'a Expr,
        op: BinOp,
        value: &'a Expr,
        span: Span,
    ) -> CResult {
        let op = binary_operator(op);
        let old = self.set_loc(target.span);
        match &target.kind {
            ExprKind::Name(n) => {
                self.compile_name(n, NameCtx::Load, target.span)?;
                self.compile_expr(value)?;
                self.set_loc(span);
                self.emit(Instr::InplaceOp(op));
                self.set_loc(target.span);
                self.compile_name(n, NameCtx::Store, target.span)?;
            }
            ExprKind::Attribute { value: obj, attr } => {
                let i = self.attr_index(attr);
                self.compile_expr(obj)?;
                self.emit(Instr::Copy(1));
                self.emit(Instr::LoadAttr(i));
                self.compile_expr(value)?;
                self.set_loc(span);
                self.emit(Instr::InplaceOp(op));
                self.set_loc(target.span);
                // [obj, result] -> [result, obj]
                self.emit(Instr::Swap(2));
                self.emit(Instr::StoreAttr(i));
            }
            ExprKind::Subscript { value: obj, slice } => {
                self.compile_expr(obj)?;
                self.compile_expr(slice)?;
                self.emit(Instr::Copy(2));
                self.emit(Instr::Copy(2));
                self.emit(Instr::BinarySubscr);
                self.compile_expr(value)?;
                self.set_loc(span);
                self.emit(Instr::InplaceOp(op));
                self.set_loc(target.span);
                // [obj, key, result] -> [result, obj, key]
                self.emit(Instr::Swap(3));
                self.emit(Instr::Swap(2));
                self.emit(Instr::StoreSubscr);
            }
            _ => {
                return self.error(
                    format!(
                        "'{}' is an illegal expression for augmented assignment",
                        expr_description(target)
                    ),
                    target.span,
                )
            }
        }
        self.restore_loc(old);
        Ok(())
    }

    fn compile_ann_assign(
        &mut self,
        target: &'a Expr,
        annotation: &'a Expr,
        value: Option<&'a Expr>,
        simple: bool,
    ) -> CResult {
        if let Some(v) = value {
            self.compile_expr(v)?;
            self.compile_store(target)?;
        }
        let at_module_or_class = matches!(self.unit().kind, UnitKind::Module | UnitKind::Class);
        match &target.kind {
            ExprKind::Name(n) => {
                if n == "__debug__" {
                    return self.error("cannot assign to __debug__", target.span);
                }
                // Only simple names at module or class level are recorded.
                if simple && at_module_or_class {
                    self.compile_annotation(annotation)?;
                    let ann = self.name_index("__annotations__");
                    self.emit(Instr::LoadName(ann));
                    let key = self.mangled(n).into_owned();
                    self.load_const(Const::Str(key));
                    self.emit(Instr::StoreSubscr);
                    return Ok(());
                }
            }
            ExprKind::Attribute { value: obj, .. } => {
                if value.is_none() {
                    self.compile_expr(obj)?;
                    self.emit(Instr::PopTop);
                }
            }
            ExprKind::Subscript { value: obj, slice } => {
                if value.is_none() {
                    self.compile_expr(obj)?;
                    self.emit(Instr::PopTop);
                    self.compile_expr(slice)?;
                    self.emit(Instr::PopTop);
                }
            }
            _ => {
                return self.error(
                    format!(
                        "illegal target for annotation: {}",
                        expr_description(target)
                    ),
                    target.span,
                )
            }
        }
        // Annotations of complex targets are evaluated (and dropped) at module/class level.
        if !simple && at_module_or_class && !self.future_annotations {
            self.compile_expr(annotation)?;
            self.emit(Instr::PopTop);
        }
        Ok(())
    }

    /// Push an annotation's value: evaluated, or its source text under
    /// `from __future__ import annotations`.
    pub(crate) fn compile_annotation(&mut self, annotation: &'a Expr) -> CResult {
        if self.future_annotations {
            // CPython unparses the expression; its source text is the same up to spacing.
            let text = match &annotation.kind {
                ExprKind::Constant(Constant::Str(s)) => crate::dis::str_repr(s),
                _ => self.src.slice(annotation.span).to_string(),
            };
            self.load_const(Const::Str(text));
            Ok(())
        } else {
            self.compile_expr(annotation)
        }
    }

    // ---- imports ----

    /// Import instructions keep the statement's location, as in CPython (a failing import
    /// shows the whole statement).
    fn compile_import(&mut self, alias: &'a Alias) -> CResult {
        self.load_const(Const::Int(0.into()));
        self.load_none();
        let i = self.name_index(&alias.name);
        self.emit(Instr::ImportName(i));
        match &alias.asname {
            Some(asname) => {
                // `import a.b.c as d` binds the submodule: walk down with ImportFrom.
                let mut parts = alias.name.split('.').skip(1).peekable();
                let dotted = parts.peek().is_some();
                while let Some(part) = parts.next() {
                    let i = self.name_index(part);
                    self.emit(Instr::ImportFrom(i));
                    if parts.peek().is_some() {
                        self.emit(Instr::Swap(2));
                        self.emit(Instr::PopTop);
                    }
                }
                self.compile_name(asname, NameCtx::Store, alias.span)?;
                if dotted {
                    self.emit(Instr::PopTop);
                }
                Ok(())
            }
            None => {
                let top = alias.name.split('.').next().unwrap_or(&alias.name);
                self.compile_name(top, NameCtx::Store, alias.span)
            }
        }
    }

    fn compile_import_from(
        &mut self,
        module: Option<&str>,
        names: &'a [Alias],
        level: u32,
    ) -> CResult {
        self.load_const(Const::Int(level.into()));
        let fromlist = names.iter().map(|a| Const::Str(a.name.clone())).collect();
        self.load_const(Const::Tuple(fromlist));
        let m = self.name_index(module.unwrap_or(""));
        self.emit(Instr::ImportName(m));
        if let [star] = names {
            if star.name == "*" {
                self.emit(Instr::ImportStar);
                return Ok(());
            }
        }
        for a in names {
            let i = self.name_index(&a.name);
            self.emit(Instr::ImportFrom(i));
            let stored = a.asname.as_deref().unwrap_or(&a.name);
            self.compile_name(stored, NameCtx::Store, a.span)?;
        }
        self.emit(Instr::PopTop);
        Ok(())
    }

    /// Index of an attribute name (mangled for the enclosing class).
    pub(crate) fn attr_index(&mut self, attr: &str) -> u32 {
        let m = self.mangled(attr).into_owned();
        self.name_index(&m)
    }
}
