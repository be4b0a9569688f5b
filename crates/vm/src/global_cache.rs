//! `LOAD_GLOBAL` through a per-thread cache validated by dict versions (DESIGN.md:
//! "globals and builtins through a cached lookup invalidated by a dict version").
//!
//! An entry remembers, for (globals dict, name), the value found and the published versions
//! of the globals and builtins dicts at the time (`pyrite_object::dict_object`). While both
//! versions are unchanged the value is still right, so a hit costs two atomic loads and no
//! lock: threads calling the same module-level functions do not contend on the module
//! dict's per-object lock. The cache is per thread (like the type attribute cache), so
//! threads never contend on the cache either.
//!
//! Only immortal dicts are cached (module namespaces are immortal): a freed dict's address
//! could be reused by a new dict whose version happens to match.

use pyrite_object::payload::Payload;
use pyrite_object::{ObjRef, Value};

use crate::dictops::dict_get_str_obj;

const CACHE_SIZE: usize = 512;

#[derive(Clone, Default)]
struct Entry {
    /// Address of the globals dict; 0 = empty slot.
    globals: usize,
    /// Address of the interned name.
    name: usize,
    globals_version: u64,
    builtins_version: u64,
    /// Also an owned reference: it keeps the value alive while cached.
    value: Option<Value>,
}

pub struct GlobalCache {
    entries: Box<[Entry]>,
}

impl Default for GlobalCache {
    fn default() -> Self {
        GlobalCache {
            entries: vec![Entry::default(); CACHE_SIZE].into_boxed_slice(),
        }
    }
}

#[inline(always)]
fn published(dict: &ObjRef) -> Option<u64> {
    match &dict.payload {
        Payload::Dict(d) if dict.is_immortal() => Some(d.published_version()),
        _ => None,
    }
}

impl GlobalCache {
    /// Look `name` (an interned str) up in `globals`, then `builtins`; `None` if neither
    /// has it.
    #[inline]
    pub fn load(&mut self, globals: &ObjRef, builtins: &ObjRef, name: &ObjRef) -> Option<Value> {
        let (Some(gv), Some(bv)) = (published(globals), published(builtins)) else {
            return uncached(globals, builtins, name);
        };
        let (ga, na) = (globals.addr(), name.addr());
        let slot = ((ga >> 4) ^ (na >> 3) ^ (na >> 12)) & (CACHE_SIZE - 1);
        let e = &mut self.entries[slot];
        if e.globals == ga && e.name == na && e.globals_version == gv && e.builtins_version == bv {
            if let Some(v) = &e.value {
                return Some(v.clone());
            }
        }
        // Miss: look up, then record the versions read *before* the lookup, so a change
        // that races with it makes the entry stale rather than wrong.
        let v = uncached(globals, builtins, name)?;
        *e = Entry {
            globals: ga,
            name: na,
            globals_version: gv,
            builtins_version: bv,
            value: Some(v.clone()),
        };
        Some(v)
    }
}

fn uncached(globals: &ObjRef, builtins: &ObjRef, name: &ObjRef) -> Option<Value> {
    dict_get_str_obj(globals, name).or_else(|| dict_get_str_obj(builtins, name))
}
