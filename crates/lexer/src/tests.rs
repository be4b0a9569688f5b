//! Tokenizer tests over whole inputs.

use crate::{tokenize, LexErrorKind, Mode, StringLit, Tok, Tokenizer};

fn toks(src: &str) -> Vec<Tok> {
    tokenize(src)
        .unwrap_or_else(|e| panic!("{src:?}: {e:?}"))
        .into_iter()
        .map(|(_, t, _)| t)
        .collect()
}

fn name(s: &str) -> Tok {
    Tok::Name(s.to_string())
}

fn int(i: i64) -> Tok {
    Tok::Int(i.into())
}

fn err(src: &str) -> crate::LexError {
    match tokenize(src) {
        Err(e) => e,
        Ok(t) => panic!("{src:?} tokenized: {t:?}"),
    }
}

#[test]
fn simple_statement() {
    use Tok::*;
    assert_eq!(toks("x = 1"), vec![name("x"), Equal, int(1), Newline]);
    assert_eq!(toks(""), vec![]);
    assert_eq!(toks("\n\n  # comment\n"), vec![]);
}

#[test]
fn spans() {
    let t = tokenize("ab = 'c'\n").unwrap();
    let spans: Vec<(usize, usize)> = t.iter().map(|&(s, _, e)| (s, e)).collect();
    assert_eq!(spans, vec![(0, 2), (3, 4), (5, 8), (8, 9)]);
}

#[test]
fn indentation() {
    use Tok::*;
    let src = "if x:\n    y\n\n    # c\n        \n    z\nw\n";
    assert_eq!(
        toks(src),
        vec![
            If,
            name("x"),
            Colon,
            Newline,
            Indent,
            name("y"),
            Newline,
            name("z"),
            Newline,
            Dedent,
            name("w"),
            Newline
        ]
    );
    // Dedents at end of file without a trailing newline.
    assert_eq!(
        toks("if x:\n  if y:\n    z"),
        vec![
            If,
            name("x"),
            Colon,
            Newline,
            Indent,
            If,
            name("y"),
            Colon,
            Newline,
            Indent,
            name("z"),
            Newline,
            Dedent,
            Dedent
        ]
    );
    // Tabs count to the next multiple of 8, consistently.
    assert_eq!(
        toks("if x:\n\ty\n\tz\n"),
        vec![
            If,
            name("x"),
            Colon,
            Newline,
            Indent,
            name("y"),
            Newline,
            name("z"),
            Newline,
            Dedent
        ]
    );
}

#[test]
fn indentation_errors() {
    let e = err("if x:\n    a\n  b\n");
    assert_eq!(e.msg, "unindent does not match any outer indentation level");
    assert_eq!(e.kind, LexErrorKind::Indentation);
    let e = err("if True:\n\tif True:\n\t\tx\n        y\n");
    assert_eq!(e.msg, "inconsistent use of tabs and spaces in indentation");
    assert_eq!(e.kind, LexErrorKind::Tab);
    let e = err("if 1:\n        x\n\ty\n");
    assert_eq!(e.kind, LexErrorKind::Tab);
}

#[test]
fn implicit_and_explicit_joining() {
    use Tok::*;
    assert_eq!(
        toks("x = (1,\n  2)\ny = [\n]\n"),
        vec![
            name("x"),
            Equal,
            Lpar,
            int(1),
            Comma,
            int(2),
            Rpar,
            Newline,
            name("y"),
            Equal,
            Lsqb,
            Rsqb,
            Newline
        ]
    );
    assert_eq!(
        toks("x = 1 + \\\n    2\n"),
        vec![name("x"), Equal, int(1), Plus, int(2), Newline]
    );
}

#[test]
fn bracket_errors() {
    let e = err("x = (");
    assert_eq!(e.msg, "'(' was never closed");
    assert!(e.incomplete);
    assert_eq!((e.start, e.end), (4, 5));
    assert_eq!(err("x = )").msg, "unmatched ')'");
    assert_eq!(
        err("x = [1, 2)").msg,
        "closing parenthesis ')' does not match opening parenthesis '['"
    );
    assert_eq!(
        err("(\n]").msg,
        "closing parenthesis ']' does not match opening parenthesis '(' on line 1"
    );
    let deep = "(".repeat(250);
    assert_eq!(err(&deep).msg, "too many nested parentheses");
}

