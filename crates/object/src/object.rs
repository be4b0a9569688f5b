//! `PyObject` (a heap object: refcount, class, optional instance dict, payload), `ObjRef` (an
//! owning reference to one) and `Value` (what the VM passes around: a small int or float held
//! inline, or an object reference).

use std::cell::{Cell, RefCell};
use std::mem::ManuallyDrop;
use std::ptr::NonNull;

use crate::payload::Payload;
use crate::sync::RefCount;
use crate::types::types;

/// A heap-allocated Python object.
pub struct PyObject {
    pub(crate) rc: RefCount,
    class: ManuallyDrop<ObjRef>,
    /// The instance `__dict__` (a dict object) for objects whose class has one; module
    /// globals; function attributes.
    pub dict: Option<ObjRef>,
    pub payload: Payload,
}

impl PyObject {
    #[inline(always)]
    pub fn class(&self) -> &ObjRef {
        &self.class
    }
    pub fn refcount(&self) -> u32 {
        self.rc.get()
    }
    pub fn is_immortal(&self) -> bool {
        self.rc.is_immortal()
    }
    /// Never free this object, and stop counting references to it (PEP 683). In the
    /// free-threaded build only the thread that owns the object's count can do this; for an
    /// object another thread owns it does nothing (see `sync::RefCount::make_immortal`).
    pub fn make_immortal(&self) {
        self.rc.make_immortal();
    }
}

/// An owning, reference-counted pointer to a `PyObject`.
#[repr(transparent)]
pub struct ObjRef(NonNull<PyObject>);

impl ObjRef {
    /// Allocate a new object with refcount 1.
    pub fn new(class: ObjRef, dict: Option<ObjRef>, payload: Payload) -> ObjRef {
        Self::alloc(PyObject {
            rc: RefCount::new(),
            class: ManuallyDrop::new(class),
            dict,
            payload,
        })
    }

    /// Allocate an object that is never freed and never counted.
    pub fn new_immortal(class: ObjRef, dict: Option<ObjRef>, payload: Payload) -> ObjRef {
        Self::alloc(PyObject {
            rc: RefCount::immortal(),
            class: ManuallyDrop::new(class),
            dict,
            payload,
        })
    }

    /// Take ownership of a reference counted in `ptr`'s count.
    ///
    /// SAFETY: the caller owns one counted reference to a live object, which this `ObjRef`
    /// will drop.
    pub(crate) unsafe fn from_raw(ptr: NonNull<PyObject>) -> ObjRef {
        ObjRef(ptr)
    }

    /// A new reference to the object at `ptr`, reached through a weak reference; `None`
    /// when it is already dead (`RefCount::incref_from_weak`).
    ///
    /// SAFETY: the object's memory must stay allocated meanwhile (see `weakref.rs`).
    pub(crate) unsafe fn from_weak(ptr: NonNull<PyObject>) -> Option<ObjRef> {
        ptr.as_ref().rc.incref_from_weak().then_some(ObjRef(ptr))
    }

    fn alloc(obj: PyObject) -> ObjRef {
        ObjRef(NonNull::from(Box::leak(Box::new(obj))))
    }

    /// Create the `type` type, whose class is itself. Used once, at start-up.
    pub(crate) fn new_self_typed(payload: Payload) -> ObjRef {
        let boxed = Box::new(PyObject {
            rc: RefCount::immortal(),
            // Placeholder, overwritten below before anyone can see the object.
            class: ManuallyDrop::new(ObjRef(NonNull::dangling())),
            dict: None,
            payload,
        });
        let ptr = NonNull::from(Box::leak(boxed));
        // SAFETY: `ptr` is a fresh, unique allocation; writing its class field (a
        // ManuallyDrop, so the dangling placeholder is not dropped) is the only access.
        unsafe {
            (*ptr.as_ptr()).class = ManuallyDrop::new(ObjRef(ptr));
        }
        ObjRef(ptr)
    }

    #[inline(always)]
    pub fn as_ptr(&self) -> *const PyObject {
        self.0.as_ptr()
    }

