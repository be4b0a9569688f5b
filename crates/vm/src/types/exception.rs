//! `BaseException` and the builtin exception classes' special attributes.

use pyrite_object::payload::Payload;
use pyrite_object::types::types;
use pyrite_object::{ObjRef, Value};

use crate::dictops::{dict_get_str, dict_set_str};
use crate::error::{exception_args, exception_data, new_exception_object, type_error, PyResult};
use crate::native::{add_method, add_property, add_staticmethod, Args};
use crate::Vm;

pub fn init() {
    let b = &types().exc.base_exception;
    add_staticmethod(b, "__new__", exc_new);
    add_method(b, "__init__", exc_init);
    add_method(b, "__str__", |vm, a| {
        let o = a
            .self_()
            .as_obj()
            .cloned()
            .ok_or_else(|| type_error("expected an exception"))?;
        Ok(Value::new_str(exception_str(vm, &o)?))
    });
    add_method(b, "__repr__", |vm, a| {
        let o = a
            .self_()
            .as_obj()
            .cloned()
            .ok_or_else(|| type_error("expected an exception"))?;
        Ok(Value::new_str(exception_repr(vm, &o)?))
    });
    add_method(b, "with_traceback", |_, a| {
        let pos = a.exact("with_traceback", 2)?;
        let d = data(&pos[0])?;
        d.lock().traceback = if pos[1].is_none() {
            None
        } else {
            Some(pos[1].clone())
        };
        Ok(pos[0].clone())
    });
    add_method(b, "add_note", |vm, a| {
        let pos = a.exact("add_note", 2)?;
        let notes = match vm.get_attr_opt(&pos[0], &crate::vm::name("__notes__"))? {
            Some(n) => n,
            None => {
                let l = Value::new_list(vec![]);
                vm.set_attr_str(&pos[0], "__notes__", l.clone())?;
                l
            }
        };
        vm.call_method(&notes, "append", &[pos[1].clone()])?;
        Ok(Value::none())
    });
    add_property(
        b,
        "args",
        |_, a| Ok(exception_args(a.self_().as_obj().expect("exception"))),
        Some(|vm, a| {
            let pos = a.exact("args", 2)?;
            let t = Value::new_tuple(vm.collect(&pos[1])?);
            data(&pos[0])?.lock().args = t;
            Ok(Value::none())
        }),
    );
    macro_rules! opt_field {
        ($name:literal, $field:ident) => {
            add_property(
                b,
                $name,
                |_, a| {
                    Ok(data(a.self_())?
                        .lock()
                        .$field
                        .clone()
                        .unwrap_or_else(Value::none))
                },
                Some(|_, a| {
                    let pos = a.exact($name, 2)?;
                    let v = if pos[1].is_none() {
                        None
                    } else {
                        Some(pos[1].clone())
                    };
                    let mut d = data(&pos[0])?.lock();
                    d.$field = v;
                    if $name == "__cause__" {
                        d.suppress_context = true;
                    }
                    Ok(Value::none())
                }),
            );
        };
    }
    opt_field!("__traceback__", traceback);
    opt_field!("__cause__", cause);
    opt_field!("__context__", context);
    add_property(
        b,
        "__suppress_context__",
        |_, a| Ok(Value::bool(data(a.self_())?.lock().suppress_context)),
        Some(|vm, a| {
            let pos = a.exact("__suppress_context__", 2)?;
            let t = vm.truthy(&pos[1])?;
            data(&pos[0])?.lock().suppress_context = t;
            Ok(Value::none())
        }),
    );
}

fn data(
    v: &Value,
) -> PyResult<&pyrite_object::sync::ObjCell<pyrite_object::payload::ExceptionData>> {
    v.as_obj()
        .and_then(exception_data)
        .ok_or_else(|| type_error("expected an exception instance"))
}

/// The class to instantiate for `OSError(errno, ...)` (CPython maps errno to subclasses).
fn os_error_subclass(cls: &ObjRef, args: &[Value]) -> ObjRef {
    let e = &types().exc;
    if !cls.is(&e.os_error) || args.len() < 2 {
        return cls.clone();
    }
    match args[0] {
        Value::Int(1) | Value::Int(13) => e.permission_error.clone(),
        Value::Int(2) => e.file_not_found_error.clone(),
        Value::Int(3) => e.process_lookup_error.clone(),
        Value::Int(4) => e.interrupted_error.clone(),
        Value::Int(10) => e.child_process_error.clone(),
        Value::Int(11) => e.blocking_io_error.clone(),
        Value::Int(17) => e.file_exists_error.clone(),
        Value::Int(20) => e.not_a_directory_error.clone(),
        Value::Int(21) => e.is_a_directory_error.clone(),
        Value::Int(32) => e.broken_pipe_error.clone(),
        Value::Int(104) => e.connection_reset_error.clone(),
        Value::Int(110) => e.timeout_error.clone(),
        Value::Int(111) => e.connection_refused_error.clone(),
        _ => cls.clone(),
    }
}

