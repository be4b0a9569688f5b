"""Basic statistics of numeric data.

Averages: mean, fmean, geometric_mean, harmonic_mean, median, median_low,
median_high, median_grouped, mode, multimode, quantiles.
Spread: pstdev, pvariance, stdev, variance.
Two inputs: covariance, correlation, linear_regression.

Sums are computed exactly (with integer ratios) and rounded once, so the
results are the correctly rounded values of the exact formulas.
"""

import math
from bisect import bisect_left, bisect_right
from collections import Counter, namedtuple
from itertools import groupby

__all__ = [
    'NormalDist',
    'StatisticsError',
    'correlation',
    'covariance',
    'fmean',
    'geometric_mean',
    'harmonic_mean',
    'linear_regression',
    'mean',
    'median',
    'median_grouped',
    'median_high',
    'median_low',
    'mode',
    'multimode',
    'pstdev',
    'pvariance',
    'quantiles',
    'stdev',
    'variance',
]


class StatisticsError(ValueError):
    pass


# Exact rational arithmetic ---------------------------------------------------

def _gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)


_math_gcd = getattr(math, 'gcd', _gcd)


class _Ratio:
    """An exact fraction num/den (den > 0, in lowest terms)."""
    __slots__ = ('num', 'den')

    def __init__(self, num, den=1):
        if den < 0:
            num, den = -num, -den
        g = _math_gcd(num, den)
        if g > 1:
            num //= g
            den //= g
        self.num = num
        self.den = den

    def __add__(self, other):
        return _Ratio(self.num * other.den + other.num * self.den,
                      self.den * other.den)

    def __sub__(self, other):
        return _Ratio(self.num * other.den - other.num * self.den,
                      self.den * other.den)

    def __mul__(self, other):
        return _Ratio(self.num * other.num, self.den * other.den)

    def __truediv__(self, other):
        return _Ratio(self.num * other.den, self.den * other.num)

    def __le__(self, other):
        return self.num * other.den <= other.num * self.den

    def to_float(self):
        return self.num / self.den