#[test]
fn operators() {
    use Tok::*;
    assert_eq!(
        toks("a->b:=c**=d//=e>>=f<<=g@h@=i...j!=k"),
        vec![
            name("a"),
            Rarrow,
            name("b"),
            ColonEqual,
            name("c"),
            DoubleStarEqual,
            name("d"),
            DoubleSlashEqual,
            name("e"),
            RShiftEqual,
            name("f"),
            LShiftEqual,
            name("g"),
            At,
            name("h"),
            AtEqual,
            name("i"),
            Ellipsis,
            name("j"),
            NotEqual,
            name("k"),
            Newline
        ]
    );
    assert_eq!(toks("x.y"), vec![name("x"), Dot, name("y"), Newline]);
    assert_eq!(toks("1 .real"), vec![int(1), Dot, name("real"), Newline]);
}

#[test]
fn names_and_keywords() {
    use Tok::*;
    assert_eq!(
        toks("match case type _ None True async await"),
        vec![
            name("match"),
            name("case"),
            name("type"),
            name("_"),
            None,
            True,
            Async,
            Await,
            Newline
        ]
    );
    assert_eq!(
        toks("café = ñ1"),
        vec![name("café"), Equal, name("ñ1"), Newline]
    );
    assert_eq!(toks("日本 = 1"), vec![name("日本"), Equal, int(1), Newline]);
    let e = err("x = €");
    assert_eq!(e.msg, "invalid character '€' (U+20AC)");
    assert_eq!(err("x = $").msg, "invalid syntax");
}

#[test]
fn numbers_in_context() {
    use Tok::*;
    assert_eq!(
        toks("x[1:2] + 3j - 1e5 + .5"),
        vec![
            name("x"),
            Lsqb,
            int(1),
            Colon,
            int(2),
            Rsqb,
            Plus,
            Imaginary(3.0),
            Minus,
            Float(1e5),
            Plus,
            Float(0.5),
            Newline
        ]
    );
    assert_eq!(toks("1if x else 2")[..2], [int(1), If]);
    assert!(err("x = 0777").msg.starts_with("leading zeros"));
}

#[test]
fn strings() {
    let t = toks("'a' \"b\" '''c\nd''' rb'\\x' f'{x}'");
    let lits: Vec<StringLit> = t
        .into_iter()
        .filter_map(|t| match t {
            Tok::String(s) => Some(*s),
            _ => None,
        })
        .collect();
    assert_eq!(lits[0], StringLit::Str("a".into()));
    assert_eq!(lits[1], StringLit::Str("b".into()));
    assert_eq!(lits[2], StringLit::Str("c\nd".into()));
    assert_eq!(lits[3], StringLit::Bytes(b"\\x".to_vec()));
    assert!(matches!(lits[4], StringLit::FString(_)));
    let e = err("x = 'abc");
    assert_eq!(e.msg, "unterminated string literal (detected at line 1)");
    let e = err("x = '''abc\n\n");
    assert_eq!(
        e.msg,
        "unterminated triple-quoted string literal (detected at line 2)"
    );
    assert!(e.incomplete);
}

#[test]
fn fstring_positions_are_absolute() {
    let src = "x = f'a{foo!r}'";
    let t = tokenize(src).unwrap();
    let Tok::String(s) = &t[2].1 else { panic!() };
    let StringLit::FString(parts) = &**s else {
        panic!()
    };
    let crate::FStringPart::Field(f) = &parts[1] else {
        panic!()
    };
    assert_eq!(&src[f.expr_start as usize..f.expr_end as usize], "foo");
}

#[test]
fn continuation_errors() {
    let e = err("a = \\");
    assert_eq!(e.msg, "unexpected EOF while parsing");
    assert!(e.incomplete);
    assert_eq!(
        err("a = \\ b").msg,
        "unexpected character after line continuation character"
    );
}

#[test]
fn expression_and_nested_modes() {
    use Tok::*;
    let t: Vec<Tok> = Tokenizer::with_mode("  1 +\n", Mode::Expression)
        .map(|r| r.unwrap().1)
        .collect();
    assert_eq!(t, vec![int(1), Plus, Newline]);
    let src = "f'{a +\n b}'";
    let t: Vec<Tok> = Tokenizer::range(src, 3, 9, Mode::Nested)
        .map(|r| r.unwrap().1)
        .collect();
    assert_eq!(t, vec![name("a"), Plus, name("b")]);
}

#[test]
fn bom_is_skipped() {
    assert_eq!(toks("\u{feff}x"), vec![name("x"), Tok::Newline]);
}

#[test]
fn no_panic_on_garbage() {
    let samples = [
        "\\",
        "'",
        "'''",
        "f'{",
        "f'{'",
        "0x",
        "1e",
        "\t\t x",
        "\x0c x",
        "(\n)\n)",
        "é",
        "\u{0}",
        "\r\r\n",
        "if x:\n\ty\n        z",
        "f'{x:{y:{z}}}'",
        "b'\\x'",
        "'\\N{'",
        "'\\u12'",
    ];
    for s in samples {
        let _ = tokenize(s);
    }
}
