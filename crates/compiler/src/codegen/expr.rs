//! Expressions: operators, displays, calls, subscripts, f-strings, conditional jumps.

use pyrite_object::bytecode::{ComparisonOperator, FormatConversion, Instr, UnaryOperator};

use super::stmt::binary_operator;
use super::{CResult, Compiler, Label, NameCtx, UnitKind};
use crate::ast::*;
use crate::consts::Const;
use crate::fold::{constant_value, may_fold};

/// Past this many items, displays are built incrementally rather than all on the stack
/// (CPython's `STACK_USE_GUIDELINE`).
const STACK_USE_GUIDELINE: usize = 30;

#[derive(Clone, Copy, PartialEq, Eq)]
enum Collection {
    List,
    Tuple,
    Set,
}

fn comparison_operator(op: CmpOp) -> ComparisonOperator {
    match op {
        CmpOp::Eq => ComparisonOperator::Eq,
        CmpOp::NotEq => ComparisonOperator::Ne,
        CmpOp::Lt => ComparisonOperator::Lt,
        CmpOp::LtE => ComparisonOperator::Le,
        CmpOp::Gt => ComparisonOperator::Gt,
        CmpOp::GtE => ComparisonOperator::Ge,
        CmpOp::Is => ComparisonOperator::Is,
        CmpOp::IsNot => ComparisonOperator::IsNot,
        CmpOp::In => ComparisonOperator::In,
        CmpOp::NotIn => ComparisonOperator::NotIn,
    }
}

fn unary_operator(op: UnaryOp) -> UnaryOperator {
    match op {
        UnaryOp::Invert => UnaryOperator::Invert,
        UnaryOp::Not => UnaryOperator::Not,
        UnaryOp::UAdd => UnaryOperator::Positive,
        UnaryOp::USub => UnaryOperator::Negative,
    }
}

fn is_starred(e: &Expr) -> bool {
    matches!(e.kind, ExprKind::Starred(_))
}

/// The constant values of display items, if all are constants (after folding).
fn constant_items(elts: &[Expr]) -> Option<Vec<Const>> {
    elts.iter().map(constant_value).collect()
}

impl<'a> Compiler<'a> {
    pub(crate) fn compile_expr(&mut self, e: &'a Expr) -> CResult {
        let old = self.set_loc(e.span);
        let r = self.compile_expr_inner(e);
        self.restore_loc(old);
        r
    }

    /// Dispatch only: each kind is compiled by its own function, so that the frames of deeply
    /// nested expressions (`a + b + c + ...`) stay small.
    fn compile_expr_inner(&mut self, e: &'a Expr) -> CResult {
        if may_fold(e) {
            if let Some(c) = constant_value(e) {
                self.load_const(c);
                return Ok(());
            }
        }
        match &e.kind {
            ExprKind::BoolOp { op, values } => self.compile_bool_op(*op, values),
            ExprKind::NamedExpr { target, value } => self.compile_named_expr(target, value),
            ExprKind::BinOp { left, op, right } => self.compile_bin_op(left, *op, right),
            ExprKind::UnaryOp { op, operand } => self.compile_unary_op(*op, operand),
            ExprKind::Lambda { args, body } => self.compile_lambda(e, args, body),
            ExprKind::IfExp { test, body, orelse } => self.compile_if_exp(test, body, orelse),
            ExprKind::Dict { keys, values } => self.compile_dict(keys, values),
            ExprKind::Set(elts) => self.compile_collection(elts, 0, Collection::Set),
            ExprKind::List(elts) => self.compile_collection(elts, 0, Collection::List),
            ExprKind::Tuple(elts) => self.compile_collection(elts, 0, Collection::Tuple),
            ExprKind::ListComp { .. }
            | ExprKind::SetComp { .. }
            | ExprKind::DictComp { .. }
            | ExprKind::GeneratorExp { .. } => self.compile_comprehension(e),
            ExprKind::Await(v) => self.compile_await(v, e.span),
            ExprKind::Yield(v) => self.compile_yield(v.as_deref(), e.span),
            ExprKind::YieldFrom(v) => self.compile_yield_from(v, e.span),
            ExprKind::Compare {
                left,
                ops,
                comparators,
            } => self.compile_compare(left, ops, comparators),
            ExprKind::Call {
                func,
                args,
                keywords,
            } => self.compile_call(e, func, args, keywords),
            ExprKind::FormattedValue {
                value,
                conversion,
                format_spec,
            } => self.compile_formatted_value(value, *conversion, format_spec.as_deref()),
            ExprKind::JoinedStr(parts) => self.compile_joined_str(parts),
            ExprKind::Constant(c) => {
                self.load_const(Const::from_ast(c));
                Ok(())
            }
            ExprKind::Attribute { value, attr } => self.compile_attribute(value, attr),
            ExprKind::Subscript { value, slice } => self.compile_subscript(value, slice),
            ExprKind::Starred(_) => self.error("can't use starred expression here", e.span),
            ExprKind::Name(n) => self.compile_name(n, NameCtx::Load, e.span),
            ExprKind::Slice { lower, upper, step } => {
                self.compile_slice(lower.as_deref(), upper.as_deref(), step.as_deref())
            }
        }
    }

