//! The eval loop: runs a frame's bytecode.

use std::ptr::NonNull;

use pyrite_object::bytecode::make_function_flags as mf;
use pyrite_object::bytecode::{ComparisonOperator, FormatConversion, Instr, UnaryOperator};
use pyrite_object::payload::{Function, FunctionAttrs, Payload};
use pyrite_object::sync::ObjCell;
use pyrite_object::types::{flags, types};
use pyrite_object::{ObjRef, Value};

use crate::dictops::{dict_del_str_obj, dict_get_str_obj, dict_set_str_obj};
use crate::error::{name_error, type_error, unbound_local_error, PyErr, PyResult};
use crate::frame::{Block, Frame};
use crate::native::Args;
use crate::Vm;

/// How a frame stopped running.
pub enum Exit {
    Return(Value),
    /// A generator frame suspended at a yield.
    Yield(Value),
}

/// How to resume a frame.
pub enum Resume {
    /// Start, or continue after a yield, pushing the sent value.
    Start,
    Send(Value),
    /// Raise this exception at the current instruction (generator `throw`).
    Throw(PyErr),
}

impl Vm {
    /// Run a frame until it returns, yields or raises.
    pub fn run_frame(&mut self, frame: &mut Frame, resume: Resume) -> PyResult<Exit> {
        if self.frames.len() >= self.recursion_limit() || self.native_stack_exhausted() {
            return Err(crate::error::recursion_error(
                "maximum recursion depth exceeded",
            ));
        }
        let entry = NonNull::from(&mut *frame);
        self.frames.push(entry);
        self.enter_function();
        let r = self.eval_loop(entry, resume);
        self.frames.pop();
        r
    }

    /// Function entry is a check point (CPython's RESUME), so recursive code without loops
    /// still lets other threads' retired items go.
    #[inline(always)]
    fn enter_function(&mut self) {
        self.interp.gil.check(self.thread_id);
        self.count_check_point();
    }

    /// Every 32nd check point (function entry or backward jump) announces a quiescent state
    /// and merges queued reference counts: thread-local accesses at every one would cost a
    /// tight loop or a recursive function more than they free.
    #[inline(always)]
    fn count_check_point(&mut self) {
        self.entries = self.entries.wrapping_add(1);
        if self.entries.is_multiple_of(32) {
            pyrite_object::sync::merge_pending();
            pyrite_object::sync::quiescent();
            self.finalize_point();
        }
    }

    /// Run `entry` and the calls it makes inside the loop. An exception that no handler of
    /// an inline frame catches leaves that frame and goes on in its caller, as it would
    /// through a native call.
    fn eval_loop(&mut self, entry: NonNull<Frame>, resume: Resume) -> PyResult<Exit> {
        let mut cur = entry;
        let mut pending = match resume {
            Resume::Start => None,
            Resume::Send(v) => {
                // SAFETY: `entry` is the frame `run_frame` borrows for this call.
                unsafe { &mut *entry.as_ptr() }.push(v);
                None
            }
            Resume::Throw(e) => Some(e),
        };
        loop {
            let err = match pending.take() {
                Some(e) => e,
                None => match self.execute(&mut cur, entry) {
                    Ok(exit) => return Ok(exit),
                    Err(e) => e,
                },
            };
            // SAFETY: `cur` is `entry` or a live inline frame (see `execute`).
            let f = unsafe { &mut *cur.as_ptr() };
            if !std::mem::take(&mut f.reraising) {
                self.record_raise(f, &err);
            }
            match f.blocks.pop() {
                Some(Block { handler, depth }) => {
                    f.stack.truncate(depth as usize);
                    f.push(err.value());
                    f.pc = handler as usize;
                }
                None if cur == entry => return Err(err),
                None if f.inline_gen => {
                    let (caller, err) = self.finish_inline_gen(Some(err));
                    cur = caller;
                    pending = err;
                }
                None => {
                    cur = self.leave_inline_call();
                    pending = Some(err);
                }
            }
        }
    }

    /// Calls inside the eval loop: a `Call`/`CallMethod` of a plain Python function (not a
    /// generator) does not recurse into `call` → `run_frame` → `execute`; the loop switches
    /// to the callee's frame (kept in `inline_frames`) and back at its return, as CPython
    /// 3.11 does. So does instantiating a plain class whose `__init__` is such a function.
    /// `base` is the callable's stack slot, `first_arg` its first argument's. Returns the
    /// callee's frame, or None when the call must go the general way.
    #[inline]
    fn enter_inline_call(
        &mut self,
        f: &mut Frame,
        base: usize,
        first_arg: usize,
        kwnames: &[ObjRef],
    ) -> PyResult<Option<NonNull<Frame>>> {
        let Value::Obj(obj) = &f.stack[base] else {
            return Ok(None);
        };
        match &obj.payload {
            Payload::Function(func) => {
                // SAFETY: the function object is the callable on `f.stack[base]`, which
                // `push_call_frame` drops only after its last use of `func`.
                let func = unsafe { &*(&**func as *const Function) };
                self.push_call_frame(f, func, base, first_arg, kwnames, None)
            }
            Payload::Type(_) if first_arg == base + 1 => self.enter_inline_init(f, base, kwnames),
            _ => Ok(None),
        }
    }

    /// `cls(args)` for a class with `object.__new__` and a plain Python `__init__` (under
    /// metaclass `type`): allocate the instance here, and run `__init__` as an inline call
    /// whose result is the instance (`type_call_default` does the rest).
    fn enter_inline_init(
        &mut self,
        f: &mut Frame,
        base: usize,
        kwnames: &[ObjRef],
    ) -> PyResult<Option<NonNull<Frame>>> {
        let Value::Obj(cls) = &f.stack[base] else {
            return Ok(None);
        };
        let cls = cls.clone();
        if !cls.class().is(&types().type_) || !cls.type_data().has_flag(flags::HEAPTYPE) {
            return Ok(None);
        }
        let n = pyrite_object::names();
        // `object.__new__` never changes (builtin types' namespaces are read-only).
        static OBJECT_NEW: std::sync::OnceLock<Option<Value>> = std::sync::OnceLock::new();
        let object_new =
            OBJECT_NEW.get_or_init(|| crate::type_cache::mro_lookup(&types().object, &n.new));
        let (Some(new), Some(object_new)) = (self.lookup_type_attr(&cls, &n.new), object_new)
        else {
            return Ok(None);
        };
        if !new.is(object_new) {
            return Ok(None);
        }
        let Some(init) = self.lookup_type_attr(&cls, &n.init) else {
            return Ok(None);
        };
        let Some(Payload::Function(func)) = init.payload() else {
            return Ok(None);
        };
        if func
            .code
            .as_code_static()
            .is_some_and(|c| c.is_generator_like())
        {
            return Ok(None);
        }
        let instance = crate::types::object::alloc_instance(self, &cls)?;
        // `self` takes the class's slot: the arguments are then [self, args...].
        f.stack[base] = instance.clone();
        self.push_call_frame(f, func, base, base, kwnames, Some(instance))
    }

