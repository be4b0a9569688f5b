//! `str % args` and `str.format`. (Being completed.)

use pyrite_object::Value;

use crate::error::{type_error, PyResult};
use crate::Vm;

/// `fmt % args`.
pub fn percent_format(_vm: &mut Vm, _fmt: &str, _args: &Value) -> PyResult {
    Err(type_error("%-formatting is not implemented yet"))
}
