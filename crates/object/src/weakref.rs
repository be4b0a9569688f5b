//! Weak references: which weak reference objects point at which object, and clearing them
//! when that object dies.
//!
//! The registry maps a referent's address to the `WeakRef` data of the weak references to
//! it. Dereferencing a weak reference counts the referent while holding the registry's
//! lock for that address (a read lock); freeing a referent clears its weak references
//! while holding the same lock for writing. In the free-threaded build another thread can
//! dereference in the instant between the referent's count reaching zero and its free
//! taking the lock: the free then finds the count above zero again and keeps the object
//! (`RefCount::revived`), which from then on is counted in its shared field only.
//!
//! A dying referent takes a reference to each of its weak reference objects that has a
//! callback, to call it later. That reference is taken under the referent's lock too, and a
//! weak reference object frees itself only under that lock (`release_weakref`), so the same
//! check applies: one whose count reached zero but was counted again is kept.

use std::ptr::NonNull;
use std::sync::atomic::{AtomicPtr, Ordering};
use std::sync::OnceLock;

use dashmap::DashMap;

use crate::object::{ObjRef, PyObject, Value};
use crate::payload::{NativeBox, Payload};

/// A weak reference object's data (the payload of `weakref.ref` instances).
pub struct WeakRef {
    /// The referent; null once it died.
    target: AtomicPtr<PyObject>,
    /// The weak reference object itself (set once, right after it is made).
    this: AtomicPtr<PyObject>,
    /// Taken when it is called (CPython clears `__callback__` once the referent died).
    callback: parking_lot::Mutex<Option<Value>>,
    /// A plain `ref(obj)` (exact type, no callback): shared by every such call, as in
    /// CPython.
    basic: bool,
    /// `hash(ref)`: the referent's hash, worked out on first use.
    pub hash: parking_lot::Mutex<Option<i64>>,
}

/// Referent address -> addresses of the `WeakRef`s pointing at it.
fn registry() -> &'static DashMap<usize, Vec<usize>> {
    static REGISTRY: OnceLock<DashMap<usize, Vec<usize>>> = OnceLock::new();
    REGISTRY.get_or_init(DashMap::new)
}

/// A new weak reference object of class `class` to `target`. With `basic` (a plain
/// `ref(obj)`: the exact type, no callback) an existing basic reference is returned instead.
pub fn new_weakref(class: ObjRef, target: &ObjRef, callback: Option<Value>, basic: bool) -> ObjRef {
    if basic {
        if let Some(refs) = registry().get(&target.addr()) {
            let found = refs.iter().find(|&&r| {
                // SAFETY: as in `this_counted`.
                unsafe { &*(r as *const WeakRef) }.basic
            });
            if let Some(existing) = found.and_then(|&r| this_counted(r)) {
                return existing;
            }
        }
    }
    if let Payload::Type(td) = &target.class().payload {
        // From now on freeing an instance of this class looks in the registry.
        td.dealloc_hooks
            .fetch_or(crate::finalize::HOOK_REFERENT, Ordering::Relaxed);
    }
    target.rc.merge_for_weakref();
    let data = WeakRef {
        target: AtomicPtr::new(target.as_ptr() as *mut PyObject),
        this: AtomicPtr::new(std::ptr::null_mut()),
        callback: parking_lot::Mutex::new(callback),
        basic,
        hash: parking_lot::Mutex::new(None),
    };
    let obj = ObjRef::new(class, None, Payload::Native(NativeBox::new(data)));
    let wr = obj.payload.native::<WeakRef>().expect("just made");
    wr.this
        .store(obj.as_ptr() as *mut PyObject, Ordering::Relaxed);
    registry()
        .entry(target.addr())
        .or_default()
        .push(wr as *const WeakRef as usize);
    obj
}

