//! Renders the AST in the format of CPython's `ast.dump()` (no attributes), so that parses can
//! be compared with CPython's own, e.g. over the whole standard library.

use crate::ast::*;
use pyrite_lexer::LineIndex;
use std::fmt::Write;

#[derive(Clone, Copy)]
enum Ctx {
    Load,
    Store,
    Del,
}

impl Ctx {
    fn name(self) -> &'static str {
        match self {
            Ctx::Load => "Load()",
            Ctx::Store => "Store()",
            Ctx::Del => "Del()",
        }
    }
}

/// `ast.dump(ast.parse(src))` for a parsed module.
pub fn dump_module(m: &Module) -> String {
    let mut d = Dumper {
        out: String::new(),
        lines: None,
    };
    d.out.push_str("Module(body=");
    d.stmts(&m.body);
    d.out.push_str(", type_ignores=[])");
    d.out
}

/// `ast.dump(ast.parse(src), include_attributes=True)`: `src` must be the parsed source.
pub fn dump_module_with_positions(m: &Module, src: &str) -> String {
    let mut d = Dumper {
        out: String::new(),
        lines: Some(LineIndex::new(src)),
    };
    d.out.push_str("Module(body=");
    d.stmts(&m.body);
    d.out.push_str(", type_ignores=[])");
    d.out
}

/// `ast.dump(node)` for an expression.
pub fn dump_expr(e: &Expr) -> String {
    let mut d = Dumper {
        out: String::new(),
        lines: None,
    };
    d.expr(e, Ctx::Load);
    d.out
}

struct Dumper {
    out: String,
    /// Set when positions are dumped too.
    lines: Option<LineIndex>,
}

/// Python's `repr()` of a str.
pub fn repr_str(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if (c as u32) < 0x20 || (0x7f..0xa1).contains(&(c as u32)) || c == '\u{ad}' => {
                let _ = write!(out, "\\x{:02x}", c as u32);
            }
            c if !c.is_ascii() && (c.is_whitespace() || is_unprintable(c)) => {
                if (c as u32) < 0x100 {
                    let _ = write!(out, "\\x{:02x}", c as u32);
                } else if (c as u32) < 0x10000 {
                    let _ = write!(out, "\\u{:04x}", c as u32);
                } else {
                    let _ = write!(out, "\\U{:08x}", c as u32);
                }
            }
            c => out.push(c),
        }
    }
    out.push(quote);
    out
}

fn is_unprintable(c: char) -> bool {
    let v = c as u32;
    (0xd800..0xe000).contains(&v)
        || (0xe000..0xf900).contains(&v)
        || (0x200b..0x2010).contains(&v)
        || (0x2028..0x202f).contains(&v)
        || (0x2060..0x2070).contains(&v)
        || v == 0xfeff
        || (0xfff0..0xfffc).contains(&v)
        || v == 0xfffe
        || v == 0xffff
        || v >= 0xf0000
}

