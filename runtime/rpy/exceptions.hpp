// Exceptions: the builtin hierarchy as C++ classes. A Python raise throws a pointer to the
// exception object with its dynamic type (raise_self), so C++ catch clauses on base-class
// pointers implement `except` with Python's subclass matching.
#pragma once
#include "rpy/str.hpp"

namespace rpy {

// Where an exception passed through: file, line, function (innermost last).
struct TracebackEntry {
  const char* file;
  int line;
  const char* func;
  TracebackEntry* next;
};

struct BaseException;

// An active `try:` with except clauses (generated code puts one on the stack for the try body).
// A raise consults the chain: when no active handler matches, the exception will reach main()
// uncaught, and its traceback is taken there, at the raise, before the stack unwinds (`finally:`
// blocks and `with` exits then run as the exception propagates, as in Python).
struct HandlerScope {
  using Match = bool (*)(BaseException*);  // null: matches every exception
  Match match;
  HandlerScope* prev;
  explicit HandlerScope(Match m);
  ~HandlerScope();
  HandlerScope(const HandlerScope&) = delete;
  HandlerScope& operator=(const HandlerScope&) = delete;
};
extern HandlerScope* handler_top;
inline HandlerScope::HandlerScope(Match m) : match(m), prev(handler_top) { handler_top = this; }
inline HandlerScope::~HandlerScope() { handler_top = prev; }
// Takes the stack for e's traceback; a re-raise (bare `raise`) keeps the one taken for e deeper.
void take_traceback(BaseException* e, bool reraise);  // traceback.cpp
// Set by main() in programs that read `e.__context__`: each raise records the handled exception.
inline bool track_context = false;
void note_context(BaseException* e);  // exceptions.cpp
inline void note_raise(BaseException* e, bool reraise = false) {
  if (track_context && !reraise) note_context(e);
  for (HandlerScope* h = handler_top; h; h = h->prev)
    if (!h->match || h->match(e)) return;
  take_traceback(e, reraise);
}
bool stop_iteration_match(BaseException* e);  // for HandlerScopes of loops that end on StopIteration
// main()'s handler: prints the traceback and the exception; returns the exit status (1).
int report_uncaught(BaseException* e);
// The exception the enclosing catch clause handles (null for a C++ exception).
BaseException* handled_exception();
// Declared first in the catch-all clause that runs a finally body: keeps the exception alive
// while the body runs, on a stack of roots the collector scans. The C++ runtime keeps its copy of
// the thrown pointer in memory the collector does not scan, so a finally body that allocates
// could otherwise have the exception collected before it is rethrown.
struct KeepHandled {
  KeepHandled();
  ~KeepHandled();
  KeepHandled(const KeepHandled&) = delete;
  KeepHandled& operator=(const KeepHandled&) = delete;
};
// A generator's finally body runs outside the catch clause (a coroutine cannot suspend in one),
// with the exception held by a std::exception_ptr, in memory the collector does not scan: the
// generated code also keeps the exception in a local (in the coroutine's frame when the body
// yields) and reads it here, before the rethrow, so that it stays alive while the body runs.
inline void keep_alive(const void* p) { asm volatile("" : : "r"(p) : "memory"); }

struct BaseException : Object {
  Str* message = nullptr;  // str(e); null when created without arguments
  // e.args in programs that read it: an ExcArgs<T> box (rpy/exc_args.hpp); null: no arguments,
  // or an exception the runtime raised with its message alone.
  Object* args = nullptr;
  bool key_repr = false;  // KeyError shows repr of its key
  // repr(e)'s text after the class name where it is not (repr(message)): "('a', 2)" for several
  // arguments, "(5)" for one that is not a string (Python 2: "(5,)"). Null: from the message.
  Str* args_repr = nullptr;
  TracebackEntry* tb = nullptr;
  int errno_ = 0;
  // SystemExit: what its code is, and so how the program exits (rpy::system_exit_status):
  // 0 None (status 0), 1 an int (errno_), 2 another value, printed (`message`) with status 1.
  signed char exit_kind = 0;
  int64_t exit_int = 0;  // the int code (errno_ holds it too, as the status)
  // Python 3's chaining: __cause__ (`raise X from Y`; `from None` leaves it null and sets
  // suppress_context) and __context__ (the exception being handled where this one was raised,
  // recorded by note_raise only in programs that read it: track_context).
  BaseException* cause = nullptr;
  BaseException* context = nullptr;
  bool suppress_context = false;
  // Throws this exception as a pointer to its own class (every exception class overrides it).
  [[noreturn]] virtual void throw_self() { throw this; }
  [[noreturn]] void raise_self() {
    note_raise(this);
    throw_self();
    __builtin_unreachable();  // g++ does not carry [[noreturn]] through a virtual call
  }
  const char* rpy_class_name() const override { return "BaseException"; }
  // The name an uncaught exception's last traceback line shows: Python 2 qualifies the classes
  // of the program's modules ("__main__.ParseError").
  virtual const char* rpy_qualified_name() const { return rpy_class_name(); }
  Str* rpy_str() const override;   // the message
  Str* rpy_repr() const override;  // Name('message')
};

#define EXC(name, base)                                           \
  struct name : base {                                            \
    [[noreturn]] void throw_self() override { throw this; }       \
    const char* rpy_class_name() const override { return #name; } \
  };
#include "rpy/exceptions.def"
#undef EXC

// Python 2's sys.exc_info() (RPYTHON.md 5), kept only by programs with a bare raise that may
// re-raise an exception other than its except clause's own: the exception that the innermost
// frame that caught one caught last. An except clause that ends leaves it; a function that
// catches restores its caller's when it ends (ExcInfoFrame).
inline BaseException* exc_info2 = nullptr;
struct ExcInfoFrame {
  BaseException* saved = exc_info2;
  ExcInfoFrame() = default;
  ~ExcInfoFrame() { exc_info2 = saved; }
  ExcInfoFrame(const ExcInfoFrame&) = delete;
  ExcInfoFrame& operator=(const ExcInfoFrame&) = delete;
};
// Python 2's bare raise in such a program: re-raises exc_info2 (keeping the traceback taken for it
// when it was raised uncaught), or raises Python 2's TypeError when nothing was caught.
[[noreturn]] void reraise_exc_info2();  // exceptions.cpp
// Python 3's bare raise outside an except clause of its function: re-raises the exception its
// callers' innermost active except clause handles, or raises RuntimeError when none does.
[[noreturn]] void reraise_handled();  // exceptions.cpp

template <class E>
E* make_exc(Str* msg) {
  E* e = make<E>();
  e->message = msg;
  return e;
}
template <class E>
[[noreturn]] void raise_exc(const char* msg) {
  make_exc<E>(msg ? str_from_cstr(msg) : nullptr)->raise_self();
  __builtin_unreachable();
}

// `raise X from Y`: Y (null for `from None`) becomes X's __cause__, and X's context is not shown.
template <class E>
E* with_cause(E* e, BaseException* cause) {
  e->cause = cause;
  e->suppress_context = true;
  return e;
}

// `raise e` where e may be None: TypeError, as Python raises it.
[[noreturn]] void raise_none_exception();
template <class E>
[[noreturn]] void raise_nonnull(E* e) {
  if (!e) raise_none_exception();
  e->raise_self();
  __builtin_unreachable();
}

// e.message / str(e): the empty string when created without arguments.
inline Str* exc_message(BaseException* e) { return e->message ? e->message : str_new("", 0); }

// Records that the exception passed through a frame (called from generated catch blocks).
void tb_add(BaseException* e, const char* file, int line, const char* func);
// Prints "Traceback (most recent call last):" ... "Name: message" to stderr. `frames` are return
// addresses of the stack at the raise (innermost first), mapped to .py lines through the #line
// information of the generated code.
void print_uncaught(BaseException* e, void* const* frames = nullptr, int nframes = 0);
// llop.debug_print_traceback(): the traceback of the exception being handled, to stderr (nothing
// outside an except clause).
void debug_print_traceback();
// llop.debug_fatalerror(msg): RPython's fatal error: the message on stderr, then abort().
[[noreturn]] void debug_fatalerror(Str* msg);
// llop.debug_assert(cond, msg): AssertionError(msg) when cond is false, as its Python meaning
// (rpython/rtyper/lltypesystem/opimpl.py) raises.
void debug_assert(bool cond, Str* msg);
// llop.debug_flush(): what the program wrote so far, out of its buffers.
void debug_flush();
// The program's functions: where each is in its .py file, for tracebacks.
struct FuncLines {
  const char* file;
  int first, last;
  const char* name;
};
void register_function_lines(const FuncLines* table, size_t n);

// warnings.warn(message, category, stacklevel) (traceback.cpp). The category and the filters'
// actions are decided when translating (annotate/warnings_rules.cpp); the place the warning is
// attributed to is the call's (file, line) for stacklevel 1, else the caller stacklevel - 1 levels
// up, found from the stack's return addresses as tracebacks are ("sys", line 1 beyond the
// outermost frame, as Python). Printed on stderr as Python does, "FILE:LINE: Category: message"
// and the source line, once per (message, category, place) for the default action.
enum WarnAction { kWarnIgnore = 0, kWarnDefault = 1, kWarnAlways = 2, kWarnModule = 3, kWarnOnce = 4 };
struct WarnSite {
  const char* category;           // its __name__
  int action_main, action_other;  // WarnAction where attributed to the main script / elsewhere
  const char* file;               // the call's file and line
  int line;
  const char* main_file;  // the main script's path (as in FuncLines)
  const char* base_dir;   // the folder relative paths start from (rpy's when translating), ending in '/'
  bool main_absolute;     // the main script's path is shown absolute (Python 3) or as given (Python 2.7)
};
void warnings_warn(const Str* msg, int64_t stacklevel, const WarnSite& site);

}  // namespace rpy
