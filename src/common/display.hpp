// How source text and messages are shown on a terminal: control bytes, NUL, invalid UTF-8 and
// invisible or direction-changing characters are escaped (`\x00`, `\u202e`), tabs are expanded,
// and a long line is cut to a window around the column of interest.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>

namespace rpy {

// `s` with every byte that a terminal would not show as itself escaped: control characters other
// than newline (and tab, when keep_tabs), DEL, bytes that are not valid UTF-8, and invisible or
// bidirectional-override code points. Valid printable UTF-8 is kept.
std::string printable(std::string_view s, bool keep_tabs = true);

// The part of a line to print under a diagnostic: at most max_width columns around the bytes
// [begin, end) (0-based), with "..." where the line was cut. caret/width: the columns of the
// range within `text` (width >= 1).
struct Excerpt {
  std::string text;
  uint32_t caret = 0;
  uint32_t width = 1;
};
Excerpt excerpt(std::string_view line, uint32_t begin, uint32_t end, uint32_t max_width);

}  // namespace rpy
