//! Robustness: no input makes the parser panic.

use crate::{is_incomplete_input, parse_expression, parse_interactive, parse_module};

/// A sample program touching most of the grammar.
pub const SAMPLE: &str = r#"
import os.path as osp, sys
from . import sibling
from ..pkg.mod import (a, b as c,)

GLOBAL: int = 1

@decorator(arg=1)
class Thing(Base, metaclass=Meta):
    """Docstring with 'quotes' and \"escapes\"."""
    attr = [x * 2 for x in range(10) if x % 2]

    def method(self, a, /, b=2, *args, c, d=4, **kw) -> "Thing":
        global GLOBAL
        try:
            with open(a) as f, (yield b) as g:
                data = f.read()
        except (OSError, ValueError) as e:
            raise RuntimeError(f"bad {a!r:>10} {e=}") from e
        except KeyError:
            pass
        else:
            return {k: v for k, v in kw.items()}
        finally:
            del self.attr[0], b
        lambda x, *y, z=1, **w: (x, y, z, w)
        while (n := len(data)) > 10:
            data = data[1:-1:2]
            if n == 11: break
            elif n > 100:
                continue
        for i, (j, *k) in enumerate(args):
            print(i, j, *k, sep='', end="\n")
        async def inner():
            async with lock:
                await asyncio.sleep(0.5)
            async for item in aiter():
                yield item
        return -2 ** -1 if not a is not b else ~a @ b // c

assert Thing, "message"
x = 0x_ff + 0o17 + 0b1 + 1_000.5e-3j + .5 + 1.
s = b'bytes' b"more" rb'\d'
t = ('implicit'
     "concatenation" f'{x:{width}.{prec}}')
"#;

/// A tiny deterministic generator (no external crates needed).
struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        self.0 >> 33
    }
}

/// Iterations for the randomized tests; `PYRITE_FUZZ_ITERS` raises it for a longer local run.
fn iterations() -> usize {
    std::env::var("PYRITE_FUZZ_ITERS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(3000)
}

fn try_all(src: &str) {
    let _ = parse_module(src, "fuzz.py");
    let _ = parse_expression(src, "fuzz.py");
    let _ = parse_interactive(src, "fuzz.py");
    let _ = is_incomplete_input(src);
}

#[test]
fn sample_parses() {
    crate::parse_module(SAMPLE, "sample.py").unwrap();
}

#[test]
fn truncations_never_panic() {
    let mut cut = 0;
    while cut <= SAMPLE.len() {
        if SAMPLE.is_char_boundary(cut) {
            let _ = parse_module(&SAMPLE[..cut], "fuzz.py");
            let _ = is_incomplete_input(&SAMPLE[..cut]);
        }
        cut += 1;
    }
}

#[test]
fn mutations_never_panic() {
    let mut rng = Lcg(42);
    let bytes = SAMPLE.as_bytes();
    let pieces: &[&str] = &[
        "(", ")", "[", "]", "{", "}", ":", "\n", "    ", "\t", "'", "\"", "'''", "f'{", "}", "\\",
        "=", ",", "*", "**", "lambda", "yield", "async", "if", "else", "é", "#", ";", "@", ".",
        "0x", "1e", "_", ":=", "->", "!r", "\r", "\x0c",
    ];
    for _ in 0..iterations() {
        let mut s = String::new();
        let start = (rng.next() as usize) % bytes.len();
        let len = (rng.next() as usize) % 200;
        let end = (start + len).min(bytes.len());
        let chunk = String::from_utf8_lossy(&bytes[start..end]).into_owned();
        let at = if chunk.is_empty() {
            0
        } else {
            (rng.next() as usize) % chunk.len()
        };
        let at = (0..=at)
            .rev()
            .find(|&i| chunk.is_char_boundary(i))
            .unwrap_or(0);
        s.push_str(&chunk[..at]);
        s.push_str(pieces[(rng.next() as usize) % pieces.len()]);
        s.push_str(&chunk[at..]);
        try_all(&s);
    }
}

#[test]
fn random_bytes_never_panic() {
    let mut rng = Lcg(7);
    let alphabet = b"ab1 ()[]{}:,.=+-*/%'\"\\\n\t#@!<>fjx_\r";
    for _ in 0..iterations() {
        let len = (rng.next() % 40) as usize;
        let s: String = (0..len)
            .map(|_| alphabet[(rng.next() as usize) % alphabet.len()] as char)
            .collect();
        try_all(&s);
    }
}
