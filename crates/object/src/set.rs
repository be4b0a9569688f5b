//! The set table: a replica of CPython 3.11's `Objects/setobject.c` hash table, so that sets
//! iterate (and print, and `pop()`) in exactly CPython's order.
//!
//! # Layout
//!
//! An open-addressing table of `mask + 1` slots (a power of two, at least 8). A slot is empty,
//! a *dummy* (a deleted entry, which keeps probe chains intact), or active (a key and its
//! hash). `fill` counts active + dummy slots, `used` active ones. A key is looked for at
//! `hash & mask` and the 9 slots after it (when they exist without wrapping), then at
//! `i = (i*5 + 1 + perturb) & mask` with `perturb` the hash shifted right by 5 more bits at
//! each step. An insertion that consumes an empty slot resizes the table when
//! `fill*5 >= mask*3`, to the smallest power of two above `used*4` (`used*2` past 50000
//! entries), re-inserting the active entries in old-slot order. Iteration walks the slots in
//! index order; that order depends on the hashes, on the insertion history (collisions,
//! dummies, resizes) and on which bulk operation built the set, so every operation here follows
//! its CPython counterpart step by step.
//!
//! # Key comparison
//!
//! As in `dict.rs`: every lookup takes an `eq` closure answering "is this stored key equal to
//! mine?" natively (the table is locked while it runs). The table compares hashes first and
//! calls `eq` only on active keys with an equal hash, in probe order. CPython's identity
//! shortcut (`stored is key`) is the closure's job. When a comparison needs Python code the
//! closure answers `None` and the operation stops with `Err(Unresolved)` at that comparison,
//! *before* changing anything for that key. The caller then takes the slow path: `candidates`
//! gives the stored keys with that hash in probe order; it compares them in Python without the
//! lock, and retries with an identity comparison against the key it found.
//!
//! Bulk operations take `eq: FnMut(stored, probe) -> Option<bool>`. Those returning a new table
//! (`copy`, `union`, `intersection`, `difference`, `symmetric_difference`) and the in-place
//! `intersection_update` and `symmetric_difference_update` change nothing on `Err`; `merge`
//! and `difference_update` may have applied a prefix (see their docs for how to finish).
//!
//! # What the VM must do to keep CPython's order
//!
//! * `s.add(x)`, set displays with non-constant items (`{a, b}`: added left to right), set
//!   comprehensions, `set(iterable)`/`frozenset(iterable)`/`s.update(iterable)` for any
//!   iterable that is not a set, frozenset or exact dict (lists, tuples, ranges, strings,
//!   generators, dict views, dict subclasses): [`SetTable::insert`] one item at a time. CPython
//!   does not presize for these.
//! * From an exact `dict`: [`SetTable::presize_for_update`]`(len(d))`, then `insert` the keys in
//!   dict order with their stored hashes.
//! * From a set or frozenset (`set(s)`, `frozenset(s)` unless `s` is an exact frozenset, which
//!   is returned as is, `s.copy()`, `s.update(t)`, `s |= t`, `SET_UPDATE`): [`SetTable::copy`]
//!   for a new set, [`SetTable::merge`] into an existing one. `s.update(s)`/`s |= s` do
//!   nothing.
//! * A display of 3 or more constants (`{5, 3, 10, 1}`) compiles in CPython 3.11 to
//!   `BUILD_SET 0; LOAD_CONST frozenset(...); SET_UPDATE 1`, where the constant frozenset was
//!   built by inserting the items in source order; the new set is then `merge`d from it, which
//!   re-lays it out when it has 5+ items. Displays of 1 or 2 items, or with a non-constant
//!   item, are `BUILD_SET n` (inserts left to right). `for x in {...}` and `x in {...}` use a
//!   constant frozenset itself whenever all items are constants, whatever their number (the
//!   AST optimizer folds the display). Before that, CPython's
//!   constant merging (`merge_consts_recursive`) rebuilds every constant frozenset by
//!   inserting its items in its own iteration order. To match: build the constant by
//!   `insert`s in source order, apply [`SetTable::rebuilt_by_insertion`] once, and for the
//!   display `copy()` it at run time. (`print({-1, -2, 100000, 7})` shows
//!   `{100000, -2, -1, 7}` only with the rebuild. A module imported from a `.pyc` gets one
//!   more rebuild when marshal loads it; `python3 script.py` compiles the script itself.)
//! * `a | b`, `a.union(b, ...)`: [`SetTable::union`] (copy, then merge each operand; a
//!   non-set operand of `union` is added as in `update`; an operand that is `a` itself is
//!   skipped).
//! * `a & b` and `a.intersection(b)` with `b` a set: [`SetTable::intersection`]. With `b` not a
//!   set: start from an empty table, iterate `b`, and `insert` each item that `a` contains;
//!   stop consuming `b` as soon as `result.len() >= a.len()`. `a.intersection()` is `a.copy()`,
//!   `a.intersection(b, c)` is `(a & b) & c` with these rules, `a & a` is `a.copy()`.
//!   `a &= b`/`a.intersection_update(...)` compute that result and install it with
//!   [`SetTable::replace_body`] (which keeps `a`'s pop finger, as CPython's `set_swap_bodies`).
//! * `a - b` and `a.difference(b)`: with `b` a set, [`SetTable::difference`]. With `b` an exact
//!   dict: if `len(a) >> 2 > len(b)`, `a.copy()` then discard every key of `b` (dict order) and
//!   [`SetTable::purge_dummies_if_many`]; otherwise a new table with `a`'s entries (slot order)
//!   that `b` lacks, `insert`ed. With any other iterable: `a.copy()`, discard each item, then
//!   `purge_dummies_if_many`. `a.difference(b, c)` is `a.difference(b)` then
//!   `difference_update(c)`; `a.difference()` is `a.copy()`.
//! * `a -= b`, `a.difference_update(b)`: `b` a set: [`SetTable::difference_update`]; `b` is `a`:
//!   `clear()`; otherwise discard each item then `purge_dummies_if_many()` (also for dicts).
//! * `a ^ b`, `a.symmetric_difference(b)`: `b` a set: [`SetTable::symmetric_difference`].
//!   Otherwise build `t` from `b` as `set(b)` would, then for each entry of `a` in slot order
//!   discard it from `t` or, when absent, `insert` it; the result is `t`.
//! * `a ^= b`, `a.symmetric_difference_update(b)`: `b` a set:
//!   [`SetTable::symmetric_difference_update`]; `b` is `a`: `clear()`; `b` an exact dict: for
//!   each key in dict order, discard it or, when absent, insert it; any other iterable: first
//!   build `t = set(b)`, then as for a set.
//! * `s.pop()`: [`SetTable::pop`] (it moves the table's finger like CPython).
//! * `set.__init__` on a non-empty set clears it first. `clear()` resets to 8 slots.

