//! VM micro-operations: each case is a Python function `bench(n)` whose loop does one
//! operation per iteration, run by the real interpreter; throughput is `n` operations, so
//! criterion's time divided by `N` is the cost of one operation *plus one loop iteration*.
//! `loop (empty)` measures the loop alone (`for i in range(n): pass`), to subtract.
//!
//! `refcount/*` clones and drops an `ObjRef` directly (no interpreter): one increment plus
//! one decrement per element, on a counted object and on an immortal one. Running the benches
//! in both builds shows what the atomic counts of the free-threaded build cost.

use std::hint::black_box;
use std::time::Duration;

use criterion::measurement::Measurement;
use criterion::{Criterion, Throughput};
use pyrite_benches::clock::group_name;
use pyrite_benches::{bench_main, immortal_object, mortal_object, BenchVm};
use pyrite_object::{ObjRef, Value};

/// Loop iterations (operations) per call of a snippet's `bench(n)`.
const N: i64 = 10_000;

/// (name, source defining `bench(n)`): one operation per loop iteration.
const SNIPPETS: &[(&str, &str)] = &[
    (
        "loop (empty)",
        "def bench(n):
    for i in range(n):
        pass
",
    ),
    (
        "call",
        "def f(x):
    return x

def bench(n):
    for i in range(n):
        f(i)
",
    ),
    (
        "method call",
        "class C:
    def m(self, x):
        return x

def bench(n):
    o = C()
    for i in range(n):
        o.m(i)
",
    ),
    (
        "attribute load",
        "class C:
    def __init__(self):
        self.x = 1

def bench(n):
    o = C()
    for i in range(n):
        o.x
",
    ),
    (
        "attribute store",
        "class C:
    def __init__(self):
        self.x = 1

def bench(n):
    o = C()
    for i in range(n):
        o.x = i
",
    ),
    (
        "dict get",
        "def bench(n):
    d = {'a': 1, 'k': 2, 'z': 3}
    for i in range(n):
        d['k']
",
    ),
    (
        "dict set",
        "def bench(n):
    d = {'a': 1, 'k': 2, 'z': 3}
    for i in range(n):
        d['k'] = i
",
    ),
    (
        "list append",
        "def bench(n):
    a = []
    for i in range(n):
        a.append(i)
    return len(a)
",
    ),
    (
        "int add",
        "def bench(n):
    x = 0
    for i in range(n):
        x = x + i
    return x
",
    ),
    (
        "float add",
        "def bench(n):
    x = 0.0
    for i in range(n):
        x = x + 0.5
    return x
",
    ),
    (
        // `b = a` with `a` a list: LOAD_FAST increments, STORE_FAST decrements the old value;
        // the Python-level view of the refcount microbench below.
        "object local copy",
        "def bench(n):
    a = []
    b = None
    for i in range(n):
        b = a
",
    ),
];

fn vm_ops<M: Measurement>(c: &mut Criterion<M>) {
    let mut bvm = BenchVm::new();
    let mut g = c.benchmark_group(group_name("vm_ops"));
    g.throughput(Throughput::Elements(N as u64));
    for (name, source) in SNIPPETS {
        let f = bvm.load_function(name, source, "bench");
        // One untimed call checks the snippet runs (it panics with the traceback if not).
        bvm.call1(&f, Value::Int(N));
        g.bench_function(*name, |b| {
            b.iter(|| bvm.call1(&f, Value::Int(black_box(N))))
        });
    }
    g.finish();
}

/// Clones (increments) and drops (decrements) per timed iteration.
const RC_OPS: u64 = 1000;

// Not inlined, so its machine code is easy to find and compare between the builds
// (`objdump -d target/release/deps/vm_ops-*`: `lock incl`/`lock decl` vs plain `inc`/`dec`).
#[inline(never)]
fn clone_drop(o: &ObjRef) {
    for _ in 0..RC_OPS {
        let c = black_box(o).clone();
        // The clone must really exist (and its count be written) before it is dropped.
        black_box(&c);
        drop(c);
    }
}

fn refcount<M: Measurement>(c: &mut Criterion<M>) {
    let mortal = mortal_object();
    let immortal = immortal_object();
    let mut g = c.benchmark_group(group_name("refcount"));
    g.throughput(Throughput::Elements(RC_OPS));
    g.bench_function("clone+drop (counted)", |b| b.iter(|| clone_drop(&mortal)));
    g.bench_function("clone+drop (immortal)", |b| {
        b.iter(|| clone_drop(&immortal))
    });
    g.finish();
    assert_eq!(mortal.refcount(), 1, "every clone was dropped");
}

bench_main! {
    // Short defaults so a full run takes about a minute; command-line flags
    // (`-- --measurement-time 10`) override them.
    config = Criterion::default()
        .sample_size(30)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(2));
    targets = vm_ops, refcount
}
