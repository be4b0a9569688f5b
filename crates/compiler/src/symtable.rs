//! Symbol tables: for every scope (module, class, function, lambda, comprehension), the names
//! it binds and uses, and where each one lives: a fast local, a global, a cell of this scope, or
//! a free variable closed over from an enclosing function.
//!
//! Two passes, after CPython's symtable.c: `Builder` walks the AST recording definitions and
//! uses per scope (raising the declaration errors on the way); `analyze` then resolves every
//! name, pushing the set of names bound by enclosing functions down and the set of free names
//! of nested scopes up.

use std::collections::{BTreeMap, HashMap, HashSet};

use crate::ast::*;
use crate::mangle::mangle;
use crate::source::Source;
use crate::CompileError;

pub type ScopeId = usize;

/// Definition and use flags recorded per name in the first pass.
pub mod flags {
    /// `global x` in this scope.
    pub const DEF_GLOBAL: u32 = 1;
    /// Assigned, deleted, or bound by `for`/`with`/`except`/`def`/`class`.
    pub const DEF_LOCAL: u32 = 2;
    pub const DEF_PARAM: u32 = 4;
    /// `nonlocal x` in this scope.
    pub const DEF_NONLOCAL: u32 = 8;
    /// Read.
    pub const USE: u32 = 0x10;
    /// A class-level name that a method also uses as a free variable of an enclosing function.
    pub const DEF_FREE_CLASS: u32 = 0x40;
    pub const DEF_IMPORT: u32 = 0x80;
    /// Annotated (`x: int`).
    pub const DEF_ANNOT: u32 = 0x100;
    /// An iteration variable of a comprehension.
    pub const DEF_COMP_ITER: u32 = 0x200;
    pub const DEF_BOUND: u32 = DEF_LOCAL | DEF_PARAM | DEF_IMPORT;
}
use flags::*;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ScopeKind {
    Module,
    Class,
    /// Functions, lambdas and comprehensions.
    Function,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CompKind {
    List,
    Set,
    Dict,
    Generator,
}

impl CompKind {
    pub fn scope_name(self) -> &'static str {
        match self {
            CompKind::List => "<listcomp>",
            CompKind::Set => "<setcomp>",
            CompKind::Dict => "<dictcomp>",
            CompKind::Generator => "<genexpr>",
        }
    }
}

/// Where a name lives, once analysed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SymbolScope {
    Local,
    /// Declared `global`.
    GlobalExplicit,
    /// Not bound anywhere enclosing: looked up in globals then builtins.
    GlobalImplicit,
    /// A variable of an enclosing function (or `nonlocal`).
    Free,
    /// A local of this scope that nested scopes close over.
    Cell,
}

#[derive(Debug, Clone, Copy)]
pub struct Symbol {
    pub flags: u32,
    pub scope: SymbolScope,
}

#[derive(Debug)]
pub struct Scope {
    pub kind: ScopeKind,
    pub name: String,
    pub symbols: BTreeMap<String, Symbol>,
    /// Parameter names in slot order (mangled).
    pub params: Vec<String>,
    pub children: Vec<ScopeId>,
    /// Inside a function (possibly indirectly).
    pub nested: bool,
    pub generator: bool,
    pub coroutine: bool,
    pub comprehension: Option<CompKind>,
    pub is_lambda: bool,
    pub varargs: bool,
    pub varkeywords: bool,
    /// A class whose methods use `super()` or `__class__`: it gets a `__class__` cell.
    pub needs_class_closure: bool,
    pub has_free: bool,
    pub child_free: bool,
    comp_iter_target: bool,
    comp_iter_expr: u32,
    /// Where `global`/`nonlocal` declared a name, for error locations.
    directives: HashMap<String, Span>,
}

impl Scope {
    fn new(kind: ScopeKind, name: &str, nested: bool) -> Scope {
        Scope {
            kind,
            name: name.to_string(),
            symbols: BTreeMap::new(),
            params: Vec::new(),
            children: Vec::new(),
            nested,
            generator: false,
            coroutine: false,
            comprehension: None,
            is_lambda: false,
            varargs: false,
            varkeywords: false,
            needs_class_closure: false,
            has_free: false,
            child_free: false,
            comp_iter_target: false,
            comp_iter_expr: 0,
            directives: HashMap::new(),
        }
    }

    /// The analysed scope of an (already mangled) name, if the scope knows it.
    pub fn lookup(&self, name: &str) -> Option<SymbolScope> {
        self.symbols.get(name).map(|s| s.scope)
    }

    pub fn flags_of(&self, name: &str) -> u32 {
        self.symbols.get(name).map_or(0, |s| s.flags)
    }

