// Files at import time: sys.stdout/stderr (rpy's own output: import-time prints never reach the
// translated program) and files opened by module-level code.
#include <cerrno>
#include <cstring>
#include <unistd.h>

#include "modules/objects/objects.hpp"

namespace rpy::modules {

FileObj::~FileObj() {
  if (fp && own && !closed) std::fclose(fp);
}

static FileObj* F(const Ref& r) { return static_cast<FileObj*>(r.get()); }

static void check_open(Interp& in, FileObj* f, Loc loc) {
  if (f->fp == stdin) in.run_time_only(loc, "reads stdin");
  if (f->closed) in.raise("ValueError", "I/O operation on closed file", loc);
}

Ref new_file(Interp& in, std::FILE* fp, const std::string& name, const std::string& mode, bool own) {
  auto f = std::make_shared<FileObj>(in.type_info(BuiltinType::File));
  f->fp = fp;
  f->name = name;
  f->mode = mode;
  f->own = own;
  f->fd = fp ? fileno(fp) : -1;
  f->is_std = fp == stdout || fp == stderr || fp == stdin;
  return f;
}

static std::string read_line(FileObj* f, int64_t limit) {
  std::string line;
  int c;
  while ((limit < 0 || static_cast<int64_t>(line.size()) < limit) && (c = std::fgetc(f->fp)) != EOF) {
    line += static_cast<char>(c);
    if (c == '\n') break;
  }
  return line;
}

void install_file_type(Interp& in, TypeInfo* t) {
  t->subclassable = false;
  t->type_obj->as<BuiltinObj>()->fn = [](Interp& in, Args& a, KwArgs& kw, Loc loc) -> Ref {
    return in.call(in.builtin_class("open"), a, kw, loc);
  };
  in.def_method(t, "write", [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
    FileObj* f = F(a[0]);
    check_open(in, f, loc);
    Ref s = a.at(1);
    if (!is_str(s))
      in.raise(
          "TypeError",
          in.python() == 2 ? "expected a string or other character buffer object" : "write() argument must be str, not " + type_name(s),
          loc);
    const std::string& v = s->as<StrObj>()->value;
    f->softspace = false;
    if (f->fp == stdout)
      in.write_stdout(v);
    else if (f->fp == stderr)
      in.write_stderr(v);
    else
      std::fwrite(v.data(), 1, v.size(), f->fp);
    return in.python() == 2 ? none() : make_int(static_cast<int64_t>(v.size()));
  });
  in.def_method(t, "writelines", [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
    for (auto& s : in.iterate(a.at(1), loc)) in.call_method(a[0], "write", {s}, loc);
    return none();
  });
  in.def_method(t, "read", [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
    FileObj* f = F(a[0]);
    check_open(in, f, loc);
    int64_t n = a.size() > 1 && !is_none(a[1]) ? in.to_int(a[1], loc) : -1;
    std::string out;
    char buf[65536];
    while (n < 0 || static_cast<int64_t>(out.size()) < n) {
      size_t want = n < 0 ? sizeof buf : std::min(sizeof buf, static_cast<size_t>(n) - out.size());
      size_t got = std::fread(buf, 1, want, f->fp);
      out.append(buf, got);
      if (got < want) break;
    }
    return make_str(out);
  });
  in.def_method(t, "readline", [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
    FileObj* f = F(a[0]);
    check_open(in, f, loc);
    return make_str(read_line(f, a.size() > 1 ? in.to_int(a[1], loc) : -1));
  });
  in.def_method(t, "readlines", [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
    FileObj* f = F(a[0]);
    check_open(in, f, loc);
    std::vector<Ref> lines;
    for (;;) {
      std::string l = read_line(f, -1);
      if (l.empty()) break;
      lines.push_back(make_str(l));
    }
    return make_list(lines);
  });
  in.def_method(t, "__iter__", [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
    Ref self = a[0];
    check_open(in, F(self), loc);
    return new_iterator(in, [self](Interp&, Loc) -> Ref {
      std::string l = read_line(F(self), -1);
      return l.empty() ? nullptr : make_str(l);
    });
  });
  in.def_method(t, in.python() == 2 ? "next" : "__next__", [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
    std::string l = read_line(F(a[0]), -1);
    if (l.empty()) in.raise("StopIteration", "", loc);
    return make_str(l);
  });
  in.def_method(t, "close", [](Interp&, Args& a, KwArgs&, Loc) -> Ref {
    FileObj* f = F(a[0]);
    if (!f->closed && f->own && f->fp) std::fclose(f->fp);
    f->closed = true;
    return none();
  });
  in.def_method(t, "flush", [](Interp&, Args& a, KwArgs&, Loc) -> Ref {
    if (F(a[0])->fp && !F(a[0])->closed) std::fflush(F(a[0])->fp);
    return none();
  });
  in.def_method(t, "fileno", [](Interp&, Args& a, KwArgs&, Loc) -> Ref { return make_int(F(a[0])->fd); });
  in.def_method(t, "isatty", [](Interp&, Args& a, KwArgs&, Loc) -> Ref { return make_bool(F(a[0])->fd >= 0 && isatty(F(a[0])->fd)); });
  in.def_method(t, "seek", [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
    FileObj* f = F(a[0]);
    check_open(in, f, loc);
    std::fseek(f->fp, static_cast<long>(in.to_int(a.at(1), loc)), a.size() > 2 ? static_cast<int>(in.to_int(a[2], loc)) : SEEK_SET);
    return none();
  });
  in.def_method(t, "tell", [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
    check_open(in, F(a[0]), loc);
    return make_int(std::ftell(F(a[0])->fp));
  });
  in.def_method(t, "__enter__", [](Interp&, Args& a, KwArgs&, Loc) -> Ref { return a[0]; });
  in.def_method(t, "__exit__", [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
    in.call_method(a[0], "close", {}, loc);
    return make_bool(false);
  });
  in.def_method(t, "__getattr__", [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
    FileObj* f = F(a[0]);
    const std::string& n = a[1]->as<StrObj>()->value;
    if (n == "name") return make_str(f->name);
    if (n == "mode") return make_str(f->mode);
    if (n == "closed") return make_bool(f->closed);
    if (n == "softspace") return make_int(f->softspace ? 1 : 0);
    if (n == "encoding") return f->is_std ? make_str("UTF-8") : none();
    in.raise("AttributeError", "'" + f->type->name + "' object has no attribute '" + n + "'", loc);
  });
  in.def_method(t, "__setattr__", [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
    const std::string& n = a[1]->as<StrObj>()->value;
    if (n == "softspace") {
      F(a[0])->softspace = in.truth(a.at(2), loc);
      return none();
    }
    in.raise("AttributeError", "'file' object attribute '" + n + "' is read-only", loc);
  });
  in.def_method(t, "__repr__", [](Interp&, Args& a, KwArgs&, Loc) -> Ref {
    FileObj* f = F(a[0]);
    return make_str(std::string("<") + (f->closed ? "closed" : "open") + " file '" + f->name + "', mode '" + f->mode + "'>");
  });
}

}  // namespace rpy::modules
