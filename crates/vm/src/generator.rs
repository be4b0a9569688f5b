//! Generators and coroutines: a suspended frame plus the send/throw/close protocol, and
//! `yield from` delegation.

use std::sync::atomic::{AtomicUsize, Ordering};

use pyrite_object::bytecode::Instr;
use pyrite_object::payload::{NativeBox, Payload};
use pyrite_object::sync::Claim;
use pyrite_object::types::types;
use pyrite_object::{ObjRef, Value};

use crate::error::{
    exception_data, runtime_error, stop_iteration, type_error, value_error, PyErr, PyResult,
};
use crate::eval::{Exit, Resume};
use crate::frame::Frame;
use crate::native::{add_method, add_property, Args};
use crate::vm::{name, vm_types};
use crate::Vm;

enum State {
    /// Created, not started yet.
    Fresh(Box<Frame>),
    Suspended(Box<Frame>),
    Running,
    Finished,
}

/// A generator's mutable part. Resuming claims it for the whole run (one compare-and-swap
/// per resume in the free-threaded build); a second resume while it runs, from any thread,
/// finds it claimed: "generator already executing".
struct GenState {
    run: State,
    /// The exception the generator was handling when it last yielded.
    exc: Option<Value>,
}

pub struct Generator {
    state: Claim<GenState>,
    /// The frame's address while it runs (0 otherwise), for `gi_frame` of a running
    /// generator: its frame is then on some thread's frame stack, not in `state`.
    running_frame: AtomicUsize,
    pub name: Value,
    pub qualname: Value,
    pub is_coroutine: bool,
}

/// What a send/throw into a generator produced.
pub enum SendResult {
    Yield(Value),
    Return(Value),
}

pub fn new_generator(func: &ObjRef, frame: Frame) -> Value {
    let (name, qualname) = match &func.payload {
        Payload::Function(f) => {
            let a = f.attrs.lock();
            (a.name.clone(), a.qualname.clone())
        }
        _ => (Value::new_str("?"), Value::new_str("?")),
    };
    let is_coroutine = frame
        .code
        .has_flag(pyrite_object::code::code_flags::COROUTINE);
    let cls = if is_coroutine {
        vm_types().coroutine.clone()
    } else {
        vm_types().generator.clone()
    };
    let gen = Generator {
        state: Claim::new(GenState {
            run: State::Fresh(Box::new(frame)),
            exc: None,
        }),
        running_frame: AtomicUsize::new(0),
        name,
        qualname,
        is_coroutine,
    };
    Value::Obj(ObjRef::new(cls, None, Payload::Native(NativeBox::new(gen))))
}

fn gen_of(v: &Value) -> Option<&Generator> {
    v.payload().and_then(|p| p.native::<Generator>())
}

pub fn init() {
    for t in [&vm_types().generator, &vm_types().coroutine] {
        add_method(t, "send", |vm, a| {
            let pos = a.exact("send", 2)?;
            match resume(vm, &pos[0], Resume::Send(pos[1].clone()))? {
                SendResult::Yield(v) => Ok(v),
                SendResult::Return(r) => Err(stop_iteration(r)),
            }
        });
        add_method(t, "throw", gen_throw_method);
        add_method(t, "close", |vm, a| {
            close(vm, a.self_())?;
            Ok(Value::none())
        });
        add_property(
            t,
            "__name__",
            |_, a| Ok(gen_of(a.self_()).map_or_else(Value::none, |g| g.name.clone())),
            None,
        );
        add_property(
            t,
            "__qualname__",
            |_, a| Ok(gen_of(a.self_()).map_or_else(Value::none, |g| g.qualname.clone())),
            None,
        );
        add_property(
            t,
            "gi_running",
            |_, a| {
                Ok(Value::bool(gen_of(a.self_()).is_some_and(|g| {
                    g.state
                        .try_claim()
                        .is_none_or(|st| matches!(st.run, State::Running))
                })))
            },
            None,
        );
        add_property(
            t,
            "gi_frame",
            |vm, a| {
                let g = gen_of(a.self_()).ok_or_else(|| type_error("expected a generator"))?;
                Ok(gen_frame(vm, g).unwrap_or_else(Value::none))
            },
            None,
        );
    }
    let g = &vm_types().generator;
    add_method(g, "__iter__", |_, a| Ok(a.self_().clone()));
    add_method(g, "__next__", |vm, a| {
        let o = a
            .self_()
            .as_obj()
            .cloned()
            .ok_or_else(|| type_error("expected a generator"))?;
        match generator_next_with_value(vm, &o)? {
            SendResult::Yield(v) => Ok(v),
            SendResult::Return(r) => Err(stop_iteration(r)),
        }
    });
    let c = &vm_types().coroutine;
    add_method(c, "__await__", |_, a| Ok(a.self_().clone()));
}

