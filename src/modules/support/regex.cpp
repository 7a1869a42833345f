#include "modules/support/regex.hpp"

#include <algorithm>
#include <functional>
#include <stdexcept>

namespace rpy::modules::regex {

namespace {

// ---------------------------------------------------------------------------------------------
// Characters

bool is_digit(uint32_t c, bool uni) { return (c >= '0' && c <= '9') || (uni && c >= 0x660 && c <= 0x669); }
bool is_space(uint32_t c, bool uni) {
  if (c == ' ' || (c >= 9 && c <= 13)) return true;
  if (!uni) return false;
  return (c >= 0x1c && c <= 0x1f) || c == 0x85 || c == 0xa0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200a) || c == 0x2028 || c == 0x2029 ||
         c == 0x202f || c == 0x205f || c == 0x3000;
}
bool is_word(uint32_t c, bool uni) {
  if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_') return true;
  if (!uni || c < 0xaa) return false;
  if (c == 0xaa || c == 0xb2 || c == 0xb3 || c == 0xb5 || c == 0xb9 || c == 0xba || (c >= 0xbc && c <= 0xbe)) return true;
  if (c < 0xc0) return false;
  if (c == 0xd7 || c == 0xf7) return false;
  if ((c >= 0x2000 && c <= 0x206f) || (c >= 0x3000 && c <= 0x303f) || (c >= 0xfe30 && c <= 0xfe4f) || (c >= 0xff00 && c <= 0xff0f))
    return false;
  return true;
}
uint32_t lower(uint32_t c) {
  if (c >= 'A' && c <= 'Z') return c + 32;
  if (c >= 0xc0 && c <= 0xde && c != 0xd7) return c + 32;
  if (c >= 0x391 && c <= 0x3a9 && c != 0x3a2) return c + 32;
  if (c >= 0x410 && c <= 0x42f) return c + 32;
  if (c >= 0x400 && c <= 0x40f) return c + 80;
  return c;
}

enum Cat { kDigit, kNotDigit, kWord, kNotWord, kSpace, kNotSpace };

bool in_cat(int cat, uint32_t c, bool uni) {
  switch (cat) {
    case kDigit:
      return is_digit(c, uni);
    case kNotDigit:
      return !is_digit(c, uni);
    case kWord:
      return is_word(c, uni);
    case kNotWord:
      return !is_word(c, uni);
    case kSpace:
      return is_space(c, uni);
    default:
      return !is_space(c, uni);
  }
}

struct CharClass {
  std::vector<std::pair<uint32_t, uint32_t>> ranges;
  std::vector<int> cats;
  bool negate = false, icase = false, uni = false;
  bool contains(uint32_t c) const {
    bool hit = false;
    auto test = [&](uint32_t x) {
      for (auto& [a, b] : ranges)
        if (x >= a && x <= b) return true;
      for (int k : cats)
        if (in_cat(k, x, uni)) return true;
      return false;
    };
    hit = test(c);
    if (!hit && icase) {
      uint32_t l = lower(c);
      hit = test(l);
      if (!hit)  // an upper-case range: test the character's upper form
        for (auto& [a, b] : ranges)
          for (uint32_t x = a; x <= b && x - a < 512; ++x)
            if (lower(x) == l) {
              hit = true;
              break;
            }
    }
    return hit != negate;
  }
};

// ---------------------------------------------------------------------------------------------
// Syntax tree

enum class NK { Empty, Char, Any, Class, Bol, Eol, Bos, Eos, WordB, NotWordB, Group, Alt, Concat, Repeat, Backref, Look, Cond };

struct Node {
  NK kind;
  uint32_t ch = 0;
  bool icase = false, multiline = false, dotall = false;
  int cls = -1, group = -1;
  int min = 0, max = 0;  // max -1: unbounded
  bool greedy = true, negate = false, behind = false;
  std::vector<std::unique_ptr<Node>> kids;  // Alt: branches; Concat: items; Cond: yes, no
  explicit Node(NK k) : kind(k) {}
};
using NodePtr = std::unique_ptr<Node>;

struct SyntaxError {
  std::string msg;
  size_t pos;
};

struct Parser {
  const Text& p;
  size_t i = 0;
  int flags;
  int ngroups = 0;
  std::map<std::string, int> names;
  std::vector<CharClass>& classes;
  std::vector<bool> closed;  // per group: its ')' has been seen (a backreference needs it)

  [[noreturn]] void fail(const std::string& m, size_t at) { throw SyntaxError{m, at}; }
  bool at_end() const { return i >= p.size(); }
  uint32_t peek() const { return i < p.size() ? p[i] : 0; }
  bool icase() const { return flags & kIgnoreCase; }
  bool uni() const { return (flags & kUnicode) && !(flags & kAscii); }

