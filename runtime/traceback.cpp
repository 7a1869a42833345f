// Python-style tracebacks for uncaught exceptions, at no cost to programs that do not crash.
//
// A raise that no active handler matches (rpy::note_raise walks the chain of HandlerScopes the
// generated try bodies push) takes the stack's return addresses there, before unwinding; main()
// catches the exception after the `finally:` blocks ran and prints the traceback: addr2line
// (binutils, installed with the compiler) tells which .py file, line and function each address
// is, using the line tables the generated code carries (#line directives, compiled with -g1).
// Inlined frames are expanded with -i. Exceptions that escape a C++ noexcept boundary still end
// in the terminate handler, which prints from the stack it finds.
#include <dlfcn.h>
#include <execinfo.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <exception>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "rpy/rpy.hpp"

namespace rpy {

void print_source_line(const char* file, int line);  // exceptions.cpp

static const FuncLines* g_funcs = nullptr;
static size_t g_nfuncs = 0;

void register_function_lines(const FuncLines* table, size_t n) {
  g_funcs = table;
  g_nfuncs = n;
}

// Whether a path from the line tables (often made absolute by the compiler) names `file`.
static bool same_file(const std::string& dwarf, const char* file) {
  size_t n = std::strlen(file);
  if (dwarf == file) return true;
  return dwarf.size() > n && dwarf.compare(dwarf.size() - n, n, file) == 0 && dwarf[dwarf.size() - n - 1] == '/';
}

// The innermost Python function whose source range holds file:line.
static const FuncLines* python_function(const std::string& file, int line) {
  const FuncLines* best = nullptr;
  for (size_t i = 0; i < g_nfuncs; ++i) {
    const FuncLines& f = g_funcs[i];
    if (line < f.first || line > f.last || !same_file(file, f.file)) continue;
    if (!best || f.last - f.first < best->last - best->first) best = &f;
  }
  return best;
}

struct Frame {
  std::string func, file;
  int line;
};

void print_traceback_frames(void* const* frames, int n);

// The Python frames of a stack of return addresses, innermost first (empty when addr2line or the
// line tables are missing).
static std::vector<Frame> python_frames(void* const* frames, int n) {
  std::vector<Frame> out;  // innermost first
  // No Python function is registered (the runtime linked into something other than a translated
  // program, e.g. its unit tests): no frame can be shown, so addr2line is not run.
  if (g_nfuncs == 0) return out;
  char exe[4096];
  ssize_t len = readlink("/proc/self/exe", exe, sizeof exe - 1);
  if (len <= 0) return out;
  exe[len] = '\0';
  std::string cmd = "addr2line -a -C -f -i -e '" + std::string(exe) + "'";
  int used = 0;
  Dl_info self;
  if (!dladdr(reinterpret_cast<void*>(&print_traceback_frames), &self)) return out;
  for (int i = 0; i < n; ++i) {
    Dl_info info;
    uintptr_t addr = reinterpret_cast<uintptr_t>(frames[i]);
    if (!dladdr(frames[i], &info) || info.dli_fbase != self.dli_fbase) continue;  // libc, libgc: not the program
    uintptr_t off = addr - reinterpret_cast<uintptr_t>(info.dli_fbase);
    if (i > 0) off -= 1;  // a return address: look up the call instruction
    char buf[32];
    std::snprintf(buf, sizeof buf, " 0x%lx", static_cast<unsigned long>(off));
    cmd += buf;
    ++used;
  }
  if (!used) return out;
  cmd += " 2>/dev/null";
  FILE* p = popen(cmd.c_str(), "r");
  if (!p) return out;
  char line[4096];
  std::string func;
  bool expect_func = false;
  while (std::fgets(line, sizeof line, p)) {
    std::string l(line);
    while (!l.empty() && (l.back() == '\n' || l.back() == '\r')) l.pop_back();
    if (l.rfind("0x", 0) == 0) {
      expect_func = true;
      continue;
    }
    if (expect_func) {
      func = l;
      expect_func = false;
      continue;
    }
    // file:line (possibly followed by " (discriminator N)")
    expect_func = true;
    auto colon = l.rfind(':');
    if (colon == std::string::npos) continue;
    std::string file = l.substr(0, colon);
    int ln = std::atoi(l.c_str() + colon + 1);
    if (file.size() < 3 || file.compare(file.size() - 3, 3, ".py") != 0 || ln <= 0) continue;
    const FuncLines* fn = python_function(file, ln);
    if (!fn) continue;
    out.push_back({fn->name, fn->file, ln});
  }
  pclose(p);
  return out;
}

void print_traceback_frames(void* const* frames, int n) {
  std::vector<Frame> out = python_frames(frames, n);
  // As Python does, a frame repeated more than three times in a row (recursion) is shown three
  // times, then counted.
  const Frame* prev = nullptr;
  int repeats = 0;
  auto flush_repeats = [&]() {
    if (repeats > 3) std::fprintf(stderr, "  [Previous line repeated %d more time%s]\n", repeats - 3, repeats - 3 == 1 ? "" : "s");
  };
  for (auto it = out.rbegin(); it != out.rend(); ++it) {
    bool same = prev && prev->file == it->file && prev->line == it->line && prev->func == it->func;
    if (!same) {
      flush_repeats();
      repeats = 0;
    }
    prev = &*it;
    if (++repeats > 3) continue;
    std::fprintf(stderr, "  File \"%s\", line %d, in %s\n", it->file.c_str(), it->line, it->func.c_str());
    print_source_line(it->file.c_str(), it->line);
  }
  flush_repeats();
}

// ---------------------------------------------------------------------------------------------
// warnings.warn (annotate/warnings_rules.cpp decided the category's actions).

// The place a warning is attributed to: stacklevel - 1 Python frames above the call. The stack's
// Python frames are looked up once per distinct stack of return addresses (addr2line is slow).
static Frame warn_place(int64_t stacklevel, const WarnSite& site) {
  if (stacklevel <= 1) return {"", site.file, site.line};
  void* frames[256];
  int n = backtrace(frames, 256);
  static std::map<std::vector<void*>, std::vector<Frame>> cache;
  std::vector<void*> key(frames, frames + n);
  auto it = cache.find(key);
  if (it == cache.end()) it = cache.emplace(key, python_frames(frames, n)).first;
  const std::vector<Frame>& py = it->second;
  if (py.empty()) return {"", site.file, site.line};                              // no line tables or no addr2line: the call's own place
  if (static_cast<uint64_t>(stacklevel - 1) >= py.size()) return {"", "sys", 1};  // beyond the outermost frame, as Python
  return py[static_cast<size_t>(stacklevel - 1)];
}

void warnings_warn(const Str* msg, int64_t stacklevel, const WarnSite& site) {
  Frame at = warn_place(stacklevel, site);
  bool in_main = at.file == site.main_file;
  int action = in_main ? site.action_main : site.action_other;
  if (action == kWarnIgnore) return;
  std::string text(msg->data, msg->len);
  // The registries: Python keeps one per module (its globals' __warningregistry__), keyed by
  // (text, category, line), line 0 for the action "module"; "once" has one for the whole program.
  static std::set<std::string> shown;
  if (action != kWarnAlways) {
    std::string key = text + '\0' + site.category + '\0';
    if (action != kWarnOnce) key += at.file + '\0' + std::to_string(action == kWarnModule ? 0 : at.line);
    if (!shown.insert(key).second) return;
  }
  // The path as the interpreter shows it: absolute (a module beside the script, "./m.py" to rpy,
  // is found through sys.path[0], the script's folder made absolute), the script's as given on the
  // command line in Python 2.7 (Python 3 makes it absolute too).
  std::string file = at.file;
  bool as_given = in_main && !site.main_absolute;
  while (!as_given && file.rfind("./", 0) == 0) file.erase(0, 2);
  if (!as_given && !file.empty() && file[0] != '/' && file != "sys") file = site.base_dir + file;
  out_flush();
  std::fflush(stdout);
  std::fprintf(stderr, "%s:%d: %s: %s\n", file.c_str(), at.line, site.category, text.c_str());
  // The source line, stripped of whitespace on both sides, as linecache gives it (none when the
  // file cannot be read).
  if (FILE* f = std::fopen(file.c_str(), "r")) {
    std::string l;
    int n = 0, c;
    while ((c = std::fgetc(f)) != EOF) {
      if (c == '\n') {
        if (++n == at.line) break;
        l.clear();
        continue;
      }
      l += static_cast<char>(c);
    }
    if (n == at.line || (n + 1 == at.line && !l.empty())) {
      size_t b = l.find_first_not_of(" \t\r\f\v\x1c\x1d\x1e\x1f"), e = l.find_last_not_of(" \t\r\f\v\x1c\x1d\x1e\x1f");
      std::fprintf(stderr, "  %s\n", b == std::string::npos ? "" : l.substr(b, e - b + 1).c_str());
    }
    std::fclose(f);
  }
  std::fflush(stderr);
}

HandlerScope* handler_top = nullptr;

bool stop_iteration_match(BaseException* e) { return dynamic_cast<StopIteration*>(e) != nullptr; }

bool trace_system_exit = false;
static BaseException* g_tb_exc = nullptr;  // the exception whose raise was taken
static void* g_tb_frames[256];
static int g_tb_n = 0;

void take_traceback(BaseException* e, bool reraise) {
  if (reraise && e == g_tb_exc) return;
  if (!trace_system_exit && dynamic_cast<SystemExit*>(e)) return;  // main() catches it: no traceback
  g_tb_exc = e;
  g_tb_n = backtrace(g_tb_frames, 256);
}

int report_uncaught(BaseException* e) {
  handler_top = nullptr;
  if (e == g_tb_exc)
    print_uncaught(e, g_tb_frames, g_tb_n);
  else
    print_uncaught(e);
  std::fflush(stderr);
  return 1;
}

void debug_print_traceback() {
  std::exception_ptr ep = std::current_exception();
  if (!ep) return;
  try {
    std::rethrow_exception(ep);
  } catch (BaseException* e) {
    print_uncaught(e, e == g_tb_exc ? g_tb_frames : nullptr, e == g_tb_exc ? g_tb_n : 0);
  } catch (...) {
  }
}

void debug_fatalerror(Str* msg) {
  out_flush();
  std::fprintf(stderr, "Fatal RPython error: %.*s\n", static_cast<int>(msg->len), msg->data);
  std::fflush(stderr);
  std::abort();
}

void debug_flush() {
  out_flush();
  std::fflush(stderr);
}

void debug_assert(bool cond, Str* msg) {
  if (!cond) make_exc<AssertionError>(msg)->raise_self();
}

[[noreturn]] static void on_terminate() {
  void* frames[256];
  int n = backtrace(frames, 256);
  std::exception_ptr ep = std::current_exception();
  if (ep) {
    try {
      std::rethrow_exception(ep);
    } catch (BaseException* e) {
      print_uncaught(e, frames, n);
      std::fflush(stderr);
      std::_Exit(1);
    } catch (...) {
    }
  }
  out_flush();
  std::fprintf(stderr, "rpy runtime: fatal error: unexpected C++ exception\n");
  std::_Exit(70);
}

void install_terminate_handler() { std::set_terminate(on_terminate); }

}  // namespace rpy
