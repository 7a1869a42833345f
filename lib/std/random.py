"""rpy's random: Python's random module for translated code, with CPython's exact algorithms.

The generator is the Mersenne Twister MT19937; seed(n) with an int seeds it as CPython does
(init_by_array over the 32-bit words of abs(n)), random() takes 53 bits from two outputs, and
the integer methods follow the program's dialect: Python 3 draws integers with getrandbits
(rejection sampling), Python 2.7 scales random(). So a seeded program prints its interpreter's
numbers. An unseeded generator seeds itself from the clock and the process id at its first use
at run time, so each run of a translated program differs, as under the interpreter.

Arithmetic is kept within 32-bit words (masked), so the same code gives the same numbers with
Python's unbounded ints at import time and with machine ints in translated code."""

import math as _math
import os as _os
import sys as _sys
import time as _time

_PY3 = _sys.version_info[0] >= 3

_N = 624
_M = 397
_MATRIX_A = 0x9908b0df
_UPPER = 0x80000000
_LOWER = 0x7fffffff
_MASK = 0xffffffff
_UNSEEDED = _N + 1  # index of a generator no seed() has reached yet
_TWOPI = 2.0 * _math.pi
_LOG4 = _math.log(4.0)
_BPF = 53


from _rpy_spec import spec as _spec


def _bit_length(n):
    k = 0
    while n:
        k += 1
        n >>= 1
    return k


