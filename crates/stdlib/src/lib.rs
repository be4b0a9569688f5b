//! pyrite-stdlib
