// str and unicode (Python 3: str): their methods. Byte strings are indexed by byte; unicode (and
// every str in Python 3) by code point, converting only when the text is not ASCII.
#include <algorithm>
#include <cstring>
#include <iterator>
#include <vector>

#include "modules/objects/objects.hpp"
#include "modules/support/text.hpp"
#include "modules/support/unicode_data.hpp"

namespace rpy::modules {

namespace {

bool ascii(const std::string& s) {
  for (unsigned char c : s)
    if (c >= 0x80) return false;
  return true;
}

// Positions in code points for text strings, in bytes otherwise.
struct Text {
  const std::string& s;
  bool cp;  // code point indexing needed
  Text(const Ref& r) : s(r->as<StrObj>()->value), cp(text_semantics(r) && !ascii(r->as<StrObj>()->value)) {}
  size_t length() const { return cp ? utf8_length(s) : s.size(); }
  size_t to_byte(size_t i) const {
    if (!cp) return std::min(i, s.size());
    size_t b = 0, n = 0;
    while (b < s.size() && n < i) {
      ++b;
      while (b < s.size() && (static_cast<unsigned char>(s[b]) >> 6) == 2) ++b;
      ++n;
    }
    return b;
  }
  size_t to_cp(size_t b) const {
    if (!cp) return b;
    size_t n = 0;
    for (size_t k = 0; k < b && k < s.size(); ++k)
      if ((static_cast<unsigned char>(s[k]) >> 6) != 2) ++n;
    return n;
  }
};

const std::string& S(const Ref& r) { return r->as<StrObj>()->value; }

// start/end arguments of find, count, startswith...: a byte range of s.
void range_args(Interp& in, const Text& t, Args& a, size_t first, size_t& b, size_t& e, Loc loc) {
  int64_t n = static_cast<int64_t>(t.length());
  auto conv = [&](size_t i, int64_t dflt) {
    if (i >= a.size() || is_none(a[i])) return dflt;
    int64_t x = in.to_index(a[i], loc);
    if (x < 0) x = std::max<int64_t>(0, x + n);
    return std::min(x, n);
  };
  int64_t lo = conv(first, 0), hi = conv(first + 1, n);
  b = t.to_byte(static_cast<size_t>(lo));
  e = hi < lo ? b : t.to_byte(static_cast<size_t>(hi));
}

Ref str_result(const Ref& self, std::string v) { return same_kind_str(self, std::move(v)); }

// The string argument of a method; Python 2 promotes str to unicode when the argument is unicode.
const std::string& sarg(Interp& in, const Ref& r, Loc loc) {
  if (is_str(r)) return S(r);
  Ref u = Interp::unwrap(r);
  if (is_str(u)) return S(u);
  in.raise("TypeError", in.python() == 2 ? "expected a string or other character buffer object" : "must be str, not " + type_name(r), loc);
}

bool is_ws(unsigned char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f'; }

// The characters of a string with the byte offset of each (off.back() == s.size()): code points of
// text (Python 3 str, Python 2 unicode), bytes of a byte string.
struct Units {
  std::vector<uint32_t> c;
  std::vector<size_t> off;
  Units(const std::string& s, bool text) {
    if (text && !ascii(s)) {
      c = utf8_decode(s);
      for (size_t i = 0; i < s.size(); ++i)
        if ((static_cast<unsigned char>(s[i]) & 0xC0) != 0x80) off.push_back(i);
    } else {
      for (size_t i = 0; i < s.size(); ++i) {
        c.push_back(static_cast<unsigned char>(s[i]));
        off.push_back(i);
      }
    }
    off.push_back(s.size());
  }
};

// The whitespace of split() and strip(): Python 2 str's six ASCII bytes; text's from the Unicode
// database of its dialect (which also holds '\x1c'..'\x1f'), as the runtime tests it.
struct Space {
  bool text, py2;
  bool operator()(uint32_t c) const { return text ? unicode_space(c, py2) : c < 0x80 && is_ws(static_cast<unsigned char>(c)); }
};
Space space_of(Interp& in, const Ref& self) { return Space{text_semantics(self), in.python() == 2}; }

std::vector<std::string> split_ws(const std::string& s, int64_t maxsplit, Space ws) {
  Units u(s, ws.text);
  std::vector<std::string> out;
  size_t i = 0, n = u.c.size();
  auto piece = [&](size_t a, size_t b) { return s.substr(u.off[a], u.off[b] - u.off[a]); };
  while (i < n) {
    while (i < n && ws(u.c[i])) ++i;
    if (i >= n) break;
    if (maxsplit >= 0 && static_cast<int64_t>(out.size()) >= maxsplit) {
      out.push_back(piece(i, n));
      return out;
    }
    size_t j = i;
    while (j < n && !ws(u.c[j])) ++j;
    out.push_back(piece(i, j));
    i = j;
  }
  return out;
}

std::vector<std::string> rsplit_ws(const std::string& s, int64_t maxsplit, Space ws) {
  Units u(s, ws.text);
  std::vector<std::string> out;
  size_t i = u.c.size();
  auto piece = [&](size_t a, size_t b) { return s.substr(u.off[a], u.off[b] - u.off[a]); };
  while (i > 0) {
    while (i > 0 && ws(u.c[i - 1])) --i;
    if (i == 0) break;
    if (maxsplit >= 0 && static_cast<int64_t>(out.size()) >= maxsplit) {
      out.push_back(piece(0, i));
      break;
    }
    size_t j = i;
    while (j > 0 && !ws(u.c[j - 1])) --j;
    out.push_back(piece(j, i));
    i = j;
  }
  std::reverse(out.begin(), out.end());
  return out;
}

Ref str_list(const Ref& self, const std::vector<std::string>& parts) {
  std::vector<Ref> out;
  out.reserve(parts.size());
  for (auto& p : parts) out.push_back(str_result(self, p));
  return make_list(std::move(out));
}

std::string strip_chars(const Ref& self, const std::string& s, const std::string* chars, bool left, bool right, Space ws) {
  if (!chars) {  // whitespace
    Units u(s, ws.text);
    size_t b = 0, e = u.c.size();
    if (left)
      while (b < e && ws(u.c[b])) ++b;
    if (right)
      while (e > b && ws(u.c[e - 1])) --e;
    return s.substr(u.off[b], u.off[e] - u.off[b]);
  }
  if (ascii(*chars) && ascii(s)) {
    auto in_set = [&](unsigned char c) { return chars ? chars->find(static_cast<char>(c)) != std::string::npos : is_ws(c); };
    size_t b = 0, e = s.size();
    if (left)
      while (b < e && in_set(static_cast<unsigned char>(s[b]))) ++b;
    if (right)
      while (e > b && in_set(static_cast<unsigned char>(s[e - 1]))) --e;
    return s.substr(b, e - b);
  }
  auto cps = utf8_decode(s);
  auto set = utf8_decode(*chars);
  (void)self;
  size_t b = 0, e = cps.size();
  auto has = [&](uint32_t c) { return std::find(set.begin(), set.end(), c) != set.end(); };
  if (left)
    while (b < e && has(cps[b])) ++b;
  if (right)
    while (e > b && has(cps[e - 1])) --e;
  return utf8_encode(std::vector<uint32_t>(cps.begin() + static_cast<long>(b), cps.begin() + static_cast<long>(e)));
}

std::string pad(const std::string& s, size_t len, int64_t width, const std::string& fill, int how) {  // how: -1 left, 0 center, 1 right
  if (width <= static_cast<int64_t>(len)) return s;
  size_t marg = static_cast<size_t>(width) - len;
  size_t left = how < 0 ? 0 : how > 0 ? marg : marg / 2 + (marg & static_cast<size_t>(width) & 1);
  std::string out;
  for (size_t i = 0; i < left; ++i) out += fill;
  out += s;
  for (size_t i = 0; i < marg - left; ++i) out += fill;
  return out;
}

bool all_chars(const std::string& s, int (*pred)(int)) {
  if (s.empty()) return false;
  for (unsigned char c : s)
    if (!pred(c)) return false;
  return true;
}

Ref join(Interp& in, const Ref& self, const Ref& seq, Loc loc) {
  std::string out;
  bool uni = self->kind == ObjKind::Unicode;
  size_t i = 0;
  Ref it = in.iter(seq, loc);
  while (Ref x = in.next(it, loc)) {
    Ref u = Interp::unwrap(x);
    if (!is_str(u))
      in.raise("TypeError",
               in.python() == 2 ? "sequence item " + std::to_string(i) + ": expected string, " + type_name(x) + " found"
                                : "sequence item " + std::to_string(i) + ": expected str instance, " + type_name(x) + " found",
               loc);
    if (u->kind == ObjKind::Unicode) uni = true;
    if (i) out += S(self);
    out += S(u);
    ++i;
  }
  return uni ? make_unicode(std::move(out)) : make_str(std::move(out));
}

bool prefix_match(Interp& in, const Ref& self, Args& a, bool suffix, Loc loc) {
  Text t(self);
  size_t b, e;
  range_args(in, t, a, 2, b, e, loc);
  std::string_view view(S(self));
  view = view.substr(b, e - b);
  auto test = [&](const Ref& p) {
    const std::string& x = sarg(in, p, loc);
    if (x.size() > view.size()) return false;
    return suffix ? view.substr(view.size() - x.size()) == x : view.substr(0, x.size()) == x;
  };
  Ref p = a.at(1);
  if (p->kind == ObjKind::Tuple) {
    for (auto& x : p->as<TupleObj>()->items)
      if (test(x)) return true;
    return false;
  }
  return test(p);
}

// Python 2 str breaks lines at \n and \r; text also at \v \f \x1c \x1d \x1e U+0085 U+2028 U+2029.
std::vector<std::string> split_lines(const std::string& s, bool keep, bool text) {
  Units u(s, text);
  auto brk = [text](uint32_t c) {
    return c == '\n' || c == '\r' ||
           (text && (c == '\v' || c == '\f' || (c >= 0x1c && c <= 0x1e) || c == 0x85 || c == 0x2028 || c == 0x2029));
  };
  std::vector<std::string> out;
  size_t i = 0, n = u.c.size();
  while (i < n) {
    size_t j = i;
    while (j < n && !brk(u.c[j])) ++j;
    size_t eol = j;
    if (j < n) j += (u.c[j] == '\r' && j + 1 < n && u.c[j + 1] == '\n') ? 2 : 1;
    out.push_back(s.substr(u.off[i], u.off[keep ? j : eol] - u.off[i]));
    i = j;
  }
  return out;
}

}  // namespace

// Installs the methods shared by str and unicode on one of them.
// The results of encode() and decode() in each dialect.
static Ref encoded(Interp& in, std::string s) { return in.python() == 2 ? make_str(std::move(s)) : make_bytes(std::move(s)); }
static Ref decoded(Interp& in, std::string s) { return in.python() == 2 ? make_unicode(std::move(s)) : make_str(std::move(s)); }

static void install_py3_predicates(Interp& in, TypeInfo* t) {
  in.def_method(t, "isprintable", [](Interp&, Args& a, KwArgs&, Loc) -> Ref {
    // Python 3's rule: the code points repr() keeps (letters, marks, numbers, punctuation,
    // symbols and the space; not other separators, controls, formats nor unassigned ones).
    for (uint32_t c : utf8_decode(S(a[0])))
      if (!unicode_printable(c)) return make_bool(false);
    return make_bool(true);
  });
  in.def_method(t, "isascii", [](Interp&, Args& a, KwArgs&, Loc) -> Ref { return make_bool(ascii(S(a[0]))); });
  in.def_method(t, "isidentifier", [](Interp&, Args& a, KwArgs&, Loc) -> Ref {
    const std::string& s = S(a[0]);
    if (s.empty() || std::isdigit(static_cast<unsigned char>(s[0]))) return make_bool(false);
    for (unsigned char c : s)
      if (!std::isalnum(c) && c != '_' && c < 0x80) return make_bool(false);
    return make_bool(true);
  });
}

static void install_text_methods(Interp& in, TypeInfo* t, bool bytes_type) {
  in.def_method(t, "join", [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref { return join(in, a[0], a.at(1), loc); });
  in.def_method(t, "split", [](Interp& in, Args& a, KwArgs& kw, Loc loc) -> Ref {
    Ref sep = arg_or_kw(a, kw, 1, "sep");
    Ref mx = arg_or_kw(a, kw, 2, "maxsplit");
    int64_t maxsplit = mx ? in.to_int(mx, loc) : -1;
    const std::string& s = S(a[0]);
    if (!sep || is_none(sep)) return str_list(a[0], split_ws(s, maxsplit, space_of(in, a[0])));
    const std::string& d = sarg(in, sep, loc);
    if (d.empty()) in.raise("ValueError", "empty separator", loc);
    std::vector<std::string> out;
    size_t i = 0, j;
    while ((maxsplit < 0 || static_cast<int64_t>(out.size()) < maxsplit) && (j = s.find(d, i)) != std::string::npos) {
      out.push_back(s.substr(i, j - i));
      i = j + d.size();
    }
    out.push_back(s.substr(i));
    return str_list(a[0], out);
  });
  in.def_method(t, "rsplit", [](Interp& in, Args& a, KwArgs& kw, Loc loc) -> Ref {
    Ref sep = arg_or_kw(a, kw, 1, "sep");
    Ref mx = arg_or_kw(a, kw, 2, "maxsplit");
    int64_t maxsplit = mx ? in.to_int(mx, loc) : -1;
    const std::string& s = S(a[0]);
    if (!sep || is_none(sep)) return str_list(a[0], rsplit_ws(s, maxsplit, space_of(in, a[0])));
    const std::string& d = sarg(in, sep, loc);
    if (d.empty()) in.raise("ValueError", "empty separator", loc);
    std::vector<std::string> out;
    size_t end = s.size();
    while (maxsplit < 0 || static_cast<int64_t>(out.size()) < maxsplit) {
      if (end < d.size()) break;
      size_t j = s.rfind(d, end - d.size());
      if (j == std::string::npos) break;
      out.push_back(s.substr(j + d.size(), end - j - d.size()));
      end = j;
    }
    out.push_back(s.substr(0, end));
    std::reverse(out.begin(), out.end());
    return str_list(a[0], out);
  });
  in.def_method(t, "splitlines", [](Interp& in, Args& a, KwArgs& kw, Loc loc) -> Ref {
    Ref keep = arg_or_kw(a, kw, 1, "keepends");
    return str_list(a[0], split_lines(S(a[0]), keep && in.truth(keep, loc), text_semantics(a[0])));
  });
  for (auto [name, l, r] : {std::tuple{"strip", true, true}, {"lstrip", true, false}, {"rstrip", false, true}}) {
    bool left = l, right = r;
    in.def_method(t, name, [left, right](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
      const std::string* chars = a.size() > 1 && !is_none(a[1]) ? &sarg(in, a[1], loc) : nullptr;
      Ref res = str_result(a[0], strip_chars(a[0], S(a[0]), chars, left, right, space_of(in, a[0])));
      if (a.size() > 1 && a[1]->kind == ObjKind::Unicode) return make_unicode(S(res));
      return res;
    });
  }
  in.def_method(t, "startswith",
                [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref { return make_bool(prefix_match(in, a[0], a, false, loc)); });
  in.def_method(t, "endswith",
                [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref { return make_bool(prefix_match(in, a[0], a, true, loc)); });
  auto finder = [](bool reverse, bool raise_missing) {
    return [reverse, raise_missing](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
      Text t(a[0]);
      size_t b, e;
      range_args(in, t, a, 2, b, e, loc);
      const std::string& sub = sarg(in, a.at(1), loc);
      const std::string& s = S(a[0]);
      size_t pos = std::string::npos;
      if (e >= b && e - b >= sub.size()) {
        if (reverse) {
          size_t p = s.rfind(sub, e - sub.size());
          if (p != std::string::npos && p >= b) pos = p;
        } else {
          size_t p = s.find(sub, b);
          if (p != std::string::npos && p + sub.size() <= e) pos = p;
        }
      }
      if (pos == std::string::npos) {
        if (raise_missing) in.raise("ValueError", "substring not found", loc);
        return make_int(-1);
      }
      return make_int(static_cast<int64_t>(t.to_cp(pos)));
    };
  };
  in.def_method(t, "find", finder(false, false));
  in.def_method(t, "rfind", finder(true, false));
  in.def_method(t, "index", finder(false, true));
  in.def_method(t, "rindex", finder(true, true));
  in.def_method(t, "count", [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
    Text t(a[0]);
    size_t b, e;
    range_args(in, t, a, 2, b, e, loc);
    const std::string& sub = sarg(in, a.at(1), loc);
    if (e < b) return make_int(0);
    std::string_view v = std::string_view(S(a[0])).substr(b, e - b);
    if (sub.empty()) return make_int(static_cast<int64_t>((t.cp ? utf8_length(std::string(v)) : v.size()) + 1));
    int64_t n = 0;
    for (size_t p = v.find(sub); p != std::string::npos; p = v.find(sub, p + sub.size())) ++n;
    return make_int(n);
  });
  in.def_method(t, "replace", [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
    const std::string& s = S(a[0]);
    const std::string& o = sarg(in, a.at(1), loc);
    const std::string& n = sarg(in, a.at(2), loc);
    int64_t count = a.size() > 3 ? in.to_int(a[3], loc) : -1;
    std::string out;
    if (o.empty()) {
      auto cps = text_semantics(a[0]) ? utf8_decode(s) : std::vector<uint32_t>();
      size_t len = text_semantics(a[0]) ? cps.size() : s.size();
      int64_t done = 0;
      for (size_t i = 0; i <= len; ++i) {
        if (count < 0 || done < count) {
          out += n;
          ++done;
        }
        if (i < len) {
          if (text_semantics(a[0]))
            utf8_append(out, cps[i]);
          else
            out += s[i];
        }
      }
    } else {
      size_t i = 0, j;
      int64_t done = 0;
      while ((count < 0 || done < count) && (j = s.find(o, i)) != std::string::npos) {
        out.append(s, i, j - i);
        out += n;
        i = j + o.size();
        ++done;
      }
      out.append(s, i, std::string::npos);
    }
    bool uni = a[0]->kind == ObjKind::Unicode || a[1]->kind == ObjKind::Unicode || a[2]->kind == ObjKind::Unicode;
    return uni ? make_unicode(out) : make_str(out);
  });
  // upper(), lower(), swapcase(), title(), capitalize(), casefold(): text that is not ASCII (Python 3
  // str, Python 2 unicode) through the runtime's Unicode tables (modules/support/unicode_data),
  // bytes and ASCII text by byte.
  static const char* const case_names[] = {"upper", "lower", "swapcase", "title", "capitalize", "casefold"};
  for (int op = 0; op < 6; ++op) {
    if (op == 5 && in.python() != 3) break;  // (Python 2's str and unicode have no casefold)
    in.def_method(t, case_names[op], [op](Interp& in, Args& a, KwArgs&, Loc) -> Ref {
      std::string s = S(a[0]);
      if (text_semantics(a[0]) && !ascii(s)) {
        std::vector<uint32_t> cps;
        unicode_case(cps, utf8_decode(s), op, in.python() == 2);
        return str_result(a[0], utf8_encode(cps));
      }
      auto is_up = [](char c) { return c >= 'A' && c <= 'Z'; };
      auto is_low = [](char c) { return c >= 'a' && c <= 'z'; };
      auto up = [&](char c) { return is_low(c) ? static_cast<char>(c - 32) : c; };
      auto low = [&](char c) { return is_up(c) ? static_cast<char>(c + 32) : c; };
      bool prev_cased = false;
      for (size_t i = 0; i < s.size(); ++i) {
        char c = s[i];
        switch (op) {
          case 0:
            s[i] = up(c);
            break;
          case 2:
            s[i] = is_up(c) ? low(c) : up(c);
            break;
          case 3:
            s[i] = prev_cased ? low(c) : up(c);
            prev_cased = is_up(c) || is_low(c);
            break;
          case 4:
            s[i] = i == 0 ? up(c) : low(c);
            break;
          default:  // lower, casefold
            s[i] = low(c);
            break;
        }
      }
      return str_result(a[0], s);
    });
  }
  in.def_method(t, "istitle", [](Interp& in, Args& a, KwArgs&, Loc) -> Ref {
    // Text that is not ASCII tests code points (u'\xc9t\xe9'.istitle() is True), bytes by byte.
    if (text_semantics(a[0]) && !ascii(S(a[0]))) return make_bool(unicode_is(utf8_decode(S(a[0])), 9, in.python() == 2));
    bool prev_cased = false, any = false;
    for (unsigned char c : S(a[0])) {
      if (std::isupper(c)) {
        if (prev_cased) return make_bool(false);
        prev_cased = any = true;
      } else if (std::islower(c)) {
        if (!prev_cased) return make_bool(false);
        prev_cased = any = true;
      } else {
        prev_cased = false;
      }
    }
    return make_bool(any);
  });
  // Byte strings (Python 2's str, in the C locale) test each byte with <ctype.h>; text (Python 3's
  // str, Python 2's unicode) tests each code point with the Unicode tables ('\u0663'.isdigit(),
  // '\u3000'.isspace(), and '\x1c'.isspace() too).
  struct Pred {
    const char* name;
    int which;
    int (*byte)(int);
  };
  for (Pred p : {Pred{"isdigit", 0, ::isdigit}, Pred{"isdecimal", 7, ::isdigit}, Pred{"isnumeric", 8, ::isdigit},
                 Pred{"isalpha", 1, ::isalpha}, Pred{"isalnum", 2, ::isalnum}, Pred{"isspace", 3, ::isspace}}) {
    in.def_method(t, p.name, [p](Interp& in, Args& a, KwArgs&, Loc) -> Ref {
      if (text_semantics(a[0])) return make_bool(unicode_is(utf8_decode(S(a[0])), p.which, in.python() == 2));
      return make_bool(all_chars(S(a[0]), p.byte));
    });
  }
  // Python 3's methods: Python 2's str and unicode have none of isprintable, isascii, isidentifier.
  if (in.python() == 3) install_py3_predicates(in, t);
  for (auto [name, want_upper] : {std::pair{"isupper", true}, {"islower", false}}) {
    bool up = want_upper;
    in.def_method(t, name, [up](Interp& in, Args& a, KwArgs&, Loc) -> Ref {
      if (text_semantics(a[0]) && !ascii(S(a[0]))) return make_bool(unicode_is(utf8_decode(S(a[0])), up ? 4 : 5, in.python() == 2));
      bool cased = false;
      for (unsigned char c : S(a[0])) {
        if (up ? std::islower(c) : std::isupper(c)) return make_bool(false);
        if (std::isalpha(c)) cased = true;
      }
      return make_bool(cased);
    });
  }
  for (auto [name, how] : {std::pair{"ljust", -1}, {"rjust", 1}, {"center", 0}}) {
    int h = how;
    const char* nm = name;
    in.def_method(t, nm, [h, nm](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
      check_args(in, nm, a, 2, 3, loc);
      std::string fill = a.size() > 2 ? sarg(in, a[2], loc) : " ";
      if ((text_semantics(a[0]) ? utf8_length(fill) : fill.size()) != 1)
        in.raise("TypeError", std::string(nm) + "() argument 2 must be char, not str", loc);
      Text tx(a[0]);
      return str_result(a[0], pad(S(a[0]), tx.length(), in.to_int(a[1], loc), fill, h == -1 ? -1 : h == 1 ? 1 : 0));
    });
  }
  in.def_method(t, "zfill", [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
    std::string s = S(a[0]);
    int64_t width = in.to_int(a.at(1), loc);
    if (width <= static_cast<int64_t>(s.size())) return str_result(a[0], s);
    size_t fill = static_cast<size_t>(width) - s.size();
    size_t at = !s.empty() && (s[0] == '+' || s[0] == '-') ? 1 : 0;
    s.insert(at, fill, '0');
    return str_result(a[0], s);
  });
  in.def_method(t, "expandtabs", [](Interp& in, Args& a, KwArgs& kw, Loc loc) -> Ref {
    Ref ts = arg_or_kw(a, kw, 1, "tabsize");
    int64_t tab = ts ? in.to_int(ts, loc) : 8;
    std::string out;
    size_t col = 0;
    for (char c : S(a[0])) {
      if (c == '\t') {
        if (tab > 0) {
          size_t n = static_cast<size_t>(tab) - col % static_cast<size_t>(tab);
          out.append(n, ' ');
          col += n;
        }
      } else {
        out += c;
        col = (c == '\n' || c == '\r') ? 0 : col + 1;
      }
    }
    return str_result(a[0], out);
  });
  for (auto [name, rev] : {std::pair{"partition", false}, {"rpartition", true}}) {
    bool r = rev;
    in.def_method(t, name, [r](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
      const std::string& s = S(a[0]);
      const std::string& sep = sarg(in, a.at(1), loc);
      if (sep.empty()) in.raise("ValueError", "empty separator", loc);
      size_t p = r ? s.rfind(sep) : s.find(sep);
      if (p == std::string::npos)
        return r ? make_tuple({str_result(a[0], ""), str_result(a[0], ""), a[0]})
                 : make_tuple({a[0], str_result(a[0], ""), str_result(a[0], "")});
      return make_tuple({str_result(a[0], s.substr(0, p)), str_result(a[0], sep), str_result(a[0], s.substr(p + sep.size()))});
    });
  }
  install_translate(in, t);  // objects/translate.cpp
  in.def_method(t, "removeprefix", [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
    const std::string& s = S(a[0]);
    const std::string& p = sarg(in, a.at(1), loc);
    return s.compare(0, p.size(), p) == 0 ? str_result(a[0], s.substr(p.size())) : a[0];
  });
  in.def_method(t, "removesuffix", [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
    const std::string& s = S(a[0]);
    const std::string& p = sarg(in, a.at(1), loc);
    return !p.empty() && s.size() >= p.size() && s.compare(s.size() - p.size(), p.size(), p) == 0
               ? str_result(a[0], s.substr(0, s.size() - p.size()))
               : a[0];
  });
  auto codec = [](bool encode) {
    return [encode](Interp& in, Args& a, KwArgs& kw, Loc loc) -> Ref {
      Ref enc = arg_or_kw(a, kw, 1, "encoding");
      Ref errs = arg_or_kw(a, kw, 2, "errors");
      std::string e = enc ? sarg(in, enc, loc) : (in.python() == 2 ? "ascii" : "utf-8");
      for (auto& c : e) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      std::replace(e.begin(), e.end(), '_', '-');
      const std::string& s = S(a[0]);
      std::string mode = errs ? sarg(in, errs, loc) : "strict";
      if (e == "hex" || e == "hex-codec") {
        if (encode) {
          std::string out;
          for (unsigned char c : s) {
            char buf[4];
            std::snprintf(buf, sizeof buf, "%02x", c);
            out += buf;
          }
          return make_str(out);
        }
        std::string out;
        for (size_t i = 0; i + 1 < s.size(); i += 2) out += static_cast<char>(std::stoi(s.substr(i, 2), nullptr, 16));
        return make_str(out);
      }
      if (e == "ascii" || e == "us-ascii") {
        for (size_t i = 0; i < s.size(); ++i)
          if (static_cast<unsigned char>(s[i]) >= 0x80 && mode == "strict") {
            char buf[8];
            std::snprintf(buf, sizeof buf, "0x%02x", static_cast<unsigned char>(s[i]));
            if (encode && a[0]->kind != ObjKind::Str)
              in.raise("UnicodeEncodeError",
                       "'ascii' codec can't encode character in position " + std::to_string(i) + ": ordinal not in range(128)", loc);
            in.raise(
                "UnicodeDecodeError",
                "'ascii' codec can't decode byte " + std::string(buf) + " in position " + std::to_string(i) + ": ordinal not in range(128)",
                loc);
          }
        return encode ? encoded(in, s) : decoded(in, s);
      }
      if (e == "latin-1" || e == "latin1" || e == "iso-8859-1" || e == "iso8859-1") {
        if (encode) {
          std::string out;
          for (uint32_t c : utf8_decode(s)) {
            if (c > 255) in.raise("UnicodeEncodeError", "'latin-1' codec can't encode character: ordinal not in range(256)", loc);
            out += static_cast<char>(c);
          }
          return encoded(in, out);
        }
        std::string out;
        for (unsigned char c : s) utf8_append(out, c);
        return decoded(in, out);
      }
      if (e == "utf-8" || e == "utf8" || e == "u8") return encode ? encoded(in, s) : decoded(in, s);
      in.raise("LookupError", "unknown encoding: " + e, loc);
    };
  };
  if (!bytes_type) in.def_method(t, "encode", codec(true));
  if (in.python() == 2 || bytes_type) in.def_method(t, "decode", codec(false));
  if (!bytes_type)  // Python 3's bytes have neither
    in.def_method(t, "format", [](Interp& in, Args& a, KwArgs& kw, Loc loc) -> Ref {
      auto d = std::make_shared<DictObj>();
      for (auto& [k, v] : kw) d->set(make_str(k), v);
      return str_format(in, a[0], std::vector<Ref>(a.begin() + 1, a.end()), d, false, loc);
    });
  if (in.python() == 3 && !bytes_type)
    in.def_method(t, "format_map",
                  [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref { return str_format(in, a[0], {}, a.at(1), true, loc); });
  in.def_method(t, "__new__", [](Interp& in, Args& a, KwArgs& kw, Loc loc) -> Ref {
    Ref cls = a.at(0);
    Args rest(a.begin() + 1, a.end());
    const TypeInfo* ti = cls->kind == ObjKind::Class ? cls->as<ClassObj>()->builtin_base : in.type_info(BuiltinType::Str);
    Ref v = in.call(ti->type_obj, rest, kw, loc);
    if (cls->kind != ObjKind::Class) return v;
    auto inst = std::make_shared<InstanceObj>();
    inst->cls = cls;
    inst->builtin_value = v;
    return inst;
  });
  in.def_method(t, "__mod__",
                [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref { return in.binary(syntax::BinOp::Mod, a[0], a.at(1), loc); });
}

void install_str_type(Interp& in, TypeInfo* str_t, TypeInfo* unicode_t, TypeInfo* bytes_t) {
  bytes_t->type_obj->as<BuiltinObj>()->fn = [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
    if (a.empty()) return make_bytes("");
    if (is_str(a[0])) {
      if (is_bytes(a[0])) return a[0];
      if (a.size() < 2) in.raise("TypeError", "string argument without an encoding", loc);
      return in.call_method(a[0], "encode", Args(a.begin() + 1, a.end()), loc);
    }
    if (is_integer(a[0])) return make_bytes(std::string(static_cast<size_t>(in.to_int(a[0], loc)), '\0'));
    std::string out;
    for (auto& x : in.iterate(a[0], loc)) {
      int64_t v = in.to_int(x, loc);
      if (v < 0 || v > 255) in.raise("ValueError", "bytes must be in range(0, 256)", loc);
      out += static_cast<char>(v);
    }
    return make_bytes(out);
  };
  install_text_methods(in, bytes_t, true);
  str_t->type_obj->as<BuiltinObj>()->fn = [](Interp& in, Args& a, KwArgs& kw, Loc loc) -> Ref {
    if (a.empty()) return make_str("");
    if (in.python() == 3 && (a.size() > 1 || !kw.empty())) {
      // str(bytes, encoding)
      Args rest(a.begin(), a.end());
      return in.call_method(a[0], "decode", Args(rest.begin() + 1, rest.end()), loc);
    }
    Ref x = a[0];
    if (x->kind == ObjKind::Str) return x;
    return make_str(in.str_of(x, loc));
  };
  unicode_t->type_obj->as<BuiltinObj>()->fn = [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
    if (a.empty()) return make_unicode("");
    if (a.size() > 1) return in.call_method(a[0], "decode", Args(a.begin() + 1, a.end()), loc);
    if (a[0]->kind == ObjKind::Unicode) return a[0];
    return make_unicode(in.str_of(a[0], loc));
  };
  install_text_methods(in, str_t, false);
  install_text_methods(in, unicode_t, false);
  if (in.python() == 3) {
    auto static_method = [](const char* name, Ref (*fn)(Interp&, Args&, Loc)) {
      return std::make_shared<WrapperObj>(
          ObjKind::StaticMethod,
          std::make_shared<BuiltinObj>(name, [fn](Interp& in, Args& a, KwArgs&, Loc loc) { return fn(in, a, loc); }));
    };
    str_t->attrs["maketrans"] = static_method("str.maketrans", str_maketrans3);
    bytes_t->attrs["maketrans"] = static_method("bytes.maketrans", bytes_maketrans3);
  }
}

}  // namespace rpy::modules