  void skip_verbose() {
    if (!(flags & kVerbose)) return;
    while (!at_end()) {
      uint32_t c = p[i];
      if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') {
        ++i;
      } else if (c == '#') {
        while (!at_end() && p[i] != '\n') ++i;
      } else {
        break;
      }
    }
  }

  NodePtr parse_alt() {
    std::vector<NodePtr> branches;
    branches.push_back(parse_concat());
    while (!at_end() && p[i] == '|') {
      ++i;
      branches.push_back(parse_concat());
    }
    if (branches.size() == 1) return std::move(branches[0]);
    auto n = std::make_unique<Node>(NK::Alt);
    n->kids = std::move(branches);
    return n;
  }

  NodePtr parse_concat() {
    auto n = std::make_unique<Node>(NK::Concat);
    for (;;) {
      skip_verbose();
      if (at_end() || p[i] == '|' || p[i] == ')') break;
      NodePtr atom = parse_atom();
      if (!atom) continue;  // a flag group
      skip_verbose();
      atom = parse_repeats(std::move(atom));
      n->kids.push_back(std::move(atom));
    }
    return n;
  }

  bool parse_count(int& lo, int& hi) {
    // {m}, {m,}, {,n}, {m,n}; anything else is a literal '{'.
    size_t j = i + 1;
    auto num = [&](int& out) {
      size_t s = j;
      long v = 0;
      while (j < p.size() && p[j] >= '0' && p[j] <= '9') {
        v = v * 10 + (p[j] - '0');
        if (v > 0x7fffffff) fail("the repetition number is too large", s);
        ++j;
      }
      out = static_cast<int>(v);
      return j > s;
    };
    int a = 0, b = -1;
    bool has_a = num(a);
    if (j < p.size() && p[j] == '}') {
      if (!has_a) return false;
      lo = hi = a;
      i = j + 1;
      return true;
    }
    if (j >= p.size() || p[j] != ',') return false;
    ++j;
    bool has_b = num(b);
    if (j >= p.size() || p[j] != '}') return false;
    lo = has_a ? a : 0;
    hi = has_b ? b : -1;
    if (hi >= 0 && hi < lo) fail("min repeat greater than max repeat", i);
    i = j + 1;
    return true;
  }

  NodePtr parse_repeats(NodePtr atom) {
    bool repeated = false;
    for (;;) {
      if (at_end()) return atom;
      uint32_t c = p[i];
      int lo, hi;
      size_t at = i;
      if (c == '*') {
        lo = 0, hi = -1, ++i;
      } else if (c == '+') {
        lo = 1, hi = -1, ++i;
      } else if (c == '?') {
        lo = 0, hi = 1, ++i;
      } else if (c == '{') {
        if (!parse_count(lo, hi)) return atom;
      } else {
        return atom;
      }
      if (repeated) fail("multiple repeat", at);
      NK k = atom->kind;
      if (k == NK::Bol || k == NK::Eol || k == NK::Bos || k == NK::Eos || k == NK::WordB || k == NK::NotWordB || k == NK::Look)
        fail("nothing to repeat", at);
      auto r = std::make_unique<Node>(NK::Repeat);
      r->min = lo;
      r->max = hi;
      if (!at_end() && p[i] == '?') {
        r->greedy = false;
        ++i;
      }
      r->kids.push_back(std::move(atom));
      atom = std::move(r);
      repeated = true;
      skip_verbose();
    }
  }

  uint32_t parse_hex(size_t n, size_t at) {
    uint32_t v = 0;
    for (size_t k = 0; k < n; ++k) {
      if (at_end()) fail("incomplete escape", at);
      uint32_t c = p[i++];
      int d = c >= '0' && c <= '9'   ? static_cast<int>(c - '0')
              : c >= 'a' && c <= 'f' ? static_cast<int>(c - 'a' + 10)
              : c >= 'A' && c <= 'F' ? static_cast<int>(c - 'A' + 10)
                                     : -1;
      if (d < 0) fail("incomplete escape", at);
      v = v * 16 + static_cast<uint32_t>(d);
    }
    return v;
  }

