#!/usr/bin/env python3
"""Regenerates ../percent_tests.rs from CPython 3.11 (run with python3 = CPython 3.11, then rustfmt)."""
import os
import random, math
random.seed(99)
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
    if math.isnan(x): return 'f64::NAN'
    if math.isinf(x): return 'f64::INFINITY' if x > 0 else 'f64::NEG_INFINITY'
    r = repr(x)
    if 'e' not in r and '.' not in r: r += '.0'
    return r

flagsets = ['', '-', '+', ' ', '#', '0', '-0', '+0', ' 0', '#0', '+#', '-#', '+ ', '-+0#']
widths = ['', '1', '5', '12']
precs = ['', '.', '.0', '.3', '.8']
int_vals = [0, 7, -7, 255, -255, 123456, -123456, 2**70, -2**70]
float_vals = [0.0, -0.0, 1.5, -1.5, 2.675, 1234.5678, 1e-5, 1e16, 1e100, -1e-100, 0.5, float('inf'), float('-inf'), float('nan')]
lines = []
def add(spec, kind, val, text_in=None):
    fmt = '%' + spec
    res = fmt % (val,)
    if kind == 'int':
        lines.append('        (%s, Val::Int(%s), %s),' % (rs_str(spec), rs_str(str(val)), rs_str(res)))
    elif kind == 'float':
        lines.append('        (%s, Val::Float(%s), %s),' % (rs_str(spec), rs_f64(val), rs_str(res)))
    else:
        lines.append('        (%s, Val::Text(%s), %s),' % (rs_str(spec), rs_str(text_in), rs_str(res)))

for conv in 'dixXo':
    for v in int_vals:
        for _ in range(6):
            spec = random.choice(flagsets) + random.choice(widths) + random.choice(precs) + conv
            add(spec, 'int', v)
for conv in 'eEfFgG':
    for v in float_vals:
        for _ in range(6):
            spec = random.choice(flagsets) + random.choice(widths) + random.choice(precs) + conv
            add(spec, 'float', v)
for conv in 'sra':
    for v in ['abc', 'h\u00e9llo', '', 'x' * 10, '\u20ac']:
        for _ in range(4):
            spec = random.choice(flagsets) + random.choice(widths) + random.choice(precs) + conv
            res = ('%' + spec) % (v,)
            text = {'s': str, 'r': repr, 'a': ascii}[conv](v)
            lines.append('        (%s, Val::Text(%s), %s),' % (rs_str(spec), rs_str(text), rs_str(res)))
for v in [65, 0x20ac, 0x1f600]:
    for spec in ['c', '5c', '-5c', '05c', '.0c', '+c']:
        res = ('%' + spec) % (v,)
        lines.append('        (%s, Val::Text(%s), %s),' % (rs_str(spec), rs_str(chr(v)), rs_str(res)))
# explicit edge cases
for spec, v in [('+#10x', 255), ('#010x', 255), ('#010X', -255), ('.5d', -3), ('#.5x', 3), ('-05d', 3), ('0-8d', 5),
                ('#o', 0), ('#x', 0), ('#5.3o', -8), ('+.0d', 0), (' 08.3d', 5), ('ld', 1), ('hd', 2), ('Lx', 255), ('u', -5)]:
    add(spec, 'int', v)
for spec, v in [('#g', 1.0), ('g', 1e-5), ('#.0f', 1.0), ('e', 0.0), ('10.3e', -1.5), ('010.3f', -1.5), ('-10.3f', -1.5),
                ('+.2f', 0.0), ('#.0e', 12345.0), ('#.3g', 100.0), ('.0g', 123.0), ('010f', float('-inf')), ('+08.2F', float('nan')),
                ('.2f', 2.675), ('.2f', 0.125), ('.1f', 0.25), ('f', 1e300), ('.60f', 0.1), ('g', 123456789.0), ('.20g', 0.1),
                ('Lf', 3.0)]:
    add(spec, 'float', v)

# parse tests
parse_cases = ['abc', '%d', '%%', 'a%%b', '%5.2f', '%(name)s', '%(a(b)c)d', '%-+ #0*.*d', '%ld', '%.f', '%-*s',
               '%s and %r', 'h\u00e9%s\u00e9', '', '%(a)', '%(a', '%', 'abc%', '%5', '%.', '%*', '%.*', '%l', '%(a)-',
               '%y', '%5%', '%\u0100', '\u00e9\u00e9%y', '%(a)(b)s', '%' + '9' * 25 + 'd', '%.' + '9' * 12 + 'f', '%#', '%x%X%o%c%a']
