#include "modules/objects/regex_flag.hpp"

#include <algorithm>
#include <bit>
#include <cstdio>
#include <memory>
#include <utility>

namespace rpy::modules {

namespace {

// The members of re.RegexFlag in the order Python 3.11's re defines them (the order of the names).
constexpr std::pair<int64_t, const char*> kRegexFlags[] = {{256, "ASCII"},  {2, "IGNORECASE"}, {4, "LOCALE"},
                                                           {32, "UNICODE"}, {8, "MULTILINE"},  {16, "DOTALL"},
                                                           {64, "VERBOSE"}, {1, "TEMPLATE"},   {128, "DEBUG"}};
constexpr int64_t kRegexFlagMask = 511;

}  // namespace

bool is_regex_flag(const Ref& r) { return r && r->kind == ObjKind::Int && dynamic_cast<const RegexFlagObj*>(r.get()) != nullptr; }

Ref make_regex_flag(int64_t v) { return std::make_shared<RegexFlagObj>(v < 0 ? (v & kRegexFlagMask) : v); }

int64_t regex_flag_invert(int64_t v) {
  int width = std::max(9, static_cast<int>(std::bit_width(static_cast<uint64_t>(v))));
  uint64_t mask = width >= 64 ? ~uint64_t{0} : (uint64_t{1} << width) - 1;
  return static_cast<int64_t>(static_cast<uint64_t>(v) ^ mask);
}

std::string regex_flag_text(int64_t v) {
  if (v == 0) return "re.NOFLAG";
  std::string out;
  for (auto [bit, name] : kRegexFlags)
    if (v & bit) out += std::string(out.empty() ? "" : "|") + "re." + name;
  int64_t unknown = v & ~kRegexFlagMask;
  if (out.empty()) return "re.RegexFlag(" + std::to_string(v) + ")";
  if (unknown) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "|0x%llx", static_cast<unsigned long long>(unknown));
    out += buf;
  }
  return out;
}

}  // namespace rpy::modules