    /// Names living in cells of this scope, sorted (CPython's `co_cellvars` order).
    pub fn cellvars(&self) -> Vec<String> {
        if self.kind == ScopeKind::Class {
            return if self.needs_class_closure {
                vec!["__class__".to_string()]
            } else {
                Vec::new()
            };
        }
        self.symbols
            .iter()
            .filter(|(_, s)| s.scope == SymbolScope::Cell)
            .map(|(n, _)| n.clone())
            .collect()
    }

    /// Free variables, sorted. A class also passes through names it binds itself that a
    /// method closes over from an enclosing function (`DEF_FREE_CLASS`).
    pub fn freevars(&self) -> Vec<String> {
        self.symbols
            .iter()
            .filter(|(_, s)| s.scope == SymbolScope::Free || s.flags & DEF_FREE_CLASS != 0)
            .map(|(n, _)| n.clone())
            .collect()
    }
}

/// Identifies the AST node that opened a scope (by address: the AST is borrowed, so
/// addresses are stable for the whole compilation).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum NodeKey {
    Function(usize),
    Class(usize),
    Expr(usize),
}

impl NodeKey {
    pub fn function(f: &FunctionDef) -> NodeKey {
        NodeKey::Function(f as *const FunctionDef as usize)
    }
    pub fn class(c: &ClassDef) -> NodeKey {
        NodeKey::Class(c as *const ClassDef as usize)
    }
    pub fn expr(e: &Expr) -> NodeKey {
        NodeKey::Expr(e as *const Expr as usize)
    }
}

#[derive(Debug)]
pub struct SymbolTable {
    pub scopes: Vec<Scope>,
    nodes: HashMap<NodeKey, ScopeId>,
}

pub const MODULE_SCOPE: ScopeId = 0;

impl SymbolTable {
    /// Build and analyse the table of a module (or of a single expression in eval mode).
    pub(crate) fn build(
        src: &Source,
        body: &[Stmt],
        future_annotations: bool,
    ) -> Result<SymbolTable, CompileError> {
        let mut b = Builder::new(src, future_annotations);
        for s in body {
            b.visit_stmt(s)?;
        }
        b.finish()
    }

    pub(crate) fn build_expression(src: &Source, expr: &Expr) -> Result<SymbolTable, CompileError> {
        let mut b = Builder::new(src, false);
        b.visit_expr(expr)?;
        b.finish()
    }

    pub fn scope_of(&self, key: NodeKey) -> Option<ScopeId> {
        self.nodes.get(&key).copied()
    }
}

struct Builder<'s, 'a> {
    src: &'s Source<'a>,
    table: SymbolTable,
    stack: Vec<ScopeId>,
    /// The enclosing class name, for private name mangling.
    private: Option<String>,
    future_annotations: bool,
    /// Current statement + expression nesting, bounded so that the recursive passes cannot
    /// overflow the native stack.
    depth: u32,
}

/// CPython raises RecursionError at about 2000-3000 levels; this bound keeps every pass safe
/// on a 2 MiB thread stack even in debug builds.
const MAX_NESTING: u32 = 1200;

fn err<T>(src: &Source, msg: impl Into<String>, span: Span) -> Result<T, CompileError> {
    Err(src.error(msg, span))
}

impl<'s, 'a> Builder<'s, 'a> {
    fn new(src: &'s Source<'a>, future_annotations: bool) -> Self {
        Builder {
            src,
            table: SymbolTable {
                scopes: vec![Scope::new(ScopeKind::Module, "top", false)],
                nodes: HashMap::new(),
            },
            stack: vec![MODULE_SCOPE],
            private: None,
            future_annotations,
            depth: 0,
        }
    }

    fn finish(mut self) -> Result<SymbolTable, CompileError> {
        let src = self.src;
        Analyzer {
            src,
            scopes: &mut self.table.scopes,
        }
        .analyze_block(MODULE_SCOPE, None, HashSet::new())?;
        Ok(self.table)
    }

    fn cur_id(&self) -> ScopeId {
        *self.stack.last().expect("scope stack is never empty")
    }

    fn cur(&mut self) -> &mut Scope {
        let id = self.cur_id();
        &mut self.table.scopes[id]
    }

    fn enter(&mut self, kind: ScopeKind, name: &str, key: NodeKey) -> ScopeId {
        let parent = &self.table.scopes[self.cur_id()];
        let nested = parent.nested || parent.kind == ScopeKind::Function;
        let id = self.table.scopes.len();
        self.table.scopes.push(Scope::new(kind, name, nested));
        let parent_id = self.cur_id();
        self.table.scopes[parent_id].children.push(id);
        self.table.nodes.insert(key, id);
        self.stack.push(id);
        id
    }

    fn exit(&mut self) {
        self.stack.pop();
    }

