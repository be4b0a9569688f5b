//! pyrite-compiler: AST → code objects.
//!
//! `symtable` resolves every name to a scope; `codegen` emits bytecode per scope (with
//! `fold` for constant expressions); `assemble` resolves jumps, drops dead code and computes
//! the stack size; `dis` prints the result.

mod assemble;
mod codegen;
mod consts;
mod dis;
mod fold;
mod frozenset;
mod future;
mod mangle;
mod source;
pub mod symtable;

#[cfg(test)]
mod tests;

use pyrite_object::CodeObject;

pub use dis::disassemble;
pub use pyrite_parser::ast;
pub use pyrite_parser::{SyntaxError, SyntaxErrorKind};

/// Errors are boxed inside the compiler: results stay one word, which keeps the frames of
/// the recursive passes small.
pub(crate) type CompileError = Box<SyntaxError>;

use codegen::Compiler;
use source::Source;
use symtable::SymbolTable;

/// What a piece of source is compiled as (CPython's `compile()` modes).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// A module: statements; the code returns None.
    Exec,
    /// One expression; the code returns its value.
    Eval,
    /// One interactive (REPL) input: expression statements at top level show their value
    /// through `sys.displayhook` (`PrintExpr`).
    Single,
}

/// Parse and compile `source`.
pub fn compile(source: &str, filename: &str, mode: Mode) -> Result<CodeObject, SyntaxError> {
    match mode {
        Mode::Exec => compile_module(
            &pyrite_parser::parse_module(source, filename)?,
            source,
            filename,
            mode,
        ),
        Mode::Single => compile_module(
            &pyrite_parser::parse_interactive(source, filename)?,
            source,
            filename,
            mode,
        ),
        Mode::Eval => compile_expression(
            &pyrite_parser::parse_expression(source, filename)?,
            source,
            filename,
        ),
    }
}

/// Compile a parsed module. In `Eval` mode the module must be a single expression statement.
pub fn compile_module(
    module: &ast::Module,
    source: &str,
    filename: &str,
    mode: Mode,
) -> Result<CodeObject, SyntaxError> {
    let src = Source::new(source, filename);
    if mode == Mode::Eval {
        return match module.body.as_slice() {
            [ast::Stmt {
                kind: ast::StmtKind::Expr(e),
                ..
            }] => compile_expression(e, source, filename),
            [first, ..] => Err(*src.error("invalid syntax", first.span)),
            [] => Err(*src.error("invalid syntax", ast::Span::default())),
        };
    }
    let features = future::check_future_imports(&src, &module.body).map_err(|e| *e)?;
    let table = SymbolTable::build(&src, &module.body, features.annotations).map_err(|e| *e)?;
    Compiler::new(src, table, mode, features.annotations)
        .compile_module(&module.body)
        .map_err(|e| *e)
}

/// Compile one expression into a code object that evaluates and returns it (`eval` mode).
pub fn compile_expression(
    expr: &ast::Expr,
    source: &str,
    filename: &str,
) -> Result<CodeObject, SyntaxError> {
    let src = Source::new(source, filename);
    let table = SymbolTable::build_expression(&src, expr).map_err(|e| *e)?;
    Compiler::new(src, table, Mode::Eval, false)
        .compile_eval(expr)
        .map_err(|e| *e)
}
