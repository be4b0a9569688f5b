//! Quiescent-state-based reclamation (QSBR), free-threaded build only: what a thread takes
//! out of a shared list (references, an outgrown item array) is released only once every
//! other running thread has passed a *quiescent state*, a point where it holds no pointer it
//! read without a lock. CPython 3.13t uses the same scheme (Python/qsbr.c) for list and dict
//! arrays.
//!
//! Lock-free readers (`ListCell::get`) copy a list slot under a sequence check and then
//! count the reference. Between the copy and the count the object must not be freed, nor
//! the array it was read from: the writer that removed it released its reference through
//! `retire`, so it lives until the reader's next quiescent state.
//!
//! Threads report quiescent states at eval-breaker checks (between bytecodes) and are
//! *offline* (no pointers held at all) while they block (`detach`/`attach`, around
//! `allow_threads`). The global write sequence `WRITE_SEQ` numbers retirements; a retired
//! item with goal `g` may be released once every online thread has observed a sequence
//! `>= g`.

use std::cell::{Cell, UnsafeCell};
use std::sync::atomic::{fence, AtomicU64, AtomicUsize, Ordering};
use std::sync::Arc;

use parking_lot::Mutex;

use crate::object::Value;

/// Numbers retirements; threads record the last value they saw at a quiescent state.
static WRITE_SEQ: AtomicU64 = AtomicU64::new(1);
/// Registered threads that are online (not blocked). While it is at most one, nobody else
/// can be reading, and a retired item is released at once.
static ONLINE: AtomicUsize = AtomicUsize::new(0);
/// Every registered thread's record.
static THREADS: Mutex<Vec<Arc<ThreadRecord>>> = Mutex::new(Vec::new());
/// Retired items of threads that exited before their goal was reached.
static ORPHANS: Mutex<Vec<Retired>> = Mutex::new(Vec::new());
/// How many orphans there are (so that quiescent states look at them without the lock).
static ORPHANED: AtomicUsize = AtomicUsize::new(0);

/// Sequence value meaning "offline".
const OFFLINE: u64 = 0;
/// Quiescent states between two scans of the other threads' records.
const POLL_EVERY: u32 = 64;
/// A backlog this long is scanned at every quiescent state.
const BACKLOG: usize = 4096;

/// Aligned to its own cache lines: each thread writes its record at quiescent states.
#[repr(align(128))]
struct ThreadRecord {
    /// The write sequence this thread saw at its last quiescent state; `OFFLINE` while it
    /// is blocked.
    seen: AtomicU64,
}

/// Something released late: a reference, or a list's old items (and their array). Held
/// only to be dropped.
#[allow(dead_code)]
enum Item {
    Value(Value),
    Items(Vec<Value>),
}

struct Retired {
    goal: u64,
    #[allow(dead_code)]
    item: Item,
}

thread_local! {
    static RECORD: Cell<*const ThreadRecord> = const { Cell::new(std::ptr::null()) };
    static DEFERRED: UnsafeCell<Vec<Retired>> = const { UnsafeCell::new(Vec::new()) };
    static COUNTDOWN: Cell<u32> = const { Cell::new(POLL_EVERY) };
}

/// Register this thread (online). Called by `biased::register_thread`.
pub fn register() {
    let record = Arc::new(ThreadRecord {
        seen: AtomicU64::new(WRITE_SEQ.load(Ordering::Relaxed)),
    });
    RECORD.with(|r| r.set(Arc::as_ptr(&record)));
    THREADS.lock().push(record);
    ONLINE.fetch_add(1, Ordering::SeqCst);
    fence(Ordering::SeqCst);
}

/// The thread exits: its backlog goes to the orphans, released by whoever scans next.
pub fn unregister() {
    release_backlog();
    let record = RECORD.with(|r| r.replace(std::ptr::null()));
    if record.is_null() {
        return;
    }
    detach_record(record);
    THREADS
        .lock()
        .retain(|r| !std::ptr::eq(Arc::as_ptr(r), record));
    adopt(take_deferred());
}

fn adopt(orphans: Vec<Retired>) {
    if !orphans.is_empty() {
        let mut o = ORPHANS.lock();
        o.extend(orphans);
        ORPHANED.store(o.len(), Ordering::Relaxed);
    }
}

/// The thread is ending: wait (briefly) until the other threads let go of what it
/// retired, and release it, so that the thread's references are gone when `join()`
/// returns. What is still held after the wait is left to the other threads.
pub fn release_backlog() {
    let record = RECORD.with(|r| r.get());
    if record.is_null() {
        return;
    }
    // This thread reads nothing lock-free any more.
    detach_record(record);
    let start = std::time::Instant::now();
    while backlog_len() > 0 && start.elapsed() < std::time::Duration::from_millis(20) {
        scan();
        if backlog_len() > 0 {
            std::thread::yield_now();
        }
    }
    attach();
}

fn backlog_len() -> usize {
    // SAFETY: only this thread uses its backlog.
    DEFERRED.with(|d| unsafe { (*d.get()).len() })
}