    fn lookup_flags(&self, name: &str) -> u32 {
        let m = mangle(self.private.as_deref(), name);
        self.table.scopes[self.cur_id()].flags_of(&m)
    }

    fn add_def(&mut self, name: &str, flag: u32, span: Span) -> Result<(), CompileError> {
        let id = self.cur_id();
        self.add_def_in(id, name, flag, span)
    }

    fn add_def_in(
        &mut self,
        id: ScopeId,
        name: &str,
        flag: u32,
        span: Span,
    ) -> Result<(), CompileError> {
        let mangled = mangle(self.private.as_deref(), name).into_owned();
        let scope = &mut self.table.scopes[id];
        let mut val = match scope.symbols.get(&mangled) {
            Some(s) => {
                if flag & DEF_PARAM != 0 && s.flags & DEF_PARAM != 0 {
                    return err(
                        self.src,
                        format!("duplicate argument '{name}' in function definition"),
                        span,
                    );
                }
                s.flags | flag
            }
            None => flag,
        };
        if scope.comp_iter_target {
            if val & (DEF_GLOBAL | DEF_NONLOCAL) != 0 {
                return err(
                    self.src,
                    format!(
                        "comprehension inner loop cannot rebind assignment expression target '{name}'"
                    ),
                    span,
                );
            }
            val |= DEF_COMP_ITER;
        }
        scope.symbols.insert(
            mangled.clone(),
            Symbol {
                flags: val,
                scope: SymbolScope::GlobalImplicit,
            },
        );
        if flag & DEF_PARAM != 0 {
            scope.params.push(mangled);
        } else if flag & DEF_GLOBAL != 0 {
            // A global declaration anywhere also marks the name in the module scope.
            let module = &mut self.table.scopes[MODULE_SCOPE];
            let entry = module.symbols.entry(mangled).or_insert(Symbol {
                flags: 0,
                scope: SymbolScope::GlobalImplicit,
            });
            entry.flags |= flag;
        }
        Ok(())
    }

    fn visit_body(&mut self, body: &[Stmt]) -> Result<(), CompileError> {
        for s in body {
            self.visit_stmt(s)?;
        }
        Ok(())
    }

    fn visit_exprs(&mut self, exprs: &[Expr]) -> Result<(), CompileError> {
        for e in exprs {
            self.visit_expr(e)?;
        }
        Ok(())
    }

    fn visit_stmt(&mut self, s: &Stmt) -> Result<(), CompileError> {
        self.depth += 1;
        if self.depth > MAX_NESTING {
            return err(
                self.src,
                "maximum recursion depth exceeded during compilation",
                s.span,
            );
        }
        let r = self.visit_stmt_kind(s);
        self.depth -= 1;
        r
    }

