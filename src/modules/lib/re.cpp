// re on rpy's own regex engine (support/regex): patterns, match objects, search/match/fullmatch,
// findall/finditer, sub/subn with templates or functions, split, escape; with each dialect's
// treatment of empty matches.
#include <algorithm>
#include <map>

#include <cstring>

#include "modules/lib/modules.hpp"
#include "modules/objects/regex_flag.hpp"
#include "modules/support/regex.hpp"
#include "modules/support/text.hpp"

namespace rpy::modules {

namespace {

using regex::Regex;
using regex::Text;

struct Pattern {
  std::shared_ptr<Regex> rx;
  Ref source;  // the pattern string
  int flags = 0;
};
using PatternObj = BoxObj<Pattern>;

struct Match {
  Ref pattern, string;
  std::shared_ptr<Text> text;
  std::vector<int64_t> spans;
  int64_t pos = 0, endpos = 0;
  int lastindex = -1;
};
using MatchObj = BoxObj<Match>;

struct ReTypes {
  TypeInfo* pattern;
  TypeInfo* match;
  Ref error;
  std::map<std::pair<std::string, int>, Ref> cache;
};

bool text_mode(const Ref& s) { return s->kind == ObjKind::Unicode || python_version() == 3; }

std::shared_ptr<Text> to_text(const Ref& s) {
  auto t = std::make_shared<Text>();
  const std::string& v = s->as<StrObj>()->value;
  if (text_mode(s)) {
    *t = utf8_decode(v);
  } else {
    t->reserve(v.size());
    for (unsigned char c : v) t->push_back(c);
  }
  return t;
}

Ref slice_of(const Ref& like, const Text& t, int64_t b, int64_t e) {
  std::string out;
  if (text_mode(like)) {
    for (int64_t i = b; i < e; ++i) utf8_append(out, t[static_cast<size_t>(i)]);
  } else {
    for (int64_t i = b; i < e; ++i) out += static_cast<char>(t[static_cast<size_t>(i)]);
  }
  return same_kind_str(like, out);
}

Ref compile_pattern(Interp& in, ReTypes& rt, const Ref& pattern, int flags, Loc loc) {
  if (dynamic_cast<PatternObj*>(pattern.get())) {
    if (flags) in.raise("ValueError", "cannot process flags argument with a compiled pattern", loc);
    return pattern;
  }
  if (!is_str(pattern)) in.raise("TypeError", "first argument must be string or compiled pattern", loc);
  auto key = std::make_pair(pattern->as<StrObj>()->value + (pattern->kind == ObjKind::Unicode ? "\x01u" : ""), flags);
  auto it = rt.cache.find(key);
  if (it != rt.cache.end()) return it->second;
  int f = flags;
  if (in.python() == 3 && !(f & regex::kAscii)) f |= regex::kUnicode;
  if (in.python() == 2) f |= regex::kPython2;
  std::string err;
  size_t pos = 0;
  auto rx = Regex::compile(*to_text(pattern), f, err, pos);
  if (!rx) {
    std::string msg = in.python() == 3 ? err + " at position " + std::to_string(pos) : err;
    in.raise_value(in.call(rt.error, {make_str(msg)}, {}, loc), loc);
  }
  auto p = std::make_shared<PatternObj>(rt.pattern);
  p->value.rx = std::move(rx);
  p->value.source = pattern;
  p->value.flags = flags;
  if (rt.cache.size() > 500) rt.cache.clear();
  rt.cache[key] = p;
  return p;
}

Pattern& P(const Ref& r) { return static_cast<PatternObj*>(r.get())->value; }
Match& M(const Ref& r) { return static_cast<MatchObj*>(r.get())->value; }

// One match attempt; null when there is none.
Ref do_match(Interp& in, ReTypes& rt, const Ref& pat, const Ref& string, const std::shared_ptr<Text>& t, int64_t pos, int64_t endpos,
             bool anchored, bool full, Loc loc) {
  auto& p = P(pat);
  if (!is_str(string)) in.raise("TypeError", "expected string or buffer", loc);
  if ((p.source->kind == ObjKind::Unicode) != (string->kind == ObjKind::Unicode) && in.python() == 3)
    in.raise("TypeError", "cannot use a string pattern on a bytes-like object", loc);
  int64_t n = static_cast<int64_t>(t->size());
  if (pos < 0) pos = 0;
  if (endpos > n) endpos = n;
  std::vector<int64_t> spans;
  int last;
  try {
    if (pos > endpos || !p.rx->match(*t, static_cast<size_t>(pos), static_cast<size_t>(endpos), anchored, full, spans, last))
      return nullptr;
  } catch (std::runtime_error& e) {
    throw EvalError{loc, std::string(e.what()) + " at import time"};
  }
  auto m = std::make_shared<MatchObj>(rt.match);
  m->value.pattern = pat;
  m->value.string = string;
  m->value.text = t;
  m->value.spans = std::move(spans);
  m->value.pos = pos;
  m->value.endpos = endpos;
  m->value.lastindex = last;
  return m;
}

int group_index(Interp& in, const Ref& m, const Ref& g, Loc loc) {
  auto& mm = M(m);
  auto& names = P(mm.pattern).rx->group_names();
  int64_t i;
  if (is_str(g)) {
    auto it = names.find(g->as<StrObj>()->value);
    if (it == names.end()) in.raise("IndexError", "no such group", loc);
    return it->second;
  }
  if (!integer_fits_word(g, &i) || i < 0 || i > P(mm.pattern).rx->groups()) in.raise("IndexError", "no such group", loc);
  return static_cast<int>(i);
}

Ref group_value(const Ref& m, int g, const Ref& dflt) {
  auto& mm = M(m);
  int64_t b = mm.spans[static_cast<size_t>(2 * g)], e = mm.spans[static_cast<size_t>(2 * g + 1)];
  if (b < 0 || e < 0) return dflt;
  return slice_of(mm.string, *mm.text, b, e);
}

// A replacement template: literal text and group references.
Ref expand(Interp& in, const Ref& m, const Ref& repl, Loc loc) {
  const std::string& s = repl->as<StrObj>()->value;
  std::string out;
  auto add_group = [&](int g) {
    Ref v = group_value(m, g, nullptr);
    if (!v) {
      if (in.python() == 2)
        in.raise_value(in.call(in.get_attr(in.loader().import_module("re", loc), "error", loc), {make_str("unmatched group")}, {}, loc),
                       loc);
      return;
    }
    out += v->as<StrObj>()->value;
  };
  for (size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    if (c != '\\' || i + 1 >= s.size()) {
      out += c;
      continue;
    }
    char d = s[++i];
    if (d == 'g' && i + 1 < s.size() && s[i + 1] == '<') {
      size_t e = s.find('>', i);
      if (e == std::string::npos)
        in.raise_value(
            in.call(in.get_attr(in.loader().import_module("re", loc), "error", loc), {make_str("missing >, unterminated name")}, {}, loc),
            loc);
      std::string name = s.substr(i + 2, e - i - 2);
      bool digits =
          !name.empty() && std::all_of(name.begin(), name.end(), [](char x) { return std::isdigit(static_cast<unsigned char>(x)); });
      add_group(group_index(in, m, digits ? make_int(std::stoll(name)) : make_str(name), loc));
      i = e;
    } else if (std::isdigit(static_cast<unsigned char>(d))) {
      auto oct = [&](size_t k) { return k < s.size() && s[k] >= '0' && s[k] <= '7'; };
      if (d == '0' || (oct(i) && oct(i + 1) && oct(i + 2))) {
        // An octal escape: \0, \0dd, or three octal digits.
        int v = 0, k = 0;
        while (k < 3 && oct(i)) v = v * 8 + (s[i++] - '0'), ++k;
        --i;
        out += static_cast<char>(v);
      } else {
        int g = d - '0';
        if (i + 1 < s.size() && std::isdigit(static_cast<unsigned char>(s[i + 1]))) g = g * 10 + (s[++i] - '0');
        add_group(group_index(in, m, make_int(g), loc));
      }
    } else {
      switch (d) {
        case 'n':
          out += '\n';
          break;
        case 't':
          out += '\t';
          break;
        case 'r':
          out += '\r';
          break;
        case 'f':
          out += '\f';
          break;
        case 'v':
          out += '\v';
          break;
        case 'a':
          out += '\a';
          break;
        case 'b':
          out += '\b';
          break;
        case '\\':
          out += '\\';
          break;
        default:
          if (std::isalpha(static_cast<unsigned char>(d)) && in.python() == 3)
            in.raise_value(in.call(in.get_attr(in.loader().import_module("re", loc), "error", loc),
                                   {make_str(std::string("bad escape \\") + d)}, {}, loc),
                           loc);
          out += '\\';
          out += d;
      }
    }
  }
  return same_kind_str(repl, out);
}

Ref subn(Interp& in, ReTypes& rt, const Ref& pat, const Ref& repl, const Ref& string, int64_t count, Loc loc) {
  auto t = to_text(string);
  int64_t n = static_cast<int64_t>(t->size());
  bool callable = !is_str(repl);
  std::string out;
  int64_t i = 0, pos = 0, done = 0;
  bool must_advance = false;
  while (count == 0 || done < count) {
    Ref m = do_match(in, rt, pat, string, t, pos, n, false, false, loc);
    if (!m) break;
    int64_t b = M(m).spans[0], e = M(m).spans[1];
    if (in.python() == 3 && must_advance && b == e && b == pos) {
      if (pos >= n) break;
      m = do_match(in, rt, pat, string, t, pos + 1, n, false, false, loc);
      if (!m) break;
      b = M(m).spans[0];
      e = M(m).spans[1];
    }
    bool skip = in.python() == 2 && i == b && b == e && done > 0;
    if (!skip) {
      if (i < b) out += slice_of(string, *t, i, b)->as<StrObj>()->value;
      Ref r = callable ? in.call(repl, {m}, {}, loc) : expand(in, m, repl, loc);
      if (!is_str(r)) in.raise("TypeError", "expected str instance, " + type_name(r) + " found", loc);
      out += r->as<StrObj>()->value;
      i = e;
      ++done;
    }
    if (in.python() == 3) {
      must_advance = e == b;
      pos = e;
    } else {
      pos = e == b ? e + 1 : e;
    }
    if (pos > n) break;
  }
  if (i < n) out += slice_of(string, *t, i, n)->as<StrObj>()->value;
  bool uni = string->kind == ObjKind::Unicode || repl->kind == ObjKind::Unicode;
  return make_tuple({uni ? make_unicode(out) : make_str(out), make_int(done)});
}

Ref split(Interp& in, ReTypes& rt, const Ref& pat, const Ref& string, int64_t maxsplit, Loc loc) {
  auto t = to_text(string);
  int64_t n = static_cast<int64_t>(t->size());
  std::vector<Ref> out;
  int64_t last = 0, pos = 0, done = 0;
  bool must_advance = false;
  int groups = P(pat).rx->groups();
  while (maxsplit <= 0 || done < maxsplit) {
    Ref m = do_match(in, rt, pat, string, t, pos, n, false, false, loc);
    if (!m) break;
    int64_t b = M(m).spans[0], e = M(m).spans[1];
    if (b == e) {
      if (in.python() == 2) {
        if (b >= n) break;
        pos = b + 1;
        continue;
      }
      if (must_advance && b == pos) {
        if (pos >= n) break;
        m = do_match(in, rt, pat, string, t, pos + 1, n, false, false, loc);
        if (!m) break;
        b = M(m).spans[0];
        e = M(m).spans[1];
      }
    }
    out.push_back(slice_of(string, *t, last, b));
    for (int g = 1; g <= groups; ++g) out.push_back(group_value(m, g, none()));
    ++done;
    must_advance = b == e;
    last = pos = e;
  }
  out.push_back(slice_of(string, *t, last, n));
  return make_list(out);
}

// The matches of findall/finditer, in order.
std::vector<Ref> all_matches(Interp& in, ReTypes& rt, const Ref& pat, const Ref& string, int64_t pos, int64_t endpos, Loc loc) {
  auto t = to_text(string);
  int64_t n = std::min<int64_t>(endpos, static_cast<int64_t>(t->size()));
  std::vector<Ref> out;
  bool must_advance = false;
  while (pos <= n) {
    Ref m = do_match(in, rt, pat, string, t, pos, n, false, false, loc);
    if (!m) break;
    int64_t b = M(m).spans[0], e = M(m).spans[1];
    if (in.python() == 3 && must_advance && b == e && b == pos) {
      m = do_match(in, rt, pat, string, t, pos + 1, n, false, false, loc);
      if (!m) break;
      b = M(m).spans[0];
      e = M(m).spans[1];
    }
    out.push_back(m);
    if (in.python() == 3) {
      must_advance = b == e;
      pos = e;
    } else {
      pos = e == b ? e + 1 : e;
    }
  }
  return out;
}

Ref findall_item(const Ref& m, int groups) {
  if (groups == 0) return group_value(m, 0, none());
  auto empty = same_kind_str(M(m).string, "");
  if (groups == 1) return group_value(m, 1, empty);
  std::vector<Ref> t;
  for (int g = 1; g <= groups; ++g) t.push_back(group_value(m, g, empty));
  return make_tuple(t);
}

}  // namespace

bool re_pattern_source(const Ref& v, Ref& source, int& flags) {
  auto* p = dynamic_cast<PatternObj*>(v.get());
  if (!p) return false;
  source = p->value.source;
  flags = p->value.flags;
  return true;
}

void install_module_re(Interp& in, ModuleObj& m) {
  auto rt = std::make_shared<ReTypes>();
  rt->pattern = in.new_type(in.python() == 2 ? "SRE_Pattern" : "Pattern", nullptr, in.python() == 2 ? "_sre" : "re");
  rt->match = in.new_type(in.python() == 2 ? "SRE_Match" : "Match", nullptr, in.python() == 2 ? "_sre" : "re");
  auto ns = std::make_shared<DictObj>();
  ns->set(make_str("__module__"), make_str(in.python() == 2 ? "sre_constants" : "re"));
  rt->error = in.create_class(nullptr, "error", {in.builtin_class("Exception")}, *ns, &m, {});
  m.set("error", rt->error);
  for (auto [n, v] : {std::pair{"I", 2},
                      {"IGNORECASE", 2},
                      {"L", 4},
                      {"LOCALE", 4},
                      {"M", 8},
                      {"MULTILINE", 8},
                      {"S", 16},
                      {"DOTALL", 16},
                      {"U", 32},
                      {"UNICODE", 32},
                      {"X", 64},
                      {"VERBOSE", 64},
                      {"T", 1},
                      {"TEMPLATE", 1},
                      {"DEBUG", 128}})
    m.set(n, in.python() == 3 ? make_regex_flag(v) : make_int(v));  // Python 3: re.RegexFlag's members (regex_flag.hpp)
  if (in.python() == 3) {
    m.set("A", make_regex_flag(256));
    m.set("ASCII", make_regex_flag(256));
    m.set("NOFLAG", make_regex_flag(0));
  }
  auto flags_arg = [](Interp& in, Args& a, KwArgs& kw, size_t i, Loc loc) -> int {
    Ref f = arg_or_kw(a, kw, i, "flags");
    return f ? static_cast<int>(in.to_int(f, loc)) : 0;
  };
  def_function(m, "compile", [rt, flags_arg](Interp& in, Args& a, KwArgs& kw, Loc loc) -> Ref {
    return compile_pattern(in, *rt, arg_or_kw(a, kw, 0, "pattern"), flags_arg(in, a, kw, 1, loc), loc);
  });
  for (auto [name, mode] : {std::pair{"match", 0}, {"search", 1}, {"fullmatch", 2}}) {
    int md = mode;
    def_function(m, name, [rt, md, flags_arg](Interp& in, Args& a, KwArgs& kw, Loc loc) -> Ref {
      Ref p = compile_pattern(in, *rt, arg_or_kw(a, kw, 0, "pattern"), flags_arg(in, a, kw, 2, loc), loc);
      Ref s = arg_or_kw(a, kw, 1, "string");
      if (!s || !is_str(s)) in.raise("TypeError", "expected string or buffer", loc);
      Ref r = do_match(in, *rt, p, s, to_text(s), 0, INT64_MAX, md != 1, md == 2, loc);
      return r ? r : none();
    });
    in.def_method(rt->pattern, name, [rt, md](Interp& in, Args& a, KwArgs& kw, Loc loc) -> Ref {
      Ref s = arg_or_kw(a, kw, 1, "string"), pos = arg_or_kw(a, kw, 2, "pos"), endpos = arg_or_kw(a, kw, 3, "endpos");
      if (!s || !is_str(s)) in.raise("TypeError", "expected string or buffer", loc);
      Ref r = do_match(in, *rt, a[0], s, to_text(s), pos ? in.to_int(pos, loc) : 0, endpos ? in.to_int(endpos, loc) : INT64_MAX, md != 1,
                       md == 2, loc);
      return r ? r : none();
    });
  }
  auto findall = [rt](Interp& in, const Ref& p, const Ref& s, int64_t pos, int64_t endpos, Loc loc) -> Ref {
    std::vector<Ref> out;
    int groups = P(p).rx->groups();
    for (auto& mm : all_matches(in, *rt, p, s, pos, endpos, loc)) out.push_back(findall_item(mm, groups));
    return make_list(out);
  };
  def_function(m, "findall", [rt, findall, flags_arg](Interp& in, Args& a, KwArgs& kw, Loc loc) -> Ref {
    Ref p = compile_pattern(in, *rt, arg_or_kw(a, kw, 0, "pattern"), flags_arg(in, a, kw, 2, loc), loc);
    return findall(in, p, arg_or_kw(a, kw, 1, "string"), 0, INT64_MAX, loc);
  });
  in.def_method(rt->pattern, "findall", [findall](Interp& in, Args& a, KwArgs& kw, Loc loc) -> Ref {
    Ref pos = arg_or_kw(a, kw, 2, "pos"), endpos = arg_or_kw(a, kw, 3, "endpos");
    return findall(in, a[0], arg_or_kw(a, kw, 1, "string"), pos ? in.to_int(pos, loc) : 0, endpos ? in.to_int(endpos, loc) : INT64_MAX,
                   loc);
  });
  auto finditer = [rt](Interp& in, const Ref& p, const Ref& s, Loc loc) -> Ref {
    return in.iter(make_list(all_matches(in, *rt, p, s, 0, INT64_MAX, loc)), loc);
  };
  def_function(m, "finditer", [rt, finditer, flags_arg](Interp& in, Args& a, KwArgs& kw, Loc loc) -> Ref {
    Ref p = compile_pattern(in, *rt, arg_or_kw(a, kw, 0, "pattern"), flags_arg(in, a, kw, 2, loc), loc);
    return finditer(in, p, arg_or_kw(a, kw, 1, "string"), loc);
  });
  in.def_method(rt->pattern, "finditer", [finditer](Interp& in, Args& a, KwArgs& kw, Loc loc) -> Ref {
    return finditer(in, a[0], arg_or_kw(a, kw, 1, "string"), loc);
  });
  for (auto [name, with_count] : {std::pair{"sub", false}, {"subn", true}}) {
    bool wc = with_count;
    def_function(m, name, [rt, wc, flags_arg](Interp& in, Args& a, KwArgs& kw, Loc loc) -> Ref {
      Ref p = compile_pattern(in, *rt, arg_or_kw(a, kw, 0, "pattern"), flags_arg(in, a, kw, 4, loc), loc);
      Ref cnt = arg_or_kw(a, kw, 3, "count");
      Ref r = subn(in, *rt, p, arg_or_kw(a, kw, 1, "repl"), arg_or_kw(a, kw, 2, "string"), cnt ? in.to_int(cnt, loc) : 0, loc);
      return wc ? r : r->as<TupleObj>()->items[0];
    });
    in.def_method(rt->pattern, name, [rt, wc](Interp& in, Args& a, KwArgs& kw, Loc loc) -> Ref {
      Ref cnt = arg_or_kw(a, kw, 3, "count");
      Ref r = subn(in, *rt, a[0], arg_or_kw(a, kw, 1, "repl"), arg_or_kw(a, kw, 2, "string"), cnt ? in.to_int(cnt, loc) : 0, loc);
      return wc ? r : r->as<TupleObj>()->items[0];
    });
  }
  def_function(m, "split", [rt, flags_arg](Interp& in, Args& a, KwArgs& kw, Loc loc) -> Ref {
    Ref p = compile_pattern(in, *rt, arg_or_kw(a, kw, 0, "pattern"), flags_arg(in, a, kw, 3, loc), loc);
    Ref ms = arg_or_kw(a, kw, 2, "maxsplit");
    return split(in, *rt, p, arg_or_kw(a, kw, 1, "string"), ms ? in.to_int(ms, loc) : 0, loc);
  });
  in.def_method(rt->pattern, "split", [rt](Interp& in, Args& a, KwArgs& kw, Loc loc) -> Ref {
    Ref ms = arg_or_kw(a, kw, 2, "maxsplit");
    return split(in, *rt, a[0], arg_or_kw(a, kw, 1, "string"), ms ? in.to_int(ms, loc) : 0, loc);
  });
  def_function(m, "escape", [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
    const std::string& s = str_arg(in, a.at(0), "escape() argument", loc);
    std::string out;
    for (unsigned char c : s) {
      bool keep =
          in.python() == 2 ? (std::isalnum(c) || c == '_' || c >= 0x80) : !(std::strchr("()[]{}?*+-|^$\\.&~# \t\n\r\v\f", c) && c != 0);
      if (c == 0) {
        out += "\\000";
        continue;
      }
      if (!keep) out += '\\';
      out += static_cast<char>(c);
    }
    return same_kind_str(a[0], out);
  });
  def_function(m, "purge", [rt](Interp&, Args&, KwArgs&, Loc) -> Ref {
    rt->cache.clear();
    return none();
  });
  in.def_method(rt->pattern, "__getattr__", [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
    auto& p = P(a[0]);
    const std::string& n = a[1]->as<StrObj>()->value;
    if (n == "pattern") return p.source;
    if (n == "flags") return make_int(p.rx->flags() & ~regex::kPython2);
    if (n == "groups") return make_int(p.rx->groups());
    if (n == "groupindex") {
      auto d = std::make_shared<DictObj>();
      for (auto& [k, v] : p.rx->group_names()) d->set(make_str(k), make_int(v));
      return d;
    }
    in.raise("AttributeError", "'Pattern' object has no attribute '" + n + "'", loc);
  });
  in.def_method(rt->pattern, "__repr__", [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
    if (in.python() == 2) return make_str(repr_value(a[0], nullptr));
    return make_str("re.compile(" + in.repr_of(P(a[0]).source, loc) + ")");
  });

  // Match objects.
  TypeInfo* mt = rt->match;
  in.def_method(mt, "group", [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
    if (a.size() <= 1) return group_value(a[0], 0, none());
    if (a.size() == 2) return group_value(a[0], group_index(in, a[0], a[1], loc), none());
    std::vector<Ref> out;
    for (size_t i = 1; i < a.size(); ++i) out.push_back(group_value(a[0], group_index(in, a[0], a[i], loc), none()));
    return make_tuple(out);
  });
  in.def_method(mt, "__getitem__", [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
    return group_value(a[0], group_index(in, a[0], a.at(1), loc), none());
  });
  in.def_method(mt, "groups", [](Interp& in, Args& a, KwArgs& kw, Loc) -> Ref {
    Ref dflt = arg_or_kw(a, kw, 1, "default");
    std::vector<Ref> out;
    for (int g = 1; g <= P(M(a[0]).pattern).rx->groups(); ++g) out.push_back(group_value(a[0], g, dflt ? dflt : none()));
    (void)in;
    return make_tuple(out);
  });
  in.def_method(mt, "groupdict", [](Interp&, Args& a, KwArgs& kw, Loc) -> Ref {
    Ref dflt = arg_or_kw(a, kw, 1, "default");
    auto d = std::make_shared<DictObj>();
    std::vector<std::pair<int, std::string>> byindex;
    for (auto& [k, v] : P(M(a[0]).pattern).rx->group_names()) byindex.emplace_back(v, k);
    std::sort(byindex.begin(), byindex.end());
    for (auto& [v, k] : byindex) d->set(make_str(k), group_value(a[0], v, dflt ? dflt : none()));
    return d;
  });
  for (auto [name, which] : {std::pair{"start", 0}, {"end", 1}, {"span", 2}}) {
    int w = which;
    in.def_method(mt, name, [w](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
      int g = a.size() > 1 ? group_index(in, a[0], a[1], loc) : 0;
      auto& mm = M(a[0]);
      int64_t b = mm.spans[static_cast<size_t>(2 * g)], e = mm.spans[static_cast<size_t>(2 * g + 1)];
      if (b < 0 || e < 0) b = e = -1;
      if (w == 0) return make_int(b);
      if (w == 1) return make_int(e);
      return make_tuple({make_int(b), make_int(e)});
    });
  }
  in.def_method(mt, "expand", [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref { return expand(in, a[0], a.at(1), loc); });
  in.def_method(mt, "__getattr__", [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
    auto& mm = M(a[0]);
    const std::string& n = a[1]->as<StrObj>()->value;
    if (n == "string") return mm.string;
    if (n == "re") return mm.pattern;
    if (n == "pos") return make_int(mm.pos);
    if (n == "endpos") return make_int(mm.endpos);
    if (n == "lastindex") return mm.lastindex > 0 ? make_int(mm.lastindex) : none();
    if (n == "lastgroup") {
      for (auto& [k, v] : P(mm.pattern).rx->group_names())
        if (v == mm.lastindex) return make_str(k);
      return none();
    }
    if (n == "regs") {
      std::vector<Ref> out;
      for (size_t g = 0; g < mm.spans.size() / 2; ++g)
        out.push_back(make_tuple({make_int(mm.spans[2 * g]), make_int(mm.spans[2 * g + 1])}));
      return make_tuple(out);
    }
    in.raise("AttributeError", "'Match' object has no attribute '" + n + "'", loc);
  });
  in.def_method(mt, "__repr__", [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
    if (in.python() == 2) return make_str(repr_value(a[0], nullptr));
    auto& mm = M(a[0]);
    return make_str("<re.Match object; span=(" + std::to_string(mm.spans[0]) + ", " + std::to_string(mm.spans[1]) +
                    "), match=" + in.repr_of(group_value(a[0], 0, none()), loc) + ">");
  });
  in.def_method(mt, in.python() == 2 ? "__nonzero__" : "__bool__", [](Interp&, Args&, KwArgs&, Loc) -> Ref { return make_bool(true); });
}

}  // namespace rpy::modules