    fn compile_bool_op(&mut self, op: BoolOp, values: &'a [Expr]) -> CResult {
        let end = self.new_label();
        let jump = match op {
            BoolOp::And => Instr::JumpIfFalseOrPop,
            BoolOp::Or => Instr::JumpIfTrueOrPop,
        };
        let (last, init) = values.split_last().expect("BoolOp has values");
        for v in init {
            self.compile_expr(v)?;
            self.emit_jump(jump, end);
        }
        self.compile_expr(last)?;
        self.bind(end);
        Ok(())
    }

    fn compile_named_expr(&mut self, target: &'a Expr, value: &'a Expr) -> CResult {
        self.compile_expr(value)?;
        self.emit(Instr::Copy(1));
        self.compile_store(target)
    }

    fn compile_bin_op(&mut self, left: &'a Expr, op: BinOp, right: &'a Expr) -> CResult {
        self.compile_expr(left)?;
        self.compile_expr(right)?;
        self.emit(Instr::BinaryOp(binary_operator(op)));
        Ok(())
    }

    fn compile_unary_op(&mut self, op: UnaryOp, operand: &'a Expr) -> CResult {
        self.compile_expr(operand)?;
        self.emit(Instr::UnaryOp(unary_operator(op)));
        Ok(())
    }

    fn compile_if_exp(&mut self, test: &'a Expr, body: &'a Expr, orelse: &'a Expr) -> CResult {
        let end = self.new_label();
        let next = self.new_label();
        self.jump_if(test, next, false)?;
        self.compile_expr(body)?;
        self.emit_jump(Instr::Jump, end);
        self.bind(next);
        self.compile_expr(orelse)?;
        self.bind(end);
        Ok(())
    }

    fn compile_await(&mut self, value: &'a Expr, span: Span) -> CResult {
        if !self.unit().kind.is_function_like() {
            return self.error("'await' outside function", span);
        }
        if !matches!(
            self.unit().kind,
            UnitKind::AsyncFunction | UnitKind::Comprehension
        ) {
            return self.error("'await' outside async function", span);
        }
        self.compile_expr(value)?;
        self.emit_await();
        Ok(())
    }

    fn compile_yield(&mut self, value: Option<&'a Expr>, span: Span) -> CResult {
        if !self.unit().kind.is_function_like() {
            return self.error("'yield' outside function", span);
        }
        match value {
            Some(v) => self.compile_expr(v)?,
            None => self.load_none(),
        }
        self.emit(Instr::YieldValue);
        Ok(())
    }

    fn compile_yield_from(&mut self, value: &'a Expr, span: Span) -> CResult {
        if !self.unit().kind.is_function_like() {
            return self.error("'yield' outside function", span);
        }
        if self.unit().kind == UnitKind::AsyncFunction {
            return self.error("'yield from' inside async function", span);
        }
        self.compile_expr(value)?;
        self.emit(Instr::GetYieldFromIter);
        self.load_none();
        self.emit(Instr::YieldFrom);
        Ok(())
    }

    fn compile_joined_str(&mut self, parts: &'a [Expr]) -> CResult {
        match parts {
            [] => self.load_const(Const::Str(String::new())),
            [single] => self.compile_fstring_part(single)?,
            _ => {
                for p in parts {
                    self.compile_fstring_part(p)?;
                }
                self.emit(Instr::BuildString(parts.len() as u32));
            }
        }
        Ok(())
    }

    fn compile_attribute(&mut self, value: &'a Expr, attr: &str) -> CResult {
        self.compile_expr(value)?;
        let i = self.attr_index(attr);
        self.emit(Instr::LoadAttr(i));
        Ok(())
    }

