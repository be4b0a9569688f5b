//! Biased reference counting (PEP 703; Choi, Shull and Torrellas, PACT 2018), free-threaded
//! build only.
//!
//! Most objects are only ever counted by the thread that created them, so every object
//! records that thread (its *owner*). The owner counts in `local` with plain loads and
//! stores; every other thread counts in `shared` with atomic read-modify-writes. Only the
//! sum means anything: `local + count(shared)` is the number of references (including one
//! held by a merge queue, below). `shared` can go negative: a reference the owner counted
//! may be dropped by another thread.
//!
//! The two halves are combined ("merged") when they might sum to zero:
//! * the owner's `local` reaches zero: if `shared` is untouched the object is freed at once
//!   (the common case: a temporary); otherwise the object gives up its owner, `shared` gets
//!   the MERGED flag, and from then on every thread counts atomically in `shared`;
//! * another thread finds `shared` at exactly zero when dropping a reference: it cannot touch
//!   `local`, so it keeps its reference alive in the owner's *merge queue* (flag QUEUED)
//!   instead of decrementing; the owner merges queued objects at its next eval-breaker check
//!   (`merge_pending`), or when it exits. If the owner has already exited, nobody writes
//!   `local` any more and the dropping thread merges itself.
//!
//! Non-owners also *coalesce* their decrements: a thread that drops a reference to an object
//! it does not own notes the decrement in a small per-thread table (`PENDING`) instead of
//! applying it, and its next increment of that object cancels the note. A thread that loads
//! a shared object (a lock, a list in the module globals) over and over then touches the
//! object's count only once, instead of twice per use with the other threads contending on
//! the same cache line. A noted decrement is a reference still counted in `shared`, so the
//! object can only be freed late, never early: notes are applied when the table slot is
//! needed for another object, when the thread blocks (`flush_pending_decrefs`) and when it
//! exits.
//!
//! Thread numbers are never reused, so an object's owner can never be mistaken for a newer
//! thread. Threads that were never registered (and objects created before registration)
//! count everything in `shared`, like a plain atomic count.

use std::cell::{Cell, UnsafeCell};
use std::ptr::NonNull;
use std::sync::atomic::{fence, AtomicBool, AtomicIsize, AtomicU32, Ordering};
use std::sync::{Arc, OnceLock};

use dashmap::DashMap;

use crate::object::PyObject;

/// `local` of an immortal object (PEP 683): never counted, never freed.
const IMMORTAL_LOCAL: u32 = u32::MAX;
/// What `sys.getrefcount` reports for immortal objects.
const IMMORTAL_REPORTED: u32 = 3 << 30;

/// `shared` holds the count shifted left by two; the low bits are flags.
const SHIFT: u32 = 2;
const ONE: isize = 1 << SHIFT;
const FLAGS: isize = ONE - 1;
/// One reference is held by the owner's merge queue.
const QUEUED: isize = 2;
/// The object has no owner any more: `shared` alone is the count.
const MERGED: isize = 3;

/// Owner of objects that have none.
pub(super) const NO_OWNER: u32 = 0;
/// This thread's number while it is not registered: matches no object's owner.
pub(super) const UNREGISTERED: u32 = u32::MAX;

pub struct RefCount {
    local: AtomicU32,
    owner: AtomicU32,
    shared: AtomicIsize,
}

thread_local! {
    static THREAD: Cell<u32> = const { Cell::new(UNREGISTERED) };
    static QUEUE: Cell<*const MergeQueue> = const { Cell::new(std::ptr::null()) };
    static PENDING: UnsafeCell<[Pending; PENDING_SLOTS]> =
        const { UnsafeCell::new([Pending::EMPTY; PENDING_SLOTS]) };
}

/// Slots of the per-thread table of coalesced decrements (a direct-mapped cache keyed by
/// the count's address).
const PENDING_SLOTS: usize = 256;

/// Decrements this thread owes one object it does not own.
#[derive(Clone, Copy)]
struct Pending {
    /// The object's count; null for an empty slot.
    rc: *const RefCount,
    obj: *mut PyObject,
    count: usize,
}

impl Pending {
    const EMPTY: Pending = Pending {
        rc: std::ptr::null(),
        obj: std::ptr::null_mut(),
        count: 0,
    };
}

