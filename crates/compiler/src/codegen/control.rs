//! Loops, `try`, `with`, and leaving them early.
//!
//! The compiler keeps a stack of "frame blocks" (fblocks) describing the constructs that
//! enclose the code being compiled. `return`, `break` and `continue` unwind them from the
//! inside out, emitting what each needs: pop a loop's iterator, `PopBlock` a handler, run a
//! `finally` body inline, call a `with` block's `__exit__(None, None, None)`, leave an except
//! handler (`PopExcept`, and delete the `as` name).
//!
//! The exception-handling shapes follow the protocol documented in `bytecode.rs`. A handler
//! entered with `[.., exc]` first does `SetupFinally(cleanup); PushExcInfo`: the cleanup block
//! records the depth with `exc` on the stack, and after `PushExcInfo` that slot holds the
//! previous exception, so an exception escaping the handler reaches `cleanup` with
//! `[.., prev, exc2]`, which restores `prev` and re-raises: `Copy(2); PopExcept; Reraise`.

use pyrite_object::bytecode::Instr;
use pyrite_object::code::Position;

use super::{CResult, Compiler, Label, NameCtx, UnitKind};
use crate::ast::*;
use crate::consts::Const;

/// CPython's limit on statically nested blocks.
const MAX_FBLOCKS: usize = 20;

#[derive(Clone)]
pub(crate) enum FBlock<'a> {
    WhileLoop {
        start: Label,
        exit: Label,
    },
    /// `for` and `async for`: the iterator is on the stack.
    ForLoop {
        start: Label,
        exit: Label,
    },
    /// The body of a `try` with handlers (a handler block is pushed).
    TryExcept,
    /// The body of a `try` with `finally` (a handler block is pushed).
    FinallyTry {
        finalbody: &'a [Stmt],
    },
    /// A `finally` body run for an exception: `[prev, exc]` on the stack, cleanup block pushed.
    FinallyEnd,
    /// A `with` body: `[exit]` on the stack, a handler block pushed.
    With {
        is_async: bool,
        loc: Position,
    },
    /// An except handler's body: `[prev]` on the stack, the cleanup block pushed, and for a
    /// named handler also the block that deletes the name.
    HandlerCleanup {
        name: Option<&'a str>,
        span: Span,
    },
    /// A value to discard (a return value kept while a `finally` body runs).
    PopValue,
    /// Matching an exception against the except clauses.
    ExceptionHandler,
    /// The same for `except*`, where `break`/`continue`/`return` are forbidden.
    ExceptionGroupHandler,
}

impl<'a> Compiler<'a> {
    pub(crate) fn push_fblock(&mut self, b: FBlock<'a>, span: Span) -> CResult {
        if self.unit().fblocks.len() >= MAX_FBLOCKS {
            return self.error("too many statically nested blocks", span);
        }
        self.unit_mut().fblocks.push(b);
        Ok(())
    }

    pub(crate) fn pop_fblock(&mut self) {
        self.unit_mut().fblocks.pop();
    }