    /// Push the frame of a call of `func` with the arguments `f.stack[first_arg..]` (the
    /// last `kwnames.len()` of them keyword arguments), and remove the callable and
    /// arguments (from `base`) from the caller's stack.
    #[inline]
    fn push_call_frame(
        &mut self,
        f: &mut Frame,
        func: &Function,
        base: usize,
        first_arg: usize,
        kwnames: &[ObjRef],
        init_instance: Option<Value>,
    ) -> PyResult<Option<NonNull<Frame>>> {
        let code = func
            .code
            .as_code_static()
            .expect("functions hold code objects");
        if code.is_generator_like() {
            return Ok(None);
        }
        if self.frames.len() >= self.recursion_limit() {
            return Err(crate::error::recursion_error(
                "maximum recursion depth exceeded",
            ));
        }
        let ptr = self.inline_frames.push(code, &func.globals, &func.builtins);
        // SAFETY: the box behind `ptr` is not reachable through `self` until it is pushed
        // on `self.frames` below, and `bind_frame` does not touch `inline_frames`.
        let callee = unsafe { &mut *ptr.as_ptr() };
        let nargs = f.stack.len() - first_arg;
        if kwnames.is_empty()
            && crate::call::takes_exactly(code, nargs)
            && code.cellvars.is_empty()
            && code.freevars.is_empty()
        {
            // The common call: the arguments move from the caller's stack to their slots.
            let nlocals = code.varnames.len();
            callee.fast.reserve(nlocals);
            f.move_top_into(nargs, &mut callee.fast);
            while callee.fast.len() < nlocals {
                callee.fast.push(None);
            }
        } else {
            let args = Args::new(&f.stack[first_arg..], kwnames);
            if let Err(e) = self.bind_frame(callee, func, args) {
                self.inline_frames.pop();
                return Err(e);
            }
        }
        callee.init_instance = init_instance;
        // The frame holds what the function provides (globals, builtins, cells; code
        // objects are immortal), so the callable can go now (popped, as in `clear_values`).
        while f.stack.len() > base {
            f.pop();
        }
        self.frames.push(ptr);
        self.enter_function();
        Ok(Some(ptr))
    }

    /// Pop the innermost inline frame (it returned or raised); its caller's frame.
    fn leave_inline_call(&mut self) -> NonNull<Frame> {
        self.frames.pop();
        self.inline_frames.pop();
        *self.frames.last().expect("an inline call has a caller")
    }

    /// `for x in gen`: resume the generator on top of the stack as an inline frame. None when
    /// it must go through `next()` (see `generator::enter_inline`).
    fn enter_inline_generator(&mut self, f: &Frame) -> Option<NonNull<Frame>> {
        let Value::Obj(o) = f.top() else { return None };
        if !o.class().is(&crate::vm::vm_types().generator)
            || self.frames.len() >= self.recursion_limit()
        {
            return None;
        }
        let mut run = crate::generator::enter_inline(self, o)?;
        let ptr = NonNull::from(&mut *run.frame);
        self.inline_gens.push(run);
        self.frames.push(ptr);
        self.enter_function();
        Some(ptr)
    }

    /// Take the innermost inline generator off the frame stack.
    fn pop_inline_gen(&mut self) -> crate::generator::InlineGen {
        self.frames.pop();
        self.inline_gens
            .pop()
            .expect("an inline generator is running")
    }

    /// The frame an inline generator just left returns to.
    fn inline_gen_caller(&self) -> NonNull<Frame> {
        *self
            .frames
            .last()
            .expect("an inline generator has a caller")
    }

    /// The innermost inline generator yielded: suspend it; its caller's frame.
    fn yield_inline_gen(&mut self) -> NonNull<Frame> {
        let run = self.pop_inline_gen();
        crate::generator::suspend_inline(self, run);
        self.inline_gen_caller()
    }

    /// The innermost inline generator returned (`err` None) or raised: its caller's frame,
    /// and what is raised there.
    fn finish_inline_gen(&mut self, err: Option<PyErr>) -> (NonNull<Frame>, Option<PyErr>) {
        let run = self.pop_inline_gen();
        let err = crate::generator::finish_inline(self, run, err);
        (self.inline_gen_caller(), err)
    }

    /// An exception passes through frame `f`: add its traceback entry, and give a freshly
    /// raised exception its `__context__` (the exception being handled).
    fn record_raise(&mut self, f: &Frame, err: &PyErr) {
        let fresh = err.data().lock().traceback.is_none();
        if fresh {
            self.set_context(err);
        }
        crate::traceback::add_traceback_entry(err, f);
    }

    /// Set `err.__context__` to the handled exception (avoiding cycles, as CPython does).
    pub(crate) fn set_context(&mut self, err: &PyErr) {
        let Some(handled) = self.handled_exc.clone() else {
            return;
        };
        if handled.is_obj(&err.0) {
            return;
        }
        // Break a cycle: if err is already in handled's context chain, cut it there.
        let mut cur = handled.clone();
        loop {
            let Some(obj) = cur.as_obj().cloned() else {
                break;
            };
            let Some(data) = crate::error::exception_data(&obj) else {
                break;
            };
            let next = data.lock().context.clone();
            match next {
                Some(n) if n.is_obj(&err.0) => {
                    data.lock().context = None;
                    break;
                }
                Some(n) => cur = n,
                None => break,
            }
        }
        err.data().lock().context = Some(handled);
    }