/// Run `f` on this thread's table slot for the count at `rc`. `f` must not drop or free
/// objects (that re-enters the table): it only reads or edits the slot.
#[inline(always)]
fn with_pending_slot<R>(rc: *const RefCount, f: impl FnOnce(&mut Pending) -> R) -> R {
    // Fibonacci hashing of the address: its top bits pick the slot.
    let i = ((rc as usize as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15)
        >> (64 - PENDING_SLOTS.trailing_zeros())) as usize;
    PENDING.with(|table| {
        // SAFETY: only this thread uses its table, and `f` cannot re-enter it, so this is
        // the only reference into it.
        f(unsafe { &mut (*table.get())[i] })
    })
}

#[inline(always)]
pub(super) fn current_thread() -> u32 {
    THREAD.with(|t| t.get())
}

impl RefCount {
    /// A new object's count: one reference, owned by the creating thread.
    #[inline(always)]
    pub fn new() -> RefCount {
        let me = current_thread();
        if me == UNREGISTERED {
            RefCount {
                local: AtomicU32::new(0),
                owner: AtomicU32::new(NO_OWNER),
                shared: AtomicIsize::new(ONE | MERGED),
            }
        } else {
            RefCount {
                local: AtomicU32::new(1),
                owner: AtomicU32::new(me),
                shared: AtomicIsize::new(0),
            }
        }
    }

    pub const fn immortal() -> RefCount {
        RefCount {
            local: AtomicU32::new(IMMORTAL_LOCAL),
            owner: AtomicU32::new(NO_OWNER),
            shared: AtomicIsize::new(0),
        }
    }

    #[inline(always)]
    pub fn is_immortal(&self) -> bool {
        self.local.load(Ordering::Relaxed) == IMMORTAL_LOCAL
    }

    #[inline(always)]
    pub fn incref(&self) {
        let local = self.local.load(Ordering::Relaxed);
        if local == IMMORTAL_LOCAL {
            return;
        }
        if self.owner.load(Ordering::Relaxed) == current_thread() {
            // Only the owner writes `local`: a load and a store, no read-modify-write.
            self.local.store(local + 1, Ordering::Relaxed);
        } else {
            self.incref_shared();
        }
    }

    /// A reference taken by a thread that does not own the object: cancel a decrement this
    /// thread still owes it, or count atomically.
    #[inline(never)]
    fn incref_shared(&self) {
        let me: *const RefCount = self;
        let cancelled = with_pending_slot(me, |slot| {
            if slot.rc == me && slot.count > 0 {
                slot.count -= 1;
                true
            } else {
                false
            }
        });
        if !cancelled {
            // Relaxed is enough: whoever increments already holds a reference.
            self.shared.fetch_add(ONE, Ordering::Relaxed);
        }
    }

    /// Drop one reference to `obj` (whose count this is). True when the object must be
    /// freed now.
    #[inline(always)]
    pub fn decref(&self, obj: NonNull<PyObject>) -> bool {
        let local = self.local.load(Ordering::Relaxed);
        if local == IMMORTAL_LOCAL {
            return false;
        }
        if self.owner.load(Ordering::Relaxed) == current_thread() {
            let local = local - 1;
            self.local.store(local, Ordering::Relaxed);
            if local != 0 {
                return false;
            }
            // Acquire pairs with the release-decrements of other threads that counted the
            // object and dropped their references before.
            if self.shared.load(Ordering::Acquire) == 0 {
                return true;
            }
            return self.merge_zero_local();
        }
        self.decref_shared(obj)
    }

    /// The owner's count reached zero but other threads counted too: give up ownership.
    #[cold]
    #[inline(never)]
    fn merge_zero_local(&self) -> bool {
        // Cleared before the flag is published: once MERGED is visible another thread may
        // free the object.
        self.owner.store(NO_OWNER, Ordering::Relaxed);
        self.mark_merged(self.shared.load(Ordering::Relaxed)) == MERGED
    }

    /// Set the MERGED flag (keeping the count, clearing QUEUED) starting from the value
    /// `shared` was last seen to hold; returns the new value.
    fn mark_merged(&self, mut shared: isize) -> isize {
        loop {
            let merged = (shared & !FLAGS) | MERGED;
            match self.shared.compare_exchange_weak(
                shared,
                merged,
                Ordering::AcqRel,
                Ordering::Relaxed,
            ) {
                Ok(_) => return merged,
                Err(now) => shared = now,
            }
        }
    }

