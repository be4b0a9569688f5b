//! Decimal digits of a double and CPython's `PyOS_double_to_string`, which lays them out for
//! `repr(float)`, `format(float, spec)` and `%`-formatting.
//!
//! The digit generation stands in for David Gay's `_Py_dg_dtoa` in the three modes CPython
//! uses; it relies on Rust's float formatting, which is exact: `{:e}` gives the shortest digit
//! string that round-trips, and `{:.N$e}` / `{:.N$}` give the correctly rounded (ties to even on
//! the exact binary value) N-digit forms.

/// The digits of `|x|` as `_Py_dg_dtoa` returns them: no trailing zeros, and the value is
/// `0.DIGITS * 10**decpt`.
#[derive(Debug, PartialEq, Eq)]
pub(crate) struct Digits {
    pub negative: bool,
    /// ASCII digits, without leading or trailing zeros (except the lone "0" for zero); empty
    /// when a fixed-point rounding came out as zero.
    pub digits: String,
    pub decpt: i64,
}

impl Digits {
    pub fn is_zero(&self) -> bool {
        self.digits.is_empty() || self.digits == "0"
    }
}

/// Splits Rust's `{:e}` output `d.ddde-N` into (digits without trailing zeros, decpt).
fn from_sci(s: &str) -> (String, i64) {
    let (mant, exp) = s.split_once('e').unwrap_or((s, "0"));
    let exp: i64 = exp.parse().unwrap_or(0);
    let mut digits: String = mant.chars().filter(|&c| c != '.').collect();
    while digits.len() > 1 && digits.ends_with('0') {
        digits.pop();
    }
    if digits == "0" {
        return (digits, 1);
    }
    (digits, exp + 1)
}

/// Whether the exact decimal value of `x` (finite, nonzero) has at most 18 significant digits,
/// the precondition for a rounding tie between two shortest (<= 17-digit) candidates.
fn has_short_expansion(x: f64) -> bool {
    let bits = x.to_bits();
    let biased = ((bits >> 52) & 0x7ff) as i32;
    let fraction = bits & ((1u64 << 52) - 1);
    let (mut m, mut e) = if biased == 0 {
        (fraction, -1074)
    } else {
        (fraction | (1u64 << 52), biased - 1075)
    };
    if m == 0 {
        return false;
    }
    let tz = m.trailing_zeros();
    m >>= tz;
    e += tz as i32;
    // x = m * 2**e with m odd.
    let mut v: u128 = if e >= 0 {
        if e > 74 {
            // More than 22 digits; only trailing zeros (factors of 5 in m) could shorten it.
            return m.is_multiple_of(5);
        }
        u128::from(m) << e
    } else {
        // x = m * 5**k / 10**k: the digits of the odd number m * 5**k, at least 19 once k > 25.
        let k = (-e) as u32;
        if k > 25 {
            return false;
        }
        u128::from(m) * 5u128.pow(k)
    };
    while v.is_multiple_of(10) {
        v /= 10;
    }
    v < 10u128.pow(18)
}

/// Mode 0: the shortest digit string that rounds back to `x` (finite); among those, the one
/// nearest to `x`, ties going to the even digit.
///
/// Rust's shortest mode rounds such ties up (`2.67182159423828125` gives `...13`, dtoa gives
/// `...12`). A tie needs two N-digit strings that both round-trip, which can only happen for
/// N >= 16, and an exact value with N+1 significant digits; then the correctly rounded N-digit
/// string (ties to even) is used when it round-trips.
pub(crate) fn shortest(x: f64) -> Digits {
    let ax = x.abs();
    let mut sci = format!("{ax:e}");
    let n = sci
        .bytes()
        .take_while(|&b| b != b'e')
        .filter(u8::is_ascii_digit)
        .count();
    if n >= 16 && has_short_expansion(ax) {
        let nearest = format!("{:.*e}", n - 1, ax);
        if nearest != sci && nearest.parse::<f64>() == Ok(ax) {
            sci = nearest;
        }
    }
    let (digits, decpt) = from_sci(&sci);
    Digits {
        negative: x.is_sign_negative(),
        digits,
        decpt,
    }
}

