//! `round()` for floats and ints, as CPython does it: correctly rounded on the exact value, ties
//! to even (`round(2.675, 2) == 2.67` because 2.675 is really 2.67499999...).

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{FromPrimitive, Signed, Zero};

use super::spec::FormatError;

/// `round(x, ndigits)` for a float (`float.__round__` with an `ndigits` argument already clipped
/// to an `i64`, as CPython clips it to `Py_ssize_t`). Infinities and NaNs round to themselves;
/// an OverflowError when the rounded value is too large for a float.
pub fn round_float(x: f64, ndigits: i64) -> Result<f64, FormatError> {
    // Beyond these limits x is already exact / rounds to zero (CPython's NDIGITS_MAX/MIN).
    const NDIGITS_MAX: i64 = 323;
    const NDIGITS_MIN: i64 = -308;
    if !x.is_finite() || ndigits > NDIGITS_MAX {
        return Ok(x);
    }
    if ndigits < NDIGITS_MIN {
        return Ok(0.0 * x);
    }
    let text = if ndigits >= 0 {
        // Exact and correctly rounded (ties to even), like dtoa's mode 3.
        format!("{:.*}", ndigits as usize, x)
    } else {
        round_to_tens(x, (-ndigits) as u32)
    };
    let rounded: f64 = text.parse().unwrap_or(f64::NAN);
    if rounded.is_infinite() {
        return Err(FormatError::overflow(
            "rounded value too large to represent",
        ));
    }
    Ok(rounded)
}

/// `x` (finite) rounded to a multiple of `10**k` (k >= 1), as decimal text "QeK".
fn round_to_tens(x: f64, k: u32) -> String {
    let int_part = x.trunc();
    let frac_nonzero = x != int_part;
    let t = BigInt::from_f64(int_part.abs()).unwrap_or_default();
    let pow = BigInt::from(10u32).pow(k);
    let (mut q, r) = t.div_rem(&pow);
    let twice_r: BigInt = r * 2u32;
    let round_up = twice_r > pow || (twice_r == pow && (frac_nonzero || q.is_odd()));
    if round_up {
        q += 1u32;
    }
    let sign = if x.is_sign_negative() { "-" } else { "" };
    format!("{sign}{q}e{k}")
}

/// `round(x)` with no `ndigits`: the nearest integral value, ties to even. The VM converts it to
/// an int (raising for infinities and NaNs, which pass through here).
pub fn round_half_even_int(x: f64) -> f64 {
    x.round_ties_even()
}

