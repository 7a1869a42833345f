#include "common/display.hpp"

#include <algorithm>
#include <cstdio>
#include <vector>

namespace rpy {

namespace {

// One character of a line as shown: the bytes [begin, begin + len) of the source, printed as
// `text`, `width` columns wide.
struct Cell {
  uint32_t begin = 0;
  uint32_t len = 1;
  std::string text;
  uint32_t width = 1;
};

// Decodes the UTF-8 sequence at s[i]; returns its length (0 if it is not valid UTF-8).
size_t utf8_decode(std::string_view s, size_t i, uint32_t& cp) {
  auto b = static_cast<unsigned char>(s[i]);
  size_t n = b >= 0xF0 && b <= 0xF4 ? 4 : b >= 0xE0 ? 3 : b >= 0xC2 && b < 0xE0 ? 2 : 0;
  if (n == 0 || i + n > s.size()) return 0;
  cp = b & (n == 2 ? 0x1F : n == 3 ? 0x0F : 0x07);
  for (size_t k = 1; k < n; ++k) {
    auto c = static_cast<unsigned char>(s[i + k]);
    if ((c & 0xC0) != 0x80) return 0;
    cp = (cp << 6) | (c & 0x3F);
  }
  // Overlong forms, surrogates and values past U+10FFFF are not valid UTF-8.
  if ((n == 3 && cp < 0x800) || (n == 4 && (cp < 0x10000 || cp > 0x10FFFF)) || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
  return n;
}

// Code points a terminal shows as nothing, or that reorder the text around them (a line could
// then look different from what the parser read).
bool invisible(uint32_t cp) {
  return (cp >= 0x80 && cp <= 0x9F) || cp == 0xAD || (cp >= 0x200B && cp <= 0x200F) || (cp >= 0x2028 && cp <= 0x202E) ||
         (cp >= 0x2060 && cp <= 0x206F) || cp == 0xFEFF || (cp >= 0xFFF9 && cp <= 0xFFFB);
}

bool combining(uint32_t cp) { return (cp >= 0x300 && cp <= 0x36F) || (cp >= 0x1AB0 && cp <= 0x1AFF) || (cp >= 0x20D0 && cp <= 0x20FF); }

bool wide(uint32_t cp) {
  return (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF && cp != 0x303F) || (cp >= 0xAC00 && cp <= 0xD7A3) ||
         (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60) ||
         (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x1F300 && cp <= 0x1F64F) || (cp >= 0x1F900 && cp <= 0x1F9FF) ||
         (cp >= 0x20000 && cp <= 0x3FFFD);
}

std::string hex_escape(unsigned char b) {
  char buf[8];
  std::snprintf(buf, sizeof buf, "\\x%02x", b);
  return buf;
}

std::string cp_escape(uint32_t cp) {
  char buf[16];
  std::snprintf(buf, sizeof buf, cp > 0xFFFF ? "\\U%08x" : "\\u%04x", cp);
  return buf;
}

// The cells of `s` (which starts at column 0, for tab stops); tabs are expanded when expand_tabs,
// else kept as themselves; newlines are kept when keep_newlines, else escaped.
std::vector<Cell> cells_of(std::string_view s, bool expand_tabs, bool keep_newlines) {
  std::vector<Cell> out;
  uint32_t column = 0;
  for (size_t i = 0; i < s.size();) {
    Cell c;
    c.begin = static_cast<uint32_t>(i);
    auto b = static_cast<unsigned char>(s[i]);
    if (b == '\t') {
      uint32_t w = 8 - column % 8;
      c.text = expand_tabs ? std::string(w, ' ') : std::string("\t");
      c.width = w;
    } else if (b == '\n' && keep_newlines) {
      c.text = "\n";
      c.width = 0;
      column = 0;
    } else if (b < 0x20 || b == 0x7F) {
      c.text = hex_escape(b);
      c.width = 4;
    } else if (b < 0x80) {
      c.text = std::string(1, static_cast<char>(b));
    } else {
      uint32_t cp = 0;
      size_t n = utf8_decode(s, i, cp);
      if (n == 0) {
        c.text = hex_escape(b);
        c.width = 4;
      } else {
        c.len = static_cast<uint32_t>(n);
        if (invisible(cp)) {
          c.text = cp_escape(cp);
          c.width = static_cast<uint32_t>(c.text.size());
        } else {
          c.text = std::string(s.substr(i, n));
          c.width = combining(cp) ? 0 : wide(cp) ? 2 : 1;
        }
      }
    }
    column += c.width;
    i += c.len;
    out.push_back(std::move(c));
  }
  return out;
}

}  // namespace

std::string printable(std::string_view s, bool keep_tabs) {
  std::string out;
  out.reserve(s.size());
  for (const Cell& c : cells_of(s, !keep_tabs, true)) out += c.text;
  return out;
}

Excerpt excerpt(std::string_view line, uint32_t begin, uint32_t end, uint32_t max_width) {
  std::vector<Cell> cells = cells_of(line, true, false);
  std::vector<uint32_t> start(cells.size() + 1, 0);  // display column of each cell
  for (size_t i = 0; i < cells.size(); ++i) start[i + 1] = start[i] + cells[i].width;
  uint32_t total = start.back();
  // The cells holding the first and last byte of the range.
  auto cell_of = [&](uint32_t byte) {
    size_t k = 0;
    while (k < cells.size() && cells[k].begin + cells[k].len <= byte) ++k;
    return k;
  };
  begin = std::min<uint32_t>(begin, static_cast<uint32_t>(line.size()));
  end = std::max(end, begin + 1);
  size_t first = cell_of(begin), last = cell_of(end - 1);
  uint32_t from = start[first];
  uint32_t to = std::max(last < cells.size() ? start[last + 1] : total + 1, from + 1);

  // The window [lo, hi) of display columns to show.
  uint32_t lo = 0, hi = total;
  if (total > max_width) {
    uint32_t room = max_width > 12 ? max_width - 6 : max_width;  // "..." on both sides
    if (from + std::min<uint32_t>(to - from, room / 2) <= room) {
      hi = room;  // the range is near the start: show the start of the line
    } else {
      lo = from > room / 3 ? from - room / 3 : 0;  // a little context before the range
      hi = lo + room;
      if (hi > total) {
        hi = total;
        lo = total > room ? total - room : 0;
      }
    }
  }
  Excerpt ex;
  uint32_t shift = 0;
  if (lo > 0) {
    ex.text = "...";
    shift = 3;
  }
  uint32_t shown_lo = lo, shown_hi = lo;
  bool first_shown = true;
  for (size_t i = 0; i < cells.size(); ++i) {
    if (start[i] < lo || start[i] + cells[i].width > hi) continue;
    if (first_shown) shown_lo = start[i], first_shown = false;
    ex.text += cells[i].text;
    shown_hi = start[i] + cells[i].width;
  }
  if (first_shown) shown_lo = shown_hi = std::min(lo, total);
  if (hi < total) ex.text += "...";
  // The caret: within what is shown (a range that starts past the end points just after it).
  uint32_t c0 = std::clamp(from, shown_lo, std::max(shown_lo, shown_hi));
  uint32_t c1 = std::clamp(to, c0 + 1, std::max(c0 + 1, hi < total ? shown_hi : std::max(shown_hi, to)));
  ex.caret = c0 - shown_lo + shift;
  ex.width = std::max<uint32_t>(1, c1 - c0);
  return ex;
}

}  // namespace rpy