    /// Run instructions of `*cur` (which changes at inline calls and returns) until the
    /// entry frame returns or yields, or an exception is raised in `*cur`.
    fn execute(&mut self, cur: &mut NonNull<Frame>, entry: NonNull<Frame>) -> PyResult<Exit> {
        // SAFETY: `*cur` is the entry frame, which `run_frame` borrows mutably for the whole
        // run, or an inline frame, boxed in `inline_frames` until `leave_inline_call`; only
        // this loop touches it meanwhile (`Vm::frames` pointers are read, for tracebacks and
        // introspection, only while the loop is inside a call). `f` is re-derived whenever
        // `*cur` changes.
        let mut f: &mut Frame = unsafe { &mut *cur.as_ptr() };
        let mut code = f.code;
        // Switch to another frame (an inline call or return, a generator resumed or
        // suspended inline).
        macro_rules! switch_to {
            ($frame:expr) => {{
                *cur = $frame;
                // SAFETY: as above.
                f = unsafe { &mut *cur.as_ptr() };
                code = f.code;
            }};
        }
        // Yield `$v` from the current frame: to the caller's `ForIter` for a generator
        // running inline, else out of this loop to `resume_gen`.
        macro_rules! yield_value {
            ($v:expr) => {{
                let v = $v;
                if f.inline_gen {
                    switch_to!(self.yield_inline_gen());
                    f.push(v);
                    continue;
                }
                return Ok(Exit::Yield(v));
            }};
        }
        loop {
            let instr = code.instructions[f.pc];
            f.pc += 1;
            match instr {
                Instr::Nop => {}
                Instr::PopTop => {
                    if let Value::Obj(o) = f.pop() {
                        if o.release() {
                            self.finalize_point();
                        }
                    }
                }
                Instr::Copy(n) => {
                    let v = f.peek(n as usize).clone();
                    f.push(v);
                }
                Instr::Swap(n) => {
                    let len = f.stack.len();
                    f.stack.swap(len - 1, len - n as usize);
                }
                Instr::LoadConst(i) => f.push(code.consts[i as usize].clone()),
                Instr::LoadFast(i) => match &f.fast[i as usize] {
                    Some(v) => {
                        let v = v.clone();
                        f.push(v)
                    }
                    None => return Err(unbound_fast(code, i)),
                },
                Instr::LoadFastAttr(i) => {
                    let Instr::LoadAttr(name) = code.instructions[f.pc] else {
                        unreachable!("the assembler puts LoadFastAttr before a LoadAttr")
                    };
                    if f.fast[i as usize].is_none() {
                        return Err(unbound_fast(code, i));
                    }
                    // From here on errors belong to the `LoadAttr`.
                    f.pc += 1;
                    let Some(obj) = &f.fast[i as usize] else {
                        unreachable!()
                    };
                    let v = self.get_attr(obj, &code.names[name as usize])?;
                    f.push(v);
                }
                Instr::LoadFastStoreAttr(i) => {
                    let Instr::StoreAttr(name) = code.instructions[f.pc] else {
                        unreachable!("the assembler puts LoadFastStoreAttr before a StoreAttr")
                    };
                    if f.fast[i as usize].is_none() {
                        return Err(unbound_fast(code, i));
                    }
                    f.pc += 1;
                    let v = f.pop();
                    let Some(obj) = &f.fast[i as usize] else {
                        unreachable!()
                    };
                    self.set_attr(obj, &code.names[name as usize], v)?;
                    self.finalize_point();
                }
                Instr::LoadFastMethod(i) => {
                    let Instr::LoadMethod(name) = code.instructions[f.pc] else {
                        unreachable!("the assembler puts LoadFastMethod before a LoadMethod")
                    };
                    let Some(obj) = &f.fast[i as usize] else {
                        return Err(unbound_fast(code, i));
                    };
                    let obj = obj.clone();
                    f.pc += 1;
                    self.load_method_onto(f, obj, &code.names[name as usize])?;
                }
                Instr::StoreFast(i) => {
                    let v = f.pop();
                    if let Some(Value::Obj(old)) = f.fast[i as usize].replace(v) {
                        if old.release() {
                            self.finalize_point();
                        }
                    }
                }
                Instr::DeleteFast(i) => {
                    if f.fast[i as usize].take().is_none() {
                        return Err(unbound_fast(code, i));
                    }
                    self.finalize_point();
                }
                Instr::LoadDeref(i) => {
                    let v = cell_get(&f.cells[i as usize]);
                    match v {
                        Some(v) => f.push(v),
                        None => return Err(self.unbound_deref(f, i)),
                    }
                }
                Instr::StoreDeref(i) => {
                    let v = f.pop();
                    cell_set(&f.cells[i as usize], Some(v));
                }
                Instr::DeleteDeref(i) => {
                    if cell_set(&f.cells[i as usize], None).is_none() {
                        return Err(self.unbound_deref(f, i));
                    }
                }
                Instr::LoadClosure(i) => f.push(Value::Obj(f.cells[i as usize].clone())),
                Instr::LoadClassDeref(i) => {
                    let name = self.deref_name(f, i);
                    let from_ns = match &f.locals {
                        Some(ns) => self.mapping_get_name(ns, &name)?,
                        None => None,
                    };
                    match from_ns {
                        Some(v) => f.push(v),
                        None => match cell_get(&f.cells[i as usize]) {
                            Some(v) => f.push(v),
                            None => return Err(self.unbound_deref(f, i)),
                        },
                    }
                }
                Instr::LoadName(i) => {
                    let name = &code.names[i as usize];
                    let v = self.load_name(f, name)?;
                    f.push(v);
                }
                Instr::StoreName(i) => {
                    let name = &code.names[i as usize];
                    let v = f.pop();
                    let ns = f.locals.as_ref().unwrap_or(&f.globals);
                    self.mapping_set_name(ns, name, v)?;
                    self.finalize_point();
                }
                Instr::DeleteName(i) => {
                    let name = &code.names[i as usize];
                    let ns = f.locals.clone().unwrap_or_else(|| f.globals.clone());
                    if !self.mapping_del_name(&ns, name)? {
                        return Err(not_defined(name));
                    }
                    self.finalize_point();
                }
                Instr::LoadGlobal(i) => {
                    let name = &code.names[i as usize];
                    let v = self
                        .global_cache
                        .load(&f.globals, &f.builtins, name)
                        .ok_or_else(|| not_defined(name))?;
                    f.push(v);
                }
                Instr::StoreGlobal(i) => {
                    let v = f.pop();
                    dict_set_str_obj(&f.globals, &code.names[i as usize], v);
                    self.finalize_point();
                }
                Instr::DeleteGlobal(i) => {
                    let name = &code.names[i as usize];
                    if dict_del_str_obj(&f.globals, name).is_none() {
                        return Err(not_defined(name));
                    }
                    self.finalize_point();
                }
                Instr::LoadAttr(i) => {
                    let obj = f.pop();
                    let v = self.get_attr(&obj, &code.names[i as usize])?;
                    f.push(v);
                }
                Instr::StoreAttr(i) => {
                    let obj = f.pop();
                    let v = f.pop();
                    self.set_attr(&obj, &code.names[i as usize], v)?;
                    drop(obj);
                    self.finalize_point();
                }
                Instr::DeleteAttr(i) => {
                    let obj = f.pop();
                    self.del_attr(&obj, &code.names[i as usize])?;
                    drop(obj);
                    self.finalize_point();
                }
                Instr::LoadMethod(i) => {
                    let obj = f.pop();
                    self.load_method_onto(f, obj, &code.names[i as usize])?;
                }
                Instr::BinarySubscr => {
                    let key = f.pop();
                    let container = f.pop();
                    let v = self.getitem(&container, &key)?;
                    f.push(v);
                }
                Instr::StoreSubscr => {
                    let key = f.pop();
                    let container = f.pop();
                    let v = f.pop();
                    self.setitem(&container, key, v)?;
                    drop(container);
                    self.finalize_point();
                }
                Instr::DeleteSubscr => {
                    let key = f.pop();
                    let container = f.pop();
                    self.delitem(&container, &key)?;
                    drop((key, container));
                    self.finalize_point();
                }
                Instr::LoadAssertionError => {
                    f.push(Value::Obj(types().exc.assertion_error.clone()))
                }
                Instr::LoadBuildClass => {
                    let v = dict_get_str_obj(&f.builtins, &crate::vm::name("__build_class__"))
                        .ok_or_else(|| name_error("__build_class__ not found"))?;
                    f.push(v);
                }
                Instr::SetupAnnotations => {
                    let ns = f.locals.clone().unwrap_or_else(|| f.globals.clone());
                    let key = crate::vm::name("__annotations__");
                    if self.mapping_get_name(&ns, &key)?.is_none() {
                        let d = Value::new_dict(Default::default());
                        self.mapping_set_name(&ns, &key, d)?;
                    }
                }
                Instr::BinaryOp(op) => {
                    let b = f.pop();
                    let a = f.pop();
                    let v = match (&a, &b) {
                        (Value::Int(x), Value::Int(y)) => crate::ops::small_int_op(*x, *y, op)?,
                        _ => self.binary_op(&a, &b, op)?,
                    };
                    f.push(v);
                }
                Instr::InplaceOp(op) => {
                    let b = f.pop();
                    let a = f.pop();
                    // Inline ints have no in-place slot: `a op= b` is `a op b` for them.
                    let v = match (&a, &b) {
                        (Value::Int(x), Value::Int(y)) => crate::ops::small_int_op(*x, *y, op)?,
                        _ => self.inplace_op(&a, &b, op)?,
                    };
                    f.push(v);
                }
                Instr::UnaryOp(op) => {
                    let a = f.pop();
                    let v = match op {
                        UnaryOperator::Not => Value::bool(!self.truthy(&a)?),
                        _ => self.unary_op(&a, op)?,
                    };
                    f.push(v);
                }
                Instr::CompareOp(op) => {
                    let b = f.pop();
                    let a = f.pop();
                    if let (Value::Int(x), Value::Int(y)) = (&a, &b) {
                        let r = match op {
                            ComparisonOperator::Lt => Some(x < y),
                            ComparisonOperator::Le => Some(x <= y),
                            ComparisonOperator::Eq => Some(x == y),
                            ComparisonOperator::Ne => Some(x != y),
                            ComparisonOperator::Gt => Some(x > y),
                            ComparisonOperator::Ge => Some(x >= y),
                            _ => None,
                        };
                        if let Some(r) = r {
                            // A test followed by a conditional jump (`if a < b:`) jumps at
                            // once instead of pushing a bool for the next instruction.
                            let target = match code.instructions[f.pc] {
                                Instr::PopJumpIfFalse(t) if !r => Some(t),
                                Instr::PopJumpIfTrue(t) if r => Some(t),
                                Instr::PopJumpIfFalse(_) | Instr::PopJumpIfTrue(_) => None,
                                _ => {
                                    f.push(Value::bool(r));
                                    continue;
                                }
                            };
                            match target {
                                Some(t) => self.jump(f, t)?,
                                None => f.pc += 1,
                            }
                            continue;
                        }
                    }
                    let v = match op {
                        ComparisonOperator::Is => Value::bool(a.is(&b)),
                        ComparisonOperator::IsNot => Value::bool(!a.is(&b)),
                        ComparisonOperator::In => Value::bool(self.contains(&b, &a)?),
                        ComparisonOperator::NotIn => Value::bool(!self.contains(&b, &a)?),
                        _ => self.rich_compare(&a, &b, op)?,
                    };
                    f.push(v);
                }
                Instr::Jump(t) => self.jump(f, t)?,
                Instr::PopJumpIfFalse(t) => {
                    let v = f.pop();
                    let truth = match quick_truth(&v) {
                        Some(b) => b,
                        None => self.truthy(&v)?,
                    };
                    if !truth {
                        self.jump(f, t)?;
                    }
                }
                Instr::PopJumpIfTrue(t) => {
                    let v = f.pop();
                    let truth = match quick_truth(&v) {
                        Some(b) => b,
                        None => self.truthy(&v)?,
                    };
                    if truth {
                        self.jump(f, t)?;
                    }
                }
                Instr::JumpIfFalseOrPop(t) => {
                    if !self.truthy(f.top())? {
                        f.pc = t as usize;
                    } else {
                        f.pop();
                    }
                }
                Instr::JumpIfTrueOrPop(t) => {
                    if self.truthy(f.top())? {
                        f.pc = t as usize;
                    } else {
                        f.pop();
                    }
                }
                Instr::GetIter => {
                    let v = f.pop();
                    let it = self.iter(&v)?;
                    f.push(it);
                }
                Instr::ForIter(t) => {
                    if let Some(gen) = self.enter_inline_generator(f) {
                        switch_to!(gen);
                        continue;
                    }
                    let next = self.next(f.top())?;
                    match next {
                        Some(v) => f.push(v),
                        None => {
                            f.pop();
                            f.pc = t as usize;
                        }
                    }
                }
                Instr::ReturnValue => {
                    let v = f.pop();
                    if f.inline_gen {
                        // The generator is exhausted: its caller's `ForIter` ends the loop.
                        let (caller, _) = self.finish_inline_gen(None);
                        switch_to!(caller);
                        f.pop();
                        let Instr::ForIter(t) = code.instructions[f.lasti()] else {
                            unreachable!("inline generators are resumed by ForIter")
                        };
                        f.pc = t as usize;
                        continue;
                    }
                    if *cur == entry {
                        return Ok(Exit::Return(v));
                    }
                    let instance = f.init_instance.take();
                    switch_to!(self.leave_inline_call());
                    // The callee's locals are gone.
                    self.finalize_point();
                    match instance {
                        None => f.push(v),
                        // An inlined `__init__` (see `enter_inline_init`).
                        Some(obj) if v.is_none() => f.push(obj),
                        Some(_) => {
                            return Err(type_error(format!(
                                "__init__() should return None, not '{}'",
                                v.type_name()
                            )))
                        }
                    }
                }
                Instr::BuildTuple(n) => {
                    let items = f.pop_n(n as usize);
                    f.push(Value::new_tuple(items));
                }
                Instr::BuildList(n) => {
                    let items = f.pop_n(n as usize);
                    f.push(Value::new_list(items));
                }
                Instr::BuildSet(n) => {
                    let items = f.pop_n(n as usize);
                    let set = self.new_set(items)?;
                    f.push(set);
                }
                Instr::BuildMap(n) => {
                    let items = f.pop_n(2 * n as usize);
                    let d = crate::error::new_dict_object_with_capacity(n as usize);
                    let mut it = items.into_iter();
                    while let (Some(k), Some(v)) = (it.next(), it.next()) {
                        self.dict_set(&d, k, v)?;
                    }
                    f.push(Value::Obj(d));
                }
                Instr::BuildString(n) => {
                    let items = f.pop_n(n as usize);
                    // Exact capacity: the String becomes the str's buffer without a realloc.
                    let len = items.iter().map(|it| it.as_str().map_or(0, str::len)).sum();
                    let mut s = String::with_capacity(len);
                    for it in &items {
                        s.push_str(it.as_str().unwrap_or(""));
                    }
                    f.push(Value::new_str(s));
                }
                Instr::BuildSlice(n) => {
                    let step = if n == 3 { f.pop() } else { Value::none() };
                    let upper = f.pop();
                    let lower = f.pop();
                    f.push(crate::types::slice::new_slice(lower, upper, step));
                }
                Instr::ListAppend(n) => {
                    let v = f.pop();
                    let list = f.peek(n as usize).clone();
                    match list.payload() {
                        Some(Payload::List(items)) => items.lock().push(v),
                        _ => return Err(crate::error::system_error("ListAppend on a non-list")),
                    }
                }
                Instr::SetAdd(n) => {
                    let v = f.pop();
                    let set = f.peek(n as usize).clone();
                    match set.payload() {
                        Some(Payload::Set(t)) => {
                            self.set_add(t, v)?;
                        }
                        _ => return Err(crate::error::system_error("SetAdd on a non-set")),
                    }
                }
                Instr::MapAdd(n) => {
                    let v = f.pop();
                    let k = f.pop();
                    let d = f.peek(n as usize).clone();
                    let d = d.as_obj().expect("MapAdd target is a dict").clone();
                    self.dict_set(&d, k, v)?;
                }
                Instr::ListExtend(n) => {
                    let iterable = f.pop();
                    let items = match self.collect(&iterable) {
                        Ok(items) => items,
                        Err(e)
                            if e.matches(&types().exc.type_error)
                                && crate::protocol::not_iterable_error(&e) =>
                        {
                            // `f(*x)` reports the function, `[*x]` the value.
                            let calling =
                                matches!(code.instructions.get(f.pc), Some(Instr::ListToTuple))
                                    && matches!(
                                        code.instructions.get(f.pc + 1),
                                        Some(Instr::CallFunctionEx(_))
                                    );
                            let msg = if calling {
                                let callable = f.peek(n as usize + 1).clone();
                                format!(
                                    "{} argument after * must be an iterable, not {}",
                                    self.function_display_name(&callable),
                                    iterable.type_name()
                                )
                            } else {
                                format!(
                                    "Value after * must be an iterable, not {}",
                                    iterable.type_name()
                                )
                            };
                            return Err(type_error(msg));
                        }
                        Err(e) => return Err(e),
                    };
                    let list = f.peek(n as usize).clone();
                    match list.payload() {
                        Some(Payload::List(l)) => l.lock().extend(items),
                        _ => return Err(crate::error::system_error("ListExtend on a non-list")),
                    }
                }
                Instr::SetUpdate(n) => {
                    let iterable = f.pop();
                    let set = f.peek(n as usize).clone();
                    if !matches!(set.payload(), Some(Payload::Set(_))) {
                        return Err(crate::error::system_error("SetUpdate on a non-set"));
                    }
                    // As `set.update`: a set or frozenset operand (the frozenset constant of
                    // a display of constants) is merged, which gives CPython's layout.
                    crate::types::set::update_set(self, &set, &iterable)?;
                }
                Instr::DictUpdate(n) => {
                    let mapping = f.pop();
                    let d = f.peek(n as usize).as_obj().cloned().expect("dict");
                    if let Err(e) = self.dict_update_from(&d, &mapping) {
                        if e.matches(&types().exc.attribute_error) {
                            return Err(type_error(format!(
                                "'{}' object is not a mapping",
                                mapping.type_name()
                            )));
                        }
                        return Err(e);
                    }
                }
                Instr::DictMerge(n) => {
                    let mapping = f.pop();
                    let d = f.peek(n as usize).as_obj().cloned().expect("dict");
                    let func = f.peek(n as usize + 2).clone();
                    self.dict_merge_kwargs(&d, &mapping, &func)?;
                }
                Instr::ListToTuple => {
                    let list = f.pop();
                    let items = match list.payload() {
                        Some(Payload::List(l)) => l.to_vec(),
                        _ => return Err(crate::error::system_error("ListToTuple on a non-list")),
                    };
                    f.push(Value::new_tuple(items));
                }
                Instr::UnpackSequence(n) => {
                    let seq = f.pop();
                    // A tuple of the right length (`for k, v in d.items()`, `a, b = b, a`)
                    // goes straight onto the stack, without an intermediate Vec.
                    match seq.payload() {
                        Some(Payload::Tuple(t))
                            if t.len() == n as usize && seq.class().is(&types().tuple) =>
                        {
                            f.stack.extend(t.iter().rev().cloned())
                        }
                        _ => {
                            let items = self.unpack(&seq, n as usize)?;
                            f.stack.extend(items.into_iter().rev());
                        }
                    }
                }
                Instr::UnpackEx(arg) => {
                    let before = (arg & 0xff) as usize;
                    let after = (arg >> 8) as usize;
                    let seq = f.pop();
                    let mut items = self.collect(&seq)?;
                    if items.len() < before + after {
                        return Err(crate::error::value_error(format!(
                            "not enough values to unpack (expected at least {}, got {})",
                            before + after,
                            items.len()
                        )));
                    }
                    let tail = items.split_off(items.len() - after);
                    let middle = items.split_off(before);
                    for v in tail.into_iter().rev() {
                        f.push(v);
                    }
                    f.push(Value::new_list(middle));
                    for v in items.into_iter().rev() {
                        f.push(v);
                    }
                }
                Instr::FormatValue {
                    conversion,
                    has_spec,
                } => {
                    let spec = if has_spec { Some(f.pop()) } else { None };
                    let v = f.pop();
                    let v = match conversion {
                        FormatConversion::None => v,
                        FormatConversion::Str => self.str(&v)?,
                        FormatConversion::Repr => self.repr(&v)?,
                        FormatConversion::Ascii => self.ascii(&v)?,
                    };
                    let spec =
                        spec.unwrap_or_else(|| Value::Obj(pyrite_object::str::empty().clone()));
                    let s = self.format(&v, &spec)?;
                    f.push(s);
                }
                Instr::MakeFunction(flags) => {
                    let func = self.make_function(f, flags)?;
                    f.push(func);
                }
                Instr::Call(n) => {
                    let n = n as usize;
                    let base = f.stack.len() - n - 1;
                    if let Some(callee) = self.enter_inline_call(f, base, base + 1, &[])? {
                        switch_to!(callee);
                        continue;
                    }
                    let r = {
                        let (callable, args) = f.stack[base..].split_first().expect("callable");
                        self.call(callable, Args::positional_only(args))
                    };
                    f.stack.truncate(base);
                    f.push(r?);
                    self.finalize_point();
                }
                Instr::CallKw(n) => {
                    let n = n as usize;
                    let kwnames = f.pop();
                    let names: Vec<ObjRef> = match kwnames.payload() {
                        Some(Payload::Tuple(t)) => {
                            t.iter().filter_map(|v| v.as_obj().cloned()).collect()
                        }
                        _ => return Err(crate::error::system_error("CallKw without kwnames")),
                    };
                    let base = f.stack.len() - n - 1;
                    if let Some(callee) = self.enter_inline_call(f, base, base + 1, &names)? {
                        switch_to!(callee);
                        continue;
                    }
                    let r = {
                        let (callable, args) = f.stack[base..].split_first().expect("callable");
                        self.call(callable, Args::new(args, &names))
                    };
                    f.stack.truncate(base);
                    f.push(r?);
                    self.finalize_point();
                }
                Instr::CallFunctionEx(has_kw) => {
                    let kwargs = if has_kw & 1 != 0 { Some(f.pop()) } else { None };
                    let args = f.pop();
                    let callable = f.pop();
                    let r = self.call_ex(&callable, &args, kwargs.as_ref())?;
                    f.push(r);
                }
                Instr::CallMethod(n) => {
                    let n = n as usize;
                    let base = f.stack.len() - n - 2;
                    let no_self = f.stack[base + 1].is_obj(&types().null_marker);
                    let first_arg = base + 1 + no_self as usize;
                    if let Some(callee) = self.enter_inline_call(f, base, first_arg, &[])? {
                        switch_to!(callee);
                        continue;
                    }
                    let r = {
                        let callable = &f.stack[base];
                        let self_ = &f.stack[base + 1];
                        if self_.is_obj(&types().null_marker) {
                            self.call(callable, Args::positional_only(&f.stack[base + 2..]))
                        } else {
                            self.call(callable, Args::positional_only(&f.stack[base + 1..]))
                        }
                    };
                    f.stack.truncate(base);
                    f.push(r?);
                    self.finalize_point();
                }
                Instr::SetupFinally(t) => f.blocks.push(Block {
                    handler: t,
                    depth: f.stack.len() as u32,
                }),
                Instr::PopBlock => {
                    f.blocks.pop();
                }
                Instr::PushExcInfo => {
                    let exc = f.pop();
                    let prev = self
                        .handled_exc
                        .replace(exc.clone())
                        .unwrap_or_else(Value::none);
                    f.push(prev);
                    f.push(exc);
                }
                Instr::PopExcept => {
                    let prev = f.pop();
                    self.handled_exc = if prev.is_none() { None } else { Some(prev) };
                }
                Instr::CheckExcMatch => {
                    let cls = f.pop();
                    let exc = f.top().clone();
                    let m = self.exception_matches(&exc, &cls)?;
                    f.push(Value::bool(m));
                }
                Instr::Reraise => {
                    let exc = f.top().clone();
                    f.reraising = true;
                    return Err(self.exception_from_value(exc)?);
                }
                Instr::RaiseVarargs(n) => {
                    return Err(self.do_raise(f, n)?);
                }
                Instr::BeforeWith => {
                    let mgr = f.pop();
                    let (exit, entered) = self.before_with(&mgr)?;
                    f.push(exit);
                    f.push(entered);
                }
                Instr::WithExceptStart => {
                    let exc = f.peek(1).clone();
                    let exit = f.peek(3).clone();
                    let tb = match exc.as_obj().and_then(crate::error::exception_data) {
                        Some(d) => d.lock().traceback.clone().unwrap_or_else(Value::none),
                        None => Value::none(),
                    };
                    let cls = Value::Obj(exc.class().clone());
                    let r = self.call(&exit, Args::positional_only(&[cls, exc, tb]))?;
                    f.push(r);
                }
                Instr::YieldValue => yield_value!(f.pop()),
                Instr::YieldFrom => {
                    let v = f.pop();
                    let iter = f.top().clone();
                    match self.send_into(&iter, v)? {
                        crate::generator::SendResult::Yield(y) => {
                            f.pc = f.lasti();
                            yield_value!(y)
                        }
                        crate::generator::SendResult::Return(r) => {
                            f.pop();
                            f.push(r);
                        }
                    }
                }
                Instr::GetYieldFromIter => {
                    let v = f.pop();
                    let it = self.yield_from_iter(&v)?;
                    f.push(it);
                }
                Instr::GetAwaitable => {
                    let v = f.pop();
                    let it = self.get_awaitable(&v)?;
                    f.push(it);
                }
                Instr::ImportName(i) => {
                    let fromlist = f.pop();
                    let level = f.pop();
                    let m = self.import_name(f, &code.names[i as usize], &fromlist, &level)?;
                    f.push(m);
                }
                Instr::ImportFrom(i) => {
                    let module = f.top().clone();
                    let v = self.import_from(&module, &code.names[i as usize])?;
                    f.push(v);
                }
                Instr::ImportStar => {
                    let module = f.pop();
                    let ns = f.locals.clone().unwrap_or_else(|| f.globals.clone());
                    self.import_star(&module, &ns)?;
                }
                other => {
                    if let Some(exit) = self.execute_extra(f, other)? {
                        return Ok(exit);
                    }
                }
            }
        }
    }

