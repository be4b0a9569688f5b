//! Traceback objects and CPython 3.11's traceback display (chained exceptions, source lines
//! with `~~^^` carets, "Did you mean" suggestions).

use pyrite_object::code::{CodeObject, Position};
use pyrite_object::payload::{NativeBox, Payload};
use pyrite_object::types::types;
use pyrite_object::{ObjRef, Value};

use crate::error::{exception_data, PyErr};
use crate::frame::Frame;
use crate::native::add_property;
use crate::vm::vm_types;
use crate::Vm;

/// One traceback entry (`tb_frame`, `tb_lineno`, `tb_next`).
pub struct Traceback {
    pub next: Option<Value>,
    pub code: &'static CodeObject,
    pub lasti: usize,
    pub globals: ObjRef,
    /// The address of the frame this entry is for, to find it again while it still runs
    /// (`tb_frame`); never dereferenced unless found on this thread's frame stack.
    frame_addr: usize,
}

pub fn init() {
    let t = &vm_types().traceback;
    add_property(
        t,
        "tb_next",
        |_, a| {
            Ok(tb(a.self_())
                .and_then(|t| t.next.clone())
                .unwrap_or_else(Value::none))
        },
        None,
    );
    add_property(
        t,
        "tb_lineno",
        |_, a| {
            Ok(Value::Int(
                tb(a.self_()).map_or(0, |t| t.code.line_of(t.lasti)) as i64,
            ))
        },
        None,
    );
    add_property(
        t,
        "tb_lasti",
        |_, a| Ok(Value::Int(tb(a.self_()).map_or(0, |t| t.lasti * 2) as i64)),
        None,
    );
    // While the entry's frame still runs (an `except` block looking at its own traceback,
    // as logging's handleError does), tb_frame is that frame, with its callers as f_back.
    // Afterwards the entry itself stands in for it (f_code, f_globals, f_lineno, and
    // f_back None): Pyrite keeps no frame objects alive after they return.
    add_property(
        t,
        "tb_frame",
        |vm, a| {
            let live = tb(a.self_()).and_then(|entry| {
                crate::sysmodule::live_frame_snapshot(
                    vm,
                    entry.frame_addr as *const Frame,
                    entry.code,
                )
            });
            Ok(live.unwrap_or_else(|| a.self_().clone()))
        },
        None,
    );
    add_property(t, "f_back", |_, _| Ok(Value::none()), None);
    add_property(
        t,
        "f_lineno",
        |_, a| {
            Ok(Value::Int(
                tb(a.self_()).map_or(0, |t| t.code.line_of(t.lasti)) as i64,
            ))
        },
        None,
    );
    add_property(
        t,
        "f_globals",
        |_, a| Ok(tb(a.self_()).map_or_else(Value::none, |t| Value::Obj(t.globals.clone()))),
        None,
    );
    add_property(
        t,
        "f_code",
        |_, a| Ok(tb(a.self_()).map_or_else(Value::none, |t| crate::sysmodule::code_info(t.code))),
        None,
    );
}

fn tb(v: &Value) -> Option<&Traceback> {
    v.payload().and_then(|p| p.native::<Traceback>())
}

/// Prepend an entry for frame `f` to the exception's traceback.
pub fn add_traceback_entry(err: &PyErr, f: &Frame) {
    let data = err.data();
    let next = data.lock().traceback.take();
    let entry = Traceback {
        next,
        code: f.code,
        lasti: f.lasti(),
        globals: f.globals.clone(),
        frame_addr: f as *const Frame as usize,
    };
    let obj = ObjRef::new(
        vm_types().traceback.clone(),
        None,
        Payload::Native(NativeBox::new(entry)),
    );
    data.lock().traceback = Some(Value::Obj(obj));
}

/// Read one source line of a file (1-based), if available.
fn source_line(filename: &str, line: u32) -> Option<String> {
    if filename.starts_with('<') {
        return None;
    }
    let text = std::fs::read_to_string(filename).ok()?;
    text.lines()
        .nth(line.checked_sub(1)? as usize)
        .map(|l| l.to_string())
}

/// The full CPython-style report of an exception (with its cause/context chain).
pub fn format_exception(vm: &mut Vm, exc: &Value) -> String {
    let mut out = String::new();
    let mut seen = Vec::new();
    format_chain(vm, exc, &mut out, &mut seen);
    out
}

