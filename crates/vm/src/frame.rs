//! Frames: the execution state of one code object activation.

use pyrite_object::code::CodeObject;
use pyrite_object::{ObjRef, Value};

/// A handler pushed by `SetupFinally`.
#[derive(Clone, Copy, Debug)]
pub struct Block {
    pub handler: u32,
    pub depth: u32,
}

pub struct Frame {
    pub code: &'static CodeObject,
    pub globals: ObjRef,
    pub builtins: ObjRef,
    /// The locals mapping for module and class bodies (`LoadName`...); `None` in functions.
    pub locals: Option<ObjRef>,
    /// Fast locals, by `code.varnames` index.
    pub fast: Vec<Option<Value>>,
    /// Cells: `code.cellvars` then `code.freevars`.
    pub cells: Vec<ObjRef>,
    pub stack: Vec<Value>,
    pub blocks: Vec<Block>,
    /// Index of the next instruction.
    pub pc: usize,
    /// Index of the instruction being (or last) executed.
    pub lasti: usize,
    /// Set by `Reraise` so the unwinder does not add a second traceback entry.
    pub reraising: bool,
}

impl Frame {
    pub fn new(
        code: &'static CodeObject,
        globals: ObjRef,
        builtins: ObjRef,
        locals: Option<ObjRef>,
    ) -> Frame {
        Frame {
            code,
            globals,
            builtins,
            locals,
            fast: vec![None; code.varnames.len()],
            cells: Vec::new(),
            stack: Vec::with_capacity(code.max_stack as usize),
            blocks: Vec::new(),
            pc: 0,
            lasti: 0,
            reraising: false,
        }
    }

    /// A frame reusing buffers from a previous frame (see `Vm::release_frame`). `fast` is
    /// empty: the caller fills in one slot per `code.varnames` entry (arguments first).
    #[inline]
    pub fn with_buffers(
        code: &'static CodeObject,
        globals: ObjRef,
        builtins: ObjRef,
        locals: Option<ObjRef>,
        fast: Vec<Option<Value>>,
        stack: Vec<Value>,
    ) -> Frame {
        debug_assert!(fast.is_empty());
        Frame {
            code,
            globals,
            builtins,
            locals,
            fast,
            cells: Vec::new(),
            stack,
            blocks: Vec::new(),
            pc: 0,
            lasti: 0,
            reraising: false,
        }
    }

    /// The line being executed.
    pub fn line(&self) -> u32 {
        self.code.line_of(self.lasti)
    }

    #[inline(always)]
    pub fn push(&mut self, v: Value) {
        self.stack.push(v);
    }

    #[inline(always)]
    pub fn pop(&mut self) -> Value {
        self.stack.pop().expect("value stack underflow")
    }

    #[inline(always)]
    pub fn top(&self) -> &Value {
        self.stack.last().expect("value stack underflow")
    }

    /// The n-th value from the top (1 = TOS).
    #[inline(always)]
    pub fn peek(&self, n: usize) -> &Value {
        &self.stack[self.stack.len() - n]
    }

    /// Pop the top `n` values, in stack order.
    pub fn pop_n(&mut self, n: usize) -> Vec<Value> {
        let at = self.stack.len() - n;
        self.stack.split_off(at)
    }
}