use crate::dict::Unresolved;
use crate::object::Value;

/// Slots in a new table (`PySet_MINSIZE`).
const MIN_SIZE: usize = 8;
/// Extra slots inspected linearly after each probe position.
const LINEAR_PROBES: u64 = 9;
const PERTURB_SHIFT: u32 = 5;
/// The hash stored in a dummy slot (no live key can hash to -1).
const DUMMY_HASH: i64 = -1;

/// One slot: empty (`key: None, hash: 0`), dummy (`key: None, hash: -1`) or active.
#[derive(Clone)]
struct Slot {
    hash: i64,
    key: Option<Value>,
}

impl Slot {
    const EMPTY: Slot = Slot { hash: 0, key: None };

    #[inline(always)]
    fn live(&self) -> Option<(i64, &Value)> {
        self.key.as_ref().map(|k| (self.hash, k))
    }
}

/// Visit slot indices in CPython's probe order for `hash` until `visit` returns `Some`.
/// The table must have an empty slot, which ends every probe sequence.
#[inline(always)]
fn probe<T>(mask: usize, hash: i64, mut visit: impl FnMut(usize) -> Option<T>) -> T {
    let mask = mask as u64;
    let mut perturb = hash as u64;
    let mut i = perturb & mask;
    loop {
        let probes = if i + LINEAR_PROBES <= mask {
            LINEAR_PROBES
        } else {
            0
        };
        for j in 0..=probes {
            if let Some(t) = visit((i + j) as usize) {
                return t;
            }
        }
        perturb >>= PERTURB_SHIFT;
        i = i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb) & mask;
    }
}

/// Put a key known to be absent into a table without dummies (`set_insert_clean`).
fn insert_clean(table: &mut [Slot], mask: usize, hash: i64, key: Value) {
    let i = probe(mask, hash, |i| table[i].key.is_none().then_some(i));
    table[i] = Slot {
        hash,
        key: Some(key),
    };
}

/// The table size CPython's `set_table_resize` picks: the smallest power of two above
/// `minused`, at least 8.
fn size_for(minused: usize) -> usize {
    let mut size = MIN_SIZE;
    while size <= minused {
        size <<= 1;
    }
    size
}

/// The growth target after an insertion fills the table (or after mass deletion).
#[inline]
fn grow_target(used: usize) -> usize {
    if used > 50000 {
        used * 2
    } else {
        used * 4
    }
}

/// `Clone` copies slot for slot (same layout, same pop finger): the VM snapshots a set this
/// way to read it without holding its lock. (`copy()` is CPython's `set(s)`, which may
/// lay the keys out differently.)
#[derive(Clone)]
pub struct SetTable {
    /// `mask + 1` slots; an empty vector stands for the initial all-empty 8-slot table (so a
    /// new set allocates nothing until its first insertion).
    table: Vec<Slot>,
    /// Active + dummy slots.
    fill: usize,
    /// Active slots.
    used: usize,
    mask: usize,
    /// Where `pop()` starts searching (CPython's `finger`).
    finger: usize,
}

