//! Code generation: walks the AST with the symbol table and emits one code unit per scope.
//!
//! Layout, after CPython's compile.c: this module holds the compiler state (the stack of code
//! units being built, labels, constant and name tables, locations) and name resolution;
//! `expr`, `stmt`, `control` (loops, try, with, and the fblock stack used to unwind them) and
//! `function` (functions, lambdas, classes, comprehensions, closures) emit the code.

mod control;
mod expr;
mod function;
mod stmt;

use std::collections::HashMap;

use pyrite_object::bytecode::Instr;
use pyrite_object::code::{code_flags, CodeObject, Position};
use pyrite_object::str::intern;

use crate::assemble::assemble;
use crate::ast::*;
use crate::consts::{Const, ConstTable};
use crate::frozenset::{distinct_items, FrozenSetCache};
use crate::mangle::mangle;
use crate::source::Source;
use crate::symtable::{ScopeId, ScopeKind, SymbolScope, SymbolTable, MODULE_SCOPE};
use crate::CompileError;
use crate::Mode;

pub(crate) use control::FBlock;

pub(crate) type CResult<T = ()> = Result<T, CompileError>;

/// A jump destination; instructions carry label ids until assembly resolves them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Label(u32);

/// What kind of code a unit compiles (CPython's `COMPILER_SCOPE_*`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum UnitKind {
    Module,
    Class,
    Function,
    AsyncFunction,
    Lambda,
    Comprehension,
}

impl UnitKind {
    /// Bodies with fast locals and a frame per call.
    pub(crate) fn is_function_like(self) -> bool {
        !matches!(self, UnitKind::Module | UnitKind::Class)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum NameCtx {
    Load,
    Store,
    Del,
}

/// An insertion-ordered set of names, giving each its table index.
#[derive(Default)]
pub(crate) struct NameTable {
    names: Vec<String>,
    index: HashMap<String, u32>,
}

impl NameTable {
    pub(crate) fn add(&mut self, name: &str) -> u32 {
        if let Some(&i) = self.index.get(name) {
            return i;
        }
        let i = self.names.len() as u32;
        self.names.push(name.to_string());
        self.index.insert(name.to_string(), i);
        i
    }

    fn interned(&self) -> Box<[pyrite_object::ObjRef]> {
        self.names.iter().map(|n| intern(n)).collect()
    }
}

/// One code object under construction.
pub(crate) struct Unit<'a> {
    pub(crate) scope: ScopeId,
    pub(crate) kind: UnitKind,
    pub(crate) name: String,
    pub(crate) qualname: String,
    /// The enclosing class name, for private name mangling.
    pub(crate) private: Option<String>,
    pub(crate) instrs: Vec<Instr>,
    pub(crate) positions: Vec<Position>,
    /// Label id → instruction index (`u32::MAX` until bound).
    pub(crate) labels: Vec<u32>,
    pub(crate) consts: ConstTable,
    pub(crate) names: NameTable,
    pub(crate) varnames: NameTable,
    pub(crate) cellvars: Vec<String>,
    pub(crate) freevars: Vec<String>,
    pub(crate) fblocks: Vec<FBlock<'a>>,
    pub(crate) argcount: u32,
    pub(crate) posonlyargcount: u32,
    pub(crate) kwonlyargcount: u32,
    pub(crate) first_line: u32,
    pub(crate) doc: Option<String>,
    /// The location given to emitted instructions.
    pub(crate) loc: Position,
}

/// A finished unit: the code object and the names its closure needs.
pub(crate) struct CompiledUnit {
    pub(crate) code: CodeObject,
    pub(crate) freevars: Vec<String>,
}

pub(crate) struct Compiler<'a> {
    pub(crate) src: Source<'a>,
    pub(crate) table: SymbolTable,
    pub(crate) mode: Mode,
    pub(crate) future_annotations: bool,
    units: Vec<Unit<'a>>,
    /// The frozenset constants of this compilation (CPython's constant cache).
    frozensets: FrozenSetCache,
}

impl<'a> Compiler<'a> {
    pub(crate) fn new(
        src: Source<'a>,
        table: SymbolTable,
        mode: Mode,
        future_annotations: bool,
    ) -> Self {
        Compiler {
            src,
            table,
            mode,
            future_annotations,
            units: Vec::new(),
            frozensets: FrozenSetCache::default(),
        }
    }

    // ---- units ----