fn format_chain(vm: &mut Vm, exc: &Value, out: &mut String, seen: &mut Vec<usize>) {
    seen.push(exc.id() as usize);
    if let Some(d) = exc.as_obj().and_then(exception_data) {
        let (cause, context, suppress) = {
            let d = d.lock();
            (d.cause.clone(), d.context.clone(), d.suppress_context)
        };
        if let Some(c) = cause.filter(|c| !seen.contains(&(c.id() as usize))) {
            format_chain(vm, &c, out, seen);
            out.push_str(
                "\nThe above exception was the direct cause of the following exception:\n\n",
            );
        } else if let Some(c) = context.filter(|c| !suppress && !seen.contains(&(c.id() as usize)))
        {
            format_chain(vm, &c, out, seen);
            out.push_str(
                "\nDuring handling of the above exception, another exception occurred:\n\n",
            );
        }
    }
    format_single(vm, exc, out);
}

fn format_single(vm: &mut Vm, exc: &Value, out: &mut String) {
    let tb_head = exc
        .as_obj()
        .and_then(exception_data)
        .and_then(|d| d.lock().traceback.clone());
    let mut last_globals = None;
    let mut last_code = None;
    if let Some(head) = tb_head {
        out.push_str("Traceback (most recent call last):\n");
        let mut cur = Some(head);
        // CPython collapses runs of identical entries after the third.
        let mut last_key: Option<(usize, u32)> = None;
        let mut repeats = 0usize;
        while let Some(t) = cur {
            let Some(entry) = tb(&t) else { break };
            let key = (
                entry.code as *const CodeObject as usize,
                entry.code.line_of(entry.lasti),
            );
            if last_key == Some(key) {
                repeats += 1;
            } else {
                flush_repeats(out, repeats);
                repeats = 0;
                last_key = Some(key);
            }
            if repeats < 3 {
                format_entry(entry, out);
            }
            last_globals = Some(entry.globals.clone());
            last_code = Some(entry.code);
            cur = entry.next.clone();
        }
        flush_repeats(out, repeats);
    }
    out.push_str(&format_exception_only(
        vm,
        exc,
        last_globals.as_ref(),
        last_code,
        true,
    ));
}

fn flush_repeats(out: &mut String, repeats: usize) {
    if repeats >= 3 {
        let n = repeats - 2;
        out.push_str(&format!(
            "  [Previous line repeated {n} more time{}]\n",
            if n == 1 { "" } else { "s" }
        ));
    }
}

fn format_entry(entry: &Traceback, out: &mut String) {
    let (filename, line, name, pos) = entry_location(entry);
    let text = source_line(&filename, line);
    out.push_str(&format_frame(&filename, line, &name, text.as_deref(), pos));
}

/// Where a traceback entry points: file, line, function name, and the failing expression's
/// position (None when the instruction has no position: the line is then the first line).
fn entry_location(entry: &Traceback) -> (String, u32, String, Option<Position>) {
    let code = entry.code;
    let filename = code.filename.as_pystr().map_or("?", |s| s.as_str());
    let pos = code.positions.get(entry.lasti).copied().unwrap_or_default();
    let name = code.name.as_pystr().map_or("?", |s| s.as_str());
    if pos.line == 0 {
        (filename.into(), code.first_line, name.into(), None)
    } else {
        (filename.into(), pos.line, name.into(), Some(pos))
    }
}

/// The locations of a traceback chain, oldest call first (for `traceback.extract_tb`).
pub fn extract_entries(tb_head: &Value) -> Vec<(String, u32, String, Option<Position>)> {
    let mut out = Vec::new();
    let mut cur = Some(tb_head.clone());
    while let Some(t) = cur {
        let Some(entry) = tb(&t) else { break };
        out.push(entry_location(entry));
        cur = entry.next.clone();
    }
    out
}

