//! A list's items: a growable array behind a sequence lock (`sync::SeqLock`).
//!
//! Writers take the lock. Readers of one item or of the length do not (PEP 703's
//! "optimistic" list reads): `get` copies the slot and keeps the copy only if no writer came
//! between, so reading a list costs no atomic read-modify-write and threads reading the same
//! list do not fight over its cache line. In the GIL build the lock is no lock at all.
//!
//! A lock-free reader may copy a slot just before a writer takes its object out, and count
//! the reference just after. So when other threads use the list (the lock's SHARED state),
//! what a writer takes out is released through QSBR (`sync::retire_value`/`retire_items`)
//! instead of at once: references, and the array itself when it is outgrown or replaced.
//! The array pointer and length are atomics that writers store under the lock.
//!
//! The slots themselves are written with plain (non-atomic) stores by writers and read with
//! atomic word loads by readers, the usual sequence-lock compromise (as in the Linux kernel
//! or crossbeam's `AtomicCell`): a torn or stale copy is never used, because the validation
//! after it fails whenever a writer held the lock meanwhile.

use std::cell::UnsafeCell;
use std::mem::ManuallyDrop;
use std::ops::Range;
use std::sync::atomic::{AtomicPtr, AtomicU64, AtomicUsize, Ordering};

use crate::object::Value;
use crate::sync::{retire_items, retire_value, SeqLock, SeqToken};

// A slot is read as two words: a `Value` must be exactly that, with no padding.
const _: () = assert!(std::mem::size_of::<Value>() == 16);

pub struct ListCell {
    lock: SeqLock,
    ptr: AtomicPtr<Value>,
    len: AtomicUsize,
    /// Only touched under the lock.
    cap: UnsafeCell<usize>,
}

// SAFETY: `cap` and the slots are written only under the lock; lock-free readers only load
// the atomics and validate slot copies (see the module comment).
unsafe impl Send for ListCell {}
// SAFETY: as above.
unsafe impl Sync for ListCell {}

impl ListCell {
    pub fn new(items: Vec<Value>) -> ListCell {
        let mut items = ManuallyDrop::new(items);
        ListCell {
            lock: SeqLock::new(),
            ptr: AtomicPtr::new(items.as_mut_ptr()),
            len: AtomicUsize::new(items.len()),
            cap: UnsafeCell::new(items.capacity()),
        }
    }

    /// Lock the list (DESIGN.md "Rules": never across Python code).
    #[inline(always)]
    pub fn lock(&self) -> ListGuard<'_> {
        ListGuard {
            token: self.lock.lock(),
            cell: self,
            wrote: false,
        }
    }

    /// The number of items, without the lock.
    #[inline(always)]
    pub fn len(&self) -> usize {
        self.len.load(Ordering::Acquire)
    }

    #[inline(always)]
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Item `i`, read without the lock when no writer is active (else with it).
    #[inline(always)]
    pub fn get(&self, i: usize) -> Option<Value> {
        if let Some(read) = self.lock.read_begin() {
            let ptr = self.ptr.load(Ordering::Relaxed);
            let len = self.len.load(Ordering::Relaxed);
            if self.lock.read_valid(read) {
                if i >= len {
                    return None;
                }
                // SAFETY: `ptr`/`len` were a consistent pair, so slot `i` lies in an array
                // that is not freed before this thread's next quiescent state (a replaced
                // array of a shared list is retired; the creator's own unshared list has no
                // other writer). The words are loaded atomically; see the module comment.
                let words = unsafe {
                    let slot = ptr.add(i) as *const AtomicU64;
                    [
                        (*slot).load(Ordering::Relaxed),
                        (*slot.add(1)).load(Ordering::Relaxed),
                    ]
                };
                if self.lock.read_valid(read) {
                    // SAFETY: the words are a `Value` that was in the list at validation
                    // time; it is not ours, so it is only cloned, never dropped. Its object
                    // (if any) is alive until this thread's next quiescent state: the list
                    // held it, and a writer that took it out since released it through QSBR.
                    let v =
                        ManuallyDrop::new(unsafe { std::mem::transmute::<[u64; 2], Value>(words) });
                    return Some((*v).clone());
                }
            }
        }
        self.lock().get(i).cloned()
    }

    /// A copy of the items.
    pub fn to_vec(&self) -> Vec<Value> {
        self.lock().to_vec()
    }
}

