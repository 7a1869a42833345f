// Arbitrary-precision integers with Python's semantics: floor division and modulo, two's
// complement bitwise operators and shifts on the infinite-precision value, correctly rounded
// conversion to float. Used by the import-time evaluator for Python 2 longs and Python 3 ints that
// do not fit a machine word.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace rpy::modules {

class BigInt {
 public:
  BigInt() = default;
  BigInt(int64_t v);  // NOLINT: implicit, as integers are
  static BigInt from_u64(uint64_t v);
  // Python's int(text, base) body: optional sign, digits (underscores not accepted), base 2..36;
  // nullopt when the text is not a number in that base. Surrounding whitespace is not skipped.
  static std::optional<BigInt> parse(const std::string& text, int base);
  // The integral part of a finite double (truncated toward zero).
  static BigInt from_double(double d);

  bool is_zero() const { return mag_.empty(); }
  bool negative() const { return neg_; }
  int sign() const { return neg_ ? -1 : mag_.empty() ? 0 : 1; }
  bool fits_int64() const;
  int64_t to_int64() const;                    // only when fits_int64()
  uint64_t low_u64() const;                    // the value modulo 2**64 (two's complement)
  std::optional<double> to_double() const;     // correctly rounded (half to even); nullopt on overflow
  size_t bit_length() const;                   // of the absolute value
  std::string to_string(int base = 10) const;  // digits in lower case with a leading '-'

  friend BigInt operator+(const BigInt& a, const BigInt& b);
  friend BigInt operator-(const BigInt& a, const BigInt& b);
  friend BigInt operator*(const BigInt& a, const BigInt& b);
  BigInt operator-() const;
  // Floor division and modulo (the divisor must be non-zero).
  static void divmod(const BigInt& a, const BigInt& b, BigInt& q, BigInt& r);
  static BigInt pow(const BigInt& base, uint64_t exp);
  static BigInt powmod(BigInt base, BigInt exp, const BigInt& mod);  // exp >= 0, mod != 0
  BigInt shl(uint64_t n) const;
  BigInt shr(uint64_t n) const;  // floor (arithmetic) shift
  friend BigInt operator&(const BigInt& a, const BigInt& b);
  friend BigInt operator|(const BigInt& a, const BigInt& b);
  friend BigInt operator^(const BigInt& a, const BigInt& b);
  BigInt operator~() const;
  BigInt abs() const;

  static int compare(const BigInt& a, const BigInt& b);
  friend bool operator==(const BigInt& a, const BigInt& b) { return a.neg_ == b.neg_ && a.mag_ == b.mag_; }
  // Compares with a double exactly (no rounding of either side); NaN compares unordered (returns 2).
  int compare_double(double d) const;
  // a / b as a correctly rounded double (Python's true division of ints); nullopt on overflow.
  static std::optional<double> true_divide(const BigInt& a, const BigInt& b);

  // The value's hash as CPython computes it: Python 2's long hash (equal to the int hash for
  // values that fit) and Python 3's modulo 2**61 - 1.
  int64_t hash_py2() const;
  int64_t hash_py3() const;

 private:
  bool neg_ = false;
  std::vector<uint32_t> mag_;  // little-endian base 2**32 magnitude, no leading zero limbs
  void trim();
  static int cmp_mag(const std::vector<uint32_t>& a, const std::vector<uint32_t>& b);
  static std::vector<uint32_t> add_mag(const std::vector<uint32_t>& a, const std::vector<uint32_t>& b);
  static std::vector<uint32_t> sub_mag(const std::vector<uint32_t>& a, const std::vector<uint32_t>& b);  // a >= b
  static std::vector<uint32_t> mul_mag(const std::vector<uint32_t>& a, const std::vector<uint32_t>& b);
  static void divmod_mag(const std::vector<uint32_t>& a, const std::vector<uint32_t>& b, std::vector<uint32_t>& q,
                         std::vector<uint32_t>& r);
  static uint32_t divmod_small(std::vector<uint32_t>& a, uint32_t d);  // in place, returns the remainder
  std::vector<uint32_t> twos(size_t limbs) const;                      // two's complement in `limbs` limbs
  static BigInt from_twos(std::vector<uint32_t> limbs);                // sign from the top bit
  bool bit(size_t i) const;                                            // bit i of the magnitude
};

}  // namespace rpy::modules
