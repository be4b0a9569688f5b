//! `_random`: the Mersenne Twister (MT19937) behind `random`, bit for bit CPython's
//! `_random.Random`: the same seeding (`init_by_array` over the seed's 32-bit words), the
//! same 53-bit floats, `getrandbits` word order and `getstate()` tuple.
//!
//! The generator lives in the instance payload (`Payload::Native`), which `__new__` gives
//! to instances of `Random` and of Python subclasses alike (they also get a `__dict__`).

use std::sync::OnceLock;

use num_bigint::{BigInt, BigUint, Sign};
use num_traits::ToPrimitive;
use pyrite_object::payload::{NativeBox, Payload};
use pyrite_object::sync::ObjCell;
use pyrite_object::types::{make_type, types, Layout};
use pyrite_object::{ObjRef, Value};
use pyrite_vm::error::{overflow_error, type_error, value_error, PyResult};
use pyrite_vm::native::{add_method, add_staticmethod, set_type_attr, Args};
use pyrite_vm::ops::{as_int, IntRef};
use pyrite_vm::vm::{new_module, set_attr_str};
use pyrite_vm::Vm;

const N: usize = 624;
const M: usize = 397;
const MATRIX_A: u32 = 0x9908_b0df;
const UPPER_MASK: u32 = 0x8000_0000;
const LOWER_MASK: u32 = 0x7fff_ffff;

/// MT19937 state: 624 words and the position of the next one to temper.
pub struct Mt19937 {
    state: [u32; N],
    index: usize,
}

impl Mt19937 {
    /// All zeros (what a freshly allocated CPython `Random` holds before `__init__`).
    pub fn zeroed() -> Mt19937 {
        Mt19937 {
            state: [0; N],
            index: 0,
        }
    }

    fn init_genrand(&mut self, s: u32) {
        let mt = &mut self.state;
        mt[0] = s;
        for i in 1..N {
            mt[i] = 1_812_433_253u32
                .wrapping_mul(mt[i - 1] ^ (mt[i - 1] >> 30))
                .wrapping_add(i as u32);
        }
        self.index = N;
    }

    /// Seed from an array of 32-bit words (the reference `init_by_array`).
    pub fn init_by_array(&mut self, key: &[u32]) {
        self.init_genrand(19_650_218);
        let mt = &mut self.state;
        let (mut i, mut j) = (1usize, 0usize);
        for _ in 0..N.max(key.len()) {
            let prev = mt[i - 1] ^ (mt[i - 1] >> 30);
            mt[i] = (mt[i] ^ prev.wrapping_mul(1_664_525))
                .wrapping_add(key[j])
                .wrapping_add(j as u32);
            i += 1;
            j += 1;
            if i >= N {
                mt[0] = mt[N - 1];
                i = 1;
            }
            if j >= key.len() {
                j = 0;
            }
        }
        for _ in 0..N - 1 {
            let prev = mt[i - 1] ^ (mt[i - 1] >> 30);
            mt[i] = (mt[i] ^ prev.wrapping_mul(1_566_083_941)).wrapping_sub(i as u32);
            i += 1;
            if i >= N {
                mt[0] = mt[N - 1];
                i = 1;
            }
        }
        mt[0] = 0x8000_0000;
    }

    /// Generate the next 624 words.
    fn twist(&mut self) {
        let mt = &mut self.state;
        let mag = |y: u32| if y & 1 == 0 { 0 } else { MATRIX_A };
        for kk in 0..N - M {
            let y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
            mt[kk] = mt[kk + M] ^ (y >> 1) ^ mag(y);
        }
        for kk in N - M..N - 1 {
            let y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
            mt[kk] = mt[kk + M - N] ^ (y >> 1) ^ mag(y);
        }
        let y = (mt[N - 1] & UPPER_MASK) | (mt[0] & LOWER_MASK);
        mt[N - 1] = mt[M - 1] ^ (y >> 1) ^ mag(y);
        self.index = 0;
    }

