//! The tokens handed to the parser, and the literal payloads they carry.

use num_bigint::BigInt;
use std::fmt;

/// One token of Python source. Spans travel beside it as `(start, Tok, end)` byte offsets.
#[derive(Debug, Clone, PartialEq)]
pub enum Tok {
    Name(String),
    Int(BigInt),
    Float(f64),
    /// An imaginary literal such as `3j`: the imaginary part.
    Imaginary(f64),
    /// One string literal (adjacent literals are separate tokens; the parser joins them).
    String(Box<StringLit>),
    Newline,
    Indent,
    Dedent,

    /// Synthetic first tokens that select the parser's start rule.
    StartModule,
    StartInteractive,
    StartExpression,
    /// A `(` directly after `with` whose matching `)` is followed by `:`: the parenthesised
    /// with-items form `with (a as b, c):`. Produced by the parser's token pass, never by the
    /// tokenizer itself.
    WithLpar,

    // Keywords.
    False,
    None,
    True,
    And,
    As,
    Assert,
    Async,
    Await,
    Break,
    Class,
    Continue,
    Def,
    Del,
    Elif,
    Else,
    Except,
    Finally,
    For,
    From,
    Global,
    If,
    Import,
    In,
    Is,
    Lambda,
    Nonlocal,
    Not,
    Or,
    Pass,
    Raise,
    Return,
    Try,
    While,
    With,
    Yield,

    // Operators and delimiters.
    Plus,
    Minus,
    Star,
    DoubleStar,
    Slash,
    DoubleSlash,
    Percent,
    At,
    LShift,
    RShift,
    Amper,
    VBar,
    Circumflex,
    Tilde,
    ColonEqual,
    Less,
    Greater,
    LessEqual,
    GreaterEqual,
    EqEqual,
    NotEqual,
    Lpar,
    Rpar,
    Lsqb,
    Rsqb,
    Lbrace,
    Rbrace,
    Comma,
    Colon,
    Dot,
    Semi,
    Equal,
    Rarrow,
    PlusEqual,
    MinusEqual,
    StarEqual,
    SlashEqual,
    DoubleSlashEqual,
    PercentEqual,
    AtEqual,
    AmperEqual,
    VBarEqual,
    CircumflexEqual,
    LShiftEqual,
    RShiftEqual,
    DoubleStarEqual,
    Ellipsis,
}

impl Tok {
    /// The keyword token for `name`, if `name` is a (hard) keyword.
    pub fn keyword(name: &str) -> Option<Tok> {
        Some(match name {
            "False" => Tok::False,
            "None" => Tok::None,
            "True" => Tok::True,
            "and" => Tok::And,
            "as" => Tok::As,
            "assert" => Tok::Assert,
            "async" => Tok::Async,
            "await" => Tok::Await,
            "break" => Tok::Break,
            "class" => Tok::Class,
            "continue" => Tok::Continue,
            "def" => Tok::Def,
            "del" => Tok::Del,
            "elif" => Tok::Elif,
            "else" => Tok::Else,
            "except" => Tok::Except,
            "finally" => Tok::Finally,
            "for" => Tok::For,
            "from" => Tok::From,
            "global" => Tok::Global,
            "if" => Tok::If,
            "import" => Tok::Import,
            "in" => Tok::In,
            "is" => Tok::Is,
            "lambda" => Tok::Lambda,
            "nonlocal" => Tok::Nonlocal,
            "not" => Tok::Not,
            "or" => Tok::Or,
            "pass" => Tok::Pass,
            "raise" => Tok::Raise,
            "return" => Tok::Return,
            "try" => Tok::Try,
            "while" => Tok::While,
            "with" => Tok::With,
            "yield" => Tok::Yield,
            _ => return None,
        })
    }

    /// True for tokens that can begin an expression (used for error hints).
    pub fn starts_expression(&self) -> bool {
        matches!(
            self,
            Tok::Name(_)
                | Tok::Int(_)
                | Tok::Float(_)
                | Tok::Imaginary(_)
                | Tok::String(_)
                | Tok::False
                | Tok::None
                | Tok::True
                | Tok::Lambda
                | Tok::Not
                | Tok::Await
                | Tok::Lpar
                | Tok::Lsqb
                | Tok::Lbrace
                | Tok::Minus
                | Tok::Plus
                | Tok::Tilde
                | Tok::Ellipsis
        )
    }

    /// True for tokens that can end an expression (used for error hints).
    pub fn ends_expression(&self) -> bool {
        matches!(
            self,
            Tok::Name(_)
                | Tok::Int(_)
                | Tok::Float(_)
                | Tok::Imaginary(_)
                | Tok::String(_)
                | Tok::False
                | Tok::None
                | Tok::True
                | Tok::Rpar
                | Tok::Rsqb
                | Tok::Rbrace
                | Tok::Ellipsis
        )
    }
}