fn exc_new(_vm: &mut Vm, args: Args) -> PyResult {
    let cls = args.values[0]
        .as_obj()
        .filter(|c| c.as_type().is_some() && c.is_subtype(&types().exc.base_exception))
        .cloned()
        .ok_or_else(|| {
            type_error("BaseException.__new__(X): X is not a subtype of BaseException")
        })?;
    let pos = &args.pos()[1..];
    let cls = os_error_subclass(&cls, pos);
    let obj = new_exception_object(&cls, Value::new_tuple(pos.to_vec()));
    set_special_attrs(&obj, pos);
    Ok(Value::Obj(obj))
}

fn exc_init(_vm: &mut Vm, args: Args) -> PyResult {
    let this = args.self_().clone();
    let pos = &args.pos()[1..];
    if args.has_kwargs() && this.class().is(&types().exc.base_exception) {
        return Err(type_error("BaseException() takes no keyword arguments"));
    }
    let obj = this
        .as_obj()
        .cloned()
        .ok_or_else(|| type_error("expected an exception"))?;
    let d = data(&this)?;
    d.lock().args = Value::new_tuple(pos.to_vec());
    set_special_attrs(&obj, pos);
    Ok(Value::none())
}

/// Attributes CPython's builtin exception constructors derive from their arguments.
pub fn set_special_attrs(obj: &ObjRef, args: &[Value]) {
    let e = &types().exc;
    let cls = obj.class();
    let Some(dict) = &obj.dict else { return };
    let arg = |i: usize| args.get(i).cloned().unwrap_or_else(Value::none);
    if cls.is_subtype(&e.stop_iteration) {
        dict_set_str(dict, "value", arg(0));
    } else if cls.is_subtype(&e.system_exit) {
        let code = if args.len() > 1 {
            Value::new_tuple(args.to_vec())
        } else {
            arg(0)
        };
        dict_set_str(dict, "code", code);
    } else if cls.is_subtype(&e.os_error) {
        let two = args.len() >= 2 && args.len() <= 5;
        dict_set_str(dict, "errno", if two { arg(0) } else { Value::none() });
        dict_set_str(dict, "strerror", if two { arg(1) } else { Value::none() });
        dict_set_str(
            dict,
            "filename",
            if two && args.len() >= 3 {
                arg(2)
            } else {
                Value::none()
            },
        );
        dict_set_str(
            dict,
            "filename2",
            if two && args.len() >= 5 {
                arg(4)
            } else {
                Value::none()
            },
        );
        if two && args.len() >= 3 {
            if let Some(d) = exception_data(obj) {
                d.lock().args = Value::new_tuple(args[..2].to_vec());
            }
        }
    } else if cls.is_subtype(&e.import_error) {
        if dict_get_str(dict, "name").is_none() {
            dict_set_str(dict, "name", Value::none());
        }
        if dict_get_str(dict, "path").is_none() {
            dict_set_str(dict, "path", Value::none());
        }
        dict_set_str(dict, "msg", arg(0));
    } else if cls.is_subtype(&e.syntax_error) {
        dict_set_str(dict, "msg", arg(0));
        let details = match args.get(1).and_then(|d| d.payload()) {
            Some(Payload::Tuple(t)) => t.to_vec(),
            _ => Vec::new(),
        };
        for (i, name) in [
            "filename",
            "lineno",
            "offset",
            "text",
            "end_lineno",
            "end_offset",
        ]
        .iter()
        .enumerate()
        {
            dict_set_str(
                dict,
                name,
                details.get(i).cloned().unwrap_or_else(Value::none),
            );
        }
        dict_set_str(dict, "print_file_and_line", Value::none());
    } else if (cls.is_subtype(&e.name_error) || cls.is_subtype(&e.attribute_error))
        && dict_get_str(dict, "name").is_none()
    {
        dict_set_str(dict, "name", Value::none());
    }
}