    #[inline]
    pub fn next_u32(&mut self) -> u32 {
        if self.index >= N {
            self.twist();
        }
        let mut y = self.state[self.index];
        self.index += 1;
        y ^= y >> 11;
        y ^= (y << 7) & 0x9d2c_5680;
        y ^= (y << 15) & 0xefc6_0000;
        y ^ (y >> 18)
    }

    /// A float in [0, 1) with 53 random bits (`genrand_res53`).
    #[inline]
    pub fn random(&mut self) -> f64 {
        let a = self.next_u32() >> 5;
        let b = self.next_u32() >> 6;
        (a as f64 * 67_108_864.0 + b as f64) * (1.0 / 9_007_199_254_740_992.0)
    }

    /// `k` random bits: 32-bit words from the least significant up; the last word keeps its
    /// top bits.
    pub fn getrandbits(&mut self, k: u64) -> Value {
        if k == 0 {
            return Value::Int(0);
        }
        if k <= 32 {
            return Value::Int((self.next_u32() >> (32 - k)) as i64);
        }
        if k <= 63 {
            let lo = self.next_u32() as u64;
            let hi = (self.next_u32() >> (64 - k)) as u64;
            return Value::Int(((hi << 32) | lo) as i64);
        }
        let words = (k - 1) / 32 + 1;
        let mut out = Vec::with_capacity(words as usize);
        let mut left = k;
        for _ in 0..words {
            let mut r = self.next_u32();
            if left < 32 {
                r >>= 32 - left;
            }
            out.push(r);
            left = left.saturating_sub(32);
        }
        Value::from_bigint(BigInt::from_biguint(Sign::Plus, BigUint::new(out)))
    }
}

/// The payload of `Random` instances.
struct RandomState(ObjCell<Mt19937>);

/// The `_random.Random` type.
fn random_type() -> &'static ObjRef {
    static T: OnceLock<ObjRef> = OnceLock::new();
    T.get_or_init(|| {
        let t = types();
        let cls = make_type(
            &t.type_,
            "Random",
            std::slice::from_ref(&t.object),
            Layout::Native,
        );
        set_type_attr(&cls, "__module__", Value::new_str("_random"));
        set_type_attr(
            &cls,
            "__doc__",
            Value::new_str(
                "Random() -> create a random number generator with its own internal state.",
            ),
        );
        add_staticmethod(&cls, "__new__", random_new);
        add_method(&cls, "__init__", random_init);
        add_method(&cls, "seed", random_seed);
        add_method(&cls, "random", random_random);
        add_method(&cls, "getrandbits", random_getrandbits);
        add_method(&cls, "getstate", random_getstate);
        add_method(&cls, "setstate", random_setstate);
        cls
    })
}

/// The generator of a `Random` instance (`self` of a method).
fn generator<'a>(args: &Args<'a>, method: &str) -> PyResult<&'a ObjCell<Mt19937>> {
    let Some(v) = args.values.first() else {
        return Err(type_error(format!(
            "descriptor '{method}' of '_random.Random' object needs an argument"
        )));
    };
    match v.payload().and_then(|p| p.native::<RandomState>()) {
        Some(s) => Ok(&s.0),
        None => Err(type_error(format!(
            "descriptor '{method}' for '_random.Random' objects doesn't apply to a '{}' object",
            v.type_name()
        ))),
    }
}

fn no_kwargs(args: &Args, fname: &str) -> PyResult<()> {
    if args.has_kwargs() {
        return Err(type_error(format!("{fname}() takes no keyword arguments")));
    }
    Ok(())
}

/// The arguments after `self` of a method taking exactly `n` (0 or 1) of them.
fn method_arity<'a>(args: &Args<'a>, method: &str, n: usize) -> PyResult<&'a [Value]> {
    no_kwargs(args, &format!("Random.{method}"))?;
    let p = args.pos().get(1..).unwrap_or(&[]);
    if p.len() != n {
        let what = if n == 0 {
            "no arguments"
        } else {
            "exactly one argument"
        };
        return Err(type_error(format!(
            "Random.{method}() takes {what} ({} given)",
            p.len()
        )));
    }
    Ok(p)
}

