// bench/seed/prime.cpp: the seed article's python_prime.py written by hand in
// C++, the reference for the seed benchmark (issue 2: python_prime-c must run
// within 1.05x of this).
//
// Same algorithm (trial division by every i in 2..num-1, stopping at the first
// divisor), same output bytes, and the same system calls: one write(2) for
// the header and one per prime, as the original's os.write does.
//
// Build: c++ -O2 -o prime-cpp prime.cpp      Run: ./prime-cpp 10000
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include <unistd.h>

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

static void write_str(const std::string& s) {
    size_t done = 0;
    while (done < s.size()) {
        ssize_t n = ::write(1, s.data() + done, s.size() - done);
        if (n <= 0) std::exit(1);
        done += static_cast<size_t>(n);
    }
}

int main(int argc, char** argv) {
    if (argc < 2) {
        std::fprintf(stderr, "usage: %s N\n", argv[0]);
        return 1;
    }
    long num = std::strtol(argv[1], nullptr, 10);
    std::vector<long> primes = prime(num);
    write_str("calculated primes: \n");
    for (long p : primes) write_str(std::to_string(p) + " ");
    return 0;
}