    /// Emit the code that leaves one fblock. With `preserve_tos`, a value on top of the stack
    /// (a return value) is kept above whatever the block removes.
    fn unwind_fblock(&mut self, b: &FBlock<'a>, preserve_tos: bool) -> CResult {
        match b {
            FBlock::WhileLoop { .. } | FBlock::ExceptionHandler | FBlock::ExceptionGroupHandler => {
            }
            FBlock::ForLoop { .. } => {
                if preserve_tos {
                    self.emit(Instr::Swap(2));
                }
                self.emit(Instr::PopTop);
            }
            FBlock::TryExcept => self.emit(Instr::PopBlock),
            FBlock::FinallyTry { finalbody } => {
                self.emit(Instr::PopBlock);
                if preserve_tos {
                    self.push_fblock(FBlock::PopValue, Span::default())?;
                }
                let loc = self.unit().loc;
                self.compile_stmts(finalbody)?;
                self.restore_loc(loc);
                if preserve_tos {
                    self.pop_fblock();
                }
            }
            FBlock::FinallyEnd => {
                // [prev, exc, (value)]: drop exc, leave the handler.
                if preserve_tos {
                    self.emit(Instr::Swap(2));
                }
                self.emit(Instr::PopTop);
                if preserve_tos {
                    self.emit(Instr::Swap(2));
                }
                self.emit(Instr::PopBlock);
                self.emit(Instr::PopExcept);
            }
            FBlock::With { is_async, loc } => {
                self.emit(Instr::PopBlock);
                if preserve_tos {
                    self.emit(Instr::Swap(2));
                }
                let saved = std::mem::replace(&mut self.unit_mut().loc, *loc);
                self.call_exit_with_nones(*is_async);
                self.emit(Instr::PopTop);
                self.restore_loc(saved);
            }
            FBlock::HandlerCleanup { name, span } => {
                if name.is_some() {
                    self.emit(Instr::PopBlock);
                }
                if preserve_tos {
                    self.emit(Instr::Swap(2));
                }
                self.emit(Instr::PopBlock);
                self.emit(Instr::PopExcept);
                if let Some(name) = name {
                    self.clear_handler_name(name, *span)?;
                }
            }
            FBlock::PopValue => {
                if preserve_tos {
                    self.emit(Instr::Swap(2));
                }
                self.emit(Instr::PopTop);
            }
        }
        Ok(())
    }

