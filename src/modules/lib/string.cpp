// string: the character classes, capwords, Template, and Python 2's string functions.
#include "modules/lib/modules.hpp"

namespace rpy::modules {

// $name, ${name} and $$ of string.Template.
static Ref template_substitute(Interp& in, const Ref& self, Args& a, KwArgs& kw, bool safe, Loc loc) {
  std::string tmpl = str_arg(in, in.get_attr(self, "template", loc), "template", loc);
  Ref mapping = a.size() > 1 ? a[1] : nullptr;
  auto lookup = [&](const std::string& name) -> Ref {
    for (auto& [k, v] : kw)
      if (k == name) return v;
    if (mapping) {
      try {
        return in.subscript(mapping, make_str(name), loc);
      } catch (PyException& e) {
        if (!in.exception_matches(e.value, in.builtin_class("KeyError"))) throw;
      }
    }
    if (safe) return nullptr;
    in.raise_value(in.call(in.builtin_class("KeyError"), {make_str(name)}, {}, loc), loc);
  };
  std::string out;
  auto ident = [](char c, bool first) {
    return std::isalpha(static_cast<unsigned char>(c)) || c == '_' || (!first && std::isdigit(static_cast<unsigned char>(c)));
  };
  for (size_t i = 0; i < tmpl.size(); ++i) {
    if (tmpl[i] != '$') {
      out += tmpl[i];
      continue;
    }
    if (i + 1 < tmpl.size() && tmpl[i + 1] == '$') {
      out += '$';
      ++i;
      continue;
    }
    bool brace = i + 1 < tmpl.size() && tmpl[i + 1] == '{';
    size_t j = i + (brace ? 2 : 1), k = j;
    while (k < tmpl.size() && ident(tmpl[k], k == j)) ++k;
    if (k == j || (brace && (k >= tmpl.size() || tmpl[k] != '}'))) {
      if (safe) {
        out += '$';
        continue;
      }
      in.raise("ValueError", "Invalid placeholder in string", loc);
    }
    std::string name = tmpl.substr(j, k - j);
    Ref v = lookup(name);
    if (!v) {
      out += tmpl.substr(i, (brace ? k + 1 : k) - i);
    } else {
      out += in.str_of(v, loc);
    }
    i = brace ? k : k - 1;
  }
  return make_str(out);
}

void install_module_string(Interp& in, ModuleObj& m) {
  bool py2 = in.python() == 2;
  const std::string lower = "abcdefghijklmnopqrstuvwxyz", upper = "ABCDEFGHIJKLMNOPQRSTUVWXYZ", digits = "0123456789";
  const std::string punct = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~", ws = " \t\n\r\x0b\x0c";
  m.set("ascii_lowercase", make_str(lower));
  m.set("ascii_uppercase", make_str(upper));
  m.set("ascii_letters", make_str(lower + upper));
  m.set("digits", make_str(digits));
  m.set("hexdigits", make_str(digits + "abcdefABCDEF"));
  m.set("octdigits", make_str("01234567"));
  m.set("punctuation", make_str(punct));
  m.set("whitespace", make_str(ws));
  m.set("printable", make_str(digits + lower + upper + punct + ws));
  if (py2) {
    m.set("lowercase", make_str(lower));
    m.set("uppercase", make_str(upper));
    m.set("letters", make_str(lower + upper));
  }
  def_function(m, "capwords", [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
    Ref sep = a.size() > 1 ? a[1] : none();
    Ref words = in.call_method(a.at(0), "split", {sep}, loc);
    std::vector<Ref> caps;
    for (auto& w : in.iterate(words, loc)) caps.push_back(in.call_method(w, "capitalize", {}, loc));
    return in.call_method(is_none(sep) ? make_str(" ") : sep, "join", {make_list(caps)}, loc);
  });
  if (py2) {
    def_function(m, "maketrans", [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
      check_args(in, "maketrans", a, 2, 2, loc);
      const std::string& from = str_arg(in, a[0], "maketrans() argument 1", loc);
      const std::string& to = str_arg(in, a[1], "maketrans() argument 2", loc);
      return make_str(byte_translation_table(in, from, to, loc));
    });
    // string.upper(s), string.join(words, sep)...: the str methods as functions.
    for (const char* name :
         {"lower",  "upper", "strip", "lstrip", "rstrip", "split",  "rsplit",     "replace",  "find",       "rfind",     "index",
          "rindex", "count", "zfill", "ljust",  "rjust",  "center", "capitalize", "swapcase", "expandtabs", "translate", "splitfields"}) {
      std::string method = std::string(name) == "splitfields" ? "split" : name;
      def_function(m, name, [method](Interp& in, Args& a, KwArgs& kw, Loc loc) -> Ref {
        if (a.empty()) in.raise("TypeError", method + "() takes at least 1 argument (0 given)", loc);
        return in.call(in.get_attr(a[0], method, loc), Args(a.begin() + 1, a.end()), kw, loc);
      });
    }
    for (const char* name : {"join", "joinfields"}) {
      def_function(m, name, [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
        check_args(in, "join", a, 1, 2, loc);
        return in.call_method(a.size() > 1 ? a[1] : make_str(" "), "join", {a[0]}, loc);
      });
    }
    for (auto [name, base_ok] : {std::pair{"atoi", true}, {"atol", true}}) {
      bool is_long = std::string(name) == "atol";
      (void)base_ok;
      def_function(m, name, [is_long](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
        check_args(in, "atoi", a, 1, 2, loc);
        int base = a.size() > 1 ? static_cast<int>(in.to_int(a[1], loc)) : 10;
        return int_from_string(in, str_arg(in, a[0], "atoi() argument", loc), base, is_long, loc);
      });
    }
    def_function(m, "atof", [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
      return make_float(parse_float(in, str_arg(in, a.at(0), "atof() argument", loc), loc));
    });
  }
  // Template(template): substitute(mapping, **kw), safe_substitute(...).
  auto cls = std::make_shared<ClassObj>();
  cls->name = cls->qualname = "Template";
  cls->module = &m;
  cls->mro.push_back(cls.get());
  auto add = [&](const std::string& n, BuiltinFn fn) {
    cls->attrs[n] = std::make_shared<BuiltinObj>("Template." + n, std::move(fn));
    cls->attr_order.push_back(n);
  };
  add("__init__", [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
    check_args(in, "Template", a, 2, 2, loc);
    in.set_attr(a[0], "template", a[1], loc);
    return none();
  });
  add("substitute", [](Interp& in, Args& a, KwArgs& kw, Loc loc) -> Ref { return template_substitute(in, a.at(0), a, kw, false, loc); });
  add("safe_substitute",
      [](Interp& in, Args& a, KwArgs& kw, Loc loc) -> Ref { return template_substitute(in, a.at(0), a, kw, true, loc); });
  m.set("Template", cls);
}

}  // namespace rpy::modules