class Random(object):
    def __init__(self, x=None):
        self.state = [0] * _N
        self.index = _UNSEEDED
        self.gauss_next = 0.0
        self.has_gauss_next = False
        if x is not None:
            self.seed(x)

    # -- seeding ---------------------------------------------------------------------------------
    def _init_genrand(self, s):
        mt = self.state
        mt[0] = s & _MASK
        for i in range(1, _N):
            prev = mt[i - 1]
            mt[i] = (1812433253 * (prev ^ (prev >> 30)) + i) & _MASK
        self.index = _N

    def _init_by_array(self, key):
        self._init_genrand(19650218)
        mt = self.state
        n = len(key)
        i = 1
        j = 0
        k = _N if _N > n else n
        while k > 0:
            prev = mt[i - 1]
            mt[i] = ((mt[i] ^ (((prev ^ (prev >> 30)) * 1664525) & _MASK)) + key[j] + j) & _MASK
            i += 1
            j += 1
            if i >= _N:
                mt[0] = mt[_N - 1]
                i = 1
            if j >= n:
                j = 0
            k -= 1
        k = _N - 1
        while k > 0:
            prev = mt[i - 1]
            mt[i] = ((mt[i] ^ (((prev ^ (prev >> 30)) * 1566083941) & _MASK)) - i) & _MASK
            i += 1
            if i >= _N:
                mt[0] = mt[_N - 1]
                i = 1
            k -= 1
        mt[0] = 0x80000000
        self.index = _N
        self.has_gauss_next = False

    def _seed_int(self, a):
        if a < 0:
            a = -a
        key = []
        if a < 0:  # the most negative machine int: its magnitude is 2**63
            key.append(0)
            key.append(0x80000000)
        while a > 0:
            key.append(a & _MASK)
            a >>= 32
        if not key:
            key.append(0)
        self._init_by_array(key)

    def _autoseed(self):
        t = int(_time.time() * 1000000.0)
        self._seed_int((t ^ (_os.getpid() << 40)) & 0x7fffffffffffffff)

    @_spec("specialize:arg(1)")
    def seed(self, a=None):
        if a is None:
            self._autoseed()
        elif isinstance(a, float):
            self._seed_int(hash(a))
        elif isinstance(a, str):
            raise NotImplementedError("rpy: random.seed() takes an int, a float or None in translated code")
        else:
            self._seed_int(a)

    # -- the generator ---------------------------------------------------------------------------
    def _twist(self):
        mt = self.state
        kk = 0
        while kk < _N - _M:
            y = (mt[kk] & _UPPER) | (mt[kk + 1] & _LOWER)
            v = mt[kk + _M] ^ (y >> 1)
            if y & 1:
                v ^= _MATRIX_A
            mt[kk] = v
            kk += 1
        while kk < _N - 1:
            y = (mt[kk] & _UPPER) | (mt[kk + 1] & _LOWER)
            v = mt[kk + (_M - _N)] ^ (y >> 1)
            if y & 1:
                v ^= _MATRIX_A
            mt[kk] = v
            kk += 1
        y = (mt[_N - 1] & _UPPER) | (mt[0] & _LOWER)
        v = mt[_M - 1] ^ (y >> 1)
        if y & 1:
            v ^= _MATRIX_A
        mt[_N - 1] = v

    def _genrand32(self):
        i = self.index
        if i >= _N:
            if i > _N:
                self._autoseed()
            self._twist()
            i = 0
        y = self.state[i]
        self.index = i + 1
        y ^= y >> 11
        y ^= (y << 7) & 0x9d2c5680
        y ^= (y << 15) & 0xefc60000
        y ^= y >> 18
        return y

    def random(self):
        a = self._genrand32() >> 5
        b = self._genrand32() >> 6
        return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0)

    def getrandbits(self, k):
        if k < 0:
            raise ValueError("number of bits must be non-negative")
        if k == 0:
            if _PY3:
                return 0
            raise ValueError("number of bits must be greater than zero")
        if k > 63:
            raise OverflowError("rpy: getrandbits(k) with k > 63 does not fit a machine int")
        if k <= 32:
            return self._genrand32() >> (32 - k)
        low = self._genrand32()
        high = self._genrand32() >> (64 - k)
        return low | (high << 32)

    # -- integers --------------------------------------------------------------------------------
    def _randbelow(self, n):
        # Python 3: rejection sampling over bit_length(n) random bits.
        k = _bit_length(n)
        r = self.getrandbits(k)
        while r >= n:
            r = self.getrandbits(k)
        return r

    def _randbelow27(self, n):
        # Python 2.7: scale random() below 2**53, else sample log2(n) bits as 2.7 does.
        if n < (1 << _BPF):
            return int(self.random() * n)
        k = int(1.00001 + _math.log(n - 1) / _math.log(2.0))
        r = self.getrandbits(k)
        while r >= n:
            r = self.getrandbits(k)
        return r

    def _below(self, n):
        if _PY3:
            return self._randbelow(n)
        return self._randbelow27(n)

    @_spec("specialize:arg(2)")
    def randrange(self, start, stop=None, step=1):
        if stop is None:
            return _randrange(self, start, 0, step, False)
        return _randrange(self, start, stop, step, True)

    def randint(self, a, b):
        return _randrange(self, a, b + 1, 1, True)

    # -- sequences -------------------------------------------------------------------------------
    @_spec("specialize:argtype(1)")
    def choice(self, seq):
        return _choice(self, seq)

    @_spec("specialize:argtype(1)")
    def shuffle(self, x):
        _shuffle(self, x)

    @_spec("specialize:argtype(1)")
    def sample(self, population, k):
        return _sample(self, population, k)

    # -- floats ----------------------------------------------------------------------------------
    def uniform(self, a, b):
        return a + (b - a) * self.random()

    def gauss(self, mu=0.0, sigma=1.0):
        if self.has_gauss_next:
            z = self.gauss_next
            self.has_gauss_next = False
        else:
            x2pi = self.random() * _TWOPI
            g2rad = _math.sqrt(-2.0 * _math.log(1.0 - self.random()))
            z = _math.cos(x2pi) * g2rad
            self.gauss_next = _math.sin(x2pi) * g2rad
            self.has_gauss_next = True
        return mu + z * sigma

    def expovariate(self, lambd):
        return -_math.log(1.0 - self.random()) / lambd

    @_spec("specialize:argtype(3)")
    def triangular(self, low=0.0, high=1.0, mode=None):
        return _triangular(self, low, high, mode)

    def normalvariate(self, mu=0.0, sigma=1.0):
        # Kinderman and Monahan's ratio of uniforms: z accepted when z*z/4 <= -log(u2)
        while True:
            u1 = self.random()
            u2 = 1.0 - self.random()
            z = _NV_MAGICCONST * (u1 - 0.5) / u2
            if z * z / 4.0 <= -_math.log(u2):
                return mu + z * sigma

    def lognormvariate(self, mu, sigma):
        return _math.exp(self.normalvariate(mu, sigma))

    def gammavariate(self, alpha, beta):
        return _gamma(self, alpha, beta)

    def betavariate(self, alpha, beta):
        y = _gamma(self, alpha, 1.0)
        if y:
            return y / (y + _gamma(self, beta, 1.0))
        return 0.0

    def paretovariate(self, alpha):
        if _PY3:
            return (1.0 - self.random()) ** (-1.0 / alpha)
        return 1.0 / (1.0 - self.random()) ** (1.0 / alpha)  # Python 2.7's form (the last bit may differ)

    def weibullvariate(self, alpha, beta):
        return alpha * (-_math.log(1.0 - self.random())) ** (1.0 / beta)

    @_spec("specialize:argtype(1, 2, 3)")
    def choices(self, population, weights=None, cum_weights=None, k=1):
        return _choices(self, population, weights, cum_weights, k)


