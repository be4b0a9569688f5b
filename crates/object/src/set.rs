//! The set table. PLACEHOLDER being replaced by a CPython-layout implementation.

use crate::dict::Unresolved;
use crate::object::Value;

#[derive(Default)]
pub struct SetTable {
    entries: Vec<(i64, Value)>,
}

impl SetTable {
    pub fn new() -> SetTable {
        SetTable::default()
    }
    pub fn len(&self) -> usize {
        self.entries.len()
    }
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }
    pub fn find(
        &self,
        hash: i64,
        mut eq: impl FnMut(&Value) -> Option<bool>,
    ) -> Result<Option<usize>, Unresolved> {
        let mut unresolved = false;
        for (i, (h, k)) in self.entries.iter().enumerate() {
            if *h == hash {
                match eq(k) {
                    Some(true) => return Ok(Some(i)),
                    Some(false) => {}
                    None => unresolved = true,
                }
            }
        }
        if unresolved {
            Err(Unresolved)
        } else {
            Ok(None)
        }
    }
    pub fn insert(
        &mut self,
        hash: i64,
        key: Value,
        eq: impl FnMut(&Value) -> Option<bool>,
    ) -> Result<bool, Unresolved> {
        if self.find(hash, eq)?.is_some() {
            return Ok(false);
        }
        self.entries.push((hash, key));
        Ok(true)
    }
    pub fn remove(
        &mut self,
        hash: i64,
        eq: impl FnMut(&Value) -> Option<bool>,
    ) -> Result<Option<Value>, Unresolved> {
        Ok(self.find(hash, eq)?.map(|i| self.entries.remove(i).1))
    }
    pub fn pop(&mut self) -> Option<Value> {
        if self.entries.is_empty() {
            None
        } else {
            Some(self.entries.remove(0).1)
        }
    }
    pub fn clear(&mut self) {
        self.entries.clear();
    }
    pub fn candidates(&self, hash: i64) -> Vec<Value> {
        self.entries.iter().filter(|e| e.0 == hash).map(|e| e.1.clone()).collect()
    }
    pub fn iter(&self) -> impl Iterator<Item = (i64, &Value)> {
        self.entries.iter().map(|(h, k)| (*h, k))
    }
    pub fn next_entry(&self, pos: usize) -> Option<(usize, &Value)> {
        self.entries.get(pos).map(|e| (pos, &e.1))
    }
    pub fn copy(&self) -> SetTable {
        SetTable { entries: self.entries.clone() }
    }
    pub fn frozenset_hash(&self) -> i64 {
        self.entries.iter().fold(0i64, |a, e| a ^ e.0)
    }
}
