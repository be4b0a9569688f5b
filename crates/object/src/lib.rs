//! Pyrite's object model: values, objects, reference counts (atomic or not, see `sync`),
//! payload types, per-object locks, and the pure parts of the builtin types' behaviour
//! (hashing, number formatting) that do not need the interpreter.

pub mod bytecode;
pub mod code;
pub mod dict;
pub mod dict_object;
pub mod finalize;
pub mod format;
pub mod hash;
pub mod list;
pub mod names;
pub mod object;
pub mod payload;
pub mod set;
pub mod slots;
pub mod str;
pub mod sync;
pub mod types;
pub mod weakref;

pub use bytecode::Instr;
pub use code::CodeObject;
pub use names::names;
pub use object::{ObjRef, PyObject, Value, F64};
pub use payload::Payload;
pub use types::types;