  // An escape inside or outside a class: a character (returned), or a category (cat set).
  uint32_t parse_escape(int& cat, bool in_class, NodePtr* special) {
    size_t at = i - 1;
    if (at_end()) fail("bad escape (end of pattern)", at);
    uint32_t c = p[i++];
    cat = -1;
    switch (c) {
      case 'd':
        cat = kDigit;
        return 0;
      case 'D':
        cat = kNotDigit;
        return 0;
      case 'w':
        cat = kWord;
        return 0;
      case 'W':
        cat = kNotWord;
        return 0;
      case 's':
        cat = kSpace;
        return 0;
      case 'S':
        cat = kNotSpace;
        return 0;
      case 'n':
        return '\n';
      case 't':
        return '\t';
      case 'r':
        return '\r';
      case 'f':
        return '\f';
      case 'v':
        return '\v';
      case 'a':
        return 7;
      case 'x':
        return parse_hex(2, at);
      case 'u':
        if (flags & kUnicode) return parse_hex(4, at);
        return 'u';
      case 'U':
        if (flags & kUnicode) return parse_hex(8, at);
        return 'U';
      case 'b':
        if (in_class) return 8;
        *special = std::make_unique<Node>(NK::WordB);
        return 0;
      case 'B':
      case 'A':
      case 'Z':
        if (in_class) fail(std::string("bad escape \\") + static_cast<char>(c), at);
        *special = std::make_unique<Node>(c == 'B' ? NK::NotWordB : c == 'A' ? NK::Bos : NK::Eos);
        return 0;
      default:
        break;
    }
    if (c >= '0' && c <= '9') {
      // Octal (\0, \012, three digits) or a group reference (\1..\99).
      if (c == '0' || in_class) {
        uint32_t v = c - '0';
        for (int k = 0; k < 2 && !at_end() && p[i] >= '0' && p[i] <= '7'; ++k) v = v * 8 + (p[i++] - '0');
        return v;
      }
      uint32_t v = c - '0';
      if (!at_end() && p[i] >= '0' && p[i] <= '9') {
        if (p[i] <= '7' && v <= 7 && i + 1 < p.size() && p[i + 1] >= '0' && p[i + 1] <= '7') {
          v = v * 64 + (p[i] - '0') * 8 + (p[i + 1] - '0');
          i += 2;
          return v;
        }
        v = v * 10 + (p[i++] - '0');
      }
      if (static_cast<int>(v) > ngroups || !closed[v]) fail("invalid group reference " + std::to_string(v), at + 1);
      auto n = std::make_unique<Node>(NK::Backref);
      n->group = static_cast<int>(v);
      n->icase = icase();
      *special = std::move(n);
      return 0;
    }
    if (((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) && !(flags & kPython2))
      fail(std::string("bad escape \\") + static_cast<char>(c), at);
    return c;
  }

  NodePtr parse_class() {
    size_t start = i - 1;
    CharClass cc;
    cc.icase = icase();
    cc.uni = uni();
    if (!at_end() && p[i] == '^') {
      cc.negate = true;
      ++i;
    }
    bool first = true;
    for (;;) {
      if (at_end()) fail("unterminated character set", start);
      uint32_t c = p[i];
      if (c == ']' && !first) {
        ++i;
        break;
      }
      first = false;
      ++i;
      uint32_t lo;
      if (c == '\\') {
        int cat;
        NodePtr special;
        lo = parse_escape(cat, true, &special);
        if (cat >= 0) {
          cc.cats.push_back(cat);
          continue;
        }
      } else {
        lo = c;
      }
      if (i + 1 < p.size() && p[i] == '-' && p[i + 1] != ']') {
        ++i;
        uint32_t hi = p[i++];
        if (hi == '\\') {
          int cat;
          NodePtr special;
          hi = parse_escape(cat, true, &special);
          if (cat >= 0) fail("bad character range", i - 2);
        }
        if (hi < lo) fail("bad character range", i - 3);
        cc.ranges.emplace_back(lo, hi);
      } else {
        cc.ranges.emplace_back(lo, lo);
      }
    }
    auto n = std::make_unique<Node>(NK::Class);
    n->cls = static_cast<int>(classes.size());
    classes.push_back(cc);
    return n;
  }

  int parse_flag_letters(size_t& j) {
    int f = 0;
    while (j < p.size()) {
      uint32_t c = p[j];
      int bit = c == 'i'   ? kIgnoreCase
                : c == 'L' ? kLocale
                : c == 'm' ? kMultiline
                : c == 's' ? kDotAll
                : c == 'u' ? kUnicode
                : c == 'x' ? kVerbose
                : c == 'a' ? kAscii
                           : 0;
      if (!bit) break;
      f |= bit;
      ++j;
    }
    return f;
  }

  NodePtr parse_group() {
    size_t start = i - 1;
    int saved_flags = flags;
    auto finish = [&](NodePtr body) {
      if (at_end() || p[i] != ')') fail("missing ), unterminated subpattern", start);
      ++i;
      flags = saved_flags;
      return body;
    };
    if (at_end() || p[i] != '?') {
      int g = ++ngroups;
      closed.push_back(false);
      auto n = std::make_unique<Node>(NK::Group);
      n->group = g;
      n->kids.push_back(parse_alt());
      closed[static_cast<size_t>(g)] = true;
      return finish(std::move(n));
    }
    ++i;
    if (at_end()) fail("unexpected end of pattern", i);
    uint32_t c = p[i];
    if (c == ':') {
      ++i;
      return finish(parse_alt());
    }
    if (c == 'P' && i + 1 < p.size() && (p[i + 1] == '<' || p[i + 1] == '=')) {
      bool def = p[i + 1] == '<';
      i += 2;
      std::string name;
      uint32_t end = def ? '>' : ')';
      while (!at_end() && p[i] != end) name += static_cast<char>(p[i++]);
      if (at_end()) fail("missing " + std::string(1, static_cast<char>(end)) + ", unterminated name", i);
      ++i;
      if (name.empty() || (!std::isalpha(static_cast<unsigned char>(name[0])) && name[0] != '_'))
        fail("bad character in group name '" + name + "'", i);
      if (def) {
        if (names.count(name)) fail("redefinition of group name '" + name + "' as group " + std::to_string(ngroups + 1), i);
        int g = ++ngroups;
        closed.push_back(false);
        names[name] = g;
        auto n = std::make_unique<Node>(NK::Group);
        n->group = g;
        n->kids.push_back(parse_alt());
        closed[static_cast<size_t>(g)] = true;
        return finish(std::move(n));
      }
      auto it = names.find(name);
      if (it == names.end()) fail("unknown group name '" + name + "'", i);
      auto n = std::make_unique<Node>(NK::Backref);
      n->group = it->second;
      n->icase = icase();
      flags = saved_flags;
      return n;
    }
    if (c == '#') {
      while (!at_end() && p[i] != ')') ++i;
      if (at_end()) fail("missing ), unterminated comment", start);
      ++i;
      return nullptr;
    }
    if (c == '=' || c == '!' || (c == '<' && i + 1 < p.size() && (p[i + 1] == '=' || p[i + 1] == '!'))) {
      auto n = std::make_unique<Node>(NK::Look);
      n->behind = c == '<';
      if (n->behind) ++i;
      n->negate = p[i] == '!';
      ++i;
      n->kids.push_back(parse_alt());
      return finish(std::move(n));
    }
    if (c == '(') {  // (?(id)yes|no)
      ++i;
      std::string ref;
      while (!at_end() && p[i] != ')') ref += static_cast<char>(p[i++]);
      if (at_end()) fail("missing ), unterminated name", i);
      ++i;
      int g;
      if (!ref.empty() && std::all_of(ref.begin(), ref.end(), [](char ch) { return std::isdigit(static_cast<unsigned char>(ch)); })) {
        g = std::stoi(ref);
      } else {
        auto it = names.find(ref);
        if (it == names.end()) fail("unknown group name '" + ref + "'", i);
        g = it->second;
      }
      auto n = std::make_unique<Node>(NK::Cond);
      n->group = g;
      n->kids.push_back(parse_concat());
      if (!at_end() && p[i] == '|') {
        ++i;
        n->kids.push_back(parse_concat());
      } else {
        n->kids.push_back(std::make_unique<Node>(NK::Concat));
      }
      if (!at_end() && p[i] == '|') fail("conditional backref with more than two branches", i);
      return finish(std::move(n));
    }
    // Inline flags: (?imsx) for the whole pattern, (?i:...) and (?-i:...) for a group.
    size_t j = i;
    int on = parse_flag_letters(j);
    int off = 0;
    if (j < p.size() && p[j] == '-') {
      ++j;
      off = parse_flag_letters(j);
    }
    if ((on || off) && j < p.size() && p[j] == ':') {
      i = j + 1;
      flags = (flags | on) & ~off;
      NodePtr body = parse_alt();
      return finish(std::move(body));
    }
    if (on && !off && j < p.size() && p[j] == ')') {
      i = j + 1;  // already applied to the whole pattern by the pre-scan
      return nullptr;
    }
    fail("unknown extension ?" + std::string(1, static_cast<char>(c)), i - 1);
  }

  NodePtr parse_atom() {
    size_t at = i;
    uint32_t c = p[i++];
    switch (c) {
      case '(':
        return parse_group();
      case '[':
        return parse_class();
      case '.': {
        auto n = std::make_unique<Node>(NK::Any);
        n->dotall = flags & kDotAll;
        return n;
      }
      case '^': {
        auto n = std::make_unique<Node>(NK::Bol);
        n->multiline = flags & kMultiline;
        return n;
      }
      case '$': {
        auto n = std::make_unique<Node>(NK::Eol);
        n->multiline = flags & kMultiline;
        return n;
      }
      case '*':
      case '+':
      case '?':
        fail("nothing to repeat", at);
      case '\\': {
        int cat;
        NodePtr special;
        uint32_t ch = parse_escape(cat, false, &special);
        if (special) return special;
        if (cat >= 0) {
          CharClass cc;
          cc.cats.push_back(cat);
          cc.uni = uni();
          auto n = std::make_unique<Node>(NK::Class);
          n->cls = static_cast<int>(classes.size());
          classes.push_back(cc);
          return n;
        }
        auto n = std::make_unique<Node>(NK::Char);
        n->ch = ch;
        n->icase = icase();
        return n;
      }
      default: {
        auto n = std::make_unique<Node>(NK::Char);
        n->ch = c;
        n->icase = icase();
        return n;
      }
    }
  }
};

// The flags set by (?imsx) groups anywhere in the pattern apply to all of it.
int global_flags(const Text& p) {
  int f = 0;
  for (size_t i = 0; i + 2 < p.size(); ++i) {
    if (p[i] == '\\') {
      ++i;
      continue;
    }
    if (p[i] != '(' || p[i + 1] != '?') continue;
    size_t j = i + 2;
    int g = 0;
    while (j < p.size()) {
      uint32_t c = p[j];
      int bit = c == 'i'   ? kIgnoreCase
                : c == 'L' ? kLocale
                : c == 'm' ? kMultiline
                : c == 's' ? kDotAll
                : c == 'u' ? kUnicode
                : c == 'x' ? kVerbose
                : c == 'a' ? kAscii
                           : 0;
      if (!bit) break;
      g |= bit;
      ++j;
    }
    if (g && j < p.size() && p[j] == ')') f |= g;
  }
  return f;
}

// ---------------------------------------------------------------------------------------------
// Program

enum class Op {
  Char,
  Any,
  AnyNl,
  Class,
  Split,
  Jmp,
  Save,
  Bol,
  BolMl,
  Eol,
  EolMl,
  Bos,
  Eos,
  WordB,
  NotWordB,
  Backref,
  Look,
  Cond,
  Mark,
  Check,
  Loop,
  Match
};

struct Inst {
  Op op;
  uint32_t ch = 0;
  bool icase = false, negate = false;
  int x = 0, y = 0;  // jump targets; Save: slot; Look: end of sub-program, y width; Loop: body instruction
  int min = 0, max = 0;
  bool greedy = true;
};

}  // namespace

