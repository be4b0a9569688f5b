//! `str` payload and the interned-string table.

use std::sync::atomic::{AtomicI64, Ordering};
use std::sync::OnceLock;

use dashmap::DashMap;

use crate::object::{ObjRef, Value};
use crate::payload::Payload;
use crate::types::types;

/// An immutable Python string. Stored as UTF-8 with its length in code points, so indexing
/// ASCII strings (the common case) is O(1).
pub struct PyStr {
    data: Box<str>,
    char_len: usize,
    /// Cached hash; `HASH_UNSET` until first computed. Relaxed atomics: the value is a pure
    /// function of the contents, so racing writers store the same number.
    hash: AtomicI64,
}

const HASH_UNSET: i64 = -1;

impl PyStr {
    pub fn new(s: impl Into<Box<str>>) -> PyStr {
        let data = s.into();
        let char_len = if data.is_ascii() {
            data.len()
        } else {
            data.chars().count()
        };
        PyStr {
            data,
            char_len,
            hash: AtomicI64::new(HASH_UNSET),
        }
    }

    #[inline(always)]
    pub fn as_str(&self) -> &str {
        &self.data
    }

    /// Length in code points (`len(s)`).
    #[inline(always)]
    pub fn char_len(&self) -> usize {
        self.char_len
    }

    #[inline(always)]
    pub fn is_ascii(&self) -> bool {
        self.char_len == self.data.len()
    }

    /// The code point at index `i` (0 <= i < char_len).
    pub fn char_at(&self, i: usize) -> Option<char> {
        if self.is_ascii() {
            self.data.as_bytes().get(i).map(|&b| b as char)
        } else {
            self.data.chars().nth(i)
        }
    }

    /// Byte offset of code point index `i` (i may equal char_len).
    pub fn byte_offset(&self, i: usize) -> usize {
        if self.is_ascii() {
            i.min(self.data.len())
        } else {
            self.data
                .char_indices()
                .nth(i)
                .map(|(b, _)| b)
                .unwrap_or(self.data.len())
        }
    }

    /// Substring by code point range.
    pub fn substring(&self, start: usize, end: usize) -> &str {
        if start >= end {
            return "";
        }
        let b0 = self.byte_offset(start);
        let b1 = self.byte_offset(end);
        &self.data[b0..b1]
    }

    /// `hash(s)`. CPython randomises string hashes per process, so programs cannot depend on
    /// the values; any good hash will do. FNV-1a, folded into CPython's hash range.
    #[inline]
    pub fn hash(&self) -> i64 {
        let h = self.hash.load(Ordering::Relaxed);
        if h != HASH_UNSET {
            return h;
        }
        let h = hash_str(&self.data);
        self.hash.store(h, Ordering::Relaxed);
        h
    }
}

pub fn hash_str(s: &str) -> i64 {
    hash_bytes(s.as_bytes())
}

/// The hash of a `bytes` object: the same function over the raw bytes, so `hash(b"abc") ==
/// hash("abc")` as in CPython (for ASCII).
pub fn hash_bytes(data: &[u8]) -> i64 {
    let mut h: u64 = 0xcbf29ce484222325;
    for &b in data {
        h ^= b as u64;
        h = h.wrapping_mul(0x100000001b3);
    }
    // Mix the high bits down: tables index by the low bits.
    h ^= h >> 29;
    let h = h as i64;
    if h == -1 {
        -2
    } else {
        h
    }
}

impl std::fmt::Display for PyStr {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.data)
    }
}

/// A new (non-interned) str object.
pub fn new_str(s: impl Into<Box<str>>) -> ObjRef {
    ObjRef::new(types().str.clone(), None, Payload::Str(PyStr::new(s)))
}

/// The interned empty str (a missing format spec, `"".join` of nothing...).
pub fn empty() -> &'static ObjRef {
    static EMPTY: OnceLock<ObjRef> = OnceLock::new();
    EMPTY.get_or_init(|| intern(""))
}

/// A str value.
pub fn str_value(s: impl Into<Box<str>>) -> Value {
    Value::Obj(new_str(s))
}

fn interned() -> &'static DashMap<Box<str>, ObjRef> {
    static TABLE: OnceLock<DashMap<Box<str>, ObjRef>> = OnceLock::new();
    TABLE.get_or_init(DashMap::new)
}

/// The interned (immortal, unique) str object for `s`. Names in code objects are interned, so
/// attribute and global lookups usually compare strings by pointer.
pub fn intern(s: &str) -> ObjRef {
    let table = interned();
    if let Some(found) = table.get(s) {
        return found.clone();
    }
    table
        .entry(s.into())
        .or_insert_with(|| {
            ObjRef::new_immortal(types().str.clone(), None, Payload::Str(PyStr::new(s)))
        })
        .clone()
}

impl ObjRef {
    /// The string contents if this is a str object (or a str subclass instance).
    #[inline(always)]
    pub fn as_pystr(&self) -> Option<&PyStr> {
        match &self.payload {
            Payload::Str(s) => Some(s),
            _ => None,
        }
    }
}

impl Value {
    #[inline(always)]
    pub fn as_pystr(&self) -> Option<&PyStr> {
        match self {
            Value::Obj(o) => o.as_pystr(),
            _ => None,
        }
    }

    /// The contents if this is a str (or str subclass instance).
    #[inline(always)]
    pub fn as_str(&self) -> Option<&str> {
        self.as_pystr().map(|s| s.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn interning_returns_the_same_object() {
        let a = intern("spam");
        let b = intern("spam");
        assert!(a.is(&b));
        assert!(a.is_immortal());
    }

    #[test]
    fn char_indexing_handles_non_ascii() {
        let s = PyStr::new("héllo");
        assert_eq!(s.char_len(), 5);
        assert_eq!(s.char_at(1), Some('é'));
        assert_eq!(s.substring(1, 3), "él");
    }
}
