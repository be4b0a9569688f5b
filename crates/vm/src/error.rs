//! Python exceptions as Rust errors: `PyResult<T>` carries the exception instance.

use pyrite_object::payload::{ExceptionData, Payload};
use pyrite_object::sync::ObjCell;
use pyrite_object::types::{flags, types};
use pyrite_object::{ObjRef, Value};

/// A raised Python exception (an instance of BaseException or a subclass).
#[derive(Clone)]
pub struct PyErr(pub ObjRef);

pub type PyResult<T = Value> = Result<T, PyErr>;

impl std::fmt::Debug for PyErr {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "PyErr({}: {:?})",
            self.0.class().type_name(),
            exception_args(&self.0)
        )
    }
}

impl PyErr {
    /// An exception of class `cls` with `args`.
    pub fn with_args(cls: &ObjRef, args: Vec<Value>) -> PyErr {
        PyErr(new_exception_object(cls, Value::new_tuple(args)))
    }

    /// An exception of class `cls` with one str argument.
    pub fn new(cls: &ObjRef, msg: impl Into<String>) -> PyErr {
        let msg: String = msg.into();
        PyErr::with_args(cls, vec![Value::new_str(msg)])
    }

    pub fn value(&self) -> Value {
        Value::Obj(self.0.clone())
    }

    pub fn class(&self) -> &ObjRef {
        self.0.class()
    }

    /// Is this exception an instance of `cls`?
    pub fn matches(&self, cls: &ObjRef) -> bool {
        self.0.class().is_subtype(cls)
    }

    pub fn data(&self) -> &ObjCell<ExceptionData> {
        exception_data(&self.0).expect("PyErr holds an exception instance")
    }
}

/// Allocate an exception instance of `cls` (which must have the exception layout).
pub fn new_exception_object(cls: &ObjRef, args: Value) -> ObjRef {
    let dict = if cls.type_data().has_flag(flags::HAS_DICT) {
        Some(new_dict_object())
    } else {
        None
    };
    let items = match args.payload() {
        Some(Payload::Tuple(t)) => t.to_vec(),
        _ => Vec::new(),
    };
    let obj = ObjRef::new(
        cls.clone(),
        dict,
        Payload::Exception(Box::new(ObjCell::new(ExceptionData {
            args,
            traceback: None,
            cause: None,
            context: None,
            suppress_context: false,
        }))),
    );
    crate::types::exception::set_special_attrs(&obj, &items);
    obj
}

pub fn new_dict_object() -> ObjRef {
    new_dict_object_with_capacity(0)
}

/// A new empty dict with room for `n` items before it grows.
pub fn new_dict_object_with_capacity(n: usize) -> ObjRef {
    let table = pyrite_object::dict::DictTable::with_capacity(n);
    match Value::new_dict(table) {
        Value::Obj(o) => o,
        _ => unreachable!("dicts are objects"),
    }
}

pub fn exception_data(obj: &ObjRef) -> Option<&ObjCell<ExceptionData>> {
    match &obj.payload {
        Payload::Exception(d) => Some(d),
        _ => None,
    }
}

/// The `args` tuple of an exception object.
pub fn exception_args(obj: &ObjRef) -> Value {
    exception_data(obj).map_or_else(|| Value::new_tuple(vec![]), |d| d.lock().args.clone())
}

macro_rules! error_constructors {
    ($($fn_name:ident => $field:ident),* $(,)?) => {
        $(
            pub fn $fn_name(msg: impl Into<String>) -> PyErr {
                PyErr::new(&types().exc.$field, msg)
            }
        )*
    };
}

error_constructors! {
    type_error => type_error,
    value_error => value_error,
    index_error => index_error,
    attribute_error => attribute_error,
    name_error => name_error,
    overflow_error => overflow_error,
    zero_division_error => zero_division_error,
    runtime_error => runtime_error,
    recursion_error => recursion_error,
    not_implemented_error => not_implemented_error,
    import_error => import_error,
    module_not_found_error => module_not_found_error,
    os_error => os_error,
    unbound_local_error => unbound_local_error,
    system_error => system_error,
    eof_error => eof_error,
    assertion_error => assertion_error,
    lookup_error => lookup_error,
    unicode_decode_error => unicode_decode_error,
    unicode_encode_error => unicode_encode_error,
}

/// `KeyError(key)` (the key itself is the argument, not a message).
pub fn key_error(key: Value) -> PyErr {
    PyErr::with_args(&types().exc.key_error, vec![key])
}

/// `StopIteration(value)`, or a bare `StopIteration` for None.
pub fn stop_iteration(value: Value) -> PyErr {
    let args = if value.is_none() { vec![] } else { vec![value] };
    PyErr::with_args(&types().exc.stop_iteration, args)
}

pub fn memory_error() -> PyErr {
    PyErr::with_args(&types().exc.memory_error, vec![])
}

/// Convert a formatting error from the object crate into the matching Python exception.
pub fn format_error(e: pyrite_object::format::FormatError) -> PyErr {
    use pyrite_object::format::ErrorKind;
    match e.kind {
        ErrorKind::ValueError => value_error(e.msg),
        ErrorKind::TypeError => type_error(e.msg),
        ErrorKind::OverflowError => overflow_error(e.msg),
    }
}
