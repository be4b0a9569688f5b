"""Pure-Python SHA-512 (FIPS 180-4), used where no native hashlib exists
(random.seed() of str/bytes values)."""

__all__ = ['sha512']

_MASK = 0xFFFFFFFFFFFFFFFF
_K = None
_H0 = None


def _iroot(n, k):
    # floor(n ** (1/k)) for a non-negative integer n, by Newton's method.
    if n < 2:
        return n
    x = 1 << ((n.bit_length() + k - 1) // k)
    while True:
        y = ((k - 1) * x + n // x ** (k - 1)) // k
        if y >= x:
            return x
        x = y


def _constants():
    # The round constants are the first 64 bits of the fractional parts of
    # the cube roots of the first 80 primes; the initial hash value uses the
    # square roots of the first 8 primes.
    global _K, _H0
    primes = []
    candidate = 2
    while len(primes) < 80:
        if all(candidate % p for p in primes if p * p <= candidate):
            primes.append(candidate)
        candidate += 1
    _K = [_iroot(p << 192, 3) & _MASK for p in primes]
    _H0 = [_iroot(p << 128, 2) & _MASK for p in primes[:8]]


def _rotr(x, n):
    return ((x >> n) | (x << (64 - n))) & _MASK


def _compress(h, block):
    w = [int.from_bytes(block[i:i + 8], 'big') for i in range(0, 128, 8)]
    for t in range(16, 80):
        x = w[t - 15]
        s0 = _rotr(x, 1) ^ _rotr(x, 8) ^ (x >> 7)
        x = w[t - 2]
        s1 = _rotr(x, 19) ^ _rotr(x, 61) ^ (x >> 6)
        w.append((w[t - 16] + s0 + w[t - 7] + s1) & _MASK)
    a, b, c, d, e, f, g, hh = h
    K = _K
    for t in range(80):
        s1 = _rotr(e, 14) ^ _rotr(e, 18) ^ _rotr(e, 41)
        ch = (e & f) ^ (~e & g)
        t1 = (hh + s1 + ch + K[t] + w[t]) & _MASK
        s0 = _rotr(a, 28) ^ _rotr(a, 34) ^ _rotr(a, 39)
        maj = (a & b) ^ (a & c) ^ (b & c)
        t2 = (s0 + maj) & _MASK
        hh = g
        g = f
        f = e
        e = (d + t1) & _MASK
        d = c
        c = b
        b = a
        a = (t1 + t2) & _MASK
    return [(x + y) & _MASK for x, y in zip(h, (a, b, c, d, e, f, g, hh))]


class sha512:
    name = 'sha512'
    digest_size = 64
    block_size = 128

    def __init__(self, data=b''):
        if _K is None:
            _constants()
        self._h = list(_H0)
        self._buffer = b''
        self._length = 0
        if data:
            self.update(data)

    def update(self, data):
        if isinstance(data, str):
            raise TypeError('Strings must be encoded before hashing')
        data = bytes(data)
        self._length += len(data)
        buf = self._buffer + data
        h = self._h
        n = len(buf) - len(buf) % 128
        for i in range(0, n, 128):
            h = _compress(h, buf[i:i + 128])
        self._h = h
        self._buffer = buf[n:]

    def copy(self):
        other = sha512.__new__(sha512)
        other._h = list(self._h)
        other._buffer = self._buffer
        other._length = self._length
        return other

    def digest(self):
        buf = self._buffer
        bitlen = self._length * 8
        buf += b'\x80'
        buf += b'\x00' * ((112 - len(buf)) % 128)
        buf += bitlen.to_bytes(16, 'big')
        h = self._h
        for i in range(0, len(buf), 128):
            h = _compress(h, buf[i:i + 128])
        return b''.join(x.to_bytes(8, 'big') for x in h)

    def hexdigest(self):
        return self.digest().hex()
