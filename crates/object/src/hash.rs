//! CPython-compatible hashes of numbers, tuples and identities (CPython 3.11's
//! `Python/pyhash.c`, `Objects/longobject.c`, `floatobject.c`, `complexobject.c`,
//! `tupleobject.c`).
//!
//! Numeric hashes reduce the exact value modulo the Mersenne prime `P = 2**61 - 1`, so equal
//! numbers hash equal whatever their type: `hash(1) == hash(1.0) == hash(1+0j)`,
//! `hash(2**61) == hash(float(2**61)) == 1`. A negative number hashes to minus the hash of its
//! absolute value. `-1` is CPython's error marker, so a hash that comes out as `-1` becomes `-2`
//! (tuples use their own replacement, `1546275796`).
//!
//! These values decide where keys land in set and dict tables, and so the order in which a set
//! is printed: they must match CPython bit for bit (see `set.rs`).

use num_bigint::BigInt;
use num_traits::Signed;

/// `sys.hash_info.modulus`: the Mersenne prime `2**61 - 1`.
pub const MODULUS: u64 = (1 << 61) - 1;
/// Bits in `MODULUS`.
const BITS: u32 = 61;
/// `sys.hash_info.inf`: the hash of `float('inf')` (negated for `-inf`).
pub const HASH_INF: i64 = 314_159;
/// `sys.hash_info.imag`: the multiplier of the imaginary part's hash.
pub const HASH_IMAG: u64 = 1_000_003;

/// CPython's xxHash-derived tuple hash constants (64-bit build).
const XXPRIME_1: u64 = 11_400_714_785_074_694_791;
const XXPRIME_2: u64 = 14_029_467_366_897_019_727;
const XXPRIME_5: u64 = 2_870_177_450_012_600_261;

/// Map CPython's reserved error value `-1` to `-2`.
#[inline(always)]
fn not_minus_one(h: i64) -> i64 {
    if h == -1 {
        -2
    } else {
        h
    }
}

/// Apply a sign to a residue in `0..MODULUS` (`x * sign` in C's unsigned arithmetic).
#[inline(always)]
fn signed_residue(negative: bool, residue: u64) -> i64 {
    debug_assert!(residue < MODULUS);
    let h = residue as i64;
    not_minus_one(if negative { -h } else { h })
}

/// `hash(i)` for an int that fits in an `i64`.
#[inline]
pub fn hash_i64(i: i64) -> i64 {
    if (0..MODULUS as i64).contains(&i) {
        return i;
    }
    signed_residue(i < 0, i.unsigned_abs() % MODULUS)
}

/// `hash(b)` for an arbitrary-precision int.
pub fn hash_bigint(b: &BigInt) -> i64 {
    // Horner's rule over the base-2**64 digits, most significant first.
    let residue = b
        .magnitude()
        .to_u64_digits()
        .iter()
        .rev()
        .fold(0u64, |x, &d| {
            ((((x as u128) << 64) | d as u128) % MODULUS as u128) as u64
        });
    signed_residue(b.is_negative(), residue)
}

/// `hash(f)` for a float (CPython's `_Py_HashDouble`).
///
/// NaN: CPython 3.10+ hashes a NaN by the identity of the float *object*
/// (`_Py_HashPointer(obj)`), which this function cannot see; it returns 0 (the pre-3.10
/// value, `sys.hash_info.nan`). The VM must hash a NaN float object with
/// [`hash_pointer`] of its address itself (and inline NaN values by whatever identity they
/// have), so that distinct NaNs land in distinct set slots as in CPython.
pub fn hash_float(f: f64) -> i64 {
    if f.is_nan() {
        return 0;
    }
    if f.is_infinite() {
        return if f > 0.0 { HASH_INF } else { -HASH_INF };
    }
    // |f| = mantissa * 2**exp exactly, with mantissa < 2**53 < MODULUS.
    let bits = f.to_bits();
    let biased_exp = ((bits >> 52) & 0x7ff) as i32;
    let fraction = bits & ((1u64 << 52) - 1);
    let (mantissa, exp) = if biased_exp == 0 {
        (fraction, -1074) // subnormal (or zero)
    } else {
        (fraction | (1u64 << 52), biased_exp - 1075)
    };
    // 2**61 == 1 (mod P), so multiplying by 2**exp is a shift by exp mod 61 (also for
    // negative exponents: 2**-k == 2**(61-k)).
    let shift = exp.rem_euclid(BITS as i32) as u32;
    let residue = (((mantissa as u128) << shift) % MODULUS as u128) as u64;
    signed_residue(f.is_sign_negative() && residue != 0, residue)
}

/// Combine the hashes of a complex number's parts as CPython's `complex_hash` does.
///
/// Use this directly when a part is NaN: CPython hashes each NaN part by the identity of
/// the *complex* object (`hash_pointer(addr_of_complex)`).
#[inline]
pub fn combine_complex(hash_real: i64, hash_imag: i64) -> i64 {
    let combined = (hash_real as u64).wrapping_add(HASH_IMAG.wrapping_mul(hash_imag as u64));
    not_minus_one(combined as i64)
}

/// `hash(complex(re, im))`. NaN parts hash as 0 here; see [`combine_complex`] for how the
/// VM hashes them by identity.
#[inline]
pub fn hash_complex(re: f64, im: f64) -> i64 {
    combine_complex(hash_float(re), hash_float(im))
}

/// CPython's `_Py_HashPointer`: the address rotated right by 4 bits (the low bits of an
/// allocation are mostly zero), `-1` mapped to `-2`. This is `object.__hash__`.
#[inline]
pub fn hash_pointer(addr: usize) -> i64 {
    not_minus_one((addr as u64).rotate_right(4) as i64)
}

