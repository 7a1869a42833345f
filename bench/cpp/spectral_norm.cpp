// spectral_norm.cpp: bench/programs/spectral_norm.py in C++.
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <vector>

namespace {

inline double eval_a(long i, long j) { return 1.0 / ((i + j) * (i + j + 1) / 2 + i + 1); }

void times_u(const std::vector<double>& u, std::vector<double>& out) {
  const long n = static_cast<long>(u.size());
  for (long i = 0; i < n; ++i) {
    double total = 0.0;
    for (long j = 0; j < n; ++j) total += eval_a(i, j) * u[j];
    out[i] = total;
  }
}

void times_transposed_u(const std::vector<double>& u, std::vector<double>& out) {
  const long n = static_cast<long>(u.size());
  for (long i = 0; i < n; ++i) {
    double total = 0.0;
    for (long j = 0; j < n; ++j) total += eval_a(j, i) * u[j];
    out[i] = total;
  }
}

void times_ata_u(const std::vector<double>& u, std::vector<double>& out, std::vector<double>& tmp) {
  times_u(u, tmp);
  times_transposed_u(tmp, out);
}

double spectral_norm(long n) {
  std::vector<double> u(n, 1.0), v(n, 0.0), tmp(n, 0.0);
  for (int k = 0; k < 10; ++k) {
    times_ata_u(u, v, tmp);
    times_ata_u(v, u, tmp);
  }
  double vbv = 0.0, vv = 0.0;
  for (long i = 0; i < n; ++i) {
    vbv += u[i] * v[i];
    vv += v[i] * v[i];
  }
  return std::sqrt(vbv / vv);
}

}  // namespace

int main(int argc, char** argv) {
  long n = argc > 1 ? std::strtol(argv[1], nullptr, 10) : 100;
  std::printf("%.9f\n", spectral_norm(n));
  return 0;
}
