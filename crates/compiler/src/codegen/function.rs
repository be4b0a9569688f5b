//! Nested code objects: functions, lambdas, classes and comprehensions, and the closures
//! that connect them to the enclosing scope.

use pyrite_object::bytecode::{make_function_flags as mf, Instr};
use pyrite_object::Value;

use super::{docstring, CResult, CompiledUnit, Compiler, NameCtx, UnitKind};
use crate::ast::*;
use crate::consts::Const;
use crate::fold::constant_value;
use crate::symtable::{CompKind, NodeKey, ScopeId, SymbolScope};

impl<'a> Compiler<'a> {
    fn scope_for(&self, key: NodeKey, span: Span) -> CResult<ScopeId> {
        match self.table.scope_of(key) {
            Some(id) => Ok(id),
            None => self.error("internal compiler error: scope not found", span),
        }
    }

    /// CPython rejects parameters named `__debug__`, at the definition.
    fn check_debug_args(&self, args: &Arguments, span: Span) -> CResult {
        let all = args
            .posonlyargs
            .iter()
            .chain(&args.args)
            .chain(&args.vararg)
            .chain(&args.kwonlyargs)
            .chain(&args.kwarg);
        for a in all {
            if a.name == "__debug__" {
                return self.error("cannot assign to __debug__", span);
            }
        }
        Ok(())
    }

    pub(crate) fn compile_function_def(&mut self, s: &'a Stmt, f: &'a FunctionDef) -> CResult {
        self.check_debug_args(&f.args, s.span)?;
        for d in &f.decorators {
            self.compile_expr(d)?;
        }
        // A decorated function's code starts at its first decorator, as in CPython.
        let first_line = match f.decorators.first() {
            Some(d) => self.src.line_of(d.span),
            None => self.src.line_of(s.span),
        };
        let mut flags = self.compile_defaults(&f.args)?;
        if self.compile_annotations(&f.args, f.returns.as_ref())? {
            flags |= mf::ANNOTATIONS;
        }

        let scope = self.scope_for(NodeKey::function(f), s.span)?;
        let kind = if f.is_async {
            UnitKind::AsyncFunction
        } else {
            UnitKind::Function
        };
        self.enter_unit(scope, kind, &f.name, first_line);
        self.set_arg_counts(&f.args);
        let mut body: &'a [Stmt] = &f.body;
        if let Some((doc, _)) = docstring(body) {
            self.unit_mut().doc = Some(doc.to_string());
            body = &body[1..];
        }
        self.compile_stmts(body)?;
        self.load_none();
        self.emit(Instr::ReturnValue);
        let code = self.exit_unit()?;

        self.make_closure(code, flags, s.span)?;
        self.apply_decorators(&f.decorators);
        self.compile_name(&f.name, NameCtx::Store, s.span)
    }

    pub(crate) fn compile_lambda(
        &mut self,
        e: &'a Expr,
        args: &'a Arguments,
        body: &'a Expr,
    ) -> CResult {
        self.check_debug_args(args, e.span)?;
        let flags = self.compile_defaults(args)?;
        let scope = self.scope_for(NodeKey::expr(e), e.span)?;
        let line = self.src.line_of(e.span);
        self.enter_unit(scope, UnitKind::Lambda, "<lambda>", line);
        self.set_arg_counts(args);
        self.compile_expr(body)?;
        if self.table.scopes[scope].generator {
            // `lambda: (yield)`: a generator whose return value is None.
            self.emit(Instr::PopTop);
            self.load_none();
        }
        self.emit(Instr::ReturnValue);
        let code = self.exit_unit()?;
        self.make_closure(code, flags, e.span)
    }

    /// Call the decorators pushed before the function or class, innermost first; each call
    /// is located at its decorator (where a failing decorator is reported).
    fn apply_decorators(&mut self, decorators: &[Expr]) {
        let old = self.unit().loc;
        for d in decorators.iter().rev() {
            self.set_loc(d.span);
            self.emit(Instr::Call(1));
        }
        self.restore_loc(old);
    }

    fn set_arg_counts(&mut self, args: &Arguments) {
        let u = self.unit_mut();
        u.posonlyargcount = args.posonlyargs.len() as u32;
        u.argcount = (args.posonlyargs.len() + args.args.len()) as u32;
        u.kwonlyargcount = args.kwonlyargs.len() as u32;
    }

