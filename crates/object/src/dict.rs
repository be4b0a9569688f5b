//! The dict table: insertion-ordered entries plus a hash index (like CPython's compact dict).
//!
//! Key comparison is the caller's business: every lookup takes an `eq` closure answering
//! "is this stored key equal to mine?" *without running Python code* (the table is locked while
//! it runs). When equality needs Python code (a user `__eq__`), the closure answers `None`, the
//! operation returns `Err(Unresolved)`, and the caller takes the slow path: it copies out the
//! `candidates` with the same hash, unlocks, compares them in Python, and retries the operation
//! with an identity comparison against the stored key it found (DESIGN.md: never run Python
//! code while holding an object's lock).

use hashbrown::HashTable;

use crate::object::Value;

/// A key comparison needed Python code; see the module docs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Unresolved;

pub struct Entry {
    pub hash: i64,
    pub key: Value,
    pub value: Value,
}

#[derive(Default)]
pub struct DictTable {
    /// Entries in insertion order; `None` marks a deleted entry.
    entries: Vec<Option<Entry>>,
    /// Hash index into `entries`.
    index: HashTable<u32>,
    len: usize,
    /// Bumped on every change of the key set or of a value; lets callers detect concurrent
    /// modification and cache lookups (global-name caches).
    version: u64,
}

impl DictTable {
    pub fn new() -> DictTable {
        DictTable::default()
    }

    pub fn with_capacity(n: usize) -> DictTable {
        DictTable {
            entries: Vec::with_capacity(n),
            index: HashTable::with_capacity(n),
            len: 0,
            version: 0,
        }
    }

    #[inline(always)]
    pub fn len(&self) -> usize {
        self.len
    }

    #[inline(always)]
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    #[inline(always)]
    pub fn version(&self) -> u64 {
        self.version
    }

    /// Position of the entry whose key matches, if any.
    pub fn find(
        &self,
        hash: i64,
        mut eq: impl FnMut(&Value) -> Option<bool>,
    ) -> Result<Option<usize>, Unresolved> {
        let mut unresolved = false;
        let entries = &self.entries;
        let found = self.index.find(hash as u64, |&i| {
            let e = entries[i as usize]
                .as_ref()
                .expect("index points at a live entry");
            if e.hash != hash {
                return false;
            }
            match eq(&e.key) {
                Some(b) => b,
                None => {
                    unresolved = true;
                    false
                }
            }
        });
        match found {
            Some(&i) => Ok(Some(i as usize)),
            None if unresolved => Err(Unresolved),
            None => Ok(None),
        }
    }

    /// `find` for keys whose comparison never needs Python code (str keys looked up by the
    /// interpreter): `eq` answers yes or no. Inlined, for the name and attribute lookups.
    #[inline]
    pub fn find_resolved(&self, hash: i64, mut eq: impl FnMut(&Value) -> bool) -> Option<usize> {
        let entries = &self.entries;
        self.index
            .find(hash as u64, |&i| match &entries[i as usize] {
                Some(e) => e.hash == hash && eq(&e.key),
                None => false,
            })
            .map(|&i| i as usize)
    }

    /// `get` with a resolved comparison (see `find_resolved`).
    #[inline]
    pub fn get_resolved(&self, hash: i64, eq: impl FnMut(&Value) -> bool) -> Option<&Value> {
        let i = self.find_resolved(hash, eq)?;
        self.entries[i].as_ref().map(|e| &e.value)
    }

    /// `insert` with a resolved comparison (see `find_resolved`); returns the previous value.
    #[inline]
    pub fn insert_resolved(
        &mut self,
        hash: i64,
        key: impl FnOnce() -> Value,
        value: Value,
        eq: impl FnMut(&Value) -> bool,
    ) -> Option<Value> {
        self.insert_resolved_at(hash, key, value, eq).0
    }

    /// `insert_resolved` that also returns the entry's position.
    #[inline]
    pub fn insert_resolved_at(
        &mut self,
        hash: i64,
        key: impl FnOnce() -> Value,
        value: Value,
        eq: impl FnMut(&Value) -> bool,
    ) -> (Option<Value>, usize) {
        self.version += 1;
        if let Some(i) = self.find_resolved(hash, eq) {
            if let Some(e) = self.entries[i].as_mut() {
                return (Some(std::mem::replace(&mut e.value, value)), i);
            }
        }
        self.push_new(hash, key(), value);
        (None, self.entries.len() - 1)
    }

    pub fn get(
        &self,
        hash: i64,
        eq: impl FnMut(&Value) -> Option<bool>,
    ) -> Result<Option<&Value>, Unresolved> {
        Ok(self.find(hash, eq)?.map(|i| &self.entry_at(i).value))
    }

    /// Insert or replace; returns the previous value. An existing key object is kept (as
    /// CPython does: `d[1.0] = x` after `d[1] = y` keeps the key `1`).
    pub fn insert(
        &mut self,
        hash: i64,
        key: Value,
        value: Value,
        eq: impl FnMut(&Value) -> Option<bool>,
    ) -> Result<Option<Value>, Unresolved> {
        self.version += 1;
        if let Some(i) = self.find(hash, eq)? {
            let e = self.entries[i].as_mut().expect("found entry is live");
            return Ok(Some(std::mem::replace(&mut e.value, value)));
        }
        self.push_new(hash, key, value);
        Ok(None)
    }

    /// Append an entry for a key known to be absent.
    pub fn push_new(&mut self, hash: i64, key: Value, value: Value) {
        self.version += 1;
        let pos = self.entries.len() as u32;
        self.entries.push(Some(Entry { hash, key, value }));
        let entries = &self.entries;
        self.index.insert_unique(hash as u64, pos, |&i| {
            entries[i as usize].as_ref().map_or(0, |e| e.hash as u64)
        });
        self.len += 1;
    }

