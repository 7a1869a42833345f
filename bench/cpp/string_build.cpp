// string_build.cpp: bench/programs/string_build.py in C++: the same report, each line made by
// snprintf into a std::string, the lines collected in a vector and joined.
#include <cctype>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <string>
#include <vector>

namespace {

const std::vector<std::string> kCustomers = {"Ada",      "Grace", "Alan",   "Barbara", "Edsger",  "Donald",
                                             "Margaret", "Ken",   "Dennis", "Guido",   "Niklaus", "Frances"};
const std::vector<std::string> kItems = {"widget", "gadget", "sprocket", "flange", "gizmo", "doohickey", "bolt", "nut"};

class Random {
 public:
  explicit Random(std::uint64_t seed) : state_(seed) {}
  long next(long n) {
    state_ = (state_ * 1664525 + 1013904223) % 4294967296ULL;
    return static_cast<long>((state_ >> 8) % static_cast<std::uint64_t>(n));
  }

 private:
  std::uint64_t state_;
};

std::string upper(std::string s) {
  for (char& c : s) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return s;
}

std::string make_line(long number, const std::string& customer, const std::string& item, long quantity, long cents) {
  double price = static_cast<double>(cents) / 100.0;
  char code[64];
  std::snprintf(code, sizeof code, "%s-%04lx-%lo", upper(item.substr(0, 3)).c_str(), number, quantity);
  char line[256];
  std::snprintf(line, sizeof line, "%06ld %-9s %-10s %4ld x %8.2f = %11.2f  [%s]", number, customer.c_str(), item.c_str(), quantity, price,
                static_cast<double>(quantity) * price, code);
  return line;
}

std::string join(const std::vector<std::string>& parts, const std::string& sep) {
  size_t size = 0;
  for (const auto& p : parts) size += p.size() + sep.size();
  std::string out;
  out.reserve(size);
  for (size_t i = 0; i < parts.size(); ++i) {
    if (i) out += sep;
    out += parts[i];
  }
  return out;
}

std::string pad_left(const std::string& s, size_t width) { return s.size() >= width ? s : std::string(width - s.size(), ' ') + s; }
std::string pad_right(const std::string& s, size_t width) { return s.size() >= width ? s : s + std::string(width - s.size(), ' '); }

std::string report(long n) {
  Random rng(42);
  std::vector<std::string> lines;
  std::map<std::string, long> totals;
  for (long i = 0; i < n; ++i) {
    const std::string& customer = kCustomers[rng.next(static_cast<long>(kCustomers.size()))];
    const std::string& item = kItems[rng.next(static_cast<long>(kItems.size()))];
    long quantity = 1 + rng.next(250);
    long cents = 5 + rng.next(20000);
    lines.push_back(make_line(i, customer, item, quantity, cents));
    totals[customer] += quantity * cents;
  }
  std::string summary;
  for (const auto& [customer, total] : totals) {
    summary += pad_right(customer, 10) + pad_left(std::to_string(total / 100), 12);
    char cents[16];
    std::snprintf(cents, sizeof cents, ".%02ld\n", total % 100);
    summary += cents;
  }
  std::vector<std::string> header;
  for (std::string w : {"number", "customer", "item", "quantity", "price", "total"}) {
    w[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(w[0])));
    header.push_back(w);
  }
  return join(header, " ") + "\n" + join(lines, "\n") + "\n" + std::string(40, '=') + "\n" + summary;
}

}  // namespace

int main(int argc, char** argv) {
  long n = argc > 1 ? std::strtol(argv[1], nullptr, 10) : 1000;
  std::string text = report(n);
  long checksum = 0;
  for (size_t i = 0; i < text.size(); i += 7) checksum = (checksum * 131 + static_cast<unsigned char>(text[i])) % 1000000007;
  long sevens = 0;
  for (char c : text) sevens += c == '7';
  std::printf("%ld lines, %zu characters, %ld sevens, checksum %ld\n", n, text.size(), sevens, checksum);
  std::vector<std::string> pieces;
  size_t start = 0;
  for (;;) {
    size_t nl = text.find('\n', start);
    if (nl == std::string::npos) {
      pieces.push_back(text.substr(start));
      break;
    }
    pieces.push_back(text.substr(start, nl - start));
    start = nl + 1;
  }
  std::vector<std::string> tail(pieces.size() > 16 ? pieces.end() - 16 : pieces.begin(), pieces.end());
  std::printf("%s\n", join(tail, "\n").c_str());
  return 0;
}