/// `next(gen)`: `Ok(None)` when it finishes.
pub fn generator_next(vm: &mut Vm, gen: &ObjRef) -> PyResult<Option<Value>> {
    match generator_next_with_value(vm, gen)? {
        SendResult::Yield(v) => Ok(Some(v)),
        SendResult::Return(_) => Ok(None),
    }
}

fn generator_next_with_value(vm: &mut Vm, gen: &ObjRef) -> PyResult<SendResult> {
    let g = match &gen.payload {
        Payload::Native(n) => n.downcast_ref::<Generator>(),
        _ => None,
    }
    .ok_or_else(|| type_error("expected a generator"))?;
    resume_gen(vm, g, Resume::Send(Value::none()))
}

/// Run the generator until its next yield, return, or exception.
fn resume(vm: &mut Vm, genv: &Value, how: Resume) -> PyResult<SendResult> {
    let g = gen_of(genv).ok_or_else(|| type_error("expected a generator"))?;
    resume_gen(vm, g, how)
}

fn resume_gen(vm: &mut Vm, g: &Generator, how: Resume) -> PyResult<SendResult> {
    let what = if g.is_coroutine {
        "coroutine"
    } else {
        "generator"
    };
    let Some(mut st) = g.state.try_claim() else {
        return Err(value_error(format!("{what} already executing")));
    };
    let (taken, saved_exc) = (
        std::mem::replace(&mut st.run, State::Running),
        st.exc.take(),
    );
    let (mut frame, how) = match taken {
        State::Fresh(f) => match how {
            Resume::Send(v) if !v.is_none() => {
                st.run = State::Fresh(f);
                return Err(type_error(format!(
                    "can't send non-None value to a just-started {what}"
                )));
            }
            Resume::Throw(e) => {
                // Throwing into a fresh generator raises at its start; it never runs.
                st.run = State::Finished;
                return Err(e);
            }
            _ => (f, Resume::Start),
        },
        State::Suspended(f) => (f, how),
        State::Running => {
            // Running as an inline frame (`enter_inline`), here or in another thread.
            st.run = State::Running;
            st.exc = saved_exc;
            return Err(value_error(format!("{what} already executing")));
        }
        State::Finished => {
            st.run = State::Finished;
            return match how {
                Resume::Throw(e) => Err(e),
                _ if g.is_coroutine => Err(runtime_error("cannot reuse already awaited coroutine")),
                _ => Ok(SendResult::Return(Value::none())),
            };
        }
    };
    // Throwing into a generator suspended in `yield from` goes to the delegate first.
    let how = match how {
        Resume::Throw(e) if suspended_in_yield_from(&frame) => {
            match throw_into_delegate(vm, &mut frame, e) {
                Ok(Some(y)) => {
                    st.run = State::Suspended(frame);
                    st.exc = saved_exc;
                    return Ok(SendResult::Yield(y));
                }
                Ok(None) => Resume::Start,
                Err(e) => Resume::Throw(e),
            }
        }
        other => other,
    };
    let outer_exc = vm.handled_exc.clone();
    if let Some(e) = saved_exc {
        vm.handled_exc = Some(e);
    }
    g.running_frame
        .store(&*frame as *const Frame as usize, Ordering::Relaxed);
    let r = vm.run_frame(&mut frame, how);
    g.running_frame.store(0, Ordering::Relaxed);
    let inner_exc = std::mem::replace(&mut vm.handled_exc, outer_exc.clone());
    match r {
        Ok(Exit::Yield(v)) => {
            st.exc = handled_inside(inner_exc, &outer_exc);
            st.run = State::Suspended(frame);
            Ok(SendResult::Yield(v))
        }
        Ok(Exit::Return(v)) => {
            st.run = State::Finished;
            Ok(SendResult::Return(v))
        }
        Err(e) => {
            st.run = State::Finished;
            Err(escaped(what, e))
        }
    }
}