fn take_deferred() -> Vec<Retired> {
    // SAFETY: only this thread uses its backlog, and nothing here re-enters it.
    DEFERRED.with(|d| std::mem::take(unsafe { &mut *d.get() }))
}

fn detach_record(record: *const ThreadRecord) {
    // SAFETY: a registered thread's record is kept alive by `THREADS` until `unregister`,
    // which clears the thread-local pointer first.
    let record = unsafe { &*record };
    if record.seen.load(Ordering::Relaxed) != OFFLINE {
        record.seen.store(OFFLINE, Ordering::Release);
        ONLINE.fetch_sub(1, Ordering::SeqCst);
    }
}

/// The thread is about to block: it holds no lock-free pointers until `attach`.
pub fn detach() {
    let record = RECORD.with(|r| r.get());
    if !record.is_null() {
        detach_record(record);
    }
}

/// The thread is running Python code again.
pub fn attach() {
    let record = RECORD.with(|r| r.get());
    if record.is_null() {
        return;
    }
    // SAFETY: as in `detach_record`.
    let record = unsafe { &*record };
    if record.seen.load(Ordering::Relaxed) == OFFLINE {
        ONLINE.fetch_add(1, Ordering::SeqCst);
        record
            .seen
            .store(WRITE_SEQ.load(Ordering::Acquire), Ordering::Relaxed);
        // Pairs with the fence in `release_now`/`scan`: either a writer sees this thread
        // online, or this thread's reads see the writer's unlinking.
        fence(Ordering::SeqCst);
    }
}

/// Eval-breaker hook: this thread holds no lock-free pointers now.
#[inline(always)]
pub fn quiescent() {
    let record = RECORD.with(|r| r.get());
    if record.is_null() {
        return;
    }
    // SAFETY: as in `detach_record`.
    let record = unsafe { &*record };
    // Acquire pairs with the retirer's increment: what it unlinked before is visible here.
    // Release orders this thread's earlier reads before the scanner's acquire load.
    let now = WRITE_SEQ.load(Ordering::Acquire);
    // Written only when something was retired since: the common case stores nothing.
    if record.seen.load(Ordering::Relaxed) != now {
        record.seen.store(now, Ordering::Release);
    }
    let backlog = backlog_len();
    if backlog > 0 || ORPHANED.load(Ordering::Relaxed) > 0 {
        let due = COUNTDOWN.with(|c| {
            let n = c.get().saturating_sub(1);
            c.set(if n == 0 { POLL_EVERY } else { n });
            n == 0
        });
        if due || backlog >= BACKLOG {
            scan();
        }
    }
}

/// Has another thread a chance to be reading? (After the caller unlinked what it retires.)
fn release_now() -> bool {
    fence(Ordering::SeqCst);
    ONLINE.load(Ordering::Relaxed) <= 1
}

fn retire(item: Item) {
    if release_now() {
        return;
    }
    let goal = WRITE_SEQ.fetch_add(1, Ordering::AcqRel) + 1;
    if RECORD.with(|r| r.get()).is_null() {
        adopt(vec![Retired { goal, item }]);
        return;
    }
    DEFERRED.with(|d| {
        // SAFETY: only this thread uses its backlog; pushing drops nothing.
        unsafe { (*d.get()).push(Retired { goal, item }) }
    });
}

/// Release a reference taken out of a shared list once no thread can be reading it.
pub fn retire_value(v: Value) {
    if matches!(v, Value::Obj(_)) {
        retire(Item::Value(v));
    }
}

/// Release a shared list's old items (and their array) once no thread can be reading them.
pub fn retire_items(items: Vec<Value>) {
    if items.capacity() > 0 {
        retire(Item::Items(items));
    }
}

/// Release what every online thread is done with (this thread's backlog and the orphans).
fn scan() {
    fence(Ordering::SeqCst);
    let safe = {
        let threads = THREADS.lock();
        threads
            .iter()
            .map(|t| t.seen.load(Ordering::Acquire))
            .filter(|&s| s != OFFLINE)
            .min()
            .unwrap_or(u64::MAX)
    };
    // Drops run outside the backlog borrow: releasing may free lists, which retire nothing
    // (a dying list has no readers) but must not find the backlog borrowed.
    let mut done = Vec::new();
    DEFERRED.with(|d| {
        // SAFETY: only this thread uses its backlog, and nothing here re-enters it.
        let backlog = unsafe { &mut *d.get() };
        let mut i = 0;
        while i < backlog.len() {
            if backlog[i].goal <= safe {
                done.push(backlog.swap_remove(i));
            } else {
                i += 1;
            }
        }
    });
    let orphans = if ORPHANED.load(Ordering::Relaxed) > 0 {
        let mut o = ORPHANS.lock();
        let (due, keep): (Vec<_>, Vec<_>) = std::mem::take(&mut *o)
            .into_iter()
            .partition(|r| r.goal <= safe);
        *o = keep;
        ORPHANED.store(o.len(), Ordering::Relaxed);
        due
    } else {
        Vec::new()
    };
    drop(done);
    drop(orphans);
}