struct Program {
  std::vector<Inst> code;
  std::vector<CharClass> classes;
  int groups = 0;
  int nslots = 0;  // 2 * (groups + 1) capture slots, then loop registers
  int flags = 0;
  std::map<std::string, int> names;
};

namespace {

struct Compiler {
  Program& prog;
  int next_reg;

  int emit(Inst i) {
    prog.code.push_back(i);
    if (prog.code.size() > 200000) throw SyntaxError{"regular expression is too large", 0};
    return static_cast<int>(prog.code.size()) - 1;
  }

  static bool nullable(const Node& n) {
    switch (n.kind) {
      case NK::Char:
      case NK::Any:
      case NK::Class:
        return false;
      case NK::Group:
        return nullable(*n.kids[0]);
      case NK::Concat:
        for (auto& k : n.kids)
          if (!nullable(*k)) return false;
        return true;
      case NK::Alt:
        for (auto& k : n.kids)
          if (nullable(*k)) return true;
        return false;
      case NK::Repeat:
        return n.min == 0 || nullable(*n.kids[0]);
      default:
        return true;
    }
  }

  // The fixed width of a lookbehind body, or -1.
  static int width(const Node& n) {
    switch (n.kind) {
      case NK::Char:
      case NK::Any:
      case NK::Class:
        return 1;
      case NK::Group:
        return width(*n.kids[0]);
      case NK::Concat: {
        int w = 0;
        for (auto& k : n.kids) {
          int x = width(*k);
          if (x < 0) return -1;
          w += x;
        }
        return w;
      }
      case NK::Alt: {
        int w = -2;
        for (auto& k : n.kids) {
          int x = width(*k);
          if (x < 0 || (w != -2 && x != w)) return -1;
          w = x;
        }
        return w < 0 ? 0 : w;
      }
      case NK::Repeat:
        if (n.min != n.max) return -1;
        return width(*n.kids[0]) < 0 ? -1 : width(*n.kids[0]) * n.min;
      case NK::Backref:
        return -1;
      default:
        return 0;
    }
  }

