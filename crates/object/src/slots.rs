//! A `__slots__` instance's values: a fixed array behind a sequence lock (`sync::SeqLock`).
//!
//! The same protocol as a list's items (`list.rs`): writers lock, readers copy a slot and
//! keep the copy only if no writer came between, and once other threads use the object
//! (the lock's SHARED state) what a writer takes out is released through QSBR. The array
//! never grows or moves, which makes a read cheaper than a list's: there is no array
//! pointer and length to read consistently first, so one validation suffices.

use std::cell::UnsafeCell;
use std::mem::ManuallyDrop;
use std::sync::atomic::{AtomicU64, Ordering};

use crate::object::Value;
use crate::sync::{retire_value, SeqLock};

pub struct SlotsCell {
    lock: SeqLock,
    slots: Box<[UnsafeCell<Value>]>,
}

// SAFETY: slots are written only under the lock; lock-free readers validate their copies.
unsafe impl Send for SlotsCell {}
// SAFETY: as above.
unsafe impl Sync for SlotsCell {}

impl SlotsCell {
    /// `n` slots, each holding `unset`.
    pub fn new(n: usize, unset: Value) -> SlotsCell {
        let slots = vec![unset; n].into_boxed_slice();
        SlotsCell {
            lock: SeqLock::new(),
            // SAFETY: `UnsafeCell<Value>` has the layout of `Value` (`repr(transparent)`).
            slots: unsafe { Box::from_raw(Box::into_raw(slots) as *mut [UnsafeCell<Value>]) },
        }
    }

    pub fn len(&self) -> usize {
        self.slots.len()
    }

    pub fn is_empty(&self) -> bool {
        self.slots.is_empty()
    }

    /// Slot `i` (`None` past the end), read without the lock when no writer is active.
    #[inline(always)]
    pub fn get(&self, i: usize) -> Option<Value> {
        let slot = self.slots.get(i)?.get();
        if let Some(read) = self.lock.read_begin() {
            // SAFETY: the array lives as long as `self`; the words are loaded atomically
            // and only used if the validation below shows no writer came between (`Value`
            // is two initialised words, see `list.rs`).
            let words = unsafe {
                let w = slot as *const AtomicU64;
                [
                    (*w).load(Ordering::Relaxed),
                    (*w.add(1)).load(Ordering::Relaxed),
                ]
            };
            if self.lock.read_valid(read) {
                // SAFETY: the words are the `Value` the slot held at validation time; it
                // is not ours, so it is only cloned, never dropped. Its object is alive
                // until this thread's next quiescent state (a writer that took it out of a
                // shared object released it through QSBR).
                let v = ManuallyDrop::new(unsafe { std::mem::transmute::<[u64; 2], Value>(words) });
                return Some((*v).clone());
            }
        }
        let token = self.lock.lock();
        // SAFETY: the lock is held.
        let v = unsafe { (*slot).clone() };
        self.lock.unlock(token, false);
        Some(v)
    }

    /// Store `v` in slot `i` (which must exist) and return the old value.
    #[inline(always)]
    pub fn set(&self, i: usize, v: Value) -> Value {
        self.replace_if(i, |_| true, v).unwrap_or_else(|v| v)
    }

    /// Store `v` in slot `i` (which must exist) if `keep_going(old value)`, deciding and
    /// storing under one lock: `Ok(old value)`, or `Err(v)` when nothing was stored.
    /// `keep_going` must not run Python code.
    #[inline(always)]
    pub fn replace_if(
        &self,
        i: usize,
        keep_going: impl FnOnce(&Value) -> bool,
        v: Value,
    ) -> Result<Value, Value> {
        let slot = self.slots[i].get();
        let token = self.lock.lock();
        // SAFETY: the lock is held, and `i` is in range.
        if !keep_going(unsafe { &*slot }) {
            self.lock.unlock(token, false);
            return Err(v);
        }
        // SAFETY: as above.
        let old = unsafe { std::ptr::replace(slot, v) };
        if self.lock.is_shared(token) {
            retire_value(old.clone());
        }
        self.lock.unlock(token, true);
        Ok(old)
    }
}

impl std::fmt::Debug for SlotsCell {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("SlotsCell(..)")
    }
}