/// `round(v, ndigits)` for an int: unchanged for `ndigits >= 0`, else rounded to a multiple of
/// `10**-ndigits`, ties to even.
pub fn round_bigint(v: &BigInt, ndigits: i64) -> BigInt {
    if ndigits >= 0 || v.is_zero() {
        return v.clone();
    }
    let k = ndigits.unsigned_abs();
    // |v| < 10**digits(v) <= 10**(k-1) < 10**k / 2 once k exceeds v's digit count.
    let max_digits = (v.bits() as f64 * std::f64::consts::LOG10_2) as u64 + 2;
    if k > max_digits {
        return BigInt::zero();
    }
    let pow = BigInt::from(10u32).pow(k as u32);
    let (mut q, r) = v.div_mod_floor(&pow);
    let twice_r: BigInt = r * 2u32;
    if twice_r > pow || (twice_r == pow && q.is_odd()) {
        q += 1u32;
    }
    let out = q * pow;
    debug_assert!(out.abs() <= v.abs() * 2 + 10u32);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn floats_match_cpython() {
        // (x, ndigits, round(x, ndigits)) from CPython 3.11.
        let cases: &[(f64, i64, f64)] = &[
            (2.675, 2, 2.67),
            (0.5, 0, 0.0),
            (1.5, 0, 2.0),
            (2.5, 0, 2.0),
            (-2.5, 0, -2.0),
            (-0.5, 0, -0.0),
            (0.125, 2, 0.12),
            (0.375, 2, 0.38),
            (1234.5678, -2, 1200.0),
            (1250.0, -2, 1200.0),
            (1350.0, -2, 1400.0),
            (1250.0000000002, -2, 1300.0),
            (-1250.0, -2, -1200.0),
            (-49.0, -2, -0.0),
            (49.0, -2, 0.0),
            (50.0, -2, 0.0),
            (150.0, -2, 200.0),
            (5.0, -1, 0.0),
            (15.0, -1, 20.0),
            (1.005, 2, 1.0),
            (0.1 + 0.2, 15, 0.3),
            (1e300, -300, 1e300),
            (1.5e300, -300, 2e300),
            (2.5e300, -300, 3e300),
            (5e-324, 323, 0.0),
            (5e-324, 324, 5e-324),
            (1e-300, 300, 1e-300),
            (123.456, 1, 123.5),
            (123.456, 10, 123.456),
            (123.456, 400, 123.456),
            (123.456, -400, 0.0),
            (-123.456, -400, -0.0),
            (0.0, 2, 0.0),
            (-0.0, 2, -0.0),
            (-0.001, 2, -0.0),
            (1.7976931348623157e308, -300, 1.79769313e308),
            (4.5, 0, 4.0),
            (5.5, 0, 6.0),
            (0.285, 2, 0.28),
            (0.045, 2, 0.04),
            (1e16 + 2.0, -1, 1e16),
            (123456789012345.67, -5, 123456789000000.0),
            (9.995, 2, 9.99),
            (-9.995, 2, -9.99),
            (2.5e-5, 5, 3e-5),
            (1e22, -22, 1e22),
            (5e22, -23, 0.0),
            (6e22, -23, 1e23),
        ];
        for &(x, n, want) in cases {
            let got = round_float(x, n).unwrap();
            assert_eq!(
                got.to_bits(),
                want.to_bits(),
                "round({x}, {n}) = {got}, want {want}"
            );
        }
    }

    #[test]
    fn special_values() {
        assert!(round_float(f64::NAN, 2).unwrap().is_nan());
        assert_eq!(round_float(f64::INFINITY, -2).unwrap(), f64::INFINITY);
        assert_eq!(
            round_float(f64::NEG_INFINITY, 2).unwrap(),
            f64::NEG_INFINITY
        );
        let e = round_float(1.7976931348623157e308, -308).unwrap_err();
        assert_eq!(e.kind, crate::format::ErrorKind::OverflowError);
        assert_eq!(e.msg, "rounded value too large to represent");
        assert_eq!(round_float(1e308, i64::MIN).unwrap(), 0.0);
        assert_eq!(round_float(1e308, i64::MAX).unwrap(), 1e308);
    }

    #[test]
    fn half_even_int() {
        let cases: &[(f64, f64)] = &[
            (0.5, 0.0),
            (1.5, 2.0),
            (2.5, 2.0),
            (-0.5, -0.0),
            (-1.5, -2.0),
            (2.4999999999999996, 2.0),
            (4503599627370497.0, 4503599627370497.0),
            (0.49999999999999994, 0.0),
            (1e300, 1e300),
        ];
        for &(x, want) in cases {
            assert_eq!(
                round_half_even_int(x).to_bits(),
                want.to_bits(),
                "round({x})"
            );
        }
    }

    #[test]
    fn ints_match_cpython() {
        // (v, ndigits, round(v, ndigits)) from CPython 3.11.
        let cases: &[(&str, i64, &str)] = &[
            ("15", -1, "20"),
            ("25", -1, "20"),
            ("-15", -1, "-20"),
            ("-25", -1, "-20"),
            ("1234", -2, "1200"),
            ("1250", -2, "1200"),
            ("1251", -2, "1300"),
            ("1350", -2, "1400"),
            ("-1350", -2, "-1400"),
            ("1234", 2, "1234"),
            ("1234", 0, "1234"),
            ("5", -1, "0"),
            ("6", -1, "10"),
            ("49", -2, "0"),
            ("50", -2, "0"),
            ("51", -2, "100"),
            ("150", -2, "200"),
            ("999", -3, "1000"),
            ("999", -4, "0"),
            ("0", -5, "0"),
            (
                "123456789012345678901234567890",
                -10,
                "123456789012345678900000000000",
            ),
            (
                "-123456789012345678905000000000",
                -10,
                "-123456789012345678900000000000",
            ),
            ("5", -1000000000000, "0"),
        ];
        for &(v, n, want) in cases {
            let v: BigInt = v.parse().unwrap();
            assert_eq!(round_bigint(&v, n).to_string(), want, "round({v}, {n})");
        }
    }
}