fn random_new(_vm: &mut Vm, args: Args) -> PyResult {
    let cls = match args.values.first() {
        Some(Value::Obj(c)) if c.as_type().is_some() => c.clone(),
        _ => {
            return Err(type_error(
                "_random.Random.__new__(X): X is not a type object",
            ))
        }
    };
    let base = random_type();
    if !cls.is_subtype(base) {
        return Err(type_error(format!(
            "_random.Random.__new__({}): {} is not a subtype of _random.Random",
            cls.type_name(),
            cls.type_name()
        )));
    }
    let state = RandomState(ObjCell::new(Mt19937::zeroed()));
    let obj =
        pyrite_vm::types::object::new_instance_object(&cls, Payload::Native(NativeBox::new(state)));
    Ok(Value::Obj(obj))
}

fn random_init(vm: &mut Vm, args: Args) -> PyResult {
    let g = generator(&args, "__init__")?;
    // Like CPython, keywords are refused unless a subclass's own `__init__` got them.
    if args.has_kwargs() {
        let cls = args.values[0].class().clone();
        let init = pyrite_vm::vm::name("__init__");
        let uses_ours = cls.is(random_type())
            || matches!(
                (vm.lookup_type_attr(&cls, &init), vm.lookup_type_attr(random_type(), &init)),
                (Some(a), Some(b)) if a.is(&b)
            );
        if uses_ours {
            return Err(type_error("Random() takes no keyword arguments"));
        }
    }
    let pos = args.pos().get(1..).unwrap_or(&[]);
    if pos.len() > 1 {
        return Err(type_error("Random() requires 0 or 1 argument"));
    }
    seed(vm, g, pos.first())?;
    Ok(Value::none())
}

/// Seed words from the OS (or, failing that, the time and process id).
fn entropy_key() -> Vec<u32> {
    use std::io::Read;
    let mut buf = vec![0u8; N * 4];
    let ok = std::fs::File::open("/dev/urandom")
        .and_then(|mut f| f.read_exact(&mut buf))
        .is_ok();
    if ok {
        return buf
            .chunks_exact(4)
            .map(|c| u32::from_le_bytes([c[0], c[1], c[2], c[3]]))
            .collect();
    }
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_nanos() as u64);
    let mono = crate::time::cpu_time().to_bits();
    vec![
        now as u32,
        (now >> 32) as u32,
        std::process::id(),
        mono as u32,
        (mono >> 32) as u32,
    ]
}

/// `random_seed`: None → OS entropy; an int → its absolute value's 32-bit words
/// (little-endian; zero is the single word 0); anything else → its hash as an unsigned
/// 64-bit number.
fn seed(vm: &mut Vm, g: &ObjCell<Mt19937>, arg: Option<&Value>) -> PyResult<()> {
    let key: Vec<u32> = match arg {
        None => entropy_key(),
        Some(v) if v.is_none() => entropy_key(),
        Some(v) => match as_int(v) {
            Some(IntRef::Small(i)) => {
                let u = i.unsigned_abs();
                if u >> 32 == 0 {
                    vec![u as u32]
                } else {
                    vec![u as u32, (u >> 32) as u32]
                }
            }
            Some(IntRef::Big(b)) => {
                let words = b.magnitude().to_u32_digits();
                if words.is_empty() {
                    vec![0]
                } else {
                    words
                }
            }
            None => {
                let h = vm.hash(v)? as u64;
                if h >> 32 == 0 {
                    vec![h as u32]
                } else {
                    vec![h as u32, (h >> 32) as u32]
                }
            }
        },
    };
    g.lock().init_by_array(&key);
    Ok(())
}

fn random_seed(vm: &mut Vm, args: Args) -> PyResult {
    let g = generator(&args, "seed")?;
    no_kwargs(&args, "Random.seed")?;
    let p = args.pos().get(1..).unwrap_or(&[]);
    if p.len() > 1 {
        return Err(type_error(format!(
            "seed expected at most 1 argument, got {}",
            p.len()
        )));
    }
    seed(vm, g, p.first())?;
    Ok(Value::none())
}

