// Builtins beyond the core (see rpy/builtins.hpp).
#include "rpy/builtins.hpp"

#include <sys/stat.h>
#include <sys/time.h>
#include <time.h>
#include <unistd.h>

#include <cerrno>
#include <cmath>
#include <cstdio>
#include <string>
#include <climits>
#include <cstdlib>
#include <cstring>

#include "rpy/exceptions.hpp"

namespace rpy {

std::tuple<double, double> float_divmod(double a, double b) {
  if (b == 0.0) raise_exc<ZeroDivisionError>("float divmod()");
  double mod = std::fmod(a, b);
  double div = (a - mod) / b;
  if (mod != 0.0) {
    if ((b < 0) != (mod < 0)) {
      mod += b;
      div -= 1.0;
    }
  } else {
    mod = std::copysign(0.0, b);
  }
  double floordiv;
  if (div != 0.0) {
    floordiv = std::floor(div);
    if (div - floordiv > 0.5) floordiv += 1.0;
  } else {
    floordiv = std::copysign(0.0, a / b);
  }
  return {floordiv, mod};
}

int64_t int_pow_mod(int64_t a, int64_t b, int64_t m) {
  if (m == 0) raise_exc<ValueError>("pow() 3rd argument cannot be 0");
  if (b < 0) raise_exc<ValueError>("pow() 2nd argument cannot be negative when 3rd argument specified");
  __int128 r = 1, x = a % m;
  if (x < 0) x += m < 0 ? -m : m;
  __int128 mm = m < 0 ? -static_cast<__int128>(m) : m;
  while (b) {
    if (b & 1) r = (r * x) % mm;
    x = (x * x) % mm;
    b >>= 1;
  }
  int64_t res = static_cast<int64_t>(r % mm);
  if (m < 0 && res != 0) res += m;
  return res;
}

double int_pow_float(int64_t a, int64_t b) {
  if (a == 0 && b < 0) raise_exc<ZeroDivisionError>("0.0 cannot be raised to a negative power");
  return std::pow(static_cast<double>(a), static_cast<double>(b));
}

int64_t float_round_int(double x) {
  if (std::isnan(x)) raise_exc<ValueError>("cannot convert float NaN to integer");
  if (std::isinf(x)) raise_exc<OverflowError>("cannot convert float infinity to integer");
  double r = std::nearbyint(x);  // round half to even (the default rounding mode)
  return float_to_int(r);
}

int64_t math_factorial(int64_t n) {
  if (n < 0) raise_exc<ValueError>("factorial() not defined for negative values");
  int64_t r = 1;
  for (int64_t i = 2; i <= n; ++i) r = int_mul(r, i);
  return r;
}

int64_t math_gcd(int64_t a, int64_t b) {
  a = a < 0 ? -a : a;
  b = b < 0 ? -b : b;
  while (b) {
    int64_t t = a % b;
    a = b;
    b = t;
  }
  return a;
}

// math.pow: C's pow with the math module's errors (ValueError for a negative base with a
// fractional exponent and for 0.0 ** negative, OverflowError for a finite result too large);
// non-finite arguments give C99's special values without an error, as in Python.
double math_pow(double x, double y) {
  double r = std::pow(x, y);
  if (!std::isfinite(x) || !std::isfinite(y)) return r;
  if (std::isnan(r)) raise_exc<ValueError>("math domain error");
  if (std::isinf(r)) {
    if (x == 0.0) raise_exc<ValueError>("math domain error");
    raise_exc<OverflowError>("math range error");
  }
  return r;
}

// math.ldexp(x, i) for any int i (C's takes an int): beyond the exponent range the result is
// 0.0 or infinity already, so i is clamped; an infinite result of a finite x is OverflowError.
double math_ldexp(double x, int64_t i) {
  if (x == 0.0 || !std::isfinite(x)) return x;
  int e = i > 100000 ? 100000 : i < -100000 ? -100000 : static_cast<int>(i);
  double r = std::ldexp(x, e);
  if (std::isinf(r)) raise_exc<OverflowError>("math range error");
  return r;
}

double math_log_base(double x, double base) {
  if (x <= 0 || base <= 0) raise_exc<ValueError>("math domain error");
  double den = std::log(base);
  if (den == 0.0) raise_exc<ZeroDivisionError>("float division by zero");
  return std::log(x) / den;
}

int64_t math_isqrt(int64_t n) {
  if (n < 0) raise_exc<ValueError>("isqrt() argument must be nonnegative");
  auto r = static_cast<int64_t>(std::sqrt(static_cast<double>(n)));
  // The double's root may be off by one either way for n near 2**63: correct it exactly.
  while (r > 0 && static_cast<unsigned __int128>(r) * static_cast<unsigned __int128>(r) > static_cast<unsigned __int128>(n)) --r;
  while (static_cast<unsigned __int128>(r + 1) * static_cast<unsigned __int128>(r + 1) <= static_cast<unsigned __int128>(n)) ++r;
  return r;
}

// comb and perm compute in 128 bits and wrap to a machine int at the end, as the other integer
// builtins of translated code wrap (RPython's machine ints).
int64_t math_comb(int64_t n, int64_t k) {
  if (n < 0) raise_exc<ValueError>("n must be a non-negative integer");
  if (k < 0) raise_exc<ValueError>("k must be a non-negative integer");
  if (k > n) return 0;
  if (k > n - k) k = n - k;
  unsigned __int128 c = 1;
  for (int64_t i = 1; i <= k; ++i) {
    auto m = static_cast<unsigned __int128>(n - k + i);
    if (c > ~static_cast<unsigned __int128>(0) / m) raise_exc<OverflowError>("comb() result does not fit in 128 bits in translated code");
    c = c * m / static_cast<unsigned __int128>(i);
  }
  return static_cast<int64_t>(static_cast<uint64_t>(c));
}

int64_t math_perm(int64_t n, int64_t k) {
  if (n < 0) raise_exc<ValueError>("n must be a non-negative integer");
  if (k == INT64_MIN) return math_factorial(n);
  if (k < 0) raise_exc<ValueError>("k must be a non-negative integer");
  if (k > n) return 0;
  int64_t r = 1;
  for (int64_t i = 0; i < k; ++i) r = int_mul(r, n - i);
  return r;
}

std::tuple<double, int64_t> math_frexp(double x) {
  int e = 0;
  double m = std::frexp(x, &e);
  return {m, e};
}
std::tuple<double, double> math_modf(double x) {
  double ip;
  double fp = std::modf(x, &ip);
  return {fp, ip};
}
void raise_math_error(double r) {
  if (std::isnan(r)) raise_exc<ValueError>("math domain error");
  raise_exc<OverflowError>("math range error");
}

Str* unichr_str(int64_t c) {
  if (c < 0 || c > 0x10ffff) raise_exc<ValueError>("unichr() arg not in range(0x110000)");
  char buf[4];
  int n;
  if (c < 0x80) {
    buf[0] = static_cast<char>(c);
    n = 1;
  } else if (c < 0x800) {
    buf[0] = static_cast<char>(0xc0 | (c >> 6));
    buf[1] = static_cast<char>(0x80 | (c & 0x3f));
    n = 2;
  } else if (c < 0x10000) {
    buf[0] = static_cast<char>(0xe0 | (c >> 12));
    buf[1] = static_cast<char>(0x80 | ((c >> 6) & 0x3f));
    buf[2] = static_cast<char>(0x80 | (c & 0x3f));
    n = 3;
  } else {
    buf[0] = static_cast<char>(0xf0 | (c >> 18));
    buf[1] = static_cast<char>(0x80 | ((c >> 12) & 0x3f));
    buf[2] = static_cast<char>(0x80 | ((c >> 6) & 0x3f));
    buf[3] = static_cast<char>(0x80 | (c & 0x3f));
    n = 4;
  }
  return str_new(buf, n);
}

// ---- os.path (posixpath's algorithms)
Str* os_path_join(const List<Str*>* parts) {
  std::string r;
  for (int64_t i = 0; i < parts->len; ++i) {
    const Str* p = parts->items[i];
    std::string s(p->data, static_cast<size_t>(p->len));
    if (i == 0)
      r = s;
    else if (!s.empty() && s[0] == '/')
      r = s;
    else if (r.empty() || r.back() == '/')
      r += s;
    else
      r += "/" + s;
  }
  return str_new(r.data(), static_cast<int64_t>(r.size()));
}
bool os_path_exists(const Str* p) {
  struct stat st;
  return ::stat(p->data, &st) == 0;
}
bool os_path_isfile(const Str* p) {
  struct stat st;
  return ::stat(p->data, &st) == 0 && S_ISREG(st.st_mode);
}
bool os_path_isdir(const Str* p) {
  struct stat st;
  return ::stat(p->data, &st) == 0 && S_ISDIR(st.st_mode);
}
static int64_t last_slash(const Str* p) {
  for (int64_t i = p->len - 1; i >= 0; --i)
    if (p->data[i] == '/') return i;
  return -1;
}
Str* os_path_basename(const Str* p) {
  int64_t i = last_slash(p) + 1;
  return str_new(p->data + i, p->len - i);
}
Str* os_path_dirname(const Str* p) {
  int64_t i = last_slash(p) + 1;
  int64_t n = i;
  bool all_slash = true;
  for (int64_t k = 0; k < n; ++k)
    if (p->data[k] != '/') all_slash = false;
  if (!all_slash)
    while (n > 0 && p->data[n - 1] == '/') --n;
  return str_new(p->data, n);
}
std::tuple<Str*, Str*> os_path_split(const Str* p) {
  int64_t i = last_slash(p) + 1;
  Str* tail = str_new(p->data + i, p->len - i);
  return {os_path_dirname(p), tail};
}
std::tuple<Str*, Str*> os_path_splitext(const Str* p) {
  int64_t sep = last_slash(p);
  int64_t dot = -1;
  for (int64_t i = p->len - 1; i > sep; --i)
    if (p->data[i] == '.') {
      dot = i;
      break;
    }
  if (dot > sep) {
    // A leading dot (after leading dots) does not start an extension.
    int64_t k = sep + 1;
    while (k < dot && p->data[k] == '.') ++k;
    if (k < dot) return {str_new(p->data, dot), str_new(p->data + dot, p->len - dot)};
  }
  return {str_new(p->data, p->len), str_new("", 0)};
}

int64_t os_path_getsize(const Str* p) {
  struct stat st;
  if (::stat(p->data, &st) != 0) raise_errno<OSError>(errno, p);
  return static_cast<int64_t>(st.st_size);
}
int64_t os_lseek(int64_t fd, int64_t pos, int64_t how) {
  off_t r = ::lseek(static_cast<int>(fd), static_cast<off_t>(pos), static_cast<int>(how));
  if (r < 0) raise_errno<OSError>(errno, nullptr);
  return static_cast<int64_t>(r);
}
void os_ftruncate(int64_t fd, int64_t length) {
  if (::ftruncate(static_cast<int>(fd), static_cast<off_t>(length)) < 0) raise_errno<OSError>(errno, nullptr);
}
void os_fsync(int64_t fd) {  // like Python's fsync(), which takes any object with a file descriptor
  if (fd < 0) raise_value_error(("file descriptor cannot be a negative integer (" + std::to_string(fd) + ")").c_str());
  if (::fsync(static_cast<int>(fd)) < 0) raise_errno<OSError>(errno, nullptr);
}
void os_lockf(int64_t fd, int64_t cmd, int64_t length) {
  if (::lockf(static_cast<int>(fd), static_cast<int>(cmd), static_cast<off_t>(length)) < 0) raise_errno<OSError>(errno, nullptr);
}
static double ts(const struct timespec& t) { return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_nsec) * 1e-9; }
static StatResult stat_result(const struct stat& st) {
  return {static_cast<int64_t>(st.st_mode),
          static_cast<int64_t>(st.st_ino),
          static_cast<int64_t>(st.st_dev),
          static_cast<int64_t>(st.st_nlink),
          static_cast<int64_t>(st.st_uid),
          static_cast<int64_t>(st.st_gid),
          static_cast<int64_t>(st.st_size),
          ts(st.st_atim),
          ts(st.st_mtim),
          ts(st.st_ctim)};
}
StatResult os_stat(const Str* p) {
  struct stat st;
  if (::stat(p->data, &st) != 0) raise_errno<OSError>(errno, p);
  return stat_result(st);
}
StatResult os_fstat(int64_t fd) {
  struct stat st;
  if (::fstat(static_cast<int>(fd), &st) != 0) raise_errno<OSError>(errno, nullptr);
  return stat_result(st);
}
void os_unlink(const Str* p) {
  if (::unlink(p->data) != 0) raise_errno<OSError>(errno, p);
}
Str* os_strerror(int64_t e) { return str_from_cstr(std::strerror(static_cast<int>(e))); }
Str* os_getcwd() {
  char buf[PATH_MAX];
  if (!::getcwd(buf, sizeof buf)) raise_errno<OSError>(errno, nullptr);
  return str_from_cstr(buf);
}
int64_t os_getpid() { return static_cast<int64_t>(::getpid()); }
Str* os_getenv(const Str* name) {
  const char* v = std::getenv(name->data);
  return v ? str_from_cstr(v) : nullptr;
}
void time_sleep(double secs) {
  if (secs < 0) raise_exc<ValueError>("sleep length must be non-negative");
  out_flush();
  struct timespec t;
  t.tv_sec = static_cast<time_t>(secs);
  t.tv_nsec = static_cast<long>((secs - static_cast<double>(t.tv_sec)) * 1e9);
  while (nanosleep(&t, &t) != 0 && errno == EINTR) {
  }
}
double time_perf_counter() {
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return ts(t);
}
double time_process_time() {
  struct timespec t;
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
  return ts(t);
}

int64_t time_utc_offset(int64_t secs) {
  time_t t = static_cast<time_t>(secs);
  struct tm local;
  if (!localtime_r(&t, &local)) return 0;
  return static_cast<int64_t>(local.tm_gmtoff);
}

static int64_t recursion_limit = 1000;
void sys_setrecursionlimit(int64_t limit) {
  if (limit < 1) raise_exc<ValueError>("recursion limit must be greater or equal than 1");
  recursion_limit = limit;
}
int64_t sys_getrecursionlimit() { return recursion_limit; }

}  // namespace rpy