    pub fn remove(
        &mut self,
        hash: i64,
        eq: impl FnMut(&Value) -> Option<bool>,
    ) -> Result<Option<(Value, Value)>, Unresolved> {
        let Some(i) = self.find(hash, eq)? else {
            return Ok(None);
        };
        Ok(Some(self.remove_at(i)))
    }

    /// Remove the entry at position `pos` (which must be live).
    pub fn remove_at(&mut self, pos: usize) -> (Value, Value) {
        let hash = self.entries[pos].as_ref().expect("live entry").hash;
        if let Ok(slot) = self.index.find_entry(hash as u64, |&i| i as usize == pos) {
            slot.remove();
        }
        let e = self.entries[pos].take().expect("live entry");
        self.len -= 1;
        self.version += 1;
        if self.len == 0 {
            self.entries.clear();
        } else if self.entries.len() > 16 && self.len * 2 < self.entries.len() {
            self.compact();
        }
        (e.key, e.value)
    }

    /// Remove and return the last inserted entry (`popitem`).
    pub fn pop_last(&mut self) -> Option<(Value, Value)> {
        let pos = self.entries.iter().rposition(|e| e.is_some())?;
        Some(self.remove_at(pos))
    }

    /// Drop the holes left by deletions and rebuild the index.
    fn compact(&mut self) {
        self.entries.retain(|e| e.is_some());
        self.index.clear();
        for (pos, e) in self.entries.iter().enumerate() {
            let hash = e.as_ref().expect("retained").hash;
            let entries = &self.entries;
            self.index.insert_unique(hash as u64, pos as u32, |&i| {
                entries[i as usize].as_ref().map_or(0, |e| e.hash as u64)
            });
        }
    }

    pub fn clear(&mut self) {
        self.entries.clear();
        self.index.clear();
        self.len = 0;
        self.version += 1;
    }

    /// Keys with this hash (for the slow path, see module docs).
    pub fn candidates(&self, hash: i64) -> Vec<Value> {
        self.entries
            .iter()
            .flatten()
            .filter(|e| e.hash == hash)
            .map(|e| e.key.clone())
            .collect()
    }

    /// The live entry at `pos`, if there is one (`pos` may be any guess).
    #[inline]
    pub fn live_entry(&self, pos: usize) -> Option<&Entry> {
        self.entries.get(pos)?.as_ref()
    }

    #[inline]
    pub fn entry_at(&self, pos: usize) -> &Entry {
        self.entries[pos].as_ref().expect("live entry")
    }

    pub fn value_at_mut(&mut self, pos: usize) -> &mut Value {
        self.version += 1;
        &mut self.entries[pos].as_mut().expect("live entry").value
    }

    /// Iterate live entries in insertion order.
    pub fn iter(&self) -> impl Iterator<Item = &Entry> {
        self.entries.iter().flatten()
    }

    /// The first live entry at or after position `pos`, with its position: lets iterators
    /// walk the dict one step at a time without holding the lock in between.
    pub fn next_entry(&self, pos: usize) -> Option<(usize, &Entry)> {
        self.entries
            .iter()
            .enumerate()
            .skip(pos)
            .find_map(|(i, e)| e.as_ref().map(|e| (i, e)))
    }

    pub fn keys(&self) -> Vec<Value> {
        self.iter().map(|e| e.key.clone()).collect()
    }

    pub fn values(&self) -> Vec<Value> {
        self.iter().map(|e| e.value.clone()).collect()
    }

    pub fn items(&self) -> Vec<(Value, Value)> {
        self.iter()
            .map(|e| (e.key.clone(), e.value.clone()))
            .collect()
    }

    /// A copy of the table (the values are shared, as in `dict.copy()`).
    pub fn copy(&self) -> DictTable {
        let mut t = DictTable::with_capacity(self.len);
        for e in self.iter() {
            t.push_new(e.hash, e.key.clone(), e.value.clone());
        }
        t
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn int_eq(k: i64) -> impl FnMut(&Value) -> Option<bool> {
        move |v| match v {
            Value::Int(i) => Some(*i == k),
            _ => Some(false),
        }
    }

    #[test]
    fn keeps_insertion_order_across_deletes() {
        let mut d = DictTable::new();
        for i in 0..100 {
            d.insert(i, Value::Int(i), Value::Int(i * 10), int_eq(i))
                .unwrap();
        }
        for i in (0..100).step_by(2) {
            assert!(d.remove(i, int_eq(i)).unwrap().is_some());
        }
        d.insert(0, Value::Int(0), Value::Int(7), int_eq(0))
            .unwrap();
        let keys: Vec<i64> = d
            .keys()
            .iter()
            .map(|k| match k {
                Value::Int(i) => *i,
                _ => unreachable!(),
            })
            .collect();
        assert_eq!(keys.len(), 51);
        assert_eq!(keys[0], 1);
        assert_eq!(*keys.last().unwrap(), 0);
        assert!(matches!(
            d.get(51, int_eq(51)).unwrap(),
            Some(Value::Int(510))
        ));
    }

    #[test]
    fn unresolved_comparisons_are_reported() {
        let mut d = DictTable::new();
        d.insert(5, Value::Int(5), Value::Int(1), int_eq(5))
            .unwrap();
        assert_eq!(d.find(5, |_| None), Err(Unresolved));
        assert_eq!(d.find(6, |_| None), Ok(None));
    }
}