    /// Identity (`is`).
    #[inline(always)]
    pub fn is(&self, other: &ObjRef) -> bool {
        self.0 == other.0
    }

    /// The object's address, used for `id()` and default hashes.
    #[inline(always)]
    pub fn addr(&self) -> usize {
        self.0.as_ptr() as usize
    }
}

impl Clone for ObjRef {
    #[inline(always)]
    fn clone(&self) -> ObjRef {
        self.rc.incref();
        ObjRef(self.0)
    }
}

thread_local! {
    /// Depth of nested deallocations on this thread, and objects whose freeing was deferred
    /// because the depth got too big (CPython's "trashcan"): freeing a 100 000-element linked
    /// list must not overflow the native stack.
    static DEALLOC_DEPTH: Cell<u32> = const { Cell::new(0) };
    static DEFERRED: RefCell<Vec<NonNull<PyObject>>> = const { RefCell::new(Vec::new()) };
}

const MAX_DEALLOC_DEPTH: u32 = 200;

impl ObjRef {
    /// Drop this reference; true when that was the last one (the object was freed or
    /// queued for its `__del__`), so a caller that can run Python code knows to look for
    /// finalizers only then.
    #[inline(always)]
    pub fn release(self) -> bool {
        let ptr = self.0;
        std::mem::forget(self);
        // SAFETY: `ptr` was this reference's object; its count is dropped exactly once.
        unsafe { release_ref(ptr) }
    }
}

impl Drop for ObjRef {
    #[inline(always)]
    fn drop(&mut self) {
        // SAFETY: this reference is counted and dropped once, here.
        unsafe { release_ref(self.0) };
    }
}

/// Drop one counted reference to `ptr`, freeing the object if it was the last; true then.
///
/// SAFETY: the caller owns that reference and never uses it again.
#[inline(always)]
unsafe fn release_ref(ptr: NonNull<PyObject>) -> bool {
    let last = ptr.as_ref().rc.decref(ptr);
    if last {
        dealloc(ptr);
    }
    last
}

#[inline(never)]
pub(crate) fn dealloc(ptr: NonNull<PyObject>) {
    let depth = DEALLOC_DEPTH.with(|d| d.get());
    if depth >= MAX_DEALLOC_DEPTH {
        DEFERRED.with(|q| q.borrow_mut().push(ptr));
        return;
    }
    DEALLOC_DEPTH.with(|d| d.set(depth + 1));
    // SAFETY: the count reached zero, so this was the last reference; the pointer came from
    // `Box::leak` in `alloc`.
    unsafe { free(ptr) };
    if depth == 0 {
        // Outermost deallocation on this thread: drain what was deferred.
        while let Some(next) = DEFERRED.with(|q| q.borrow_mut().pop()) {
            // SAFETY: deferred pointers are objects whose count reached zero, freed once.
            unsafe { free(next) };
        }
    }
    DEALLOC_DEPTH.with(|d| d.set(depth));
}

/// SAFETY: `ptr` must be the last reference to a `Box`-allocated object.
unsafe fn free(ptr: NonNull<PyObject>) {
    if crate::finalize::before_free(ptr) {
        // Kept: queued for its `__del__`, or counted again through a weak reference.
        return;
    }
    let mut boxed = Box::from_raw(ptr.as_ptr());
    ManuallyDrop::drop(&mut boxed.class);
    drop(boxed);
}

impl std::ops::Deref for ObjRef {
    type Target = PyObject;
    #[inline(always)]
    fn deref(&self) -> &PyObject {
        // SAFETY: an ObjRef owns a reference, so the object is alive while `self` is.
        unsafe { self.0.as_ref() }
    }
}

impl std::fmt::Debug for ObjRef {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "<{} object at {:#x}>",
            self.class().type_name(),
            self.addr()
        )
    }
}