/// `str(exc)` with the builtin classes' special cases.
pub fn exception_str(vm: &mut Vm, o: &ObjRef) -> PyResult<String> {
    let e = &types().exc;
    let cls = o.class().clone();
    let args = match exception_args(o).payload() {
        Some(Payload::Tuple(t)) => t.to_vec(),
        _ => Vec::new(),
    };
    let dict = o.dict.clone();
    let attr = |name: &str| {
        dict.as_ref()
            .and_then(|d| dict_get_str(d, name))
            .filter(|v| !v.is_none())
    };
    if cls.is_subtype(&e.key_error) && args.len() == 1 {
        return vm.repr_string(&args[0]);
    }
    if args.len() == 5
        && (cls.is_subtype(&e.unicode_decode_error) || cls.is_subtype(&e.unicode_encode_error))
    {
        let enc = vm.str_string(&args[0])?;
        let start = vm.to_i64(&args[2])?;
        let end = vm.to_i64(&args[3])?;
        let reason = vm.str_string(&args[4])?;
        if cls.is_subtype(&e.unicode_decode_error) {
            let data = super::bytes::bytes_of(&args[1]).unwrap_or_default();
            return Ok(if end - start == 1 && (start as usize) < data.len() {
                format!(
                    "'{enc}' codec can't decode byte 0x{:02x} in position {start}: {reason}",
                    data[start as usize]
                )
            } else {
                format!(
                    "'{enc}' codec can't decode bytes in position {start}-{}: {reason}",
                    end - 1
                )
            });
        }
        let text = args[1].as_str().unwrap_or("");
        let ch = text.chars().nth(start as usize);
        return Ok(match ch {
            Some(c) if end - start == 1 => {
                let n = c as u32;
                let esc = if n < 0x100 {
                    format!("\\x{n:02x}")
                } else if n < 0x10000 {
                    format!("\\u{n:04x}")
                } else {
                    format!("\\U{n:08x}")
                };
                format!(
                    "'{enc}' codec can't encode character '{esc}' in position {start}: {reason}"
                )
            }
            _ => format!(
                "'{enc}' codec can't encode characters in position {start}-{}: {reason}",
                end - 1
            ),
        });
    }
    if cls.is_subtype(&e.os_error) {
        if let (Some(errno), Some(strerror)) = (attr("errno"), attr("strerror")) {
            let errno = vm.str_string(&errno)?;
            let strerror = vm.str_string(&strerror)?;
            return Ok(match attr("filename") {
                Some(f) => match attr("filename2") {
                    Some(f2) => format!(
                        "[Errno {errno}] {strerror}: {} -> {}",
                        vm.repr_string(&f)?,
                        vm.repr_string(&f2)?
                    ),
                    None => format!("[Errno {errno}] {strerror}: {}", vm.repr_string(&f)?),
                },
                None => format!("[Errno {errno}] {strerror}"),
            });
        }
    }
    if cls.is_subtype(&e.syntax_error) {
        if let Some(msg) = attr("msg") {
            let msg = vm.str_string(&msg)?;
            let file = attr("filename").and_then(|f| {
                f.as_str()
                    .map(|s| s.rsplit('/').next().unwrap_or(s).to_string())
            });
            let line = attr("lineno");
            return Ok(match (file, line) {
                (Some(f), Some(l)) => format!("{msg} ({f}, line {})", vm.str_string(&l)?),
                (Some(f), None) => format!("{msg} ({f})"),
                (None, Some(l)) => format!("{msg} (line {})", vm.str_string(&l)?),
                (None, None) => msg,
            });
        }
    }
    match args.len() {
        0 => Ok(String::new()),
        1 => vm.str_string(&args[0]),
        _ => vm.repr_string(&Value::new_tuple(args)),
    }
}

/// `repr(exc)`: `ValueError('msg')`.
pub fn exception_repr(vm: &mut Vm, o: &ObjRef) -> PyResult<String> {
    let name = o.class().type_name();
    let args = match exception_args(o).payload() {
        Some(Payload::Tuple(t)) => t.to_vec(),
        _ => Vec::new(),
    };
    Ok(match args.len() {
        0 => format!("{name}()"),
        1 => format!("{name}({})", vm.repr_string(&args[0])?),
        _ => format!("{name}{}", vm.repr_string(&Value::new_tuple(args))?),
    })
}
