//! Assembly: resolve labels, drop unreachable code and jumps to the next instruction, and
//! compute the deepest the value stack gets (`max_stack`) by following every path.

use pyrite_object::bytecode::Instr;
use pyrite_object::code::Position;

pub(crate) struct Assembly {
    pub(crate) instrs: Vec<Instr>,
    pub(crate) positions: Vec<Position>,
    pub(crate) max_stack: u32,
}

pub(crate) fn assemble(
    mut instrs: Vec<Instr>,
    mut positions: Vec<Position>,
    labels: &[u32],
) -> Assembly {
    for i in instrs.iter_mut() {
        if let Some(t) = i.jump_target_mut() {
            let target = labels[*t as usize];
            debug_assert_ne!(target, u32::MAX, "jump to an unbound label");
            *t = target;
        }
    }
    thread_jumps(&mut instrs);
    // Removing dead code can make a jump point at the next instruction, and removing that
    // jump can expose another; a few rounds reach the fixed point.
    for _ in 0..4 {
        let (reachable, _) = stack_depths(&instrs);
        let mut keep: Vec<bool> = reachable.iter().map(|d| d.is_some()).collect();
        // Backwards, so a jump's destination is already resolved to the first kept
        // instruction at or after it.
        let n = instrs.len();
        let mut first_kept_from = vec![n; n + 1];
        for i in (0..n).rev() {
            if keep[i] {
                let to_next = match instrs[i] {
                    Instr::Jump(t) => {
                        let t = t as usize;
                        t > i && first_kept_from[t] == first_kept_from[i + 1]
                    }
                    Instr::Nop => true,
                    _ => false,
                };
                if to_next {
                    keep[i] = false;
                }
            }
            first_kept_from[i] = if keep[i] { i } else { first_kept_from[i + 1] };
        }
        if keep.iter().all(|&k| k) {
            break;
        }
        compact(&mut instrs, &mut positions, &keep);
    }
    fuse_local_attributes(&mut instrs);
    let (_, max_stack) = stack_depths(&instrs);
    Assembly {
        instrs,
        positions,
        max_stack,
    }
}

/// `local.attr` loads, stores and method loads: a `LoadFast` followed by `LoadAttr`,
/// `StoreAttr` or `LoadMethod` becomes `LoadFastAttr`/`LoadFastStoreAttr`/`LoadFastMethod`
/// (see their docs). The second instruction is kept, so nothing else moves.
fn fuse_local_attributes(instrs: &mut [Instr]) {
    for i in 1..instrs.len() {
        if let Instr::LoadFast(local) = instrs[i - 1] {
            match instrs[i] {
                Instr::LoadAttr(_) => instrs[i - 1] = Instr::LoadFastAttr(local),
                Instr::StoreAttr(_) => instrs[i - 1] = Instr::LoadFastStoreAttr(local),
                Instr::LoadMethod(_) => instrs[i - 1] = Instr::LoadFastMethod(local),
                _ => {}
            }
        }
    }
}

/// A jump to an unconditional `Jump` goes straight to that jump's target (the intermediate
/// jump then often becomes dead). Handler targets are left alone.
fn thread_jumps(instrs: &mut [Instr]) {
    for i in 0..instrs.len() {
        if matches!(instrs[i], Instr::SetupFinally(_) | Instr::SetupWith(_)) {
            continue;
        }
        let Some(mut t) = instrs[i].jump_target() else {
            continue;
        };
        // Bounded: a cycle of jumps (`while True: pass`) must not loop forever.
        for _ in 0..8 {
            match instrs.get(t as usize) {
                Some(Instr::Jump(next)) if *next != t => t = *next,
                _ => break,
            }
        }
        if let Some(target) = instrs[i].jump_target_mut() {
            *target = t;
        }
    }
}