/// Python's `repr()` of bytes.
pub fn repr_bytes(b: &[u8]) -> String {
    let quote = if b.contains(&b'\'') && !b.contains(&b'"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::from("b");
    out.push(quote);
    for &c in b {
        match c {
            b'\\' => out.push_str("\\\\"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\t' => out.push_str("\\t"),
            c if c as char == quote => {
                out.push('\\');
                out.push(c as char);
            }
            0x20..=0x7e => out.push(c as char),
            c => {
                let _ = write!(out, "\\x{c:02x}");
            }
        }
    }
    out.push(quote);
    out
}

/// Python's `repr()` of a float.
pub fn repr_float(x: f64) -> String {
    if x.is_nan() {
        return "nan".into();
    }
    if x.is_infinite() {
        return if x > 0.0 { "inf".into() } else { "-inf".into() };
    }
    if x == 0.0 {
        return if x.is_sign_negative() {
            "-0.0".into()
        } else {
            "0.0".into()
        };
    }
    let sci = format!("{x:e}");
    let (mant, exp) = sci.split_once('e').unwrap_or((&sci, "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    let neg = mant.starts_with('-');
    let digits: String = mant.chars().filter(|c| c.is_ascii_digit()).collect();
    let sign = if neg { "-" } else { "" };
    if !(-4..16).contains(&exp) {
        let mut m = digits[..1].to_string();
        if digits.len() > 1 {
            m.push('.');
            m.push_str(&digits[1..]);
        }
        let esign = if exp < 0 { '-' } else { '+' };
        return format!("{sign}{m}e{esign}{:02}", exp.abs());
    }
    let point = exp + 1;
    let s = if point <= 0 {
        format!("0.{}{}", "0".repeat((-point) as usize), digits)
    } else if point as usize >= digits.len() {
        format!("{}{}.0", digits, "0".repeat(point as usize - digits.len()))
    } else {
        format!(
            "{}.{}",
            &digits[..point as usize],
            &digits[point as usize..]
        )
    };
    format!("{sign}{s}")
}

fn binop_name(op: BinOp) -> &'static str {
    match op {
        BinOp::Add => "Add()",
        BinOp::Sub => "Sub()",
        BinOp::Mult => "Mult()",
        BinOp::MatMult => "MatMult()",
        BinOp::Div => "Div()",
        BinOp::Mod => "Mod()",
        BinOp::Pow => "Pow()",
        BinOp::LShift => "LShift()",
        BinOp::RShift => "RShift()",
        BinOp::BitOr => "BitOr()",
        BinOp::BitXor => "BitXor()",
        BinOp::BitAnd => "BitAnd()",
        BinOp::FloorDiv => "FloorDiv()",
    }
}

fn cmpop_name(op: CmpOp) -> &'static str {
    match op {
        CmpOp::Eq => "Eq()",
        CmpOp::NotEq => "NotEq()",
        CmpOp::Lt => "Lt()",
        CmpOp::LtE => "LtE()",
        CmpOp::Gt => "Gt()",
        CmpOp::GtE => "GtE()",
        CmpOp::Is => "Is()",
        CmpOp::IsNot => "IsNot()",
        CmpOp::In => "In()",
        CmpOp::NotIn => "NotIn()",
    }
}

impl Dumper {
    /// Appends `lineno=...` attributes inside the node just written (before its `)`).
    fn attrs(&mut self, span: Span) {
        let Some(lines) = &self.lines else { return };
        let (l1, c1) = lines.line_col(span.start);
        let (l2, c2) = lines.line_col(span.end);
        if self.out.ends_with(')') {
            self.out.pop();
            let sep = if self.out.ends_with('(') { "" } else { ", " };
            let _ = write!(
                self.out,
                "{sep}lineno={l1}, col_offset={c1}, end_lineno={l2}, end_col_offset={c2})"
            );
        }
    }

    fn s(&mut self, s: &str) {
        self.out.push_str(s);
    }

    fn list<T>(&mut self, items: &[T], mut f: impl FnMut(&mut Self, &T)) {
        self.s("[");
        for (i, it) in items.iter().enumerate() {
            if i > 0 {
                self.s(", ");
            }
            f(self, it);
        }
        self.s("]");
    }

    fn stmts(&mut self, body: &[Stmt]) {
        self.list(body, |d, s| d.stmt(s));
    }

    fn exprs(&mut self, es: &[Expr], ctx: Ctx) {
        self.list(es, |d, e| d.expr(e, ctx));
    }

    fn opt_field(&mut self, name: &str, e: &Option<Expr>) {
        if let Some(e) = e {
            let _ = write!(self.out, ", {name}=");
            self.expr(e, Ctx::Load);
        }
    }

    fn names(&mut self, names: &[String]) {
        self.list(names, |d, n| {
            let r = repr_str(n);
            d.s(&r)
        });
    }

    fn stmt(&mut self, st: &Stmt) {
        self.stmt_fields(st);
        self.attrs(st.span);
    }

    fn stmt_fields(&mut self, st: &Stmt) {
        match &st.kind {
            StmtKind::FunctionDef(f) => {
                let kind = if f.is_async {
                    "AsyncFunctionDef"
                } else {
                    "FunctionDef"
                };
                let _ = write!(self.out, "{kind}(name={}, args=", repr_str(&f.name));
                self.arguments(&f.args);
                self.s(", body=");
                self.stmts(&f.body);
                self.s(", decorator_list=");
                self.exprs(&f.decorators, Ctx::Load);
                self.opt_field("returns", &f.returns);
                self.s(")");
            }
            StmtKind::ClassDef(c) => {
                let _ = write!(self.out, "ClassDef(name={}, bases=", repr_str(&c.name));
                self.exprs(&c.bases, Ctx::Load);
                self.s(", keywords=");
                self.list(&c.keywords, |d, k| d.keyword(k));
                self.s(", body=");
                self.stmts(&c.body);
                self.s(", decorator_list=");
                self.exprs(&c.decorators, Ctx::Load);
                self.s(")");
            }
            StmtKind::Return(v) => {
                self.s("Return(");
                if let Some(v) = v {
                    self.s("value=");
                    self.expr(v, Ctx::Load);
                }
                self.s(")");
            }
            StmtKind::Delete(t) => {
                self.s("Delete(targets=");
                self.exprs(t, Ctx::Del);
                self.s(")");
            }
            StmtKind::Assign { targets, value } => {
                self.s("Assign(targets=");
                self.exprs(targets, Ctx::Store);
                self.s(", value=");
                self.expr(value, Ctx::Load);
                self.s(")");
            }
            StmtKind::AugAssign { target, op, value } => {
                self.s("AugAssign(target=");
                self.expr(target, Ctx::Store);
                let _ = write!(self.out, ", op={}, value=", binop_name(*op));
                self.expr(value, Ctx::Load);
                self.s(")");
            }
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
                simple,
            } => {
                self.s("AnnAssign(target=");
                self.expr(target, Ctx::Store);
                self.s(", annotation=");
                self.expr(annotation, Ctx::Load);
                self.opt_field("value", value);
                let _ = write!(self.out, ", simple={})", i32::from(*simple));
            }
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
                is_async,
            } => {
                self.s(if *is_async {
                    "AsyncFor(target="
                } else {
                    "For(target="
                });
                self.expr(target, Ctx::Store);
                self.s(", iter=");
                self.expr(iter, Ctx::Load);
                self.s(", body=");
                self.stmts(body);
                self.s(", orelse=");
                self.stmts(orelse);
                self.s(")");
            }
            StmtKind::While { test, body, orelse } | StmtKind::If { test, body, orelse } => {
                self.s(if matches!(st.kind, StmtKind::While { .. }) {
                    "While(test="
                } else {
                    "If(test="
                });
                self.expr(test, Ctx::Load);
                self.s(", body=");
                self.stmts(body);
                self.s(", orelse=");
                self.stmts(orelse);
                self.s(")");
            }
            StmtKind::With {
                items,
                body,
                is_async,
            } => {
                self.s(if *is_async {
                    "AsyncWith(items="
                } else {
                    "With(items="
                });
                self.list(items, |d, it| {
                    d.s("withitem(context_expr=");
                    d.expr(&it.context_expr, Ctx::Load);
                    if let Some(v) = &it.optional_vars {
                        d.s(", optional_vars=");
                        d.expr(v, Ctx::Store);
                    }
                    d.s(")");
                });
                self.s(", body=");
                self.stmts(body);
                self.s(")");
            }
            StmtKind::Raise { exc, cause } => {
                self.s("Raise(");
                let mut first = true;
                if let Some(e) = exc {
                    self.s("exc=");
                    self.expr(e, Ctx::Load);
                    first = false;
                }
                if let Some(c) = cause {
                    if !first {
                        self.s(", ");
                    }
                    self.s("cause=");
                    self.expr(c, Ctx::Load);
                }
                self.s(")");
            }
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
                is_star,
            } => {
                self.s(if *is_star {
                    "TryStar(body="
                } else {
                    "Try(body="
                });
                self.stmts(body);
                self.s(", handlers=");
                self.list(handlers, |d, h| {
                    d.s("ExceptHandler(");
                    let mut first = true;
                    if let Some(t) = &h.typ {
                        d.s("type=");
                        d.expr(t, Ctx::Load);
                        first = false;
                    }
                    if let Some(n) = &h.name {
                        if !first {
                            d.s(", ");
                        }
                        let _ = write!(d.out, "name={}", repr_str(n));
                        first = false;
                    }
                    if !first {
                        d.s(", ");
                    }
                    d.s("body=");
                    d.stmts(&h.body);
                    d.s(")");
                    d.attrs(h.span);
                });
                self.s(", orelse=");
                self.stmts(orelse);
                self.s(", finalbody=");
                self.stmts(finalbody);
                self.s(")");
            }
            StmtKind::Assert { test, msg } => {
                self.s("Assert(test=");
                self.expr(test, Ctx::Load);
                self.opt_field("msg", msg);
                self.s(")");
            }
            StmtKind::Import(names) => {
                self.s("Import(names=");
                self.aliases(names);
                self.s(")");
            }
            StmtKind::ImportFrom {
                module,
                names,
                level,
            } => {
                self.s("ImportFrom(");
                if let Some(m) = module {
                    let _ = write!(self.out, "module={}, ", repr_str(m));
                }
                self.s("names=");
                self.aliases(names);
                let _ = write!(self.out, ", level={level})");
            }
            StmtKind::Global(n) => {
                self.s("Global(names=");
                self.names(n);
                self.s(")");
            }
            StmtKind::Nonlocal(n) => {
                self.s("Nonlocal(names=");
                self.names(n);
                self.s(")");
            }
            StmtKind::Expr(e) => {
                self.s("Expr(value=");
                self.expr(e, Ctx::Load);
                self.s(")");
            }
            StmtKind::Pass => self.s("Pass()"),
            StmtKind::Break => self.s("Break()"),
            StmtKind::Continue => self.s("Continue()"),
        }
    }

    fn aliases(&mut self, names: &[Alias]) {
        self.list(names, |d, a| {
            let _ = write!(d.out, "alias(name={}", repr_str(&a.name));
            if let Some(n) = &a.asname {
                let _ = write!(d.out, ", asname={}", repr_str(n));
            }
            d.s(")");
            d.attrs(a.span);
        });
    }

    fn arg(&mut self, a: &Arg) {
        let _ = write!(self.out, "arg(arg={}", repr_str(&a.name));
        self.opt_field("annotation", &a.annotation);
        self.s(")");
        self.attrs(a.span);
    }

    fn arguments(&mut self, a: &Arguments) {
        self.s("arguments(posonlyargs=");
        self.list(&a.posonlyargs, |d, x| d.arg(x));
        self.s(", args=");
        self.list(&a.args, |d, x| d.arg(x));
        if let Some(v) = &a.vararg {
            self.s(", vararg=");
            self.arg(v);
        }
        self.s(", kwonlyargs=");
        self.list(&a.kwonlyargs, |d, x| d.arg(x));
        self.s(", kw_defaults=");
        self.list(&a.kw_defaults, |d, x| match x {
            Some(e) => d.expr(e, Ctx::Load),
            None => d.s("None"),
        });
        if let Some(v) = &a.kwarg {
            self.s(", kwarg=");
            self.arg(v);
        }
        self.s(", defaults=");
        self.exprs(&a.defaults, Ctx::Load);
        self.s(")");
    }

    fn keyword(&mut self, k: &Keyword) {
        self.s("keyword(");
        if let Some(a) = &k.arg {
            let _ = write!(self.out, "arg={}, ", repr_str(a));
        }
        self.s("value=");
        self.expr(&k.value, Ctx::Load);
        self.s(")");
        self.attrs(k.span);
    }

    fn comprehensions(&mut self, gens: &[Comprehension]) {
        self.list(gens, |d, g| {
            d.s("comprehension(target=");
            d.expr(&g.target, Ctx::Store);
            d.s(", iter=");
            d.expr(&g.iter, Ctx::Load);
            d.s(", ifs=");
            d.exprs(&g.ifs, Ctx::Load);
            let _ = write!(d.out, ", is_async={})", i32::from(g.is_async));
        });
    }

    fn expr(&mut self, e: &Expr, ctx: Ctx) {
        self.expr_fields(e, ctx);
        self.attrs(e.span);
    }

    fn expr_fields(&mut self, e: &Expr, ctx: Ctx) {
        match &e.kind {
            ExprKind::BoolOp { op, values } => {
                let op = match op {
                    BoolOp::And => "And()",
                    BoolOp::Or => "Or()",
                };
                let _ = write!(self.out, "BoolOp(op={op}, values=");
                self.exprs(values, Ctx::Load);
                self.s(")");
            }
            ExprKind::NamedExpr { target, value } => {
                self.s("NamedExpr(target=");
                self.expr(target, Ctx::Store);
                self.s(", value=");
                self.expr(value, Ctx::Load);
                self.s(")");
            }
            ExprKind::BinOp { left, op, right } => {
                self.s("BinOp(left=");
                self.expr(left, Ctx::Load);
                let _ = write!(self.out, ", op={}, right=", binop_name(*op));
                self.expr(right, Ctx::Load);
                self.s(")");
            }
            ExprKind::UnaryOp { op, operand } => {
                let op = match op {
                    UnaryOp::Invert => "Invert()",
                    UnaryOp::Not => "Not()",
                    UnaryOp::UAdd => "UAdd()",
                    UnaryOp::USub => "USub()",
                };
                let _ = write!(self.out, "UnaryOp(op={op}, operand=");
                self.expr(operand, Ctx::Load);
                self.s(")");
            }
            ExprKind::Lambda { args, body } => {
                self.s("Lambda(args=");
                self.arguments(args);
                self.s(", body=");
                self.expr(body, Ctx::Load);
                self.s(")");
            }
            ExprKind::IfExp { test, body, orelse } => {
                self.s("IfExp(test=");
                self.expr(test, Ctx::Load);
                self.s(", body=");
                self.expr(body, Ctx::Load);
                self.s(", orelse=");
                self.expr(orelse, Ctx::Load);
                self.s(")");
            }
            ExprKind::Dict { keys, values } => {
                self.s("Dict(keys=");
                self.list(keys, |d, k| match k {
                    Some(k) => d.expr(k, Ctx::Load),
                    None => d.s("None"),
                });
                self.s(", values=");
                self.exprs(values, Ctx::Load);
                self.s(")");
            }
            ExprKind::Set(elts) => {
                self.s("Set(elts=");
                self.exprs(elts, Ctx::Load);
                self.s(")");
            }
            ExprKind::ListComp { elt, generators }
            | ExprKind::SetComp { elt, generators }
            | ExprKind::GeneratorExp { elt, generators } => {
                let name = match e.kind {
                    ExprKind::ListComp { .. } => "ListComp",
                    ExprKind::SetComp { .. } => "SetComp",
                    _ => "GeneratorExp",
                };
                let _ = write!(self.out, "{name}(elt=");
                self.expr(elt, Ctx::Load);
                self.s(", generators=");
                self.comprehensions(generators);
                self.s(")");
            }
            ExprKind::DictComp {
                key,
                value,
                generators,
            } => {
                self.s("DictComp(key=");
                self.expr(key, Ctx::Load);
                self.s(", value=");
                self.expr(value, Ctx::Load);
                self.s(", generators=");
                self.comprehensions(generators);
                self.s(")");
            }
            ExprKind::Await(v) => {
                self.s("Await(value=");
                self.expr(v, Ctx::Load);
                self.s(")");
            }
            ExprKind::Yield(v) => {
                self.s("Yield(");
                if let Some(v) = v {
                    self.s("value=");
                    self.expr(v, Ctx::Load);
                }
                self.s(")");
            }
            ExprKind::YieldFrom(v) => {
                self.s("YieldFrom(value=");
                self.expr(v, Ctx::Load);
                self.s(")");
            }
            ExprKind::Compare {
                left,
                ops,
                comparators,
            } => {
                self.s("Compare(left=");
                self.expr(left, Ctx::Load);
                self.s(", ops=");
                self.list(ops, |d, op| d.s(cmpop_name(*op)));
                self.s(", comparators=");
                self.exprs(comparators, Ctx::Load);
                self.s(")");
            }
            ExprKind::Call {
                func,
                args,
                keywords,
            } => {
                self.s("Call(func=");
                self.expr(func, Ctx::Load);
                self.s(", args=");
                self.exprs(args, Ctx::Load);
                self.s(", keywords=");
                self.list(keywords, |d, k| d.keyword(k));
                self.s(")");
            }
            ExprKind::FormattedValue {
                value,
                conversion,
                format_spec,
            } => {
                self.s("FormattedValue(value=");
                self.expr(value, Ctx::Load);
                let c = match conversion {
                    Conversion::None => -1,
                    Conversion::Str => 115,
                    Conversion::Repr => 114,
                    Conversion::Ascii => 97,
                };
                let _ = write!(self.out, ", conversion={c}");
                if let Some(spec) = format_spec {
                    self.s(", format_spec=");
                    self.expr(spec, Ctx::Load);
                }
                self.s(")");
            }
            ExprKind::JoinedStr(values) => {
                self.s("JoinedStr(values=");
                self.exprs(values, Ctx::Load);
                self.s(")");
            }
            ExprKind::Constant(c) => {
                self.s("Constant(value=");
                match c {
                    Constant::None => self.s("None"),
                    Constant::Bool(true) => self.s("True"),
                    Constant::Bool(false) => self.s("False"),
                    Constant::Ellipsis => self.s("Ellipsis"),
                    Constant::Int(i) => {
                        let _ = write!(self.out, "{i}");
                    }
                    Constant::Float(f) => {
                        let r = repr_float(*f);
                        self.s(&r);
                    }
                    Constant::Imaginary(f) => {
                        let r = repr_float(*f);
                        let r = r.strip_suffix(".0").unwrap_or(&r).to_string();
                        let _ = write!(self.out, "{r}j");
                    }
                    Constant::Str(s) => {
                        let r = repr_str(s);
                        self.s(&r);
                    }
                    Constant::Bytes(b) => {
                        let r = repr_bytes(b);
                        self.s(&r);
                    }
                }
                self.s(")");
            }
            ExprKind::Attribute { value, attr } => {
                self.s("Attribute(value=");
                self.expr(value, Ctx::Load);
                let _ = write!(self.out, ", attr={}, ctx={})", repr_str(attr), ctx.name());
            }
            ExprKind::Subscript { value, slice } => {
                self.s("Subscript(value=");
                self.expr(value, Ctx::Load);
                self.s(", slice=");
                self.expr(slice, Ctx::Load);
                let _ = write!(self.out, ", ctx={})", ctx.name());
            }
            ExprKind::Starred(v) => {
                self.s("Starred(value=");
                self.expr(v, ctx);
                let _ = write!(self.out, ", ctx={})", ctx.name());
            }
            ExprKind::Name(n) => {
                let _ = write!(self.out, "Name(id={}, ctx={})", repr_str(n), ctx.name());
            }
            ExprKind::List(elts) | ExprKind::Tuple(elts) => {
                let name = if matches!(e.kind, ExprKind::List(_)) {
                    "List"
                } else {
                    "Tuple"
                };
                let _ = write!(self.out, "{name}(elts=");
                self.exprs(elts, ctx);
                let _ = write!(self.out, ", ctx={})", ctx.name());
            }
            ExprKind::Slice { lower, upper, step } => {
                self.s("Slice(");
                let mut first = true;
                for (name, v) in [("lower", lower), ("upper", upper), ("step", step)] {
                    if let Some(v) = v {
                        if !first {
                            self.s(", ");
                        }
                        let _ = write!(self.out, "{name}=");
                        self.expr(v, Ctx::Load);
                        first = false;
                    }
                }
                self.s(")");
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn float_repr() {
        assert_eq!(repr_float(1.0), "1.0");
        assert_eq!(repr_float(0.5), "0.5");
        assert_eq!(repr_float(1e16), "1e+16");
        assert_eq!(repr_float(1e15), "1000000000000000.0");
        assert_eq!(repr_float(1e-5), "1e-05");
        assert_eq!(repr_float(0.0001), "0.0001");
        assert_eq!(repr_float(1.5e300), "1.5e+300");
        assert_eq!(repr_float(123.456), "123.456");
    }

    #[test]
    fn str_repr() {
        assert_eq!(repr_str("a'b"), "\"a'b\"");
        assert_eq!(repr_str("a'b\""), "'a\\'b\"'");
        assert_eq!(repr_str("\n\x00é"), "'\\n\\x00é'");
    }
}