    /// The name of deref slot `i`.
    fn deref_name(&self, f: &Frame, i: u32) -> ObjRef {
        let i = i as usize;
        let code = f.code;
        if i < code.cellvars.len() {
            code.cellvars[i].clone()
        } else {
            code.freevars[i - code.cellvars.len()].clone()
        }
    }

    fn unbound_deref(&self, f: &Frame, i: u32) -> PyErr {
        let name = self.deref_name(f, i);
        let n = name.as_pystr().map_or("", |s| s.as_str());
        if (i as usize) < f.code.cellvars.len() {
            unbound_local(n)
        } else {
            name_error(format!(
                "cannot access free variable '{n}' where it is not associated with a value in enclosing scope"
            ))
        }
    }

    #[inline]
    fn load_name(&mut self, f: &Frame, name: &ObjRef) -> PyResult<Value> {
        if let Some(ns) = &f.locals {
            if let Some(v) = self.mapping_get_name(ns, name)? {
                return Ok(v);
            }
        }
        if let Some(v) = dict_get_str_obj(&f.globals, name) {
            return Ok(v);
        }
        if let Some(v) = dict_get_str_obj(&f.builtins, name) {
            return Ok(v);
        }
        Err(not_defined(name))
    }

    /// Get a name from a namespace mapping (a dict, or any mapping for class bodies/exec).
    #[inline]
    fn mapping_get_name(&mut self, ns: &ObjRef, name: &ObjRef) -> PyResult<Option<Value>> {
        if matches!(ns.payload, Payload::Dict(_)) && ns.class().is(&types().dict) {
            return Ok(dict_get_str_obj(ns, name));
        }
        self.mapping_get_name_slow(ns, name)
    }

