//! The one place where the object model differs between the two builds (see DESIGN.md).
//!
//! * `RefCount`: a plain `Cell<u32>` in the GIL build; in the free-threaded build a biased
//!   count (`biased.rs`: the creating thread counts without atomic instructions, others
//!   atomically). Immortal objects (None, True, small ints, interned strings, builtin types,
//!   code objects...) skip increments and decrements entirely (PEP 683), so threads never
//!   fight over their cache lines.
//! * `ObjCell<T>`: interior mutability for mutable payloads (list items, dict tables...). In the
//!   GIL build an `UnsafeCell` that only the GIL holder touches; in the free-threaded build a
//!   one-flag lock per object (PEP 703's per-object locks).
//! * `Claim<T>` (`claim.rs`): a value held while Python code runs (a running generator's
//!   frame); taking it never waits, it fails while someone holds it.
//! * The `Send`/`Sync` implementations for object references, with their safety argument.

#[cfg(not(feature = "gil"))]
mod biased;
mod claim;
#[cfg(not(feature = "gil"))]
mod qsbr;

#[cfg(not(feature = "gil"))]
mod imp {
    use std::cell::UnsafeCell;
    use std::sync::atomic::{fence, AtomicBool, AtomicU64, Ordering};

    pub use super::biased::{
        flush_pending_decrefs, merge_pending, register_thread, unregister_thread, RefCount,
    };

    /// Free-threaded: a per-object lock (PEP 703). One flag, taken with a compare-and-swap
    /// and released with a plain store. A parking mutex needs a second read-modify-write to
    /// release (it must check for sleeping waiters), and every list, dict and set access
    /// takes one of these locks, so that second atomic instruction was a large part of the
    /// free-threaded build's single-thread cost. Critical sections are short (a guard is
    /// never held across Python code or while locking another object: DESIGN.md "Rules"),
    /// so a waiter spins briefly and then yields its time slice instead of sleeping.
    pub struct ObjCell<T> {
        locked: AtomicBool,
        value: UnsafeCell<T>,
    }

    // SAFETY: the value is only reached through a guard, and the flag admits one guard at a
    // time (acquire on taking it, release on giving it back), as for a mutex.
    unsafe impl<T: Send> Send for ObjCell<T> {}
    // SAFETY: as above.
    unsafe impl<T: Send> Sync for ObjCell<T> {}