    /// Push the defaults tuple and keyword-only defaults dict a `def`/`lambda` needs;
    /// returns the `MakeFunction` flags for them.
    fn compile_defaults(&mut self, args: &'a Arguments) -> CResult<u32> {
        let mut flags = 0;
        if !args.defaults.is_empty() {
            match args
                .defaults
                .iter()
                .map(constant_value)
                .collect::<Option<Vec<_>>>()
            {
                Some(values) => self.load_const(Const::Tuple(values)),
                None => {
                    for d in &args.defaults {
                        self.compile_expr(d)?;
                    }
                    self.emit(Instr::BuildTuple(args.defaults.len() as u32));
                }
            }
            flags |= mf::DEFAULTS;
        }
        let mut n = 0;
        for (arg, default) in args.kwonlyargs.iter().zip(&args.kw_defaults) {
            if let Some(d) = default {
                let key = self.mangled(&arg.name).into_owned();
                self.load_const(Const::Str(key));
                self.compile_expr(d)?;
                n += 1;
            }
        }
        if n > 0 {
            self.emit(Instr::BuildMap(n));
            flags |= mf::KWDEFAULTS;
        }
        Ok(flags)
    }

    /// Push the `__annotations__` dict of a function, if it has any annotation (in CPython's
    /// order: regular, positional-only, `*args`, keyword-only, `**kwargs`, return).
    fn compile_annotations(
        &mut self,
        args: &'a Arguments,
        returns: Option<&'a Expr>,
    ) -> CResult<bool> {
        let mut n = 0;
        let all = args
            .args
            .iter()
            .chain(&args.posonlyargs)
            .chain(&args.vararg)
            .chain(&args.kwonlyargs)
            .chain(&args.kwarg);
        for a in all {
            if let Some(ann) = &a.annotation {
                let key = self.mangled(&a.name).into_owned();
                self.load_const(Const::Str(key));
                self.compile_annotation(ann)?;
                n += 1;
            }
        }
        if let Some(r) = returns {
            self.load_const(Const::Str("return".into()));
            self.compile_annotation(r)?;
            n += 1;
        }
        if n > 0 {
            self.emit(Instr::BuildMap(n));
        }
        Ok(n > 0)
    }

    /// Push the function made from `unit`: its closure tuple (if it has free variables),
    /// the code object, then `MakeFunction(flags)` consuming what was pushed before.
    fn make_closure(&mut self, unit: CompiledUnit, mut flags: u32, span: Span) -> CResult {
        if !unit.freevars.is_empty() {
            for name in &unit.freevars {
                let i = self.closure_index(name, span)?;
                self.emit(Instr::LoadClosure(i));
            }
            self.emit(Instr::BuildTuple(unit.freevars.len() as u32));
            flags |= mf::CLOSURE;
        }
        let code = Value::Obj(unit.code.into_object());
        let i = self.unit_mut().consts.add_unique(code);
        self.emit(Instr::LoadConst(i));
        self.emit(Instr::MakeFunction(flags));
        Ok(())
    }

    /// The deref slot in the current unit that provides a nested scope's free variable.
    fn closure_index(&self, name: &str, span: Span) -> CResult<u32> {
        let u = self.unit();
        // A class body's implicit `__class__` cell.
        if u.kind == UnitKind::Class && name == "__class__" {
            return self.deref_index(name, true);
        }
        let cell = self.table.scopes[u.scope].lookup(name) == Some(SymbolScope::Cell);
        self.deref_index(name, cell).or_else(|_| {
            self.error(
                format!("internal compiler error: cannot close over '{name}'"),
                span,
            )
        })
    }

    pub(crate) fn compile_class_def(&mut self, s: &'a Stmt, c: &'a ClassDef) -> CResult {
        self.validate_keywords(&c.keywords, s.span)?;
        for d in &c.decorators {
            self.compile_expr(d)?;
        }
        let first_line = match c.decorators.first() {
            Some(d) => self.src.line_of(d.span),
            None => self.src.line_of(s.span),
        };
        let scope = self.scope_for(NodeKey::class(c), s.span)?;
        self.enter_unit(scope, UnitKind::Class, &c.name, first_line);
        // __module__ = __name__; __qualname__ = '...'
        let name = self.name_index("__name__");
        self.emit(Instr::LoadName(name));
        self.store_special_name("__module__");
        let qualname = self.unit().qualname.clone();
        self.load_const(Const::Str(qualname));
        self.store_special_name("__qualname__");
        self.compile_body(&c.body)?;
        if self.table.scopes[scope].needs_class_closure {
            // Hand the __class__ cell to type creation, which fills it with the new class.
            let cell = self.deref_index("__class__", true)?;
            self.emit(Instr::LoadClosure(cell));
            self.emit(Instr::Copy(1));
            self.store_special_name("__classcell__");
        } else {
            self.load_none();
        }
        self.emit(Instr::ReturnValue);
        let code = self.exit_unit()?;

        // __build_class__(body_function, 'Name', *bases, **keywords)
        self.emit(Instr::LoadBuildClass);
        self.make_closure(code, 0, s.span)?;
        self.load_const(Const::Str(c.name.clone()));
        self.call_helper(2, &c.bases, &c.keywords, s.span)?;
        self.apply_decorators(&c.decorators);
        self.compile_name(&c.name, NameCtx::Store, s.span)
    }

    // ---- comprehensions ----