    /// `mapping_get_name` for a namespace that is not an exact dict: `ns[name]`.
    #[inline(never)]
    fn mapping_get_name_slow(&mut self, ns: &ObjRef, name: &ObjRef) -> PyResult<Option<Value>> {
        match self.getitem(&Value::Obj(ns.clone()), &Value::Obj(name.clone())) {
            Ok(v) => Ok(Some(v)),
            Err(e) if e.matches(&types().exc.key_error) => Ok(None),
            Err(e) => Err(e),
        }
    }

    #[inline]
    fn mapping_set_name(&mut self, ns: &ObjRef, name: &ObjRef, v: Value) -> PyResult<()> {
        if matches!(ns.payload, Payload::Dict(_)) && ns.class().is(&types().dict) {
            dict_set_str_obj(ns, name, v);
            return Ok(());
        }
        self.mapping_set_name_slow(ns, name, v)
    }

    #[inline(never)]
    fn mapping_set_name_slow(&mut self, ns: &ObjRef, name: &ObjRef, v: Value) -> PyResult<()> {
        self.setitem(&Value::Obj(ns.clone()), Value::Obj(name.clone()), v)
    }

    fn mapping_del_name(&mut self, ns: &ObjRef, name: &ObjRef) -> PyResult<bool> {
        if matches!(ns.payload, Payload::Dict(_)) && ns.class().is(&types().dict) {
            return Ok(dict_del_str_obj(ns, name).is_some());
        }
        match self.delitem(&Value::Obj(ns.clone()), &Value::Obj(name.clone())) {
            Ok(()) => Ok(true),
            Err(e) if e.matches(&types().exc.key_error) => Ok(false),
            Err(e) => Err(e),
        }
    }

