//! `__del__` and weak reference callbacks: running what the object layer queued
//! (`pyrite_object::finalize` explains why they wait for a safe point).
//!
//! The eval loop looks for queued finalizers right after the instructions that usually drop
//! the last reference to an object (stores, deletes, `PopTop`, returns, calls of native
//! functions) and at its check points, so `del x` prints what `x.__del__` prints before the
//! next statement runs, as in CPython. At exit the `__main__` namespace is emptied in order,
//! which finalizes what the module's globals held (CPython frees the module's dict then).

use std::sync::atomic::{AtomicBool, Ordering};

use pyrite_object::finalize::{self, Pending};
use pyrite_object::payload::Payload;
use pyrite_object::{ObjRef, Value};

use crate::dictops::dict_table;
use crate::vm::name;
use crate::Vm;

/// Has any class ever had a `__del__`? (Only then is `__main__` emptied at exit.)
static ANY_FINALIZER: AtomicBool = AtomicBool::new(false);

/// Work out again whether instances of `cls` and of its subclasses have a `__del__` (and
/// whether they are weak reference objects): when a class is created, and when `__del__`
/// is set on or deleted from a class.
pub fn update_dealloc_hooks(cls: &ObjRef) {
    let Some(td) = cls.as_type() else { return };
    let has = crate::type_cache::mro_lookup(cls, &name("__del__")).is_some();
    if has {
        ANY_FINALIZER.store(true, Ordering::Relaxed);
        td.dealloc_hooks
            .fetch_or(finalize::HOOK_FINALIZER, Ordering::Relaxed);
    } else {
        td.dealloc_hooks
            .fetch_and(!finalize::HOOK_FINALIZER, Ordering::Relaxed);
    }
    let weakref_base = cls.mro().any(|t| {
        t.as_type()
            .is_some_and(|b| b.dealloc_hooks.load(Ordering::Relaxed) & finalize::HOOK_WEAKREF != 0)
    });
    if weakref_base {
        td.dealloc_hooks
            .fetch_or(finalize::HOOK_WEAKREF, Ordering::Relaxed);
    }
    let subclasses = td.subclasses.lock().clone();
    for sub in &subclasses {
        update_dealloc_hooks(sub);
    }
}

impl Vm {
    /// Run the finalizers queued on this thread, if any.
    #[inline(always)]
    pub fn finalize_point(&mut self) {
        if finalize::pending() && !self.running_finalizers {
            self.run_finalizers();
        }
    }

    #[cold]
    #[inline(never)]
    fn run_finalizers(&mut self) {
        self.running_finalizers = true;
        while let Some(p) = finalize::take_pending() {
            match p {
                Pending::Finalize(obj) => {
                    let cls = obj.class().clone();
                    if let Some(del) = self.lookup_type_attr(&cls, &name("__del__")) {
                        let this = Value::Obj(obj.clone());
                        if let Err(e) = self.call_method_value(&del, &this, (&[], &[])) {
                            self.report_unraisable(&e.value(), &del);
                        }
                    }
                    finalize::mark_finalized(&obj);
                    // The queue's reference: freed now unless `__del__` stored the object
                    // away.
                    drop(obj);
                }
                Pending::Callback(wr) => {
                    let callback = wr
                        .payload
                        .native::<pyrite_object::weakref::WeakRef>()
                        .and_then(|d| d.take_callback());
                    if let Some(cb) = callback {
                        let arg = Value::Obj(wr.clone());
                        if let Err(e) = self.call_positional(&cb, &[arg]) {
                            self.report_unraisable(&e.value(), &cb);
                        }
                    }
                }
            }
        }
        self.running_finalizers = false;
    }

    /// CPython's report of an exception nobody can catch (`sys.unraisablehook`'s default):
    /// "Exception ignored in: <obj>" and the traceback, on `sys.stderr`.
    pub fn report_unraisable(&mut self, exc: &Value, obj: &Value) {
        let what = self.repr_string(obj).unwrap_or_default();
        let text = crate::traceback::format_exception(self, exc);
        crate::io::flush_std(self);
        let msg = format!("Exception ignored in: {what}\n{text}");
        match crate::io::sys_stream(self, "stderr") {
            Ok(s) if crate::io::write_to(self, &s, &msg).is_ok() => {}
            _ => eprint!("{msg}"),
        }
    }

    /// At exit: empty `__main__`'s namespace in order, running the finalizers of what it
    /// held, then anything still queued.
    pub fn finalize_main_module(&mut self) {
        let main = self.cached_module("__main__");
        let main_dict = main
            .as_ref()
            .and_then(|m| m.as_obj())
            .filter(|m| matches!(m.payload, Payload::Module(_)))
            .and_then(|m| m.dict.clone());
        if let Some(d) = main_dict.filter(|_| ANY_FINALIZER.load(Ordering::Relaxed)) {
            // Only the keys: holding the values would keep them alive until the end.
            let keys: Vec<Value> = dict_table(&d)
                .lock()
                .items()
                .into_iter()
                .map(|(k, _)| k)
                .collect();
            for k in keys {
                // Kept, as by CPython: finalizers still look builtins up.
                let Some(s) = k
                    .as_obj()
                    .filter(|o| o.as_pystr().is_some_and(|s| s.as_str() != "__builtins__"))
                else {
                    continue;
                };
                drop(crate::dictops::dict_del_str_obj(&d, s));
                self.finalize_point();
            }
        }
        self.finalize_point();
    }
}