/// What the caller of a generator sees when `e` escapes it: StopIteration (PEP 479) becomes
/// a RuntimeError.
fn escaped(what: &str, e: PyErr) -> PyErr {
    if !e.matches(&types().exc.stop_iteration) {
        return e;
    }
    let err = runtime_error(format!("{what} raised StopIteration"));
    {
        let mut d = err.data().lock();
        d.cause = Some(e.value());
        d.context = Some(e.value());
        d.suppress_context = true;
    }
    err
}

/// Did the generator leave a different handled exception than the one outside it?
fn handled_inside(inner: Option<Value>, outer: &Option<Value>) -> Option<Value> {
    let differs = match (&inner, outer) {
        (Some(a), Some(b)) => !a.is(b),
        (Some(_), None) => true,
        _ => false,
    };
    if differs {
        inner
    } else {
        None
    }
}

/// A generator running as an inline frame of the eval loop (`for x in gen` resumes it without
/// a native call, as CPython 3.12's FOR_ITER_GEN): its frame, taken out of the generator
/// while it runs (the generator's state says Running meanwhile, so a second resume from any
/// thread raises "generator already executing"), and the exception handled outside it.
pub(crate) struct InlineGen {
    gen: ObjRef,
    pub(crate) frame: Box<Frame>,
    outer_exc: Option<Value>,
}

/// Start or resume the generator `gen` as an inline frame, as `next(gen)` would. `None` when
/// that must go the general way (running, finished, a coroutine...).
pub(crate) fn enter_inline(vm: &mut Vm, gen: &ObjRef) -> Option<InlineGen> {
    let g = gen.payload.native::<Generator>()?;
    if g.is_coroutine {
        return None;
    }
    let mut st = g.state.try_claim()?;
    let mut frame = match std::mem::replace(&mut st.run, State::Running) {
        State::Fresh(f) => f,
        State::Suspended(mut f) => {
            // The value of the `yield` expression it is suspended at.
            f.push(Value::none());
            f
        }
        other => {
            st.run = other;
            return None;
        }
    };
    frame.inline_gen = true;
    g.running_frame
        .store(&*frame as *const Frame as usize, Ordering::Relaxed);
    let outer_exc = vm.handled_exc.clone();
    if let Some(e) = st.exc.take() {
        vm.handled_exc = Some(e);
    }
    Some(InlineGen {
        gen: gen.clone(),
        frame,
        outer_exc,
    })
}

/// `gen.gi_frame`: a snapshot of its frame (None once it finished). A generator running in
/// another thread shows None: its frame is on that thread's stack.
fn gen_frame(vm: &mut Vm, g: &Generator) -> Option<Value> {
    loop {
        let running = g.running_frame.load(Ordering::Relaxed);
        if running != 0 {
            return crate::sysmodule::running_frame_snapshot(vm, running as *const Frame);
        }
        if let Some(st) = g.state.try_claim() {
            return match &st.run {
                State::Fresh(f) | State::Suspended(f) => {
                    Some(crate::sysmodule::frame_snapshot(f, None))
                }
                State::Running | State::Finished => None,
            };
        }
        // Claimed for a moment by a resume that is about to record its frame.
        std::hint::spin_loop();
    }
}

