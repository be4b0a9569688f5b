//! `_traceback`: what `Lib/traceback.py` needs from the interpreter's own traceback display
//! (`pyrite_vm::traceback`), so both print the same entries, carets and suggestions.

use pyrite_object::code::Position;
use pyrite_object::{ObjRef, Value};
use pyrite_vm::error::{type_error, PyResult};
use pyrite_vm::native::{add_functions, Args, NativeFn};
use pyrite_vm::vm::new_module;
use pyrite_vm::Vm;

fn int_or_none(v: Option<u32>) -> Value {
    v.map_or_else(Value::none, |n| Value::Int(n as i64))
}

/// `extract_tb(tb)`: `(filename, lineno, name, end_lineno, colno, end_colno)` for every entry
/// of the chain, oldest call first; the last three are None without a known position.
fn extract_tb(_vm: &mut Vm, args: Args) -> PyResult {
    let p = args.exact("extract_tb", 1)?;
    let entries = pyrite_vm::traceback::extract_entries(&p[0]);
    let items = entries
        .into_iter()
        .map(|(filename, line, name, pos)| {
            Value::new_tuple(vec![
                Value::new_str(filename),
                Value::Int(line as i64),
                Value::new_str(name),
                int_or_none(pos.map(|p| p.end_line)),
                int_or_none(pos.map(|p| p.col)),
                int_or_none(pos.map(|p| p.end_col)),
            ])
        })
        .collect();
    Ok(Value::new_list(items))
}

fn optional_u32(vm: &mut Vm, v: &Value) -> PyResult<Option<u32>> {
    if v.is_none() {
        return Ok(None);
    }
    Ok(Some(vm.to_i64(v)?.clamp(0, u32::MAX as i64) as u32))
}

fn str_arg<'a>(v: &'a Value, what: &str) -> PyResult<&'a str> {
    v.as_str()
        .ok_or_else(|| type_error(format!("format_frame() {what} must be str")))
}

/// `format_frame(filename, lineno, name, line, end_lineno, colno, end_colno)`: one entry as
/// the traceback display shows it; `line` is the unstripped source line or None.
fn format_frame(vm: &mut Vm, args: Args) -> PyResult {
    let p = args.exact("format_frame", 7)?;
    let filename = str_arg(&p[0], "filename")?.to_string();
    let line = optional_u32(vm, &p[1])?.unwrap_or(0);
    let name = str_arg(&p[2], "name")?.to_string();
    let text = if p[3].is_none() {
        None
    } else {
        Some(str_arg(&p[3], "line")?.to_string())
    };
    let (end_line, col, end_col) = (
        optional_u32(vm, &p[4])?,
        optional_u32(vm, &p[5])?,
        optional_u32(vm, &p[6])?,
    );
    let pos = match (end_line, col, end_col) {
        (Some(end_line), Some(col), Some(end_col)) => Some(Position {
            line,
            end_line,
            col,
            end_col,
        }),
        _ => None,
    };
    Ok(Value::new_str(pyrite_vm::traceback::format_frame(
        &filename,
        line,
        &name,
        text.as_deref(),
        pos,
    )))
}

/// `format_exception_only(exc)`: the `Type: message` lines (SyntaxError's location, notes).
fn format_exception_only(vm: &mut Vm, args: Args) -> PyResult {
    let p = args.exact("format_exception_only", 1)?;
    Ok(Value::new_str(pyrite_vm::traceback::format_exception_only(
        vm, &p[0], None, None, false,
    )))
}

pub fn init(_vm: &mut Vm) -> PyResult<ObjRef> {
    let m = new_module("_traceback");
    let fns: &[(&'static str, NativeFn)] = &[
        ("extract_tb", extract_tb),
        ("format_frame", format_frame),
        ("format_exception_only", format_exception_only),
    ];
    add_functions(&m, fns);
    Ok(m)
}