def py_pieces(fmt):
    # A reference parser in Python following the CPython algorithm.
    out = []; i = 0; n = len(fmt)
    while i < n:
        if fmt[i] != '%':
            j = fmt.find('%', i)
            if j < 0: j = n
            out.append('L' + repr(fmt[i:j])); i = j; continue
        i += 1
        if i < n and fmt[i] == '%':
            out.append("L'%'"); i += 1; continue
        key = None
        if i < n and fmt[i] == '(':
            i += 1; start = i; depth = 1
            while depth:
                if i >= n: return out, 'incomplete format key'
                c = fmt[i]; i += 1
                if c == ')': depth -= 1
                elif c == '(': depth += 1
            key = fmt[start:i-1]
        flags = ''
        def nxt():
            nonlocal i
            if i >= n: raise EOFError
            c = fmt[i]; i += 1; return c
        try:
            while True:
                c = nxt()
                if c in '-+ #0': flags += c; continue
                break
            width = None; prec = None
            if c == '*': width = '*'; c = nxt()
            elif c.isdigit() and c < '\x80':
                w = int(c)
                while True:
                    c = nxt()
                    if not ('0' <= c <= '9'): break
                    if w > (2**63 - 1 - int(c)) // 10: return out, 'width too big'
                    w = w * 10 + int(c)
                width = w
            if c == '.':
                prec = 0; c = nxt()
                if c == '*': prec = '*'; c = nxt()
                elif '0' <= c <= '9':
                    p = int(c)
                    while True:
                        c = nxt()
                        if not ('0' <= c <= '9'): break
                        if p > (2**31 - 1 - int(c)) // 10: return out, 'precision too big'
                        p = p * 10 + int(c)
                    prec = p
            if c in 'hlL': c = nxt()
        except EOFError:
            return out, 'incomplete format'
        out.append('C(%r,%r,%r,%r,%r,%d)' % (key, ''.join(sorted(set(flags))), width, prec, c, i - 1))
    return out, None
parse_lines = []
for fmt in parse_cases:
    pieces, err = py_pieces(fmt)
    # Verify the error (if any) and the unsupported-char error against CPython itself.
    class M(dict):
        def __missing__(self, k): return 1
    try:
        fmt % (M() if '(' in fmt else (5,) * 10)
        cp = None
    except (ValueError, TypeError) as e:
        cp = str(e)
    if err is not None:
        assert cp == err, (fmt, cp, err)
    parse_lines.append('        (%s, &[%s], %s),' % (rs_str(fmt), ', '.join(rs_str(p) for p in pieces),
                                                  'None' if err is None else 'Some(%s)' % rs_str(err)))

unsupported = []
for fmt in ['%y', '%5%', '%\u0100', '\u00e9\u00e9%y', '%(a)(b)s', '%d %y', '%\x7f', '%\x1f']:
    try:
        fmt % (1, 1)
    except ValueError as e:
        unsupported.append('        (%s, %s),' % (rs_str(fmt), rs_str(str(e))))
    except TypeError:
        class M(dict):
            def __missing__(self, k): return 1
        try: fmt % M()
        except ValueError as e: unsupported.append('        (%s, %s),' % (rs_str(fmt), rs_str(str(e))))


def rs_val(v):
    if isinstance(v, bool): raise TypeError
    if isinstance(v, int): return 'V::I(%d)' % v
    if isinstance(v, float): return 'V::F(%s)' % rs_f64(v)
    return 'V::S(%s)' % rs_str(v)
