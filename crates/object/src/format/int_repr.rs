//! Integer text in a radix: `hex()`, `oct()`, `bin()` (with prefix) and plain radix digits.
//! Decimal `str(int)` is num-bigint's `to_string`.

use num_bigint::{BigInt, Sign};

/// `v` in `radix` (2..=36, lower-case digits), with a '-' for negatives. With `prefix`, the
/// Python prefix for radix 2/8/16 follows the sign: `hex(-31) == "-0x1f"`.
pub fn to_radix_string(v: &BigInt, radix: u32, prefix: bool) -> String {
    let digits = v.magnitude().to_str_radix(radix);
    let pre = match (prefix, radix) {
        (true, 2) => "0b",
        (true, 8) => "0o",
        (true, 16) => "0x",
        _ => "",
    };
    let neg = v.sign() == Sign::Minus;
    let mut out = String::with_capacity(digits.len() + pre.len() + neg as usize);
    if neg {
        out.push('-');
    }
    out.push_str(pre);
    out.push_str(&digits);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn matches_cpython() {
        // (v, hex(v), oct(v), bin(v)) from CPython 3.11.
        let cases: &[(&str, &str, &str, &str)] = &[
            ("0", "0x0", "0o0", "0b0"),
            ("31", "0x1f", "0o37", "0b11111"),
            ("-31", "-0x1f", "-0o37", "-0b11111"),
            ("255", "0xff", "0o377", "0b11111111"),
            (
                "18446744073709551616",
                "0x10000000000000000",
                "0o2000000000000000000000",
                "0b10000000000000000000000000000000000000000000000000000000000000000",
            ),
            (
                "-9223372036854775808",
                "-0x8000000000000000",
                "-0o1000000000000000000000",
                "-0b1000000000000000000000000000000000000000000000000000000000000000",
            ),
        ];
        for &(v, h, o, b) in cases {
            let v: BigInt = v.parse().unwrap();
            assert_eq!(to_radix_string(&v, 16, true), h);
            assert_eq!(to_radix_string(&v, 8, true), o);
            assert_eq!(to_radix_string(&v, 2, true), b);
        }
        let v: BigInt = "-1295".parse().unwrap();
        assert_eq!(to_radix_string(&v, 36, true), "-zz");
        assert_eq!(to_radix_string(&v, 16, false), "-50f");
    }
}
