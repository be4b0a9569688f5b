//! The type attribute cache: what looking `name` up on a type found, and what kind of
//! attribute it is, per (type, name), per thread.
//!
//! Like CPython's method cache, a hit answers "what does `cls.__mro__` say about `name`"
//! without walking the MRO. An entry also records the *plan* the attribute protocol follows
//! for instances of that type (a `__slots__` member at index i, a plain function, nothing on
//! the type so only the instance dict matters...) and whether the type overrides
//! `__getattribute__`/`__setattr__`, so `obj.attr` on an ordinary instance costs one cache
//! probe and a dict or slot read (the role CPython 3.11's specialised LOAD_ATTR
//! instructions play).
//!
//! Entries are valid while the global type epoch is unchanged: any change to any type's
//! namespace, and any type creation, bumps it. The cache is per thread, so threads never
//! contend on it.

use std::sync::atomic::{AtomicU64, Ordering};

use pyrite_object::payload::Payload;
use pyrite_object::types::flags;
use pyrite_object::{names, ObjRef, Value};

use crate::attr::{is_object_slot, ObjectSlot};
use crate::types::object::SlotMember;
use crate::vm::vm_types;
use crate::Vm;

/// Bumped whenever any type's namespace changes or a type is created: every thread's
/// attribute cache entry from an older epoch is stale. Starts at 1: epoch 0 marks an entry
/// that must never hit (see `Vm::attr_entry`).
static TYPE_EPOCH: AtomicU64 = AtomicU64::new(1);

pub fn invalidate_type_caches() {
    TYPE_EPOCH.fetch_add(1, Ordering::Release);
}

const CACHE_SIZE: usize = 4096;

/// What the type's MRO holds for a name, as the attribute protocol sees it.
#[derive(Clone, Copy, Default, PartialEq, Eq, Debug)]
pub enum AttrKind {
    /// Nothing on the type: only the instance dict can have it.
    #[default]
    Absent,
    /// A `__slots__` member: instances with slot storage keep it at this index.
    Slot(usize),
    /// A plain Python function (a non-data descriptor binding to a method).
    Function,
    /// A builtin method descriptor (`list.append`).
    MethodDescriptor,
    /// Another data descriptor (property, a class with `__set__`...).
    Data,
    /// Another non-data attribute (classmethod, a constant, a class with only `__get__`).
    NonData,
}

/// Type-level facts recorded in each entry (bit flags).
pub mod hooks {
    /// Instances use `object.__getattribute__` (no override, not a `super` object).
    pub const GENERIC_GETATTR: u8 = 1;
    /// Instances use `object.__setattr__`.
    pub const GENERIC_SETATTR: u8 = 2;
}

#[derive(Clone, Default)]
pub struct CacheEntry {
    type_addr: usize,
    name_addr: usize,
    epoch: u64,
    /// What the MRO lookup found (an owned reference: it keeps the value alive).
    pub value: Option<Value>,
    pub kind: AttrKind,
    pub hooks: u8,
    /// Where this attribute was last found in an instance dict of this type: instances of
    /// one class usually add their attributes in the same order (`dictops::dict_get_hinted`).
    pub dict_hint: std::cell::Cell<u32>,
}

/// Per-thread type attribute cache.
pub struct TypeCache {
    entries: Box<[CacheEntry]>,
}

impl Default for TypeCache {
    fn default() -> Self {
        TypeCache {
            entries: vec![CacheEntry::default(); CACHE_SIZE].into_boxed_slice(),
        }
    }
}

#[inline(always)]
fn cache_slot(ta: usize, na: usize) -> usize {
    ((ta >> 4) ^ (na >> 3) ^ (na >> 13)) & (CACHE_SIZE - 1)
}

/// Walk the MRO of `cls` for `name` (a str object), uncached.
pub fn mro_lookup(cls: &ObjRef, name: &ObjRef) -> Option<Value> {
    let s = name.as_pystr()?;
    for t in cls.mro() {
        let Some(td) = t.as_type() else { continue };
        let hit = td
            .dict
            .lock()
            .get(s.hash(), |k| match k {
                Value::Obj(o) if o.is(name) => Some(true),
                other => Some(other.as_str() == Some(s.as_str())),
            })
            .ok()
            .flatten()
            .cloned();
        if hit.is_some() {
            return hit;
        }
    }
    None
}