    /// Dispatch only (compound statements nest deeply, as in long `elif` chains): each kind
    /// is handled by its own function so this frame stays small.
    fn visit_stmt_kind(&mut self, s: &Stmt) -> Result<(), CompileError> {
        match &s.kind {
            StmtKind::FunctionDef(f) => self.visit_function_def(f, s.span),
            StmtKind::ClassDef(c) => self.visit_class_def(c, s.span),
            StmtKind::Return(v) => self.visit_opt(v.as_ref()),
            StmtKind::Delete(targets) => self.visit_targets(targets),
            StmtKind::Assign { targets, value } => {
                self.visit_targets(targets)?;
                self.visit_expr(value)
            }
            StmtKind::AugAssign { target, value, .. } => {
                self.visit_target(target)?;
                self.visit_expr(value)
            }
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
                simple,
            } => self.visit_ann_assign(target, annotation, value.as_ref(), *simple, s.span),
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
                ..
            } => {
                self.visit_target(target)?;
                self.visit_expr(iter)?;
                self.visit_body(body)?;
                self.visit_body(orelse)
            }
            StmtKind::While { test, body, orelse } | StmtKind::If { test, body, orelse } => {
                self.visit_expr(test)?;
                self.visit_body(body)?;
                self.visit_body(orelse)
            }
            StmtKind::With { items, body, .. } => self.visit_with(items, body),
            StmtKind::Raise { exc, cause } => {
                self.visit_opt(exc.as_ref())?;
                self.visit_opt(cause.as_ref())
            }
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
                ..
            } => self.visit_try(body, handlers, orelse, finalbody),
            StmtKind::Assert { test, msg } => {
                self.visit_expr(test)?;
                self.visit_opt(msg.as_ref())
            }
            StmtKind::Import(names) => self.visit_imports(names),
            StmtKind::ImportFrom { names, .. } => self.visit_imports(names),
            StmtKind::Global(names) => self.visit_declaration(names, DEF_GLOBAL, s.span),
            StmtKind::Nonlocal(names) => self.visit_declaration(names, DEF_NONLOCAL, s.span),
            StmtKind::Expr(e) => self.visit_expr(e),
            StmtKind::Pass | StmtKind::Break | StmtKind::Continue => Ok(()),
        }
    }

    fn visit_opt(&mut self, e: Option<&Expr>) -> Result<(), CompileError> {
        match e {
            Some(e) => self.visit_expr(e),
            None => Ok(()),
        }
    }

    fn visit_targets(&mut self, targets: &[Expr]) -> Result<(), CompileError> {
        for t in targets {
            self.visit_target(t)?;
        }
        Ok(())
    }

    fn visit_function_def(&mut self, f: &FunctionDef, span: Span) -> Result<(), CompileError> {
        self.add_def(&f.name, DEF_LOCAL, span)?;
        self.visit_defaults(&f.args)?;
        self.visit_annotations(&f.args, f.returns.as_ref())?;
        self.visit_exprs(&f.decorators)?;
        self.enter(ScopeKind::Function, &f.name, NodeKey::function(f));
        self.cur().coroutine = f.is_async;
        self.visit_params(&f.args)?;
        self.visit_body(&f.body)?;
        self.exit();
        Ok(())
    }

    fn visit_class_def(&mut self, c: &ClassDef, span: Span) -> Result<(), CompileError> {
        self.add_def(&c.name, DEF_LOCAL, span)?;
        self.visit_exprs(&c.bases)?;
        for k in &c.keywords {
            self.visit_expr(&k.value)?;
        }
        self.visit_exprs(&c.decorators)?;
        self.enter(ScopeKind::Class, &c.name, NodeKey::class(c));
        let saved = self.private.replace(c.name.clone());
        let r = self.visit_body(&c.body);
        self.private = saved;
        r?;
        self.exit();
        Ok(())
    }

    fn visit_ann_assign(
        &mut self,
        target: &Expr,
        annotation: &Expr,
        value: Option<&Expr>,
        simple: bool,
        span: Span,
    ) -> Result<(), CompileError> {
        if let ExprKind::Name(n) = &target.kind {
            let cur = self.lookup_flags(n);
            if cur & (DEF_GLOBAL | DEF_NONLOCAL) != 0 && self.cur_id() != MODULE_SCOPE && simple {
                let what = if cur & DEF_GLOBAL != 0 {
                    "global"
                } else {
                    "nonlocal"
                };
                return err(
                    self.src,
                    format!("annotated name '{n}' can't be {what}"),
                    span,
                );
            }
            if simple {
                self.add_def(n, DEF_ANNOT | DEF_LOCAL, target.span)?;
            } else if value.is_some() {
                self.add_def(n, DEF_LOCAL, target.span)?;
            }
        } else {
            self.visit_target(target)?;
        }
        self.visit_annotation(annotation)?;
        self.visit_opt(value)
    }

    fn visit_with(&mut self, items: &[WithItem], body: &[Stmt]) -> Result<(), CompileError> {
        for item in items {
            self.visit_expr(&item.context_expr)?;
            if let Some(v) = &item.optional_vars {
                self.visit_target(v)?;
            }
        }
        self.visit_body(body)
    }

    fn visit_try(
        &mut self,
        body: &[Stmt],
        handlers: &[ExceptHandler],
        orelse: &[Stmt],
        finalbody: &[Stmt],
    ) -> Result<(), CompileError> {
        self.visit_body(body)?;
        self.visit_body(orelse)?;
        for h in handlers {
            self.visit_opt(h.typ.as_ref())?;
            if let Some(n) = &h.name {
                self.add_def(n, DEF_LOCAL, h.span)?;
            }
            self.visit_body(&h.body)?;
        }
        self.visit_body(finalbody)
    }

    fn visit_imports(&mut self, names: &[Alias]) -> Result<(), CompileError> {
        for a in names {
            if a.name == "*" {
                if self.table.scopes[self.cur_id()].kind != ScopeKind::Module {
                    return err(self.src, "import * only allowed at module level", a.span);
                }
                continue;
            }
            self.visit_alias(a)?;
        }
        Ok(())
    }

    fn visit_declaration(
        &mut self,
        names: &[String],
        flag: u32,
        span: Span,
    ) -> Result<(), CompileError> {
        let what = if flag == DEF_GLOBAL {
            "global"
        } else {
            "nonlocal"
        };
        for name in names {
            let cur = self.lookup_flags(name);
            if cur & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT) != 0 {
                let msg = if cur & DEF_PARAM != 0 {
                    format!("name '{name}' is parameter and {what}")
                } else if cur & USE != 0 {
                    format!("name '{name}' is used prior to {what} declaration")
                } else if cur & DEF_ANNOT != 0 {
                    format!("annotated name '{name}' can't be {what}")
                } else {
                    format!("name '{name}' is assigned to before {what} declaration")
                };
                return err(self.src, msg, span);
            }
            self.add_def(name, flag, span)?;
            let m = mangle(self.private.as_deref(), name).into_owned();
            self.cur().directives.entry(m).or_insert(span);
        }
        Ok(())
    }

    fn visit_alias(&mut self, a: &Alias) -> Result<(), CompileError> {
        let stored = match &a.asname {
            Some(n) => n.as_str(),
            None => a.name.split('.').next().unwrap_or(&a.name),
        };
        self.add_def(stored, DEF_IMPORT, a.span)
    }

    fn visit_defaults(&mut self, args: &Arguments) -> Result<(), CompileError> {
        self.visit_exprs(&args.defaults)?;
        for d in args.kw_defaults.iter().flatten() {
            self.visit_expr(d)?;
        }
        Ok(())
    }

    fn visit_annotation(&mut self, e: &Expr) -> Result<(), CompileError> {
        // Under `from __future__ import annotations` annotations are strings: no names used.
        if self.future_annotations {
            return Ok(());
        }
        self.visit_expr(e)
    }

    fn visit_annotations(
        &mut self,
        args: &Arguments,
        returns: Option<&Expr>,
    ) -> Result<(), CompileError> {
        let all = args
            .posonlyargs
            .iter()
            .chain(&args.args)
            .chain(&args.vararg)
            .chain(&args.kwonlyargs)
            .chain(&args.kwarg);
        for a in all {
            if let Some(ann) = &a.annotation {
                self.visit_annotation(ann)?;
            }
        }
        if let Some(r) = returns {
            self.visit_annotation(r)?;
        }
        Ok(())
    }

    fn visit_params(&mut self, args: &Arguments) -> Result<(), CompileError> {
        for a in args
            .posonlyargs
            .iter()
            .chain(&args.args)
            .chain(&args.kwonlyargs)
        {
            self.add_def(&a.name, DEF_PARAM, a.span)?;
        }
        if let Some(a) = &args.vararg {
            self.add_def(&a.name, DEF_PARAM, a.span)?;
            self.cur().varargs = true;
        }
        if let Some(a) = &args.kwarg {
            self.add_def(&a.name, DEF_PARAM, a.span)?;
            self.cur().varkeywords = true;
        }
        Ok(())
    }

    /// An assignment (or `del`) target.
    fn visit_target(&mut self, e: &Expr) -> Result<(), CompileError> {
        match &e.kind {
            ExprKind::Name(n) => self.add_def(n, DEF_LOCAL, e.span),
            ExprKind::Tuple(elts) | ExprKind::List(elts) => {
                elts.iter().try_for_each(|t| self.visit_target(t))
            }
            ExprKind::Starred(inner) => self.visit_target(inner),
            // Attribute and subscript targets only read names; anything else is rejected by
            // the code generator with the right message.
            _ => self.visit_expr(e),
        }
    }

    fn visit_expr(&mut self, e: &Expr) -> Result<(), CompileError> {
        self.depth += 1;
        if self.depth > MAX_NESTING {
            return err(
                self.src,
                "maximum recursion depth exceeded during compilation",
                e.span,
            );
        }
        let r = self.visit_expr_kind(e);
        self.depth -= 1;
        r
    }

    /// Dispatch only, keeping the frame small for deeply nested expressions.
    fn visit_expr_kind(&mut self, e: &Expr) -> Result<(), CompileError> {
        match &e.kind {
            ExprKind::BoolOp { values, .. }
            | ExprKind::Set(values)
            | ExprKind::List(values)
            | ExprKind::Tuple(values)
            | ExprKind::JoinedStr(values) => self.visit_exprs(values),
            ExprKind::NamedExpr { target, value } => self.visit_named_expr(target, value, e),
            ExprKind::BinOp { left, right, .. } => self.visit_pair(left, right),
            ExprKind::UnaryOp { operand: v, .. }
            | ExprKind::Attribute { value: v, .. }
            | ExprKind::Starred(v) => self.visit_expr(v),
            ExprKind::Lambda { args, body } => self.visit_lambda(e, args, body),
            ExprKind::IfExp { test, body, orelse } => self.visit_if_exp(test, body, orelse),
            ExprKind::Dict { keys, values } => self.visit_dict(keys, values),
            ExprKind::ListComp { elt, generators } => {
                self.visit_comprehension(e, CompKind::List, generators, elt, None)
            }
            ExprKind::SetComp { elt, generators } => {
                self.visit_comprehension(e, CompKind::Set, generators, elt, None)
            }
            ExprKind::GeneratorExp { elt, generators } => {
                self.visit_comprehension(e, CompKind::Generator, generators, elt, None)
            }
            ExprKind::DictComp {
                key,
                value,
                generators,
            } => self.visit_comprehension(e, CompKind::Dict, generators, key, Some(value)),
            ExprKind::Await(v) => self.visit_await(v),
            ExprKind::Yield(v) => self.visit_yield(v.as_deref(), e),
            ExprKind::YieldFrom(v) => self.visit_yield(Some(v), e),
            ExprKind::Compare {
                left, comparators, ..
            } => self.visit_compare(left, comparators),
            ExprKind::Call {
                func,
                args,
                keywords,
            } => self.visit_call(func, args, keywords),
            ExprKind::FormattedValue {
                value, format_spec, ..
            } => self.visit_formatted_value(value, format_spec.as_deref()),
            ExprKind::Constant(_) => Ok(()),
            ExprKind::Subscript { value, slice } => self.visit_pair(value, slice),
            ExprKind::Name(n) => self.visit_name(n, e.span),
            ExprKind::Slice { lower, upper, step } => {
                for part in [lower, upper, step].into_iter().flatten() {
                    self.visit_expr(part)?;
                }
                Ok(())
            }
        }
    }

    fn visit_pair(&mut self, a: &Expr, b: &Expr) -> Result<(), CompileError> {
        self.visit_expr(a)?;
        self.visit_expr(b)
    }

    fn visit_lambda(
        &mut self,
        e: &Expr,
        args: &Arguments,
        body: &Expr,
    ) -> Result<(), CompileError> {
        self.visit_defaults(args)?;
        self.enter(ScopeKind::Function, "lambda", NodeKey::expr(e));
        self.cur().is_lambda = true;
        self.visit_params(args)?;
        self.visit_expr(body)?;
        self.exit();
        Ok(())
    }

    fn visit_if_exp(
        &mut self,
        test: &Expr,
        body: &Expr,
        orelse: &Expr,
    ) -> Result<(), CompileError> {
        self.visit_expr(test)?;
        self.visit_expr(body)?;
        self.visit_expr(orelse)
    }

    fn visit_dict(&mut self, keys: &[Option<Expr>], values: &[Expr]) -> Result<(), CompileError> {
        for (k, v) in keys.iter().zip(values) {
            if let Some(k) = k {
                self.visit_expr(k)?;
            }
            self.visit_expr(v)?;
        }
        Ok(())
    }

    fn visit_await(&mut self, value: &Expr) -> Result<(), CompileError> {
        self.visit_expr(value)?;
        self.cur().coroutine = true;
        Ok(())
    }

    fn visit_compare(&mut self, left: &Expr, comparators: &[Expr]) -> Result<(), CompileError> {
        self.visit_expr(left)?;
        self.visit_exprs(comparators)
    }

    fn visit_call(
        &mut self,
        func: &Expr,
        args: &[Expr],
        keywords: &[Keyword],
    ) -> Result<(), CompileError> {
        self.visit_expr(func)?;
        self.visit_exprs(args)?;
        keywords.iter().try_for_each(|k| self.visit_expr(&k.value))
    }

    fn visit_formatted_value(
        &mut self,
        value: &Expr,
        spec: Option<&Expr>,
    ) -> Result<(), CompileError> {
        self.visit_expr(value)?;
        match spec {
            Some(s) => self.visit_expr(s),
            None => Ok(()),
        }
    }

    fn visit_name(&mut self, name: &str, span: Span) -> Result<(), CompileError> {
        self.add_def(name, USE, span)?;
        // Zero-argument super() needs the implicit __class__ cell.
        if name == "super" && self.table.scopes[self.cur_id()].kind == ScopeKind::Function {
            self.add_def("__class__", USE, span)?;
        }
        Ok(())
    }

    fn visit_yield(&mut self, value: Option<&Expr>, e: &Expr) -> Result<(), CompileError> {
        if let Some(v) = value {
            self.visit_expr(v)?;
        }
        let scope = self.cur();
        scope.generator = true;
        if let Some(kind) = scope.comprehension {
            let what = match kind {
                CompKind::List => "list comprehension",
                CompKind::Set => "set comprehension",
                CompKind::Dict => "dict comprehension",
                CompKind::Generator => "generator expression",
            };
            return err(self.src, format!("'yield' inside {what}"), e.span);
        }
        Ok(())
    }

    fn visit_named_expr(
        &mut self,
        target: &Expr,
        value: &Expr,
        e: &Expr,
    ) -> Result<(), CompileError> {
        if self.table.scopes[self.cur_id()].comp_iter_expr > 0 {
            return err(
                self.src,
                "assignment expression cannot be used in a comprehension iterable expression",
                e.span,
            );
        }
        if self.table.scopes[self.cur_id()].comprehension.is_some() {
            self.extend_named_expr_scope(target)?;
        }
        self.visit_expr(value)?;
        self.visit_target(target)
    }

    /// A walrus inside a comprehension binds in the nearest enclosing function (or module).
    fn extend_named_expr_scope(&mut self, target: &Expr) -> Result<(), CompileError> {
        let ExprKind::Name(name) = &target.kind else {
            return Ok(());
        };
        let mangled = mangle(self.private.as_deref(), name).into_owned();
        for &id in self.stack.clone().iter().rev() {
            let scope = &self.table.scopes[id];
            if scope.comprehension.is_some() {
                if scope.flags_of(&mangled) & DEF_COMP_ITER != 0 {
                    return err(
                        self.src,
                        format!(
                            "assignment expression cannot rebind comprehension iteration variable '{name}'"
                        ),
                        target.span,
                    );
                }
                continue;
            }
            match scope.kind {
                ScopeKind::Function => {
                    let decl = if scope.flags_of(&mangled) & DEF_GLOBAL != 0 {
                        DEF_GLOBAL
                    } else {
                        DEF_NONLOCAL
                    };
                    self.add_def(name, decl, target.span)?;
                    self.cur().directives.entry(mangled).or_insert(target.span);
                    return self.add_def_in(id, name, DEF_LOCAL, target.span);
                }
                ScopeKind::Module => {
                    self.add_def(name, DEF_GLOBAL, target.span)?;
                    self.cur().directives.entry(mangled).or_insert(target.span);
                    return self.add_def_in(id, name, DEF_GLOBAL, target.span);
                }
                ScopeKind::Class => {
                    return err(
                        self.src,
                        "assignment expression within a comprehension cannot be used in a class body",
                        target.span,
                    );
                }
            }
        }
        Ok(())
    }

    fn visit_comprehension(
        &mut self,
        e: &Expr,
        kind: CompKind,
        generators: &[Comprehension],
        elt: &Expr,
        value: Option<&Expr>,
    ) -> Result<(), CompileError> {
        let Some(outermost) = generators.first() else {
            return Ok(());
        };
        // The outermost iterable is evaluated in the enclosing scope.
        self.cur().comp_iter_expr += 1;
        self.visit_expr(&outermost.iter)?;
        self.cur().comp_iter_expr -= 1;

        self.enter(ScopeKind::Function, kind.scope_name(), NodeKey::expr(e));
        self.cur().comprehension = Some(kind);
        if outermost.is_async {
            self.cur().coroutine = true;
        }
        // The outermost iterator is the implicit parameter `.0`.
        self.add_def(".0", DEF_PARAM, e.span)?;
        self.cur().comp_iter_target = true;
        self.visit_target(&outermost.target)?;
        self.cur().comp_iter_target = false;
        self.visit_exprs(&outermost.ifs)?;
        for g in &generators[1..] {
            self.cur().comp_iter_target = true;
            self.visit_target(&g.target)?;
            self.cur().comp_iter_target = false;
            self.cur().comp_iter_expr += 1;
            self.visit_expr(&g.iter)?;
            self.cur().comp_iter_expr -= 1;
            self.visit_exprs(&g.ifs)?;
            if g.is_async {
                self.cur().coroutine = true;
            }
        }
        if let Some(v) = value {
            self.visit_expr(v)?;
        }
        self.visit_expr(elt)?;
        let is_generator = kind == CompKind::Generator;
        self.cur().generator = is_generator;
        let is_async = self.cur().coroutine && !is_generator;
        self.exit();
        // An async list/set/dict comprehension is awaited where it is written.
        if is_async {
            self.cur().coroutine = true;
        }
        Ok(())
    }
}