whole = [
    ('%s + %s = %d', (1, 2.5, 3)), ('%5.1f%%', (99.44,)), ('%-6s|%6s|', ('ab', 'cd')), ('%r', ('x',)),
    ('%c%c', (72, 'i')), ('%x %X %o', (255, 255, 8)), ('%d', (3.99,)), ('%i', (-2.5,)), ('%e', (12,)),
    ('%(a)s-%(b)05.1f', {'a': 'k', 'b': 2.25}), ('%(a)s %(a)r', {'a': 'q'}), ('%*d|%-*d|', (4, 7, 4, 7)),
    ('%.*f', (2, 3.14159)), ('%s', ()), ('%s %s', ('a',)), ('%s', ('a', 'b')), ('%d', ('x',)),
    ('%x', (1.5,)), ('%c', (0x110000,)), ('%c', ('ab',)), ('%*d', ('a', 1)), ('%(a)d', (1,)),
    ('%(a', {'a': 1}), ('%(a)', {'a': 1}), ('%(a)y', {'a': 1}), ('%y', ()), ('%y', (1,)), ('%d %y', ('x', 1)),
    ('%*', (5,)), ('%*', ()), ('%.*', (5,)), ('abc%', ()), ('%s', ({'k': 1},)), ('%(k)s %s', {'k': 1}),
    ('no conversions', ()), ('no conversions', (1,)), ('%%', ()), ('%5%', ()), ('%5%', (1,)),
    ('%(x)*d', {'x': 3}), ('%a', ('\u00e9',)), ('%.2s|%.0r|%5.1a|', ('hello', 'x', 'y')), ('%+05d % d', (3, 4)),
    ('%#x %#o %#X', (0, 8, -255)), ('%g %G', (1e-10, 1e20)), ('%10.4g|', (3.14159,)),
    ('%(a)s', {'b': 1}), ('%(a)*d', {'a': 3}), ('%s %s', {'k': 1}), ('%(a)s %(a)s', {'a': 'z'}),
    ('%(a)s %s', ({'a': 1},)), ('%(a)s', ('x',)), ('%s %(a)s', ({'a': 1},)),
]
whole_lines = []
for fmt, args in whole:
    try:
        r = 'Ok(%s)' % rs_str(fmt % args)
    except (TypeError, ValueError, OverflowError, KeyError) as e:
        r = 'Err(%s)' % rs_str(type(e).__name__ + ': ' + str(e))
    if isinstance(args, dict):
        a = 'Args::Map(&[%s])' % ', '.join('(%s, %s)' % (rs_str(k), rs_val(v)) for k, v in args.items())
    elif len(args) == 1 and isinstance(args[0], dict):
        a = 'Args::Tuple(&[V::D])'
    else:
        a = 'Args::Tuple(&[%s])' % ', '.join(rs_val(v) for v in args)
    whole_lines.append('        (%s, %s, %s),' % (rs_str(fmt), a, r))