/// Keep the instructions marked in `keep`; a jump to a removed instruction goes to the next
/// kept one (removed instructions are dead or fall through to it).
fn compact(instrs: &mut Vec<Instr>, positions: &mut Vec<Position>, keep: &[bool]) {
    let n = instrs.len();
    let mut new_index = vec![0u32; n + 1];
    let mut next = 0u32;
    for i in 0..n {
        new_index[i] = next;
        if keep[i] {
            next += 1;
        }
    }
    new_index[n] = next;
    let mut out = Vec::with_capacity(next as usize);
    let mut out_pos = Vec::with_capacity(next as usize);
    for i in 0..n {
        if keep[i] {
            let mut instr = instrs[i];
            if let Some(t) = instr.jump_target_mut() {
                *t = new_index[*t as usize];
            }
            out.push(instr);
            out_pos.push(positions[i]);
        }
    }
    *instrs = out;
    *positions = out_pos;
}

/// Stack depth on entry to each instruction (`None` where unreachable), and the maximum.
fn stack_depths(instrs: &[Instr]) -> (Vec<Option<u32>>, u32) {
    let mut depth: Vec<Option<u32>> = vec![None; instrs.len()];
    let mut max = 0i64;
    let mut work: Vec<(usize, i64)> = vec![(0, 0)];
    while let Some((start, d0)) = work.pop() {
        let mut i = start;
        let mut d = d0;
        while i < instrs.len() {
            if let Some(seen) = depth[i] {
                debug_assert_eq!(
                    seen as i64, d,
                    "inconsistent stack depth at instruction {i} ({:?})",
                    instrs[i]
                );
                break;
            }
            debug_assert!(d >= 0, "negative stack depth at instruction {i}");
            depth[i] = Some(d.max(0) as u32);
            max = max.max(d);
            let instr = instrs[i];
            if let Some(t) = instr.jump_target() {
                let jd = d + jump_effect(&instr);
                max = max.max(jd);
                work.push((t as usize, jd));
            }
            if ends_block(&instr) {
                break;
            }
            d += stack_effect(&instr);
            max = max.max(d);
            i += 1;
        }
    }
    (depth, max.max(0) as u32)
}

/// Instructions after which control never falls through.
fn ends_block(i: &Instr) -> bool {
    matches!(
        i,
        Instr::Jump(_) | Instr::ReturnValue | Instr::Reraise | Instr::RaiseVarargs(_)
    )
}

/// Change in stack depth when a jump-like instruction branches (for handler blocks: the depth
/// the handler starts with, relative to the depth at setup).
fn jump_effect(i: &Instr) -> i64 {
    match i {
        Instr::PopJumpIfFalse(_) | Instr::PopJumpIfTrue(_) => -1,
        Instr::ForIter(_) => -1,
        // The handler gets the exception pushed at the recorded depth.
        Instr::SetupFinally(_) => 1,
        // The recorded depth excludes TOS; then the exception is pushed.
        Instr::SetupWith(_) => 0,
        _ => 0,
    }
}