/// One entry of a traceback display: `  File "f.py", line 3, in f`, then the source line
/// `text` (if known, stripped) and the caret line under the expression at `pos`.
pub fn format_frame(
    filename: &str,
    line: u32,
    name: &str,
    text: Option<&str>,
    pos: Option<Position>,
) -> String {
    let mut out = format!("  File \"{filename}\", line {line}, in {name}\n");
    let Some(text) = text else {
        return out;
    };
    let stripped = text.trim();
    if stripped.is_empty() {
        return out;
    }
    out.push_str(&format!("    {stripped}\n"));
    if let Some(pos) = pos {
        if let Some(carets) = caret_line(
            text,
            pos.line,
            pos.end_line,
            pos.col as usize,
            pos.end_col as usize,
        ) {
            out.push_str(&carets);
        }
    }
    out
}

/// CPython 3.11's caret line under the failing expression, or None when the expression
/// covers the whole line.
fn caret_line(text: &str, line: u32, end_line: u32, col: usize, end_col: usize) -> Option<String> {
    let to_char = |byte: usize| {
        text.get(..byte.min(text.len()))
            .map_or(0, |s| s.chars().count())
    };
    let leading = text.chars().take_while(|c| c.is_whitespace()).count();
    let stripped_len = text.trim().chars().count();
    let start = to_char(col);
    let end = if end_line == line {
        to_char(end_col)
    } else {
        leading + stripped_len
    };
    if end <= start {
        return None;
    }
    let anchors = if end_line == line {
        anchors_for(text, col, end_col)
    } else {
        None
    };
    let covers_line = end - start >= stripped_len;
    let has_secondary = anchors.is_some_and(|(l, r)| r > l);
    if covers_line && !has_secondary {
        return None;
    }
    let mut s = String::from("    ");
    s.push_str(&" ".repeat(start.saturating_sub(leading)));
    match anchors {
        Some((l, r)) => {
            s.push_str(&"~".repeat(l));
            s.push_str(&"^".repeat(r - l));
            s.push_str(&"~".repeat((end - start).saturating_sub(r)));
        }
        None => s.push_str(&"^".repeat(end - start)),
    }
    s.push('\n');
    Some(s)
}

/// (left, right) anchors within the segment for binary operators and subscripts.
fn anchors_for(text: &str, col: usize, end_col: usize) -> Option<(usize, usize)> {
    use pyrite_parser::ast::ExprKind;
    let segment = text.get(col..end_col.min(text.len()))?;
    let expr = pyrite_parser::parse_expression(segment, "<string>").ok()?;
    let chars = |b: u32| segment.get(..b as usize).map_or(0, |s| s.chars().count());
    match &expr.kind {
        ExprKind::BinOp { left, right, .. } => {
            let bytes = segment.as_bytes();
            let mut i = left.span.end as usize;
            let stop = right.span.start as usize;
            while i < stop {
                let c = bytes[i];
                if c == b' ' || c == b'\t' || c == b'\\' || c == b'\n' {
                    i += 1;
                    continue;
                }
                let mut r = i + 1;
                if i + 1 < stop && !matches!(bytes[i + 1], b' ' | b'\t') {
                    r += 1;
                }
                if i + 1 < stop && c == b')' {
                    i += 1;
                    continue;
                }
                return Some((chars(i as u32), chars(r as u32)));
            }
            None
        }
        ExprKind::Subscript { value, slice } => {
            Some((chars(value.span.end), chars(slice.span.end) + 1))
        }
        _ => None,
    }
}