    pub struct Guard<'a, T> {
        cell: &'a ObjCell<T>,
    }

    impl<T> ObjCell<T> {
        pub const fn new(value: T) -> Self {
            ObjCell {
                locked: AtomicBool::new(false),
                value: UnsafeCell::new(value),
            }
        }
        #[inline(always)]
        pub fn guard(&self) -> Guard<'_, T> {
            if self
                .locked
                .compare_exchange_weak(false, true, Ordering::Acquire, Ordering::Relaxed)
                .is_err()
            {
                self.wait();
            }
            Guard { cell: self }
        }
        /// The lock is taken: wait until it is free.
        #[cold]
        #[inline(never)]
        fn wait(&self) {
            wait_until(|| {
                !self.locked.load(Ordering::Relaxed)
                    && self
                        .locked
                        .compare_exchange_weak(false, true, Ordering::Acquire, Ordering::Relaxed)
                        .is_ok()
            });
        }
        pub fn get_mut(&mut self) -> &mut T {
            self.value.get_mut()
        }
        pub fn into_inner(self) -> T {
            self.value.into_inner()
        }
    }

    impl<T> Drop for Guard<'_, T> {
        #[inline(always)]
        fn drop(&mut self) {
            self.cell.locked.store(false, Ordering::Release);
        }
    }

    impl<T> std::ops::Deref for Guard<'_, T> {
        type Target = T;
        #[inline(always)]
        fn deref(&self) -> &T {
            // SAFETY: this guard holds the cell's lock, so no other reference aliases it.
            unsafe { &*self.cell.value.get() }
        }
    }

    impl<T> std::ops::DerefMut for Guard<'_, T> {
        #[inline(always)]
        fn deref_mut(&mut self) -> &mut T {
            // SAFETY: as for `deref`; the guard is unique, so the mutable borrow is too.
            unsafe { &mut *self.cell.value.get() }
        }
    }

    /// A lock found taken: count it (for `-X gilstats`), spin, then yield until `take`
    /// succeeds.
    fn wait_until(mut take: impl FnMut() -> bool) {
        super::CONTENDED.with(|c| c.set(c.get() + 1));
        let mut round = 0u32;
        while !take() {
            if round < 10 {
                for _ in 0..(1u32 << round) {
                    std::hint::spin_loop();
                }
                round += 1;
            } else {
                // The holder may have been preempted: let it run.
                std::thread::yield_now();
            }
        }
    }

    /// Free-threaded: a lock that also numbers its writes, so readers can copy data without
    /// taking it and then check that no writer came between (a sequence lock). `state`
    /// packs the lock bit, a SHARED bit, a write counter and the creating thread: readers
    /// other than the creator may read without the lock only once SHARED is set, which the
    /// first other thread to lock does (and writers of shared data release what they take
    /// out through QSBR, `qsbr.rs`, so a lock-free reader never sees it freed).
    pub struct SeqLock {
        state: AtomicU64,
    }

    const LOCKED: u64 = 1;
    const SHARED: u64 = 2;
    const WRITE: u64 = 4;
    const COUNTER: u64 = 0xFFFF_FFFC;

    /// The lock's state while a guard holds it.
    #[derive(Clone, Copy)]
    pub struct SeqToken(u64);

    /// A reader's snapshot of the lock's state.
    #[derive(Clone, Copy)]
    pub struct SeqRead(u64);

    impl SeqLock {
        pub fn new() -> SeqLock {
            let me = super::biased::current_thread();
            let creator = if me == super::biased::UNREGISTERED {
                super::biased::NO_OWNER
            } else {
                me
            };
            SeqLock {
                state: AtomicU64::new((creator as u64) << 32),
            }
        }

        #[inline(always)]
        pub fn lock(&self) -> SeqToken {
            let mut s = self.state.load(Ordering::Relaxed);
            if s & LOCKED != 0
                || self
                    .state
                    .compare_exchange_weak(s, s | LOCKED, Ordering::Acquire, Ordering::Relaxed)
                    .is_err()
            {
                s = self.wait();
            }
            // Orders the writes under the lock after the LOCKED mark for readers that see
            // any of them (they validate with an acquire fence).
            fence(Ordering::Release);
            s |= LOCKED;
            if s & SHARED == 0 && (s >> 32) as u32 != super::biased::current_thread() {
                s |= SHARED;
                self.state.store(s, Ordering::Relaxed);
            }
            SeqToken(s)
        }

        #[cold]
        #[inline(never)]
        fn wait(&self) -> u64 {
            let mut taken = 0;
            wait_until(|| {
                let s = self.state.load(Ordering::Relaxed);
                let free = s & LOCKED == 0
                    && self
                        .state
                        .compare_exchange_weak(s, s | LOCKED, Ordering::Acquire, Ordering::Relaxed)
                        .is_ok();
                taken = s;
                free
            });
            taken
        }

        /// Release the lock; `wrote` tells lock-free readers that the data changed.
        #[inline(always)]
        pub fn unlock(&self, token: SeqToken, wrote: bool) {
            let s = token.0 & !LOCKED;
            let s = if wrote {
                (s & !COUNTER) | (s.wrapping_add(WRITE) & COUNTER)
            } else {
                s
            };
            self.state.store(s, Ordering::Release);
        }

        /// Do threads other than the creator use the data? (Then what a writer takes out
        /// must be released through QSBR.)
        #[inline(always)]
        pub fn is_shared(&self, token: SeqToken) -> bool {
            token.0 & SHARED != 0
        }

        /// Start a lock-free read: `None` when it must take the lock instead (a writer holds
        /// it, or this thread may not read the data without it yet).
        #[inline(always)]
        pub fn read_begin(&self) -> Option<SeqRead> {
            let s = self.state.load(Ordering::Acquire);
            let allowed = s & LOCKED == 0
                && (s & SHARED != 0 || (s >> 32) as u32 == super::biased::current_thread());
            allowed.then_some(SeqRead(s))
        }

        /// Was nothing written since `read_begin`? (Then what was read is consistent.)
        #[inline(always)]
        pub fn read_valid(&self, read: SeqRead) -> bool {
            fence(Ordering::Acquire);
            self.state.load(Ordering::Relaxed) == read.0
        }
    }

    pub use super::qsbr::{attach, detach, quiescent, release_backlog, retire_items, retire_value};

    /// Take a `Claim`'s flag if it is clear: a compare-and-swap (threads race for it).
    #[inline(always)]
    pub(super) fn try_take_flag(flag: &AtomicBool) -> bool {
        flag.compare_exchange(false, true, Ordering::Acquire, Ordering::Relaxed)
            .is_ok()
    }

    pub const FREE_THREADED: bool = true;
}

#[cfg(feature = "gil")]
mod imp {
    use std::cell::{Cell, UnsafeCell};
    use std::ptr::NonNull;

    use crate::object::PyObject;

    /// Counts at or above this are immortal. Immortal objects start at `IMMORTAL_START`,
    /// far above the threshold, so the mark survives any stray count change.
    const IMMORTAL_THRESHOLD: u32 = 1 << 30;
    const IMMORTAL_START: u32 = 3 << 30;

