// Builtins that run code or touch the outside: exec, eval, compile, execfile, __import__, reload,
// open, print, input.
#include <cerrno>
#include <cstring>

#include "common/source.hpp"
#include "modules/builtins/builtins.hpp"
#include "modules/loader.hpp"

namespace rpy::modules {

[[noreturn]] static void raise_os_error(Interp& in, int err, const std::string& filename, Loc loc) {
  std::string cls = in.python() == 2 ? "IOError" : "OSError";
  if (in.python() == 3) {
    if (err == ENOENT)
      cls = "FileNotFoundError";
    else if (err == EEXIST)
      cls = "FileExistsError";
    else if (err == EACCES || err == EPERM)
      cls = "PermissionError";
    else if (err == EISDIR)
      cls = "IsADirectoryError";
    else if (err == ENOTDIR)
      cls = "NotADirectoryError";
  }
  in.raise_value(in.call(in.builtin_class(cls), {make_int(err), make_str(std::strerror(err)), make_str(filename)}, {}, loc), loc);
}

void install_builtins_exec(Interp& in, ModuleObj& B) {
  bool py2 = in.python() == 2;
  def_builtin(B, "exec", [](Interp& in, Args& a, KwArgs& kw, Loc loc) -> Ref {
    Ref g = arg_or_kw(a, kw, 1, "globals"), l = arg_or_kw(a, kw, 2, "locals");
    if (a.empty()) in.raise("TypeError", "exec() missing required argument 'source' (pos 1)", loc);
    in.run_code(a[0], g && !is_none(g) ? g : nullptr, l && !is_none(l) ? l : nullptr, false, loc);
    return none();
  });
  def_builtin(B, "eval", [](Interp& in, Args& a, KwArgs& kw, Loc loc) -> Ref {
    Ref g = arg_or_kw(a, kw, 1, "globals"), l = arg_or_kw(a, kw, 2, "locals");
    if (a.empty()) in.raise("TypeError", "eval expected at least 1 argument, got 0", loc);
    return in.run_code(a[0], g && !is_none(g) ? g : nullptr, l && !is_none(l) ? l : nullptr, true, loc);
  });
  def_builtin(B, "compile", [](Interp& in, Args& a, KwArgs& kw, Loc loc) -> Ref {
    Ref src = arg_or_kw(a, kw, 0, "source"), file = arg_or_kw(a, kw, 1, "filename"), mode = arg_or_kw(a, kw, 2, "mode");
    if (!src || !file || !mode) in.raise("TypeError", "compile() missing required argument", loc);
    return in.compile_source(str_arg(in, src, "compile() arg 1", loc), str_arg(in, file, "compile() arg 2", loc),
                             str_arg(in, mode, "compile() arg 3", loc), loc);
  });
  if (py2) {
    def_builtin(B, "execfile", [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
      check_args(in, "execfile", a, 1, 3, loc);
      const std::string& path = str_arg(in, a[0], "execfile() arg 1", loc);
      std::string text;
      if (!read_file(path, text)) raise_os_error(in, errno ? errno : ENOENT, path, loc);
      Ref code = in.compile_source(text, path, "exec", loc);
      in.run_code(code, a.size() > 1 ? a[1] : nullptr, a.size() > 2 ? a[2] : nullptr, false, loc);
      return none();
    });
    def_builtin(B, "reload", [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
      check_args(in, "reload", a, 1, 1, loc);
      if (a[0]->kind != ObjKind::Module) in.raise("TypeError", "reload() argument must be module", loc);
      return a[0];
    });
  }
  def_builtin(B, "__import__", [](Interp& in, Args& a, KwArgs& kw, Loc loc) -> Ref {
    Ref name = arg_or_kw(a, kw, 0, "name");
    Ref fromlist = arg_or_kw(a, kw, 3, "fromlist");
    Ref level = arg_or_kw(a, kw, 4, "level");
    if (!name) in.raise("TypeError", "__import__() missing required argument 'name' (pos 1)", loc);
    int lv = level ? static_cast<int>(in.to_int(level, loc)) : (in.python() == 2 ? -1 : 0);
    return in.import_name(str_arg(in, name, "__import__() argument 1", loc), fromlist ? fromlist : none(), lv, in.module_of_frame(), loc);
  });
  def_builtin(B, "open", [](Interp& in, Args& a, KwArgs& kw, Loc loc) -> Ref {
    in.run_time_only(loc, "opens a file");
    Ref name = arg_or_kw(a, kw, 0, in.python() == 2 ? "name" : "file");
    Ref mode = arg_or_kw(a, kw, 1, "mode");
    if (!name) in.raise("TypeError", "open() missing required argument 'file' (pos 1)", loc);
    std::string path = str_arg(in, name, "open() argument 1", loc);
    std::string m = mode ? str_arg(in, mode, "open() argument 2", loc) : "r";
    std::string cm;
    for (char c : m)
      if (c != 'U' && c != 't') cm += c;
    if (cm.empty() || !std::strchr("rwa", cm[0]))
      in.raise("ValueError", "mode string must begin with one of 'r', 'w', 'a' or 'U', not '" + m + "'", loc);
    errno = 0;
    std::FILE* fp = std::fopen(path.c_str(), cm.c_str());
    if (!fp) raise_os_error(in, errno, path, loc);
    return new_file(in, fp, path, m, true);
  });
  def_builtin(B, "print", [](Interp& in, Args& a, KwArgs& kw, Loc loc) -> Ref {
    Ref sep = take_kwarg(kw, "sep"), end = take_kwarg(kw, "end"), file = take_kwarg(kw, "file"), flush = take_kwarg(kw, "flush");
    if (!kw.empty()) in.raise("TypeError", "'" + kw[0].first + "' is an invalid keyword argument for print()", loc);
    std::string s = sep && !is_none(sep) ? str_arg(in, sep, "sep", loc) : " ";
    std::string e = end && !is_none(end) ? str_arg(in, end, "end", loc) : "\n";
    std::string out;
    for (size_t i = 0; i < a.size(); ++i) out += (i ? s : "") + in.str_of(a[i], loc);
    out += e;
    Ref dest = file && !is_none(file) ? file : in.get_attr(in.loader().import_module("sys", loc), "stdout", loc);
    in.call_method(dest, "write", {make_str(out)}, loc);
    (void)flush;
    return none();
  });
  def_builtin(B, py2 ? "raw_input" : "input", [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
    in.run_time_only(loc, "reads stdin");
    if (!a.empty()) in.write_stdout(in.str_of(a[0], loc));
    std::string line;
    int c;
    while ((c = std::fgetc(stdin)) != EOF && c != '\n') line += static_cast<char>(c);
    if (c == EOF && line.empty()) in.raise("EOFError", "EOF when reading a line", loc);
    return make_str(line);
  });
}

}  // namespace rpy::modules
