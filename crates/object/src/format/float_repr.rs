//! `repr(float)` / `str(float)`: the shortest digit string that round-trips, in positional
//! notation for exponents -4 <= e < 16 and scientific notation otherwise.

use super::dtoa::{double_to_string, DtoaFlags};

/// CPython's `float.__repr__` (also `float.__str__`).
pub fn repr_float(x: f64) -> String {
    double_to_string(
        x,
        'r',
        0,
        DtoaFlags {
            add_dot_0: true,
            ..DtoaFlags::default()
        },
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn special_values() {
        assert_eq!(repr_float(f64::INFINITY), "inf");
        assert_eq!(repr_float(f64::NEG_INFINITY), "-inf");
        assert_eq!(repr_float(f64::NAN), "nan");
        assert_eq!(repr_float(-f64::NAN), "nan");
        assert_eq!(repr_float(0.0), "0.0");
        assert_eq!(repr_float(-0.0), "-0.0");
    }

    #[test]
    fn matches_cpython() {
        // (value, repr(value)) from CPython 3.11.
        let cases: &[(f64, &str)] = &[
            (1e16, "1e+16"),
            (1e-05, "1e-05"),
            (1.5e300, "1.5e+300"),
            (123456789.0, "123456789.0"),
            (0.1, "0.1"),
            (5e-324, "5e-324"),
            (1e22, "1e+22"),
            (100.0, "100.0"),
            (2.5, "2.5"),
            (0.0001, "0.0001"),
            (0.00012345, "0.00012345"),
            (1e-4, "0.0001"),
            (9.999e-5, "9.999e-05"),
            (1234567890123456.0, "1234567890123456.0"),
            (9999999999999998.0, "9999999999999998.0"),
            (12345678901234567.0, "1.2345678901234568e+16"),
            (20000000000000008.0, "2.000000000000001e+16"),
            (0.30000000000000004, "0.30000000000000004"),
            (1.7976931348623157e308, "1.7976931348623157e+308"),
            (2.2250738585072014e-308, "2.2250738585072014e-308"),
            (-1.5, "-1.5"),
            (1.0 / 3.0, "0.3333333333333333"),
            (2.0 / 3.0, "0.6666666666666666"),
            (123.456, "123.456"),
            (-123.456e-10, "-1.23456e-08"),
            (1e100, "1e+100"),
            (1.1e-100, "1.1e-100"),
            (4.35, "4.35"),
            (1e15, "1000000000000000.0"),
            (3.14159e5, "314159.0"),
            (9007199254740993.0, "9007199254740992.0"),
            (0.1 + 0.7, "0.7999999999999999"),
            (1e23, "1e+23"),
            (8.41e21, "8.41e+21"),
            (5e-310, "5e-310"),
            (2.5e-322, "2.5e-322"),
        ];
        for &(x, want) in cases {
            assert_eq!(repr_float(x), want, "{x:e}");
        }
    }
}
