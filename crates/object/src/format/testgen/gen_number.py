#!/usr/bin/env python3
"""Regenerates ../number_tests.rs from CPython 3.11 (run with python3 = CPython 3.11, then rustfmt)."""
import os
import math, random, struct
random.seed(1234)

def rs_str(s):
    out = []
    for ch in s:
        o = ord(ch)
        if ch == '"': out.append('\\"')
        elif ch == '\\': out.append('\\\\')
        elif 32 <= o < 127: out.append(ch)
        else: out.append('\\u{%x}' % o)
    return '"' + ''.join(out) + '"'

def rs_f64(x):
    if math.isnan(x): return '-f64::NAN' if math.copysign(1,x) < 0 else 'f64::NAN'
    if math.isinf(x): return 'f64::INFINITY' if x > 0 else 'f64::NEG_INFINITY'
    r = repr(x)
    if 'e' not in r and '.' not in r: r += '.0'
    if r.startswith('-'): return r
    return r

def res(f):
    try:
        return 'Ok(%s)' % rs_str(f())
    except (ValueError, OverflowError) as e:
        return 'Err(%s)' % rs_str(str(e))

int_values = [0, 1, -1, 7, -7, 42, 255, -255, 1234, -1234, 1234567, -1234567, 65, 0x10ffff, 0x110000,
              2**31, -2**31, 2**63-1, -2**63, 1000000, 999, 10**15, 12345678901]
big_values = [2**64, -2**64, 10**30 + 7, -(10**40) - 123456789, 2**100 - 1, 10**400]
int_specs = ['', 'd', 'b', 'o', 'x', 'X', 'n', 'c', '#b', '#o', '#x', '#X', '#d', '+d', ' d', '-d',
             ',', '_', ',d', '_d', '_b', '_o', '_x', '_X', '#_b', '#_x', '#012_x', '#012_X', '010', '010,', '011,',
             '0=10_', '+010', '-010', ' 010', '<10', '>10', '^10', '=10', '*^11', '0<8', 'x<05', '<05',
             '+#010x', '#010b', '10,', '^+10,', 'e', 'E', 'f', '.2f', 'g', '.3g', '%', '.1%', ',.2f', '015,.3f',
             '.2', 'z', '+c', '#c', '10c', '<5c', ',c', 'y', '\u0665', '\u0661\u0660,', '2,', '#n', '08n',
             '_n', 'abc', ',_', '.', '#_o', '^#15_b', '=+#12x', '\u00e9>6', ' ,', '+_', '#', '0', '00', '1',
             '#10o', '-#10X', 'G', '#e', '.0e', '.0f', '#.0f', ',%', '_g', '15,g']

lines_int = []
int_key = {0, -1234567, 255, 65, -(10**40) - 123456789}
for v in int_values + big_values:
    for s in (int_specs if v in int_key else random.sample(int_specs, 10)):
        lines_int.append('        (%s, %s, %s),' % (rs_str(str(v)), rs_str(s), res(lambda: format(v, s))))

# floats
float_values = [0.0, -0.0, 1.0, -1.0, 1.5, -1.5, 2.5, 0.5, 0.125, 0.375, 2.675, 1.005, 0.1, 1/3, 2/3,
                1234.5, -1234.5, 1234567.891, 1e16, 1e15, 1e-5, 1e-4, 123456789.0, 1e22, 1e100, 1e300,
                -1e-300, 5e-324, 1.7976931348623157e308, 3.14159, 100.0, 0.0001234, 9.999999, 99.99,
                9.5, 10.5, 0.05, 0.15, 0.25, 0.35, 1e-7, 12345.678, 1e21, 1e-320, 999999.5, 0.000999,
                float('inf'), float('-inf'), float('nan'), -float('nan')]
float_specs = ['', 'e', 'E', 'f', 'F', 'g', 'G', 'n', '%', '.0', '.1', '.2', '.3', '.6', '.10', '.16', '.17', '.20',
               '.0e', '.1e', '.3e', '.10e', '.0f', '.1f', '.2f', '.3f', '.10f', '.0g', '.1g', '.2g', '.5g', '.17g',
               '.0%', '.1%', '#', '#.0', '#.3', '#e', '#.0e', '#f', '#.0f', '#g', '#.3g', '#.0g', '#G', '#%',
               '+', '-', ' ', '+f', ' e', '+.2g', 'z', 'z.1f', 'z.0f', 'z.2e', 'z.3g', '+z.1f', 'z%',
               ',', '_', ',.2f', '_.3f', ',e', ',g', ',.1%', ',%', '015,.2f', '012_.1f', '0=12,', '010', '010.2f',
               '-010.2f', '+010.3e', ' 010g', '<12', '>12', '^12', '=12', '*^13.3f', '0<12', '^+012.2f',
               'x=+12.1f', '20', '.3n', 'n', '08n', '10.4', '\u00e9^9.2f', 'd', 'x', 'c', ',n', '_n', '.', 'abc',
               ',_', '.2147483648f', '#10.0e', '.0n', '.1n', 'zn', '#n', '#.0%']
lines_float = []
float_key = [-0.0, 1.5, -1234.5, 2.675, 1e16, float('inf')]
for v in float_values:
    is_key = any(v is k or (v == k and math.copysign(1, v) == math.copysign(1, k)) for k in float_key) or (math.isnan(v) and math.copysign(1, v) > 0)
    for s in (float_specs if is_key else random.sample(float_specs, 10)):
        lines_float.append('        (%s, %s, %s),' % (rs_f64(v), rs_str(s), res(lambda: format(v, s))))

