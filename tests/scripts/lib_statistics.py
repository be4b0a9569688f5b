# statistics: averages, spread, correlation/regression; exact (correctly rounded) results
import statistics
from statistics import (mean, fmean, geometric_mean, harmonic_mean, median, median_low, median_high,
                        median_grouped, mode, multimode, quantiles, variance, pvariance, stdev, pstdev,
                        covariance, correlation, linear_regression, StatisticsError, NormalDist)


def attempt(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ':', e)
    else:
        print(repr(r))


data = [2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5]
ints = [1, 2, 3, 4, 4]
print(mean([1, 2, 3, 4, 4]), mean([1, 2, 3]), mean(data), mean([0.1] * 10), mean([1e50, 1, -1e50] * 3), mean(iter([1, 2])))
print(mean([1, 2.5]), mean([True, False, True]), fmean([3.5, 4.0, 5.25]), fmean(iter([1, 2, 4])), fmean([1, 2, 3], weights=[3, 1, 1]))
print(geometric_mean([54, 24, 36]), harmonic_mean([40, 60]), harmonic_mean([40, 60], weights=[5, 30]), harmonic_mean([2.5, 3, 10]), harmonic_mean([0, 1]), harmonic_mean([7]))
print(median([1, 3, 5]), median([1, 3, 5, 7]), median([3, 1, 2]), median_low([1, 3, 5, 7]), median_high([1, 3, 5, 7]), median([2.5, 1.5]))
print(median_grouped([52, 52, 53, 54]), median_grouped([1, 3, 3, 5, 7], interval=1), median_grouped([1, 3, 3, 5, 7], interval=2))
print(mode([1, 1, 2, 3, 3, 3, 3, 4]), mode(['red', 'blue', 'blue', 'red', 'green', 'red', 'red']), mode('aabbbc'), multimode('aabbbbccddddeeffffgg'), multimode(''))
print(quantiles([105, 129, 87, 86, 111, 111, 89, 81, 108, 92, 110, 100, 75, 105, 103, 109, 76, 119, 99, 91, 103, 129, 106, 101, 84, 111, 74, 87, 86, 103, 103, 106, 86, 111, 75, 87, 102, 121, 111, 88, 89, 101, 106, 95, 103, 107, 101, 81, 109, 104], n=10))
print(quantiles([1, 2, 3, 4], n=4), quantiles([1, 2, 3, 4], n=4, method='inclusive'), quantiles([1.5, 2.5], n=3), quantiles(range(10), n=1))
print(variance(data), variance([1, 2, 3, 4]), variance(ints), pvariance([0.0, 0.25, 0.25, 1.25, 1.5, 1.75, 2.75, 3.25]), pvariance([1, 2, 3, 4]))
print(stdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]), pstdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]), stdev([1, 2, 3, 4, 5, 6, 7]), stdev(range(100)), pstdev([2, 2]))
print(variance(data, mean(data)), stdev([0.1, 0.2, 0.3]), pstdev([10 ** 20 + 1, 10 ** 20 + 3]), variance([1e150, -1e150]))
print(variance([1, 2, float('inf')]), mean([1, float('inf')]), stdev([1, 2, 4, 8, 16, 32]), pvariance([5]))
x = [1, 2, 3, 4, 5, 6, 7, 8, 9]
y = [1, 2, 3, 1, 2, 3, 1, 2, 3]
print(covariance(x, y), correlation(x, x), correlation(x, [9 - v for v in x]), round(correlation(x, y), 15))
print(linear_regression([1, 2, 3, 4, 5], [2.1, 3.9, 6.2, 7.8, 10.1]), linear_regression([1, 2, 3], [2, 4, 6], proportional=True))
lr = linear_regression(x, y)
print(lr.slope, lr.intercept, type(lr).__name__)
attempt(lambda: mean([]))
attempt(lambda: median([]))
attempt(lambda: mode([]))
attempt(lambda: variance([1]))
attempt(lambda: stdev([]))
attempt(lambda: pvariance([]))
attempt(lambda: harmonic_mean([-1, 2]))
attempt(lambda: geometric_mean([1, 0]))
attempt(lambda: quantiles([1]))
attempt(lambda: correlation([1, 1, 1], [1, 2, 3]))
attempt(lambda: covariance([1], [1, 2]))
attempt(lambda: linear_regression([2, 2], [1, 3]))
attempt(lambda: fmean([]))
attempt(lambda: mean(['a', 'b']))
print(issubclass(StatisticsError, ValueError))
nd = NormalDist(100, 15)
print(nd, nd.mean, nd.stdev, nd.variance, round(nd.pdf(100), 12), round(nd.cdf(115), 12), nd.zscore(130), nd + 5, nd * 2)
print(NormalDist.from_samples([2.5, 3.1, 2.1, 2.4, 2.7, 3.5]), nd == NormalDist(100, 15), NormalDist(1, 2) + NormalDist(3, 4))
