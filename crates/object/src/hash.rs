//! CPython-compatible hashes of numbers and tuples. PLACEHOLDER being replaced.
use num_bigint::BigInt;

pub fn hash_i64(i: i64) -> i64 {
    if i == -1 { -2 } else { i }
}
pub fn hash_bigint(b: &BigInt) -> i64 {
    let (_, d) = b.to_u64_digits();
    hash_i64(d.first().copied().unwrap_or(0) as i64)
}
pub fn hash_float(f: f64) -> i64 {
    hash_i64(f.to_bits() as i64)
}
pub fn hash_complex(re: f64, im: f64) -> i64 {
    hash_i64(hash_float(re) ^ hash_float(im))
}
pub fn hash_pointer(addr: usize) -> i64 {
    hash_i64((addr >> 4) as i64)
}
pub fn hash_tuple(items: impl ExactSizeIterator<Item = i64>) -> i64 {
    hash_i64(items.fold(0, |a, h| a.wrapping_mul(31) ^ h))
}