    fn compile_subscript(&mut self, value: &'a Expr, slice: &'a Expr) -> CResult {
        self.compile_expr(value)?;
        self.compile_expr(slice)?;
        self.emit(Instr::BinarySubscr);
        Ok(())
    }

    fn compile_slice(
        &mut self,
        lower: Option<&'a Expr>,
        upper: Option<&'a Expr>,
        step: Option<&'a Expr>,
    ) -> CResult {
        for part in [lower, upper] {
            match part {
                Some(p) => self.compile_expr(p)?,
                None => self.load_none(),
            }
        }
        let mut n = 2;
        if let Some(s) = step {
            self.compile_expr(s)?;
            n = 3;
        }
        self.emit(Instr::BuildSlice(n));
        Ok(())
    }

    // ---- comparisons and conditions ----

    /// An operand only iterated or searched (`for x in [1, 2]`, `x in {1, 2}`): a list display
    /// of constants is a constant tuple, a set display of constants a constant frozenset
    /// (CPython's `fold_iter`).
    pub(crate) fn compile_iterable(&mut self, e: &'a Expr) -> CResult {
        let folded = match &e.kind {
            ExprKind::List(elts) => constant_items(elts).map(Const::Tuple),
            ExprKind::Set(elts) => constant_items(elts).and_then(|c| self.frozenset_const(c)),
            _ => None,
        };
        if let Some(c) = folded {
            let old = self.set_loc(e.span);
            self.load_const(c);
            self.restore_loc(old);
            return Ok(());
        }
        self.compile_expr(e)
    }

    /// The right operand of the *last* comparison of a chain: `in`/`not in` fold it as an
    /// iterable (CPython's `fold_compare`). A middle operand is also the left operand of the
    /// next comparison (`1 in [1] == [1]`), so it keeps its type.
    fn compile_comparator(&mut self, op: CmpOp, e: &'a Expr) -> CResult {
        match op {
            CmpOp::In | CmpOp::NotIn => self.compile_iterable(e),
            _ => self.compile_expr(e),
        }
    }

    fn compile_compare(
        &mut self,
        left: &'a Expr,
        ops: &[CmpOp],
        comparators: &'a [Expr],
    ) -> CResult {
        self.compile_expr(left)?;
        let n = ops.len();
        if n == 1 {
            self.compile_comparator(ops[0], &comparators[0])?;
            self.emit(Instr::CompareOp(comparison_operator(ops[0])));
            return Ok(());
        }
        // a < b < c: each middle operand is evaluated once and kept for the next test.
        let cleanup = self.new_label();
        let end = self.new_label();
        for (op, comparator) in ops.iter().zip(&comparators[..n - 1]) {
            self.compile_expr(comparator)?;
            self.emit(Instr::Swap(2));
            self.emit(Instr::Copy(2));
            self.emit(Instr::CompareOp(comparison_operator(*op)));
            self.emit_jump(Instr::JumpIfFalseOrPop, cleanup);
        }
        self.compile_comparator(ops[n - 1], &comparators[n - 1])?;
        self.emit(Instr::CompareOp(comparison_operator(ops[n - 1])));
        self.emit_jump(Instr::Jump, end);
        // [operand, false result] -> [false result]
        self.bind(cleanup);
        self.emit(Instr::Swap(2));
        self.emit(Instr::PopTop);
        self.bind(end);
        Ok(())
    }

    /// Jump to `target` if `bool(e) == cond`, else fall through; short-circuits `and`, `or`,
    /// `not`, conditional expressions and chained comparisons without materialising values.
    ///
    /// Locations follow CPython 3.11: the jump of a plain test keeps the caller's location,
    /// but a comparison sets the location to itself and leaves it set for what follows in
    /// the statement (so `assert a == b` raises at `a == b`).
    pub(crate) fn jump_if(&mut self, e: &'a Expr, target: Label, cond: bool) -> CResult {
        self.jump_if_inner(e, target, cond)
    }