    fn make_function(&mut self, f: &mut Frame, flags: u32) -> PyResult<Value> {
        let code_obj = f.pop();
        let closure = if flags & mf::CLOSURE != 0 {
            match f.pop().payload() {
                Some(Payload::Tuple(cells)) => cells
                    .iter()
                    .filter_map(|c| c.as_obj().cloned())
                    .collect::<Vec<_>>()
                    .into_boxed_slice(),
                _ => Box::new([]),
            }
        } else {
            Box::new([])
        };
        let annotations = if flags & mf::ANNOTATIONS != 0 {
            Some(f.pop())
        } else {
            None
        };
        let kwdefaults = if flags & mf::KWDEFAULTS != 0 {
            Some(f.pop())
        } else {
            None
        };
        let defaults = if flags & mf::DEFAULTS != 0 {
            Some(f.pop())
        } else {
            None
        };
        let code_ref = code_obj.as_obj().cloned().expect("code object");
        let code = code_ref.as_code().expect("code object");
        let module =
            dict_get_str_obj(&f.globals, &crate::vm::name("__name__")).unwrap_or_else(Value::none);
        let attrs = FunctionAttrs {
            name: Value::Obj(code.name.clone()),
            qualname: Value::Obj(code.qualname.clone()),
            doc: code.doc.clone().unwrap_or_else(Value::none),
            module,
            defaults,
            kwdefaults,
            annotations,
        };
        let func = Function {
            code: code_ref.clone(),
            globals: f.globals.clone(),
            builtins: f.builtins.clone(),
            closure,
            attrs: ObjCell::new(attrs),
        };
        let obj = ObjRef::new(
            types().function.clone(),
            Some(crate::error::new_dict_object()),
            Payload::Function(Box::new(func)),
        );
        // Functions defined by module and class bodies live as long as their module/class
        // in practice; make them immortal so threads calling them never contend on their
        // refcount (CPython 3.13t defers these refcounts for the same reason). Closures and
        // lambdas made inside functions stay counted and are freed normally.
        if !code_flags_optimized(f.code) {
            obj.make_immortal();
        }
        Ok(Value::Obj(obj))
    }