/// `hash(t)` for a tuple whose items hash to `items` (CPython 3.8+'s xxHash-based
/// `tuplehash`). The caller has already turned item hashing errors into exceptions.
pub fn hash_tuple(items: impl ExactSizeIterator<Item = i64>) -> i64 {
    let len = items.len() as u64;
    let mut acc = XXPRIME_5;
    for lane in items {
        acc = acc.wrapping_add((lane as u64).wrapping_mul(XXPRIME_2));
        acc = acc.rotate_left(31);
        acc = acc.wrapping_mul(XXPRIME_1);
    }
    // Add the length, mangled to keep the historical value of hash(()).
    acc = acc.wrapping_add(len ^ (XXPRIME_5 ^ 3_527_539));
    if acc == u64::MAX {
        return 1_546_275_796;
    }
    acc as i64
}

#[cfg(test)]
mod tests {
    use super::*;

    // Expected values were printed by CPython 3.11.7 (64-bit): `python3 -c 'print(hash(...))'`.

    #[test]
    fn ints() {
        assert_eq!(hash_i64(0), 0);
        assert_eq!(hash_i64(1), 1);
        assert_eq!(hash_i64(-1), -2);
        assert_eq!(hash_i64(-2), -2);
        assert_eq!(hash_i64(i64::MIN), -4);
        assert_eq!(hash_i64(i64::MAX), 3);
        assert_eq!(hash_i64((1 << 61) - 1), 0);
        assert_eq!(hash_i64(-((1 << 61) - 1)), 0);
        assert_eq!(hash_i64((1 << 61) - 2), 2305843009213693950);
        assert_eq!(hash_i64(-((1 << 61) - 2)), -2305843009213693950);
        assert_eq!(hash_i64(1 << 61), 1);
    }

    #[test]
    fn bigints() {
        let two = BigInt::from(2);
        assert_eq!(hash_bigint(&two.pow(100)), 549755813888);
        assert_eq!(hash_bigint(&-two.pow(100)), -549755813888);
        assert_eq!(hash_bigint(&two.pow(61)), 1);
        assert_eq!(hash_bigint(&BigInt::from(3).pow(200)), 424410663027747676);
        assert_eq!(hash_bigint(&-BigInt::from(7).pow(90)), -1286943511913312073);
        assert_eq!(hash_bigint(&BigInt::from(-1)), -2);
        assert_eq!(hash_bigint(&BigInt::from(0)), 0);
        assert_eq!(hash_bigint(&BigInt::from(i64::MIN)), -4);
        for i in [-5i64, 7, 1 << 40, -(1 << 62), i64::MAX] {
            assert_eq!(hash_bigint(&BigInt::from(i)), hash_i64(i));
        }
    }

    #[test]
    fn floats() {
        assert_eq!(hash_float(0.5), 1152921504606846976);
        assert_eq!(hash_float(1.5), 1152921504606846977);
        assert_eq!(hash_float(-0.5), -1152921504606846976);
        assert_eq!(hash_float(1e300), 1224995262755759164);
        assert_eq!(hash_float(1e-300), 482449582752280463);
        assert_eq!(hash_float(-1.2345e200), -29053184311225688);
        assert_eq!(hash_float(1.0 / 3.0), 768614336404564608);
        assert_eq!(hash_float(5e-324), 16777216);
        assert_eq!(hash_float(3.0 * 5e-324), 50331648);
        assert_eq!(hash_float(f64::INFINITY), 314159);
        assert_eq!(hash_float(f64::NEG_INFINITY), -314159);
        assert_eq!(hash_float(f64::NAN), 0);
        assert_eq!(hash_float(-0.0), 0);
        assert_eq!(hash_float(-1.0), -2);
        // Equal numbers hash equal across int and float.
        assert_eq!(hash_float(2f64.powi(61)), 1);
        for i in [0i64, 1, -1, 2, -7, 1 << 52, -(1 << 60), 1 << 62, i64::MIN] {
            assert_eq!(hash_float(i as f64), hash_i64(i), "{i}");
        }
        let big = 2f64.powi(100);
        assert_eq!(hash_float(big), hash_bigint(&BigInt::from(2).pow(100)));
    }

    #[test]
    fn complexes() {
        assert_eq!(hash_complex(1.0, 2.0), 2000007);
        assert_eq!(hash_complex(-1.0, 0.0), -2);
        assert_eq!(hash_complex(0.0, 1.0), 1000003);
        assert_eq!(hash_complex(1e300, -3.25), -504386994157511309);
        assert_eq!(hash_complex(1.5, 0.0), hash_float(1.5));
    }

    #[test]
    fn pointers() {
        assert_eq!(hash_pointer(0x1000), 0x100);
        assert_eq!(
            hash_pointer(0x1234_5678_9abc_def8),
            0x8123_4567_89ab_cdef_u64 as i64
        );
        assert_eq!(hash_pointer(usize::MAX), -2); // all ones is -1
    }

    #[test]
    fn tuples() {
        assert_eq!(hash_tuple([].into_iter()), 5740354900026072187);
        assert_eq!(hash_tuple([1, 2].into_iter()), -3550055125485641917);
        let inner = hash_tuple([2, 3].into_iter());
        assert_eq!(hash_tuple([1, inner].into_iter()), 7267574591690527098);
        assert_eq!(hash_tuple([hash_i64(-1)].into_iter()), 8078679518589016365);
        assert_eq!(
            hash_tuple([hash_float(1.5), 2, -7].into_iter()),
            -7418307614514096471
        );
        let empty = hash_tuple([].into_iter());
        let one_empty = hash_tuple([empty].into_iter());
        assert_eq!(
            hash_tuple([empty, one_empty].into_iter()),
            578447794611251343
        );
    }
}
