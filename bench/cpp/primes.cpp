// primes.cpp: bench/programs/primes.py in C++ (trial division, the seed's algorithm).
#include <cstdio>
#include <cstdlib>
#include <numeric>
#include <vector>

static std::vector<long> prime(long n) {
  std::vector<long> primes;
  for (long num = 0; num < n; ++num) {
    if (num > 1) {
      bool divisible = false;
      for (long i = 2; i < num; ++i) {
        if (num % i == 0) {
          divisible = true;
          break;
        }
      }
      if (!divisible) primes.push_back(num);
    }
  }
  return primes;
}

int main(int argc, char** argv) {
  long n = argc > 1 ? std::strtol(argv[1], nullptr, 10) : 10000;
  std::vector<long> primes = prime(n);
  long sum = std::accumulate(primes.begin(), primes.end(), 0L);
  std::printf("primes below %ld: %zu, sum %ld, largest %ld\n", n, primes.size(), sum, primes.back());
  return 0;
}