/// What the VM passes around. Ints that fit in an `i64` and exact floats are held inline
/// (no allocation, no refcount traffic: DESIGN.md "cheap values"); everything else,
/// including big ints, bools and subclass instances of int/float, is an object.
///
/// Invariant: an exact `int` object (class `int`, payload `Int`) never holds a value that fits
/// in an `i64`: such values are always `Value::Int`. So equal exact ints have one representation.
///
/// `repr(u64)`: a value is two fully initialised words (tag, payload), so a lock-free list
/// reader can copy one with two atomic loads (`list.rs`).
///
/// A float is held as its bits (`F64`), not as an `f64`: with every payload an integer or
/// a pointer, the compiler treats a value as a pair of words and passes and returns it in
/// two registers. With an `f64` among them a value is an aggregate that goes through
/// memory: it is written as two words and read back as one 16-byte load, which the CPU
/// cannot forward from the two pending stores, so it waits for them to reach the cache.
#[derive(Clone)]
#[repr(u64)]
pub enum Value {
    Int(i64),
    Float(F64),
    Obj(ObjRef),
}

/// An inline float's bits (see `Value`).
#[derive(Clone, Copy)]
#[repr(transparent)]
pub struct F64(u64);

impl F64 {
    #[inline(always)]
    pub fn new(f: f64) -> F64 {
        F64(f.to_bits())
    }

    #[inline(always)]
    pub fn get(self) -> f64 {
        f64::from_bits(self.0)
    }

    #[inline(always)]
    pub fn to_bits(self) -> u64 {
        self.0
    }
}

impl Value {
    /// An inline float.
    #[inline(always)]
    pub fn float(f: f64) -> Value {
        Value::Float(F64::new(f))
    }

    /// The value's class (`type(v)`).
    #[inline(always)]
    pub fn class(&self) -> &ObjRef {
        match self {
            Value::Int(_) => &types().int,
            Value::Float(_) => &types().float,
            Value::Obj(o) => o.class(),
        }
    }

    /// The class name as `type(v).__name__` reports it.
    pub fn type_name(&self) -> String {
        self.class().type_name()
    }

    #[inline(always)]
    pub fn as_obj(&self) -> Option<&ObjRef> {
        match self {
            Value::Obj(o) => Some(o),
            _ => None,
        }
    }

    /// The payload of an object value (`None` for inline ints and floats).
    #[inline(always)]
    pub fn payload(&self) -> Option<&Payload> {
        match self {
            Value::Obj(o) => Some(&o.payload),
            _ => None,
        }
    }

    /// Identity: `a is b`. Inline ints and floats are identical when their values (bit
    /// patterns for floats) are equal.
    #[inline(always)]
    pub fn is(&self, other: &Value) -> bool {
        match (self, other) {
            (Value::Obj(a), Value::Obj(b)) => a.is(b),
            (Value::Int(a), Value::Int(b)) => a == b,
            (Value::Float(a), Value::Float(b)) => a.to_bits() == b.to_bits(),
            _ => false,
        }
    }

    #[inline(always)]
    pub fn is_obj(&self, other: &ObjRef) -> bool {
        matches!(self, Value::Obj(o) if o.is(other))
    }

    #[inline(always)]
    pub fn is_none(&self) -> bool {
        self.is_obj(&types().none_value)
    }

    pub fn none() -> Value {
        Value::Obj(types().none_value.clone())
    }

    #[inline(always)]
    pub fn bool(b: bool) -> Value {
        let t = types();
        Value::Obj(if b {
            t.true_value.clone()
        } else {
            t.false_value.clone()
        })
    }

    pub fn not_implemented() -> Value {
        Value::Obj(types().not_implemented_value.clone())
    }

    pub fn is_not_implemented(&self) -> bool {
        self.is_obj(&types().not_implemented_value)
    }

    pub fn is_ellipsis(&self) -> bool {
        self.is_obj(&types().ellipsis_value)
    }

    pub fn ellipsis() -> Value {
        Value::Obj(types().ellipsis_value.clone())
    }

    /// A number for `id()`: the address for objects; inline ints and floats get a stable
    /// odd number derived from their value (real addresses are even).
    pub fn id(&self) -> i64 {
        match self {
            Value::Obj(o) => o.addr() as i64,
            Value::Int(i) => (((*i as u64) << 2) | 1) as i64 & i64::MAX,
            Value::Float(f) => ((f.to_bits() << 2) | 3) as i64 & i64::MAX,
        }
    }