src = '''//! Tests for `percent.rs`. Expected outputs are from CPython 3.11 (`'%' + spec % (value,)`),
//! generated by a script; the expected pieces come from a Python transcription of
//! `unicode_format_arg_parse`, whose errors were checked against CPython.
#![allow(clippy::approx_constant)] // test data such as 3.14159

use num_bigint::BigInt;

use super::*;

enum Val {
    Int(&'static str),
    Float(f64),
    Text(&'static str),
}

fn one_conv(spec: &str) -> PercentConv<'_> {
    let fmt: &'static str = Box::leak(format!("%{spec}").into_boxed_str());
    match parse_percent(fmt).unwrap().pop() {
        Some(PercentPiece::Conv(c)) => c,
        other => panic!("{spec}: {other:?}"),
    }
}

fn render(spec: &str, v: &Val) -> String {
    let conv = one_conv(spec);
    match v {
        Val::Int(s) => {
            let big: BigInt = s.parse().unwrap();
            let out = percent_int(&big, &conv);
            if let Ok(small) = i64::try_from(&big) {
                assert_eq!(percent_i64(small, &conv), out, "i64 path {spec} {s}");
            }
            out
        }
        Val::Float(f) => percent_float(*f, &conv),
        Val::Text(t) => percent_pad_str(t, &conv),
    }
}

#[rustfmt::skip]
const FORMAT_CASES: &[(&str, Val, &str)] = &[
@@F@@
];

#[test]
fn formatting_matches_cpython() {
    let mut bad = Vec::new();
    for (spec, v, want) in FORMAT_CASES {
        let got = render(spec, v);
        if got != *want {
            bad.push(format!("%{spec}: got {got:?}, want {want:?}"));
        }
    }
    assert!(bad.is_empty(), "{} mismatches:\\n{}", bad.len(), bad.join("\\n"));
}

/// Renders pieces as the Python reference parser prints them.
fn describe(p: &PercentPiece<'_>) -> String {
    match p {
        PercentPiece::Literal(s) => format!("L{}", py_repr(s)),
        PercentPiece::Conv(c) => {
            let mut flags = String::new();
            for (on, ch) in [
                (c.flags.blank, ' '),
                (c.flags.alt, '#'),
                (c.flags.sign, '+'),
                (c.flags.left, '-'),
                (c.flags.zero, '0'),
            ] {
                if on {
                    flags.push(ch);
                }
            }
            let width = if c.width_star {
                "'*'".to_string()
            } else {
                c.width.map_or("None".into(), |w| w.to_string())
            };
            let prec = if c.precision_star {
                "'*'".to_string()
            } else {
                c.precision.map_or("None".into(), |w| w.to_string())
            };
            let key = c.key.map_or("None".into(), py_repr);
            format!(
                "C({key},{},{width},{prec},{},{})",
                py_repr(&flags),
                py_repr(&c.conv.to_string()),
                c.index
            )
        }
    }
}

/// Python's repr of a str, enough for these tests (no quotes or backslashes inside).
fn py_repr(s: &str) -> String {
    let mut out = String::from("'");
    for c in s.chars() {
        match c {
            '\\x7f' => out.push_str("\\\\x7f"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\\\x{:02x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('\\'');
    out
}

#[rustfmt::skip]
const PARSE_CASES: &[(&str, &[&str], Option<&str>)] = &[
@@P@@
];

#[test]
fn parsing_matches_cpython() {
    for &(fmt, pieces, err) in PARSE_CASES {
        let mut got = Vec::new();
        let mut got_err = None;
        for p in PercentParser::new(fmt) {
            match p {
                Ok(p) => got.push(describe(&p)),
                Err(e) => got_err = Some(e.msg),
            }
        }
        assert_eq!(got, pieces, "{fmt:?}");
        assert_eq!(got_err.as_deref(), err, "{fmt:?}");
    }
}

#[rustfmt::skip]
const UNSUPPORTED_CASES: &[(&str, &str)] = &[
@@U@@
];

#[test]
fn unsupported_characters() {
    for &(fmt, msg) in UNSUPPORTED_CASES {
        assert_eq!(parse_percent(fmt).unwrap_err().msg, msg, "{fmt:?}");
    }
    assert!(parse_percent("%s %d %%").is_ok());
}

/// A tiny stand-in for the VM's values.
#[derive(Clone, Copy, Debug)]
enum V {
    I(i64),
    F(f64),
    S(&'static str),
    /// A dict (only used as a `%s` argument).
    D,
}

enum Args {
    Tuple(&'static [V]),
    Map(&'static [(&'static str, V)]),
}

/// Emulates `PyUnicode_Format`'s argument handling (`unicode_format_getnextarg`) for the test
/// values: a tuple hands out its items; a mapping (or the value of the last `%(key)`) can be
/// fetched once per key lookup.
struct Vm {
    args: &'static Args,
    idx: usize,
    map_value: Option<V>,
    map_fetch_left: bool,
}

impl Vm {
    fn next_arg(&mut self) -> Result<V, String> {
        let not_enough = || "TypeError: not enough arguments for format string".to_string();
        match self.args {
            Args::Map(_) => {
                if !self.map_fetch_left {
                    return Err(not_enough());
                }
                self.map_fetch_left = false;
                Ok(self.map_value.unwrap_or(V::D))
            }
            Args::Tuple(items) => {
                let v = items.get(self.idx).copied().ok_or_else(not_enough)?;
                self.idx += 1;
                Ok(v)
            }
        }
    }

    fn star(&mut self) -> Result<i64, String> {
        match self.next_arg()? {
            V::I(i) => Ok(i),
            _ => Err("TypeError: * wants int".into()),
        }
    }
}

impl PercentArgs for Vm {
    type Error = VmError;

    fn mapping_required(&mut self) -> Result<(), VmError> {
        match self.args {
            Args::Map(_) => Ok(()),
            Args::Tuple(_) => Err(VmError("TypeError: format requires a mapping".into())),
        }
    }

    fn select_key(&mut self, key: &str) -> Result<(), VmError> {
        let Args::Map(items) = self.args else {
            unreachable!()
        };
        let v = items
            .iter()
            .find(|(k, _)| *k == key)
            .map(|(_, v)| *v)
            .ok_or_else(|| format!("KeyError: '{key}'"))?;
        self.map_value = Some(v);
        self.map_fetch_left = true;
        Ok(())
    }

    fn star_width(&mut self) -> Result<isize, VmError> {
        Ok(self.star()? as isize)
    }

    fn star_precision(&mut self) -> Result<i32, VmError> {
        Ok(self.star()? as i32)
    }

    fn convert(&mut self, conv: &PercentConv<'_>, out: &mut String) -> Result<(), VmError> {
        let v = self.next_arg()?;
        conv.check_supported()?;
        let text = match (conv.conv, v) {
            ('s', V::S(s)) => percent_pad_str(s, conv),
            ('s', V::I(i)) => percent_pad_str(&i.to_string(), conv),
            ('s', V::F(f)) => percent_pad_str(&crate::format::repr_float(f), conv),
            ('s', V::D) => percent_pad_str("{'k': 1}", conv),
            ('r', V::S(s)) => percent_pad_str(&format!("'{s}'"), conv),
            ('a', V::S(s)) => {
                let escaped: String = s
                    .chars()
                    .map(|c| if c.is_ascii() { c.to_string() } else { format!("{}x{:02x}", char::from(92u8), c as u32) })
                    .collect();
                percent_pad_str(&format!("'{escaped}'"), conv)
            }
            ('c', V::I(i)) => match char::from_u32(i as u32).filter(|_| (0..0x110000).contains(&i)) {
                Some(c) => percent_pad_str(c.encode_utf8(&mut [0; 4]), conv),
                None => return Err(VmError("OverflowError: %c arg not in range(0x110000)".into())),
            },
            ('c', V::S(s)) if s.chars().count() == 1 => percent_pad_str(s, conv),
            ('c', _) => return Err(VmError("TypeError: %c requires int or char".into())),
            ('d' | 'i' | 'u', V::I(i)) => percent_i64(i, conv),
            ('d' | 'i' | 'u', V::F(f)) => percent_i64(f.trunc() as i64, conv),
            ('o' | 'x' | 'X', V::I(i)) => percent_i64(i, conv),
            ('d' | 'i' | 'u', V::S(_)) => {
                return Err(VmError(format!("TypeError: %{} format: a real number is required, not str", conv.conv)))
            }
            ('o' | 'x' | 'X', V::F(_)) => {
                return Err(VmError(format!("TypeError: %{} format: an integer is required, not float", conv.conv)))
            }
            (_, V::F(f)) => percent_float(f, conv),
            (_, V::I(i)) => percent_float(i as f64, conv),
            (c, v) => panic!("test VM cannot convert {v:?} with %{c}"),
        };
        out.push_str(&text);
        Ok(())
    }
}

fn run_vm(fmt: &str, args: &'static Args) -> Result<String, String> {
    let mut vm = Vm {
        args,
        idx: 0,
        map_value: None,
        map_fetch_left: true,
    };
    let out = format_percent(fmt, &mut vm).map_err(|e| e.0)?;
    if let Args::Tuple(items) = args {
        if vm.idx < items.len() {
            return Err("TypeError: not all arguments converted during string formatting".into());
        }
    }
    Ok(out)
}

/// The test VM's exception: "TypeName: message".
#[derive(Debug)]
struct VmError(String);

impl From<FormatError> for VmError {
    fn from(e: FormatError) -> VmError {
        VmError(format!("ValueError: {}", e.msg))
    }
}

impl From<String> for VmError {
    fn from(s: String) -> VmError {
        VmError(s)
    }
}

#[rustfmt::skip]
const WHOLE_CASES: &[(&str, Args, Result<&str, &str>)] = &[
@@W@@
];

#[test]
fn whole_format_strings_match_cpython() {
    for (fmt, args, want) in WHOLE_CASES {
        let got = run_vm(fmt, args);
        assert_eq!(got.as_deref().map_err(|e| e.as_str()), *want, "{fmt:?}");
    }
}

#[test]
fn star_arguments() {
    let mut c = one_conv("*.*f");
    assert!(c.width_star && c.precision_star);
    c.set_star_width(-8);
    c.set_star_precision(-3);
    assert_eq!(percent_float(1.5, &c), "2       ");
    let mut c = one_conv("*d");
    c.set_star_width(5);
    assert_eq!(percent_i64(42, &c), "   42");
}
'''.replace('@@F@@', '\n'.join(lines)).replace('@@P@@', '\n'.join(parse_lines)).replace('@@U@@', '\n'.join(unsupported)).replace('@@W@@', '\n'.join(whole_lines))
open(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'percent_tests.rs'), 'w').write(src)
print(len(lines), len(parse_lines), len(unsupported))
print('\n'.join(parse_lines))
print('\n'.join(unsupported))
print(('%-*.*f' % (8, -3, 1.5)) + '|', '%*.*f|' % (-8, -3, 1.5))