  static bool single(const Node& n) { return n.kind == NK::Char || n.kind == NK::Any || n.kind == NK::Class; }

  void gen(const Node& n) {
    switch (n.kind) {
      case NK::Empty:
        break;
      case NK::Char:
        emit({Op::Char, n.ch, n.icase});
        break;
      case NK::Any:
        emit({n.dotall ? Op::AnyNl : Op::Any});
        break;
      case NK::Class: {
        Inst i{Op::Class};
        i.x = n.cls;
        emit(i);
        break;
      }
      case NK::Bol:
        emit({n.multiline ? Op::BolMl : Op::Bol});
        break;
      case NK::Eol:
        emit({n.multiline ? Op::EolMl : Op::Eol});
        break;
      case NK::Bos:
        emit({Op::Bos});
        break;
      case NK::Eos:
        emit({Op::Eos});
        break;
      case NK::WordB:
        emit({Op::WordB});
        break;
      case NK::NotWordB:
        emit({Op::NotWordB});
        break;
      case NK::Group: {
        Inst s{Op::Save};
        s.x = 2 * n.group;
        emit(s);
        gen(*n.kids[0]);
        s.x = 2 * n.group + 1;
        emit(s);
        break;
      }
      case NK::Concat:
        for (auto& k : n.kids) gen(*k);
        break;
      case NK::Alt: {
        std::vector<int> jumps;
        for (size_t b = 0; b < n.kids.size(); ++b) {
          if (b + 1 < n.kids.size()) {
            int split = emit({Op::Split});
            prog.code[static_cast<size_t>(split)].x = split + 1;
            gen(*n.kids[b]);
            jumps.push_back(emit({Op::Jmp}));
            prog.code[static_cast<size_t>(split)].y = static_cast<int>(prog.code.size());
          } else {
            gen(*n.kids[b]);
          }
        }
        for (int j : jumps) prog.code[static_cast<size_t>(j)].x = static_cast<int>(prog.code.size());
        break;
      }
      case NK::Repeat:
        gen_repeat(n);
        break;
      case NK::Backref: {
        Inst i{Op::Backref};
        i.x = n.group;
        i.icase = n.icase;
        emit(i);
        break;
      }
      case NK::Look: {
        int w = 0;
        if (n.behind) {
          w = width(*n.kids[0]);
          if (w < 0) throw SyntaxError{"look-behind requires fixed-width pattern", 0};
        }
        int look = emit({Op::Look});
        prog.code[static_cast<size_t>(look)].negate = n.negate;
        prog.code[static_cast<size_t>(look)].y = w;
        gen(*n.kids[0]);
        emit({Op::Match});
        prog.code[static_cast<size_t>(look)].x = static_cast<int>(prog.code.size());
        break;
      }
      case NK::Cond: {
        Inst c{Op::Cond};
        c.y = n.group;
        int at = emit(c);
        gen(*n.kids[0]);
        int j = emit({Op::Jmp});
        prog.code[static_cast<size_t>(at)].x = static_cast<int>(prog.code.size());
        gen(*n.kids[1]);
        prog.code[static_cast<size_t>(j)].x = static_cast<int>(prog.code.size());
        break;
      }
    }
  }