    /// GIL build: a plain count, touched only by the GIL holder.
    pub struct RefCount(Cell<u32>);

    impl RefCount {
        #[inline(always)]
        pub fn new() -> RefCount {
            RefCount(Cell::new(1))
        }
        pub const fn immortal() -> RefCount {
            RefCount(Cell::new(IMMORTAL_START))
        }
        #[inline(always)]
        pub fn is_immortal(&self) -> bool {
            self.0.get() >= IMMORTAL_THRESHOLD
        }
        #[inline(always)]
        pub fn incref(&self) {
            if !self.is_immortal() {
                self.0.set(self.0.get() + 1);
            }
        }
        /// True when the count reached zero and the object must be freed.
        #[inline(always)]
        pub fn decref(&self, _obj: NonNull<PyObject>) -> bool {
            if self.is_immortal() {
                return false;
            }
            let n = self.0.get() - 1;
            self.0.set(n);
            n == 0
        }
        pub fn make_immortal(&self) {
            self.0.set(IMMORTAL_START);
        }
        /// One reference again, for a count that reached zero (see `finalize.rs`).
        pub fn resurrect(&self) {
            self.0.set(1);
        }
        /// Was an object being freed counted again meanwhile? Never: only the GIL holder
        /// counts, and a free does not let go of the GIL.
        pub fn revived(&self) -> bool {
            self.0.get() != 0
        }
        /// Nothing to do: the GIL build counts every reference exactly, in one place.
        pub fn merge_for_weakref(&self) {}
        /// Count a reference taken through a weak reference: a weakly referenced object is
        /// alive whenever another thread can look at it (frees keep the GIL).
        pub fn incref_from_weak(&self) -> bool {
            self.incref();
            true
        }
        /// The current count (what `sys.getrefcount` reports).
        pub fn get(&self) -> u32 {
            self.0.get()
        }
    }

    /// Biased reference counting exists only in the free-threaded build: nothing to do.
    pub fn register_thread() {}
    pub fn unregister_thread() {}
    #[inline(always)]
    pub fn merge_pending() {}
    #[inline(always)]
    pub fn flush_pending_decrefs() {}

    /// GIL build: no lock at all. The GIL holder is the only thread touching any object, and
    /// the VM never holds a guard while running Python code (so guards never overlap).
    /// Debug builds check that second rule.
    pub struct ObjCell<T> {
        value: UnsafeCell<T>,
        #[cfg(debug_assertions)]
        borrowed: Cell<bool>,
    }

    pub struct Guard<'a, T> {
        cell: &'a ObjCell<T>,
    }

    impl<T> ObjCell<T> {
        pub const fn new(value: T) -> Self {
            ObjCell {
                value: UnsafeCell::new(value),
                #[cfg(debug_assertions)]
                borrowed: Cell::new(false),
            }
        }
        #[inline(always)]
        pub fn guard(&self) -> Guard<'_, T> {
            #[cfg(debug_assertions)]
            {
                assert!(
                    !self.borrowed.replace(true),
                    "ObjCell locked twice: a guard was held across a call into Python"
                );
            }
            Guard { cell: self }
        }
        pub fn get_mut(&mut self) -> &mut T {
            self.value.get_mut()
        }
        pub fn into_inner(self) -> T {
            self.value.into_inner()
        }
    }

    impl<T> Drop for Guard<'_, T> {
        #[inline(always)]
        fn drop(&mut self) {
            #[cfg(debug_assertions)]
            self.cell.borrowed.set(false);
        }
    }

    impl<T> std::ops::Deref for Guard<'_, T> {
        type Target = T;
        #[inline(always)]
        fn deref(&self) -> &T {
            // SAFETY: only the GIL holder reaches objects, and at most one guard per cell is
            // alive at a time (checked in debug builds), so no other reference aliases this.
            unsafe { &*self.cell.value.get() }
        }
    }

    impl<T> std::ops::DerefMut for Guard<'_, T> {
        #[inline(always)]
        fn deref_mut(&mut self) -> &mut T {
            // SAFETY: as for `deref`; the guard is unique, so the mutable borrow is too.
            unsafe { &mut *self.cell.value.get() }
        }
    }

    /// GIL build: only the GIL holder touches objects, so the sequence lock is no lock:
    /// every read is consistent and nothing is ever shared between running threads. Debug
    /// builds check that guards do not overlap, as for `ObjCell`.
    pub struct SeqLock {
        #[cfg(debug_assertions)]
        borrowed: Cell<bool>,
    }

    #[derive(Clone, Copy)]
    pub struct SeqToken;

    #[derive(Clone, Copy)]
    pub struct SeqRead;

    impl SeqLock {
        pub fn new() -> SeqLock {
            SeqLock {
                #[cfg(debug_assertions)]
                borrowed: Cell::new(false),
            }
        }
        #[inline(always)]
        pub fn lock(&self) -> SeqToken {
            #[cfg(debug_assertions)]
            assert!(
                !self.borrowed.replace(true),
                "SeqLock locked twice: a guard was held across a call into Python"
            );
            SeqToken
        }
        #[inline(always)]
        pub fn unlock(&self, _token: SeqToken, _wrote: bool) {
            #[cfg(debug_assertions)]
            self.borrowed.set(false);
        }
        #[inline(always)]
        pub fn is_shared(&self, _token: SeqToken) -> bool {
            false
        }
        #[inline(always)]
        pub fn read_begin(&self) -> Option<SeqRead> {
            Some(SeqRead)
        }
        #[inline(always)]
        pub fn read_valid(&self, _read: SeqRead) -> bool {
            true
        }
    }

    /// Nothing is shared between running threads: released at once.
    pub fn retire_value(_v: crate::object::Value) {}
    pub fn retire_items(_items: Vec<crate::object::Value>) {}
    #[inline(always)]
    pub fn quiescent() {}
    pub fn detach() {}
    pub fn attach() {}
    pub fn release_backlog() {}

    /// Take a `Claim`'s flag if it is clear: only the GIL holder runs, so a load and a store.
    #[inline(always)]
    pub(super) fn try_take_flag(flag: &std::sync::atomic::AtomicBool) -> bool {
        use std::sync::atomic::Ordering;
        let free = !flag.load(Ordering::Relaxed);
        if free {
            flag.store(true, Ordering::Relaxed);
        }
        free
    }

    pub const FREE_THREADED: bool = false;
}

