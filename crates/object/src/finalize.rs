//! `__del__` (PEP 442's finalizers) and weak reference callbacks: the object side.
//!
//! An object's last reference can go anywhere: in the middle of a list operation, while a
//! frame is torn down, inside another object's deallocation. None of these may run Python
//! code, so an instance whose class has a finalizer is not freed when its count reaches
//! zero: it is *resurrected* (count 1, held by this thread's queue) and queued, and the VM
//! calls `__del__` at its next safe point (`pending`, `take_pending`), which is right after
//! the instruction that dropped it for the usual cases (`del x`, `x = None`, a return).
//! After `__del__` the VM marks the object finalized and drops the queue's reference: if
//! that was the last one, the object is freed now without a second call; if `__del__`
//! stored `self` somewhere, the object lives on and is freed, uncalled, when that reference
//! goes (a finalizer runs at most once, as in CPython).

use std::cell::{Cell, RefCell};
use std::collections::VecDeque;
use std::ptr::NonNull;
use std::sync::atomic::Ordering;

use std::sync::OnceLock;

use dashmap::DashSet;

use crate::object::{ObjRef, PyObject};
use crate::payload::Payload;

/// `TypeData::dealloc_hooks`: instances have a `__del__` (own or inherited).
pub const HOOK_FINALIZER: u8 = 1;
/// Some instance has had a weak reference to it.
pub const HOOK_REFERENT: u8 = 2;
/// Instances are weak reference objects (`weakref.ref` and its subclasses).
pub const HOOK_WEAKREF: u8 = 4;

/// Python code a dying object left to run.
pub enum Pending {
    /// Call the object's `__del__`.
    Finalize(ObjRef),
    /// Call this weak reference's callback (its referent died).
    Callback(ObjRef),
}

thread_local! {
    /// What objects that died on this thread left to run, oldest first.
    static QUEUE: RefCell<VecDeque<Pending>> = const { RefCell::new(VecDeque::new()) };
    static PENDING: Cell<bool> = const { Cell::new(false) };
}

/// Addresses of objects whose `__del__` has run and that are still alive.
fn finalized() -> &'static DashSet<usize> {
    static SET: OnceLock<DashSet<usize>> = OnceLock::new();
    SET.get_or_init(DashSet::new)
}

/// Called with an object whose count reached zero, before it is freed: true when it must
/// not be freed (yet): it was queued for its `__del__`, or counted again through a weak
/// reference (free-threaded build).
#[inline]
pub(crate) fn before_free(ptr: NonNull<PyObject>) -> bool {
    // SAFETY: the object is still whole: its count just reached zero.
    let obj = unsafe { ptr.as_ref() };
    let hooks = match &obj.class().payload {
        Payload::Type(td) => td.dealloc_hooks.load(Ordering::Relaxed),
        _ => 0,
    };
    hooks != 0 && run_hooks(ptr, hooks)
}

#[cold]
#[inline(never)]
fn run_hooks(ptr: NonNull<PyObject>, hooks: u8) -> bool {
    let addr = ptr.as_ptr() as usize;
    let was_finalized = hooks & HOOK_FINALIZER != 0 && finalized().remove(&addr).is_some();
    // Kept for its `__del__` (a weak reference object that is resurrected stays registered).
    let finalize = hooks & HOOK_FINALIZER != 0 && !was_finalized;
    if !finalize && hooks & HOOK_WEAKREF != 0 && !crate::weakref::release_weakref(ptr) {
        return true;
    }
    // Weak references are cleared before `__del__` too, under the registry lock: afterwards
    // nothing but the queue can reach the object, so its count cannot race with the
    // resurrection (inside `__del__` they already return None, unlike CPython's).
    let mut callbacks = Vec::new();
    if hooks & HOOK_REFERENT != 0 && !crate::weakref::clear_weakrefs(ptr, &mut callbacks) {
        // Counted again through a weak reference: still alive (its `__del__` runs when that
        // reference goes), and still finalized if it was.
        if was_finalized {
            finalized().insert(addr);
        }
        return true;
    }
    if finalize {
        // SAFETY: as in `before_free`.
        unsafe { ptr.as_ref() }.rc.resurrect();
        // SAFETY: the resurrected count is the reference this `ObjRef` now owns.
        push(Pending::Finalize(unsafe { ObjRef::from_raw(ptr) }));
    }
    for wr in callbacks {
        push(Pending::Callback(wr));
    }
    finalize
}

fn push(p: Pending) {
    let mut p = Some(p);
    let _ = QUEUE.try_with(|q| {
        if let Ok(mut q) = q.try_borrow_mut() {
            q.push_back(p.take().expect("pushed once"));
        }
    });
    match p {
        // The thread is ending and its queue is gone (or going): nothing will run the
        // object's Python code any more, so it is left allocated rather than freed unrun.
        Some(p) => std::mem::forget(p),
        None => {
            let _ = PENDING.try_with(|flag| flag.set(true));
        }
    }
}

/// Are objects waiting for their `__del__` on this thread?
#[inline(always)]
pub fn pending() -> bool {
    PENDING.with(|p| p.get())
}

/// The next thing a dying object left to run (oldest first: CPython runs them in the order
/// the objects die).
pub fn take_pending() -> Option<Pending> {
    QUEUE.with(|q| {
        let next = q.borrow_mut().pop_front();
        if next.is_none() {
            PENDING.with(|p| p.set(false));
        }
        next
    })
}

/// `__del__` has run for `obj`: when its count next reaches zero it is freed.
pub fn mark_finalized(obj: &ObjRef) {
    finalized().insert(obj.addr());
}
