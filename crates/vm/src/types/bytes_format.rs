//! `bytes % args` and `bytearray % args` (CPython 3.11's `_PyBytes_FormatEx`), on the shared
//! `%` parser of `pyrite_object::format::percent`.

use num_bigint::BigInt;
use pyrite_object::format::percent::{
    format_percent, percent_float, percent_i64, percent_int, percent_pad_str, PercentArgs,
    PercentConv,
};
use pyrite_object::format::FormatError;
use pyrite_object::payload::Payload;
use pyrite_object::types::types;
use pyrite_object::Value;

use crate::error::{format_error, overflow_error, type_error, value_error, PyErr, PyResult};
use crate::ops::{as_float, as_int, IntRef};
use crate::vm::name;
use crate::Vm;

use super::bytes_methods::{buffer, kind, make};

/// `bytes % args` (`_PyBytes_FormatEx`); `None` when `fmt` is not bytes-like.
pub fn percent_op(vm: &mut Vm, fmt: &Value, args: &Value) -> PyResult<Option<Value>> {
    let Some(f) = buffer(fmt) else {
        return Ok(None);
    };
    let out = percent_format(vm, &f, args)?;
    Ok(Some(make(kind(fmt), out)))
}

/// Format `fmt % args`. The format is handed to the shared parser as Latin-1 text (one char
/// per byte), and every converted piece is Latin-1 too, so the result maps back byte for byte.
pub fn percent_format(vm: &mut Vm, fmt: &[u8], args: &Value) -> PyResult<Vec<u8>> {
    let text: String = fmt.iter().map(|&b| b as char).collect();
    let is_tuple = matches!(args.payload(), Some(Payload::Tuple(_)));
    let arglen = match args.payload() {
        Some(Payload::Tuple(t)) => t.len() as isize,
        _ => -1,
    };
    let is_mapping = !is_tuple
        && buffer(args).is_none()
        && args.as_str().is_none()
        && (matches!(args.payload(), Some(Payload::Dict(_)))
            || (args
                .as_obj()
                .is_some_and(|o| !matches!(o.payload, Payload::Str(_)))
                && vm
                    .lookup_type_attr(&args.class().clone(), &name("__getitem__"))
                    .is_some()));
    let mut st = BytesPercentArgs {
        vm,
        args: args.clone(),
        arglen,
        argidx: if arglen < 0 { -2 } else { 0 },
        dict: is_mapping.then(|| args.clone()),
    };
    let out = format_percent(&text, &mut st).map_err(|e| e.0)?;
    if st.argidx < st.arglen && st.dict.is_none() {
        return Err(type_error(
            "not all arguments converted during bytes formatting",
        ));
    }
    Ok(out.chars().map(|c| c as u32 as u8).collect())
}

/// The VM's exception, convertible from the parser's errors.
struct FmtErr(PyErr);

impl From<FormatError> for FmtErr {
    fn from(e: FormatError) -> FmtErr {
        FmtErr(format_error(e))
    }
}

impl From<PyErr> for FmtErr {
    fn from(e: PyErr) -> FmtErr {
        FmtErr(e)
    }
}

struct BytesPercentArgs<'v> {
    vm: &'v mut Vm,
    /// The right operand (replaced by the looked-up value after `%(key)`).
    args: Value,
    /// Tuple length, or -1 for a single value (CPython's `arglen`/`argidx` protocol).
    arglen: isize,
    argidx: isize,
    /// The right operand when it is a mapping (and not a tuple, bytes or str).
    dict: Option<Value>,
}

