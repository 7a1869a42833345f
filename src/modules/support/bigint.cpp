#include "modules/support/bigint.hpp"

#include <algorithm>
#include <bit>
#include <cmath>

namespace rpy::modules {

using Mag = std::vector<uint32_t>;

BigInt::BigInt(int64_t v) {
  neg_ = v < 0;
  uint64_t u = neg_ ? 0 - static_cast<uint64_t>(v) : static_cast<uint64_t>(v);
  while (u) {
    mag_.push_back(static_cast<uint32_t>(u));
    u >>= 32;
  }
}

BigInt BigInt::from_u64(uint64_t v) {
  BigInt r;
  while (v) {
    r.mag_.push_back(static_cast<uint32_t>(v));
    v >>= 32;
  }
  return r;
}

void BigInt::trim() {
  while (!mag_.empty() && mag_.back() == 0) mag_.pop_back();
  if (mag_.empty()) neg_ = false;
}

bool BigInt::fits_int64() const {
  if (mag_.size() > 2) return false;
  uint64_t m = 0;
  if (!mag_.empty()) m = mag_[0];
  if (mag_.size() > 1) m |= static_cast<uint64_t>(mag_[1]) << 32;
  return neg_ ? m <= static_cast<uint64_t>(INT64_MAX) + 1 : m <= static_cast<uint64_t>(INT64_MAX);
}

uint64_t BigInt::low_u64() const {
  uint64_t u = 0;
  if (!mag_.empty()) u = mag_[0];
  if (mag_.size() > 1) u |= static_cast<uint64_t>(mag_[1]) << 32;
  return neg_ ? 0 - u : u;
}

int64_t BigInt::to_int64() const { return static_cast<int64_t>(low_u64()); }

size_t BigInt::bit_length() const {
  if (mag_.empty()) return 0;
  return (mag_.size() - 1) * 32 + (32 - std::countl_zero(mag_.back()));
}

bool BigInt::bit(size_t i) const {
  size_t limb = i / 32;
  return limb < mag_.size() && ((mag_[limb] >> (i % 32)) & 1);
}

std::optional<double> BigInt::to_double() const {
  size_t n = bit_length();
  if (n <= 64) {
    uint64_t u = 0;
    for (size_t i = mag_.size(); i-- > 0;) u = (u << 32) | mag_[i];
    double d = static_cast<double>(u);
    return neg_ ? -d : d;
  }
  if (n > 1025) return std::nullopt;
  // The top 64 bits, with every lower bit folded into the lowest one (a sticky bit), round to
  // 53 bits exactly as the full value would.
  BigInt top = abs().shr(n - 64);
  uint64_t m = top.low_u64();
  bool sticky = false;
  for (size_t i = 0; i < n - 64 && !sticky; ++i) sticky = bit(i);
  if (sticky) m |= 1;
  double d = std::ldexp(static_cast<double>(m), static_cast<int>(n - 64));
  if (std::isinf(d)) return std::nullopt;
  return neg_ ? -d : d;
}

BigInt BigInt::from_double(double d) {
  BigInt r;
  d = std::trunc(d);
  if (d == 0 || !std::isfinite(d)) return r;
  bool neg = d < 0;
  int e;
  double m = std::frexp(std::fabs(d), &e);  // |d| = m * 2**e, 0.5 <= m < 1
  uint64_t mant = static_cast<uint64_t>(std::ldexp(m, 53));
  r = from_u64(mant);
  r = e >= 53 ? r.shl(static_cast<uint64_t>(e - 53)) : r.shr(static_cast<uint64_t>(53 - e));
  if (neg) r = -r;
  return r;
}

std::optional<BigInt> BigInt::parse(const std::string& text, int base) {
  size_t i = 0;
  bool neg = false;
  if (i < text.size() && (text[i] == '+' || text[i] == '-')) neg = text[i++] == '-';
  if (i >= text.size() || base < 2 || base > 36) return std::nullopt;
  // Digits are consumed in chunks whose value fits 32 bits: acc = acc * base**k + chunk.
  uint32_t chunk_limit = 1;
  int chunk_digits = 0;
  while (static_cast<uint64_t>(chunk_limit) * base <= 0xffffffffu) {
    chunk_limit *= base;
    ++chunk_digits;
  }
  BigInt r;
  while (i < text.size()) {
    uint64_t chunk = 0, scale = 1;
    for (int k = 0; k < chunk_digits && i < text.size(); ++k, ++i) {
      char c = text[i];
      int d = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'z' ? c - 'a' + 10 : c >= 'A' && c <= 'Z' ? c - 'A' + 10 : 99;
      if (d >= base) return std::nullopt;
      chunk = chunk * base + d;
      scale *= base;
    }
    // r = r * scale + chunk, in place.
    uint64_t carry = chunk;
    for (auto& limb : r.mag_) {
      uint64_t p = static_cast<uint64_t>(limb) * scale + carry;
      limb = static_cast<uint32_t>(p);
      carry = p >> 32;
    }
    while (carry) {
      r.mag_.push_back(static_cast<uint32_t>(carry));
      carry >>= 32;
    }
  }
  r.neg_ = neg;
  r.trim();
  return r;
}

uint32_t BigInt::divmod_small(Mag& a, uint32_t d) {
  uint64_t rem = 0;
  for (size_t i = a.size(); i-- > 0;) {
    uint64_t cur = (rem << 32) | a[i];
    a[i] = static_cast<uint32_t>(cur / d);
    rem = cur % d;
  }
  while (!a.empty() && a.back() == 0) a.pop_back();
  return static_cast<uint32_t>(rem);
}

std::string BigInt::to_string(int base) const {
  if (mag_.empty()) return "0";
  static const char digits[] = "0123456789abcdefghijklmnopqrstuvwxyz";
  std::string out;
  if (base == 2 || base == 8 || base == 16 || base == 32) {
    int bits = std::countr_zero(static_cast<unsigned>(base));
    size_t n = bit_length();
    for (size_t pos = 0; pos < n; pos += bits) {
      int d = 0;
      for (int k = bits - 1; k >= 0; --k) d = (d << 1) | (bit(pos + k) ? 1 : 0);
      out += digits[d];
    }
  } else {
    uint32_t chunk = 1;
    int chunk_digits = 0;
    while (static_cast<uint64_t>(chunk) * base <= 0xffffffffu) {
      chunk *= base;
      ++chunk_digits;
    }
    Mag m = mag_;
    while (!m.empty()) {
      uint32_t r = divmod_small(m, chunk);
      for (int k = 0; k < chunk_digits && (r || !m.empty()); ++k) {
        out += digits[r % base];
        r /= base;
      }
    }
    while (out.size() > 1 && out.back() == '0') out.pop_back();
  }
  if (neg_) out += '-';
  std::reverse(out.begin(), out.end());
  return out;
}

int BigInt::cmp_mag(const Mag& a, const Mag& b) {
  if (a.size() != b.size()) return a.size() < b.size() ? -1 : 1;
  for (size_t i = a.size(); i-- > 0;)
    if (a[i] != b[i]) return a[i] < b[i] ? -1 : 1;
  return 0;
}

int BigInt::compare(const BigInt& a, const BigInt& b) {
  if (a.neg_ != b.neg_) return a.neg_ ? -1 : 1;
  int c = cmp_mag(a.mag_, b.mag_);
  return a.neg_ ? -c : c;
}

int BigInt::compare_double(double d) const {
  if (std::isnan(d)) return 2;
  if (std::isinf(d)) return d > 0 ? -1 : 1;
  double t = std::trunc(d);
  int c = compare(*this, from_double(t));
  if (c != 0) return c;
  double frac = d - t;
  return frac > 0 ? -1 : frac < 0 ? 1 : 0;
}

Mag BigInt::add_mag(const Mag& a, const Mag& b) {
  const Mag& x = a.size() >= b.size() ? a : b;
  const Mag& y = a.size() >= b.size() ? b : a;
  Mag r(x.size() + 1);
  uint64_t carry = 0;
  for (size_t i = 0; i < x.size(); ++i) {
    uint64_t s = static_cast<uint64_t>(x[i]) + (i < y.size() ? y[i] : 0) + carry;
    r[i] = static_cast<uint32_t>(s);
    carry = s >> 32;
  }
  r[x.size()] = static_cast<uint32_t>(carry);
  while (!r.empty() && r.back() == 0) r.pop_back();
  return r;
}

Mag BigInt::sub_mag(const Mag& a, const Mag& b) {
  Mag r(a.size());
  int64_t borrow = 0;
  for (size_t i = 0; i < a.size(); ++i) {
    int64_t s = static_cast<int64_t>(a[i]) - (i < b.size() ? b[i] : 0) - borrow;
    borrow = s < 0;
    r[i] = static_cast<uint32_t>(s + (borrow ? (int64_t{1} << 32) : 0));
  }
  while (!r.empty() && r.back() == 0) r.pop_back();
  return r;
}

Mag BigInt::mul_mag(const Mag& a, const Mag& b) {
  if (a.empty() || b.empty()) return {};
  Mag r(a.size() + b.size());
  for (size_t i = 0; i < a.size(); ++i) {
    uint64_t carry = 0, ai = a[i];
    if (!ai) continue;
    for (size_t j = 0; j < b.size(); ++j) {
      uint64_t p = ai * b[j] + r[i + j] + carry;
      r[i + j] = static_cast<uint32_t>(p);
      carry = p >> 32;
    }
    size_t k = i + b.size();
    while (carry) {
      uint64_t s = static_cast<uint64_t>(r[k]) + carry;
      r[k++] = static_cast<uint32_t>(s);
      carry = s >> 32;
    }
  }
  while (!r.empty() && r.back() == 0) r.pop_back();
  return r;
}

BigInt operator+(const BigInt& a, const BigInt& b) {
  BigInt r;
  if (a.neg_ == b.neg_) {
    r.mag_ = BigInt::add_mag(a.mag_, b.mag_);
    r.neg_ = a.neg_;
  } else if (BigInt::cmp_mag(a.mag_, b.mag_) >= 0) {
    r.mag_ = BigInt::sub_mag(a.mag_, b.mag_);
    r.neg_ = a.neg_;
  } else {
    r.mag_ = BigInt::sub_mag(b.mag_, a.mag_);
    r.neg_ = b.neg_;
  }
  r.trim();
  return r;
}

BigInt BigInt::operator-() const {
  BigInt r = *this;
  if (!r.mag_.empty()) r.neg_ = !r.neg_;
  return r;
}

BigInt operator-(const BigInt& a, const BigInt& b) { return a + (-b); }

BigInt operator*(const BigInt& a, const BigInt& b) {
  BigInt r;
  r.mag_ = BigInt::mul_mag(a.mag_, b.mag_);
  r.neg_ = a.neg_ != b.neg_;
  r.trim();
  return r;
}

BigInt BigInt::abs() const {
  BigInt r = *this;
  r.neg_ = false;
  return r;
}

// Knuth's algorithm D (TAOCP 4.3.1) on base 2**32 limbs; b has at least two limbs.
void BigInt::divmod_mag(const Mag& a, const Mag& b, Mag& q, Mag& r) {
  if (cmp_mag(a, b) < 0) {
    q.clear();
    r = a;
    return;
  }
  if (b.size() == 1) {
    q = a;
    uint32_t rem = divmod_small(q, b[0]);
    r.clear();
    if (rem) r.push_back(rem);
    return;
  }
  int s = std::countl_zero(b.back());
  size_t n = b.size(), m = a.size();
  Mag vn(n), un(m + 1);
  for (size_t i = n - 1; i > 0; --i) vn[i] = (b[i] << s) | (s ? static_cast<uint32_t>(static_cast<uint64_t>(b[i - 1]) >> (32 - s)) : 0);
  vn[0] = b[0] << s;
  un[m] = s ? static_cast<uint32_t>(static_cast<uint64_t>(a[m - 1]) >> (32 - s)) : 0;
  for (size_t i = m - 1; i > 0; --i) un[i] = (a[i] << s) | (s ? static_cast<uint32_t>(static_cast<uint64_t>(a[i - 1]) >> (32 - s)) : 0);
  un[0] = a[0] << s;
  q.assign(m - n + 1, 0);
  const uint64_t base = uint64_t{1} << 32;
  for (size_t j = m - n + 1; j-- > 0;) {
    uint64_t num = (static_cast<uint64_t>(un[j + n]) << 32) | un[j + n - 1];
    uint64_t qhat = num / vn[n - 1], rhat = num % vn[n - 1];
    while (qhat >= base || qhat * vn[n - 2] > ((rhat << 32) | un[j + n - 2])) {
      --qhat;
      rhat += vn[n - 1];
      if (rhat >= base) break;
    }
    int64_t k = 0, t;
    for (size_t i = 0; i < n; ++i) {
      uint64_t p = qhat * vn[i];
      t = static_cast<int64_t>(un[i + j]) - k - static_cast<int64_t>(p & 0xffffffffu);
      un[i + j] = static_cast<uint32_t>(t);
      k = static_cast<int64_t>(p >> 32) - (t >> 32);
    }
    t = static_cast<int64_t>(un[j + n]) - k;
    un[j + n] = static_cast<uint32_t>(t);
    q[j] = static_cast<uint32_t>(qhat);
    if (t < 0) {
      --q[j];
      uint64_t c = 0;
      for (size_t i = 0; i < n; ++i) {
        uint64_t s2 = static_cast<uint64_t>(un[i + j]) + vn[i] + c;
        un[i + j] = static_cast<uint32_t>(s2);
        c = s2 >> 32;
      }
      un[j + n] = static_cast<uint32_t>(un[j + n] + c);
    }
  }
  r.assign(n, 0);
  for (size_t i = 0; i < n; ++i) r[i] = (un[i] >> s) | (s ? static_cast<uint32_t>(static_cast<uint64_t>(un[i + 1]) << (32 - s)) : 0);
  while (!q.empty() && q.back() == 0) q.pop_back();
  while (!r.empty() && r.back() == 0) r.pop_back();
}

void BigInt::divmod(const BigInt& a, const BigInt& b, BigInt& q, BigInt& r) {
  Mag qm, rm;
  divmod_mag(a.mag_, b.mag_, qm, rm);
  q.mag_ = std::move(qm);
  q.neg_ = a.neg_ != b.neg_;
  q.trim();
  r.mag_ = std::move(rm);
  r.neg_ = a.neg_;
  r.trim();
  // Truncated to floored: when the signs differ and the remainder is not zero.
  if (!r.is_zero() && r.neg_ != b.neg_) {
    q = q - BigInt(1);
    r = r + b;
  }
}

BigInt BigInt::pow(const BigInt& base, uint64_t exp) {
  BigInt result(1), b = base;
  while (exp) {
    if (exp & 1) result = result * b;
    exp >>= 1;
    if (exp) b = b * b;
  }
  return result;
}

BigInt BigInt::powmod(BigInt base, BigInt exp, const BigInt& mod) {
  BigInt q, r, result(1);
  divmod(base, mod, q, base);
  size_t n = exp.bit_length();
  for (size_t i = 0; i < n; ++i) {
    if (exp.bit(i)) {
      result = result * base;
      divmod(result, mod, q, result);
    }
    base = base * base;
    divmod(base, mod, q, base);
  }
  divmod(result, mod, q, r);
  return r;
}

BigInt BigInt::shl(uint64_t n) const {
  if (mag_.empty()) return *this;
  BigInt r;
  size_t limbs = n / 32;
  int bits = static_cast<int>(n % 32);
  r.mag_.assign(limbs, 0);
  uint32_t carry = 0;
  for (uint32_t x : mag_) {
    r.mag_.push_back(bits ? (x << bits) | carry : x);
    carry = bits ? static_cast<uint32_t>(static_cast<uint64_t>(x) >> (32 - bits)) : 0;
  }
  if (carry) r.mag_.push_back(carry);
  r.neg_ = neg_;
  r.trim();
  return r;
}

BigInt BigInt::shr(uint64_t n) const {
  if (neg_) {
    // floor(a / 2**n) for a < 0 is -((|a| - 1) >> n) - 1.
    BigInt t = abs() - BigInt(1);
    return -(t.shr(n) + BigInt(1));
  }
  BigInt r;
  size_t limbs = n / 32;
  if (limbs >= mag_.size()) return r;
  int bits = static_cast<int>(n % 32);
  for (size_t i = limbs; i < mag_.size(); ++i) {
    uint32_t lo = mag_[i] >> bits;
    uint32_t hi = bits && i + 1 < mag_.size() ? static_cast<uint32_t>(static_cast<uint64_t>(mag_[i + 1]) << (32 - bits)) : 0;
    r.mag_.push_back(lo | hi);
  }
  r.trim();
  return r;
}

Mag BigInt::twos(size_t limbs) const {
  Mag r(limbs, 0);
  for (size_t i = 0; i < mag_.size() && i < limbs; ++i) r[i] = mag_[i];
  if (neg_) {
    uint64_t carry = 1;
    for (auto& x : r) {
      uint64_t s = static_cast<uint64_t>(static_cast<uint32_t>(~x)) + carry;
      x = static_cast<uint32_t>(s);
      carry = s >> 32;
    }
  }
  return r;
}

BigInt BigInt::from_twos(Mag limbs) {
  BigInt r;
  bool neg = !limbs.empty() && (limbs.back() >> 31);
  if (neg) {
    uint64_t carry = 1;
    for (auto& x : limbs) {
      uint64_t s = static_cast<uint64_t>(static_cast<uint32_t>(~x)) + carry;
      x = static_cast<uint32_t>(s);
      carry = s >> 32;
    }
  }
  r.mag_ = std::move(limbs);
  r.neg_ = neg;
  r.trim();
  return r;
}

BigInt operator&(const BigInt& a, const BigInt& b) {
  size_t n = std::max(a.mag_.size(), b.mag_.size()) + 1;
  Mag x = a.twos(n), y = b.twos(n);
  for (size_t i = 0; i < n; ++i) x[i] &= y[i];
  return BigInt::from_twos(std::move(x));
}
BigInt operator|(const BigInt& a, const BigInt& b) {
  size_t n = std::max(a.mag_.size(), b.mag_.size()) + 1;
  Mag x = a.twos(n), y = b.twos(n);
  for (size_t i = 0; i < n; ++i) x[i] |= y[i];
  return BigInt::from_twos(std::move(x));
}
BigInt operator^(const BigInt& a, const BigInt& b) {
  size_t n = std::max(a.mag_.size(), b.mag_.size()) + 1;
  Mag x = a.twos(n), y = b.twos(n);
  for (size_t i = 0; i < n; ++i) x[i] ^= y[i];
  return BigInt::from_twos(std::move(x));
}
BigInt BigInt::operator~() const { return -(*this) - BigInt(1); }

std::optional<double> BigInt::true_divide(const BigInt& a, const BigInt& b) {
  const size_t exact = 53;
  if (a.bit_length() <= exact && b.bit_length() <= exact) return *a.to_double() / *b.to_double();
  bool neg = a.neg_ != b.neg_;
  BigInt x = a.abs(), y = b.abs();
  if (x.is_zero()) return neg ? -0.0 : 0.0;
  // Scale so that the quotient has 55 or 56 bits; the remainder becomes a sticky bit.
  int64_t shift = static_cast<int64_t>(x.bit_length()) - static_cast<int64_t>(y.bit_length()) - 55;
  if (shift > 0)
    y = y.shl(static_cast<uint64_t>(shift));
  else if (shift < 0)
    x = x.shl(static_cast<uint64_t>(-shift));
  BigInt q, r;
  divmod(x, y, q, r);
  uint64_t m = q.low_u64();
  if (!r.is_zero()) m |= 1;
  if (shift > 1100) return std::nullopt;
  double d = std::ldexp(static_cast<double>(m), static_cast<int>(std::max<int64_t>(shift, -2000)));
  if (std::isinf(d)) return std::nullopt;
  return neg ? -d : d;
}

int64_t BigInt::hash_py2() const {
  // CPython 2.7 long_hash with 30-bit digits: a circular shift of a 64-bit accumulator.
  size_t n = bit_length();
  size_t ndigits = (n + 29) / 30;
  uint64_t x = 0;
  for (size_t i = ndigits; i-- > 0;) {
    uint32_t d = 0;
    for (int k = 29; k >= 0; --k) d = (d << 1) | (bit(i * 30 + k) ? 1 : 0);
    x = (x >> (64 - 30)) | (x << 30);
    x += d;
    if (x < d) ++x;
  }
  if (neg_) x = 0 - x;
  if (x == UINT64_MAX) x = UINT64_MAX - 1;
  return static_cast<int64_t>(x);
}

int64_t BigInt::hash_py3() const {
  const uint64_t mod = (uint64_t{1} << 61) - 1;
  unsigned __int128 x = 0;
  for (size_t i = mag_.size(); i-- > 0;) x = ((x << 32) | mag_[i]) % mod;
  int64_t h = static_cast<int64_t>(x);
  if (neg_) h = -h;
  if (h == -1) h = -2;
  return h;
}

}  // namespace rpy::modules
