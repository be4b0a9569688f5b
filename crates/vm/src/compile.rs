//! Compiling source to code objects from the VM (`compile`, `exec`, `eval`, scripts) and
//! turning syntax errors into Python `SyntaxError`s.

use pyrite_compiler::Mode;
use pyrite_object::payload::Payload;
use pyrite_object::types::types;
use pyrite_object::{ObjRef, Value};

use crate::dictops::{dict_get_str, dict_set_str};
use crate::error::{type_error, PyErr, PyResult};
use crate::eval::{Exit, Resume};
use crate::frame::Frame;
use crate::native::Args;
use crate::Vm;

/// A Python SyntaxError (or IndentationError/TabError) from a parse/compile error.
pub fn syntax_error(vm: &mut Vm, e: &pyrite_parser::SyntaxError) -> PyErr {
    let exc = &types().exc;
    let cls = match e.kind {
        pyrite_parser::SyntaxErrorKind::SyntaxError => &exc.syntax_error,
        pyrite_parser::SyntaxErrorKind::IndentationError => &exc.indentation_error,
        pyrite_parser::SyntaxErrorKind::TabError => &exc.tab_error,
    };
    let details = Value::new_tuple(vec![
        Value::new_str(e.filename.clone()),
        Value::Int(e.lineno as i64),
        Value::Int(e.offset as i64),
        Value::new_str(e.text.clone()),
        Value::Int(e.end_lineno as i64),
        Value::Int(e.end_offset as i64),
    ]);
    match vm.call_positional(
        &Value::Obj(cls.clone()),
        &[Value::new_str(e.msg.clone()), details],
    ) {
        Ok(Value::Obj(o)) => PyErr(o),
        Ok(_) => crate::error::system_error("SyntaxError construction failed"),
        Err(err) => err,
    }
}

/// Compile source text to a code object.
pub fn compile_source(vm: &mut Vm, source: &str, filename: &str, mode: Mode) -> PyResult<ObjRef> {
    match pyrite_compiler::compile(source, filename, mode) {
        Ok(code) => Ok(code.into_object()),
        Err(e) => Err(syntax_error(vm, &e)),
    }
}

/// Run a code object with the given namespaces (module level: locals = globals).
pub fn run_code(vm: &mut Vm, code: &ObjRef, globals: &ObjRef, locals: Option<&ObjRef>) -> PyResult {
    let code = code
        .as_code_static()
        .ok_or_else(|| type_error("expected a code object"))?;
    if dict_get_str(globals, "__builtins__").is_none() {
        dict_set_str(
            globals,
            "__builtins__",
            Value::Obj(vm.interp.builtins.clone()),
        );
    }
    let locals = locals.unwrap_or(globals).clone();
    // The frame's builtins come from globals['__builtins__'] (a module or a dict).
    let builtins = match dict_get_str(globals, "__builtins__") {
        Some(Value::Obj(b)) if matches!(b.payload, Payload::Dict(_)) => b,
        Some(Value::Obj(m)) if m.dict.is_some() && matches!(m.payload, Payload::Module(_)) => {
            m.dict.clone().expect("module dict")
        }
        _ => vm.builtins_dict().clone(),
    };
    let mut frame = Frame::new(code, globals.clone(), builtins, Some(locals));
    if !code.freevars.is_empty() {
        return Err(type_error(
            "code object passed to exec() may not contain free variables",
        ));
    }
    frame.cells = code
        .cellvars
        .iter()
        .map(|_| crate::eval::new_cell(None))
        .collect();
    match vm.run_frame(&mut frame, Resume::Start)? {
        Exit::Return(v) | Exit::Yield(v) => Ok(v),
    }
}

fn source_text(v: &Value) -> PyResult<Option<String>> {
    if let Some(s) = v.as_str() {
        return Ok(Some(s.to_string()));
    }
    if let Some(b) = crate::types::bytes::bytes_of(v) {
        return Ok(Some(String::from_utf8_lossy(&b).into_owned()));
    }
    Ok(None)
}

/// `exec(source, globals=None, locals=None)` and `eval(...)`.
pub fn builtin_exec(vm: &mut Vm, args: Args, is_eval: bool) -> PyResult {
    let fname = if is_eval { "eval" } else { "exec" };
    let [source, globals, locals] = args.bind(fname, ["source", "globals", "locals"], 1)?;
    let source = source.expect("required");
    let globals_given = globals.clone().filter(|g| !g.is_none());
    let globals = match globals.filter(|g| !g.is_none()) {
        Some(g) => match g.payload() {
            Some(Payload::Dict(_)) => g.as_obj().cloned().expect("dict"),
            _ => {
                return Err(type_error(format!(
                    "{fname}() globals must be a dict, not {}",
                    g.type_name()
                )))
            }
        },
        None => {
            let f = vm
                .current_frame()
                .ok_or_else(|| crate::error::system_error("no frame"))?;
            f.globals.clone()
        }
    };
    let caller_locals = globals_given.is_none();
    let locals = match locals.filter(|l| !l.is_none()) {
        Some(l) => Some(
            l.as_obj()
                .cloned()
                .ok_or_else(|| type_error("locals must be a mapping"))?,
        ),
        // Without explicit namespaces, exec/eval see the caller's locals.
        None if caller_locals => match crate::builtins::current_locals(vm)? {
            Value::Obj(o) => Some(o),
            _ => None,
        },
        None => None,
    };
    let code = match source_text(&source)? {
        Some(text) => {
            let text = if is_eval {
                text.trim_start_matches([' ', '\t']).to_string()
            } else {
                text
            };
            compile_source(
                vm,
                &text,
                "<string>",
                if is_eval { Mode::Eval } else { Mode::Exec },
            )?
        }
        None => match source.as_obj().filter(|o| o.as_code().is_some()) {
            Some(c) => c.clone(),
            None => {
                return Err(type_error(format!(
                    "{fname}() arg 1 must be a string, bytes or code object"
                )))
            }
        },
    };
    let r = run_code(vm, &code, &globals, locals.as_ref())?;
    Ok(if is_eval { r } else { Value::none() })
}

/// `compile(source, filename, mode, flags=0, dont_inherit=False, optimize=-1)`.
pub fn builtin_compile(vm: &mut Vm, args: Args) -> PyResult {
    let [source, filename, mode, _flags, _dont_inherit, _optimize] = args.bind(
        "compile",
        [
            "source",
            "filename",
            "mode",
            "flags",
            "dont_inherit",
            "optimize",
        ],
        3,
    )?;
    let (source, filename, mode) = (
        source.expect("req"),
        filename.expect("req"),
        mode.expect("req"),
    );
    let text = source_text(&source)?
        .ok_or_else(|| type_error("compile() arg 1 must be a string, bytes or AST object"))?;
    let filename = vm.str_string(&filename)?;
    let mode = match mode.as_str() {
        Some("exec") => Mode::Exec,
        Some("eval") => Mode::Eval,
        Some("single") => Mode::Single,
        _ => {
            return Err(crate::error::value_error(
                "compile() mode must be 'exec', 'eval' or 'single'",
            ))
        }
    };
    Ok(Value::Obj(compile_source(vm, &text, &filename, mode)?))
}
