// os.path (posixpath): the string rules of CPython's posixpath, and the file tests.
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>

#include "modules/lib/modules.hpp"

namespace rpy::modules {

static std::string join2(const std::string& a, const std::string& b) {
  if (!b.empty() && b[0] == '/') return b;
  if (a.empty() || a.back() == '/') return a + b;
  return a + "/" + b;
}

static std::string normpath(const std::string& path) {
  if (path.empty()) return ".";
  int initial = path[0] == '/' ? 1 : 0;
  if (initial && path.size() > 1 && path[1] == '/' && (path.size() < 3 || path[2] != '/')) initial = 2;
  std::vector<std::string> parts, out;
  size_t i = 0;
  while (i <= path.size()) {
    size_t j = path.find('/', i);
    if (j == std::string::npos) j = path.size();
    parts.push_back(path.substr(i, j - i));
    i = j + 1;
  }
  for (auto& p : parts) {
    if (p.empty() || p == ".") continue;
    if (p != ".." || (!initial && out.empty()) || (!out.empty() && out.back() == ".."))
      out.push_back(p);
    else if (!out.empty())
      out.pop_back();
  }
  std::string s(static_cast<size_t>(initial), '/');
  for (size_t k = 0; k < out.size(); ++k) s += (k ? "/" : "") + out[k];
  return s.empty() ? "." : s;
}

static std::string dirname(const std::string& p) {
  auto i = p.rfind('/');
  std::string head = i == std::string::npos ? "" : p.substr(0, i + 1);
  if (!head.empty() && head != std::string(head.size(), '/'))
    while (!head.empty() && head.back() == '/') head.pop_back();
  return head;
}

static std::string basename(const std::string& p) {
  auto i = p.rfind('/');
  return i == std::string::npos ? p : p.substr(i + 1);
}

static std::string abspath(const std::string& p) {
  if (!p.empty() && p[0] == '/') return normpath(p);
  char buf[4096];
  std::string cwd = ::getcwd(buf, sizeof buf) ? buf : "";
  return normpath(join2(cwd, p));
}

void install_module_os_path(Interp& in, ModuleObj& m) {
  (void)in;
  auto s1 = [](std::string (*f)(const std::string&)) {
    return [f](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
      check_args(in, "path function", a, 1, 1, loc);
      return same_kind_str(a[0], f(str_arg(in, a[0], "path", loc)));
    };
  };
  def_function(m, "join", [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
    if (a.empty()) in.raise("TypeError", "join() takes at least 1 argument (0 given)", loc);
    std::string r = str_arg(in, a[0], "join() argument", loc);
    for (size_t i = 1; i < a.size(); ++i) r = join2(r, str_arg(in, a[i], "join() argument", loc));
    return same_kind_str(a[0], r);
  });
  def_function(m, "normpath", s1(normpath));
  def_function(m, "abspath", s1(abspath));
  def_function(m, "dirname", s1(dirname));
  def_function(m, "basename", s1(basename));
  def_function(m, "normcase", s1([](const std::string& p) { return p; }));
  def_function(m, "realpath", s1([](const std::string& p) {
                 char buf[4096];
                 return ::realpath(p.c_str(), buf) ? std::string(buf) : abspath(p);
               }));
  def_function(m, "expanduser", s1([](const std::string& p) {
                 if (p.empty() || p[0] != '~') return p;
                 size_t i = p.find('/');
                 if (i != 1 && !(i == std::string::npos && p.size() == 1)) return p;
                 const char* home = std::getenv("HOME");
                 std::string h = home ? home : "";
                 while (h.size() > 1 && h.back() == '/') h.pop_back();
                 return h + (i == std::string::npos ? "" : p.substr(i));
               }));
  def_function(m, "expandvars", s1([](const std::string& p) {
                 std::string out;
                 for (size_t i = 0; i < p.size(); ++i) {
                   if (p[i] != '$') {
                     out += p[i];
                     continue;
                   }
                   size_t j = i + 1;
                   bool brace = j < p.size() && p[j] == '{';
                   if (brace) ++j;
                   size_t k = j;
                   while (k < p.size() && (std::isalnum(static_cast<unsigned char>(p[k])) || p[k] == '_')) ++k;
                   std::string name = p.substr(j, k - j);
                   if (name.empty() || (brace && (k >= p.size() || p[k] != '}'))) {
                     out += p[i];
                     continue;
                   }
                   const char* v = std::getenv(name.c_str());
                   if (v)
                     out += v;
                   else
                     out += p.substr(i, (brace ? k + 1 : k) - i);
                   i = (brace ? k : k - 1);
                 }
                 return out;
               }));
  def_function(m, "split", [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
    const std::string& p = str_arg(in, a.at(0), "path", loc);
    return make_tuple({same_kind_str(a[0], dirname(p)), same_kind_str(a[0], basename(p))});
  });
  def_function(m, "splitext", [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
    const std::string& p = str_arg(in, a.at(0), "path", loc);
    size_t sep = p.rfind('/');
    size_t dot = p.rfind('.');
    size_t start = sep == std::string::npos ? 0 : sep + 1;
    if (dot == std::string::npos || dot < start) return make_tuple({a[0], same_kind_str(a[0], "")});
    size_t k = start;
    while (k < dot && p[k] == '.') ++k;
    if (k == dot) return make_tuple({a[0], same_kind_str(a[0], "")});
    return make_tuple({same_kind_str(a[0], p.substr(0, dot)), same_kind_str(a[0], p.substr(dot))});
  });
  def_function(m, "splitdrive", [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
    str_arg(in, a.at(0), "path", loc);
    return make_tuple({same_kind_str(a[0], ""), a[0]});
  });
  def_function(m, "isabs", [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
    const std::string& p = str_arg(in, a.at(0), "path", loc);
    return make_bool(!p.empty() && p[0] == '/');
  });
  def_function(m, "relpath", [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
    std::string p = abspath(str_arg(in, a.at(0), "path", loc));
    std::string start = abspath(a.size() > 1 ? str_arg(in, a[1], "start", loc) : ".");
    auto split = [](const std::string& s) {
      std::vector<std::string> v;
      size_t i = 0;
      while (i < s.size()) {
        size_t j = s.find('/', i);
        if (j == std::string::npos) j = s.size();
        if (j > i) v.push_back(s.substr(i, j - i));
        i = j + 1;
      }
      return v;
    };
    auto pv = split(p), sv = split(start);
    size_t n = 0;
    while (n < pv.size() && n < sv.size() && pv[n] == sv[n]) ++n;
    std::vector<std::string> rel(sv.size() - n, "..");
    rel.insert(rel.end(), pv.begin() + static_cast<long>(n), pv.end());
    std::string r;
    for (size_t i = 0; i < rel.size(); ++i) r += (i ? "/" : "") + rel[i];
    return make_str(r.empty() ? "." : r);
  });
  def_function(m, "commonprefix", [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
    std::vector<Ref> items = in.iterate(a.at(0), loc);
    if (items.empty()) return make_str("");
    std::string pre = str_arg(in, items[0], "path", loc);
    for (auto& x : items) {
      const std::string& s = str_arg(in, x, "path", loc);
      size_t k = 0;
      while (k < pre.size() && k < s.size() && pre[k] == s[k]) ++k;
      pre.resize(k);
    }
    return make_str(pre);
  });
  auto test = [](int what) {  // 0 exists, 1 isdir, 2 isfile, 3 islink, 4 lexists
    return [what](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
      Ref p = a.at(0);
      if (!is_str(p)) return make_bool(false);
      struct stat st;
      const std::string& path = str_arg(in, p, "path", loc);
      int r = what >= 3 ? ::lstat(path.c_str(), &st) : ::stat(path.c_str(), &st);
      if (r != 0) return make_bool(false);
      if (what == 1) return make_bool(S_ISDIR(st.st_mode));
      if (what == 2) return make_bool(S_ISREG(st.st_mode));
      if (what == 3) return make_bool(S_ISLNK(st.st_mode));
      return make_bool(true);
    };
  };
  def_function(m, "exists", test(0));
  def_function(m, "isdir", test(1));
  def_function(m, "isfile", test(2));
  def_function(m, "islink", test(3));
  def_function(m, "lexists", test(4));
  auto stat_field = [](int what) {  // 0 size, 1 mtime, 2 atime, 3 ctime
    return [what](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
      const std::string& path = str_arg(in, a.at(0), "path", loc);
      struct stat st;
      if (::stat(path.c_str(), &st) != 0)
        in.raise_value(in.call(in.builtin_class("OSError"), {make_int(errno), make_str(std::strerror(errno)), make_str(path)}, {}, loc),
                       loc);
      if (what == 0) return make_int(st.st_size);
      double t = what == 1   ? st.st_mtim.tv_sec + st.st_mtim.tv_nsec * 1e-9
                 : what == 2 ? st.st_atim.tv_sec + st.st_atim.tv_nsec * 1e-9
                             : st.st_ctim.tv_sec + st.st_ctim.tv_nsec * 1e-9;
      return make_float(t);
    };
  };
  def_function(m, "getsize", stat_field(0));
  def_function(m, "getmtime", stat_field(1));
  def_function(m, "getatime", stat_field(2));
  def_function(m, "getctime", stat_field(3));
  m.set("sep", make_str("/"));
  m.set("altsep", none());
  m.set("extsep", make_str("."));
  m.set("pathsep", make_str(":"));
  m.set("curdir", make_str("."));
  m.set("pardir", make_str(".."));
  m.set("devnull", make_str("/dev/null"));
}

}  // namespace rpy::modules