def _isqrt(n):
    try:
        return math.isqrt(n)
    except AttributeError:
        pass
    if n < 2:
        return n
    x = 1 << ((n.bit_length() + 1) // 2)
    while True:
        y = (x + n // x) // 2
        if y >= x:
            return x
        x = y


def _float_sqrt_of_frac(n, m):
    """sqrt(n/m) correctly rounded to a float (n >= 0, m > 0).

    The integer square root of n/m is taken, scaled to 109 significant bits,
    with its last bit set when inexact ("round to odd"); a single correctly
    rounded division then gives the correctly rounded float.
    """
    shift = (n.bit_length() - m.bit_length() - 2 * 53 - 3) // 2
    if shift >= 0:
        m <<= 2 * shift
        den = 1
    else:
        n <<= -2 * shift
        den = 1 << -shift
    root = _isqrt(n // m)
    if root * root * m != n:
        root |= 1
    if shift > 0:
        root <<= shift
    return root / den


def _fsum(values):
    # Correctly rounded float sum (math.fsum when available).
    fsum = getattr(math, 'fsum', None)
    if fsum is not None:
        return fsum(values)
    total = _Ratio(0)
    special = None
    for x in values:
        x = float(x)
        if math.isinf(x) or math.isnan(x):
            special = x if special is None else special + x
        else:
            n, d = x.as_integer_ratio()
            total = total + _Ratio(n, d)
    if special is not None:
        return special
    return total.to_float()


# Exact sums ---------------------------------------------------------------

def _isfinite(x):
    try:
        return x.is_finite()
    except AttributeError:
        return math.isfinite(x)


def _coerce(T, S):
    """The type of a result combining values of types T and S."""
    if T is S:
        return T
    if S is int or S is bool:
        return T
    if T is int:
        return S
    if issubclass(S, T):
        return S
    if issubclass(T, S):
        return T
    if issubclass(T, int):
        return S
    if issubclass(S, int):
        return T
    t_name, s_name = T.__name__, S.__name__
    if t_name == 'Fraction' and issubclass(S, float):
        return S
    if issubclass(T, float) and s_name == 'Fraction':
        return T
    raise TypeError("don't know how to coerce %s and %s" % (t_name, s_name))


def _exact_ratio(x):
    """(numerator, denominator) of x, or (x, None) for infinities and NaNs."""
    try:
        return x.as_integer_ratio()
    except AttributeError:
        pass
    except (OverflowError, ValueError):
        return (x, None)
    try:
        return (x.numerator, x.denominator)
    except AttributeError:
        raise TypeError("can't convert type '%s' to numerator/denominator"
                        % type(x).__name__)


def _sum(data):
    """(result type, exact sum, count) of data; the sum is a _Ratio, or a
    float when data holds infinities or NaNs."""
    count = 0
    T = int
    partials = {}
    for typ, values in groupby(data, type):
        T = _coerce(T, typ)
        for n, d in map(_exact_ratio, values):
            count += 1
            partials[d] = partials.get(d, 0) + n
    if None in partials:
        return T, partials[None], count
    total = _Ratio(0)
    for d, n in partials.items():
        total = total + _Ratio(n, d)
    return T, total, count


def _ss(data, c=None):
    """(result type, exact sum of squared deviations, mean, count)."""
    if c is not None:
        T, ssd, count = _sum((x - c) * (x - c) for x in data)
        return T, ssd, c, count
    count = 0
    T = int
    sx = {}
    sxx = {}
    for typ, values in groupby(data, type):
        T = _coerce(T, typ)
        for n, d in map(_exact_ratio, values):
            count += 1
            sx[d] = sx.get(d, 0) + n
            sxx[d] = sxx.get(d, 0) + n * n
    if not count:
        return T, _Ratio(0), _Ratio(0), 0
    if None in sx:
        return T, sx[None], sx[None], count
    total = _Ratio(0)
    for d, n in sx.items():
        total = total + _Ratio(n, d)
    squares = _Ratio(0)
    for d, n in sxx.items():
        squares = squares + _Ratio(n, d * d)
    # count * sum(x^2) - sum(x)^2 is exact here.
    ssd = (_Ratio(count) * squares - total * total) / _Ratio(count)
    return T, ssd, total / _Ratio(count), count


def _convert(value, T):
    """Convert an exact result to type T (float when T is int but the value
    is not integral)."""
    if not isinstance(value, _Ratio):
        return value
    if issubclass(T, int):
        if value.den != 1:
            return value.to_float()
        return T(value.num)
    if issubclass(T, float):
        return T(value.to_float())
    return T(value.num) / T(value.den)


def _fail_neg(values, errmsg='negative value'):
    for x in values:
        if x < 0:
            raise StatisticsError(errmsg)
        yield x


# Averages -------------------------------------------------------------------

def mean(data):
    """Arithmetic mean of data, of the type of the data (int data with a
    fractional mean gives a float)."""
    T, total, n = _sum(data)
    if n < 1:
        raise StatisticsError('mean requires at least one data point')
    if isinstance(total, _Ratio):
        return _convert(total / _Ratio(n), T)
    return _convert(total / n, T)


def fmean(data, weights=None):
    """Arithmetic mean of data converted to floats (optionally weighted)."""
    try:
        n = len(data)
    except TypeError:
        data = list(data)
        n = len(data)
    if weights is None:
        total = _fsum(data)
        if not n:
            raise StatisticsError('fmean requires at least one data point')
        return total / n
    try:
        num_weights = len(weights)
    except TypeError:
        weights = list(weights)
        num_weights = len(weights)
    num = _fsum(x * w for x, w in zip(data, weights))
    if n != num_weights:
        raise StatisticsError('data and weights must be the same length')
    den = _fsum(weights)
    if not den:
        raise StatisticsError('sum of weights must be non-zero')
    return num / den


def geometric_mean(data):
    """Geometric mean of data converted to floats."""
    try:
        return math.exp(fmean(map(math.log, data)))
    except ValueError:
        raise StatisticsError('geometric mean requires a non-empty dataset '
                              'containing positive numbers') from None


def harmonic_mean(data, weights=None):
    """Reciprocal of the mean of the reciprocals of data (optionally
    weighted); 0 if some value is zero."""
    if iter(data) is data:
        data = list(data)
    errmsg = 'harmonic mean does not support negative values'
    n = len(data)
    if n < 1:
        raise StatisticsError('harmonic_mean requires at least one data point')
    elif n == 1 and weights is None:
        x = data[0]
        if isinstance(x, (int, float)) or hasattr(x, 'as_integer_ratio'):
            if x < 0:
                raise StatisticsError(errmsg)
            return x
        raise TypeError('unsupported type')
    if weights is None:
        weights = [1] * n
        sum_weights = _Ratio(n)
    else:
        if iter(weights) is weights:
            weights = list(weights)
        if len(weights) != n:
            raise StatisticsError('Number of weights does not match data size')
        _, sum_weights, _ = _sum(w for w in _fail_neg(weights, errmsg))
    try:
        data = _fail_neg(data, errmsg)
        T, total, count = _sum(w / x if w else 0 for w, x in zip(weights, data))
    except ZeroDivisionError:
        return 0
    if not isinstance(total, _Ratio):
        # An infinity or NaN among the reciprocals.
        if isinstance(sum_weights, _Ratio):
            sum_weights = sum_weights.to_float()
        return _convert(sum_weights / total, T)
    if total.num <= 0:
        raise StatisticsError('Weighted sum must be positive')
    if not isinstance(sum_weights, _Ratio):
        return _convert(sum_weights / total.to_float(), T)
    return _convert(sum_weights / total, T)


def median(data):
    """Median of data: the middle value, or the mean of the two middle ones."""
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError('no median for empty data')
    if n % 2 == 1:
        return data[n // 2]
    i = n // 2
    return (data[i - 1] + data[i]) / 2


def median_low(data):
    """Median of data; the lower of the two middle values for even sizes."""
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError('no median for empty data')
    if n % 2 == 1:
        return data[n // 2]
    return data[n // 2 - 1]


def median_high(data):
    """Median of data; the higher of the two middle values for even sizes."""
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError('no median for empty data')
    return data[n // 2]


def median_grouped(data, interval=1.0):
    """Median of data grouped in bins of the given width centred on the
    values, interpolated within the median's bin."""
    data = sorted(data)
    n = len(data)
    if not n:
        raise StatisticsError('no median for empty data')
    x = data[n // 2]
    i = bisect_left(data, x)
    j = bisect_right(data, x, lo=i)
    try:
        interval = float(interval)
        x = float(x)
    except ValueError:
        raise TypeError('Value cannot be converted to a float')
    lower = x - interval / 2.0
    return lower + interval * (n / 2 - i) / (j - i)


def mode(data):
    """The most common value of (discrete or nominal) data; the first one
    encountered among equally common values."""
    pairs = Counter(iter(data)).most_common(1)
    try:
        return pairs[0][0]
    except IndexError:
        raise StatisticsError('no mode for empty data') from None


def multimode(data):
    """All the most common values, in order of first appearance."""
    counts = Counter(iter(data))
    if not counts:
        return []
    maxcount = max(counts.values())
    return [value for value, count in counts.items() if count == maxcount]


def quantiles(data, *, n=4, method='exclusive'):
    """The n-1 cut points dividing data into n intervals of equal
    probability, linearly interpolated.  method 'inclusive' treats data as
    the whole population (its minimum and maximum are the 0th and 100th
    percentiles)."""
    if n < 1:
        raise StatisticsError('n must be at least 1')
    data = sorted(data)
    ld = len(data)
    if ld < 2:
        raise StatisticsError('must have at least two data points')
    result = []
    if method == 'inclusive':
        m = ld - 1
        for i in range(1, n):
            j, delta = divmod(i * m, n)
            result.append((data[j] * (n - delta) + data[j + 1] * delta) / n)
        return result
    if method == 'exclusive':
        m = ld + 1
        for i in range(1, n):
            j = i * m // n
            if j < 1:
                j = 1
            elif j > ld - 1:
                j = ld - 1
            delta = i * m - j * n
            result.append((data[j - 1] * (n - delta) + data[j] * delta) / n)
        return result
    raise ValueError('Unknown method: %r' % (method,))


# Measures of spread -------------------------------------------------------

def _sqrt_result(value):
    if isinstance(value, _Ratio):
        return _float_sqrt_of_frac(value.num, value.den)
    return math.sqrt(value)


def variance(data, xbar=None):
    """Sample variance of data (xbar: its mean, if already known)."""
    T, ss, c, n = _ss(data, xbar)
    if n < 2:
        raise StatisticsError('variance requires at least two data points')
    if isinstance(ss, _Ratio):
        return _convert(ss / _Ratio(n - 1), T)
    return _convert(ss / (n - 1), T)


def pvariance(data, mu=None):
    """Population variance of data (mu: its mean, if already known)."""
    T, ss, c, n = _ss(data, mu)
    if n < 1:
        raise StatisticsError('pvariance requires at least one data point')
    if isinstance(ss, _Ratio):
        return _convert(ss / _Ratio(n), T)
    return _convert(ss / n, T)


def stdev(data, xbar=None):
    """Sample standard deviation of data."""
    T, ss, c, n = _ss(data, xbar)
    if n < 2:
        raise StatisticsError('stdev requires at least two data points')
    if isinstance(ss, _Ratio):
        return _sqrt_result(ss / _Ratio(n - 1))
    return _sqrt_result(ss / (n - 1))


def pstdev(data, mu=None):
    """Population standard deviation of data."""
    T, ss, c, n = _ss(data, mu)
    if n < 1:
        raise StatisticsError('pstdev requires at least one data point')
    if isinstance(ss, _Ratio):
        return _sqrt_result(ss / _Ratio(n))
    return _sqrt_result(ss / n)


# Two inputs ---------------------------------------------------------------

def covariance(x, y, /):
    """Sample covariance of two inputs of equal length (at least two)."""
    n = len(x)
    if len(y) != n:
        raise StatisticsError('covariance requires that both inputs have '
                              'same number of data points')
    if n < 2:
        raise StatisticsError('covariance requires at least two data points')
    xbar = _fsum(x) / n
    ybar = _fsum(y) / n
    sxy = _fsum((xi - xbar) * (yi - ybar) for xi, yi in zip(x, y))
    return sxy / (n - 1)


def correlation(x, y, /):
    """Pearson's correlation coefficient of two inputs."""
    n = len(x)
    if len(y) != n:
        raise StatisticsError('correlation requires that both inputs have '
                              'same number of data points')
    if n < 2:
        raise StatisticsError('correlation requires at least two data points')
    xbar = _fsum(x) / n
    ybar = _fsum(y) / n
    sxy = _fsum((xi - xbar) * (yi - ybar) for xi, yi in zip(x, y))
    sxx = _fsum((xi - xbar) * (xi - xbar) for xi in x)
    syy = _fsum((yi - ybar) * (yi - ybar) for yi in y)
    try:
        return sxy / math.sqrt(sxx * syy)
    except ZeroDivisionError:
        raise StatisticsError('at least one of the inputs is constant')


LinearRegression = namedtuple('LinearRegression', ('slope', 'intercept'),
                              module='statistics')


def linear_regression(x, y, /, *, proportional=False):
    """Slope and intercept of the least-squares line through (x, y)
    (through the origin when proportional)."""
    n = len(x)
    if len(y) != n:
        raise StatisticsError('linear regression requires that both inputs '
                              'have same number of data points')
    if n < 2:
        raise StatisticsError('linear regression requires at least two data '
                              'points')
    if proportional:
        sxy = _fsum(xi * yi for xi, yi in zip(x, y))
        sxx = _fsum(xi * xi for xi in x)
    else:
        xbar = _fsum(x) / n
        ybar = _fsum(y) / n
        sxy = _fsum((xi - xbar) * (yi - ybar) for xi, yi in zip(x, y))
        sxx = _fsum((xi - xbar) * (xi - xbar) for xi in x)
    try:
        slope = sxy / sxx
    except ZeroDivisionError:
        raise StatisticsError('x is constant')
    intercept = 0.0 if proportional else ybar - slope * xbar
    return LinearRegression(slope=slope, intercept=intercept)


class NormalDist:
    """Normal distribution of a random variable (mean mu, standard
    deviation sigma)."""

    __slots__ = ('_mu', '_sigma')

    def __init__(self, mu=0.0, sigma=1.0):
        if sigma < 0.0:
            raise StatisticsError('sigma must be non-negative')
        self._mu = float(mu)
        self._sigma = float(sigma)

    @classmethod
    def from_samples(cls, data):
        """NormalDist estimated from sample data."""
        T, ss, xbar, n = _ss(data)
        if n < 2:
            raise StatisticsError('stdev requires at least two data points')
        if isinstance(ss, _Ratio):
            return cls(xbar.to_float(), _sqrt_result(ss / _Ratio(n - 1)))
        return cls(float(xbar), float(xbar) / float(ss))

    def samples(self, n, *, seed=None):
        """n random samples of the distribution."""
        import random
        gauss = random.gauss if seed is None else random.Random(seed).gauss
        mu, sigma = self._mu, self._sigma
        return [gauss(mu, sigma) for _ in range(n)]

    def pdf(self, x):
        """Probability density at x."""
        variance = self._sigma * self._sigma
        if not variance:
            raise StatisticsError('pdf() not defined when sigma is zero')
        diff = x - self._mu
        return math.exp(diff * diff / (-2.0 * variance)) / math.sqrt(math.tau * variance)

    def cdf(self, x):
        """Probability that a sample is at most x."""
        if not self._sigma:
            raise StatisticsError('cdf() not defined when sigma is zero')
        return 0.5 * (1.0 + math.erf((x - self._mu) / (self._sigma * math.sqrt(2.0))))

    def zscore(self, x):
        """Number of standard deviations x lies above the mean."""
        if not self._sigma:
            raise StatisticsError('zscore() not defined when sigma is zero')
        return (x - self._mu) / self._sigma

    @property
    def mean(self):
        return self._mu

    @property
    def median(self):
        return self._mu

    @property
    def mode(self):
        return self._mu

    @property
    def stdev(self):
        return self._sigma

    @property
    def variance(self):
        return self._sigma * self._sigma

    def __add__(x1, x2):
        if isinstance(x2, NormalDist):
            return NormalDist(x1._mu + x2._mu, math.hypot(x1._sigma, x2._sigma))
        return NormalDist(x1._mu + x2, x1._sigma)

    def __sub__(x1, x2):
        if isinstance(x2, NormalDist):
            return NormalDist(x1._mu - x2._mu, math.hypot(x1._sigma, x2._sigma))
        return NormalDist(x1._mu - x2, x1._sigma)

    def __mul__(x1, x2):
        return NormalDist(x1._mu * x2, x1._sigma * abs(x2))

    def __truediv__(x1, x2):
        return NormalDist(x1._mu / x2, x1._sigma / abs(x2))

    def __pos__(x1):
        return NormalDist(x1._mu, x1._sigma)

    def __neg__(x1):
        return NormalDist(-x1._mu, x1._sigma)

    __radd__ = __add__

    def __rsub__(x1, x2):
        return -(x1 - x2)

    __rmul__ = __mul__

    def __eq__(x1, x2):
        if not isinstance(x2, NormalDist):
            return NotImplemented
        return x1._mu == x2._mu and x1._sigma == x2._sigma

    def __hash__(self):
        return hash((self._mu, self._sigma))

    def __repr__(self):
        return '%s(mu=%r, sigma=%r)' % (type(self).__name__, self._mu, self._sigma)
