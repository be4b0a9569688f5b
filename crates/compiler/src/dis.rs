//! A human-readable listing of code objects (`pyrite -X dis`, tests, debugging).
//!
//! ```text
//! code <module> (qualname <module>, file "t.py", line 1)
//!   flags NOFREE; args 0 posonly 0 kwonly 0; max_stack 2
//!      1        0 LoadConst              0 (1)
//!               1 StoreName              0 (x)
//!      2 >>     2 ...
//! ```
//! Nested code objects (constants) follow their parent.

use std::fmt::Write;

use pyrite_object::bytecode::{make_function_flags as mf, Instr};
use pyrite_object::code::{code_flags, CodeObject};
use pyrite_object::{ObjRef, Payload, Value};

/// The listing of `code` and, after it, of every code object among its constants.
pub fn disassemble(code: &CodeObject) -> String {
    let mut out = String::new();
    disassemble_into(code, &mut out);
    out
}

fn disassemble_into(code: &CodeObject, out: &mut String) {
    let _ = writeln!(
        out,
        "code {} (qualname {}, file \"{}\", line {})",
        str_of(&code.name),
        str_of(&code.qualname),
        str_of(&code.filename),
        code.first_line
    );
    let _ = writeln!(
        out,
        "  flags {}; args {} posonly {} kwonly {}; max_stack {}",
        flag_names(code.flags),
        code.argcount,
        code.posonlyargcount,
        code.kwonlyargcount,
        code.max_stack
    );
    let list = |names: &[ObjRef]| names.iter().map(str_of).collect::<Vec<_>>().join(", ");
    if !code.varnames.is_empty() {
        let _ = writeln!(out, "  varnames: {}", list(&code.varnames));
    }
    if !code.cellvars.is_empty() {
        let _ = writeln!(out, "  cellvars: {}", list(&code.cellvars));
    }
    if !code.freevars.is_empty() {
        let _ = writeln!(out, "  freevars: {}", list(&code.freevars));
    }
    if let Some(doc) = &code.doc {
        let _ = writeln!(out, "  doc: {}", repr(doc));
    }
    let targets: Vec<bool> = {
        let mut t = vec![false; code.instructions.len() + 1];
        for i in code.instructions.iter() {
            if let Some(j) = i.jump_target() {
                if let Some(slot) = t.get_mut(j as usize) {
                    *slot = true;
                }
            }
        }
        t
    };
    let mut last_line = 0;
    for (idx, instr) in code.instructions.iter().enumerate() {
        let line = code.positions.get(idx).map_or(0, |p| p.line);
        let line_col = if line != last_line {
            last_line = line;
            format!("{line:>6}")
        } else {
            " ".repeat(6)
        };
        let mark = if targets[idx] { ">>" } else { "  " };
        let _ = writeln!(
            out,
            "{line_col} {mark} {idx:>4} {}",
            format_instr(code, instr)
        );
    }
    for c in code.consts.iter() {
        if let Some(inner) = c.as_obj().and_then(|o| o.as_code()) {
            out.push('\n');
            disassemble_into(inner, out);
        }
    }
}

/// `Name  arg (meaning)` for one instruction.
pub(crate) fn format_instr(code: &CodeObject, instr: &Instr) -> String {
    let debug = format!("{instr:?}");
    let name_end = debug.find(['(', ' ']).unwrap_or(debug.len());
    let name = &debug[..name_end];
    let name_of = |table: &[ObjRef], i: u32| {
        table
            .get(i as usize)
            .map_or_else(|| "?".to_string(), str_of)
    };
    let deref = |i: u32| {
        let i = i as usize;
        let n = code.cellvars.len();
        let obj = if i < n {
            code.cellvars.get(i)
        } else {
            code.freevars.get(i - n)
        };
        obj.map_or_else(|| "?".to_string(), str_of)
    };
    use Instr::*;
    let (arg, detail): (String, Option<String>) = match *instr {
        LoadConst(i) => (
            i.to_string(),
            Some(code.consts.get(i as usize).map_or("?".into(), repr)),
        ),
        LoadName(i) | StoreName(i) | DeleteName(i) | LoadGlobal(i) | StoreGlobal(i)
        | DeleteGlobal(i) | LoadAttr(i) | StoreAttr(i) | DeleteAttr(i) | LoadMethod(i)
        | ImportName(i) | ImportFrom(i) => (i.to_string(), Some(name_of(&code.names, i))),
        LoadFast(i) | LoadFastAttr(i) | LoadFastStoreAttr(i) | LoadFastMethod(i) | StoreFast(i)
        | DeleteFast(i) => (i.to_string(), Some(name_of(&code.varnames, i))),
        LoadDeref(i) | StoreDeref(i) | DeleteDeref(i) | LoadClosure(i) | LoadClassDeref(i) => {
            (i.to_string(), Some(deref(i)))
        }
        Jump(t) | PopJumpIfFalse(t) | PopJumpIfTrue(t) | JumpIfFalseOrPop(t)
        | JumpIfTrueOrPop(t) | ForIter(t) | SetupFinally(t) | SetupWith(t) => {
            (t.to_string(), Some(format!("to {t}")))
        }
        BinaryOp(op) | InplaceOp(op) => (format!("{op:?}"), None),
        UnaryOp(op) => (format!("{op:?}"), None),
        CompareOp(op) => (format!("{op:?}"), None),
        MakeFunction(flags) => (flags.to_string(), Some(make_function_flag_names(flags))),
        UnpackEx(arg) => (
            arg.to_string(),
            Some(format!("{} before, {} after", arg & 0xff, arg >> 8)),
        ),
        FormatValue {
            conversion,
            has_spec,
        } => (
            format!("{conversion:?}"),
            has_spec.then(|| "with spec".to_string()),
        ),
        Copy(n) | Swap(n) | BuildTuple(n) | BuildList(n) | BuildSet(n) | BuildMap(n)
        | BuildString(n) | BuildSlice(n) | ListAppend(n) | SetAdd(n) | MapAdd(n)
        | ListExtend(n) | SetUpdate(n) | DictUpdate(n) | DictMerge(n) | UnpackSequence(n)
        | Call(n) | CallKw(n) | CallFunctionEx(n) | CallMethod(n) | RaiseVarargs(n) => {
            (n.to_string(), None)
        }
        _ => (String::new(), None),
    };
    let mut s = format!("{name:<22} {arg:>3}");
    if let Some(d) = detail {
        let _ = write!(s, " ({d})");
    }
    s.trim_end().to_string()
}