impl WeakRef {
    /// The referent, or `None` once it died.
    pub fn get(&self) -> Option<ObjRef> {
        let t = self.target.load(Ordering::Acquire);
        if t.is_null() {
            return None;
        }
        let entry = registry().get(&(t as usize))?;
        // Checked again under the lock: a dying referent clears this while holding it.
        if self.target.load(Ordering::Acquire).is_null() {
            return None;
        }
        // SAFETY: the referent is not freed while the lock is held (see the module comment:
        // a free that finds this reference keeps the object).
        let obj = unsafe { ObjRef::from_weak(NonNull::new_unchecked(t)) };
        drop(entry);
        obj
    }

    pub fn callback(&self) -> Option<Value> {
        self.callback.lock().clone()
    }

    /// The callback, to call it now that the referent died (leaving `None`).
    pub fn take_callback(&self) -> Option<Value> {
        self.callback.lock().take()
    }
}

/// How many weak references point at `obj`.
pub fn weakref_count(obj: &ObjRef) -> usize {
    registry().get(&obj.addr()).map_or(0, |refs| refs.len())
}

/// The live weak reference objects pointing at `obj`.
pub fn weakrefs_to(obj: &ObjRef) -> Vec<ObjRef> {
    let Some(refs) = registry().get(&obj.addr()) else {
        return Vec::new();
    };
    refs.iter().filter_map(|&r| this_counted(r)).collect()
}

/// A reference to the weak reference object whose data is at `wr`. Called with the
/// registry lock for its referent held: `wr` is registered, so its object is not freed
/// (it unregisters under that lock, and keeps itself if it was counted again meanwhile).
fn this_counted(wr: usize) -> Option<ObjRef> {
    // SAFETY: registered `WeakRef`s stay allocated while the lock is held (above).
    let this = unsafe { &*(wr as *const WeakRef) }
        .this
        .load(Ordering::Relaxed);
    // SAFETY: as above.
    NonNull::new(this).and_then(|p| unsafe { ObjRef::from_weak(p) })
}

/// A weak reference object is being freed: unregister it from its referent. False when
/// its referent counted it again meanwhile (for a callback): then it must not be freed.
pub(crate) fn release_weakref(obj: NonNull<PyObject>) -> bool {
    // SAFETY: the object is still whole: its count just reached zero.
    let o = unsafe { obj.as_ref() };
    let Some(data) = o.payload.native::<WeakRef>() else {
        return true;
    };
    let t = data.target.load(Ordering::Acquire) as usize;
    if t == 0 {
        return true;
    }
    let me = data as *const WeakRef as usize;
    let entry = registry().entry(t);
    // Checked even when the referent's entry is gone: the referent may have counted this
    // reference for its callback just before it removed the entry.
    if o.rc.revived() {
        return false;
    }
    let dashmap::mapref::entry::Entry::Occupied(mut entry) = entry else {
        data.target.store(std::ptr::null_mut(), Ordering::Release);
        return true;
    };
    entry.get_mut().retain(|&r| r != me);
    if entry.get().is_empty() {
        entry.remove();
    }
    data.target.store(std::ptr::null_mut(), Ordering::Release);
    true
}

/// `obj` (whose class has had weak references) is being freed: clear the weak references
/// to it and queue their callbacks. False when a weak reference revived it meanwhile (free-
/// threaded build only): then it must not be freed.
pub(crate) fn clear_weakrefs(ptr: NonNull<PyObject>, callbacks: &mut Vec<ObjRef>) -> bool {
    let key = ptr.as_ptr() as usize;
    let entry = registry().entry(key);
    // SAFETY: the object's memory is still there; only its count is looked at.
    let rc = &unsafe { ptr.as_ref() }.rc;
    // Checked even when no weak reference is left: the last one may have dereferenced it
    // and gone since (the lock orders its count before this check).
    if rc.revived() {
        return false;
    }
    let dashmap::mapref::entry::Entry::Occupied(entry) = entry else {
        return true;
    };
    // Newest first, as CPython calls the callbacks.
    for &wr in entry.get().iter().rev() {
        // SAFETY: as in `this_counted`.
        let data = unsafe { &*(wr as *const WeakRef) };
        data.target.store(std::ptr::null_mut(), Ordering::Release);
        if data.callback.lock().is_some() {
            callbacks.extend(this_counted(wr));
        }
    }
    entry.remove();
    true
}
