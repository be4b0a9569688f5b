//! `format(int, spec)` and `format(float, spec)` (`int.__format__`, `float.__format__`), as
//! CPython's `format_long_internal` / `format_float_internal`. Only the C locale is supported
//! for `n` (no grouping, '.' as decimal point), which is what CPython uses unless the program
//! calls `locale.setlocale`.

use num_bigint::{BigInt, Sign as BigSign};
use num_traits::ToPrimitive;

use super::dtoa::{double_to_string, DtoaFlags};
use super::number_layout::{layout_number, split_float_text, NumberLayout, NumberParts};
use super::spec::{Align, FormatError, FormatSpec};

/// `float(v)` for an int: correctly rounded, `None` when it overflows.
pub(crate) fn bigint_to_f64(v: &BigInt) -> Option<f64> {
    v.to_f64().filter(|f| f.is_finite())
}

fn int_too_large_for_float() -> FormatError {
    FormatError::overflow("int too large to convert to float")
}

/// The integer being formatted, abstracted over `BigInt` and `i64`.
trait IntValue {
    fn is_negative(&self) -> bool;
    /// The magnitude in `radix` (2, 8, 10 or 16), lower case.
    fn magnitude_digits(&self, radix: u32) -> String;
    fn to_i64(&self) -> Option<i64>;
    fn to_float(&self) -> Option<f64>;
}

impl IntValue for BigInt {
    fn is_negative(&self) -> bool {
        self.sign() == BigSign::Minus
    }
    fn magnitude_digits(&self, radix: u32) -> String {
        if radix == 10 {
            self.magnitude().to_string()
        } else {
            self.magnitude().to_str_radix(radix)
        }
    }
    fn to_i64(&self) -> Option<i64> {
        ToPrimitive::to_i64(self)
    }
    fn to_float(&self) -> Option<f64> {
        bigint_to_f64(self)
    }
}

impl IntValue for i64 {
    fn is_negative(&self) -> bool {
        *self < 0
    }
    fn magnitude_digits(&self, radix: u32) -> String {
        let m = self.unsigned_abs();
        match radix {
            2 => format!("{m:b}"),
            8 => format!("{m:o}"),
            16 => format!("{m:x}"),
            _ => m.to_string(),
        }
    }
    fn to_i64(&self) -> Option<i64> {
        Some(*self)
    }
    fn to_float(&self) -> Option<f64> {
        Some(*self as f64)
    }
}

/// `int.__format__(value, spec)`. Errors name the type `int`; see
/// [`FormatError::with_type_name`] for subclasses such as `bool`.
pub fn format_int(value: &BigInt, spec: &FormatSpec) -> Result<String, FormatError> {
    format_integer(value, spec)
}

/// [`format_int`] for a machine-sized int.
pub fn format_i64(value: i64, spec: &FormatSpec) -> Result<String, FormatError> {
    format_integer(&value, spec)
}

