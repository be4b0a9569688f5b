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
    /// Set by `Reraise` so the unwinder does not add a second traceback entry.
    pub reraising: bool,
    /// For an `__init__` run as an inline call: the new instance, which the call returns.
    pub init_instance: Option<Value>,
    /// Set while the frame runs as an inline generator frame (`Vm::inline_gens`).
    pub inline_gen: bool,
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
            reraising: false,
            init_instance: None,
            inline_gen: false,
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
            reraising: false,
            init_instance: None,
            inline_gen: false,
        }
    }

    /// Index of the instruction being (or last) executed: the eval loop moves `pc` past an
    /// instruction as it starts it, and an instruction that jumps does so last.
    #[inline(always)]
    pub fn lasti(&self) -> usize {
        self.pc.saturating_sub(1)
    }

    /// The line being executed.
    pub fn line(&self) -> u32 {
        self.code.line_of(self.lasti())
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

    /// Move the top `n` values into `dst`, in stack order (a call's arguments into the
    /// callee's locals). `Vec::drain` would do, but its drop calls the slice drop for the
    /// (empty) rest, out of line in the free-threaded build.
    #[inline(always)]
    pub fn move_top_into(&mut self, n: usize, dst: &mut Vec<Option<Value>>) {
        let at = self
            .stack
            .len()
            .checked_sub(n)
            .expect("value stack underflow");
        dst.reserve(n);
        // SAFETY: `stack[at..]` is initialised; with the length cut to `at` the stack no
        // longer owns those values, and each is read exactly once, into room `dst` has.
        unsafe {
            self.stack.set_len(at);
            let src = self.stack.as_ptr().add(at);
            let out = dst.as_mut_ptr().add(dst.len());
            for i in 0..n {
                out.add(i).write(Some(src.add(i).read()));
            }
            dst.set_len(dst.len() + n);
        }
    }

    /// Pop the top `n` values, in stack order.
    pub fn pop_n(&mut self, n: usize) -> Vec<Value> {
        let at = self.stack.len() - n;
        self.stack.split_off(at)
    }
}

/// `v.clear()` for the value buffers of calls and returns, popping one value at a time: in
/// the free-threaded build the compiler keeps the slice drop that `clear`, `truncate` and
/// `Drain` call out of line, a call that costs more than the usual empty stack or handful
/// of int locals it would drop.
#[inline(always)]
pub(crate) fn clear_values<T>(v: &mut Vec<T>) {
    while v.pop().is_some() {}
}

/// The frames of Python-to-Python calls the eval loop makes without leaving itself (see
/// `eval.rs`, `enter_inline_call`), innermost last. Each lives in a box so its address stays
/// put while it is on `Vm::frames`. Boxes are reused with their buffers: a call fills one in
/// place, as moving a whole `Frame` in and out costs more than the rest of a call.
#[derive(Default)]
pub struct InlineFrames {
    // Boxed on purpose: `Vm::frames` points into them while the vector grows.
    #[allow(clippy::vec_box)]
    boxes: Vec<Box<Frame>>,
    /// `boxes[..live]` are in use.
    live: usize,
}

impl InlineFrames {
    /// A fresh frame for `code` (no locals bound yet); the pointer stays valid until the
    /// matching `pop`.
    #[inline]
    pub fn push(
        &mut self,
        code: &'static CodeObject,
        globals: &ObjRef,
        builtins: &ObjRef,
    ) -> std::ptr::NonNull<Frame> {
        if self.live == self.boxes.len() {
            let stack = Vec::with_capacity(code.max_stack as usize);
            let (g, b) = (globals.clone(), builtins.clone());
            let frame = Frame::with_buffers(code, g, b, None, Vec::new(), stack);
            self.boxes.push(Box::new(frame));
        } else {
            let f = &mut self.boxes[self.live];
            f.code = code;
            // An idle box keeps the namespaces of its last call (see `pop`): usually the
            // same ones again, which saves two reference count updates each way.
            if !f.globals.is(globals) {
                f.globals = globals.clone();
            }
            if !f.builtins.is(builtins) {
                f.builtins = builtins.clone();
            }
            f.pc = 0;
            f.reraising = false;
        }
        self.live += 1;
        std::ptr::NonNull::from(&mut *self.boxes[self.live - 1])
    }

    /// Finish the innermost frame: drop its locals, cells and stack, keep its buffers. It
    /// keeps its globals and builtins (dicts of modules, which live on anyway) until the box
    /// is reused or the thread ends.
    #[inline]
    pub fn pop(&mut self) {
        assert!(self.live > 0, "no inline frame to pop");
        self.live -= 1;
        let f = &mut self.boxes[self.live];
        clear_values(&mut f.fast);
        clear_values(&mut f.stack);
        if !f.cells.is_empty() {
            f.cells.clear();
        }
        f.blocks.clear();
        f.init_instance = None;
    }
}