    /// A reference dropped by a thread that does not own the object: noted in this thread's
    /// table of pending decrements (see the module comment). Never frees `obj` itself, but
    /// may free the object whose note it evicts.
    #[inline(never)]
    fn decref_shared(&self, obj: NonNull<PyObject>) -> bool {
        if current_thread() == UNREGISTERED || counted_exactly(obj) {
            // Nothing would ever flush this thread's table, or the object is weakly
            // referenced: a dereference must find its count exact (`merge_for_weakref`).
            return self.decref_shared_now(obj);
        }
        let me: *const RefCount = self;
        // The evicted note is applied after the closure: freeing re-enters the table.
        let evicted = with_pending_slot(me, |slot| {
            if slot.rc == me {
                slot.count += 1;
                None
            } else {
                Some(std::mem::replace(
                    slot,
                    Pending {
                        rc: me,
                        obj: obj.as_ptr(),
                        count: 1,
                    },
                ))
            }
        });
        if let Some(p) = evicted {
            apply_pending(p);
        }
        false
    }

    /// Apply one decrement by a thread that does not own the object. True when the object
    /// must be freed now.
    fn decref_shared_now(&self, obj: NonNull<PyObject>) -> bool {
        let mut shared = self.shared.load(Ordering::Relaxed);
        loop {
            // At exactly zero the sum may be zero, which only the owner can tell: hand our
            // reference to its merge queue instead of decrementing.
            let (new, queue) = if shared == 0 {
                (QUEUED, true)
            } else {
                (shared - ONE, false)
            };
            match self.shared.compare_exchange_weak(
                shared,
                new,
                Ordering::Release,
                Ordering::Relaxed,
            ) {
                Ok(_) if queue => {
                    queue_for_owner(obj, self.owner.load(Ordering::Relaxed));
                    return false;
                }
                Ok(_) if new == MERGED => {
                    // Synchronise with every other thread's release-decrement before freeing.
                    fence(Ordering::Acquire);
                    return true;
                }
                Ok(_) => return false,
                Err(now) => shared = now,
            }
        }
    }

    /// Fold `local` into `shared` and give up ownership, adding `extra` to the count. Called
    /// by the owner, or by anyone once the owner has exited. True when the count is zero.
    fn merge(&self, extra: isize) -> bool {
        let local = self.local.load(Ordering::Relaxed) as isize;
        // `local` is cleared before the owner is (release): a thread that sees no owner
        // and makes the object immortal cannot have its mark overwritten.
        self.local.store(0, Ordering::Relaxed);
        self.owner.store(NO_OWNER, Ordering::Release);
        let mut shared = self.shared.load(Ordering::Relaxed);
        loop {
            let count = (shared >> SHIFT) + local + extra;
            let merged = (count << SHIFT) | MERGED;
            match self.shared.compare_exchange_weak(
                shared,
                merged,
                Ordering::AcqRel,
                Ordering::Relaxed,
            ) {
                Ok(_) => return count == 0,
                Err(now) => shared = now,
            }
        }
    }

    /// Never free this object and stop counting it (PEP 683). Only the owner writes
    /// `local`, so only the owning thread may set the mark there (or any thread, once the
    /// object has no owner); for an object another thread owns this does nothing, and the
    /// object simply stays counted.
    pub fn make_immortal(&self) {
        let owner = self.owner.load(Ordering::Acquire);
        if owner == NO_OWNER || owner == current_thread() {
            self.local.store(IMMORTAL_LOCAL, Ordering::Relaxed);
        }
    }

    /// Give a count that reached zero one reference again, owned by this thread: the object
    /// is about to run its `__del__` (`finalize.rs`). Nobody else can reach it meanwhile.
    pub fn resurrect(&self) {
        let fresh = RefCount::new();
        self.local
            .store(fresh.local.load(Ordering::Relaxed), Ordering::Relaxed);
        self.owner
            .store(fresh.owner.load(Ordering::Relaxed), Ordering::Relaxed);
        self.shared
            .store(fresh.shared.load(Ordering::Relaxed), Ordering::Relaxed);
    }