fn random_random(_vm: &mut Vm, args: Args) -> PyResult {
    let g = generator(&args, "random")?;
    if args.values.len() != 1 {
        method_arity(&args, "random", 0)?;
    }
    let x = g.lock().random();
    Ok(Value::float(x))
}

fn random_getrandbits(vm: &mut Vm, args: Args) -> PyResult {
    let g = generator(&args, "getrandbits")?;
    let p = method_arity(&args, "getrandbits", 1)?;
    let k = vm.index(&p[0])?;
    let k = match as_int(&k) {
        Some(IntRef::Small(k)) if k >= i32::MIN as i64 && k <= i32::MAX as i64 => k,
        _ => return Err(overflow_error("Python int too large to convert to C int")),
    };
    if k < 0 {
        return Err(value_error("number of bits must be non-negative"));
    }
    let r = g.lock().getrandbits(k as u64);
    Ok(r)
}

fn random_getstate(_vm: &mut Vm, args: Args) -> PyResult {
    let g = generator(&args, "getstate")?;
    method_arity(&args, "getstate", 0)?;
    let g = g.lock();
    let mut items: Vec<Value> = g.state.iter().map(|&w| Value::Int(w as i64)).collect();
    items.push(Value::Int(g.index as i64));
    Ok(Value::new_tuple(items))
}

/// `PyLong_AsUnsignedLong` truncated to 32 bits, as CPython's setstate does.
fn state_word(v: &Value) -> PyResult<u32> {
    match as_int(v) {
        Some(IntRef::Small(i)) if i < 0 => Err(overflow_error(
            "can't convert negative value to unsigned int",
        )),
        Some(IntRef::Small(i)) => Ok(i as u32),
        Some(IntRef::Big(b)) => match b.to_u64() {
            Some(u) => Ok(u as u32),
            None if b.sign() == Sign::Minus => Err(overflow_error(
                "can't convert negative value to unsigned int",
            )),
            None => Err(overflow_error(
                "Python int too large to convert to C unsigned long",
            )),
        },
        None => Err(type_error("an integer is required")),
    }
}

fn random_setstate(_vm: &mut Vm, args: Args) -> PyResult {
    let g = generator(&args, "setstate")?;
    let p = method_arity(&args, "setstate", 1)?;
    let Some(Payload::Tuple(items)) = p[0].payload() else {
        return Err(type_error("state vector must be a tuple"));
    };
    if items.len() != N + 1 {
        return Err(value_error("state vector is the wrong size"));
    }
    let mut state = [0u32; N];
    for (w, v) in state.iter_mut().zip(items.iter()) {
        *w = state_word(v)?;
    }
    let index = match as_int(&items[N]) {
        Some(IntRef::Small(i)) => i,
        Some(IntRef::Big(_)) => {
            return Err(overflow_error("Python int too large to convert to C long"))
        }
        None => return Err(type_error("an integer is required")),
    };
    if !(0..=N as i64).contains(&index) {
        return Err(value_error("invalid state"));
    }
    let mut g = g.lock();
    g.state = state;
    g.index = index as usize;
    Ok(Value::none())
}

pub fn init(_vm: &mut Vm) -> PyResult<ObjRef> {
    let m = new_module("_random");
    set_attr_str(&m, "Random", Value::Obj(random_type().clone()));
    Ok(m)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reference_output_of_init_by_array() {
        // mt19937ar.c's test vector: init_by_array({0x123, 0x234, 0x345, 0x456}).
        let mut mt = Mt19937::zeroed();
        mt.init_by_array(&[0x123, 0x234, 0x345, 0x456]);
        let first: Vec<u32> = (0..5).map(|_| mt.next_u32()).collect();
        assert_eq!(
            first,
            [1067595299, 955945823, 477289528, 4107218783, 4228976476]
        );
    }

    #[test]
    fn seed_42_gives_cpythons_first_float() {
        let mut mt = Mt19937::zeroed();
        mt.init_by_array(&[42]);
        assert_eq!(mt.random(), 0.6394267984578837);
    }
}