impl Drop for ListCell {
    fn drop(&mut self) {
        // SAFETY: the parts came from a `Vec` (see `ListGuard::with_vec`); nobody else can
        // reach a list being dropped.
        let mut items = unsafe {
            Vec::from_raw_parts(
                *self.ptr.get_mut(),
                *self.len.get_mut(),
                *self.cap.get_mut(),
            )
        };
        // Last item first, as CPython's list_dealloc (the order `__del__` methods run in).
        while items.pop().is_some() {}
    }
}

impl Default for ListCell {
    fn default() -> Self {
        ListCell::new(Vec::new())
    }
}

impl std::fmt::Debug for ListCell {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("ListCell(..)")
    }
}

/// A locked list. Reads through `Deref` (a slice); writes through the methods, which know
/// how to release what they take out of a shared list.
pub struct ListGuard<'a> {
    cell: &'a ListCell,
    token: SeqToken,
    wrote: bool,
}

impl Drop for ListGuard<'_> {
    #[inline(always)]
    fn drop(&mut self) {
        self.cell.lock.unlock(self.token, self.wrote);
    }
}

impl std::ops::Deref for ListGuard<'_> {
    type Target = [Value];
    #[inline(always)]
    fn deref(&self) -> &[Value] {
        let ptr = self.cell.ptr.load(Ordering::Relaxed);
        let len = self.cell.len.load(Ordering::Relaxed);
        // SAFETY: the lock is held, so no writer changes the items while the slice lives
        // (it borrows the guard).
        unsafe { std::slice::from_raw_parts(ptr, len) }
    }
}

/// Stores the array back into the cell even if the operation panics.
struct WriteBack<'a> {
    cell: &'a ListCell,
    vec: ManuallyDrop<Vec<Value>>,
}

impl Drop for WriteBack<'_> {
    fn drop(&mut self) {
        self.cell
            .ptr
            .store(self.vec.as_mut_ptr(), Ordering::Relaxed);
        // Release: a lock-free `len()` reader that sees the new length sees the items.
        self.cell.len.store(self.vec.len(), Ordering::Release);
        // SAFETY: the lock is held.
        unsafe { *self.cell.cap.get() = self.vec.capacity() };
    }
}