impl BytesPercentArgs<'_> {
    /// CPython's `getnextarg`.
    fn next_arg(&mut self) -> PyResult<Value> {
        let idx = self.argidx;
        if idx < self.arglen {
            self.argidx += 1;
            if self.arglen < 0 {
                return Ok(self.args.clone());
            }
            if let Some(Payload::Tuple(t)) = self.args.payload() {
                return Ok(t[idx as usize].clone());
            }
        }
        Err(type_error("not enough arguments for format string"))
    }

    fn star_arg(&mut self) -> PyResult<i64> {
        let v = self.next_arg()?;
        match as_int(&v) {
            Some(IntRef::Small(n)) => Ok(n),
            Some(IntRef::Big(_)) => Err(overflow_error(
                "Python int too large to convert to C ssize_t",
            )),
            None => Err(type_error("* wants int")),
        }
    }

    /// `%s`/`%b`: bytes, bytearray, or `__bytes__`.
    fn bytes_of(&mut self, v: &Value) -> PyResult<Vec<u8>> {
        if let Some(b) = buffer(v) {
            return Ok(b.into_owned());
        }
        if let Some(f) = self
            .vm
            .lookup_type_attr(&v.class().clone(), &name("__bytes__"))
        {
            let r = self.vm.call_method_value(&f, v, (&[], &[]))?;
            return match r.payload() {
                Some(Payload::Bytes(b)) => Ok(b.to_vec()),
                _ => Err(type_error(format!(
                    "__bytes__ returned non-bytes (type {})",
                    r.type_name()
                ))),
            };
        }
        Err(type_error(format!(
            "%b requires a bytes-like object, or an object that implements __bytes__, not '{}'",
            v.type_name()
        )))
    }

    /// `%c`: an int in range(256) or a single byte.
    fn char_of(&mut self, v: &Value) -> PyResult<u8> {
        if let Some(b) = buffer(v) {
            if b.len() == 1 {
                return Ok(b[0]);
            }
        } else {
            let has_index = as_int(v).is_some()
                || self
                    .vm
                    .lookup_type_attr(&v.class().clone(), &name("__index__"))
                    .is_some();
            if has_index {
                let i = self.vm.index(v)?;
                return match as_int(&i) {
                    Some(IntRef::Small(n)) if (0..256).contains(&n) => Ok(n as u8),
                    _ => Err(overflow_error("%c arg not in range(256)")),
                };
            }
        }
        Err(type_error(
            "%c requires an integer in range(256) or a single byte",
        ))
    }

    fn has_special(&mut self, v: &Value, names: &[&str]) -> bool {
        let cls = v.class().clone();
        names
            .iter()
            .any(|n| self.vm.lookup_type_attr(&cls, &name(n)).is_some())
    }

    /// `formatlong`: the int to format for `%d %i %u %o %x %X`.
    fn int_of(&mut self, v: &Value, conv: char) -> PyResult<BigInt> {
        if let Some(i) = as_int(v) {
            return Ok(i.to_big());
        }
        let integral = matches!(conv, 'o' | 'x' | 'X');
        let what = if integral {
            "an integer"
        } else {
            "a real number"
        };
        let err = || {
            type_error(format!(
                "%{conv} format: {what} is required, not {}",
                v.type_name()
            ))
        };
        if integral {
            if !self.has_special(v, &["__index__"]) {
                return Err(err());
            }
            let i = self.vm.index(v)?;
            return Ok(as_int(&i).map(|i| i.to_big()).unwrap_or_default());
        }
        if let Some(f) = as_float(v) {
            if f.is_nan() {
                return Err(value_error("cannot convert float NaN to integer"));
            }
            if f.is_infinite() {
                return Err(overflow_error("cannot convert float infinity to integer"));
            }
            return Ok(crate::ops::float_to_bigint(f.trunc()));
        }
        if !self.has_special(v, &["__int__", "__index__", "__trunc__", "__float__"]) {
            return Err(err());
        }
        let int_type = Value::Obj(types().int.clone());
        let r = match self.vm.call_positional(&int_type, std::slice::from_ref(v)) {
            Ok(r) => r,
            Err(e) if e.matches(&types().exc.type_error) => return Err(err()),
            Err(e) => return Err(e),
        };
        Ok(as_int(&r).map(|i| i.to_big()).unwrap_or_default())
    }

    /// `formatfloat`'s `PyFloat_AsDouble`.
    fn float_of(&mut self, v: &Value) -> PyResult<f64> {
        if let Some(f) = as_float(v) {
            return Ok(f);
        }
        if let Some(i) = as_int(v) {
            return i.to_f64();
        }
        if self.has_special(v, &["__float__", "__index__"]) {
            let float_type = Value::Obj(types().float.clone());
            let r = self
                .vm
                .call_positional(&float_type, std::slice::from_ref(v))?;
            if let Some(f) = as_float(&r) {
                return Ok(f);
            }
        }
        Err(type_error(format!(
            "float argument required, not {}",
            v.type_name()
        )))
    }
}

fn latin1(b: &[u8]) -> String {
    b.iter().map(|&c| c as char).collect()
}

impl PercentArgs for BytesPercentArgs<'_> {
    type Error = FmtErr;

    fn mapping_required(&mut self) -> Result<(), FmtErr> {
        if self.dict.is_none() {
            return Err(FmtErr(type_error("format requires a mapping")));
        }
        Ok(())
    }

    fn select_key(&mut self, key: &str) -> Result<(), FmtErr> {
        let dict = self.dict.clone().expect("mapping checked");
        let k = Value::new_bytes(key.chars().map(|c| c as u32 as u8).collect());
        self.args = self.vm.getitem(&dict, &k)?;
        self.arglen = -1;
        self.argidx = -2;
        Ok(())
    }

    fn star_width(&mut self) -> Result<isize, FmtErr> {
        Ok(self.star_arg()? as isize)
    }

    fn star_precision(&mut self) -> Result<i32, FmtErr> {
        let p = self.star_arg()?;
        i32::try_from(p)
            .map_err(|_| FmtErr(overflow_error("Python int too large to convert to C int")))
    }

    fn convert(&mut self, conv: &PercentConv<'_>, out: &mut String) -> Result<(), FmtErr> {
        let v = self.next_arg()?;
        let mut conv = conv.clone();
        match conv.conv {
            'b' | 's' => {
                let b = self.bytes_of(&v)?;
                conv.conv = 's';
                out.push_str(&percent_pad_str(&latin1(&b), &conv));
            }
            'r' | 'a' => {
                let s = self.vm.ascii(&v)?;
                let text = s.as_str().unwrap_or_default().to_string();
                out.push_str(&percent_pad_str(&text, &conv));
            }
            'c' => {
                let b = self.char_of(&v)?;
                out.push_str(&percent_pad_str(&latin1(&[b]), &conv));
            }
            'd' | 'i' | 'u' | 'o' | 'x' | 'X' => {
                let text = match as_int(&v) {
                    Some(IntRef::Small(n)) => percent_i64(n, &conv),
                    _ => {
                        // `formatlong` names `%i` as `%d` in its errors.
                        let c = if conv.conv == 'i' { 'd' } else { conv.conv };
                        let big = self.int_of(&v, c)?;
                        percent_int(&big, &conv)
                    }
                };
                out.push_str(&text);
            }
            'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
                let f = self.float_of(&v)?;
                out.push_str(&percent_float(f, &conv));
            }
            _ => conv.check_supported()?,
        }
        Ok(())
    }
}