/// Mode 2: `ndigits` (>= 1) significant digits, correctly rounded (finite `x`).
pub(crate) fn significant(x: f64, ndigits: usize) -> Digits {
    let ndigits = ndigits.max(1);
    let (digits, decpt) = from_sci(&format!("{:.*e}", ndigits - 1, x.abs()));
    Digits {
        negative: x.is_sign_negative(),
        digits,
        decpt,
    }
}

/// Mode 3: rounded to `ndigits` places after the decimal point (finite `x`, `ndigits >= 0`).
pub(crate) fn fixed(x: f64, ndigits: usize) -> Digits {
    let negative = x.is_sign_negative();
    if x == 0.0 {
        return Digits {
            negative,
            digits: "0".into(),
            decpt: 1,
        };
    }
    let s = format!("{:.*}", ndigits, x.abs());
    let (int_part, frac_part) = s.split_once('.').unwrap_or((&s, ""));
    let mut decpt = int_part.len() as i64;
    let all = int_part.bytes().chain(frac_part.bytes());
    let mut digits = String::with_capacity(s.len());
    let mut leading = true;
    for b in all {
        if leading && b == b'0' {
            decpt -= 1;
            continue;
        }
        leading = false;
        digits.push(b as char);
    }
    while digits.ends_with('0') {
        digits.pop();
    }
    if digits.is_empty() {
        // Rounded to zero: dtoa returns no digits and decpt = -ndigits.
        decpt = -(ndigits as i64);
    }
    Digits {
        negative,
        digits,
        decpt,
    }
}

/// Flags of `PyOS_double_to_string`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct DtoaFlags {
    /// `Py_DTSF_SIGN`: always write a sign.
    pub sign: bool,
    /// `Py_DTSF_ADD_DOT_0`: integral results get ".0" (`repr`, `format(x, '')`).
    pub add_dot_0: bool,
    /// `Py_DTSF_ALT`: `#` alternate form (keep the point and trailing zeros).
    pub alt: bool,
    /// `Py_DTSF_NO_NEG_0`: `z`, negative zero (after rounding) prints as positive.
    pub no_neg_0: bool,
}

/// `PyOS_double_to_string(x, code, precision, flags)`. `code` is one of `e E f F g G r`
/// (`r` = repr: shortest digits, `precision` ignored). Infinities and NaNs print as `inf`/`nan`
/// (`INF`/`NAN` for upper-case codes); a NaN's sign is dropped.
pub fn double_to_string(x: f64, code: char, precision: usize, flags: DtoaFlags) -> String {
    let upper = code.is_ascii_uppercase();
    let code = code.to_ascii_lowercase();
    if !x.is_finite() {
        let mut out = String::with_capacity(4);
        let negative = x.is_sign_negative() && !x.is_nan();
        if negative {
            out.push('-');
        } else if flags.sign {
            out.push('+');
        }
        out.push_str(match (x.is_nan(), upper) {
            (true, false) => "nan",
            (true, true) => "NAN",
            (false, false) => "inf",
            (false, true) => "INF",
        });
        return out;
    }
    let mut precision = precision as i64;
    let d = match code {
        'e' => {
            precision += 1;
            significant(x, precision as usize)
        }
        'f' => fixed(x, precision as usize),
        'g' => {
            if precision == 0 {
                precision = 1;
            }
            significant(x, precision as usize)
        }
        _ => shortest(x),
    };
    format_digits(&d, code, precision, flags, upper)
}

