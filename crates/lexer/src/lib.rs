//! pyrite-lexer: the Python tokenizer.
//!
//! [`Tokenizer`] turns source text into [`Tok`]s with byte spans, in the shape an lalrpop
//! external lexer wants (`Iterator<Item = Result<(usize, Tok, usize), LexError>>`).
//! Raw token shapes come from a logos-generated scanner; indentation, brackets, numbers,
//! strings and f-string splitting are handled here. [`LineIndex`] maps byte offsets to
//! line/column for error messages and tracebacks.

mod fstring;
mod line_index;
mod number;
mod raw;
mod string;
mod token;
mod tokenizer;

pub use line_index::LineIndex;
pub use token::{FStringField, FStringPart, LexError, LexErrorKind, StringLit, Tok};
pub use tokenizer::{tokenize, Mode, Spanned, Tokenizer};

#[cfg(test)]
mod tests;