    fn jump_if_inner(&mut self, e: &'a Expr, target: Label, cond: bool) -> CResult {
        if matches!(e.kind, ExprKind::Constant(_)) || may_fold(e) {
            if let Some(c) = constant_value(e) {
                if c.is_truthy() == cond {
                    self.emit_jump(Instr::Jump, target);
                }
                return Ok(());
            }
        }
        if matches!(e.kind, ExprKind::Compare { .. }) {
            self.set_loc(e.span);
        }
        match &e.kind {
            ExprKind::UnaryOp {
                op: UnaryOp::Not,
                operand,
            } => return self.jump_if(operand, target, !cond),
            ExprKind::BoolOp { op, values } => {
                let is_or = *op == BoolOp::Or;
                // For `or` jumping on true (or `and` on false), each value can jump straight
                // to the target; otherwise a false (true) value skips to the end.
                let skip = if is_or != cond {
                    Some(self.new_label())
                } else {
                    None
                };
                let (last, init) = values.split_last().expect("BoolOp has values");
                for v in init {
                    self.jump_if(v, skip.unwrap_or(target), is_or)?;
                }
                self.jump_if(last, target, cond)?;
                if let Some(s) = skip {
                    self.bind(s);
                }
                return Ok(());
            }
            ExprKind::IfExp { test, body, orelse } => {
                let end = self.new_label();
                let next = self.new_label();
                self.jump_if(test, next, false)?;
                self.jump_if(body, target, cond)?;
                self.emit_jump(Instr::Jump, end);
                self.bind(next);
                self.jump_if(orelse, target, cond)?;
                self.bind(end);
                return Ok(());
            }
            ExprKind::Compare {
                left,
                ops,
                comparators,
            } if ops.len() > 1 => {
                let n = ops.len();
                let cleanup = self.new_label();
                self.compile_expr(left)?;
                for (op, comparator) in ops.iter().zip(&comparators[..n - 1]) {
                    self.compile_expr(comparator)?;
                    self.emit(Instr::Swap(2));
                    self.emit(Instr::Copy(2));
                    self.emit(Instr::CompareOp(comparison_operator(*op)));
                    self.emit_jump(Instr::PopJumpIfFalse, cleanup);
                }
                self.compile_comparator(ops[n - 1], &comparators[n - 1])?;
                self.emit(Instr::CompareOp(comparison_operator(ops[n - 1])));
                let jump = if cond {
                    Instr::PopJumpIfTrue
                } else {
                    Instr::PopJumpIfFalse
                };
                self.emit_jump(jump, target);
                let end = self.new_label();
                self.emit_jump(Instr::Jump, end);
                // A link of the chain was false: drop the kept operand.
                self.bind(cleanup);
                self.emit(Instr::PopTop);
                if !cond {
                    self.emit_jump(Instr::Jump, target);
                }
                self.bind(end);
                return Ok(());
            }
            _ => {}
        }
        self.compile_expr(e)?;
        let jump = if cond {
            Instr::PopJumpIfTrue
        } else {
            Instr::PopJumpIfFalse
        };
        self.emit_jump(jump, target);
        Ok(())
    }

    // ---- displays ----

    /// Build a list, tuple or set from `elts` (which may contain `*iterable`), with `pushed`
    /// items already on the stack to go first (CPython's `starunpack_helper`).
    fn compile_collection(&mut self, elts: &'a [Expr], pushed: u32, kind: Collection) -> CResult {
        let n = elts.len();
        let seen_star = elts.iter().any(is_starred);
        let big = n + pushed as usize > STACK_USE_GUIDELINE;
        // [1, 2, 3] and {1, 2, 3}: extend an empty collection with a constant tuple (list) or
        // frozenset (set; its layout decides the set's iteration order, see `frozenset.rs`).
        if !seen_star && pushed == 0 && n > 2 && kind != Collection::Tuple {
            if let Some(items) = constant_items(elts) {
                if kind == Collection::List {
                    self.emit(Instr::BuildList(0));
                    self.load_const(Const::Tuple(items));
                    self.emit(Instr::ListExtend(1));
                    return Ok(());
                }
                if let Some(frozenset) = self.frozenset_const(items) {
                    self.emit(Instr::BuildSet(0));
                    self.load_const(frozenset);
                    self.emit(Instr::SetUpdate(1));
                    return Ok(());
                }
            }
        }
        let build = |k: Collection, n: u32| match k {
            Collection::List => Instr::BuildList(n),
            Collection::Tuple => Instr::BuildTuple(n),
            Collection::Set => Instr::BuildSet(n),
        };
        if !seen_star && !big {
            for e in elts {
                self.compile_expr(e)?;
            }
            self.emit(build(kind, n as u32 + pushed));
            return Ok(());
        }
        // Incremental: a list (for tuples too, converted at the end) or a set.
        let (start, add, extend) = match kind {
            Collection::Set => (Collection::Set, Instr::SetAdd(1), Instr::SetUpdate(1)),
            _ => (Collection::List, Instr::ListAppend(1), Instr::ListExtend(1)),
        };
        let mut built = false;
        if big {
            self.emit(build(start, pushed));
            built = true;
        }
        for (i, e) in elts.iter().enumerate() {
            if let ExprKind::Starred(inner) = &e.kind {
                if !built {
                    self.emit(build(start, i as u32 + pushed));
                    built = true;
                }
                self.compile_expr(inner)?;
                self.emit(extend);
            } else {
                self.compile_expr(e)?;
                if built {
                    self.emit(add);
                }
            }
        }
        if kind == Collection::Tuple {
            self.emit(Instr::ListToTuple);
        }
        Ok(())
    }