impl ListGuard<'_> {
    /// Run `f` on the items as a `Vec` (the lock is held).
    fn with_vec<R>(&mut self, f: impl FnOnce(&mut Vec<Value>) -> R) -> R {
        self.wrote = true;
        let cell = self.cell;
        // SAFETY: the parts always describe a live `Vec` (they are only stored by
        // `WriteBack`, or taken from a `Vec` in `ListCell::new`), and the lock is held.
        let vec = unsafe {
            Vec::from_raw_parts(
                cell.ptr.load(Ordering::Relaxed),
                cell.len.load(Ordering::Relaxed),
                *cell.cap.get(),
            )
        };
        let mut back = WriteBack {
            cell,
            vec: ManuallyDrop::new(vec),
        };
        f(&mut back.vec)
    }

    /// Do other threads use this list? Then what is taken out goes through QSBR.
    #[inline(always)]
    fn shared(&self) -> bool {
        self.cell.lock.is_shared(self.token)
    }

    /// A reference taken out of the list, for the caller; a shared list's own reference is
    /// released late.
    fn taken(&self, v: Value) -> Value {
        if self.shared() {
            retire_value(v.clone());
        }
        v
    }

    fn taken_all(&self, vs: Vec<Value>) -> Vec<Value> {
        if self.shared() && !vs.is_empty() {
            retire_items(vs.clone());
        }
        vs
    }

    /// Make room for `more` items without letting `Vec` free the array under a reader: a
    /// shared list moves to a new array and retires the old one.
    fn reserve(&mut self, more: usize) {
        if !self.shared() {
            return;
        }
        // SAFETY: the lock is held.
        let cap = unsafe { *self.cell.cap.get() };
        let len = self.len();
        if len + more <= cap {
            return;
        }
        let mut bigger = Vec::with_capacity((cap * 2).max(len + more).max(4));
        let old = self.with_vec(|v| {
            // SAFETY: the items move bitwise into the new array; the old `Vec` keeps only
            // its (now empty) array, which readers may still be reading.
            unsafe {
                std::ptr::copy_nonoverlapping(v.as_ptr(), bigger.as_mut_ptr(), len);
                bigger.set_len(len);
                v.set_len(0);
            }
            std::mem::replace(v, bigger)
        });
        retire_items(old);
    }

    pub fn push(&mut self, v: Value) {
        self.reserve(1);
        self.with_vec(|items| items.push(v));
    }

    pub fn extend(&mut self, new: Vec<Value>) {
        self.reserve(new.len());
        self.with_vec(|items| items.extend(new));
    }

    pub fn insert(&mut self, i: usize, v: Value) {
        self.reserve(1);
        self.with_vec(|items| items.insert(i, v));
    }

    /// Remove and return item `i` (which must exist).
    pub fn remove(&mut self, i: usize) -> Value {
        let v = self.with_vec(|items| items.remove(i));
        self.taken(v)
    }

    pub fn pop(&mut self) -> Option<Value> {
        let v = self.with_vec(|items| items.pop())?;
        Some(self.taken(v))
    }

    /// Store `v` at `i` (which must exist) and return the old item.
    pub fn set(&mut self, i: usize, v: Value) -> Value {
        assert!(i < self.len(), "ListGuard::set out of range");
        self.wrote = true;
        // SAFETY: `i` is in range and the lock is held; the array stays where it is.
        let old = unsafe { std::ptr::replace(self.cell.ptr.load(Ordering::Relaxed).add(i), v) };
        self.taken(old)
    }

    pub fn reverse(&mut self) {
        self.with_vec(|items| items.reverse());
    }

    /// Remove and return the items in `range`.
    pub fn drain(&mut self, range: Range<usize>) -> Vec<Value> {
        let gone = self.with_vec(|items| items.drain(range).collect());
        self.taken_all(gone)
    }

    /// Keep the items for which `keep` (given each item's position) is true; return the
    /// others.
    pub fn retain_positions(&mut self, mut keep: impl FnMut(usize) -> bool) -> Vec<Value> {
        let mut i = 0;
        let gone = self.with_vec(|items| {
            items
                .extract_if(.., |_| {
                    let k = keep(i);
                    i += 1;
                    !k
                })
                .collect()
        });
        self.taken_all(gone)
    }

    /// Replace the items in `range` by `new`; return the old ones.
    pub fn splice(&mut self, range: Range<usize>, new: Vec<Value>) -> Vec<Value> {
        self.reserve(new.len());
        let gone = self.with_vec(|items| items.splice(range, new).collect());
        self.taken_all(gone)
    }

    /// Replace all items; return the old ones.
    pub fn replace(&mut self, new: Vec<Value>) -> Vec<Value> {
        let old = self.with_vec(|items| std::mem::replace(items, new));
        if self.shared() {
            // Readers may still be reading the old array: it is retired, the caller gets
            // copies.
            let copy = old.clone();
            retire_items(old);
            return copy;
        }
        old
    }

    /// Take all items out, leaving the list empty.
    pub fn take(&mut self) -> Vec<Value> {
        self.replace(Vec::new())
    }
}