    fn do_raise(&mut self, f: &mut Frame, n: u32) -> PyResult<PyErr> {
        match n {
            0 => match self.handled_exc.clone() {
                Some(exc) => {
                    f.reraising = true;
                    self.exception_from_value(exc)
                }
                None => Ok(crate::error::runtime_error(
                    "No active exception to reraise",
                )),
            },
            1 => {
                let exc = f.pop();
                let err = self.make_exception(&exc)?;
                self.set_context(&err);
                Ok(err)
            }
            _ => {
                let cause = f.pop();
                let exc = f.pop();
                let err = self.make_exception(&exc)?;
                let cause = if cause.is_none() {
                    None
                } else {
                    match self.make_exception(&cause) {
                        Ok(c) => Some(c.value()),
                        Err(e) if e.matches(&types().exc.type_error) => {
                            return Err(type_error(
                                "exception causes must derive from BaseException",
                            ))
                        }
                        Err(e) => return Err(e),
                    }
                };
                {
                    let mut d = err.data().lock();
                    d.cause = cause;
                    d.suppress_context = true;
                }
                self.set_context(&err);
                Ok(err)
            }
        }
    }

    /// Turn the operand of `raise` into an exception: instances as is, classes instantiated.
    pub fn make_exception(&mut self, v: &Value) -> PyResult<PyErr> {
        let base = &types().exc.base_exception;
        if let Some(o) = v.as_obj() {
            if o.as_type().is_some() && o.is_subtype(base) {
                let inst = self.call(v, Args::positional_only(&[]))?;
                return self.exception_from_value(inst);
            }
            if o.class().is_subtype(base) {
                return Ok(PyErr(o.clone()));
            }
        }
        Err(type_error("exceptions must derive from BaseException"))
    }

    pub fn exception_from_value(&mut self, v: Value) -> PyResult<PyErr> {
        match v {
            Value::Obj(o) if crate::error::exception_data(&o).is_some() => Ok(PyErr(o)),
            other => Err(type_error(format!(
                "calling an exception class returned a non-exception: {}",
                other.type_name()
            ))),
        }
    }

    fn exception_matches(&mut self, exc: &Value, cls: &Value) -> PyResult<bool> {
        let check = |c: &Value| -> PyResult<bool> {
            match c.as_obj() {
                Some(o) if o.as_type().is_some() && o.is_subtype(&types().exc.base_exception) => {
                    Ok(exc.class().is_subtype(o))
                }
                _ => Err(type_error(
                    "catching classes that do not inherit from BaseException is not allowed",
                )),
            }
        };
        match cls.payload() {
            Some(Payload::Tuple(items)) => {
                let mut matched = false;
                for c in items.iter() {
                    if check(c)? {
                        matched = true;
                    }
                }
                Ok(matched)
            }
            _ => check(cls),
        }
    }