impl Default for SetTable {
    fn default() -> SetTable {
        SetTable::new()
    }
}

impl SetTable {
    pub fn new() -> SetTable {
        SetTable {
            table: Vec::new(),
            fill: 0,
            used: 0,
            mask: MIN_SIZE - 1,
            finger: 0,
        }
    }

    #[inline(always)]
    pub fn len(&self) -> usize {
        self.used
    }

    #[inline(always)]
    pub fn is_empty(&self) -> bool {
        self.used == 0
    }

    /// Number of slots (`mask + 1`); for tests and `__sizeof__`.
    pub fn table_size(&self) -> usize {
        self.mask + 1
    }

    #[inline]
    fn ensure_table(&mut self) {
        if self.table.is_empty() {
            self.table = vec![Slot::EMPTY; self.mask + 1];
        }
    }

    /// Slot index of the active entry whose key matches (`set_lookkey`).
    pub fn find(
        &self,
        hash: i64,
        mut eq: impl FnMut(&Value) -> Option<bool>,
    ) -> Result<Option<usize>, Unresolved> {
        debug_assert_ne!(hash, DUMMY_HASH);
        if self.fill == 0 {
            return Ok(None);
        }
        let table = &self.table;
        probe(self.mask, hash, |i| {
            let slot = &table[i];
            match &slot.key {
                None if slot.hash == 0 => Some(Ok(None)),
                Some(k) if slot.hash == hash => match eq(k) {
                    Some(true) => Some(Ok(Some(i))),
                    Some(false) => None,
                    None => Some(Err(Unresolved)),
                },
                _ => None,
            }
        })
    }

    pub fn contains(
        &self,
        hash: i64,
        eq: impl FnMut(&Value) -> Option<bool>,
    ) -> Result<bool, Unresolved> {
        Ok(self.find(hash, eq)?.is_some())
    }

    /// The key in slot `slot` (as returned by `find`/`next_entry`), if that slot is active.
    pub fn key_at(&self, slot: usize) -> Option<&Value> {
        self.table.get(slot).and_then(|s| s.key.as_ref())
    }

    /// Add a key (`set_add_entry`); returns `true` if it was added, `false` if an equal key
    /// was already there (the stored key is kept).
    pub fn insert(
        &mut self,
        hash: i64,
        key: Value,
        mut eq: impl FnMut(&Value) -> Option<bool>,
    ) -> Result<bool, Unresolved> {
        debug_assert_ne!(hash, DUMMY_HASH);
        self.ensure_table();
        // CPython remembers the *last* dummy passed on the way to the empty slot that ends
        // the search, and reuses it.
        let mut freeslot = None;
        let table = &self.table;
        let unused = probe(self.mask, hash, |i| {
            let slot = &table[i];
            match &slot.key {
                None if slot.hash == 0 => Some(Ok(Some(i))),
                None => {
                    freeslot = Some(i);
                    None
                }
                Some(k) if slot.hash == hash => match eq(k) {
                    Some(true) => Some(Ok(None)),
                    Some(false) => None,
                    None => Some(Err(Unresolved)),
                },
                _ => None,
            }
        })?;
        let Some(unused) = unused else {
            return Ok(false);
        };
        let new = Slot {
            hash,
            key: Some(key),
        };
        self.used += 1;
        if let Some(free) = freeslot {
            self.table[free] = new;
            return Ok(true);
        }
        self.table[unused] = new;
        self.fill += 1;
        if self.fill * 5 >= self.mask * 3 {
            self.resize(grow_target(self.used));
        }
        Ok(true)
    }

    /// Remove the matching key (`set_discard_entry`), leaving a dummy; returns the stored key.
    pub fn remove(
        &mut self,
        hash: i64,
        eq: impl FnMut(&Value) -> Option<bool>,
    ) -> Result<Option<Value>, Unresolved> {
        let Some(i) = self.find(hash, eq)? else {
            return Ok(None);
        };
        let slot = &mut self.table[i];
        slot.hash = DUMMY_HASH;
        self.used -= 1;
        Ok(slot.key.take())
    }

    /// `remove`, answering only whether the key was there.
    pub fn discard(
        &mut self,
        hash: i64,
        eq: impl FnMut(&Value) -> Option<bool>,
    ) -> Result<bool, Unresolved> {
        Ok(self.remove(hash, eq)?.is_some())
    }

    /// `set.pop()`: the first active slot at or after the finger (wrapping around), which then
    /// moves past it. `None` when empty.
    pub fn pop(&mut self) -> Option<Value> {
        if self.used == 0 {
            return None;
        }
        let mut i = self.finger & self.mask;
        while self.table[i].key.is_none() {
            i = if i == self.mask { 0 } else { i + 1 };
        }
        let slot = &mut self.table[i];
        slot.hash = DUMMY_HASH;
        self.used -= 1;
        self.finger = i + 1;
        slot.key.take()
    }