/// The layout half of CPython's `format_float_short`.
fn format_digits(d: &Digits, code: char, precision: i64, flags: DtoaFlags, upper: bool) -> String {
    let negative = d.negative && !(flags.no_neg_0 && d.is_zero());
    let digits = d.digits.as_bytes();
    let digits_len = digits.len() as i64;
    let mut decpt = d.decpt;
    let mut use_exp = false;
    let mut vdigits_end = digits_len;
    match code {
        'e' => {
            use_exp = true;
            vdigits_end = precision;
        }
        'f' => vdigits_end = decpt + precision,
        'g' => {
            let limit = if flags.add_dot_0 {
                precision - 1
            } else {
                precision
            };
            if decpt <= -4 || decpt > limit {
                use_exp = true;
            }
            if flags.alt {
                vdigits_end = precision;
            }
        }
        _ => {
            if decpt <= -4 || decpt > 16 {
                use_exp = true;
            }
        }
    }
    let mut exp = 0;
    if use_exp {
        exp = decpt - 1;
        decpt = 1;
    }
    let vdigits_start = if decpt <= 0 { decpt - 1 } else { 0 };
    if !use_exp && flags.add_dot_0 {
        vdigits_end = vdigits_end.max(decpt + 1);
    } else {
        vdigits_end = vdigits_end.max(decpt);
    }

    let mut out: Vec<u8> = Vec::with_capacity((vdigits_end - vdigits_start) as usize + 8);
    if negative {
        out.push(b'-');
    } else if flags.sign {
        out.push(b'+');
    }
    let zeros =
        |out: &mut Vec<u8>, n: i64| out.extend(std::iter::repeat_n(b'0', n.max(0) as usize));
    if decpt <= 0 {
        zeros(&mut out, decpt - vdigits_start);
        out.push(b'.');
        zeros(&mut out, -decpt);
    } else {
        zeros(&mut out, -vdigits_start);
    }
    if 0 < decpt && decpt <= digits_len {
        out.extend_from_slice(&digits[..decpt as usize]);
        out.push(b'.');
        out.extend_from_slice(&digits[decpt as usize..]);
    } else {
        out.extend_from_slice(digits);
    }
    if digits_len < decpt {
        zeros(&mut out, decpt - digits_len);
        out.push(b'.');
        zeros(&mut out, vdigits_end - decpt);
    } else {
        zeros(&mut out, vdigits_end - digits_len);
    }
    if out.last() == Some(&b'.') && !flags.alt {
        out.pop();
    }
    if use_exp {
        out.push(if upper { b'E' } else { b'e' });
        out.push(if exp < 0 { b'-' } else { b'+' });
        let e = exp.unsigned_abs();
        if e < 10 {
            out.push(b'0');
        }
        out.extend_from_slice(e.to_string().as_bytes());
    }
    // Only ASCII bytes were written.
    String::from_utf8(out).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(negative: bool, digits: &str, decpt: i64) -> Digits {
        Digits {
            negative,
            digits: digits.into(),
            decpt,
        }
    }

    #[test]
    fn short_expansions() {
        assert!(has_short_expansion(2.6718215942382812)); // exactly 2.67182159423828125
        assert!(has_short_expansion(0.5));
        assert!(has_short_expansion(1e17));
        assert!(has_short_expansion(1e22)); // 10**22 = 5**22 * 2**22
        assert!(!has_short_expansion(0.1));
        assert!(!has_short_expansion(1.0 / 3.0));
        assert!(!has_short_expansion(2f64.powi(80)));
        assert!(!has_short_expansion(5e-324));
    }

    #[test]
    fn digit_modes() {
        assert_eq!(shortest(0.1), d(false, "1", 0));
        assert_eq!(shortest(-0.0), d(true, "0", 1));
        assert_eq!(shortest(123.456), d(false, "123456", 3));
        assert_eq!(shortest(5e-324), d(false, "5", -323));
        // An exact tie between two 17-digit candidates goes to the even one, as in dtoa.
        assert_eq!(
            shortest(2.6718215942382812),
            d(false, "26718215942382812", 1)
        );
        assert_eq!(
            shortest(-13.878128051757812),
            d(true, "13878128051757812", 2)
        );
        assert_eq!(
            shortest(174529540162240.62),
            d(false, "17452954016224062", 15)
        );
        assert_eq!(significant(2.675, 3), d(false, "267", 1));
        assert_eq!(significant(1000.0, 3), d(false, "1", 4));
        assert_eq!(significant(0.0, 3), d(false, "0", 1));
        assert_eq!(significant(9.99, 2), d(false, "1", 2));
        assert_eq!(fixed(0.125, 2), d(false, "12", 0));
        assert_eq!(fixed(0.001, 2), d(false, "", -2));
        assert_eq!(fixed(-0.001, 2), d(true, "", -2));
        assert_eq!(fixed(0.0, 2), d(false, "0", 1));
        assert_eq!(fixed(1500.0, 0), d(false, "15", 4));
        assert_eq!(fixed(0.05, 1), d(false, "1", 0));
        assert_eq!(fixed(0.0123, 3), d(false, "12", -1));
    }

    fn f(x: f64, code: char, prec: usize) -> String {
        double_to_string(x, code, prec, DtoaFlags::default())
    }

    #[test]
    fn layouts() {
        // Expected values from CPython 3.11 ('%.{prec}{code}' % x).
        let cases: &[(f64, char, usize, &str)] = &[
            (1.5, 'e', 3, "1.500e+00"),
            (0.0, 'e', 0, "0e+00"),
            (1e100, 'e', 2, "1.00e+100"),
            (1.234e-100, 'E', 1, "1.2E-100"),
            (2.675, 'f', 2, "2.67"),
            (0.5, 'f', 0, "0"),
            (1.5, 'f', 0, "2"),
            (-0.001, 'f', 2, "-0.00"),
            (123456.0, 'g', 6, "123456"),
            (1234567.0, 'g', 6, "1.23457e+06"),
            (0.0001, 'g', 6, "0.0001"),
            (0.00001, 'g', 6, "1e-05"),
            (100.0, 'g', 0, "1e+02"),
            (1.0, 'G', 3, "1"),
            (1e-10, 'G', 3, "1E-10"),
            (f64::INFINITY, 'f', 2, "inf"),
            (f64::NEG_INFINITY, 'F', 2, "-INF"),
            (-f64::NAN, 'e', 2, "nan"),
            (f64::NAN, 'G', 2, "NAN"),
        ];
        for &(x, code, prec, want) in cases {
            assert_eq!(f(x, code, prec), want, "{x} {code} {prec}");
        }
    }

    #[test]
    fn flags() {
        let alt = DtoaFlags {
            alt: true,
            ..DtoaFlags::default()
        };
        let sign = DtoaFlags {
            sign: true,
            ..DtoaFlags::default()
        };
        let dot0 = DtoaFlags {
            add_dot_0: true,
            ..DtoaFlags::default()
        };
        let noneg = DtoaFlags {
            no_neg_0: true,
            ..DtoaFlags::default()
        };
        assert_eq!(double_to_string(1.0, 'g', 6, alt), "1.00000");
        assert_eq!(double_to_string(1.0, 'f', 0, alt), "1.");
        assert_eq!(double_to_string(1.0, 'e', 0, alt), "1.e+00");
        assert_eq!(double_to_string(1e20, 'r', 0, alt), "1.e+20");
        assert_eq!(double_to_string(1.0, 'r', 0, sign), "+1");
        assert_eq!(double_to_string(f64::NAN, 'r', 0, sign), "+nan");
        assert_eq!(double_to_string(1.0, 'r', 0, dot0), "1.0");
        assert_eq!(double_to_string(1e16, 'r', 0, dot0), "1e+16");
        assert_eq!(double_to_string(1e14, 'g', 16, dot0), "100000000000000.0");
        assert_eq!(double_to_string(1e15, 'g', 16, dot0), "1e+15");
        assert_eq!(double_to_string(1e16, 'g', 16, dot0), "1e+16");
        assert_eq!(double_to_string(-0.001, 'f', 2, noneg), "0.00");
        assert_eq!(double_to_string(-0.0, 'r', 0, noneg), "0");
        assert_eq!(double_to_string(-0.5, 'f', 0, noneg), "0");
        assert_eq!(double_to_string(-1.5, 'f', 0, noneg), "-2");
    }
}