impl fmt::Display for Tok {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let s = match self {
            Tok::Name(n) => return write!(f, "{n}"),
            Tok::Int(i) => return write!(f, "{i}"),
            Tok::Float(x) | Tok::Imaginary(x) => return write!(f, "{x}"),
            Tok::String(_) => "string literal",
            Tok::Newline => "NEWLINE",
            Tok::Indent => "INDENT",
            Tok::Dedent => "DEDENT",
            Tok::StartModule | Tok::StartInteractive | Tok::StartExpression => "start",
            Tok::WithLpar | Tok::Lpar => "(",
            Tok::False => "False",
            Tok::None => "None",
            Tok::True => "True",
            Tok::And => "and",
            Tok::As => "as",
            Tok::Assert => "assert",
            Tok::Async => "async",
            Tok::Await => "await",
            Tok::Break => "break",
            Tok::Class => "class",
            Tok::Continue => "continue",
            Tok::Def => "def",
            Tok::Del => "del",
            Tok::Elif => "elif",
            Tok::Else => "else",
            Tok::Except => "except",
            Tok::Finally => "finally",
            Tok::For => "for",
            Tok::From => "from",
            Tok::Global => "global",
            Tok::If => "if",
            Tok::Import => "import",
            Tok::In => "in",
            Tok::Is => "is",
            Tok::Lambda => "lambda",
            Tok::Nonlocal => "nonlocal",
            Tok::Not => "not",
            Tok::Or => "or",
            Tok::Pass => "pass",
            Tok::Raise => "raise",
            Tok::Return => "return",
            Tok::Try => "try",
            Tok::While => "while",
            Tok::With => "with",
            Tok::Yield => "yield",
            Tok::Plus => "+",
            Tok::Minus => "-",
            Tok::Star => "*",
            Tok::DoubleStar => "**",
            Tok::Slash => "/",
            Tok::DoubleSlash => "//",
            Tok::Percent => "%",
            Tok::At => "@",
            Tok::LShift => "<<",
            Tok::RShift => ">>",
            Tok::Amper => "&",
            Tok::VBar => "|",
            Tok::Circumflex => "^",
            Tok::Tilde => "~",
            Tok::ColonEqual => ":=",
            Tok::Less => "<",
            Tok::Greater => ">",
            Tok::LessEqual => "<=",
            Tok::GreaterEqual => ">=",
            Tok::EqEqual => "==",
            Tok::NotEqual => "!=",
            Tok::Rpar => ")",
            Tok::Lsqb => "[",
            Tok::Rsqb => "]",
            Tok::Lbrace => "{",
            Tok::Rbrace => "}",
            Tok::Comma => ",",
            Tok::Colon => ":",
            Tok::Dot => ".",
            Tok::Semi => ";",
            Tok::Equal => "=",
            Tok::Rarrow => "->",
            Tok::PlusEqual => "+=",
            Tok::MinusEqual => "-=",
            Tok::StarEqual => "*=",
            Tok::SlashEqual => "/=",
            Tok::DoubleSlashEqual => "//=",
            Tok::PercentEqual => "%=",
            Tok::AtEqual => "@=",
            Tok::AmperEqual => "&=",
            Tok::VBarEqual => "|=",
            Tok::CircumflexEqual => "^=",
            Tok::LShiftEqual => "<<=",
            Tok::RShiftEqual => ">>=",
            Tok::DoubleStarEqual => "**=",
            Tok::Ellipsis => "...",
        };
        f.write_str(s)
    }
}

/// A decoded string literal.
#[derive(Debug, Clone, PartialEq)]
pub enum StringLit {
    Str(String),
    Bytes(Vec<u8>),
    /// An f-string: literal text and replacement fields, in order.
    FString(Vec<FStringPart>),
}

/// One piece of an f-string (or of a format spec inside one).
#[derive(Debug, Clone, PartialEq)]
pub enum FStringPart {
    /// Literal text, escapes and `{{`/`}}` already decoded.
    Literal(String),
    Field(Box<FStringField>),
}

/// A replacement field `{expr!c:spec}`.
#[derive(Debug, Clone, PartialEq)]
pub struct FStringField {
    /// Absolute byte offsets of the expression text in the source.
    pub expr_start: u32,
    pub expr_end: u32,
    /// For `{expr=}`: the literal text to print before the value (`"expr="`, with its spaces).
    pub debug_text: Option<String>,
    /// `'s'`, `'r'` or `'a'` when a `!c` conversion was written.
    pub conversion: Option<char>,
    /// The format spec after `:`, which may contain nested fields.
    pub format_spec: Option<Vec<FStringPart>>,
    /// Byte offsets of the whole field, braces included.
    pub start: u32,
    pub end: u32,
}

/// Which Python exception class a tokenizer error becomes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LexErrorKind {
    Syntax,
    Indentation,
    Tab,
}

/// A tokenizer error, reported as a `SyntaxError` (or one of its subclasses).
#[derive(Debug, Clone, PartialEq)]
pub struct LexError {
    pub kind: LexErrorKind,
    pub msg: String,
    /// Byte offsets of the offending text.
    pub start: u32,
    pub end: u32,
    /// True when more input could make the source valid (end of file inside brackets, inside a
    /// triple-quoted string, or after a backslash continuation): the REPL asks for more lines.
    pub incomplete: bool,
}

impl LexError {
    pub fn new(msg: impl Into<String>, start: usize, end: usize) -> LexError {
        LexError {
            kind: LexErrorKind::Syntax,
            msg: msg.into(),
            start: start as u32,
            end: end as u32,
            incomplete: false,
        }
    }

    pub fn with_kind(mut self, kind: LexErrorKind) -> LexError {
        self.kind = kind;
        self
    }

    pub fn incomplete(mut self) -> LexError {
        self.incomplete = true;
        self
    }
}

impl fmt::Display for LexError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.msg)
    }
}

impl std::error::Error for LexError {}
