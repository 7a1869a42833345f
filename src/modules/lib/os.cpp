// os at import time: real system calls (files read while importing, os.write to rpy's own output),
// under the names the translator also knows for translated code.
#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <random>

#include "modules/lib/modules.hpp"
#include "modules/loader.hpp"

extern char** environ;

namespace rpy::modules {

[[noreturn]] static void os_error(Interp& in, int err, Loc loc, const std::string& filename = "") {
  Args args{make_int(err), make_str(std::strerror(err))};
  if (!filename.empty()) args.push_back(make_str(filename));
  std::string cls = "OSError";
  if (in.python() == 3 && err == ENOENT) cls = "FileNotFoundError";
  if (in.python() == 3 && err == EEXIST) cls = "FileExistsError";
  in.raise_value(in.call(in.builtin_class(cls), args, {}, loc), loc);
}

static Ref stat_result(Interp& in, const struct stat& st) {
  static const char* names[] = {"st_mode", "st_ino",  "st_dev",   "st_nlink", "st_uid",
                                "st_gid",  "st_size", "st_atime", "st_mtime", "st_ctime"};
  std::vector<Ref> items{make_int(st.st_mode),
                         make_int(static_cast<int64_t>(st.st_ino)),
                         make_int(static_cast<int64_t>(st.st_dev)),
                         make_int(static_cast<int64_t>(st.st_nlink)),
                         make_int(st.st_uid),
                         make_int(st.st_gid),
                         make_int(st.st_size),
                         make_int(st.st_atime),
                         make_int(st.st_mtime),
                         make_int(st.st_ctime)};
  auto cls = std::make_shared<ClassObj>();
  cls->name = cls->qualname = "stat_result";
  cls->builtin_base = in.type_info(BuiltinType::Tuple);
  cls->mro.push_back(cls.get());
  for (size_t i = 0; i < 10; ++i) {
    auto p = std::make_shared<PropertyObj>();
    p->fget = std::make_shared<BuiltinObj>(std::string("stat_result.") + names[i], [i](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
      return in.subscript(a.at(0), make_int(static_cast<int64_t>(i)), loc);
    });
    cls->attrs[names[i]] = p;
    cls->attr_order.push_back(names[i]);
  }
  auto inst = std::make_shared<InstanceObj>();
  inst->cls = cls;
  inst->builtin_value = make_tuple(items);
  return inst;
}

void install_module_os(Interp& in, ModuleObj& m) {
  def_function(m, "write", [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
    check_args(in, "write", a, 2, 2, loc);
    int64_t fd = in.to_int(a[0], loc);
    if (in.python() == 3 && !is_bytes(a[1]))  // Python 3's os.write takes bytes
      in.raise("TypeError", "a bytes-like object is required, not '" + type_name(a[1]) + "'", loc);
    const std::string& s = str_arg(in, a[1], "write() argument 2", loc);
    if (fd == 1) {
      in.write_stdout(s);
    } else if (fd == 2) {
      in.write_stderr(s);
    } else {
      ssize_t n = ::write(static_cast<int>(fd), s.data(), s.size());
      if (n < 0) os_error(in, errno, loc);
      return make_int(n);
    }
    return make_int(static_cast<int64_t>(s.size()));
  });
  def_function(m, "read", [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
    check_args(in, "read", a, 2, 2, loc);
    int64_t n = in.to_int(a[1], loc);
    std::string buf(static_cast<size_t>(std::max<int64_t>(n, 0)), '\0');
    ssize_t got = ::read(static_cast<int>(in.to_int(a[0], loc)), buf.data(), buf.size());
    if (got < 0) os_error(in, errno, loc);
    buf.resize(static_cast<size_t>(got));
    return in.python() == 3 ? make_bytes(buf) : make_str(buf);  // Python 3's os.read gives bytes
  });
  def_function(m, "open", [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
    check_args(in, "open", a, 2, 3, loc);
    const std::string& path = str_arg(in, a[0], "open() argument 1", loc);
    int fd = ::open(path.c_str(), static_cast<int>(in.to_int(a[1], loc)), a.size() > 2 ? static_cast<int>(in.to_int(a[2], loc)) : 0777);
    if (fd < 0) os_error(in, errno, loc, path);
    return make_int(fd);
  });
  def_function(m, "close", [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
    if (::close(static_cast<int>(in.to_int(a.at(0), loc))) < 0) os_error(in, errno, loc);
    return none();
  });
  def_function(m, "lseek", [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
    check_args(in, "lseek", a, 3, 3, loc);
    off_t r = ::lseek(static_cast<int>(in.to_int(a[0], loc)), in.to_int(a[1], loc), static_cast<int>(in.to_int(a[2], loc)));
    if (r < 0) os_error(in, errno, loc);
    return make_int(r);
  });
  def_function(m, "ftruncate", [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
    check_args(in, "ftruncate", a, 2, 2, loc);
    if (::ftruncate(static_cast<int>(in.to_int(a[0], loc)), static_cast<off_t>(in.to_int(a[1], loc))) < 0) os_error(in, errno, loc);
    return none();
  });
  def_function(m, "fsync", [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
    check_args(in, "fsync", a, 1, 1, loc);
    int64_t fd = in.to_int(a[0], loc);
    if (fd < 0) in.raise("ValueError", "file descriptor cannot be a negative integer (" + std::to_string(fd) + ")", loc);
    if (::fsync(static_cast<int>(fd)) < 0) os_error(in, errno, loc);
    return none();
  });
  // os.lockf is Python 3's; rpy's os has it in both dialects, for rpython.rlib.rposix.lockf.
  def_function(m, "lockf", [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
    check_args(in, "lockf", a, 3, 3, loc);
    if (::lockf(static_cast<int>(in.to_int(a[0], loc)), static_cast<int>(in.to_int(a[1], loc)), static_cast<off_t>(in.to_int(a[2], loc))) <
        0)
      os_error(in, errno, loc);
    return none();
  });
  auto stat_fn = [](bool lstat) {
    return [lstat](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
      const std::string& path = str_arg(in, a.at(0), "stat() argument", loc);
      struct stat st;
      if ((lstat ? ::lstat(path.c_str(), &st) : ::stat(path.c_str(), &st)) < 0) os_error(in, errno, loc, path);
      return stat_result(in, st);
    };
  };
  def_function(m, "stat", stat_fn(false));
  def_function(m, "lstat", stat_fn(true));
  def_function(m, "fstat", [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
    struct stat st;
    if (::fstat(static_cast<int>(in.to_int(a.at(0), loc)), &st) < 0) os_error(in, errno, loc);
    return stat_result(in, st);
  });
  def_function(m, "listdir", [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
    std::string path = a.empty() ? "." : str_arg(in, a[0], "listdir() argument", loc);
    DIR* d = ::opendir(path.c_str());
    if (!d) os_error(in, errno, loc, path);
    std::vector<Ref> out;
    while (dirent* e = ::readdir(d)) {
      std::string n = e->d_name;
      if (n != "." && n != "..") out.push_back(make_str(n));
    }
    ::closedir(d);
    return make_list(out);
  });
  def_function(m, "getcwd", [](Interp&, Args&, KwArgs&, Loc) -> Ref {
    char buf[4096];
    return make_str(::getcwd(buf, sizeof buf) ? buf : "");
  });
  def_function(m, "chdir", [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
    const std::string& path = str_arg(in, a.at(0), "chdir() argument", loc);
    if (::chdir(path.c_str()) < 0) os_error(in, errno, loc, path);
    return none();
  });
  def_function(m, "strerror", [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
    return make_str(std::strerror(static_cast<int>(in.to_int(a.at(0), loc))));
  });
  for (const char* n : {"unlink", "remove", "rmdir"}) {
    bool dir = std::string(n) == "rmdir";
    def_function(m, n, [dir](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
      const std::string& path = str_arg(in, a.at(0), "path", loc);
      if ((dir ? ::rmdir(path.c_str()) : ::unlink(path.c_str())) < 0) os_error(in, errno, loc, path);
      return none();
    });
  }
  def_function(m, "mkdir", [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
    const std::string& path = str_arg(in, a.at(0), "path", loc);
    if (::mkdir(path.c_str(), a.size() > 1 ? static_cast<mode_t>(in.to_int(a[1], loc)) : 0777) < 0) os_error(in, errno, loc, path);
    return none();
  });
  def_function(m, "rename", [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
    check_args(in, "rename", a, 2, 2, loc);
    if (::rename(str_arg(in, a[0], "path", loc).c_str(), str_arg(in, a[1], "path", loc).c_str()) < 0) os_error(in, errno, loc);
    return none();
  });
  def_function(m, "access", [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
    check_args(in, "access", a, 2, 2, loc);
    return make_bool(::access(str_arg(in, a[0], "path", loc).c_str(), static_cast<int>(in.to_int(a[1], loc))) == 0);
  });
  def_function(m, "getenv", [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
    in.run_time_only(loc, "reads the environment");
    check_args(in, "getenv", a, 1, 2, loc);
    const char* v = std::getenv(str_arg(in, a[0], "getenv() argument", loc).c_str());
    return v ? make_str(v) : a.size() > 1 ? a[1] : none();
  });
  def_function(m, "getpid", [](Interp&, Args&, KwArgs&, Loc) -> Ref { return make_int(::getpid()); });
  def_function(m, "isatty",
               [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref { return make_bool(::isatty(static_cast<int>(in.to_int(a.at(0), loc)))); });
  def_function(m, "urandom", [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
    std::random_device rd;
    std::string s;
    for (int64_t i = 0; i < in.to_int(a.at(0), loc); ++i) s += static_cast<char>(rd() & 0xff);
    return make_str(s);
  });
  def_function(m, "system", [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
    std::fflush(stdout);
    return make_int(std::system(str_arg(in, a.at(0), "system() argument", loc).c_str()));
  });
  def_function(m, "fdopen", [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
    int fd = static_cast<int>(in.to_int(a.at(0), loc));
    std::string mode = a.size() > 1 ? str_arg(in, a[1], "mode", loc) : "r";
    std::FILE* fp = ::fdopen(fd, mode.c_str());
    if (!fp) os_error(in, errno, loc);
    return new_file(in, fp, "<fdopen>", mode, true);
  });
  for (const char* n : {"_exit", "dup", "dup2", "execv", "fork", "waitpid", "kill", "pipe"}) def_stub(m, n);

  // os.environ: a dict of the environment at import time (the translator knows the name).
  auto env = std::make_shared<DictObj>();
  for (char** e = environ; e && *e; ++e) {
    std::string kv = *e;
    auto eq = kv.find('=');
    if (eq != std::string::npos) env->set(make_str(kv.substr(0, eq)), make_str(kv.substr(eq + 1)));
  }
  auto environ_obj = std::make_shared<BuiltinObj>("os.environ", nullptr);
  environ_obj->impl = env;
  m.set("environ", environ_obj);

  for (auto [n, v] : {std::pair{"O_RDONLY", O_RDONLY},
                      {"O_WRONLY", O_WRONLY},
                      {"O_RDWR", O_RDWR},
                      {"O_CREAT", O_CREAT},
                      {"O_TRUNC", O_TRUNC},
                      {"O_APPEND", O_APPEND},
                      {"O_EXCL", O_EXCL},
                      {"O_NONBLOCK", O_NONBLOCK},
                      {"SEEK_SET", SEEK_SET},
                      {"SEEK_CUR", SEEK_CUR},
                      {"SEEK_END", SEEK_END},
                      {"F_OK", F_OK},
                      {"R_OK", R_OK},
                      {"W_OK", W_OK},
                      {"X_OK", X_OK},
                      {"F_LOCK", F_LOCK},
                      {"F_TLOCK", F_TLOCK},
                      {"F_ULOCK", F_ULOCK},
                      {"F_TEST", F_TEST}})
    m.set(n, make_int(v));
  m.set("O_BINARY", make_int(0));
  m.set("name", make_str("posix"));
  m.set("sep", make_str("/"));
  m.set("altsep", none());
  m.set("extsep", make_str("."));
  m.set("pathsep", make_str(":"));
  m.set("linesep", make_str("\n"));
  m.set("curdir", make_str("."));
  m.set("pardir", make_str(".."));
  m.set("devnull", make_str("/dev/null"));
  m.set("error", in.builtin_class("OSError"));
  m.set("path", in.loader().import_module("os.path", {}));
}

}  // namespace rpy::modules
