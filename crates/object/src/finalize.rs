//! `__del__` (PEP 442's finalizers): the object side.
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

thread_local! {
    /// Objects whose count reached zero on this thread, waiting for their `__del__`.
    static QUEUE: RefCell<VecDeque<ObjRef>> = const { RefCell::new(VecDeque::new()) };
    static PENDING: Cell<bool> = const { Cell::new(false) };
}

/// Addresses of objects whose `__del__` has run and that are still alive.
fn finalized() -> &'static DashSet<usize> {
    static SET: OnceLock<DashSet<usize>> = OnceLock::new();
    SET.get_or_init(DashSet::new)
}

/// Called with an object whose count reached zero: true when it was queued for its
/// finalizer instead (it must not be freed).
#[inline]
pub(crate) fn intercept(ptr: NonNull<PyObject>) -> bool {
    // SAFETY: the object is still whole: its count just reached zero.
    let obj = unsafe { ptr.as_ref() };
    let has_finalizer = match &obj.class().payload {
        Payload::Type(td) => td.has_finalizer.load(Ordering::Relaxed),
        _ => false,
    };
    if !has_finalizer {
        return false;
    }
    if finalized().remove(&(ptr.as_ptr() as usize)).is_some() {
        // Its `__del__` ran before (and resurrected it): free it now.
        return false;
    }
    obj.rc.resurrect();
    // SAFETY: the resurrected count is the reference this `ObjRef` now owns.
    let obj = unsafe { ObjRef::from_raw(ptr) };
    QUEUE.with(|q| q.borrow_mut().push_back(obj));
    PENDING.with(|p| p.set(true));
    true
}

/// Are objects waiting for their `__del__` on this thread?
#[inline(always)]
pub fn pending() -> bool {
    PENDING.with(|p| p.get())
}

/// The next object waiting for its `__del__` (oldest first: CPython calls them in the order
/// the objects die).
pub fn take_pending() -> Option<ObjRef> {
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