# big precisions / exact expansions
extra = []
for v, s in [(1e300, 'f'), (1e300, '.0f'), (5e-324, '.400f'), (5e-324, '.760e'), (0.1, '.60f'), (0.1, '.55e'),
             (2**-1074, '.1100f'), (1/3, '.100g'), (1.7976931348623157e308, ',.0f'), (123.456, '.30g'),
             (1e23, 'f'), (8.5, '.0f'), (9.5, '.0f'), (0.5, '.0e'), (2.5e-5, '.0e'), (1.25, '.1f'),
             (1.35, '.1f'), (1e-10, ',.12f'), (1234567.0, ',.3e'), (1e20, ',.0f')]:
    extra.append('        (%s, %s, %s),' % (rs_f64(v), rs_str(s), res(lambda: format(v, s))))

# random round-trip: g with random precision on random doubles
rand_lines = []
for i in range(150):
    bits = random.getrandbits(64)
    x = struct.unpack('<d', struct.pack('<Q', bits))[0]
    if not math.isfinite(x): continue
    if i % 3 == 0:
        x = random.uniform(-1e6, 1e6)
    if i % 5 == 0:
        x = round(random.uniform(-1000, 1000), random.randint(0, 4))
    s = random.choice(['.%de' % random.randint(0, 20), '.%df' % random.randint(0, 25),
                       '.%dg' % random.randint(0, 20), '', '.%d' % random.randint(0, 18), ',.%df' % random.randint(0, 5)])
    if 'f' in s and abs(x) > 1e30: s = '.5e'
    rand_lines.append('        (%s, %s, %s),' % (rs_f64(x), rs_str(s), res(lambda: format(x, s))))

out = []
out.append('''//! Tests for `number.rs`: expected values produced by CPython 3.11
//! (`format(value, spec)`), generated by a script and pasted here.
#![allow(clippy::approx_constant)] // test data such as 3.14159

use num_bigint::BigInt;

use super::*;
use crate::format::spec::parse;

fn fmt_int(v: &str, spec: &str) -> Result<String, String> {
    let v: BigInt = v.parse().unwrap();
    let spec = parse(spec, "int").map_err(|e| e.msg)?;
    let big = format_int(&v, &spec).map_err(|e| e.msg);
    if let Ok(small) = i64::try_from(&v) {
        assert_eq!(format_i64(small, &spec).map_err(|e| e.msg), big, "i64 path {v}");
    }
    big
}

fn fmt_float(v: f64, spec: &str) -> Result<String, String> {
    let spec = parse(spec, "float").map_err(|e| e.msg)?;
    format_float(v, &spec).map_err(|e| e.msg)
}

type IntCase = (&'static str, &'static str, Result<&'static str, &'static str>);
type FloatCase = (f64, &'static str, Result<&'static str, &'static str>);

fn check_ints(cases: &[IntCase]) {
    let mut bad = Vec::new();
    for &(v, spec, want) in cases {
        let got = fmt_int(v, spec);
        if got.as_deref().map_err(|e| e.as_str()) != want {
            bad.push(format!("format({v}, {spec:?}) = {got:?}, want {want:?}"));
        }
    }
    assert!(bad.is_empty(), "{} mismatches:\\n{}", bad.len(), bad.join("\\n"));
}

fn check_floats(cases: &[FloatCase]) {
    let mut bad = Vec::new();
    for &(v, spec, want) in cases {
        let got = fmt_float(v, spec);
        if got.as_deref().map_err(|e| e.as_str()) != want {
            bad.push(format!("format({v:e}, {spec:?}) = {got:?}, want {want:?}"));
        }
    }
    assert!(bad.is_empty(), "{} mismatches:\\n{}", bad.len(), bad.join("\\n"));
}
''')
def table(name, typ, lines):
    out.append('\n#[rustfmt::skip]\nconst %s: &[%s] = &[\n%s\n];\n' % (name, typ, '\n'.join(lines)))
table('INT_CASES', 'IntCase', lines_int)
table('FLOAT_CASES', 'FloatCase', lines_float)
table('FLOAT_EXACT_CASES', 'FloatCase', extra)
table('FLOAT_RANDOM_CASES', 'FloatCase', rand_lines)
out.append('''
#[test]
fn ints_match_cpython() {
    check_ints(INT_CASES);
}

#[test]
fn floats_match_cpython() {
    check_floats(FLOAT_CASES);
}

#[test]
fn float_exact_expansions_match_cpython() {
    check_floats(FLOAT_EXACT_CASES);
}

#[test]
fn random_floats_match_cpython() {
    check_floats(FLOAT_RANDOM_CASES);
}

#[test]
fn type_name_of_subclass() {
    let spec = parse("y", "bool").unwrap();
    let err = format_int(&BigInt::from(1), &spec).unwrap_err();
    assert_eq!(err.kind, crate::format::ErrorKind::ValueError);
    assert_eq!(
        err.with_type_name("bool").msg,
        "Unknown format code 'y' for object of type 'bool'"
    );
}

#[test]
fn error_kinds() {
    use crate::format::ErrorKind;
    let big: BigInt = BigInt::from(10).pow(400);
    let e = format_int(&big, &parse("e", "int").unwrap()).unwrap_err();
    assert_eq!(e.kind, ErrorKind::OverflowError);
    let e = format_i64(-1, &parse("c", "int").unwrap()).unwrap_err();
    assert_eq!(e.kind, ErrorKind::OverflowError);
    let e = format_float(1.0, &parse("d", "float").unwrap()).unwrap_err();
    assert_eq!(e.kind, ErrorKind::ValueError);
}
''')
open(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'number_tests.rs'), 'w').write(''.join(out))
print(len(lines_int), len(lines_float), len(extra), len(rand_lines))
