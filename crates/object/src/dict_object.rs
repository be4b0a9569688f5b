//! A dict object's payload: its table behind the per-object lock, plus a **published
//! version** that readers can check without taking the lock.
//!
//! Every guard that mutably touched the table bumps the published version before it
//! unlocks. A cache that remembers "in this dict, at published version V, name N was X" is
//! therefore still right as long as the dict's published version is V — one atomic load,
//! no lock. The VM's global-name cache (`pyrite_vm::global_cache`) relies on this, so that
//! threads calling module-level functions do not all fight over the module dict's lock
//! (in CPython 3.13t, dict reads are lock-free for the same reason).
//!
//! Writers hold the lock, so only one thread changes the version at a time; the version
//! only grows, and it is bumped for any mutable access (even a whole-table replacement),
//! not only for the table methods that count changes.

use std::sync::atomic::{AtomicU64, Ordering};

use crate::dict::DictTable;
use crate::sync::{Guard, ObjCell};

pub struct DictObject {
    /// Boxed, so that a dict's big table does not make every object's payload as large
    /// (PyObject is 72 bytes instead of 128); CPython's dict keeps its keys apart too.
    table: ObjCell<Box<DictTable>>,
    version: AtomicU64,
}

impl DictObject {
    pub fn new(table: DictTable) -> DictObject {
        DictObject {
            table: ObjCell::new(Box::new(table)),
            version: AtomicU64::new(0),
        }
    }

    /// Lock the table (free-threaded) or borrow it (GIL build); see `ObjCell::lock`.
    #[inline(always)]
    pub fn lock(&self) -> DictGuard<'_> {
        DictGuard {
            guard: self.table.lock(),
            version: &self.version,
            mutated: false,
        }
    }

    /// The version published by the last writer that released the lock. Acquire pairs with
    /// the writer's release, so a reader that sees version V also sees the writes before it.
    #[inline(always)]
    pub fn published_version(&self) -> u64 {
        self.version.load(Ordering::Acquire)
    }

    pub fn get_mut(&mut self) -> &mut DictTable {
        *self.version.get_mut() += 1;
        self.table.get_mut()
    }
}

/// A locked dict table; mutable access marks it changed, and dropping a changed guard
/// publishes a new version (before the lock itself is released).
pub struct DictGuard<'a> {
    guard: Guard<'a, Box<DictTable>>,
    version: &'a AtomicU64,
    mutated: bool,
}

impl std::ops::Deref for DictGuard<'_> {
    type Target = DictTable;
    #[inline(always)]
    fn deref(&self) -> &DictTable {
        &self.guard
    }
}

impl std::ops::DerefMut for DictGuard<'_> {
    #[inline(always)]
    fn deref_mut(&mut self) -> &mut DictTable {
        self.mutated = true;
        &mut self.guard
    }
}

impl Drop for DictGuard<'_> {
    #[inline(always)]
    fn drop(&mut self) {
        if self.mutated {
            // Only the lock holder writes the version, so load + store cannot lose a bump.
            let v = self.version.load(Ordering::Relaxed);
            self.version.store(v + 1, Ordering::Release);
        }
        // `guard` (the lock) is released after this, when the fields are dropped.
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::object::Value;

    #[test]
    fn reads_keep_the_version_and_writes_bump_it() {
        let d = DictObject::new(DictTable::new());
        let v0 = d.published_version();
        {
            let t = d.lock();
            assert!(t.is_empty());
        }
        assert_eq!(d.published_version(), v0);
        d.lock().push_new(1, Value::Int(1), Value::Int(2));
        let v1 = d.published_version();
        assert!(v1 > v0);
        // A whole-table replacement is a change too.
        *d.lock() = DictTable::new();
        assert!(d.published_version() > v1);
    }
}
