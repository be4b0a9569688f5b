//! `repr(complex)` and `format(complex, spec)` (`complex.__repr__` / `complex.__format__`).

use super::dtoa::{double_to_string, DtoaFlags};
use super::number::float_body;
use super::number_layout::{layout_number, pad, split_float_text, NumberLayout, NumberParts};
use super::spec::{Align, FormatError, FormatSpec, Sign};

/// CPython's `complex.__repr__`: `2j`, `(1+2j)`, `(-0-1j)`, `(nan+infj)`. The real part is left
/// out (with the parentheses) only when it is +0.0.
pub fn repr_complex(re: f64, im: f64) -> String {
    if re == 0.0 && re.is_sign_positive() {
        let mut s = double_to_string(im, 'r', 0, DtoaFlags::default());
        s.push('j');
        return s;
    }
    let re_s = double_to_string(re, 'r', 0, DtoaFlags::default());
    let im_s = double_to_string(
        im,
        'r',
        0,
        DtoaFlags {
            sign: true,
            ..DtoaFlags::default()
        },
    );
    format!("({re_s}{im_s}j)")
}

/// Lays out one part (real or imaginary) without padding.
fn part_text(text: &str, sign: Sign, grouping: Option<(usize, char)>) -> String {
    let (negative, unsigned) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text),
    };
    let (digits, has_decimal, remainder) = split_float_text(unsigned);
    layout_number(
        &NumberParts {
            negative,
            prefix: "",
            digits,
            has_decimal,
            remainder,
        },
        &NumberLayout {
            fill: ' ',
            align: Align::Left,
            width: None,
            sign,
            grouping,
        },
    )
}