    fn compile_dict(&mut self, keys: &'a [Option<Expr>], values: &'a [Expr]) -> CResult {
        let mut have_dict = false;
        let mut pending = 0u32;
        let flush = |c: &mut Self, pending: &mut u32, have_dict: &mut bool| {
            c.emit(Instr::BuildMap(*pending));
            if *have_dict {
                c.emit(Instr::DictUpdate(1));
            }
            *have_dict = true;
            *pending = 0;
        };
        for (k, v) in keys.iter().zip(values) {
            match k {
                Some(k) => {
                    self.compile_expr(k)?;
                    self.compile_expr(v)?;
                    pending += 1;
                    if pending as usize * 2 > STACK_USE_GUIDELINE {
                        flush(self, &mut pending, &mut have_dict);
                    }
                }
                None => {
                    if pending > 0 {
                        flush(self, &mut pending, &mut have_dict);
                    }
                    if !have_dict {
                        self.emit(Instr::BuildMap(0));
                        have_dict = true;
                    }
                    self.compile_expr(v)?;
                    self.emit(Instr::DictUpdate(1));
                }
            }
        }
        if pending > 0 || !have_dict {
            flush(self, &mut pending, &mut have_dict);
        }
        Ok(())
    }

    // ---- f-strings ----

    fn compile_fstring_part(&mut self, part: &'a Expr) -> CResult {
        match &part.kind {
            ExprKind::Constant(Constant::Str(s)) => {
                self.load_const(Const::Str(s.clone()));
                Ok(())
            }
            _ => self.compile_expr(part),
        }
    }

    fn compile_formatted_value(
        &mut self,
        value: &'a Expr,
        conversion: Conversion,
        spec: Option<&'a Expr>,
    ) -> CResult {
        self.compile_expr(value)?;
        if let Some(s) = spec {
            self.compile_expr(s)?;
        }
        let conversion = match conversion {
            Conversion::None => FormatConversion::None,
            Conversion::Str => FormatConversion::Str,
            Conversion::Repr => FormatConversion::Repr,
            Conversion::Ascii => FormatConversion::Ascii,
        };
        self.emit(Instr::FormatValue {
            conversion,
            has_spec: spec.is_some(),
        });
        Ok(())
    }

    // ---- calls ----

    fn compile_call(
        &mut self,
        call: &'a Expr,
        func: &'a Expr,
        args: &'a [Expr],
        keywords: &'a [Keyword],
    ) -> CResult {
        self.validate_keywords(keywords, call.span)?;
        // o.m(a, b): LoadMethod/CallMethod avoids creating a bound method.
        if let ExprKind::Attribute { value, attr } = &func.kind {
            if keywords.is_empty() && !args.iter().any(is_starred) {
                self.compile_expr(value)?;
                let old = self.set_loc(func.span);
                let i = self.attr_index(attr);
                self.emit(Instr::LoadMethod(i));
                self.restore_loc(old);
                for a in args {
                    self.compile_expr(a)?;
                }
                self.set_loc(call.span);
                self.emit(Instr::CallMethod(args.len() as u32));
                return Ok(());
            }
        }
        self.compile_expr(func)?;
        self.call_helper(0, args, keywords, call.span)
    }