    /// Unwind every fblock (for `return`), or those inside the innermost loop (for `break`
    /// and `continue`: `stop_at_loop`), which is returned.
    fn unwind_fblock_stack(
        &mut self,
        preserve_tos: bool,
        stop_at_loop: bool,
        span: Span,
    ) -> CResult<Option<FBlock<'a>>> {
        let Some(top) = self.unit().fblocks.last().cloned() else {
            return Ok(None);
        };
        if matches!(top, FBlock::ExceptionGroupHandler) {
            return self.error(
                "'break', 'continue' and 'return' cannot appear in an except* block",
                span,
            );
        }
        if stop_at_loop && matches!(top, FBlock::WhileLoop { .. } | FBlock::ForLoop { .. }) {
            return Ok(Some(top));
        }
        // The block is popped while its exit code is emitted: a `finally` body compiled
        // here must see only the blocks around it.
        self.pop_fblock();
        let r = self
            .unwind_fblock(&top, preserve_tos)
            .and_then(|()| self.unwind_fblock_stack(preserve_tos, stop_at_loop, span));
        self.unit_mut().fblocks.push(top);
        r
    }

    // ---- return, break, continue ----

    pub(crate) fn compile_return(&mut self, value: Option<&'a Expr>, span: Span) -> CResult {
        if !self.unit().kind.is_function_like() {
            return self.error("'return' outside function", span);
        }
        let scope = &self.table.scopes[self.unit().scope];
        if value.is_some() && scope.coroutine && scope.generator {
            return self.error("'return' with value in async generator", span);
        }
        // A constant return value is loaded after unwinding; anything else is evaluated
        // first and kept on the stack while finally bodies and __exit__ calls run.
        let constant = value.and_then(|v| match &v.kind {
            ExprKind::Constant(c) => Some(Const::from_ast(c)),
            _ => None,
        });
        let preserve_tos = value.is_some() && constant.is_none();
        if preserve_tos {
            if let Some(v) = value {
                self.compile_expr(v)?;
            }
        }
        // CPython reports unwinding errors at the return value.
        let at = value.map_or(span, |v| v.span);
        self.unwind_fblock_stack(preserve_tos, false, at)?;
        if !preserve_tos {
            self.load_const(constant.unwrap_or(Const::None));
        }
        self.emit(Instr::ReturnValue);
        Ok(())
    }

    pub(crate) fn compile_break(&mut self, span: Span) -> CResult {
        let Some(lp) = self.unwind_fblock_stack(false, true, span)? else {
            return self.error("'break' outside loop", span);
        };
        self.unwind_fblock(&lp, false)?;
        match lp {
            FBlock::WhileLoop { exit, .. } | FBlock::ForLoop { exit, .. } => {
                self.emit_jump(Instr::Jump, exit)
            }
            _ => unreachable!("unwind_fblock_stack returns loops only"),
        }
        Ok(())
    }

    pub(crate) fn compile_continue(&mut self, span: Span) -> CResult {
        let Some(lp) = self.unwind_fblock_stack(false, true, span)? else {
            return self.error("'continue' not properly in loop", span);
        };
        match lp {
            FBlock::WhileLoop { start, .. } | FBlock::ForLoop { start, .. } => {
                self.emit_jump(Instr::Jump, start)
            }
            _ => unreachable!("unwind_fblock_stack returns loops only"),
        }
        Ok(())
    }

    // ---- loops ----

    /// The test is compiled twice, at the top and (jumping back) at the bottom, so an
    /// iteration costs one conditional jump instead of a test and an unconditional jump.
    pub(crate) fn compile_while(
        &mut self,
        test: &'a Expr,
        body: &'a [Stmt],
        orelse: &'a [Stmt],
        span: Span,
    ) -> CResult {
        let start = self.new_label();
        let body_start = self.new_label();
        let anchor = self.new_label();
        let exit = self.new_label();
        self.bind(start);
        self.push_fblock(FBlock::WhileLoop { start, exit }, span)?;
        self.jump_if(test, anchor, false)?;
        self.bind(body_start);
        self.compile_stmts(body)?;
        self.set_loc(span);
        self.jump_if(test, body_start, true)?;
        self.pop_fblock();
        self.bind(anchor);
        self.compile_stmts(orelse)?;
        self.bind(exit);
        Ok(())
    }

    pub(crate) fn compile_for(
        &mut self,
        target: &'a Expr,
        iter: &'a Expr,
        body: &'a [Stmt],
        orelse: &'a [Stmt],
        span: Span,
    ) -> CResult {
        let start = self.new_label();
        let cleanup = self.new_label();
        let exit = self.new_label();
        self.compile_iterable(iter)?;
        self.emit(Instr::GetIter);
        self.bind(start);
        self.emit_jump(Instr::ForIter, cleanup);
        self.push_fblock(FBlock::ForLoop { start, exit }, span)?;
        self.compile_store(target)?;
        self.compile_stmts(body)?;
        self.emit_jump(Instr::Jump, start);
        self.pop_fblock();
        self.bind(cleanup);
        self.compile_stmts(orelse)?;
        self.bind(exit);
        Ok(())
    }

    pub(crate) fn compile_async_for(
        &mut self,
        target: &'a Expr,
        iter: &'a Expr,
        body: &'a [Stmt],
        orelse: &'a [Stmt],
        span: Span,
    ) -> CResult {
        if self.unit().kind != UnitKind::AsyncFunction {
            return self.error("'async for' outside async function", span);
        }
        let start = self.new_label();
        let except = self.new_label();
        let exit = self.new_label();
        self.compile_expr(iter)?;
        self.emit(Instr::GetAIter);
        self.bind(start);
        self.push_fblock(FBlock::ForLoop { start, exit }, span)?;
        // Only the __anext__ call is guarded: StopAsyncIteration from it ends the loop.
        self.emit_jump(Instr::SetupFinally, except);
        self.emit(Instr::GetANext);
        self.load_none();
        self.emit(Instr::YieldFrom);
        self.emit(Instr::PopBlock);
        self.compile_store(target)?;
        self.compile_stmts(body)?;
        self.emit_jump(Instr::Jump, start);
        self.pop_fblock();
        self.bind(except);
        let old = self.set_loc(iter.span);
        self.emit(Instr::EndAsyncFor);
        self.restore_loc(old);
        self.compile_stmts(orelse)?;
        self.bind(exit);
        Ok(())
    }

    // ---- try ----

    pub(crate) fn compile_try(
        &mut self,
        body: &'a [Stmt],
        handlers: &'a [ExceptHandler],
        orelse: &'a [Stmt],
        finalbody: &'a [Stmt],
        is_star: bool,
        span: Span,
    ) -> CResult {
        if finalbody.is_empty() {
            return self.compile_try_except(body, handlers, orelse, is_star, span);
        }
        let end = self.new_label();
        let exit = self.new_label();
        let cleanup = self.new_label();

        // try body (with its handlers, if any)
        self.emit_jump(Instr::SetupFinally, end);
        self.push_fblock(FBlock::FinallyTry { finalbody }, span)?;
        if handlers.is_empty() {
            self.compile_stmts(body)?;
        } else {
            self.compile_try_except(body, handlers, orelse, is_star, span)?;
        }
        self.pop_fblock();
        self.emit(Instr::PopBlock);
        // finally, normal path
        self.compile_stmts(finalbody)?;
        self.emit_jump(Instr::Jump, exit);

        // finally, exceptional path: [exc]
        self.bind(end);
        self.emit_jump(Instr::SetupFinally, cleanup);
        self.emit(Instr::PushExcInfo);
        self.push_fblock(FBlock::FinallyEnd, span)?;
        self.compile_stmts(finalbody)?;
        self.pop_fblock();
        self.emit(Instr::Reraise);

        self.bind(cleanup);
        self.emit_pop_except_and_reraise();
        self.bind(exit);
        Ok(())
    }

    /// `[prev, exc] -> (raise exc)` after restoring `prev` as the handled exception.
    fn emit_pop_except_and_reraise(&mut self) {
        self.emit(Instr::Copy(2));
        self.emit(Instr::PopExcept);
        self.emit(Instr::Reraise);
    }

    fn compile_try_except(
        &mut self,
        body: &'a [Stmt],
        handlers: &'a [ExceptHandler],
        orelse: &'a [Stmt],
        is_star: bool,
        span: Span,
    ) -> CResult {
        let handler = self.new_label();
        let end = self.new_label();
        let cleanup = self.new_label();

        self.emit_jump(Instr::SetupFinally, handler);
        self.push_fblock(FBlock::TryExcept, span)?;
        self.compile_stmts(body)?;
        self.pop_fblock();
        self.emit(Instr::PopBlock);
        self.compile_stmts(orelse)?;
        self.emit_jump(Instr::Jump, end);

        // [exc]
        self.bind(handler);
        self.emit_jump(Instr::SetupFinally, cleanup);
        self.emit(Instr::PushExcInfo);
        // [prev, exc]
        let group = if is_star {
            FBlock::ExceptionGroupHandler
        } else {
            FBlock::ExceptionHandler
        };
        self.push_fblock(group, span)?;
        for (i, h) in handlers.iter().enumerate() {
            let old = self.set_loc(h.span);
            if h.typ.is_none() && i + 1 < handlers.len() {
                return self.error("default 'except:' must be last", h.span);
            }
            let next = self.new_label();
            if let Some(t) = &h.typ {
                self.compile_expr(t)?;
                self.emit(Instr::CheckExcMatch);
                self.emit_jump(Instr::PopJumpIfFalse, next);
            }
            match &h.name {
                Some(name) => {
                    // try: body finally: name = None; del name
                    let cleanup_end = self.new_label();
                    self.compile_name(name, NameCtx::Store, h.span)?;
                    self.emit_jump(Instr::SetupFinally, cleanup_end);
                    self.push_fblock(
                        FBlock::HandlerCleanup {
                            name: Some(name),
                            span: h.span,
                        },
                        h.span,
                    )?;
                    self.compile_stmts(&h.body)?;
                    self.pop_fblock();
                    self.emit(Instr::PopBlock);
                    self.emit(Instr::PopBlock);
                    self.emit(Instr::PopExcept);
                    self.clear_handler_name(name, h.span)?;
                    self.emit_jump(Instr::Jump, end);
                    // [prev, exc2]
                    self.bind(cleanup_end);
                    self.clear_handler_name(name, h.span)?;
                    self.emit(Instr::Reraise);
                }
                None => {
                    self.emit(Instr::PopTop);
                    self.push_fblock(
                        FBlock::HandlerCleanup {
                            name: None,
                            span: h.span,
                        },
                        h.span,
                    )?;
                    self.compile_stmts(&h.body)?;
                    self.pop_fblock();
                    self.emit(Instr::PopBlock);
                    self.emit(Instr::PopExcept);
                    self.emit_jump(Instr::Jump, end);
                }
            }
            self.bind(next);
            self.restore_loc(old);
        }
        self.pop_fblock();
        // No clause matched: [prev, exc] re-raised through the cleanup block.
        self.emit(Instr::Reraise);
        self.bind(cleanup);
        self.emit_pop_except_and_reraise();
        self.bind(end);
        Ok(())
    }

    /// `name = None; del name`: an `except ... as name` target does not outlive its handler
    /// (it would keep the traceback and its frames alive).
    fn clear_handler_name(&mut self, name: &str, span: Span) -> CResult {
        self.load_none();
        self.compile_name(name, NameCtx::Store, span)?;
        self.compile_name(name, NameCtx::Del, span)
    }

    // ---- with ----

    pub(crate) fn compile_with(
        &mut self,
        items: &'a [WithItem],
        body: &'a [Stmt],
        is_async: bool,
        span: Span,
    ) -> CResult {
        if is_async && self.unit().kind != UnitKind::AsyncFunction {
            return self.error("'async with' outside async function", span);
        }
        self.compile_with_item(items, 0, body, is_async, span)
    }

    fn compile_with_item(
        &mut self,
        items: &'a [WithItem],
        pos: usize,
        body: &'a [Stmt],
        is_async: bool,
        span: Span,
    ) -> CResult {
        let item = &items[pos];
        let final_ = self.new_label();
        let exit = self.new_label();
        let cleanup = self.new_label();
        let suppress = self.new_label();
        let stmt_loc = self.unit().loc;

        self.compile_expr(&item.context_expr)?;
        if is_async {
            self.emit(Instr::BeforeAsyncWith);
            self.emit_await();
        } else {
            self.emit(Instr::BeforeWith);
        }
        // [exit, enter_result]
        self.emit_jump(Instr::SetupWith, final_);
        self.push_fblock(
            FBlock::With {
                is_async,
                loc: stmt_loc,
            },
            span,
        )?;
        match &item.optional_vars {
            Some(target) => self.compile_store(target)?,
            None => self.emit(Instr::PopTop),
        }
        if pos + 1 < items.len() {
            self.compile_with_item(items, pos + 1, body, is_async, span)?;
        } else {
            self.compile_stmts(body)?;
        }
        self.pop_fblock();
        self.restore_loc(stmt_loc);
        self.emit(Instr::PopBlock);
        self.call_exit_with_nones(is_async);
        self.emit(Instr::PopTop);
        self.emit_jump(Instr::Jump, exit);

        // [exit, exc]
        self.bind(final_);
        self.emit_jump(Instr::SetupFinally, cleanup);
        self.emit(Instr::PushExcInfo);
        // [exit, prev, exc]
        self.emit(Instr::WithExceptStart);
        if is_async {
            self.emit_await();
        }
        self.emit_jump(Instr::PopJumpIfTrue, suppress);
        self.emit(Instr::Reraise);
        // __exit__ returned true: swallow the exception.
        self.bind(suppress);
        self.emit(Instr::PopTop);
        self.emit(Instr::PopBlock);
        self.emit(Instr::PopExcept);
        self.emit(Instr::PopTop);
        self.emit_jump(Instr::Jump, exit);

        self.bind(cleanup);
        self.emit_pop_except_and_reraise();
        self.bind(exit);
        Ok(())
    }

    /// `[exit] -> [exit(None, None, None)]` (awaited for `async with`).
    fn call_exit_with_nones(&mut self, is_async: bool) {
        self.load_none();
        self.load_none();
        self.load_none();
        self.emit(Instr::Call(3));
        if is_async {
            self.emit_await();
        }
    }

    /// `[awaitable] -> [result]`.
    pub(crate) fn emit_await(&mut self) {
        self.emit(Instr::GetAwaitable);
        self.load_none();
        self.emit(Instr::YieldFrom);
    }
}