    /// Back to an empty 8-slot table (`set_clear_internal`; the pop finger is kept).
    pub fn clear(&mut self) {
        self.table = Vec::new();
        self.fill = 0;
        self.used = 0;
        self.mask = MIN_SIZE - 1;
    }

    /// Active keys with this hash, in probe order (for the slow path, see module docs).
    pub fn candidates(&self, hash: i64) -> Vec<Value> {
        let mut out = Vec::new();
        if self.fill == 0 {
            return out;
        }
        probe(self.mask, hash, |i| {
            let slot = &self.table[i];
            match &slot.key {
                None if slot.hash == 0 => Some(()),
                Some(k) if slot.hash == hash => {
                    out.push(k.clone());
                    None
                }
                _ => None,
            }
        });
        out
    }

    /// Active entries as `(hash, key)`, in slot order: the order Python iterates the set.
    pub fn iter(&self) -> impl Iterator<Item = (i64, &Value)> {
        self.table.iter().filter_map(Slot::live)
    }

    /// The first active entry at slot `pos` or later, with its slot: a set iterator keeps
    /// `slot + 1` as its next position (CPython's `si_pos`).
    pub fn next_entry(&self, pos: usize) -> Option<(usize, &Value)> {
        self.table
            .get(pos..)?
            .iter()
            .enumerate()
            .find_map(|(j, s)| s.key.as_ref().map(|k| (pos + j, k)))
    }

    /// Rebuild with `size_for(minused)` slots, dropping dummies (`set_table_resize`).
    fn resize(&mut self, minused: usize) {
        let newsize = size_for(minused);
        if newsize == MIN_SIZE && self.mask == MIN_SIZE - 1 && self.fill == self.used {
            // Already the minimum size and no dummies: CPython leaves the table alone.
            return;
        }
        let old = std::mem::replace(&mut self.table, vec![Slot::EMPTY; newsize]);
        self.mask = newsize - 1;
        self.fill = self.used;
        for slot in old {
            if let Some(key) = slot.key {
                insert_clean(&mut self.table, self.mask, slot.hash, key);
            }
        }
    }

    /// CPython's one big resize before adding `incoming` keys in bulk; `set.update(d)` and
    /// `set(d)` for an exact dict `d` do this, then add the keys one by one.
    pub fn presize_for_update(&mut self, incoming: usize) {
        if (self.fill + incoming) * 5 >= self.mask * 3 {
            self.resize((self.used + incoming) * 2);
        }
    }

    /// After removing a batch of keys (`difference_update` and friends): if more than a
    /// quarter of the slots are dummies, rebuild the table as CPython does.
    pub fn purge_dummies_if_many(&mut self) {
        if self.fill - self.used > self.mask / 4 {
            self.resize(grow_target(self.used));
        }
    }

    /// Add every key of `other` (`set_merge`: `s.update(t)`, `s |= t` with `t` a set or
    /// frozenset). Into an empty table this never compares keys and never fails.
    ///
    /// On `Err(Unresolved)` the keys of `other` before the one that needed Python code have
    /// been added (after CPython's presize); finish with the slow path by `insert`ing every
    /// entry of `other` in `iter()` order (re-adding the first ones changes nothing). Do not
    /// call `presize_for_update` again. The caller handles `s.update(s)` (a no-op).
    pub fn merge(
        &mut self,
        other: &SetTable,
        mut eq: impl FnMut(&Value, &Value) -> Option<bool>,
    ) -> Result<(), Unresolved> {
        if other.used == 0 {
            return Ok(());
        }
        self.presize_for_update(other.used);
        if self.fill == 0 {
            self.ensure_table();
            if self.mask == other.mask && other.fill == other.used {
                // Same size and no dummies: copy slot for slot.
                self.table.clone_from(&other.table);
            } else {
                for (hash, key) in other.iter() {
                    insert_clean(&mut self.table, self.mask, hash, key.clone());
                }
            }
            self.fill = other.used;
            self.used = other.used;
            return Ok(());
        }
        for (hash, key) in other.iter() {
            self.insert(hash, key.clone(), |stored| eq(stored, key))?;
        }
        Ok(())
    }

    /// A new table with the same keys, laid out as CPython's `set(s)`/`s.copy()` lays them
    /// out (which is not always a slot-for-slot copy). The new table's pop finger is 0.
    pub fn copy(&self) -> SetTable {
        let mut t = SetTable::new();
        // Merging into an empty table never compares keys.
        let _ = t.merge(self, |_, _| Some(false));
        t
    }

    /// A new table holding the keys inserted one by one in this table's iteration order
    /// (`frozenset(list(f))`). CPython's compiler does this to every constant frozenset when
    /// it merges a code object's constants, so a constant display is this applied to the
    /// table built from the source items (see the module docs).
    pub fn rebuilt_by_insertion(&self) -> SetTable {
        let mut t = SetTable::new();
        for (hash, key) in self.iter() {
            // The keys are distinct: no comparison can find a match.
            let _ = t.insert(hash, key.clone(), |_| Some(false));
        }
        t
    }

