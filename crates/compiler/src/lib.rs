//! pyrite-compiler