/// The second pass: resolve every name's scope.
struct Analyzer<'t, 's, 'a> {
    src: &'s Source<'a>,
    scopes: &'t mut Vec<Scope>,
}

impl Analyzer<'_, '_, '_> {
    /// Analyse scope `id` given the names bound by enclosing functions (`None` at module
    /// level) and the names known to be global. Returns the scope's free names (its own and
    /// those of nested scopes that it does not resolve).
    fn analyze_block(
        &mut self,
        id: ScopeId,
        mut bound: Option<HashSet<String>>,
        mut global: HashSet<String>,
    ) -> Result<HashSet<String>, CompileError> {
        let kind = self.scopes[id].kind;
        let mut local = HashSet::new();
        let mut scopes: HashMap<String, SymbolScope> = HashMap::new();
        let mut free = HashSet::new();
        let mut newglobal = HashSet::new();
        let mut newbound = HashSet::new();

        // A class namespace is invisible to nested functions: they see what the class sees.
        if kind == ScopeKind::Class {
            newglobal.extend(global.iter().cloned());
            if let Some(b) = &bound {
                newbound.extend(b.iter().cloned());
            }
        }

        let names: Vec<(String, u32)> = self.scopes[id]
            .symbols
            .iter()
            .map(|(n, s)| (n.clone(), s.flags))
            .collect();
        for (name, flags) in names {
            let scope = self.analyze_name(
                id,
                &name,
                flags,
                bound.as_mut(),
                &mut local,
                &mut free,
                &mut global,
            )?;
            scopes.insert(name, scope);
        }

        if kind != ScopeKind::Class {
            if kind == ScopeKind::Function {
                newbound.extend(local.iter().cloned());
            }
            if let Some(b) = &bound {
                newbound.extend(b.iter().cloned());
            }
            newglobal.extend(global.iter().cloned());
        } else {
            newbound.insert("__class__".to_string());
        }

        let mut newfree = HashSet::new();
        for child in self.scopes[id].children.clone() {
            let child_free =
                self.analyze_block(child, Some(newbound.clone()), newglobal.clone())?;
            newfree.extend(child_free);
            let c = &self.scopes[child];
            if c.has_free || c.child_free {
                self.scopes[id].child_free = true;
            }
        }

        match kind {
            ScopeKind::Function => {
                // Locals that nested scopes use become cells.
                for (name, scope) in scopes.iter_mut() {
                    if *scope == SymbolScope::Local && newfree.remove(name) {
                        *scope = SymbolScope::Cell;
                    }
                }
            }
            ScopeKind::Class => {
                if newfree.remove("__class__") {
                    self.scopes[id].needs_class_closure = true;
                }
            }
            ScopeKind::Module => {}
        }

        self.update_symbols(
            id,
            &scopes,
            bound.as_ref(),
            &newfree,
            kind == ScopeKind::Class,
        );
        free.extend(newfree);
        Ok(free)
    }

    #[allow(clippy::too_many_arguments)]
    fn analyze_name(
        &mut self,
        id: ScopeId,
        name: &str,
        flags: u32,
        bound: Option<&mut HashSet<String>>,
        local: &mut HashSet<String>,
        free: &mut HashSet<String>,
        global: &mut HashSet<String>,
    ) -> Result<SymbolScope, CompileError> {
        let at = |s: &Scope| s.directives.get(name).copied().unwrap_or_default();
        if flags & DEF_GLOBAL != 0 {
            if flags & DEF_NONLOCAL != 0 {
                let span = at(&self.scopes[id]);
                return err(
                    self.src,
                    format!("name '{name}' is nonlocal and global"),
                    span,
                );
            }
            global.insert(name.to_string());
            if let Some(b) = bound {
                b.remove(name);
            }
            return Ok(SymbolScope::GlobalExplicit);
        }
        if flags & DEF_NONLOCAL != 0 {
            let span = at(&self.scopes[id]);
            let Some(b) = bound else {
                return err(
                    self.src,
                    "nonlocal declaration not allowed at module level",
                    span,
                );
            };
            if !b.contains(name) {
                return err(
                    self.src,
                    format!("no binding for nonlocal '{name}' found"),
                    span,
                );
            }
            self.scopes[id].has_free = true;
            free.insert(name.to_string());
            return Ok(SymbolScope::Free);
        }
        if flags & DEF_BOUND != 0 {
            local.insert(name.to_string());
            global.remove(name);
            return Ok(SymbolScope::Local);
        }
        if let Some(b) = &bound {
            if b.contains(name) {
                self.scopes[id].has_free = true;
                free.insert(name.to_string());
                return Ok(SymbolScope::Free);
            }
        }
        if global.contains(name) {
            return Ok(SymbolScope::GlobalImplicit);
        }
        if self.scopes[id].nested {
            self.scopes[id].has_free = true;
        }
        Ok(SymbolScope::GlobalImplicit)
    }

    fn update_symbols(
        &mut self,
        id: ScopeId,
        scopes: &HashMap<String, SymbolScope>,
        bound: Option<&HashSet<String>>,
        free: &HashSet<String>,
        is_class: bool,
    ) {
        let symbols = &mut self.scopes[id].symbols;
        for (name, sym) in symbols.iter_mut() {
            if let Some(&s) = scopes.get(name) {
                sym.scope = s;
            }
        }
        // Free names of nested scopes that this scope does not bind pass through it.
        for name in free {
            if let Some(sym) = symbols.get_mut(name) {
                if is_class && sym.flags & (DEF_BOUND | DEF_GLOBAL) != 0 {
                    sym.flags |= DEF_FREE_CLASS;
                }
                continue;
            }
            if let Some(b) = bound {
                if !b.contains(name) {
                    continue;
                }
            }
            symbols.insert(
                name.clone(),
                Symbol {
                    flags: 0,
                    scope: SymbolScope::Free,
                },
            );
        }
    }
}