    /// Install `body` as this set's table, keeping the pop finger (CPython's
    /// `set_swap_bodies`, used by `&=` and `intersection_update`).
    pub fn replace_body(&mut self, body: SetTable) {
        let finger = self.finger;
        *self = body;
        self.finger = finger;
    }

    /// `self | other` (`set_or`, `set.union` with one set operand).
    pub fn union(
        &self,
        other: &SetTable,
        eq: impl FnMut(&Value, &Value) -> Option<bool>,
    ) -> Result<SetTable, Unresolved> {
        let mut result = self.copy();
        if !std::ptr::eq(self, other) {
            result.merge(other, eq)?;
        }
        Ok(result)
    }

    /// `self & other` for two sets (`set_intersection`): iterate the smaller one (`other` on
    /// a tie) in slot order, keep the keys the other contains; the kept key objects come from
    /// the iterated set.
    pub fn intersection(
        &self,
        other: &SetTable,
        mut eq: impl FnMut(&Value, &Value) -> Option<bool>,
    ) -> Result<SetTable, Unresolved> {
        if std::ptr::eq(self, other) {
            return Ok(self.copy());
        }
        let (probed, iterated) = if other.used > self.used {
            (other, self)
        } else {
            (self, other)
        };
        let mut result = SetTable::new();
        for (hash, key) in iterated.iter() {
            if probed.contains(hash, |stored| eq(stored, key))? {
                result.insert(hash, key.clone(), |stored| eq(stored, key))?;
            }
        }
        Ok(result)
    }

    /// `self &= other` (`set_intersection_update`): unchanged on `Err`.
    pub fn intersection_update(
        &mut self,
        other: &SetTable,
        eq: impl FnMut(&Value, &Value) -> Option<bool>,
    ) -> Result<(), Unresolved> {
        let result = self.intersection(other, eq)?;
        self.replace_body(result);
        Ok(())
    }

    /// `self - other` for two sets (`set_difference`): when `self` is more than 4 times
    /// bigger, a copy of `self` minus `other`'s keys; otherwise a new table with `self`'s
    /// keys (slot order) that `other` lacks.
    pub fn difference(
        &self,
        other: &SetTable,
        mut eq: impl FnMut(&Value, &Value) -> Option<bool>,
    ) -> Result<SetTable, Unresolved> {
        if (self.used >> 2) > other.used {
            let mut result = self.copy();
            result.difference_update(other, eq)?;
            return Ok(result);
        }
        let mut result = SetTable::new();
        for (hash, key) in self.iter() {
            if !other.contains(hash, |stored| eq(stored, key))? {
                result.insert(hash, key.clone(), |stored| eq(stored, key))?;
            }
        }
        Ok(result)
    }

    /// `self -= other` for a set `other` that is not `self` (`set_difference_update_internal`):
    /// discard `other`'s keys (those of `self & other` when `other` is more than 8 times
    /// bigger), then purge dummies if they are many.
    ///
    /// On `Err(Unresolved)` some keys may already be discarded; redo the whole operation
    /// with the slow path (discarding again is harmless and gives the same table).
    pub fn difference_update(
        &mut self,
        other: &SetTable,
        mut eq: impl FnMut(&Value, &Value) -> Option<bool>,
    ) -> Result<(), Unresolved> {
        if (other.used >> 3) > self.used {
            let common = self.intersection(other, &mut eq)?;
            for (hash, key) in common.iter() {
                self.remove(hash, |stored| eq(stored, key))?;
            }
        } else {
            for (hash, key) in other.iter() {
                self.remove(hash, |stored| eq(stored, key))?;
            }
        }
        self.purge_dummies_if_many();
        Ok(())
    }

    /// `self ^ other` for two sets (`set_symmetric_difference`): a copy of `other`, updated
    /// with the symmetric difference of `self`.
    pub fn symmetric_difference(
        &self,
        other: &SetTable,
        mut eq: impl FnMut(&Value, &Value) -> Option<bool>,
    ) -> Result<SetTable, Unresolved> {
        let mut result = other.copy();
        result.toggle_all(self, &mut eq)?;
        Ok(result)
    }

    /// `self ^= other` for a set `other` that is not `self`
    /// (`set_symmetric_difference_update`): each key of `other`, in slot order, is discarded
    /// if present and added otherwise. Unchanged on `Err` (the comparisons the operation could
    /// make are all tried first).
    pub fn symmetric_difference_update(
        &mut self,
        other: &SetTable,
        mut eq: impl FnMut(&Value, &Value) -> Option<bool>,
    ) -> Result<(), Unresolved> {
        for (hash, key) in other.iter() {
            self.check_comparable(hash, key, &mut eq)?;
            other.check_comparable(hash, key, &mut eq)?;
        }
        self.toggle_all(other, &mut eq)
    }

