#include <fcntl.h>
#include <sys/time.h>
#include <time.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>

#include "rpy/float_repr.hpp"
#include "rpy/rpy.hpp"

namespace rpy {

void Buffer::reserve(int64_t extra) {
  int64_t ncap = cap * 2;
  if (ncap < len + extra) ncap = len + extra;
  if (ncap < 64) ncap = 64;
  char* n = new_block(ncap);
  if (len > 0) std::memcpy(n, data, static_cast<size_t>(len));
  data = n;
  cap = ncap;
}

Str* Buffer::to_str() {
  if (cap - len > 32 + len / 8) return str_new(data, len);  // mostly unused: an exact-size copy
  Str* s = reinterpret_cast<Str*>(data - offsetof(Str, data));
  s->len = len;
  s->hash = 0;
  s->ncp = -1;
  data[len] = '\0';
  cap = 0;  // handed over: the next put copies into a new block
  return s;
}

void append_str(Buffer& b, int64_t v) {
  char buf[24];
  int n = std::snprintf(buf, sizeof buf, "%lld", static_cast<long long>(v));
  b.put(buf, n);
}
void append_str(Buffer& b, uint64_t v) {
  char buf[24];
  int n = std::snprintf(buf, sizeof buf, "%llu", static_cast<unsigned long long>(v));
  b.put(buf, n);
}
void append_repr(Buffer& b, uint64_t v) {
  append_str(b, v);
  if (python2) b.put('L');
}
void append_str(Buffer& b, double v) {
  char buf[48];
  int n = float_str_chars(v, buf);
  b.put(buf, n);
}
void append_repr(Buffer& b, double v) {
  char buf[48];
  int n = rt::float_repr(v, buf);
  b.put(buf, n);
}
void append_str(Buffer& b, bool v) { v ? b.put("True", 4) : b.put("False", 5); }
void append_str(Buffer& b, char v) { b.put(v); }
void append_str(Buffer& b, const Str* v) {
  if (v)
    b.put(v->data, v->len);
  else
    b.put("None", 4);
}
static void repr_bytes(Buffer& b, const char* p, int64_t n) {
  bool sq = std::memchr(p, '\'', static_cast<size_t>(n)) != nullptr;
  bool dq = std::memchr(p, '"', static_cast<size_t>(n)) != nullptr;
  char q = (sq && !dq) ? '"' : '\'';
  b.put(q);
  for (int64_t i = 0; i < n; ++i) {
    unsigned char c = static_cast<unsigned char>(p[i]);
    if (c == static_cast<unsigned char>(q) || c == '\\') {
      b.put('\\');
      b.put(static_cast<char>(c));
    } else if (c == '\n') {
      b.put("\\n", 2);
    } else if (c == '\t') {
      b.put("\\t", 2);
    } else if (c == '\r') {
      b.put("\\r", 2);
    } else if (c < 32 || c >= 127) {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\x%02x", c);
      b.put(buf, 4);
    } else {
      b.put(static_cast<char>(c));
    }
  }
  b.put(q);
}
void append_repr(Buffer& b, char v) { repr_bytes(b, &v, 1); }
void append_repr(Buffer& b, const Str* v) {
  if (v && !python2 && !str_is_ascii(v))
    repr_text(b, v);  // Python 3: printable code points as they are
  else if (v)
    repr_bytes(b, v->data, v->len);
  else
    b.put("None", 4);
}
Str* Object::rpy_repr() const {
  char buf[160];
  const char* name = rpy_repr_name();
  // The address id() gives: under --gc=gen a young object moves, its identity address does not.
  const void* at = identity_address ? identity_address(this) : this;
  int n = name ? std::snprintf(buf, sizeof buf, "<%s at %p>", name, at)
               : std::snprintf(buf, sizeof buf, "<%s object at %p>", rpy_class_name(), at);
  return str_new(buf, n);
}
Str* Object::rpy_str() const { return rpy_repr(); }

void append_str(Buffer& b, const Object* o) {
  if (!o) {
    b.put("None", 4);
    return;
  }
  Str* s = o->rpy_str();
  if (s) b.put(s->data, s->len);
}
void append_repr(Buffer& b, const Object* o) {
  if (!o) {
    b.put("None", 4);
    return;
  }
  Str* s = o->rpy_repr();
  if (s) b.put(s->data, s->len);
}

List<Str*>* sys_argv = nullptr;

// ---- stdout buffer
static char out_buf[1 << 16];
static size_t out_len = 0;

// Writes everything; returns 0 or the errno of the failure.
static int write_all(int fd, const char* p, size_t n) {
  while (n > 0) {
    ssize_t w = ::write(fd, p, n);
    if (w < 0) {
      if (errno == EINTR) continue;
      return errno;
    }
    p += w;
    n -= static_cast<size_t>(w);
  }
  return 0;
}
// A failed write of the program's output: Python 2 raises IOError, Python 3 OSError, where the
// output is written. (Python 3 runs with sys.stdout = None when fd 1 is closed at start-up: its
// prints then write nothing, without an error.)
static int out_error = 0;
static int flush_buffer() {
  int err = out_len ? write_all(1, out_buf, out_len) : 0;
  out_len = 0;
  if (err == EBADF && !python2) err = 0;
  return err;
}
[[noreturn]] static void raise_output_error(int err) {
  if (python2) raise_errno<IOError>(err);
  raise_errno<OSError>(err);
}
void out_flush() {  // at exit and before fatal messages: remembers a failure (out_status)
  if (int err = flush_buffer()) out_error = err;
}
int out_status() {
  out_flush();
  if (!out_error) return 0;
  std::fprintf(stderr, "%s: [Errno %d] %s\n", python2 ? "IOError" : "OSError", out_error, std::strerror(out_error));
  return 1;
}
static Buffer* g_err_capture = nullptr;  // PrintToStderr's buffer while one is alive

PrintToStderr::PrintToStderr() : saved(g_err_capture) { g_err_capture = &buf; }
PrintToStderr::~PrintToStderr() {
  g_err_capture = saved;
  out_flush();
  const char* p = buf.data;
  size_t n = static_cast<size_t>(buf.len);
  while (n > 0) {
    ssize_t w = ::write(2, p, n);
    if (w < 0) {
      if (errno == EINTR) continue;
      return;
    }
    p += w;
    n -= static_cast<size_t>(w);
  }
}

void out_write(const char* p, int64_t n) {
  if (g_err_capture) [[unlikely]] {
    g_err_capture->put(p, n);
    return;
  }
  size_t un = static_cast<size_t>(n);
  if (out_len + un > sizeof out_buf) {
    if (int err = flush_buffer()) raise_output_error(err);
    if (un > sizeof out_buf) {
      int err = write_all(1, p, un);
      if (err && !(err == EBADF && !python2)) raise_output_error(err);
      return;
    }
  }
  std::memcpy(out_buf + out_len, p, un);
  out_len += un;
}
void print_item(int64_t v) {
  char buf[24];
  int n = std::snprintf(buf, sizeof buf, "%lld", static_cast<long long>(v));
  out_write(buf, n);
}

OSError* make_os_error3(int err) {
  switch (err) {
    case ENOENT:
      return make<FileNotFoundError>();
    case EEXIST:
      return make<FileExistsError>();
    case EACCES:
    case EPERM:
      return make<PermissionError>();
    case EISDIR:
      return make<IsADirectoryError>();
    case ENOTDIR:
      return make<NotADirectoryError>();
    case ETIMEDOUT:
      return make<TimeoutError>();
    case EAGAIN:
    case EALREADY:
    case EINPROGRESS:
      return make<BlockingIOError>();
    case ECHILD:
      return make<ChildProcessError>();
    case EINTR:
      return make<InterruptedError>();
    case ESRCH:
      return make<ProcessLookupError>();
    default:
      return make<OSError>();
  }
}

Str* errno_message(int err, const Str* path) {
  Buffer b;
  char head[32];
  int n = std::snprintf(head, sizeof head, "[Errno %d] ", err);
  b.put(head, n);
  const char* msg = std::strerror(err);
  b.put(msg, static_cast<int64_t>(std::strlen(msg)));
  if (path) {
    b.put(": ", 2);
    append_repr(b, path);
  }
  return b.to_str();
}

[[noreturn]] static void raise_os_error(int err) { raise_errno<OSError>(err); }

static int64_t os_write_bytes(int64_t fd, const char* data, int64_t n) {
  if (fd == 1 || fd == 2) out_flush();
  for (;;) {
    ssize_t w = ::write(static_cast<int>(fd), data, static_cast<size_t>(n));
    if (w >= 0) return w;
    if (errno != EINTR) raise_os_error(errno);
  }
}
int64_t os_write(int64_t fd, const Str* s) { return os_write_bytes(fd, s->data, s->len); }
int64_t os_write(int64_t fd, const ByteArray* b) { return os_write_bytes(fd, b->data, b->len); }
Str* os_read(int64_t fd, int64_t n) {
  if (n < 0) raise_value_error("negative buffersize in os.read");
  if (fd == 0) out_flush();
  Str* s = str_uninit(n);
  for (;;) {
    ssize_t r = ::read(static_cast<int>(fd), s->data, static_cast<size_t>(n));
    if (r >= 0) {
      if (r == n) return s;
      return str_new(s->data, r);
    }
    if (errno != EINTR) raise_os_error(errno);
  }
}
int64_t os_open(const Str* path, int64_t flags, int64_t mode) {
  int fd = ::open(path->data, static_cast<int>(flags), static_cast<int>(mode));
  if (fd < 0) raise_os_error(errno);
  return fd;
}
void os_close(int64_t fd) {
  if (::close(static_cast<int>(fd)) < 0) raise_os_error(errno);
}
void sys_exit(int64_t status) {
  SystemExit* e = make<SystemExit>();
  e->errno_ = static_cast<int>(status);
  e->exit_kind = 1;
  e->exit_int = status;
  e->message = int_to_str(status);
  e->raise_self();
  __builtin_unreachable();
}
void sys_exit_none() {
  SystemExit* e = make<SystemExit>();
  e->raise_self();
  __builtin_unreachable();
}
void sys_exit_message(Str* message) {
  SystemExit* e = make<SystemExit>();
  e->exit_kind = message ? 2 : 0;  // a str that is None: no code
  e->message = message;
  e->raise_self();
  __builtin_unreachable();
}
int system_exit_status(BaseException* e) {
  switch (e->exit_kind) {
    case 1:
      return e->errno_;
    case 2:
      out_flush();
      std::fflush(stdout);
      if (e->message) std::fwrite(e->message->data, 1, static_cast<size_t>(e->message->len), stderr);
      std::fputc('\n', stderr);
      std::fflush(stderr);
      return 1;
    default:
      return 0;
  }
}
double time_time() {
  struct timeval tv;
  gettimeofday(&tv, nullptr);
  return static_cast<double>(tv.tv_sec) + static_cast<double>(tv.tv_usec) * 1e-6;
}
double time_clock() {
  struct timespec ts;
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
}

}  // namespace rpy
