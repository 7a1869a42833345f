// `fmt % args` with a format string known only at run time (or with '*' widths/precisions): the
// translator feeds the arguments one by one, in order, and this parses the format as it goes,
// with Python's errors. (Constant formats without '*' are parsed at translation time instead.)
#pragma once
#include "rpy/format.hpp"

namespace rpy {

class PercentFormat {
 public:
  PercentFormat(const Str* fmt, bool py2) : f_(fmt), py2_(py2) {}
  void arg(int64_t v);
  void arg(bool v);
  void arg(uint64_t v);
  void arg(double v);
  void arg(char v);
  void arg(const Str* v);
  // Any other value: its str() and repr(), computed by the translated program.
  void arg_object(const Str* str, const Str* repr);
  Str* finish();  // the result; TypeError if arguments are left over

 private:
  // Appends literal text up to the next conversion and parses its spec; false at the end of
  // the format. A '*' asks for an int argument first (pending_star_).
  bool next_conversion();
  void need_conversion();          // TypeError when the format has no conversion left
  void put_text(const Str* text);  // text padded by the current spec (%s/%r)
  const Str* f_;
  bool py2_;
  int64_t i_ = 0;
  Buffer b_;
  FmtSpec spec_;
  char conv_ = 0;
  bool have_ = false;     // spec_/conv_ hold a parsed conversion awaiting its value
  int pending_star_ = 0;  // 1: width is '*', 2: precision is '*' (3: both)
  bool minus_ = false, zero_ = false;
};

}  // namespace rpy