pub use claim::{Claim, ClaimGuard};
pub use imp::{
    attach, detach, flush_pending_decrefs, merge_pending, quiescent, register_thread,
    release_backlog, retire_items, retire_value, unregister_thread, Guard, ObjCell, RefCount,
    SeqLock, SeqRead, SeqToken, FREE_THREADED,
};

thread_local! {
    /// Per-object lock acquisitions by this thread that found the lock taken (always 0 in
    /// the GIL build, which has no per-object locks).
    static CONTENDED: std::cell::Cell<u64> = const { std::cell::Cell::new(0) };
}

/// How many times this thread had to wait for a per-object lock.
pub fn thread_contended_locks() -> u64 {
    CONTENDED.with(|c| c.get())
}

impl Default for RefCount {
    fn default() -> Self {
        RefCount::new()
    }
}

impl<T> ObjCell<T> {
    /// Lock the cell (free-threaded) or borrow it (GIL build). Never hold the guard while
    /// running Python code or locking another object (DESIGN.md, "Rules").
    #[inline(always)]
    pub fn lock(&self) -> Guard<'_, T> {
        self.guard()
    }
}

impl Default for SeqLock {
    fn default() -> Self {
        SeqLock::new()
    }
}

impl<T: Default> Default for ObjCell<T> {
    fn default() -> Self {
        ObjCell::new(T::default())
    }
}

impl<T: std::fmt::Debug> std::fmt::Debug for ObjCell<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("ObjCell(..)")
    }
}

/// Bound for data stored inside objects by native code (`Payload::Native`): in the
/// free-threaded build it must be `Send + Sync` (mutable parts behind `ObjCell` or atomics),
/// in the GIL build anything goes because only the GIL holder touches objects.
#[cfg(not(feature = "gil"))]
pub trait ThreadShared: Send + Sync {}
#[cfg(not(feature = "gil"))]
impl<T: Send + Sync> ThreadShared for T {}
#[cfg(feature = "gil")]
pub trait ThreadShared {}
#[cfg(feature = "gil")]
impl<T> ThreadShared for T {}

// SAFETY (free-threaded build): every mutable part of an object is behind an `ObjCell` (a
// mutex) or an atomic, reference counts are atomic, and native payloads are `ThreadShared`
// (Send + Sync). Sharing object references between threads is therefore data-race free.
//
// SAFETY (GIL build): `RefCount` and `ObjCell` use `Cell`/`UnsafeCell`, which are not
// thread-safe by themselves. The interpreter guarantees that only the thread holding the GIL
// touches any object (reads a field, clones or drops a reference); a thread releases the GIL
// only around work that touches no object (`allow_threads`). The GIL's mutex provides the
// happens-before edge between successive holders.
unsafe impl Send for crate::object::ObjRef {}
// SAFETY: see above.
unsafe impl Sync for crate::object::ObjRef {}