    /// Is this value's class exactly `cls` (no subclasses)?
    #[inline(always)]
    pub fn is_exact(&self, cls: &ObjRef) -> bool {
        self.class().is(cls)
    }
}

/// Constructors for values of the builtin types.
impl Value {
    /// An int value from a big integer, normalised: values that fit in an i64 are inline.
    pub fn from_bigint(b: num_bigint::BigInt) -> Value {
        use num_traits::ToPrimitive;
        match b.to_i64() {
            Some(i) => Value::Int(i),
            None => Value::Obj(ObjRef::new(types().int.clone(), None, Payload::Int(b))),
        }
    }

    pub fn new_tuple(items: Vec<Value>) -> Value {
        Value::Obj(ObjRef::new(
            types().tuple.clone(),
            None,
            Payload::Tuple(items.into_boxed_slice()),
        ))
    }

    pub fn new_list(items: Vec<Value>) -> Value {
        Value::Obj(ObjRef::new(
            types().list.clone(),
            None,
            Payload::List(crate::list::ListCell::new(items)),
        ))
    }

    pub fn new_bytes(bytes: Vec<u8>) -> Value {
        Value::Obj(ObjRef::new(
            types().bytes.clone(),
            None,
            Payload::Bytes(bytes.into_boxed_slice()),
        ))
    }

    pub fn new_complex(re: f64, im: f64) -> Value {
        Value::Obj(ObjRef::new(
            types().complex.clone(),
            None,
            Payload::Complex { re, im },
        ))
    }

    pub fn new_str(s: impl Into<Box<str>>) -> Value {
        crate::str::str_value(s)
    }

    pub fn new_dict(table: crate::dict::DictTable) -> Value {
        Value::Obj(ObjRef::new(
            types().dict.clone(),
            None,
            Payload::Dict(crate::dict_object::DictObject::new(table)),
        ))
    }
}

impl From<ObjRef> for Value {
    #[inline(always)]
    fn from(o: ObjRef) -> Value {
        Value::Obj(o)
    }
}

impl From<i64> for Value {
    #[inline(always)]
    fn from(i: i64) -> Value {
        Value::Int(i)
    }
}

impl From<f64> for Value {
    #[inline(always)]
    fn from(f: f64) -> Value {
        Value::float(f)
    }
}

impl From<bool> for Value {
    #[inline(always)]
    fn from(b: bool) -> Value {
        Value::bool(b)
    }
}

impl std::fmt::Debug for Value {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Value::Int(i) => write!(f, "{i}"),
            Value::Float(x) => write!(f, "{:?}", x.get()),
            Value::Obj(o) => match &o.payload {
                Payload::Str(s) => write!(f, "{:?}", s.as_str()),
                _ => o.fmt(f),
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn value_is_two_words() {
        assert_eq!(std::mem::size_of::<Value>(), 16);
        assert_eq!(std::mem::size_of::<Option<Value>>(), 16);
    }

    #[test]
    fn payloads_stay_small() {
        // Every object pays for the largest payload variant: big tables (dict, set) are
        // boxed so that ints, strs, tuples and instances stay small.
        assert!(std::mem::size_of::<Payload>() <= 40);
        assert!(std::mem::size_of::<PyObject>() <= 72);
    }

    #[test]
    fn deep_chains_free_without_overflow() {
        // A 1 000 000-deep chain of 1-tuples: freeing the head frees everything, iteratively.
        let t = types();
        let mut head = Value::none();
        for _ in 0..1_000_000 {
            head = Value::Obj(ObjRef::new(
                t.tuple.clone(),
                None,
                Payload::Tuple(vec![head].into_boxed_slice()),
            ));
        }
        drop(head);
    }

    #[test]
    fn immortal_objects_keep_their_mark() {
        let none = types().none_value.clone();
        for _ in 0..10 {
            let _c = none.clone();
        }
        assert!(none.is_immortal());
    }
}