    fn toggle_all(
        &mut self,
        other: &SetTable,
        mut eq: impl FnMut(&Value, &Value) -> Option<bool>,
    ) -> Result<(), Unresolved> {
        for (hash, key) in other.iter() {
            if !self.discard(hash, |stored| eq(stored, key))? {
                self.insert(hash, key.clone(), |stored| eq(stored, key))?;
            }
        }
        Ok(())
    }

    /// Err if comparing `key` with some active key of this hash in `hash`'s probe sequence
    /// would need Python code.
    fn check_comparable(
        &self,
        hash: i64,
        key: &Value,
        mut eq: impl FnMut(&Value, &Value) -> Option<bool>,
    ) -> Result<(), Unresolved> {
        if self.fill == 0 {
            return Ok(());
        }
        probe(self.mask, hash, |i| {
            let slot = &self.table[i];
            match &slot.key {
                None if slot.hash == 0 => Some(Ok(())),
                Some(k) if slot.hash == hash && eq(k, key).is_none() => Some(Err(Unresolved)),
                _ => None,
            }
        })
    }

    /// `self <= other` (`set_issubset` for two sets).
    pub fn is_subset(
        &self,
        other: &SetTable,
        mut eq: impl FnMut(&Value, &Value) -> Option<bool>,
    ) -> Result<bool, Unresolved> {
        if self.used > other.used {
            return Ok(false);
        }
        for (hash, key) in self.iter() {
            if !other.contains(hash, |stored| eq(stored, key))? {
                return Ok(false);
            }
        }
        Ok(true)
    }

    /// `self.isdisjoint(other)` for two sets (iterates the smaller one, as CPython).
    pub fn is_disjoint(
        &self,
        other: &SetTable,
        mut eq: impl FnMut(&Value, &Value) -> Option<bool>,
    ) -> Result<bool, Unresolved> {
        let (probed, iterated) = if other.used > self.used {
            (other, self)
        } else {
            (self, other)
        };
        for (hash, key) in iterated.iter() {
            if probed.contains(hash, |stored| eq(stored, key))? {
                return Ok(false);
            }
        }
        Ok(true)
    }