/// `complex.__format__(value, spec)`. An empty spec gives `repr`.
pub fn format_complex(re: f64, im: f64, spec: &FormatSpec) -> Result<String, FormatError> {
    spec.check_grouping(None)?;
    match spec.ty {
        None | Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n') => {}
        Some(other) => return Err(FormatError::unknown_code(other, "complex")),
    }
    if spec.precision.is_some_and(|p| p > i32::MAX as usize) {
        return Err(FormatError::value("precision too big"));
    }
    if spec.fill == '0' {
        return Err(FormatError::value(
            "Zero padding is not allowed in complex format specifier",
        ));
    }
    let align = spec.align_for(Align::Right);
    if align == Align::AfterSign {
        return Err(FormatError::value(
            "'=' alignment flag is not allowed in complex format specifier",
        ));
    }
    let mut skip_re = false;
    let mut add_parens = false;
    if spec.ty.is_none() {
        if re == 0.0 && re.is_sign_positive() {
            skip_re = true;
        } else {
            add_parens = true;
        }
    }
    let re_text = float_body(re, spec, false)?;
    let im_text = float_body(im, spec, false)?;
    let grouping = if spec.ty == Some('n') {
        None
    } else {
        spec.grouping.map(|s| (3, s))
    };
    let mut body = String::with_capacity(re_text.len() + im_text.len() + 4);
    if add_parens {
        body.push('(');
    }
    if !skip_re {
        body.push_str(&part_text(&re_text, spec.sign, grouping));
    }
    let im_sign = if skip_re { spec.sign } else { Sign::Plus };
    body.push_str(&part_text(&im_text, im_sign, grouping));
    body.push('j');
    if add_parens {
        body.push(')');
    }
    let len = body.chars().count();
    Ok(pad(&body, len, spec.width, align, spec.fill))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::format::spec::parse;

    const NAN: f64 = f64::NAN;
    const INF: f64 = f64::INFINITY;

    #[test]
    fn repr_matches_cpython() {
        // (re, im, repr(complex(re, im))) from CPython 3.11.
        let cases: &[(f64, f64, &str)] = &[
            (1.0, 2.0, "(1+2j)"),
            (0.0, 2.0, "2j"),
            (-0.0, -1.0, "(-0-1j)"),
            (1.5, 0.0, "(1.5+0j)"),
            (1.5, -0.0, "(1.5-0j)"),
            (NAN, INF, "(nan+infj)"),
            (0.0, 0.0, "0j"),
            (0.0, -0.0, "-0j"),
            (-0.0, 0.0, "(-0+0j)"),
            (1e16, 1e-5, "(1e+16+1e-05j)"),
            (0.0, NAN, "nanj"),
            (INF, -INF, "(inf-infj)"),
            (-NAN, -NAN, "(nan+nanj)"),
            (0.1, 0.2, "(0.1+0.2j)"),
            (123456789.0, 1.0, "(123456789+1j)"),
        ];
        for &(re, im, want) in cases {
            assert_eq!(repr_complex(re, im), want, "{re} {im}");
        }
    }

    fn f(re: f64, im: f64, spec: &str) -> Result<String, String> {
        let spec = parse(spec, "complex").map_err(|e| e.msg)?;
        format_complex(re, im, &spec).map_err(|e| e.msg)
    }

    #[test]
    fn format_matches_cpython() {
        // (re, im, spec, format(complex(re, im), spec)) from CPython 3.11.
        let cases: &[(f64, f64, &str, Result<&str, &str>)] = &[
            (1.0, 2.0, "", Ok("(1+2j)")),
            (1.0, 2.0, "10", Ok("    (1+2j)")),
            (1.0, 2.0, "<10", Ok("(1+2j)    ")),
            (1.0, 2.0, "*^11", Ok("**(1+2j)***")),
            (0.0, 1.0, "+", Ok("+1j")),
            (0.0, 1.0, "", Ok("1j")),
            (-0.0, 1.0, "", Ok("(-0+1j)")),
            (0.0, 1.0, ".3", Ok("1j")),
            (0.0, 1.0, "g", Ok("0+1j")),
            (1.5, 2.0, "^20.2f", Ok("     1.50+2.00j     ")),
            (1.5, -2.25, "e", Ok("1.500000e+00-2.250000e+00j")),
            (1.5, -2.25, "+.1f", Ok("+1.5-2.2j")),
            (1.5, -2.25, " .1f", Ok(" 1.5-2.2j")),
            (1234.5, 6789.25, ",", Ok("(1,234.5+6,789.25j)")),
            (1234.5, 6789.25, "_.1f", Ok("1_234.5+6_789.2j")),
            (1234.5, 6789.25, "n", Ok("1234.5+6789.25j")),
            (1.0, 2.0, "#", Ok("(1.+2.j)")),
            (1.0, 2.0, "#g", Ok("1.00000+2.00000j")),
            (-0.0, -0.0, "z", Ok("(0+0j)")),
            (-0.0, -0.0, "z.1f", Ok("0.0+0.0j")),
            (1e20, 1e-20, "", Ok("(1e+20+1e-20j)")),
            (1e20, 1e-20, ".3", Ok("(1e+20+1e-20j)")),
            (123.456, 1.0, ".2", Ok("(1.2e+02+1j)")),
            (NAN, INF, "", Ok("(nan+infj)")),
            (NAN, -INF, "F", Ok("NAN-INFj")),
            (NAN, INF, "+", Ok("(+nan+infj)")),
            (1.0, 2.0, "E", Ok("1.000000E+00+2.000000E+00j")),
            (1.0, 2.0, "G", Ok("1+2j")),
            (
                1.0,
                2.0,
                "%",
                Err("Unknown format code '%' for object of type 'complex'"),
            ),
            (
                1.0,
                2.0,
                "d",
                Err("Unknown format code 'd' for object of type 'complex'"),
            ),
            (
                1.0,
                2.0,
                "05",
                Err("Zero padding is not allowed in complex format specifier"),
            ),
            (
                1.0,
                2.0,
                "0<5",
                Err("Zero padding is not allowed in complex format specifier"),
            ),
            (
                1.0,
                2.0,
                "=5",
                Err("'=' alignment flag is not allowed in complex format specifier"),
            ),
            (1.0, 2.0, ",c", Err("Cannot specify ',' with 'c'.")),
            (
                1.0,
                2.0,
                "abc",
                Err("Invalid format specifier 'abc' for object of type 'complex'"),
            ),
        ];
        for &(re, im, spec, want) in cases {
            assert_eq!(
                f(re, im, spec).as_deref().map_err(|e| e.as_str()),
                want,
                "{re} {im} {spec:?}"
            );
        }
    }
}