fn str_of(o: &ObjRef) -> String {
    o.as_pystr()
        .map_or_else(|| "?".to_string(), |s| s.as_str().to_string())
}

/// A Python-like repr of a constant.
fn repr(v: &Value) -> String {
    match v {
        Value::Int(i) => i.to_string(),
        Value::Float(f) => float_repr(f.get()),
        Value::Obj(o) => match &o.payload {
            Payload::Str(s) => str_repr(s.as_str()),
            Payload::Bytes(b) => {
                let mut s = String::from("b'");
                for &c in b.iter() {
                    match c {
                        b'\'' => s.push_str("\\'"),
                        b'\\' => s.push_str("\\\\"),
                        b'\n' => s.push_str("\\n"),
                        0x20..=0x7e => s.push(c as char),
                        _ => {
                            let _ = write!(s, "\\x{c:02x}");
                        }
                    }
                }
                s.push('\'');
                s
            }
            Payload::Int(i) => i.to_string(),
            Payload::Bool(true) => "True".into(),
            Payload::Bool(false) => "False".into(),
            Payload::Complex { re, im } => {
                if *re == 0.0 && re.is_sign_positive() {
                    format!("{}j", float_repr(*im).trim_end_matches(".0"))
                } else {
                    format!("({}{:+}j)", float_repr(*re), im)
                }
            }
            Payload::Tuple(items) => {
                let inner: Vec<String> = items.iter().map(repr).collect();
                if inner.len() == 1 {
                    format!("({},)", inner[0])
                } else {
                    format!("({})", inner.join(", "))
                }
            }
            // Items in iteration order, as `repr()` shows them.
            Payload::FrozenSet(t) if t.is_empty() => "frozenset()".into(),
            Payload::FrozenSet(t) => {
                let inner: Vec<String> = t.iter().map(|(_, v)| repr(v)).collect();
                format!("frozenset({{{}}})", inner.join(", "))
            }
            Payload::Code(c) => format!("<code object {}>", str_of(&c.name)),
            _ if v.is_none() => "None".into(),
            _ if v.is(&Value::ellipsis()) => "Ellipsis".into(),
            _ => format!("<{}>", v.type_name()),
        },
    }
}

fn float_repr(f: f64) -> String {
    if f.is_finite() && f == f.trunc() && f.abs() < 1e16 {
        format!("{f:.1}")
    } else if f.is_nan() {
        "nan".into()
    } else if f.is_infinite() {
        if f > 0.0 { "inf" } else { "-inf" }.into()
    } else {
        format!("{f}")
    }
}

/// `repr()` of a str (also used for stringified annotations).
pub(crate) fn str_repr(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::new();
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if (c as u32) < 0x20 || c as u32 == 0x7f => {
                let _ = write!(out, "\\x{:02x}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push(quote);
    out
}

fn flag_names(flags: u32) -> String {
    let names = [
        (code_flags::OPTIMIZED, "OPTIMIZED"),
        (code_flags::NEWLOCALS, "NEWLOCALS"),
        (code_flags::VARARGS, "VARARGS"),
        (code_flags::VARKEYWORDS, "VARKEYWORDS"),
        (code_flags::NESTED, "NESTED"),
        (code_flags::GENERATOR, "GENERATOR"),
        (code_flags::NOFREE, "NOFREE"),
        (code_flags::COROUTINE, "COROUTINE"),
        (code_flags::ITERABLE_COROUTINE, "ITERABLE_COROUTINE"),
        (code_flags::ASYNC_GENERATOR, "ASYNC_GENERATOR"),
    ];
    let set: Vec<&str> = names
        .iter()
        .filter(|(f, _)| flags & f != 0)
        .map(|(_, n)| *n)
        .collect();
    if set.is_empty() {
        "0".into()
    } else {
        set.join("|")
    }
}

fn make_function_flag_names(flags: u32) -> String {
    let names = [
        (mf::DEFAULTS, "defaults"),
        (mf::KWDEFAULTS, "kwdefaults"),
        (mf::ANNOTATIONS, "annotations"),
        (mf::CLOSURE, "closure"),
    ];
    let set: Vec<&str> = names
        .iter()
        .filter(|(f, _)| flags & f != 0)
        .map(|(_, n)| *n)
        .collect();
    if set.is_empty() {
        "plain".into()
    } else {
        set.join(", ")
    }
}