/// The last line(s): `Type: message`, with SyntaxError's location display and, when
/// `suggest` (the interpreter's own display; CPython 3.11's `traceback` module offers none),
/// NameError/AttributeError suggestions looked up in `globals` and `code`.
pub fn format_exception_only(
    vm: &mut Vm,
    exc: &Value,
    globals: Option<&ObjRef>,
    code: Option<&CodeObject>,
    suggest: bool,
) -> String {
    let cls = exc.class().clone();
    let module = crate::type_cache::mro_lookup(&cls, &crate::vm::name("__module__"))
        .and_then(|m| m.as_str().map(String::from));
    let qual = cls.type_data().qualname();
    let type_name = match module.as_deref() {
        None | Some("builtins") | Some("__main__") => qual,
        Some(m) => format!("{m}.{qual}"),
    };
    let mut out = String::new();
    let exc_obj = exc.as_obj().cloned();
    if cls.is_subtype(&types().exc.syntax_error) {
        if let Some(o) = &exc_obj {
            out.push_str(&syntax_error_location(vm, o));
        }
    }
    let msg = match exc_obj.as_ref() {
        Some(o) if cls.is_subtype(&types().exc.syntax_error) => {
            let m = o
                .dict
                .as_ref()
                .and_then(|d| crate::dictops::dict_get_str(d, "msg"));
            match m {
                Some(m) if !m.is_none() => vm.str_string(&m).unwrap_or_default(),
                _ => vm.str_string(exc).unwrap_or_default(),
            }
        }
        _ => match vm.str_string(exc) {
            Ok(s) => s,
            Err(_) => "<exception str() failed>".to_string(),
        },
    };
    let suggestion = if suggest {
        suggestion_for(vm, exc, globals, code)
    } else {
        None
    };
    if msg.is_empty() {
        out.push_str(&type_name);
    } else {
        out.push_str(&format!("{type_name}: {msg}"));
    }
    if let Some(s) = suggestion {
        out.push_str(&format!(". Did you mean: '{s}'?"));
    }
    out.push('\n');
    // __notes__
    if let Some(o) = &exc_obj {
        if let Some(notes) = o
            .dict
            .as_ref()
            .and_then(|d| crate::dictops::dict_get_str(d, "__notes__"))
        {
            if let Ok(items) = vm.collect(&notes) {
                for n in items {
                    out.push_str(&vm.str_string(&n).unwrap_or_default());
                    out.push('\n');
                }
            }
        }
    }
    out
}

fn syntax_error_location(vm: &mut Vm, o: &ObjRef) -> String {
    let Some(d) = o.dict.as_ref() else {
        return String::new();
    };
    let get = |n: &str| crate::dictops::dict_get_str(d, n).filter(|v| !v.is_none());
    let mut out = String::new();
    let filename = get("filename").and_then(|f| f.as_str().map(String::from));
    let lineno = get("lineno")
        .and_then(|l| crate::ops::as_int(&l).and_then(|i| i.to_big().try_into().ok()))
        .unwrap_or(0i64);
    if let Some(f) = &filename {
        out.push_str(&format!("  File \"{f}\", line {lineno}\n"));
    }
    if let Some(text) = get("text").and_then(|t| t.as_str().map(String::from)) {
        let line = text.trim_end_matches(['\n', '\r']);
        let trimmed = line.trim_start();
        let lead = line.chars().count() - trimmed.chars().count();
        out.push_str(&format!("    {}\n", trimmed.trim_end()));
        let offset = get("offset")
            .and_then(|v| crate::ops::as_int(&v).and_then(|i| i.to_big().try_into().ok()))
            .unwrap_or(0i64);
        let end_offset = get("end_offset")
            .and_then(|v| crate::ops::as_int(&v).and_then(|i| i.to_big().try_into().ok()))
            .unwrap_or(0i64);
        let end_lineno = get("end_lineno")
            .and_then(|v| crate::ops::as_int(&v).and_then(|i| i.to_big().try_into().ok()))
            .unwrap_or(lineno);
        if offset >= 1 {
            let col = (offset as usize - 1).saturating_sub(lead);
            let width = if end_lineno == lineno && end_offset > offset {
                (end_offset - offset) as usize
            } else {
                1
            };
            let max = trimmed
                .trim_end()
                .chars()
                .count()
                .saturating_sub(col)
                .max(1);
            out.push_str(&format!(
                "    {}{}\n",
                " ".repeat(col),
                "^".repeat(width.min(max))
            ));
        }
    }
    let _ = vm;
    out
}