    /// CPython: "keyword argument repeated: x" (at the repeat), and no `__debug__=` (at `at`,
    /// the call).
    pub(crate) fn validate_keywords(&self, keywords: &[Keyword], at: Span) -> CResult {
        for (i, k) in keywords.iter().enumerate() {
            let Some(name) = &k.arg else { continue };
            if name == "__debug__" {
                return self.error("cannot assign to __debug__", at);
            }
            if keywords[i + 1..]
                .iter()
                .any(|other| other.arg.as_ref() == Some(name))
            {
                let dup = keywords[i + 1..]
                    .iter()
                    .find(|o| o.arg.as_ref() == Some(name))
                    .map_or(k.span, |o| o.span);
                return self.error(format!("keyword argument repeated: {name}"), dup);
            }
        }
        Ok(())
    }

    /// Call the callable below `pushed` positional arguments already on the stack, adding
    /// `args` and `keywords`. Uses `Call`, `CallKw`, or, with `*`/`**` unpacking, an argument
    /// tuple and keyword dict for `CallFunctionEx`.
    pub(crate) fn call_helper(
        &mut self,
        pushed: u32,
        args: &'a [Expr],
        keywords: &'a [Keyword],
        call_span: Span,
    ) -> CResult {
        let unpacking = args.iter().any(is_starred) || keywords.iter().any(|k| k.arg.is_none());
        if unpacking {
            return self.call_ex(pushed, args, keywords, call_span);
        }
        for a in args {
            self.compile_expr(a)?;
        }
        let npos = pushed + args.len() as u32;
        if keywords.is_empty() {
            self.set_loc(call_span);
            self.emit(Instr::Call(npos));
            return Ok(());
        }
        let mut names = Vec::with_capacity(keywords.len());
        for k in keywords {
            self.compile_expr(&k.value)?;
            names.push(Const::Str(k.arg.clone().unwrap_or_default()));
        }
        self.set_loc(call_span);
        self.load_const(Const::Tuple(names));
        self.emit(Instr::CallKw(npos + keywords.len() as u32));
        Ok(())
    }

    fn call_ex(
        &mut self,
        pushed: u32,
        args: &'a [Expr],
        keywords: &'a [Keyword],
        call_span: Span,
    ) -> CResult {
        // The positional arguments, always as a tuple.
        if args.iter().any(is_starred) {
            self.compile_star_args(args, pushed)?;
        } else {
            for a in args {
                self.compile_expr(a)?;
            }
            self.emit(Instr::BuildTuple(pushed + args.len() as u32));
        }
        // The keyword arguments: runs of name=value become dicts, merged with each **mapping.
        if !keywords.is_empty() {
            let mut have_dict = false;
            let mut run_start = 0;
            for (i, k) in keywords.iter().enumerate() {
                if k.arg.is_some() {
                    continue;
                }
                if run_start < i {
                    self.compile_keyword_dict(&keywords[run_start..i])?;
                    if have_dict {
                        self.emit(Instr::DictMerge(1));
                    }
                    have_dict = true;
                }
                if !have_dict {
                    self.emit(Instr::BuildMap(0));
                    have_dict = true;
                }
                self.compile_expr(&k.value)?;
                self.emit(Instr::DictMerge(1));
                run_start = i + 1;
            }
            if run_start < keywords.len() {
                self.compile_keyword_dict(&keywords[run_start..])?;
                if have_dict {
                    self.emit(Instr::DictMerge(1));
                }
            }
        }
        self.set_loc(call_span);
        self.emit(Instr::CallFunctionEx(u32::from(!keywords.is_empty())));
        Ok(())
    }

    /// Positional arguments containing `*iterable`: a list extended piece by piece, as a tuple.
    fn compile_star_args(&mut self, args: &'a [Expr], pushed: u32) -> CResult {
        let first_star = args.iter().position(is_starred).unwrap_or(args.len());
        for a in &args[..first_star] {
            self.compile_expr(a)?;
        }
        self.emit(Instr::BuildList(pushed + first_star as u32));
        for a in &args[first_star..] {
            match &a.kind {
                ExprKind::Starred(inner) => {
                    self.compile_expr(inner)?;
                    self.emit(Instr::ListExtend(1));
                }
                _ => {
                    self.compile_expr(a)?;
                    self.emit(Instr::ListAppend(1));
                }
            }
        }
        self.emit(Instr::ListToTuple);
        Ok(())
    }

    fn compile_keyword_dict(&mut self, keywords: &'a [Keyword]) -> CResult {
        for k in keywords {
            self.load_const(Const::Str(k.arg.clone().unwrap_or_default()));
            self.compile_expr(&k.value)?;
        }
        self.emit(Instr::BuildMap(keywords.len() as u32));
        Ok(())
    }
}