_NV_MAGICCONST = 4 * _math.exp(-0.5) / _math.sqrt(2.0)
_SG_MAGICCONST = 1.0 + _math.log(4.5)


@_spec("specialize:argtype(1, 2, 3)")
def _triangular(r, low, high, mode):
    u = r.random()
    if mode is None:
        c = 0.5
    elif high == low:
        return low  # Python's (mode - low) / (high - low) raised ZeroDivisionError: low
    else:
        c = (mode - low) / float(high - low)
    if u > c:
        u = 1.0 - u
        c = 1.0 - c
        return high + (low - high) * _math.sqrt(u * c)
    return low + (high - low) * _math.sqrt(u * c)


# Gamma(alpha, beta): Cheng's rejection method above alpha 1, the exponential at 1, and
# Ahrens-Dieter's GS algorithm below it (the draws CPython's random module makes, in its order).
def _gamma(r, alpha, beta):
    if alpha <= 0.0 or beta <= 0.0:
        raise ValueError("gammavariate: alpha and beta must be > 0.0")
    if alpha > 1.0:
        ainv = _math.sqrt(2.0 * alpha - 1.0)
        bbb = alpha - _LOG4
        ccc = alpha + ainv
        while True:
            u1 = r.random()
            if not 1e-7 < u1 < 0.9999999:
                continue
            u2 = 1.0 - r.random()
            v = _math.log(u1 / (1.0 - u1)) / ainv
            x = alpha * _math.exp(v)
            z = u1 * u1 * u2
            t = bbb + ccc * v - x
            if t + _SG_MAGICCONST - 4.5 * z >= 0.0 or t >= _math.log(z):
                return x * beta
    if alpha == 1.0:
        if _PY3:
            return -_math.log(1.0 - r.random()) * beta
        u = r.random()  # Python 2.7: -log(u), u drawn again while <= 1e-7
        while u <= 1e-7:
            u = r.random()
        return -_math.log(u) * beta
    while True:
        u = r.random()
        b = (_math.e + alpha) / _math.e
        p = b * u
        if p <= 1.0:
            x = p ** (1.0 / alpha)
        else:
            x = -_math.log((b - p) / alpha)
        u1 = r.random()
        if p > 1.0:
            if u1 <= x ** (alpha - 1.0):
                return x * beta
        elif u1 <= _math.exp(-x):
            return x * beta


def _bisect_right(a, x, lo, hi):
    while lo < hi:
        mid = (lo + hi) // 2
        if x < a[mid]:
            hi = mid
        else:
            lo = mid + 1
    return lo


@_spec("specialize:argtype(1, 2, 3)")
def _choices(r, population, weights, cum_weights, k):
    n = len(population)
    if cum_weights is None:
        if weights is None:
            fn = n + 0.0
            return [population[int(_math.floor(r.random() * fn))] for i in range(k)]
        cum = []
        for w in weights:
            cum.append(cum[-1] + w if cum else w)
    elif weights is not None:
        raise TypeError("Cannot specify both weights and cumulative weights")
    else:
        cum = list(cum_weights)
    if len(cum) != n:
        raise ValueError("The number of weights does not match the population")
    total = cum[-1] + 0.0
    if total <= 0.0:
        raise ValueError("Total of weights must be greater than zero")
    if _math.isinf(total) or _math.isnan(total):
        raise ValueError("Total of weights must be finite")
    hi = n - 1
    return [population[_bisect_right(cum, r.random() * total, 0, hi)] for i in range(k)]