/// Claim a generator that is Running inline: other claimers (`gi_frame`, a rejected
/// resume) hold the claim only for a moment, never while running Python code.
fn claim_running(g: &Generator) -> pyrite_object::sync::ClaimGuard<'_, GenState> {
    loop {
        if let Some(st) = g.state.try_claim() {
            return st;
        }
        std::hint::spin_loop();
    }
}

/// The inline generator yielded: its frame goes back into it.
pub(crate) fn suspend_inline(vm: &mut Vm, mut run: InlineGen) {
    let inner = std::mem::replace(&mut vm.handled_exc, run.outer_exc.take());
    run.frame.inline_gen = false;
    let g = gen_of_obj(&run.gen);
    g.running_frame.store(0, Ordering::Relaxed);
    let mut st = claim_running(g);
    st.exc = handled_inside(inner, &vm.handled_exc);
    st.run = State::Suspended(run.frame);
}

/// The inline generator returned (`err` None) or raised `err`: it is finished. Returns what
/// its caller sees raised, if anything.
pub(crate) fn finish_inline(vm: &mut Vm, mut run: InlineGen, err: Option<PyErr>) -> Option<PyErr> {
    vm.handled_exc = run.outer_exc.take();
    let g = gen_of_obj(&run.gen);
    g.running_frame.store(0, Ordering::Relaxed);
    claim_running(g).run = State::Finished;
    // The frame (its locals) is dropped here, after the state no longer refers to it.
    drop(run.frame);
    err.map(|e| escaped("generator", e))
}

fn gen_of_obj(o: &ObjRef) -> &Generator {
    o.payload
        .native::<Generator>()
        .expect("an inline generator is a generator")
}

fn suspended_in_yield_from(frame: &Frame) -> bool {
    matches!(
        frame.code.instructions.get(frame.pc),
        Some(Instr::YieldFrom)
    ) && !frame.stack.is_empty()
}

/// Forward a thrown exception to the `yield from` delegate. `Ok(Some(y))`: the delegate
/// yielded; `Ok(None)`: it finished and the frame continues after the YieldFrom;
/// `Err(e)`: raise `e` in the frame.
fn throw_into_delegate(vm: &mut Vm, frame: &mut Frame, e: PyErr) -> PyResult<Option<Value>> {
    let delegate = frame.stack.last().cloned().expect("delegate on the stack");
    if e.matches(&types().exc.generator_exit) {
        // close() the delegate, then raise GeneratorExit in this frame.
        if gen_of(&delegate).is_some() {
            close(vm, &delegate)?;
        } else if let Some(c) = vm.get_attr_opt(&delegate, &name("close"))? {
            vm.call_positional(&c, &[])?;
        }
        return Err(e);
    }
    let result = if gen_of(&delegate).is_some() {
        resume(vm, &delegate, Resume::Throw(e))
    } else {
        match vm.get_attr_opt(&delegate, &name("throw"))? {
            Some(t) => match vm.call_positional(&t, &[e.value()]) {
                Ok(v) => Ok(SendResult::Yield(v)),
                Err(err) if err.matches(&types().exc.stop_iteration) => {
                    Ok(SendResult::Return(stop_value(&err)))
                }
                Err(err) => Err(err),
            },
            None => return Err(e),
        }
    };
    match result {
        Ok(SendResult::Yield(y)) => Ok(Some(y)),
        Ok(SendResult::Return(r)) => {
            frame.stack.pop();
            frame.stack.push(r);
            frame.pc += 1;
            Ok(None)
        }
        Err(err) => {
            frame.pc += 1;
            Err(err)
        }
    }
}

/// The value carried by a StopIteration.
pub fn stop_value(e: &PyErr) -> Value {
    if let Some(d) = &e.0.dict {
        if let Some(v) = crate::dictops::dict_get_str(d, "value") {
            return v;
        }
    }
    match exception_data(&e.0)
        .map(|d| d.lock().args.clone())
        .and_then(|a| match a.payload() {
            Some(Payload::Tuple(t)) => t.first().cloned(),
            _ => None,
        }) {
        Some(v) => v,
        None => Value::none(),
    }
}