impl Vm {
    /// Look `name` up in the MRO of `cls` (no descriptor binding).
    #[inline]
    pub fn lookup_type_attr(&mut self, cls: &ObjRef, name: &ObjRef) -> Option<Value> {
        self.attr_entry(cls, name).value.clone()
    }

    /// The cache entry for (`cls`, `name`), filled on a miss.
    #[inline]
    pub(crate) fn attr_entry(&mut self, cls: &ObjRef, name: &ObjRef) -> &CacheEntry {
        let epoch = TYPE_EPOCH.load(Ordering::Acquire);
        let (ta, na) = (cls.addr(), name.addr());
        let slot = cache_slot(ta, na);
        let e = &self.type_cache.entries[slot];
        if e.type_addr == ta && e.name_addr == na && e.epoch == epoch {
            return &self.type_cache.entries[slot];
        }
        self.attr_entry_miss(cls, name, slot, epoch)
    }

    /// The MRO walk behind a cache miss (kept out of line so the hit path inlines into its
    /// callers).
    #[inline(never)]
    fn attr_entry_miss(
        &mut self,
        cls: &ObjRef,
        name: &ObjRef,
        slot: usize,
        epoch: u64,
    ) -> &CacheEntry {
        let value = mro_lookup(cls, name);
        // Only interned names are stable keys (a non-interned str could be freed and its
        // address reused): for others the entry is written with epoch 0, so it serves this
        // call and never hits again. Such an entry carries no plan (hooks 0 sends callers
        // to the full protocol): working one out would cost two more MRO walks per lookup.
        let (epoch, kind, hooks) = if name.is_immortal() {
            let kind = match &value {
                None => AttrKind::Absent,
                Some(v) => self.attr_kind(v),
            };
            (epoch, kind, type_hooks(cls))
        } else {
            (0, AttrKind::Absent, 0)
        };
        self.type_cache.entries[slot] = CacheEntry {
            type_addr: cls.addr(),
            name_addr: name.addr(),
            epoch,
            value,
            kind,
            hooks,
            dict_hint: Default::default(),
        };
        &self.type_cache.entries[slot]
    }

    fn attr_kind(&mut self, v: &Value) -> AttrKind {
        match v.payload() {
            Some(Payload::Function(_)) => AttrKind::Function,
            Some(Payload::BuiltinFunction(_)) if v.class().is(&vm_types().method_descriptor) => {
                AttrKind::MethodDescriptor
            }
            Some(Payload::Native(n)) if !v.class().type_data().has_flag(flags::HEAPTYPE) => {
                match n.downcast_ref::<SlotMember>() {
                    Some(m) => AttrKind::Slot(m.index),
                    None => self.data_or_not(v),
                }
            }
            _ => self.data_or_not(v),
        }
    }

    fn data_or_not(&mut self, v: &Value) -> AttrKind {
        if self.is_data_descriptor(v) {
            AttrKind::Data
        } else {
            AttrKind::NonData
        }
    }
}

/// `hooks` flags for instances of `cls` (uncached lookups: this runs on cache misses only,
/// and must not recurse into the cache).
fn type_hooks(cls: &ObjRef) -> u8 {
    let heap = cls.type_data().has_flag(flags::HEAPTYPE);
    let overrides = |hook: &ObjRef, slot: ObjectSlot| {
        heap && mro_lookup(cls, hook).is_some_and(|f| !is_object_slot(&f, slot))
    };
    let mut h = 0;
    if !overrides(&names().getattribute, ObjectSlot::GetAttribute)
        && !cls.is_subtype(&vm_types().super_)
    {
        h |= hooks::GENERIC_GETATTR;
    }
    if !overrides(&names().setattr, ObjectSlot::SetAttr) {
        h |= hooks::GENERIC_SETATTR;
    }
    h
}