    /// A comprehension is a nested function taking the outermost iterator as its only
    /// argument `.0`; it is called at once (a generator expression returns the generator).
    pub(crate) fn compile_comprehension(&mut self, e: &'a Expr) -> CResult {
        let (kind, generators, elt, value): (
            CompKind,
            &'a [Comprehension],
            &'a Expr,
            Option<&'a Expr>,
        ) = match &e.kind {
            ExprKind::ListComp { elt, generators } => (CompKind::List, generators, elt, None),
            ExprKind::SetComp { elt, generators } => (CompKind::Set, generators, elt, None),
            ExprKind::GeneratorExp { elt, generators } => {
                (CompKind::Generator, generators, elt, None)
            }
            ExprKind::DictComp {
                key,
                value,
                generators,
            } => (CompKind::Dict, generators, key, Some(value)),
            _ => unreachable!("not a comprehension"),
        };
        let Some(outermost) = generators.first() else {
            return self.error("comprehension without generators", e.span);
        };
        let scope = self.scope_for(NodeKey::expr(e), e.span)?;
        let is_async = self.table.scopes[scope].coroutine;
        if is_async
            && kind != CompKind::Generator
            && !matches!(
                self.unit().kind,
                UnitKind::AsyncFunction | UnitKind::Comprehension
            )
        {
            return self.error(
                "asynchronous comprehension outside of an asynchronous function",
                e.span,
            );
        }

        let line = self.src.line_of(e.span);
        self.enter_unit(scope, UnitKind::Comprehension, kind.scope_name(), line);
        self.unit_mut().argcount = 1;
        match kind {
            CompKind::List => self.emit(Instr::BuildList(0)),
            CompKind::Set => self.emit(Instr::BuildSet(0)),
            CompKind::Dict => self.emit(Instr::BuildMap(0)),
            CompKind::Generator => {}
        }
        self.comprehension_generator(generators, 0, 0, elt, value, kind)?;
        if kind == CompKind::Generator {
            self.load_none();
        }
        self.emit(Instr::ReturnValue);
        let code = self.exit_unit()?;

        self.make_closure(code, 0, e.span)?;
        // Also for `async for` clauses: CPython folds every comprehension iterable.
        self.compile_iterable(&outermost.iter)?;
        if outermost.is_async {
            self.emit(Instr::GetAIter);
        } else {
            self.emit(Instr::GetIter);
        }
        self.emit(Instr::Call(1));
        if is_async && kind != CompKind::Generator {
            self.emit_await();
        }
        Ok(())
    }

    /// One `for` clause (and its `if`s) of a comprehension, then the next clause or the
    /// element. `depth` counts the iterators on the stack above the result collection.
    fn comprehension_generator(
        &mut self,
        generators: &'a [Comprehension],
        index: usize,
        depth: u32,
        elt: &'a Expr,
        value: Option<&'a Expr>,
        kind: CompKind,
    ) -> CResult {
        let g = &generators[index];
        let start = self.new_label();
        let anchor = self.new_label();
        if index == 0 {
            self.compile_name(".0", NameCtx::Load, g.iter.span)?;
        } else {
            self.compile_iterable(&g.iter)?;
            self.emit(if g.is_async {
                Instr::GetAIter
            } else {
                Instr::GetIter
            });
        }
        self.bind(start);
        if g.is_async {
            self.emit_jump(Instr::SetupFinally, anchor);
            self.emit(Instr::GetANext);
            self.emit_await_value();
            self.emit(Instr::PopBlock);
        } else {
            self.emit_jump(Instr::ForIter, anchor);
        }
        let depth = depth + 1;
        self.compile_store(&g.target)?;
        for cond in &g.ifs {
            self.jump_if(cond, start, false)?;
        }
        if index + 1 < generators.len() {
            self.comprehension_generator(generators, index + 1, depth, elt, value, kind)?;
        } else {
            let old = self.set_loc(elt.span);
            match kind {
                CompKind::Generator => {
                    self.compile_expr(elt)?;
                    self.emit(Instr::YieldValue);
                    self.emit(Instr::PopTop);
                }
                CompKind::List => {
                    self.compile_expr(elt)?;
                    self.emit(Instr::ListAppend(depth + 1));
                }
                CompKind::Set => {
                    self.compile_expr(elt)?;
                    self.emit(Instr::SetAdd(depth + 1));
                }
                CompKind::Dict => {
                    self.compile_expr(elt)?;
                    if let Some(v) = value {
                        self.compile_expr(v)?;
                    }
                    self.emit(Instr::MapAdd(depth + 1));
                }
            }
            self.restore_loc(old);
        }
        self.emit_jump(Instr::Jump, start);
        self.bind(anchor);
        if g.is_async {
            // [.., aiter, exc]: StopAsyncIteration ends this loop.
            self.emit(Instr::EndAsyncFor);
        }
        Ok(())
    }

    /// `[awaitable] -> [value]` right after `GetANext` (already an awaitable iterator).
    fn emit_await_value(&mut self) {
        self.load_none();
        self.emit(Instr::YieldFrom);
    }
}
