// The replacement fields of a str.format format string, found by one scanner for every rewrite of
// .format() calls in lowering (keyword names for **d, attribute and item accessors).
#pragma once
#include <string>
#include <vector>

namespace rpy::ir {

// Literal text (kept as written: "{{" and "}}" stay doubled) or one replacement field (the text
// between its braces: name, conversion and spec, nested fields of the spec included).
struct FormatPiece {
  bool field = false;
  std::string text;
};

// False when a brace is unmatched (str.format raises ValueError there). A key in brackets in a
// field's name may hold any character but ']'.
inline bool scan_format_fields(const std::string& f, std::vector<FormatPiece>& out) {
  auto literal = [&](const std::string& t) {
    if (out.empty() || out.back().field) out.push_back({false, ""});
    out.back().text += t;
  };
  for (size_t i = 0; i < f.size();) {
    char ch = f[i];
    if ((ch == '{' || ch == '}') && i + 1 < f.size() && f[i + 1] == ch) {
      literal(f.substr(i, 2));
      i += 2;
      continue;
    }
    if (ch == '}') return false;
    if (ch != '{') {
      literal(std::string(1, ch));
      ++i;
      continue;
    }
    size_t j = i + 1;
    int depth = 1;
    bool in_name = true;
    for (; j < f.size(); ++j) {
      char c = f[j];
      if (in_name && c == '[') {
        while (j < f.size() && f[j] != ']') ++j;
        if (j >= f.size()) return false;
        continue;
      }
      if (c == '!' || c == ':') in_name = false;
      if (c == '{') ++depth;
      if (c == '}' && --depth == 0) break;
    }
    if (j >= f.size()) return false;
    out.push_back({true, f.substr(i + 1, j - i - 1)});
    i = j + 1;
  }
  return true;
}

}  // namespace rpy::ir
