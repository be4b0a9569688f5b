//! What a `PyObject` holds, by kind. The class (which may be a user subclass) is in the object
//! header; the payload is the data layout shared by a builtin type and its subclasses.

use std::any::Any;

use num_bigint::BigInt;

use crate::code::CodeObject;
use crate::dict_object::DictObject;
use crate::list::ListCell;
use crate::object::{ObjRef, Value};
use crate::set::SetTable;
use crate::slots::SlotsCell;
use crate::str::PyStr;
use crate::sync::{ObjCell, ThreadShared};
use crate::types::TypeData;

pub enum Payload {
    /// Plain objects: `object()`, instances of user classes without `__slots__` (their
    /// attributes live in the header's dict), None, NotImplemented, Ellipsis.
    Empty,
    /// Instances of a class with `__slots__`: one value per slot, `types().null_marker`
    /// when unset. Reading a slot takes no lock.
    Slots(SlotsCell),
    /// `True`/`False`.
    Bool(bool),
    /// Exact ints that do not fit in an i64, and every instance of an int subclass.
    Int(BigInt),
    /// Instances of float subclasses (exact floats are `Value::Float`).
    Float(f64),
    Complex {
        re: f64,
        im: f64,
    },
    Str(PyStr),
    Bytes(Box<[u8]>),
    ByteArray(ObjCell<Vec<u8>>),
    Tuple(Box<[Value]>),
    List(ListCell),
    Dict(DictObject),
    /// Boxed like a dict's table, to keep every payload small.
    Set(ObjCell<Box<SetTable>>),
    FrozenSet(Box<SetTable>),
    Range {
        start: i64,
        stop: i64,
        step: i64,
    },
    Slice(Box<[Value; 3]>),
    Type(Box<TypeData>),
    /// A module; its namespace is the header dict. Holds the module name for reprs.
    Module(Box<str>),
    Code(Box<CodeObject>),
    Function(Box<Function>),
    /// A builtin function or method implemented in Rust (see `BuiltinFunction`).
    BuiltinFunction(Box<BuiltinFunction>),
    /// A function bound to an instance (`obj.method`).
    Method {
        func: Value,
        self_: Value,
    },
    /// A closure cell.
    Cell(ObjCell<Option<Value>>),
    Property(Box<Property>),
    StaticMethod(Value),
    ClassMethod(Value),
    /// Instances of BaseException and its subclasses.
    Exception(Box<ObjCell<ExceptionData>>),
    /// Data owned by native code in the VM or stdlib (generators, iterators, files, locks...).
    Native(NativeBox),
}

/// Data of a native object kind defined outside this crate. Downcast with `as_any`.
pub trait NativeData: Any + ThreadShared {}

impl<T: Any + ThreadShared> NativeData for T {}

/// The box around native data. (A newtype, so that method calls cannot accidentally
/// resolve to the blanket `NativeData` impl of the `Box` itself.)
pub struct NativeBox(Box<dyn NativeData>);

impl NativeBox {
    pub fn new<T: NativeData>(data: T) -> NativeBox {
        NativeBox(Box::new(data))
    }

    /// One virtual call (the `Any` supertrait's `type_id`); going through a `&dyn Any`
    /// first cost two, and `next()` tries a few types in turn on every item.
    #[inline]
    pub fn is<T: Any>(&self) -> bool {
        let data: &dyn Any = &*self.0;
        data.is::<T>()
    }

    #[inline]
    pub fn downcast_ref<T: Any>(&self) -> Option<&T> {
        let data: &dyn Any = &*self.0;
        data.downcast_ref::<T>()
    }
}

impl Payload {
    /// Downcast a `Native` payload.
    pub fn native<T: Any>(&self) -> Option<&T> {
        match self {
            Payload::Native(n) => n.downcast_ref::<T>(),
            _ => None,
        }
    }
}

/// A Python function: code plus the environment it runs in.
pub struct Function {
    pub code: ObjRef,
    pub globals: ObjRef,
    /// The builtins namespace (a dict) the function's frames use, fixed at creation from the
    /// defining frame (CPython's `func_builtins`).
    pub builtins: ObjRef,
    /// Cells for the code's free variables, in `code.freevars` order.
    pub closure: Box<[ObjRef]>,
    pub attrs: ObjCell<FunctionAttrs>,
}

/// The writable attributes of a function.
pub struct FunctionAttrs {
    pub name: Value,
    pub qualname: Value,
    pub doc: Value,
    pub module: Value,
    /// `__defaults__`: a tuple or None.
    pub defaults: Option<Value>,
    /// `__kwdefaults__`: a dict or None.
    pub kwdefaults: Option<Value>,
    pub annotations: Option<Value>,
}

/// A function pointer with its signature erased. Only pyrite-vm creates and calls these; it
/// casts back to its own native-function signature (see `pyrite_vm::native`).
pub type ErasedFn = fn();

pub struct BuiltinFunction {
    pub name: &'static str,
    pub func: ErasedFn,
    /// The bound `self` for builtin methods (`[].append`), or the module for module functions.
    pub self_: Option<Value>,
    /// Qualified name used in reprs and messages, e.g. `list.append`.
    pub qualname: Option<String>,
    pub doc: Option<&'static str>,
}

pub struct Property {
    pub fget: Option<Value>,
    pub fset: Option<Value>,
    pub fdel: Option<Value>,
    pub doc: Option<Value>,
}

/// The state of an exception instance (the rest of its attributes live in its dict).
pub struct ExceptionData {
    /// `args`, always a tuple.
    pub args: Value,
    pub traceback: Option<Value>,
    pub cause: Option<Value>,
    pub context: Option<Value>,
    pub suppress_context: bool,
}