    /// `hash(frozenset)`: CPython's `frozenset_hash`, an order-independent mix of the active
    /// entries' hashes (the VM may cache it; frozensets never change).
    pub fn frozenset_hash(&self) -> i64 {
        fn shuffle_bits(h: u64) -> u64 {
            ((h ^ 89_869_747) ^ (h << 16)).wrapping_mul(3_644_798_167)
        }
        let mut hash = self
            .iter()
            .fold(0u64, |acc, (h, _)| acc ^ shuffle_bits(h as u64));
        hash ^= (self.used as u64 + 1).wrapping_mul(1_927_868_237);
        hash ^= (hash >> 11) ^ (hash >> 25);
        hash = hash.wrapping_mul(69_069).wrapping_add(907_133_923);
        if hash == u64::MAX {
            hash = 590_923_713;
        }
        hash as i64
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::hash::hash_i64;

    // Expected orders were printed by CPython 3.11.7 (`python3 -c 'print(...)'`).

    fn int_eq(a: &Value, b: &Value) -> Option<bool> {
        match (a, b) {
            (Value::Int(x), Value::Int(y)) => Some(x == y),
            _ => Some(false),
        }
    }

    fn eq_to(k: i64) -> impl FnMut(&Value) -> Option<bool> {
        move |v| int_eq(v, &Value::Int(k))
    }

    fn add(s: &mut SetTable, k: i64) -> bool {
        s.insert(hash_i64(k), Value::Int(k), eq_to(k)).unwrap()
    }

    fn discard(s: &mut SetTable, k: i64) -> bool {
        s.discard(hash_i64(k), eq_to(k)).unwrap()
    }

    fn set_of(items: impl IntoIterator<Item = i64>) -> SetTable {
        let mut s = SetTable::new();
        for k in items {
            add(&mut s, k);
        }
        s
    }

    /// A set display of 3+ constants: the compiler builds a frozenset in source order,
    /// rebuilds it in its own iteration order (constant merging), and the display merges
    /// that into a new set.
    fn display(items: &[i64]) -> SetTable {
        set_of(items.iter().copied()).rebuilt_by_insertion().copy()
    }

    fn int(v: &Value) -> i64 {
        match v {
            Value::Int(i) => *i,
            other => panic!("not an int: {other:?}"),
        }
    }

    fn order(s: &SetTable) -> Vec<i64> {
        s.iter().map(|(_, k)| int(k)).collect()
    }

    #[test]
    fn small_displays() {
        assert_eq!(order(&display(&[5, 3, 10, 1])), [1, 10, 3, 5]);
        assert_eq!(order(&display(&[-1, -2, 100000, 7])), [100000, -2, -1, 7]);
        assert_eq!(
            order(&display(&[5, 3, 10, 1, 17, 33, 9])),
            [1, 33, 3, 17, 5, 9, 10]
        );
        assert_eq!(order(&set_of([16, 8, 0])), [16, 8, 0]);
    }

    #[test]
    fn ranges_and_removals() {
        assert_eq!(order(&set_of(0..20)), (0..20).collect::<Vec<_>>());
        let mut s = set_of(0..100);
        for k in (0..100).step_by(2) {
            assert!(discard(&mut s, k));
        }
        assert_eq!(order(&s), (1..100).step_by(2).collect::<Vec<_>>());
        assert_eq!(s.len(), 50);
        // set(range(100)) - {3}: the copy path, since 100 >> 2 > 1.
        let r = set_of(0..100).difference(&display(&[3]), int_eq).unwrap();
        let expected: Vec<i64> = (0..100).filter(|&k| k != 3).collect();
        assert_eq!(order(&r), expected);
    }

    #[test]
    fn negatives_and_large_ints() {
        let s = set_of([-5, 17, -1, 33, -100, 8, 1000, -7]);
        assert_eq!(order(&s), [33, 8, 1000, 17, -7, -5, -100, -1]);
        let s = set_of((0..12).map(|i| (1i64 << 40) + i));
        let base = 1i64 << 40;
        let offsets: Vec<i64> = order(&s).iter().map(|k| k - base).collect();
        assert_eq!(offsets, (0..12).collect::<Vec<_>>());
        let s = set_of([1 << 40, 3 << 40, 5, 1 << 62, -(1 << 50), 64, 128]);
        assert_eq!(
            order(&s),
            [1 << 40, 3 << 40, 1 << 62, -(1 << 50), 64, 5, 128]
        );
    }

    #[test]
    fn collisions_and_dummies() {
        // Keys colliding modulo 8 and 32, with a dummy reused by a later add.
        let mut s = set_of([0, 8, 16, 24, 32]);
        assert_eq!(order(&s), [0, 32, 8, 16, 24]);
        discard(&mut s, 8);
        add(&mut s, 40);
        add(&mut s, 1);
        assert_eq!(order(&s), [0, 32, 1, 40, 16, 24]);
        let c = s.copy();
        assert_eq!(order(&c), [0, 32, 1, 16, 40, 24]);
        let mut s = set_of(0..10);
        for k in [1, 3, 5, 7] {
            discard(&mut s, k);
        }
        add(&mut s, 17);
        assert_eq!(order(&s), [0, 2, 4, 6, 8, 9, 17]);
        let c = s.copy();
        assert_eq!(order(&c), [0, 17, 2, 4, 6, 8, 9]);
    }

    #[test]
    fn pop_order() {
        let mut s = set_of([5, 3, 10, 1, 17, 33, 9, 64, 100]);
        let mut popped = Vec::new();
        for _ in 0..4 {
            popped.push(int(&s.pop().unwrap()));
        }
        assert_eq!(popped, [64, 1, 33, 3]);
        add(&mut s, 2);
        add(&mut s, 1);
        assert_eq!(int(&s.pop().unwrap()), 100);
        assert_eq!(order(&s), [1, 2, 5, 9, 10, 17]);
        while s.pop().is_some() {}
        assert!(s.is_empty());
        assert!(s.pop().is_none());
    }

    #[test]
    fn set_operations() {
        let a = set_of([1, 5, 9, 13, 17, 21, 33, 64, 100]);
        let b = set_of([9, 64, 2, 3, 100, 41, 1000, 17]);
        assert_eq!(
            order(&a.union(&b, int_eq).unwrap()),
            [64, 1, 33, 2, 100, 5, 3, 1000, 9, 41, 13, 17, 21]
        );
        assert_eq!(
            order(&a.intersection(&b, int_eq).unwrap()),
            [64, 9, 100, 17]
        );
        assert_eq!(
            order(&a.difference(&b, int_eq).unwrap()),
            [1, 33, 5, 13, 21]
        );
        assert_eq!(order(&b.difference(&a, int_eq).unwrap()), [1000, 41, 2, 3]);
        assert_eq!(
            order(&a.symmetric_difference(&b, int_eq).unwrap()),
            [1, 2, 3, 33, 5, 1000, 41, 13, 21]
        );
        let mut c = a.copy();
        c.merge(&b, int_eq).unwrap();
        assert_eq!(order(&c), order(&a.union(&b, int_eq).unwrap()));
        let mut d = a.copy();
        d.symmetric_difference_update(&b, int_eq).unwrap();
        assert_eq!(order(&d), [1, 33, 2, 5, 3, 1000, 41, 13, 21]);
        let mut e = a.copy();
        e.intersection_update(&b, int_eq).unwrap();
        assert_eq!(order(&e), [64, 9, 100, 17]);
        assert!(set_of([9, 17]).is_subset(&a, int_eq).unwrap());
        assert!(!b.is_subset(&a, int_eq).unwrap());
        assert!(!a.is_disjoint(&b, int_eq).unwrap());
        assert!(set_of([2, 3]).is_disjoint(&a, int_eq).unwrap());
    }

    #[test]
    fn difference_update_purges_dummies() {
        // 30 dummies in 128 slots: kept (sys.getsizeof says 128 slots).
        let mut a = set_of(0..40);
        a.difference_update(&set_of(0..30), int_eq).unwrap();
        assert_eq!(a.table_size(), 128);
        // 35 dummies: rebuilt with 32 slots.
        let mut a = set_of(0..40);
        a.difference_update(&set_of(0..35), int_eq).unwrap();
        assert_eq!(a.table_size(), 32);
        assert_eq!(order(&a), [35, 36, 37, 38, 39]);
        let mut s = set_of([0, 32, 64, 96, 128, 160, 1, 33, 65, 97, 2, 34]);
        assert_eq!(order(&s), [0, 32, 64, 96, 128, 160, 1, 33, 65, 97, 2, 34]);
        s.difference_update(&set_of([0, 32, 64, 96, 128, 1, 2, 65]), int_eq)
            .unwrap();
        assert_eq!(order(&s), [160, 33, 97, 34]);
        add(&mut s, 0);
        add(&mut s, 64);
        assert_eq!(order(&s), [160, 33, 97, 34, 0, 64]);
        // More than 8x bigger other: discards the intersection.
        let mut small = set_of([3, 500, 7]);
        small.difference_update(&set_of(0..100), int_eq).unwrap();
        assert_eq!(order(&small), [500]);
    }

    #[test]
    fn unresolved_comparisons_are_reported() {
        let mut s = set_of([5, 13]);
        assert_eq!(s.find(5, |_| None), Err(Unresolved));
        assert_eq!(s.find(6, |_| None), Ok(None));
        assert_eq!(s.insert(13, Value::Int(13), |_| None), Err(Unresolved));
        assert_eq!(s.len(), 2);
        let other = set_of([13, 21]);
        assert_eq!(
            s.symmetric_difference_update(&other, |_, _| None),
            Err(Unresolved)
        );
        assert_eq!(order(&s), [13, 5]);
        assert_eq!(order(&s.copy()), [13, 5]);
        let cands: Vec<i64> = s.candidates(13).iter().map(int).collect();
        assert_eq!(cands, [13]);
    }

    #[test]
    fn iteration_by_position() {
        let s = display(&[5, 3, 10, 1]);
        let mut pos = 0;
        let mut seen = Vec::new();
        while let Some((slot, k)) = s.next_entry(pos) {
            seen.push(int(k));
            pos = slot + 1;
        }
        assert_eq!(seen, [1, 10, 3, 5]);
        assert!(SetTable::new().next_entry(0).is_none());
    }

    #[test]
    fn tuple_and_float_keys() {
        use crate::hash::{hash_float, hash_tuple};
        // Tuples stand in as their index in `tuples` (equal hashes never collide here).
        let t = |items: &[i64]| hash_tuple(items.iter().map(|&i| hash_i64(i)));
        let nested = hash_tuple([1, t(&[2, 3])].into_iter());
        let hashes = [
            t(&[1, 2]),
            t(&[3, 4]),
            t(&[2, 1]),
            t(&[0, 0]),
            t(&[5, 5]),
            nested,
            t(&[]),
            t(&[-1, -2]),
        ];
        let mut s = SetTable::new();
        for (i, &h) in hashes.iter().enumerate() {
            s.insert(h, Value::Int(i as i64), |_| Some(false)).unwrap();
        }
        // CPython: [(5, 5), (1, 2), (2, 1), (3, 4), (0, 0), (-1, -2), (1, (2, 3)), ()]
        assert_eq!(order(&s), [4, 0, 2, 1, 3, 7, 5, 6]);

        let floats = [0.5, 1.5, 2.0, -0.25, 1e300, 3.0, 1e-300, 7.75];
        let mut f = SetTable::new();
        for &x in &floats {
            f.insert(hash_float(x), Value::float(x), |_| Some(false))
                .unwrap();
        }
        let got: Vec<f64> = f
            .iter()
            .map(|(_, k)| match k {
                Value::Float(x) => x.get(),
                _ => unreachable!(),
            })
            .collect();
        assert_eq!(got, [0.5, 1.5, 2.0, -0.25, 3.0, 7.75, 1e-300, 1e300]);
    }

    #[test]
    fn frozenset_hashes() {
        assert_eq!(set_of([1, 2, 3]).frozenset_hash(), -272375401224217160);
        assert_eq!(SetTable::new().frozenset_hash(), 133146708735736);
        assert_eq!(set_of(-50..50).frozenset_hash(), 8415179561864637165);
        let inner = set_of([1]).frozenset_hash();
        let mut outer = SetTable::new();
        outer
            .insert(inner, Value::Int(-99), |_| Some(false))
            .unwrap();
        add(&mut outer, 2);
        assert_eq!(outer.frozenset_hash(), -1248503628839622056);
        // Independent of layout and of dummies.
        let mut s = set_of([1, 2, 3, 4, 5, 6]);
        discard(&mut s, 5);
        discard(&mut s, 6);
        assert_eq!(s.frozenset_hash(), set_of([4, 3, 2, 1]).frozenset_hash());
    }
}
