#include <cstdio>
#include <cstring>
#include <exception>

#include "rpy/rpy.hpp"

namespace rpy {

void tb_add(BaseException* e, const char* file, int line, const char* func) {
  TracebackEntry* t = make<TracebackEntry>();
  t->file = file;
  t->line = line;
  t->func = func;
  t->next = e->tb;  // frames are added innermost first; keep outermost at the head
  e->tb = t;
}

void print_source_line(const char* file, int line) {
  FILE* f = std::fopen(file, "r");
  if (!f) return;
  char buf[4096];
  int n = 0;
  while (std::fgets(buf, sizeof buf, f)) {
    if (++n == line) {
      char* p = buf;
      while (*p == ' ' || *p == '\t') ++p;
      size_t l = std::strlen(p);
      while (l && (p[l - 1] == '\n' || p[l - 1] == '\r')) p[--l] = '\0';
      std::fprintf(stderr, "    %s\n", p);
      break;
    }
  }
  std::fclose(f);
}

void print_traceback_frames(void* const* frames, int nframes);  // traceback.cpp

void print_uncaught(BaseException* e, void* const* frames, int nframes) {
  out_flush();
  std::fflush(stdout);
  bool header = false;
  if (frames && nframes > 0) {
    std::fprintf(stderr, "Traceback (most recent call last):\n");
    header = true;
    print_traceback_frames(frames, nframes);
  }
  if (e->tb) {
    if (!header) std::fprintf(stderr, "Traceback (most recent call last):\n");
    for (TracebackEntry* t = e->tb; t; t = t->next) {
      std::fprintf(stderr, "  File \"%s\", line %d, in %s\n", t->file, t->line, t->func);
      print_source_line(t->file, t->line);
    }
  }
  const char* name = e->rpy_qualified_name();
  Str* msg = nullptr;
  try {
    msg = e->rpy_str();  // a user __str__ may run here
  } catch (...) {
    msg = str_from_cstr("<exception str() failed>");
  }
  if (msg && msg->len > 0)
    std::fprintf(stderr, "%s: %.*s\n", name, static_cast<int>(msg->len), msg->data);
  else
    std::fprintf(stderr, "%s\n", name);
  std::fflush(stderr);
}

void raise_generator_exit() { make<GeneratorExit>()->raise_self(); }

void report_ignored_in_generator(const char* name, const void* gen, BaseException* e) {
  std::fflush(stdout);
  std::fprintf(stderr, "Exception ignored in: <generator object %s at %p>\n", name, gen);
  print_uncaught(e, nullptr, 0);
}

void raise_none_exception() {
  raise_exc<TypeError>(python2 ? "exceptions must be old-style classes or derived from BaseException, not NoneType"
                               : "exceptions must derive from BaseException");
}

void reraise_exc_info2() {
  BaseException* e = exc_info2;
  if (!e) raise_none_exception();
  note_raise(e, true);
  e->throw_self();
  __builtin_unreachable();
}

void note_context(BaseException* e) {
  // As CPython's _PyErr_SetObject: the exception being handled becomes the new one's context,
  // unless it is the same object (a re-raise by name); a chain through the handled exception
  // that leads back to e is cut there, so that no cycle forms.
  if (!std::current_exception()) return;
  BaseException* h = handled_exception();
  if (!h || h == e) return;
  for (BaseException* o = h; o->context; o = o->context)
    if (o->context == e) {
      o->context = nullptr;
      break;
    }
  e->context = h;
}

void reraise_handled() {
  BaseException* e = std::current_exception() ? handled_exception() : nullptr;
  if (!e) raise_exc<RuntimeError>("No active exception to reraise");
  note_raise(e, true);
  throw;
}

Str* BaseException::rpy_str() const { return message ? message : str_new("", 0); }
Str* BaseException::rpy_repr() const {
  Buffer b;
  const char* name = rpy_class_name();
  b.put(name, static_cast<int64_t>(std::strlen(name)));
  if (args_repr) {
    b.put(args_repr->data, args_repr->len);
    return b.to_str();
  }
  b.put('(');
  if (message) {
    if (key_repr)
      b.put(message->data, message->len);
    else
      append_repr(b, static_cast<const Str*>(message));
    if (python2) b.put(',');  // Python 2: the args tuple's repr, ValueError('x',)
  }
  b.put(')');
  return b.to_str();
}

// The exceptions whose finally bodies are running, innermost last (KeepHandled): a block the
// collector scans and never frees.
static BaseException** g_kept = nullptr;
static size_t g_kept_len = 0, g_kept_cap = 0;

KeepHandled::KeepHandled() {
  if (g_kept_len == g_kept_cap) {
    size_t cap = g_kept_cap ? g_kept_cap * 2 : 64;
    auto* grown = static_cast<BaseException**>(GC_MALLOC_UNCOLLECTABLE(cap * sizeof(BaseException*)));
    if (!grown) raise_memory_error();
    for (size_t i = 0; i < g_kept_len; ++i) grown[i] = g_kept[i];
    if (g_kept) GC_FREE(g_kept);
    g_kept = grown;
    g_kept_cap = cap;
  }
  g_kept[g_kept_len++] = handled_exception();
}
KeepHandled::~KeepHandled() { g_kept[--g_kept_len] = nullptr; }

BaseException* handled_exception() {
  try {
    throw;
  } catch (BaseException* e) {
    return e;
  } catch (...) {
    return nullptr;
  }
}

}  // namespace rpy