  void gen_repeat(const Node& n) {
    const Node& body = *n.kids[0];
    if (single(body)) {
      // One instruction consumes the longest (or shortest) run; backtracking steps through it.
      int loop = emit({Op::Loop});
      Inst& l = prog.code[static_cast<size_t>(loop)];
      l.min = n.min;
      l.max = n.max;
      l.greedy = n.greedy;
      gen(body);
      prog.code[static_cast<size_t>(loop)].x = loop + 1;
      return;
    }
    for (int k = 0; k < n.min; ++k) gen(body);
    bool guard = nullable(body);
    if (n.max < 0) {
      int reg = next_reg++;
      int top = emit({Op::Split});
      prog.code[static_cast<size_t>(top)].greedy = n.greedy;
      int start = static_cast<int>(prog.code.size());
      if (guard) {
        Inst m{Op::Mark};
        m.x = reg;
        emit(m);
      }
      gen(body);
      if (guard) {
        Inst c{Op::Check};
        c.x = reg;
        emit(c);
      }
      Inst j{Op::Jmp};
      j.x = top;
      emit(j);
      int out = static_cast<int>(prog.code.size());
      set_split(top, start, out, n.greedy);
      return;
    }
    std::vector<int> splits;
    for (int k = n.min; k < n.max; ++k) {
      int s = emit({Op::Split});
      splits.push_back(s);
      gen(body);
    }
    int out = static_cast<int>(prog.code.size());
    for (int s : splits) set_split(s, s + 1, out, n.greedy);
  }

  void set_split(int at, int body, int out, bool greedy) {
    Inst& s = prog.code[static_cast<size_t>(at)];
    s.x = greedy ? body : out;
    s.y = greedy ? out : body;
  }
};

// ---------------------------------------------------------------------------------------------
// The backtracking machine

struct Machine {
  const Program& prog;
  const Text& text;
  size_t endpos;
  bool uni;
  std::vector<int64_t> slots;
  int lastindex = -1;
  int64_t steps = 0;

  struct Entry {
    int kind;  // 0 alternative, 1 restore slot, 2 loop, 3 restore lastindex
    int pc;
    int64_t pos;
    int slot;
    int64_t old;
    int64_t count, limit;  // loop: current count and the other bound
  };

  bool matches(const Inst& in, uint32_t c) const {
    switch (in.op) {
      case Op::Char:
        return c == in.ch || (in.icase && lower(c) == lower(in.ch));
      case Op::Any:
        return c != '\n';
      case Op::AnyNl:
        return true;
      case Op::Class:
        return prog.classes[static_cast<size_t>(in.x)].contains(c);
      default:
        return false;
    }
  }

