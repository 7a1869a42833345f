"""rpy's version of rpython.rlib.rrandom: the Mersenne Twister (MT19937) of
Matsumoto and Nishimura, as Python's random module uses it.

Random(seed) seeds with init_genrand(seed) (Python's random.seed(n) uses
init_by_array instead, so Random(n).random() differs from random.Random(n);
init_by_array([n]) gives Python's sequence for a small non-negative n).
random() returns a float in [0, 1) with 53 random bits (genrand_res53).
All arithmetic is masked to 32 bits, so that the same code gives the same
numbers with unbounded Python ints and with 64-bit machine ints."""

N = 624
M = 397
MATRIX_A = 0x9908b0df
UPPER_MASK = 0x80000000
LOWER_MASK = 0x7fffffff
MASK_32 = 0xffffffff


class Random(object):
    def __init__(self, seed=0):
        self.state = [0] * N
        self.index = 0
        self.init_genrand(seed)

    def init_genrand(self, s):
        mt = self.state
        mt[0] = int(s) & MASK_32
        for i in range(1, N):
            prev = mt[i - 1]
            mt[i] = (1812433253 * (prev ^ (prev >> 30)) + i) & MASK_32
        self.index = N

    def init_by_array(self, init_key):
        """Seed from a list of 32-bit ints, as Python's random.seed does."""
        self.init_genrand(19650218)
        mt = self.state
        key_length = len(init_key)
        i = 1
        j = 0
        k = N
        if key_length > N:
            k = key_length
        while k > 0:
            prev = mt[i - 1]
            mt[i] = ((mt[i] ^ (((prev ^ (prev >> 30)) * 1664525) & MASK_32))
                     + (int(init_key[j]) & MASK_32) + j) & MASK_32
            i += 1
            j += 1
            if i >= N:
                mt[0] = mt[N - 1]
                i = 1
            if j >= key_length:
                j = 0
            k -= 1
        k = N - 1
        while k > 0:
            prev = mt[i - 1]
            mt[i] = ((mt[i] ^ (((prev ^ (prev >> 30)) * 1566083941) & MASK_32))
                     - i) & MASK_32
            i += 1
            if i >= N:
                mt[0] = mt[N - 1]
                i = 1
            k -= 1
        mt[0] = 0x80000000
        self.index = N

    def _generate(self):
        mt = self.state
        for kk in range(N):
            y = (mt[kk] & UPPER_MASK) | (mt[(kk + 1) % N] & LOWER_MASK)
            value = mt[(kk + M) % N] ^ (y >> 1)
            if y & 1:
                value ^= MATRIX_A
            mt[kk] = value
        self.index = 0

    def genrand32(self):
        """The next 32-bit random number, as a non-negative int."""
        if self.index >= N:
            self._generate()
        y = self.state[self.index]
        self.index += 1
        y ^= y >> 11
        y ^= (y << 7) & 0x9d2c5680
        y ^= (y << 15) & 0xefc60000
        y ^= y >> 18
        return y & MASK_32

    def random(self):
        """A float in [0.0, 1.0) with 53 random bits."""
        a = self.genrand32() >> 5
        b = self.genrand32() >> 6
        return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0)

    def jumpahead(self, n):
        """Change the state to one far away from the current one, as Python
        2's random.jumpahead does."""
        mt = self.state
        for i in range(N - 1, 1, -1):
            j = n % i
            tmp = mt[i]
            mt[i] = mt[j]
            mt[j] = tmp
        for i in range(N):
            mt[i] = (mt[i] + i + 1) & MASK_32
        self.index = N