fn format_integer<V: IntValue>(value: &V, spec: &FormatSpec) -> Result<String, FormatError> {
    let group = spec.check_grouping(Some('d'))?;
    let ty = spec.ty.unwrap_or('d');
    match ty {
        'b' | 'c' | 'd' | 'o' | 'x' | 'X' | 'n' => {}
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%' => {
            let f = value.to_float().ok_or_else(int_too_large_for_float)?;
            return format_float_internal(f, spec);
        }
        other => return Err(FormatError::unknown_code(other, "int")),
    }
    if spec.precision.is_some() {
        return Err(FormatError::value(
            "Precision not allowed in integer format specifier",
        ));
    }
    if spec.no_neg_zero {
        return Err(FormatError::value(
            "Negative zero coercion (z) not allowed in integer format specifier",
        ));
    }
    let layout = |grouping| NumberLayout {
        fill: spec.fill,
        align: spec.align_for(Align::Right),
        width: spec.width,
        sign: spec.sign,
        grouping,
    };
    if ty == 'c' {
        if spec.sign != super::spec::Sign::Unspecified {
            return Err(FormatError::value(
                "Sign not allowed with integer format specifier 'c'",
            ));
        }
        if spec.alternate {
            return Err(FormatError::value(
                "Alternate form (#) not allowed with integer format specifier 'c'",
            ));
        }
        let x = value
            .to_i64()
            .ok_or_else(|| FormatError::overflow("Python int too large to convert to C long"))?;
        if !(0..=0x10ffff).contains(&x) {
            return Err(FormatError::overflow("%c arg not in range(0x110000)"));
        }
        let c = char::from_u32(x as u32).ok_or_else(|| {
            FormatError::value(format!(
                "%c arg {x:#x} is a lone surrogate, which Pyrite strings cannot hold"
            ))
        })?;
        let mut buf = [0u8; 4];
        let parts = NumberParts {
            negative: false,
            prefix: "",
            digits: "",
            has_decimal: false,
            remainder: c.encode_utf8(&mut buf),
        };
        return Ok(layout_number(
            &parts,
            &layout(spec.grouping.map(|s| (group, s))),
        ));
    }
    let (radix, prefix) = match ty {
        'b' => (2, "0b"),
        'o' => (8, "0o"),
        'x' => (16, "0x"),
        'X' => (16, "0X"),
        _ => (10, ""),
    };
    let mut digits = value.magnitude_digits(radix);
    if ty == 'X' {
        digits.make_ascii_uppercase();
    }
    let grouping = if ty == 'n' {
        None
    } else {
        spec.grouping.map(|s| (group, s))
    };
    let parts = NumberParts {
        negative: value.is_negative(),
        prefix: if spec.alternate { prefix } else { "" },
        digits: &digits,
        has_decimal: false,
        remainder: "",
    };
    Ok(layout_number(&parts, &layout(grouping)))
}

/// `float.__format__(value, spec)`. An empty spec gives `repr(value)`.
pub fn format_float(value: f64, spec: &FormatSpec) -> Result<String, FormatError> {
    spec.check_grouping(None)?;
    match spec.ty {
        None | Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n' | '%') => {
            format_float_internal(value, spec)
        }
        Some(other) => Err(FormatError::unknown_code(other, "float")),
    }
}

/// The part of `format_float_internal` that turns value, type and precision into text
/// ("-1234.5", "inf", "12.5%"), before sign handling, grouping and padding. With no type,
/// floats get ".0" on integral values (`add_dot_0_if_untyped`) and complex parts do not.
pub(crate) fn float_body(
    value: f64,
    spec: &FormatSpec,
    add_dot_0_if_untyped: bool,
) -> Result<String, FormatError> {
    if spec.precision.is_some_and(|p| p > i32::MAX as usize) {
        return Err(FormatError::value("precision too big"));
    }
    let mut flags = DtoaFlags {
        alt: spec.alternate,
        no_neg_0: spec.no_neg_zero,
        ..DtoaFlags::default()
    };
    let mut default_precision = 6;
    let mut code = spec.ty.unwrap_or('r');
    if spec.ty.is_none() {
        flags.add_dot_0 = add_dot_0_if_untyped;
        default_precision = 0;
    }
    if code == 'n' {
        code = 'g';
    }
    let mut value = value;
    let mut add_pct = false;
    if code == '%' {
        code = 'f';
        value *= 100.0;
        add_pct = true;
    }
    let precision = match spec.precision {
        None => default_precision,
        Some(p) => {
            if code == 'r' {
                code = 'g';
            }
            p
        }
    };
    let mut text = double_to_string(value, code, precision, flags);
    if add_pct {
        text.push('%');
    }
    Ok(text)
}

fn format_float_internal(value: f64, spec: &FormatSpec) -> Result<String, FormatError> {
    let text = float_body(value, spec, true)?;
    let (negative, unsigned) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, &text[..]),
    };
    let (digits, has_decimal, remainder) = split_float_text(unsigned);
    let parts = NumberParts {
        negative,
        prefix: "",
        digits,
        has_decimal,
        remainder,
    };
    let grouping = if spec.ty == Some('n') {
        None
    } else {
        spec.grouping.map(|s| (3, s))
    };
    Ok(layout_number(
        &parts,
        &NumberLayout {
            fill: spec.fill,
            align: spec.align_for(Align::Right),
            width: spec.width,
            sign: spec.sign,
            grouping,
        },
    ))
}

#[cfg(test)]
#[path = "number_tests.rs"]
mod tests;