fn gen_throw_method(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.range("throw", 2, 4)?;
    let typ = &pos[1];
    let err = match (typ.as_obj(), pos.get(2)) {
        (Some(t), Some(val)) if t.as_type().is_some() && !val.is_none() => {
            if val.isinstance(t) {
                vm.make_exception(val)?
            } else {
                let inst = vm.call_positional(typ, std::slice::from_ref(val))?;
                vm.make_exception(&inst)?
            }
        }
        _ => vm.make_exception(typ)?,
    };
    match resume(vm, &pos[0], Resume::Throw(err))? {
        SendResult::Yield(v) => Ok(v),
        SendResult::Return(r) => Err(stop_iteration(r)),
    }
}

/// `gen.close()`.
pub fn close(vm: &mut Vm, genv: &Value) -> PyResult<()> {
    let g = gen_of(genv).ok_or_else(|| type_error("expected a generator"))?;
    if let Some(mut st) = g.state.try_claim() {
        if matches!(st.run, State::Fresh(_) | State::Finished) {
            st.run = State::Finished;
            return Ok(());
        }
    }
    let exit = PyErr::with_args(&types().exc.generator_exit, vec![]);
    match resume(vm, genv, Resume::Throw(exit)) {
        Ok(SendResult::Yield(_)) => {
            let what = if g.is_coroutine {
                "coroutine"
            } else {
                "generator"
            };
            Err(runtime_error(format!("{what} ignored GeneratorExit")))
        }
        Ok(SendResult::Return(_)) => Ok(()),
        Err(e)
            if e.matches(&types().exc.generator_exit) || e.matches(&types().exc.stop_iteration) =>
        {
            Ok(())
        }
        Err(e) => Err(e),
    }
}

impl Vm {
    /// One step of `yield from`: send `v` into `iter`.
    pub fn send_into(&mut self, iter: &Value, v: Value) -> PyResult<SendResult> {
        if gen_of(iter).is_some() {
            return resume(self, iter, Resume::Send(v));
        }
        let r = if v.is_none() {
            match self.next(iter) {
                Ok(Some(y)) => return Ok(SendResult::Yield(y)),
                Ok(None) => return Ok(SendResult::Return(Value::none())),
                Err(e) => Err(e),
            }
        } else {
            self.call_method(iter, "send", &[v])
        };
        match r {
            Ok(y) => Ok(SendResult::Yield(y)),
            Err(e) if e.matches(&types().exc.stop_iteration) => {
                Ok(SendResult::Return(stop_value(&e)))
            }
            Err(e) => Err(e),
        }
    }

    /// `GetYieldFromIter`.
    pub fn yield_from_iter(&mut self, v: &Value) -> PyResult {
        if gen_of(v).is_some() {
            return Ok(v.clone());
        }
        self.iter(v)
    }

    /// `GetAwaitable`.
    pub fn get_awaitable(&mut self, v: &Value) -> PyResult {
        if let Some(g) = gen_of(v) {
            if g.is_coroutine {
                return Ok(v.clone());
            }
        }
        let cls = v.class().clone();
        match self.lookup_type_attr(&cls, &name("__await__")) {
            Some(f) => self.call_method_value(&f, v, (&[], &[])),
            None => Err(type_error(format!(
                "object {} can't be used in 'await' expression",
                v.type_name()
            ))),
        }
    }
}

/// `repr()` of VM-defined native objects.
pub fn native_repr(vm: &mut Vm, o: &ObjRef) -> PyResult<Option<String>> {
    let Payload::Native(n) = &o.payload else {
        return Ok(None);
    };
    if let Some(g) = n.downcast_ref::<Generator>() {
        let q = vm.str_string(&g.qualname)?;
        let what = if g.is_coroutine {
            "coroutine"
        } else {
            "generator"
        };
        return Ok(Some(format!("<{what} object {q} at {:#x}>", o.addr())));
    }
    if n.is::<crate::types::iter::NativeIter>() {
        return Ok(Some(format!(
            "<{} object at {:#x}>",
            o.class().type_name(),
            o.addr()
        )));
    }
    Ok(None)
}