    /// The object gets its first weak reference: if this thread owns it, give up ownership
    /// so that from now on it is counted in `shared` alone, where a dereference can refuse
    /// a zero count atomically (`incref_from_weak`) and every decrement is applied at once
    /// (`decref_shared`), so exactly one thread ever sees it reach zero. An object another
    /// thread owns stays owned (see `revived` for that case).
    pub fn merge_for_weakref(&self) {
        if self.local.load(Ordering::Relaxed) == IMMORTAL_LOCAL
            || self.owner.load(Ordering::Relaxed) != current_thread()
        {
            return;
        }
        // The caller holds a reference, so the count stays above zero.
        self.merge(0);
    }

    /// Called while freeing an object whose count reached zero, under the weak reference
    /// registry's lock: true when another thread counted it again through a weak reference
    /// (`weakref.rs`) before the free took the lock. The object then stays, owned by nobody,
    /// counted in `shared` alone.
    pub fn revived(&self) -> bool {
        let shared = self.shared.load(Ordering::Acquire);
        if shared >> SHIFT <= 0 {
            return false;
        }
        self.local.store(0, Ordering::Relaxed);
        self.owner.store(NO_OWNER, Ordering::Relaxed);
        // That reference may have been dropped again meanwhile: then it is dead after all.
        self.mark_merged(shared) >> SHIFT > 0
    }

    /// Count a reference taken through a weak reference (under the registry lock,
    /// `weakref.rs`): false when the object is already dead and must not be revived. An
    /// object whose count is in `shared` alone (MERGED) and zero is dead: incrementing it
    /// would let a second thread see it reach zero again and free it twice. An object
    /// still owned may be revived; its free checks `revived` under the same lock.
    pub fn incref_from_weak(&self) -> bool {
        let local = self.local.load(Ordering::Relaxed);
        if local == IMMORTAL_LOCAL {
            return true;
        }
        if self.owner.load(Ordering::Relaxed) == current_thread() {
            // The owner counts in `local` (its decrements go there too). Only this thread
            // could be freeing an object it owns, and it is here instead.
            self.local.store(local + 1, Ordering::Relaxed);
            return true;
        }
        let mut shared = self.shared.load(Ordering::Relaxed);
        loop {
            if shared & FLAGS == MERGED && shared >> SHIFT <= 0 {
                return false;
            }
            match self.shared.compare_exchange_weak(
                shared,
                shared + ONE,
                Ordering::Relaxed,
                Ordering::Relaxed,
            ) {
                Ok(_) => return true,
                Err(now) => shared = now,
            }
        }
    }

    /// The current count (what `sys.getrefcount` reports); immortal objects report a big
    /// number. Racy by nature when other threads count at the same time.
    pub fn get(&self) -> u32 {
        let local = self.local.load(Ordering::Relaxed);
        if local == IMMORTAL_LOCAL {
            return IMMORTAL_REPORTED;
        }
        let me: *const RefCount = self;
        let owed = with_pending_slot(me, |slot| {
            if slot.rc == me {
                slot.count as isize
            } else {
                0
            }
        });
        (local as isize + (self.shared.load(Ordering::Relaxed) >> SHIFT) - owed).max(0) as u32
    }
}

/// Is `obj` an instance of a class whose instances have had weak references? Their
/// decrements by other threads are applied at once, never noted for later
/// (`RefCount::merge_for_weakref`).
#[inline]
fn counted_exactly(obj: NonNull<PyObject>) -> bool {
    // SAFETY: the caller holds a reference to `obj`.
    match &unsafe { obj.as_ref() }.class().payload {
        crate::payload::Payload::Type(td) => {
            td.dealloc_hooks.load(Ordering::Relaxed) & crate::finalize::HOOK_REFERENT != 0
        }
        _ => false,
    }
}

/// Apply the decrements of one note taken out of the table.
fn apply_pending(p: Pending) {
    let Some(obj) = NonNull::new(p.obj) else {
        return;
    };
    // SAFETY: the noted decrements are references still counted, keeping the object alive.
    let rc = &unsafe { obj.as_ref() }.rc;
    if rc.is_immortal() {
        // Made immortal since (by some thread, once it had no owner): nothing to count.
        return;
    }
    for _ in 0..p.count {
        if rc.decref_shared_now(obj) {
            crate::object::dealloc(obj);
            return;
        }
    }
}

