// Python 3 re's flags: members of re.RegexFlag, an IntFlag (Python 3.11). They are ints in every
// operation but `|`, `&`, `^` and `~`, which give flags again, and their text names the flags
// (`re.IGNORECASE|re.MULTILINE`). A Python 2 program's re flags are plain ints.
#pragma once
#include <cstdint>
#include <string>

#include "modules/value.hpp"

namespace rpy::modules {

struct RegexFlagObj : IntObj {
  explicit RegexFlagObj(int64_t v) : IntObj(v) {}
};

bool is_regex_flag(const Ref& r);
// The flag of value v: a negative value keeps its low 9 bits, as RegexFlag(v) does.
Ref make_regex_flag(int64_t v);
// ~flag: the bits up to the highest of v and of the flags' mask, inverted.
int64_t regex_flag_invert(int64_t v);
// Python 3.11's str()/repr() of re.RegexFlag(v), v >= 0: `re.NOFLAG`, `re.ASCII|re.IGNORECASE`,
// unknown bits in hex after the names (`re.IGNORECASE|0x400`), `re.RegexFlag(1024)` without names.
std::string regex_flag_text(int64_t v);

}  // namespace rpy::modules