  bool word_at(int64_t p) const { return p >= 0 && p < static_cast<int64_t>(endpos) && is_word(text[static_cast<size_t>(p)], uni); }

  bool run(int pc, int64_t pos, bool full, int64_t* end_pos) {
    std::vector<Entry> stack;
    auto fail = [&]() -> bool {
      while (!stack.empty()) {
        Entry e = stack.back();
        stack.pop_back();
        if (e.kind == 1) {
          slots[static_cast<size_t>(e.slot)] = e.old;
        } else if (e.kind == 3) {
          lastindex = static_cast<int>(e.old);
        } else if (e.kind == 0) {
          pc = e.pc;
          pos = e.pos;
          return true;
        } else {
          // A loop over single characters: give back (greedy) or take (lazy) one more.
          const Inst& loop = prog.code[static_cast<size_t>(e.pc)];
          const Inst& item = prog.code[static_cast<size_t>(e.pc) + 1];
          if (loop.greedy) {
            if (e.count <= e.limit) continue;
            int64_t c = e.count - 1;
            if (c > e.limit) stack.push_back({2, e.pc, e.pos, 0, 0, c, e.limit});
            pc = e.pc + 2;
            pos = e.pos + c;
            return true;
          }
          int64_t c = e.count + 1;
          int64_t p = e.pos + e.count;
          if (c > e.limit || p >= static_cast<int64_t>(endpos) || !matches(item, text[static_cast<size_t>(p)])) continue;
          stack.push_back({2, e.pc, e.pos, 0, 0, c, e.limit});
          pc = e.pc + 2;
          pos = e.pos + c;
          return true;
        }
      }
      return false;
    };
    for (;;) {
      if (++steps > 100000000) throw std::runtime_error("regular expression matching took more than 10^8 steps");
      const Inst& in = prog.code[static_cast<size_t>(pc)];
      bool ok = true;
      switch (in.op) {
        case Op::Char:
        case Op::Any:
        case Op::AnyNl:
        case Op::Class:
          if (pos < static_cast<int64_t>(endpos) && matches(in, text[static_cast<size_t>(pos)])) {
            ++pos;
            ++pc;
          } else {
            ok = false;
          }
          break;
        case Op::Loop: {
          const Inst& item = prog.code[static_cast<size_t>(pc) + 1];
          int64_t limit = in.max < 0 ? INT64_MAX : in.max;
          int64_t n = 0;
          if (in.greedy) {
            while (n < limit && pos + n < static_cast<int64_t>(endpos) && matches(item, text[static_cast<size_t>(pos + n)])) ++n;
            if (n < in.min) {
              ok = false;
              break;
            }
            if (n > in.min) stack.push_back({2, pc, pos, 0, 0, n, in.min});
          } else {
            while (n < in.min && pos + n < static_cast<int64_t>(endpos) && matches(item, text[static_cast<size_t>(pos + n)])) ++n;
            if (n < in.min) {
              ok = false;
              break;
            }
            stack.push_back({2, pc, pos, 0, 0, n, limit});
          }
          pos += n;
          pc += 2;
          break;
        }
        case Op::Split:
          stack.push_back({0, in.y, pos, 0, 0, 0, 0});
          pc = in.x;
          break;
        case Op::Jmp:
          pc = in.x;
          break;
        case Op::Save:
          stack.push_back({1, 0, 0, in.x, slots[static_cast<size_t>(in.x)], 0, 0});
          slots[static_cast<size_t>(in.x)] = pos;
          if (in.x % 2 == 1 && in.x >= 3 && in.x < 2 * (prog.groups + 1)) {
            stack.push_back({3, 0, 0, 0, lastindex, 0, 0});
            lastindex = in.x / 2;
          }
          ++pc;
          break;
        case Op::Mark:
          stack.push_back({1, 0, 0, in.x, slots[static_cast<size_t>(in.x)], 0, 0});
          slots[static_cast<size_t>(in.x)] = pos;
          ++pc;
          break;
        case Op::Check:
          if (slots[static_cast<size_t>(in.x)] == pos)
            ok = false;
          else
            ++pc;
          break;
        case Op::Bol:
          ok = pos == 0;
          ++pc;
          break;
        case Op::BolMl:
          ok = pos == 0 || text[static_cast<size_t>(pos - 1)] == '\n';
          ++pc;
          break;
        case Op::Eol:
          ok = pos == static_cast<int64_t>(endpos) || (pos + 1 == static_cast<int64_t>(endpos) && text[static_cast<size_t>(pos)] == '\n');
          ++pc;
          break;
        case Op::EolMl:
          ok = pos == static_cast<int64_t>(endpos) || text[static_cast<size_t>(pos)] == '\n';
          ++pc;
          break;
        case Op::Bos:
          ok = pos == 0;
          ++pc;
          break;
        case Op::Eos:
          ok = pos == static_cast<int64_t>(endpos);
          ++pc;
          break;
        case Op::WordB:
        case Op::NotWordB: {
          bool b = word_at(pos - 1) != word_at(pos);
          ok = in.op == Op::WordB ? b : !b;
          ++pc;
          break;
        }
        case Op::Backref: {
          int64_t s = slots[static_cast<size_t>(2 * in.x)], e = slots[static_cast<size_t>(2 * in.x + 1)];
          if (s < 0 || e < 0 || pos + (e - s) > static_cast<int64_t>(endpos)) {
            ok = false;
            break;
          }
          for (int64_t k = 0; k < e - s && ok; ++k) {
            uint32_t a = text[static_cast<size_t>(s + k)], b = text[static_cast<size_t>(pos + k)];
            ok = a == b || (in.icase && lower(a) == lower(b));
          }
          if (ok) {
            pos += e - s;
            ++pc;
          }
          break;
        }
        case Op::Look: {
          int64_t at = pos - in.y;
          bool hit = false;
          std::vector<int64_t> saved = slots;
          int saved_last = lastindex;
          if (at >= 0) {
            Machine sub{prog, text, endpos, uni, slots, lastindex, steps};
            int64_t end;
            hit = sub.run(pc + 1, at, false, &end) && (!in.y || end == pos);
            steps = sub.steps;
            if (hit && !in.negate) {
              for (size_t k = 0; k < slots.size(); ++k)
                if (sub.slots[k] != slots[k]) {
                  stack.push_back({1, 0, 0, static_cast<int>(k), slots[k], 0, 0});
                  slots[k] = sub.slots[k];
                }
              stack.push_back({3, 0, 0, 0, lastindex, 0, 0});
              lastindex = sub.lastindex;
            }
          }
          if (in.negate || !hit) {
            slots = saved;
            lastindex = saved_last;
          }
          ok = hit != in.negate;
          pc = in.x;
          break;
        }
        case Op::Cond:
          pc = slots[static_cast<size_t>(2 * in.y + 1)] >= 0 ? pc + 1 : in.x;
          break;
        case Op::Match:
          if (full && pos != static_cast<int64_t>(endpos)) {
            ok = false;
            break;
          }
          *end_pos = pos;
          return true;
      }
      if (!ok && !fail()) return false;
    }
  }
};

}  // namespace

