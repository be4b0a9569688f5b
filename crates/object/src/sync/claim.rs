//! `Claim<T>`: a value one thread at a time takes for a long stretch, during which Python
//! code runs (a generator's frame while the generator executes).
//!
//! Unlike `ObjCell`, whose guards are short and never held across Python code, a claim is
//! held while arbitrary code runs, so nobody ever waits for one: `try_claim` fails at once
//! while the value is claimed (by another thread, or by this thread further up the stack),
//! and the caller reports that (CPython's "generator already executing"). Taking a claim is
//! one compare-and-swap in the free-threaded build, and giving it back a plain store; in the
//! GIL build both are plain loads and stores.

use std::cell::UnsafeCell;
use std::sync::atomic::{AtomicBool, Ordering};

pub struct Claim<T> {
    claimed: AtomicBool,
    value: UnsafeCell<T>,
}

// SAFETY: the value is only reached through a `ClaimGuard`, and the flag admits one guard at
// a time (acquire on taking it, release on giving it back; in the GIL build the GIL orders
// the holders).
unsafe impl<T: Send> Send for Claim<T> {}
// SAFETY: as above.
unsafe impl<T: Send> Sync for Claim<T> {}

pub struct ClaimGuard<'a, T> {
    claim: &'a Claim<T>,
}

impl<T> Claim<T> {
    pub const fn new(value: T) -> Self {
        Claim {
            claimed: AtomicBool::new(false),
            value: UnsafeCell::new(value),
        }
    }

    /// Take the value, or `None` at once if it is claimed.
    #[inline(always)]
    pub fn try_claim(&self) -> Option<ClaimGuard<'_, T>> {
        // Not `then_some`: that would build (and drop, releasing the flag) a guard on failure.
        super::imp::try_take_flag(&self.claimed).then(|| ClaimGuard { claim: self })
    }

    /// Is the value claimed right now? (A snapshot when other threads may claim it.)
    pub fn is_claimed(&self) -> bool {
        self.claimed.load(Ordering::Relaxed)
    }
}

impl<T> Drop for ClaimGuard<'_, T> {
    #[inline(always)]
    fn drop(&mut self) {
        self.claim.claimed.store(false, Ordering::Release);
    }
}

impl<T> std::ops::Deref for ClaimGuard<'_, T> {
    type Target = T;
    #[inline(always)]
    fn deref(&self) -> &T {
        // SAFETY: this guard holds the claim, so no other reference aliases the value.
        unsafe { &*self.claim.value.get() }
    }
}

impl<T> std::ops::DerefMut for ClaimGuard<'_, T> {
    #[inline(always)]
    fn deref_mut(&mut self) -> &mut T {
        // SAFETY: as for `deref`; the guard is unique, so the mutable borrow is too.
        unsafe { &mut *self.claim.value.get() }
    }
}

#[cfg(test)]
mod tests {
    use super::Claim;

    #[test]
    fn a_claim_excludes_a_second_one_until_dropped() {
        let c = Claim::new(1);
        let mut g = c.try_claim().expect("free");
        *g += 1;
        assert!(c.is_claimed());
        assert!(c.try_claim().is_none());
        assert!(
            c.is_claimed(),
            "a failed claim leaves the holder's claim alone"
        );
        drop(g);
        assert!(!c.is_claimed());
        assert_eq!(*c.try_claim().expect("free again"), 2);
    }
}