    /// `LoadMethod` of `name` on `obj`: push `[callable, self_or_null]`.
    #[inline(always)]
    fn load_method_onto(&mut self, f: &mut Frame, obj: Value, name: &ObjRef) -> PyResult<()> {
        match self.load_method(&obj, name)? {
            Some(func) => {
                f.push(func);
                f.push(obj);
            }
            None => {
                let attr = self.get_attr(&obj, name)?;
                f.push(attr);
                f.push(Value::Obj(types().null_marker.clone()));
            }
        }
        Ok(())
    }

    /// Go to instruction `t`. Backward jumps (the ends of loops, which may be conditional:
    /// `while` tests again at the bottom) are check points, as in CPython.
    #[inline(always)]
    fn jump(&mut self, f: &mut Frame, t: u32) -> PyResult<()> {
        // The check comes first: an exception it raises (KeyboardInterrupt) is reported at
        // the jump, which `f.lasti()` names only while `f.pc` is still just past it.
        if (t as usize) < f.pc {
            self.eval_breaker_check()?;
        }
        f.pc = t as usize;
        Ok(())
    }

    /// Periodic check point (backward jumps): the GIL drop request, objects other threads
    /// queued for this one to merge (biased reference counting), signals.
    #[inline(always)]
    fn eval_breaker_check(&mut self) -> PyResult<()> {
        self.interp.gil.check(self.thread_id);
        self.count_check_point();
        crate::signals::check_signals(self)
    }

    /// Instructions added after the core set (async support, REPL printing...).
    fn execute_extra(&mut self, f: &mut Frame, instr: Instr) -> PyResult<Option<Exit>> {
        match instr {
            Instr::PrintExpr => {
                let v = f.pop();
                let hook = crate::dictops::dict_get_str(
                    self.sys_module().dict.as_ref().expect("dict"),
                    "displayhook",
                )
                .ok_or_else(|| crate::error::runtime_error("lost sys.displayhook"))?;
                self.call_positional(&hook, &[v])?;
            }
            Instr::SetupWith(t) => f.blocks.push(Block {
                handler: t,
                depth: f.stack.len() as u32 - 1,
            }),
            Instr::GetAIter => {
                let obj = f.pop();
                let cls = obj.class().clone();
                match self.lookup_type_attr(&cls, &crate::vm::name("__aiter__")) {
                    Some(m) => {
                        let it = self.call_method_value(&m, &obj, (&[], &[]))?;
                        f.push(it);
                    }
                    None => {
                        return Err(type_error(format!(
                            "'async for' requires an object with __aiter__ method, got {}",
                            obj.type_name()
                        )))
                    }
                }
            }
            Instr::GetANext => {
                let aiter = f.top().clone();
                let cls = aiter.class().clone();
                let Some(m) = self.lookup_type_attr(&cls, &crate::vm::name("__anext__")) else {
                    return Err(type_error(format!(
                        "'async for' requires an iterator with __anext__ method, got {}",
                        aiter.type_name()
                    )));
                };
                let awaitable = self.call_method_value(&m, &aiter, (&[], &[]))?;
                let it = self.get_awaitable(&awaitable).map_err(|_| {
                    type_error(format!(
                        "'async for' received an invalid object from __anext__: {}",
                        awaitable.type_name()
                    ))
                })?;
                f.push(it);
            }
            Instr::EndAsyncFor => {
                let exc = f.pop();
                if exc.isinstance(&types().exc.stop_async_iteration) {
                    f.pop();
                } else {
                    f.push(exc.clone());
                    f.reraising = true;
                    return Err(self.exception_from_value(exc)?);
                }
            }
            Instr::BeforeAsyncWith => {
                let mgr = f.pop();
                let cls = mgr.class().clone();
                let enter = self.lookup_type_attr(&cls, &crate::vm::name("__aenter__"));
                let exit = self.lookup_type_attr(&cls, &crate::vm::name("__aexit__"));
                let (Some(enter), Some(exit)) = (enter, exit) else {
                    return Err(type_error(format!(
                        "'{}' object does not support the asynchronous context manager protocol",
                        mgr.type_name()
                    )));
                };
                let exit_bound = self.bind_descriptor(&exit, Some(&mgr), &Value::Obj(cls))?;
                let entered = self.call_method_value(&enter, &mgr, (&[], &[]))?;
                f.push(exit_bound);
                f.push(entered);
            }
            other => {
                return Err(crate::error::system_error(format!(
                    "unknown instruction {other:?} at {} in {}",
                    f.lasti(),
                    f.code.name.as_pystr().map_or("?", |s| s.as_str())
                )))
            }
        }
        Ok(None)
    }
}

/// UnboundLocalError for fast local `i` of `code`.
fn unbound_fast(code: &pyrite_object::CodeObject, i: u32) -> PyErr {
    unbound_local(
        code.varnames[i as usize]
            .as_pystr()
            .map_or("", |s| s.as_str()),
    )
}

fn unbound_local(name: &str) -> PyErr {
    unbound_local_error(format!(
        "cannot access local variable '{name}' where it is not associated with a value"
    ))
}

fn not_defined(name: &ObjRef) -> PyErr {
    let n = name.as_pystr().map_or("", |s| s.as_str());
    let err = name_error(format!("name '{n}' is not defined"));
    crate::dictops::dict_set_str(
        err.0.dict.as_ref().expect("exceptions have a dict"),
        "name",
        Value::Obj(name.clone()),
    );
    err
}

fn code_flags_optimized(code: &pyrite_object::CodeObject) -> bool {
    code.has_flag(pyrite_object::code::code_flags::OPTIMIZED)
}

pub fn cell_get(cell: &ObjRef) -> Option<Value> {
    match &cell.payload {
        Payload::Cell(c) => c.lock().clone(),
        _ => None,
    }
}

/// Set a cell's contents; returns the previous contents.
pub fn cell_set(cell: &ObjRef, v: Option<Value>) -> Option<Value> {
    match &cell.payload {
        Payload::Cell(c) => std::mem::replace(&mut *c.lock(), v),
        _ => None,
    }
}

pub fn new_cell(v: Option<Value>) -> ObjRef {
    ObjRef::new(types().cell.clone(), None, Payload::Cell(ObjCell::new(v)))
}

/// The truth of ints, bools and None without a call (the conditional jumps' fast path).
#[inline(always)]
fn quick_truth(v: &Value) -> Option<bool> {
    match v {
        Value::Int(i) => Some(*i != 0),
        Value::Obj(o) => {
            let t = types();
            if o.is(&t.true_value) {
                Some(true)
            } else if o.is(&t.false_value) || o.is(&t.none_value) {
                Some(false)
            } else {
                None
            }
        }
        Value::Float(_) => None,
    }
}