std::unique_ptr<Regex> Regex::compile(const Text& pattern, int flags, std::string& error, size_t& error_pos) {
  auto prog = std::make_unique<Program>();
  try {
    Parser ps{pattern, 0, flags | global_flags(pattern), 0, {}, prog->classes, {false}};
    NodePtr tree = ps.parse_alt();
    if (!ps.at_end()) ps.fail("unbalanced parenthesis", ps.i);
    prog->groups = ps.ngroups;
    prog->names = ps.names;
    prog->flags = ps.flags;
    Compiler c{*prog, 2 * (ps.ngroups + 1)};
    Inst s{Op::Save};
    s.x = 0;
    c.emit(s);
    c.gen(*tree);
    s.x = 1;
    c.emit(s);
    c.emit({Op::Match});
    prog->nslots = c.next_reg;
  } catch (SyntaxError& e) {
    error = e.msg;
    error_pos = e.pos;
    return nullptr;
  }
  std::unique_ptr<Regex> r(new Regex());
  r->prog_ = std::move(prog);
  return r;
}

Regex::~Regex() = default;
int Regex::groups() const { return prog_->groups; }
const std::map<std::string, int>& Regex::group_names() const { return prog_->names; }
int Regex::flags() const { return prog_->flags; }

bool Regex::match(const Text& text, size_t pos, size_t endpos, bool anchored, bool full, std::vector<int64_t>& spans,
                  int& lastindex) const {
  endpos = std::min(endpos, text.size());
  if (pos > endpos) return false;
  bool uni = (prog_->flags & kUnicode) && !(prog_->flags & kAscii);
  // A literal first character lets the search skip positions.
  const Inst* first = prog_->code.size() > 1 && prog_->code[1].op == Op::Char && !prog_->code[1].icase ? &prog_->code[1] : nullptr;
  int64_t steps = 0;
  for (size_t start = pos; start <= endpos; ++start) {
    if (!anchored && first && start < endpos && text[start] != first->ch) continue;
    Machine m{*prog_, text, endpos, uni, std::vector<int64_t>(static_cast<size_t>(prog_->nslots), -1), -1, steps};
    int64_t end;
    if (m.run(0, static_cast<int64_t>(start), full, &end)) {
      spans.assign(m.slots.begin(), m.slots.begin() + 2 * (prog_->groups + 1));
      lastindex = m.lastindex;
      return true;
    }
    steps = m.steps;
    if (anchored) break;
  }
  return false;
}

}  // namespace rpy::modules::regex
