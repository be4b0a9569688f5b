//! `_io`: the interpreter's file classes (`pyrite_vm::io`) under their CPython module, for
//! `Lib/io.py` (which adds StringIO, BytesIO and the abstract base classes).

use pyrite_object::{ObjRef, Value};
use pyrite_vm::error::PyResult;
use pyrite_vm::vm::{new_module, set_attr_str};
use pyrite_vm::Vm;

pub fn init(vm: &mut Vm) -> PyResult<ObjRef> {
    let m = new_module("_io");
    let (text, reader, writer) = pyrite_vm::io::file_types();
    for (name, cls) in [
        ("TextIOWrapper", text),
        ("BufferedReader", reader),
        ("BufferedWriter", writer),
    ] {
        set_attr_str(&m, name, Value::Obj(cls.clone()));
    }
    let builtins = Value::Obj(vm.interp.builtins.clone());
    let open = vm.get_attr(&builtins, &pyrite_vm::vm::name("open"))?;
    set_attr_str(&m, "open", open);
    Ok(m)
}
