//! The instruction set shared by the compiler (which emits it) and the VM (which runs it).
//!
//! A stack machine close to CPython 3.10/3.11. Every instruction is one `Instr` (8 bytes):
//! an opcode with at most one `u32` argument. Jump targets are absolute instruction indices.
//! Stack effects are written `[before] -> [after]`, top of stack (TOS) on the right.
//!
//! Exception handling uses a per-frame block stack: `SetupFinally(h)` pushes a block
//! remembering `h` and the current stack depth; `PopBlock` pops it. When an exception is raised
//! and the frame has a block, the VM pops the block, truncates the value stack to the recorded
//! depth, pushes the exception object and jumps to `h`. With no block left, the frame exits
//! with the exception and the caller handles it the same way.
//! When an exception is raised (not re-raised) in a frame, the VM adds a traceback entry for
//! that frame's current instruction.

/// Binary operators, for `BinaryOp` and `InplaceOp`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[repr(u8)]
pub enum BinaryOperator {
    Add,
    Subtract,
    Multiply,
    MatMultiply,
    TrueDivide,
    FloorDivide,
    Remainder,
    Power,
    LShift,
    RShift,
    And,
    Or,
    Xor,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[repr(u8)]
pub enum UnaryOperator {
    /// `-x`
    Negative,
    /// `+x`
    Positive,
    /// `~x`
    Invert,
    /// `not x`
    Not,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[repr(u8)]
pub enum ComparisonOperator {
    Lt,
    Le,
    Eq,
    Ne,
    Gt,
    Ge,
    In,
    NotIn,
    Is,
    IsNot,
}

/// Conversion applied by `FormatValue` before formatting.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[repr(u8)]
pub enum FormatConversion {
    None,
    Str,
    Repr,
    Ascii,
}

/// One bytecode instruction. `u32` arguments index the code object's tables:
/// `consts`, `names`, `varnames` (fast locals), or `cellvars ++ freevars` ("deref" slots).
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Instr {
    Nop,

    // ---- stack manipulation ----
    /// `[a] -> []`
    PopTop,
    /// `Copy(n)`: push a copy of the n-th item from the top (1 = TOS). `[.., x, ..] -> [.., x, .., x]`
    Copy(u32),
    /// `Swap(n)`: swap TOS with the n-th item from the top (n >= 2).
    Swap(u32),

    // ---- loads and stores ----
    /// `[] -> [consts[i]]`
    LoadConst(u32),
    /// `[] -> [varnames[i]]`; UnboundLocalError if unset.
    LoadFast(u32),
    /// A `LoadFast(i)` that the assembler fused with the `LoadAttr` right after it, which
    /// stays in place (so jumps to it, positions and the stack effect are unchanged) and is
    /// skipped: pushes `varnames[i].attr`, reading the local where it is, with no reference
    /// count traffic for it and one dispatch fewer. `self.x` is the common case.
    LoadFastAttr(u32),
    /// Likewise a `LoadFast(i)` fused with the `StoreAttr` after it: `varnames[i].attr = TOS`.
    LoadFastStoreAttr(u32),
    /// Likewise a `LoadFast(i)` fused with the `LoadMethod` after it (`items.append(x)`).
    LoadFastMethod(u32),
    /// `[v] -> []`
    StoreFast(u32),
    /// Unset a fast local; UnboundLocalError if already unset.
    DeleteFast(u32),
    /// Load the contents of cell `i` (index into `cellvars ++ freevars`).
    /// Unset cell: UnboundLocalError for a cellvar, NameError ("free variable ... referenced
    /// before assignment") for a freevar.
    LoadDeref(u32),
    StoreDeref(u32),
    DeleteDeref(u32),
    /// Push the cell object `i` itself (to build a closure tuple or `__classcell__`).
    LoadClosure(u32),
    /// In a class body: look `names`-free variable up in the class namespace first, then in
    /// cell `i` (the name is `(cellvars ++ freevars)[i]`).
    LoadClassDeref(u32),
    /// Module/class-level name: frame locals mapping, then globals, then builtins.
    /// NameError "name 'x' is not defined".
    LoadName(u32),
    StoreName(u32),
    DeleteName(u32),
    /// Globals, then builtins.
    LoadGlobal(u32),
    StoreGlobal(u32),
    DeleteGlobal(u32),
    /// `[obj] -> [obj.names[i]]`
    LoadAttr(u32),
    /// `[value, obj] -> []`: `obj.names[i] = value`
    StoreAttr(u32),
    /// `[obj] -> []`
    DeleteAttr(u32),
    /// Method-call optimisation. `[obj] -> [callable, self_or_null]`: if `names[i]` resolves
    /// to a plain function found on the type (and not shadowed in the instance), pushes the
    /// function and `obj`; otherwise pushes the attribute value and a NULL marker.
    /// Always followed (after the arguments) by `CallMethod`.
    LoadMethod(u32),
    /// `[container, key] -> [container[key]]`
    BinarySubscr,
    /// `[value, container, key] -> []`
    StoreSubscr,
    /// `[container, key] -> []`
    DeleteSubscr,
    /// Push the builtin `AssertionError` type.
    LoadAssertionError,
    /// Push the builtin `__build_class__` function.
    LoadBuildClass,
    /// Create `__annotations__ = {}` in the frame's locals mapping if it is missing.
    SetupAnnotations,

    // ---- operators ----
    /// `[a, b] -> [a op b]`
    BinaryOp(BinaryOperator),
    /// `[a, b] -> [a op= b]` (tries `__iadd__` etc. first)
    InplaceOp(BinaryOperator),
    /// `[a] -> [op a]`
    UnaryOp(UnaryOperator),
    /// `[a, b] -> [a op b]`; `in`: `b.__contains__(a)`.
    CompareOp(ComparisonOperator),

    // ---- control flow ----
    /// Unconditional jump to instruction index.
    Jump(u32),
    /// `[v] -> []`, jump if `not v`.
    PopJumpIfFalse(u32),
    /// `[v] -> []`, jump if `v`.
    PopJumpIfTrue(u32),
    /// `[v] -> [v]` and jump if `not v`, else `[v] -> []` (for `and`).
    JumpIfFalseOrPop(u32),
    /// `[v] -> [v]` and jump if `v`, else `[v] -> []` (for `or`).
    JumpIfTrueOrPop(u32),
    /// `[obj] -> [iter(obj)]`
    GetIter,
    /// `[it] -> [it, next(it)]`; when exhausted: `[it] -> []` and jump to target.
    ForIter(u32),
    /// `[value] -> (return)`
    ReturnValue,

    // ---- building ----
    /// `[a1..an] -> [(a1, .., an)]`
    BuildTuple(u32),
    BuildList(u32),
    BuildSet(u32),
    /// `[k1, v1, .., kn, vn] -> [{k1: v1, ..}]`
    BuildMap(u32),
    /// `[s1..sn] -> [s1 + .. + sn]` (all str; for f-strings)
    BuildString(u32),
    /// `[lower, upper] -> [slice]` for n = 2, `[lower, upper, step] -> [slice]` for n = 3.
    BuildSlice(u32),
    /// `[.., list, .. (n-1 items), v] -> [.., list, ..]` with `v` appended: after popping `v`,
    /// the list is the n-th item from the top (n = 1 means it is TOS).
    ListAppend(u32),
    /// Like `ListAppend` for a set.
    SetAdd(u32),
    /// `[.., dict, .., k, v] -> [.., dict, ..]`: after popping `k, v`, the dict is n-th from top.
    MapAdd(u32),
    /// `[.., list, .., iterable] -> [.., list, ..]`: extend the list n-th from top (after pop).
    ListExtend(u32),
    /// `[.., set, .., iterable] -> [.., set, ..]`
    SetUpdate(u32),
    /// `[.., dict, .., mapping] -> [.., dict, ..]` (`{**m}`)
    DictUpdate(u32),
    /// Like `DictUpdate` but a duplicate key raises TypeError
    /// "f() got multiple values for keyword argument 'k'" (for `f(**a, **b)`); the function
    /// is found 2 + n items below TOS before the pop (`[func, args_tuple, dict, .., mapping]`).
    DictMerge(u32),
    /// `[list] -> [tuple(list)]`
    ListToTuple,
    /// `[seq] -> [xn, .., x1]` (x1 on top); ValueError on a length mismatch with CPython's
    /// messages ("too many values to unpack (expected 2)", "not enough values to unpack
    /// (expected 3, got 2)").
    UnpackSequence(u32),
    /// Starred unpacking: arg = `before | (after << 8)`. `[seq] -> [after items.., list, before
    /// items..]` with the first `before` item on top, then the starred list, then the rest.
    UnpackEx(u32),
    /// f-string field: `[value] -> [str]`, or `[value, spec] -> [str]` when `has_spec`.
    FormatValue {
        conversion: FormatConversion,
        has_spec: bool,
    },

    // ---- functions and calls ----
    /// Build a function. Stack, bottom to top, the optional parts present per `flags`:
    /// `[defaults tuple (0x01)] [kwdefaults dict (0x02)] [annotations dict (0x04)]
    ///  [closure tuple of cells (0x08)] [code object] -> [function]`.
    /// Name and qualname come from the code object; globals from the running frame.
    MakeFunction(u32),
    /// `[callable, a1..an] -> [result]`
    Call(u32),
    /// `[callable, a1..an, kwnames tuple] -> [result]`: the last `len(kwnames)` of the `n`
    /// arguments are passed by keyword, in `kwnames` order.
    CallKw(u32),
    /// `[callable, args tuple] -> [result]`, or with arg 1 `[callable, args tuple, kwargs dict]`.
    CallFunctionEx(u32),
    /// `[callable, self_or_null, a1..an] -> [result]` (see `LoadMethod`).
    CallMethod(u32),

    // ---- exceptions ----
    /// Push a handler block: on an exception, jump to the target (see module docs).
    SetupFinally(u32),
    /// Pop the innermost handler block.
    PopBlock,
    /// `[exc] -> [prev_exc, exc]`: enter an except/finally handler. `prev_exc` is the thread's
    /// previously handled exception (or None); `exc` becomes the handled exception
    /// (what `sys.exc_info()` and a bare `raise` see).
    PushExcInfo,
    /// `[prev_exc] -> []`: leave a handler, restoring the handled exception.
    PopExcept,
    /// `[exc, type] -> [exc, bool]`: does `exc` match `type` (a class or tuple of classes)?
    /// TypeError if `type` is not an exception class or tuple of them.
    CheckExcMatch,
    /// Re-raise TOS without popping it (the unwinder truncates the stack) and without adding
    /// a traceback entry.
    Reraise,
    /// `raise`: n = 0 re-raises the handled exception ("RuntimeError: No active exception to
    /// reraise" if none); n = 1 `[exc] ->` raises exc (a class is instantiated); n = 2
    /// `[exc, cause] ->` raises with `__cause__` set.
    RaiseVarargs(u32),

    // ---- with ----
    /// `[mgr] -> [bound __exit__, result of mgr.__enter__()]`. TypeError (CPython 3.11
    /// wording) if the object does not support the context manager protocol.
    BeforeWith,
    /// `[exit, prev_exc, exc] -> [exit, prev_exc, exc, exit(type(exc), exc, exc.__traceback__)]`
    WithExceptStart,

    // ---- generators ----
    /// `[v] -> [sent]`: suspend the generator yielding `v`; on resume, push the value sent in
    /// (None for `next()`).
    YieldValue,
    /// `[iter, v] -> [iter, v]`: delegate: send `v` into `iter` (`next` when v is None).
    /// If it yields `y`, suspend yielding `y`; on resume replace TOS with the sent value and
    /// execute `YieldFrom` again (the instruction pointer stays here). When it finishes with
    /// `StopIteration(r)`: `[iter, v] -> [r]`. `throw()`/`close()` on the outer generator while
    /// suspended here are forwarded to `iter`.
    YieldFrom,
    /// `[obj] -> [iter]`: `iter(obj)`, but a generator/coroutine is used as is.
    GetYieldFromIter,
    /// `[obj] -> [awaitable iterator]`: for `await` (coroutine as is, else `__await__()`).
    GetAwaitable,

    // ---- imports ----
    /// `[level, fromlist] -> [module]`: `__import__(names[i], globals, None, fromlist, level)`.
    ImportName(u32),
    /// `[module] -> [module, module.names[i]]`; falls back to importing the submodule
    /// `module.__name__ + "." + name`; ImportError "cannot import name 'x' from 'm' (path)".
    ImportFrom(u32),
    /// `[module] -> []`: `from module import *` into the frame's locals mapping.
    ImportStar,

    // ---- added with the compiler ----
    /// Interactive (`single` mode) expression statement: `[v] -> []`: call
    /// `sys.displayhook(v)` (which prints `repr(v)` unless v is None, and sets `builtins._`).
    PrintExpr,
    /// Start of a `with` body: push a handler block like `SetupFinally(h)`, but the recorded
    /// depth excludes TOS (the `__enter__` result, which the body pops or stores first). An
    /// exception in the body reaches `h` with `[.., exit, exc]`.
    SetupWith(u32),
    /// `async for`: `[obj] -> [obj.__aiter__()]`. TypeError "'async for' requires an object
    /// with __aiter__ method, got T" if there is none.
    GetAIter,
    /// `async for` step: `[aiter] -> [aiter, awaitable]`: call `aiter.__anext__()` and turn
    /// the result into an awaitable iterator as `GetAwaitable` does (the compiler follows with
    /// `LoadConst None; YieldFrom`). TypeError "'async for' requires an iterator with __anext__
    /// method, got T", or "'async for' received an invalid object from __anext__: T".
    GetANext,
    /// Handler at the end of an `async for` loop: `[aiter, exc] -> []` if `exc` is a
    /// `StopAsyncIteration`; any other exception is re-raised like `Reraise` (no new traceback
    /// entry).
    EndAsyncFor,
    /// `async with`: `[mgr] -> [bound __aexit__, mgr.__aenter__()]` (the result of
    /// `__aenter__()` is not awaited yet: the compiler follows with `GetAwaitable; LoadConst
    /// None; YieldFrom`). TypeError "'T' object does not support the asynchronous context
    /// manager protocol" if either method is missing.
    BeforeAsyncWith,
}

/// Flags for `MakeFunction`.
pub mod make_function_flags {
    pub const DEFAULTS: u32 = 0x01;
    pub const KWDEFAULTS: u32 = 0x02;
    pub const ANNOTATIONS: u32 = 0x04;
    pub const CLOSURE: u32 = 0x08;
}

impl Instr {
    /// The jump target, for instructions that have one.
    pub fn jump_target(&self) -> Option<u32> {
        match *self {
            Instr::Jump(t)
            | Instr::PopJumpIfFalse(t)
            | Instr::PopJumpIfTrue(t)
            | Instr::JumpIfFalseOrPop(t)
            | Instr::JumpIfTrueOrPop(t)
            | Instr::ForIter(t)
            | Instr::SetupFinally(t)
            | Instr::SetupWith(t) => Some(t),
            _ => None,
        }
    }

    /// Mutable access to the jump target, for the compiler's label patching.
    pub fn jump_target_mut(&mut self) -> Option<&mut u32> {
        match self {
            Instr::Jump(t)
            | Instr::PopJumpIfFalse(t)
            | Instr::PopJumpIfTrue(t)
            | Instr::JumpIfFalseOrPop(t)
            | Instr::JumpIfTrueOrPop(t)
            | Instr::ForIter(t)
            | Instr::SetupFinally(t)
            | Instr::SetupWith(t) => Some(t),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn instructions_stay_small() {
        // The eval loop's cache footprint depends on this.
        assert_eq!(std::mem::size_of::<Instr>(), 8);
    }
}