    pub(crate) fn unit(&self) -> &Unit<'a> {
        self.units.last().expect("no code unit")
    }

    pub(crate) fn unit_mut(&mut self) -> &mut Unit<'a> {
        self.units.last_mut().expect("no code unit")
    }

    /// Is the unit being compiled the top-level one (module, or the REPL input)?
    pub(crate) fn at_top_level(&self) -> bool {
        self.units.len() == 1
    }

    pub(crate) fn enter_unit(
        &mut self,
        scope: ScopeId,
        kind: UnitKind,
        name: &str,
        first_line: u32,
    ) {
        let qualname = self.qualname_for(name);
        let private = match kind {
            UnitKind::Class => Some(name.to_string()),
            _ => self.units.last().and_then(|u| u.private.clone()),
        };
        let s = &self.table.scopes[scope];
        let mut varnames = NameTable::default();
        for p in &s.params {
            varnames.add(p);
        }
        let line_pos = Position {
            line: first_line,
            end_line: first_line,
            col: 0,
            end_col: 0,
        };
        self.units.push(Unit {
            scope,
            kind,
            name: name.to_string(),
            qualname,
            private,
            instrs: Vec::new(),
            positions: Vec::new(),
            labels: Vec::new(),
            consts: ConstTable::default(),
            names: NameTable::default(),
            varnames,
            cellvars: s.cellvars(),
            freevars: s.freevars(),
            fblocks: Vec::new(),
            argcount: 0,
            posonlyargcount: 0,
            kwonlyargcount: 0,
            first_line,
            doc: None,
            loc: line_pos,
        });
    }

    /// CPython's `compiler_set_qualname`: nested in a function, `f.<locals>.name`; in a class,
    /// `C.name`; at module level (or declared global in the parent), just `name`.
    fn qualname_for(&self, name: &str) -> String {
        let Some(parent) = self.units.last() else {
            return name.to_string();
        };
        if parent.kind == UnitKind::Module {
            return name.to_string();
        }
        let mangled = mangle(parent.private.as_deref(), name);
        if self.table.scopes[parent.scope].lookup(&mangled) == Some(SymbolScope::GlobalExplicit) {
            return name.to_string();
        }
        match parent.kind {
            UnitKind::Function | UnitKind::AsyncFunction | UnitKind::Lambda => {
                format!("{}.<locals>.{name}", parent.qualname)
            }
            _ => format!("{}.{name}", parent.qualname),
        }
    }

    pub(crate) fn exit_unit(&mut self) -> CResult<CompiledUnit> {
        let u = self.units.pop().expect("no code unit");
        let scope = &self.table.scopes[u.scope];
        let mut flags = 0;
        if u.kind.is_function_like() {
            flags |= code_flags::OPTIMIZED | code_flags::NEWLOCALS;
            if scope.nested {
                flags |= code_flags::NESTED;
            }
            flags |= match (scope.generator, scope.coroutine) {
                (true, false) => code_flags::GENERATOR,
                (false, true) => code_flags::COROUTINE,
                (true, true) => code_flags::ASYNC_GENERATOR,
                (false, false) => 0,
            };
            if scope.varargs {
                flags |= code_flags::VARARGS;
            }
            if scope.varkeywords {
                flags |= code_flags::VARKEYWORDS;
            }
        }
        if u.cellvars.is_empty() && u.freevars.is_empty() {
            flags |= code_flags::NOFREE;
        }
        let asm = assemble(u.instrs, u.positions, &u.labels);
        // A parameter that lives in a cell: the VM moves the argument into the cell.
        let cell2arg: Box<[Option<u32>]> = u
            .cellvars
            .iter()
            .map(|c| scope.params.iter().position(|p| p == c).map(|i| i as u32))
            .collect();
        let intern_all = |v: &[String]| -> Box<[pyrite_object::ObjRef]> {
            v.iter().map(|n| intern(n)).collect()
        };
        let code = CodeObject {
            name: intern(&u.name),
            qualname: intern(&u.qualname),
            filename: intern(self.src.filename),
            first_line: u.first_line,
            flags,
            argcount: u.argcount,
            posonlyargcount: u.posonlyargcount,
            kwonlyargcount: u.kwonlyargcount,
            instructions: asm.instrs.into_boxed_slice(),
            positions: asm.positions.into_boxed_slice(),
            consts: u.consts.values.into_boxed_slice(),
            names: u.names.interned(),
            varnames: u.varnames.interned(),
            cellvars: intern_all(&u.cellvars),
            freevars: intern_all(&u.freevars),
            cell2arg,
            max_stack: asm.max_stack,
            doc: u.doc.map(|d| Const::Str(d).to_value()),
        };
        Ok(CompiledUnit {
            code,
            freevars: u.freevars,
        })
    }

    // ---- emitting ----

    pub(crate) fn emit(&mut self, instr: Instr) {
        let u = self.unit_mut();
        u.instrs.push(instr);
        let loc = u.loc;
        u.positions.push(loc);
    }

    pub(crate) fn new_label(&mut self) -> Label {
        let u = self.unit_mut();
        u.labels.push(u32::MAX);
        Label(u.labels.len() as u32 - 1)
    }

    pub(crate) fn bind(&mut self, l: Label) {
        let u = self.unit_mut();
        debug_assert_eq!(u.labels[l.0 as usize], u32::MAX, "label bound twice");
        u.labels[l.0 as usize] = u.instrs.len() as u32;
    }

    /// Emit a jump-like instruction to `l` (`make` builds it from the label id).
    pub(crate) fn emit_jump(&mut self, make: fn(u32) -> Instr, l: Label) {
        self.emit(make(l.0));
    }

    pub(crate) fn load_const(&mut self, c: Const) {
        let i = self.unit_mut().consts.add(c);
        self.emit(Instr::LoadConst(i));
    }

    /// The frozenset constant of a set display whose items are the constants `items`
    /// (source order); `None` if it must not be folded (an item is or holds a NaN).
    pub(crate) fn frozenset_const(&mut self, items: Vec<Const>) -> Option<Const> {
        let items = distinct_items(items)?;
        Some(Const::FrozenSet(self.frozensets.canonical(items)))
    }

    pub(crate) fn load_none(&mut self) {
        self.load_const(Const::None);
    }

    /// Index of `name` in the `names` table (attributes, globals, imports).
    pub(crate) fn name_index(&mut self, name: &str) -> u32 {
        self.unit_mut().names.add(name)
    }

    /// The name mangled for the current class, if any.
    pub(crate) fn mangled<'n>(&self, name: &'n str) -> std::borrow::Cow<'n, str> {
        mangle(self.unit().private.as_deref(), name)
    }

    /// Set the location of the instructions that follow; returns the previous one.
    pub(crate) fn set_loc(&mut self, span: Span) -> Position {
        let pos = self.src.position(span);
        std::mem::replace(&mut self.unit_mut().loc, pos)
    }

    pub(crate) fn restore_loc(&mut self, pos: Position) {
        self.unit_mut().loc = pos;
    }

    pub(crate) fn error<T>(&self, msg: impl Into<String>, span: Span) -> CResult<T> {
        Err(self.src.error(msg, span))
    }

    // ---- names ----

    /// Load, store or delete a variable, choosing fast/deref/global/name access from the
    /// symbol table (CPython's `compiler_nameop`).
    pub(crate) fn compile_name(&mut self, name: &str, ctx: NameCtx, span: Span) -> CResult {
        if name == "__debug__" {
            return match ctx {
                NameCtx::Load => {
                    self.load_const(Const::Bool(true));
                    Ok(())
                }
                NameCtx::Store => self.error("cannot assign to __debug__", span),
                NameCtx::Del => self.error("cannot delete __debug__", span),
            };
        }
        let mangled = self.mangled(name).into_owned();
        let u = self.unit();
        let optimized = u.kind.is_function_like();
        let scope = self.table.scopes[u.scope].lookup(&mangled);
        enum Access {
            Fast,
            Deref(u32),
            Global,
            Name,
        }
        let access = match scope {
            Some(SymbolScope::Free) => Access::Deref(self.deref_index(&mangled, false)?),
            Some(SymbolScope::Cell) => Access::Deref(self.deref_index(&mangled, true)?),
            Some(SymbolScope::Local) if optimized => Access::Fast,
            Some(SymbolScope::GlobalImplicit) if optimized => Access::Global,
            Some(SymbolScope::GlobalExplicit) => Access::Global,
            _ => Access::Name,
        };
        let instr = match access {
            Access::Fast => {
                let i = self.unit_mut().varnames.add(&mangled);
                match ctx {
                    NameCtx::Load => Instr::LoadFast(i),
                    NameCtx::Store => Instr::StoreFast(i),
                    NameCtx::Del => Instr::DeleteFast(i),
                }
            }
            Access::Deref(i) => match ctx {
                NameCtx::Load if self.unit().kind == UnitKind::Class => Instr::LoadClassDeref(i),
                NameCtx::Load => Instr::LoadDeref(i),
                NameCtx::Store => Instr::StoreDeref(i),
                NameCtx::Del => Instr::DeleteDeref(i),
            },
            Access::Global => {
                let i = self.name_index(&mangled);
                match ctx {
                    NameCtx::Load => Instr::LoadGlobal(i),
                    NameCtx::Store => Instr::StoreGlobal(i),
                    NameCtx::Del => Instr::DeleteGlobal(i),
                }
            }
            Access::Name => {
                let i = self.name_index(&mangled);
                match ctx {
                    NameCtx::Load => Instr::LoadName(i),
                    NameCtx::Store => Instr::StoreName(i),
                    NameCtx::Del => Instr::DeleteName(i),
                }
            }
        };
        self.emit(instr);
        Ok(())
    }

    /// Deref slot of a cell (`cellvars` index) or free variable (after the cellvars).
    pub(crate) fn deref_index(&self, name: &str, cell: bool) -> CResult<u32> {
        let u = self.unit();
        let found = if cell {
            u.cellvars.iter().position(|c| c == name)
        } else {
            u.freevars
                .iter()
                .position(|c| c == name)
                .map(|i| i + u.cellvars.len())
        };
        match found {
            Some(i) => Ok(i as u32),
            None => self.error(
                format!("internal compiler error: no cell for '{name}'"),
                Span::default(),
            ),
        }
    }

    /// Store to a plain name in the locals mapping (for `__module__`, `__qualname__`...).
    pub(crate) fn store_special_name(&mut self, name: &str) {
        let i = self.name_index(name);
        self.emit(Instr::StoreName(i));
    }

    // ---- top level ----

    /// Compile a module (exec or single mode) into its code object.
    pub(crate) fn compile_module(mut self, body: &'a [Stmt]) -> CResult<CodeObject> {
        self.enter_unit(MODULE_SCOPE, UnitKind::Module, "<module>", 1);
        debug_assert_eq!(self.table.scopes[MODULE_SCOPE].kind, ScopeKind::Module);
        if let Some(first) = body.first() {
            self.set_loc(first.span);
        }
        if self.mode == Mode::Single {
            if find_annotations(body) {
                self.emit(Instr::SetupAnnotations);
            }
            self.compile_stmts(body)?;
        } else {
            self.compile_body(body)?;
        }
        self.load_none();
        self.emit(Instr::ReturnValue);
        Ok(self.exit_unit()?.code)
    }

    /// Compile one expression into a code object that returns its value (eval mode).
    pub(crate) fn compile_eval(mut self, expr: &'a Expr) -> CResult<CodeObject> {
        self.enter_unit(MODULE_SCOPE, UnitKind::Module, "<module>", 1);
        self.compile_expr(expr)?;
        self.emit(Instr::ReturnValue);
        Ok(self.exit_unit()?.code)
    }

    /// A module or class body: `SetupAnnotations` if it annotates names, the docstring stored
    /// as `__doc__`, then the statements.
    pub(crate) fn compile_body(&mut self, body: &'a [Stmt]) -> CResult {
        if find_annotations(body) {
            self.emit(Instr::SetupAnnotations);
        }
        let mut rest = body;
        if let Some((doc, first)) = docstring(body) {
            let old = self.set_loc(first.span);
            self.load_const(Const::Str(doc.to_string()));
            self.store_special_name("__doc__");
            self.restore_loc(old);
            self.unit_mut().doc = Some(doc.to_string());
            rest = &body[1..];
        }
        self.compile_stmts(rest)
    }

    pub(crate) fn compile_stmts(&mut self, body: &'a [Stmt]) -> CResult {
        for s in body {
            self.compile_stmt(s)?;
        }
        Ok(())
    }
}

/// The docstring of a body: its first statement, if that is a string literal.
pub(crate) fn docstring(body: &[Stmt]) -> Option<(&str, &Stmt)> {
    let first = body.first()?;
    match &first.kind {
        StmtKind::Expr(Expr {
            kind: ExprKind::Constant(Constant::Str(s)),
            ..
        }) => Some((s, first)),
        _ => None,
    }
}

/// Does a module or class body annotate a name (so it needs `__annotations__`)? Looks into
/// compound statements but not into nested functions and classes.
pub(crate) fn find_annotations(body: &[Stmt]) -> bool {
    body.iter().any(|s| match &s.kind {
        StmtKind::AnnAssign { .. } => true,
        StmtKind::For { body, orelse, .. }
        | StmtKind::While { body, orelse, .. }
        | StmtKind::If { body, orelse, .. } => find_annotations(body) || find_annotations(orelse),
        StmtKind::With { body, .. } => find_annotations(body),
        StmtKind::Try {
            body,
            handlers,
            orelse,
            finalbody,
            ..
        } => {
            find_annotations(body)
                || handlers.iter().any(|h| find_annotations(&h.body))
                || find_annotations(orelse)
                || find_annotations(finalbody)
        }
        _ => false,
    })
}
