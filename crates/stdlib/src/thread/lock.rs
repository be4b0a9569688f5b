//! The state of `_thread.lock`: one atomic byte, like PEP 703's `PyMutex`. Taking a free
//! lock is one compare-and-swap and releasing it one swap; the mutex and condition variable
//! are used only by threads that sleep until the lock is released (the SLEEPERS bit tells
//! the releaser to wake one).

use std::sync::atomic::{AtomicU8, Ordering};
use std::time::Duration;

use parking_lot::{Condvar, Mutex};

const FREE: u8 = 0;
const LOCKED: u8 = 1;
/// Set with LOCKED: some thread may be asleep on `cond`.
const SLEEPERS: u8 = 2;

pub struct LockState {
    state: AtomicU8,
    sleep: Mutex<()>,
    cond: Condvar,
}

impl LockState {
    pub fn new(locked: bool) -> LockState {
        LockState {
            state: AtomicU8::new(if locked { LOCKED } else { FREE }),
            sleep: Mutex::new(()),
            cond: Condvar::new(),
        }
    }

    /// Take the lock if it is free. `waited`: this thread slept for it, so others may be
    /// asleep too, and the next release must wake one of them.
    #[inline]
    pub fn try_acquire(&self, waited: bool) -> bool {
        let taken = if waited { LOCKED | SLEEPERS } else { LOCKED };
        // Test before the compare-and-swap: a spinning waiter only reads the cache line.
        self.state.load(Ordering::Relaxed) == FREE
            && self
                .state
                .compare_exchange(FREE, taken, Ordering::Acquire, Ordering::Relaxed)
                .is_ok()
    }

    /// Release; false if the lock was not held.
    pub fn release(&self) -> bool {
        let old = self.state.swap(FREE, Ordering::Release);
        if old & SLEEPERS != 0 {
            // Taking the mutex orders this after a sleeper's check of the state: it is
            // either asleep on `cond` now or will see the lock free.
            drop(self.sleep.lock());
            self.cond.notify_one();
        }
        old != FREE
    }

    /// Release and wake every sleeper (a thread's sentinel lock, which all joiners wait on).
    pub fn release_all(&self) {
        self.state.store(FREE, Ordering::Release);
        drop(self.sleep.lock());
        self.cond.notify_all();
    }

    pub fn is_locked(&self) -> bool {
        self.state.load(Ordering::Relaxed) != FREE
    }

    /// Sleep (at most `slice`) until the lock looks free; true if it does. The caller must
    /// not hold the GIL.
    pub fn wait_free(&self, slice: Duration) -> bool {
        let mut guard = self.sleep.lock();
        let mut s = self.state.load(Ordering::Relaxed);
        while s == LOCKED {
            match self.state.compare_exchange_weak(
                LOCKED,
                LOCKED | SLEEPERS,
                Ordering::Relaxed,
                Ordering::Relaxed,
            ) {
                Ok(_) => s = LOCKED | SLEEPERS,
                Err(now) => s = now,
            }
        }
        if s != FREE {
            self.cond.wait_for(&mut guard, slice);
        }
        self.state.load(Ordering::Relaxed) == FREE
    }
}