def _randrange(r, start, stop, step, has_stop):
    if not has_stop:
        if start > 0:
            return r._below(start)
        raise ValueError("empty range for randrange()")
    width = stop - start
    if step == 1:
        if width > 0:
            return start + r._below(width)
        if _PY3:
            raise ValueError("empty range for randrange() (%d, %d, %d)" % (start, stop, width))
        raise ValueError("empty range for randrange() (%d,%d, %d)" % (start, stop, width))
    if step > 0:
        n = (width + step - 1) // step
    elif step < 0:
        n = (width + step + 1) // step
    else:
        raise ValueError("zero step for randrange()")
    if n <= 0:
        raise ValueError("empty range for randrange()")
    return start + step * r._below(n)


@_spec("specialize:argtype(1)")
def _choice(r, seq):
    if _PY3:
        if not len(seq):
            raise IndexError("Cannot choose from an empty sequence")
        return seq[r._randbelow(len(seq))]
    return seq[int(r.random() * len(seq))]


@_spec("specialize:argtype(1)")
def _shuffle(r, x):
    i = len(x) - 1
    while i >= 1:
        if _PY3:
            j = r._randbelow(i + 1)
        else:
            j = int(r.random() * (i + 1))
        t = x[i]
        x[i] = x[j]
        x[j] = t
        i -= 1


@_spec("specialize:argtype(1)")
def _sample(r, population, k):
    n = len(population)
    if not 0 <= k <= n:
        if _PY3:
            raise ValueError("Sample larger than population or is negative")
        raise ValueError("sample larger than population")
    setsize = 21
    if k > 5:
        setsize += 4 ** int(_math.ceil(_math.log(k * 3) / _LOG4))
    result = [population[0] for i in range(0)]
    if n <= setsize:
        pool = [x for x in population]
        for i in range(k):
            j = r._below(n - i)
            result.append(pool[j])
            pool[j] = pool[n - i - 1]
    else:
        selected = {}
        for i in range(k):
            j = r._below(n)
            while j in selected:
                j = r._below(n)
            selected[j] = True
            result.append(population[j])
    return result


_inst = Random()


@_spec("specialize:arg(0)")
def seed(a=None):
    _inst.seed(a)


def random():
    return _inst.random()


def getrandbits(k):
    return _inst.getrandbits(k)


@_spec("specialize:arg(1)")
def randrange(start, stop=None, step=1):
    if stop is None:
        return _randrange(_inst, start, 0, step, False)
    return _randrange(_inst, start, stop, step, True)


def randint(a, b):
    return _randrange(_inst, a, b + 1, 1, True)


@_spec("specialize:argtype(0)")
def choice(seq):
    return _choice(_inst, seq)


@_spec("specialize:argtype(0)")
def shuffle(x):
    _shuffle(_inst, x)


@_spec("specialize:argtype(0)")
def sample(population, k):
    return _sample(_inst, population, k)


def uniform(a, b):
    return _inst.uniform(a, b)


def gauss(mu=0.0, sigma=1.0):
    return _inst.gauss(mu, sigma)


def expovariate(lambd):
    return _inst.expovariate(lambd)


@_spec("specialize:argtype(2)")
def triangular(low=0.0, high=1.0, mode=None):
    return _triangular(_inst, low, high, mode)


def normalvariate(mu=0.0, sigma=1.0):
    return _inst.normalvariate(mu, sigma)


def lognormvariate(mu, sigma):
    return _inst.lognormvariate(mu, sigma)


def gammavariate(alpha, beta):
    return _gamma(_inst, alpha, beta)


def betavariate(alpha, beta):
    return _inst.betavariate(alpha, beta)


def paretovariate(alpha):
    return _inst.paretovariate(alpha)


def weibullvariate(alpha, beta):
    return _inst.weibullvariate(alpha, beta)


@_spec("specialize:argtype(0, 1, 2)")
def choices(population, weights=None, cum_weights=None, k=1):
    return _choices(_inst, population, weights, cum_weights, k)