/// CPython 3.11's "Did you mean" for NameError and AttributeError.
fn suggestion_for(
    vm: &mut Vm,
    exc: &Value,
    globals: Option<&ObjRef>,
    code: Option<&CodeObject>,
) -> Option<String> {
    let o = exc.as_obj()?;
    let cls = o.class();
    let d = o.dict.as_ref()?;
    let wrong = crate::dictops::dict_get_str(d, "name")?
        .as_str()?
        .to_string();
    let mut groups: Vec<Vec<String>> = Vec::new();
    if cls.is_subtype(&types().exc.name_error) {
        if let Some(c) = code {
            if c.has_flag(pyrite_object::code::code_flags::OPTIMIZED) {
                groups.push(
                    c.varnames
                        .iter()
                        .chain(c.cellvars.iter())
                        .chain(c.freevars.iter())
                        .filter_map(|n| n.as_pystr().map(|s| s.as_str().to_string()))
                        .collect(),
                );
            }
        }
        if let Some(g) = globals {
            groups.push(
                crate::dictops::dict_table(g)
                    .lock()
                    .keys()
                    .iter()
                    .filter_map(|k| k.as_str().map(String::from))
                    .collect(),
            );
        }
        groups.push(
            crate::dictops::dict_table(vm.builtins_dict())
                .lock()
                .keys()
                .iter()
                .filter_map(|k| k.as_str().map(String::from))
                .collect(),
        );
    } else if cls.is_subtype(&types().exc.attribute_error) {
        let obj = crate::dictops::dict_get_str(d, "obj")?;
        let names = crate::builtins::dir_names(vm, &obj).ok()?;
        groups.push(names);
    } else {
        return None;
    }
    for g in groups {
        if let Some(s) = calculate_suggestion(&g, &wrong) {
            return Some(s);
        }
    }
    None
}

const MOVE_COST: usize = 2;
const CASE_COST: usize = 1;
const MAX_STRING_SIZE: usize = 40;

fn substitution_cost(a: char, b: char) -> usize {
    if a == b {
        0
    } else if a.eq_ignore_ascii_case(&b) {
        CASE_COST
    } else {
        MOVE_COST
    }
}

/// CPython's Levenshtein distance with case-aware substitution, capped at `max_cost`.
fn levenshtein(a: &str, b: &str, max_cost: usize) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let pre = a.iter().zip(&b).take_while(|(x, y)| x == y).count();
    let (a, b) = (&a[pre..], &b[pre..]);
    let suf = a
        .iter()
        .rev()
        .zip(b.iter().rev())
        .take_while(|(x, y)| x == y)
        .count();
    let (a, b) = (&a[..a.len() - suf], &b[..b.len() - suf]);
    if a.is_empty() || b.is_empty() {
        return (a.len() + b.len()) * MOVE_COST;
    }
    if a.len() > MAX_STRING_SIZE || b.len() > MAX_STRING_SIZE {
        return max_cost + 1;
    }
    let (a, b) = if b.len() < a.len() { (b, a) } else { (a, b) };
    if (b.len() - a.len()) * MOVE_COST > max_cost {
        return max_cost + 1;
    }
    let mut buffer: Vec<usize> = (1..=a.len()).map(|i| i * MOVE_COST).collect();
    let mut result = 0;
    for (bi, &bc) in b.iter().enumerate() {
        let mut distance = bi * MOVE_COST;
        result = distance;
        let mut minimum = usize::MAX;
        for (ai, &ac) in a.iter().enumerate() {
            let substitute = distance + substitution_cost(bc, ac);
            distance = buffer[ai];
            let insert_delete = result.min(distance) + MOVE_COST;
            result = insert_delete.min(substitute);
            buffer[ai] = result;
            minimum = minimum.min(result);
        }
        if minimum > max_cost {
            return max_cost + 1;
        }
    }
    result
}

fn calculate_suggestion(candidates: &[String], name: &str) -> Option<String> {
    if candidates.len() > 750 {
        return None;
    }
    let mut best: Option<&String> = None;
    let mut best_distance = usize::MAX;
    for item in candidates {
        if item == name {
            continue;
        }
        let mut max_distance = (name.chars().count() + item.chars().count() + 3) * MOVE_COST / 6;
        if best_distance.saturating_sub(1) < max_distance {
            max_distance = best_distance - 1;
        }
        let d = levenshtein(name, item, max_distance);
        if d > max_distance {
            continue;
        }
        if best.is_none() || d < best_distance {
            best = Some(item);
            best_distance = d;
        }
    }
    best.cloned()
}

/// Print an uncaught exception to `sys.stderr` (falling back to the process's stderr).
pub fn print_exception(vm: &mut Vm, exc: &Value) {
    let text = format_exception(vm, exc);
    crate::io::flush_std(vm);
    let stderr = crate::io::sys_stream(vm, "stderr");
    let written = match stderr {
        Ok(s) if !s.is_none() => crate::io::write_to(vm, &s, &text).is_ok(),
        _ => false,
    };
    if !written {
        eprint!("{text}");
    }
    crate::io::flush_std(vm);
}
