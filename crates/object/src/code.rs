//! Code objects: the compiler's output, the VM's input. Immutable once built, and immortal
//! (threads running the same function never contend on its code object's refcount).

use crate::bytecode::Instr;
use crate::object::{ObjRef, Value};
use crate::payload::Payload;
use crate::types::types;

/// `co_flags` bits (CPython's values).
pub mod code_flags {
    /// Locals are fast slots (function bodies).
    pub const OPTIMIZED: u32 = 0x0001;
    /// A new locals namespace per call.
    pub const NEWLOCALS: u32 = 0x0002;
    pub const VARARGS: u32 = 0x0004;
    pub const VARKEYWORDS: u32 = 0x0008;
    pub const NESTED: u32 = 0x0010;
    pub const GENERATOR: u32 = 0x0020;
    pub const NOFREE: u32 = 0x0040;
    pub const COROUTINE: u32 = 0x0080;
    pub const ITERABLE_COROUTINE: u32 = 0x0100;
    pub const ASYNC_GENERATOR: u32 = 0x0200;
}

/// Source position of one instruction: 1-based lines, 0-based UTF-8 byte columns (as in
/// CPython's `co_positions()`). A zero line means "no position".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Position {
    pub line: u32,
    pub end_line: u32,
    pub col: u32,
    pub end_col: u32,
}

pub struct CodeObject {
    /// `co_name`, e.g. `f`, `<module>`, `<lambda>`, `<listcomp>`.
    pub name: ObjRef,
    /// `co_qualname`, e.g. `C.method.<locals>.inner`.
    pub qualname: ObjRef,
    pub filename: ObjRef,
    pub first_line: u32,
    pub flags: u32,
    /// Positional parameters, including positional-only ones.
    pub argcount: u32,
    pub posonlyargcount: u32,
    pub kwonlyargcount: u32,
    pub instructions: Box<[Instr]>,
    /// One entry per instruction.
    pub positions: Box<[Position]>,
    pub consts: Box<[Value]>,
    /// Interned strs for global, attribute and imported names.
    pub names: Box<[ObjRef]>,
    /// Fast locals: parameters first (positional, keyword-only, then `*args`, `**kwargs`),
    /// then other locals. Interned strs.
    pub varnames: Box<[ObjRef]>,
    /// Locals captured by inner functions; they live in cells, "deref" slots
    /// `0..cellvars.len()`.
    pub cellvars: Box<[ObjRef]>,
    /// Variables of enclosing functions; deref slots `cellvars.len()..`.
    pub freevars: Box<[ObjRef]>,
    /// For each cellvar that is also a parameter, the parameter's varnames index: the VM
    /// moves the argument into the cell on entry.
    pub cell2arg: Box<[Option<u32>]>,
    /// The deepest the value stack gets (a hint for preallocation).
    pub max_stack: u32,
    /// The docstring (first constant string of the body), if any.
    pub doc: Option<Value>,
}

impl CodeObject {
    pub fn has_flag(&self, f: u32) -> bool {
        self.flags & f != 0
    }

    pub fn is_generator_like(&self) -> bool {
        self.flags & (code_flags::GENERATOR | code_flags::COROUTINE | code_flags::ASYNC_GENERATOR)
            != 0
    }

    /// Total parameter slots: positional + keyword-only + `*args` + `**kwargs`.
    pub fn total_args(&self) -> usize {
        let mut n = (self.argcount + self.kwonlyargcount) as usize;
        if self.has_flag(code_flags::VARARGS) {
            n += 1;
        }
        if self.has_flag(code_flags::VARKEYWORDS) {
            n += 1;
        }
        n
    }

    /// The source line of instruction `i`.
    pub fn line_of(&self, i: usize) -> u32 {
        self.positions.get(i).map_or(self.first_line, |p| p.line)
    }

    /// Wrap in an (immortal) code object.
    pub fn into_object(self) -> ObjRef {
        ObjRef::new_immortal(types().code.clone(), None, Payload::Code(Box::new(self)))
    }
}

impl ObjRef {
    /// The code object, borrowed for as long as the program runs: code objects are immortal
    /// (`into_object`), so they are never freed.
    #[inline(always)]
    pub fn as_code_static(&self) -> Option<&'static CodeObject> {
        match &self.payload {
            Payload::Code(c) if self.is_immortal() => {
                let ptr: *const CodeObject = &**c;
                // SAFETY: immortal objects are never deallocated and code objects are
                // immutable, so the reference stays valid and unaliased by writers forever.
                Some(unsafe { &*ptr })
            }
            _ => None,
        }
    }

    #[inline(always)]
    pub fn as_code(&self) -> Option<&CodeObject> {
        match &self.payload {
            Payload::Code(c) => Some(c),
            _ => None,
        }
    }
}