/// Apply every decrement this thread has noted (see the module comment): called when the
/// thread is about to block or exit, so that what it dropped is freed without waiting for it.
pub fn flush_pending_decrefs() {
    loop {
        // Take the whole table first: applying a note may free objects, whose drops note
        // decrements again.
        let notes = PENDING.with(|table| {
            // SAFETY: only this thread uses its table, and nothing here re-enters it.
            let slots = unsafe { &mut *table.get() };
            if slots.iter().all(|p| p.count == 0) {
                None
            } else {
                Some(std::mem::replace(slots, [Pending::EMPTY; PENDING_SLOTS]))
            }
        });
        let Some(notes) = notes else { return };
        notes.into_iter().for_each(apply_pending);
    }
}

/// Objects other threads dropped while their shared count was zero, waiting for the owner.
struct MergeQueue {
    pending: AtomicBool,
    items: parking_lot::Mutex<QueueItems>,
}

struct QueueItems {
    objects: Vec<NonNull<PyObject>>,
    /// The owner has exited: push nothing more.
    closed: bool,
}

// SAFETY: the queued pointers are objects kept alive by the queue's reference; they are
// only dereferenced through their (atomic) counts and freed by whoever merges them.
unsafe impl Send for QueueItems {}

/// The merge queue of every registered thread, by thread number.
fn registry() -> &'static DashMap<u32, Arc<MergeQueue>> {
    static REGISTRY: OnceLock<DashMap<u32, Arc<MergeQueue>>> = OnceLock::new();
    REGISTRY.get_or_init(DashMap::new)
}

fn queue_for_owner(obj: NonNull<PyObject>, owner: u32) {
    let queue = registry().get(&owner).map(|q| q.value().clone());
    if let Some(queue) = queue {
        let mut items = queue.items.lock();
        if !items.closed {
            items.objects.push(obj);
            queue.pending.store(true, Ordering::Release);
            return;
        }
    }
    // The owner has exited (or never registered its queue): nobody writes `local` any
    // more, and the registry's or the queue's lock ordered its last write before our read.
    merge_queued_object(obj);
}

/// Merge one object taken off a queue, giving back the queue's reference.
fn merge_queued_object(obj: NonNull<PyObject>) {
    // SAFETY: the queue's reference keeps the object alive until this merge.
    let rc = &unsafe { obj.as_ref() }.rc;
    if rc.merge(-1) {
        crate::object::dealloc(obj);
    }
}

/// Give this thread a number and a merge queue, so objects it creates are owned by it.
pub fn register_thread() {
    if current_thread() != UNREGISTERED {
        return;
    }
    static NEXT: AtomicU32 = AtomicU32::new(1);
    let me = NEXT.fetch_add(1, Ordering::Relaxed);
    assert!(me < UNREGISTERED, "too many threads");
    let queue = Arc::new(MergeQueue {
        pending: AtomicBool::new(false),
        items: parking_lot::Mutex::new(QueueItems {
            objects: Vec::new(),
            closed: false,
        }),
    });
    QUEUE.with(|q| q.set(Arc::as_ptr(&queue)));
    registry().insert(me, queue);
    THREAD.with(|t| t.set(me));
    super::qsbr::register();
}

/// The thread is about to exit: merge what is queued for it; from now on other threads merge
/// its objects themselves.
pub fn unregister_thread() {
    let me = current_thread();
    if me == UNREGISTERED {
        return;
    }
    flush_pending_decrefs();
    super::qsbr::unregister();
    THREAD.with(|t| t.set(UNREGISTERED));
    QUEUE.with(|q| q.set(std::ptr::null()));
    if let Some((_, queue)) = registry().remove(&me) {
        let objects = {
            let mut items = queue.items.lock();
            items.closed = true;
            std::mem::take(&mut items.objects)
        };
        objects.into_iter().for_each(merge_queued_object);
    }
}

/// Eval-breaker hook: merge the objects other threads queued for this one.
#[inline(always)]
pub fn merge_pending() {
    let queue = QUEUE.with(|q| q.get());
    // SAFETY: a registered thread's queue stays in the registry (which holds an `Arc`) until
    // `unregister_thread`, which clears this pointer first.
    if !queue.is_null() && unsafe { (*queue).pending.load(Ordering::Relaxed) } {
        merge_pending_slow(queue);
    }
}

#[cold]
fn merge_pending_slow(queue: *const MergeQueue) {
    // SAFETY: as in `merge_pending`.
    let queue = unsafe { &*queue };
    let objects = {
        let mut items = queue.items.lock();
        queue.pending.store(false, Ordering::Relaxed);
        std::mem::take(&mut items.objects)
    };
    objects.into_iter().for_each(merge_queued_object);
}