/// Change in stack depth when an instruction falls through.
pub(crate) fn stack_effect(i: &Instr) -> i64 {
    use Instr::*;
    match *i {
        Nop | Swap(_) | DeleteFast(_) | DeleteDeref(_) | DeleteName(_) | DeleteGlobal(_)
        | LoadAttr(_) | SetupAnnotations | UnaryOp(_) | Jump(_) | GetIter | ListToTuple
        | SetupFinally(_) | SetupWith(_) | PopBlock | CheckExcMatch | Reraise | YieldValue
        | GetYieldFromIter | GetAwaitable | GetAIter => 0,
        PopTop => -1,
        Copy(_) => 1,
        LoadConst(_) | LoadFast(_) | LoadFastAttr(_) | LoadFastStoreAttr(_) | LoadFastMethod(_)
        | LoadDeref(_) | LoadClosure(_) | LoadClassDeref(_) | LoadName(_) | LoadGlobal(_)
        | LoadAssertionError | LoadBuildClass => 1,
        StoreFast(_) | StoreDeref(_) | StoreName(_) | StoreGlobal(_) => -1,
        StoreAttr(_) => -2,
        DeleteAttr(_) => -1,
        LoadMethod(_) => 1,
        BinarySubscr => -1,
        StoreSubscr => -3,
        DeleteSubscr => -2,
        BinaryOp(_) | InplaceOp(_) | CompareOp(_) => -1,
        PopJumpIfFalse(_) | PopJumpIfTrue(_) => -1,
        JumpIfFalseOrPop(_) | JumpIfTrueOrPop(_) => -1,
        ForIter(_) => 1,
        ReturnValue => -1,
        BuildTuple(n) | BuildList(n) | BuildSet(n) | BuildString(n) | BuildSlice(n) => 1 - n as i64,
        BuildMap(n) => 1 - 2 * n as i64,
        ListAppend(_) | SetAdd(_) | ListExtend(_) | SetUpdate(_) | DictUpdate(_) | DictMerge(_) => {
            -1
        }
        MapAdd(_) => -2,
        UnpackSequence(n) => n as i64 - 1,
        UnpackEx(arg) => (arg & 0xff) as i64 + (arg >> 8) as i64,
        FormatValue { has_spec, .. } => {
            if has_spec {
                -1
            } else {
                0
            }
        }
        MakeFunction(flags) => -((flags & 0x0f).count_ones() as i64),
        Call(n) => -(n as i64),
        CallKw(n) => -(n as i64) - 1,
        CallFunctionEx(f) => -1 - (f & 1) as i64,
        CallMethod(n) => -(n as i64) - 1,
        PushExcInfo => 1,
        PopExcept => -1,
        RaiseVarargs(n) => -(n as i64),
        BeforeWith | BeforeAsyncWith => 1,
        WithExceptStart => 1,
        YieldFrom => -1,
        ImportName(_) => -1,
        ImportFrom(_) => 1,
        ImportStar => -1,
        PrintExpr => -1,
        GetANext => 1,
        EndAsyncFor => -2,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dead_code_and_jumps_to_next_are_removed() {
        // 0 LoadConst; 1 Jump L(3); 2 LoadConst (dead); 3 ReturnValue
        let instrs = vec![
            Instr::LoadConst(0),
            Instr::Jump(0),
            Instr::LoadConst(0),
            Instr::ReturnValue,
        ];
        let labels = [3];
        let asm = assemble(instrs, vec![Position::default(); 4], &labels);
        assert_eq!(asm.instrs, vec![Instr::LoadConst(0), Instr::ReturnValue]);
        assert_eq!(asm.max_stack, 1);
    }

    #[test]
    fn jumps_to_jumps_are_threaded() {
        // 0 PopJumpIfFalse L(2); 1 ReturnValue; 2 Jump L(4); 3 Nop; 4 LoadConst; 5 ReturnValue
        let instrs = vec![
            Instr::LoadConst(0),
            Instr::PopJumpIfFalse(0),
            Instr::LoadConst(0),
            Instr::ReturnValue,
            Instr::Jump(1),
            Instr::LoadConst(0),
            Instr::ReturnValue,
        ];
        let labels = [4, 5];
        let asm = assemble(instrs, vec![Position::default(); 7], &labels);
        assert_eq!(
            asm.instrs,
            vec![
                Instr::LoadConst(0),
                Instr::PopJumpIfFalse(4),
                Instr::LoadConst(0),
                Instr::ReturnValue,
                Instr::LoadConst(0),
                Instr::ReturnValue,
            ]
        );
    }

    #[test]
    fn handler_depth_counts_the_pushed_exception() {
        // SetupFinally(h); LoadConst; LoadConst; PopTop; PopTop; PopBlock; LoadConst; Return;
        // h: PopTop; LoadConst; Return
        let instrs = vec![
            Instr::LoadConst(0),
            Instr::LoadConst(0),
            Instr::SetupFinally(0),
            Instr::PopBlock,
            Instr::ReturnValue,
            Instr::Copy(1),
            Instr::ReturnValue,
        ];
        let labels = [5];
        let asm = assemble(instrs, vec![Position::default(); 7], &labels);
        // Handler entry: 2 + exc = 3, then Copy: 4.
        assert_eq!(asm.max_stack, 4);
    }
}
