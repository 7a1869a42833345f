// File objects, sys.std*, os.environ/listdir/abspath, softspace, more str methods, unicode.
#include <algorithm>
#include <cerrno>
#include <string>
#include <vector>
#include <climits>
#include <cstdio>
#include <cstring>
#include <cstdlib>
#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include "rpy/builtins.hpp"
#include "rpy/bytes.hpp"
#include "rpy/dict.hpp"
#include "rpy/file.hpp"
#include "rpy/utf8.hpp"

namespace rpy {

bool softspace = false;
bool stderr_softspace = false;

// ---------------------------------------------------------------- files

static constexpr int64_t kChunk = 1 << 16;
static File* open_files = nullptr;  // a root for the collector: files with write buffers
static bool atexit_set = false;

[[noreturn]] static void raise_io_error(int err, const Str* path) { raise_errno<IOError>(err, path); }

static void write_fd(int fd, const char* p, int64_t n) {
  while (n > 0) {
    ssize_t w = ::write(fd, p, static_cast<size_t>(n));
    if (w < 0) {
      if (errno == EINTR) continue;
      raise_io_error(errno, nullptr);
    }
    p += w;
    n -= w;
  }
}

static void flush_all_files() {
  for (File* f = open_files; f; f = f->next_open)
    if (!f->closed && f->wlen) {
      try {
        write_fd(f->fd, f->wbuf, f->wlen);
      } catch (...) {
      }
      f->wlen = 0;
    }
}

static void check_open(File* f) {
  if (!f) raise_type_error_none("file");
  if (f->closed) raise_exc<ValueError>("I/O operation on closed file");
}

// Whether a file opened with mode m reads with universal newlines: Python 3's text modes
// (newline=None, open()'s default), Python 2's modes with 'U'.
static bool universal_mode(const char* m) { return python2 ? std::strchr(m, 'U') != nullptr : std::strchr(m, 'b') == nullptr; }

[[noreturn]] static void raise_invalid_mode(const Str* mode) {
  Buffer b;
  b.put("invalid mode: ", 14);
  append_repr(b, mode);
  make_exc<ValueError>(b.to_str())->raise_self();
  __builtin_unreachable();
}

File* file_open(const Str* path, const Str* mode) {
  const char* m = mode ? mode->data : "r";
  bool plus = std::strchr(m, '+') != nullptr;
  int flags;
  File* f = make<File>();
  if (!python2 && mode) {  // Python 3: one of r, w, a, x, each letter at most once, 't' or 'b' ('U' is gone in 3.11)
    int seen[128] = {};
    for (int64_t i = 0; i < mode->len; ++i) {
      unsigned char c = static_cast<unsigned char>(m[i]);
      if (c >= 128 || !std::strchr("rwaxbt+", c) || c == 0 || seen[c]++) raise_invalid_mode(mode);
    }
    auto count = [&seen](char letter) { return seen[static_cast<unsigned char>(letter)]; };
    int how = count('r') + count('w') + count('a') + count('x');
    if (count('t') && count('b')) raise_exc<ValueError>("can't have text and binary mode at once");
    if (how > 1) raise_exc<ValueError>("must have exactly one of create/read/write/append mode");
    if (how == 0) raise_exc<ValueError>("Must have exactly one of create/read/write/append mode and at most one plus");
    for (const char* c = m; *c; ++c)
      if (std::strchr("rwax", *c)) {
        m = c;  // the letter that says how to open: the switch below reads it first
        break;
      }
  }
  f->universal = universal_mode(mode ? mode->data : "r");
  f->text = !python2 && !(mode && std::strchr(mode->data, 'b'));
  char how = m[0] == 'U' && python2 ? 'r' : m[0];  // Python 2's 'U' alone reads
  switch (how) {
    case 'r':
      flags = plus ? O_RDWR : O_RDONLY;
      f->readable = true;
      f->writable = plus;
      break;
    case 'w':
      flags = (plus ? O_RDWR : O_WRONLY) | O_CREAT | O_TRUNC;
      f->writable = true;
      f->readable = plus;
      break;
    case 'a':
      flags = (plus ? O_RDWR : O_WRONLY) | O_CREAT | O_APPEND;
      f->writable = true;
      f->readable = plus;
      break;
    case 'x':  // Python 3: created, FileExistsError if it exists
      flags = (plus ? O_RDWR : O_WRONLY) | O_CREAT | O_EXCL;
      f->writable = true;
      f->readable = plus;
      break;
    default:
      raise_invalid_mode(mode);
  }
  int fd = ::open(path->data, flags | O_CLOEXEC, 0666);
  if (fd < 0) raise_io_error(errno, path);
  struct stat st;
  if (::fstat(fd, &st) == 0 && S_ISDIR(st.st_mode)) {
    ::close(fd);
    raise_io_error(EISDIR, path);
  }
  f->fd = fd;
  f->name = const_cast<Str*>(path);
  if (f->writable) {
    f->next_open = open_files;
    open_files = f;
    if (!atexit_set) {
      atexit_set = true;
      std::atexit(flush_all_files);
    }
  }
  return f;
}

File* file_fdopen(int64_t fd, const Str* mode, int64_t buffering) {
  (void)buffering;
  const char* m = mode ? mode->data : "r";
  bool plus = std::strchr(m, '+') != nullptr;
  File* f = make<File>();
  if (m[0] == 'r') {
    f->readable = true;
    f->writable = plus;
  } else if (m[0] == 'w' || m[0] == 'a') {
    f->writable = true;
    f->readable = plus;
  } else {
    Buffer b;
    b.put("invalid mode: ", 14);
    append_repr(b, mode);
    make_exc<ValueError>(b.to_str())->raise_self();
  }
  f->universal = universal_mode(m);
  f->text = !python2 && !std::strchr(m, 'b');
  struct stat st;
  if (fd < 0 || fd > INT32_MAX || ::fstat(static_cast<int>(fd), &st) != 0) raise_errno<OSError>(EBADF);
  if (S_ISDIR(st.st_mode)) raise_errno<OSError>(EISDIR);
  f->fd = static_cast<int>(fd);
  f->name = str_from_cstr("<fdopen>");
  if (f->writable) {
    f->next_open = open_files;
    open_files = f;
    if (!atexit_set) {
      atexit_set = true;
      std::atexit(flush_all_files);
    }
  }
  return f;
}

void file_flush(File* f) {
  check_open(f);
  if (f->wlen) {
    int64_t n = f->wlen;
    f->wlen = 0;
    write_fd(f->fd, f->wbuf, n);
  }
}

// Gives back read-ahead data to the OS position (before a write or seek).
static void drop_read_buffer(File* f) {
  if (f->rpos < f->rlen && !f->is_stdin) ::lseek(f->fd, f->rpos - f->rlen, SEEK_CUR);
  f->rpos = f->rlen = 0;
}

// Reads one more chunk into the read buffer; false at end of file.
static bool fill(File* f) {
  if (f->wlen) file_flush(f);
  if (f->is_stdin) out_flush();
  if (!f->rbuf) f->rbuf = static_cast<char*>(gc_alloc_atomic(kChunk));
  if (f->rpos > 0) {
    std::memmove(f->rbuf, f->rbuf + f->rpos, static_cast<size_t>(f->rlen - f->rpos));
    f->rlen -= f->rpos;
    f->rpos = 0;
  }
  if (f->rlen == kChunk) return true;
  for (;;) {
    ssize_t r = ::read(f->fd, f->rbuf + f->rlen, static_cast<size_t>(kChunk - f->rlen));
    if (r < 0) {
      if (errno == EINTR) continue;
      raise_io_error(errno, nullptr);
    }
    f->rlen += r;
    return r > 0;
  }
}

static void check_readable(File* f) {
  check_open(f);
  if (!f->readable) raise_io_error(EBADF, nullptr);
}

// Universal newlines: after a "\r" just read (as "\n"), a "\n" that follows is part of it; the
// next byte is read first when the "\r" ended the buffered data.
static void skip_lf_after_cr(File* f) {
  if (f->rpos == f->rlen && !fill(f)) return;
  if (f->rbuf[f->rpos] == '\n') ++f->rpos;
}

// file_read for universal newlines: n bytes of the translated text (n < 0: all that is left).
static Str* file_read_universal(File* f, int64_t n) {
  Buffer b;
  while (n < 0 || b.len < n) {
    if (f->rpos == f->rlen && !fill(f)) break;
    const char* s = f->rbuf + f->rpos;
    int64_t k = f->rlen - f->rpos;
    if (n >= 0) k = std::min(k, n - b.len);
    const void* cr = std::memchr(s, '\r', static_cast<size_t>(k));
    if (!cr) {
      b.put(s, k);
      f->rpos += k;
      continue;
    }
    int64_t j = static_cast<const char*>(cr) - s;
    b.put(s, j);
    b.put('\n');
    f->rpos += j + 1;
    skip_lf_after_cr(f);
  }
  return b.to_str();
}

// file_readline for universal newlines: a line ends at "\n", "\r\n" or "\r", read as "\n".
static Str* file_readline_universal(File* f) {
  Buffer b;
  for (;;) {
    if (f->rpos == f->rlen && !fill(f)) break;
    const char* s = f->rbuf + f->rpos;
    int64_t k = f->rlen - f->rpos;
    const void* lf = std::memchr(s, '\n', static_cast<size_t>(k));
    int64_t end = lf ? static_cast<const char*>(lf) - s : k;
    const void* cr = std::memchr(s, '\r', static_cast<size_t>(end));
    if (cr) end = static_cast<const char*>(cr) - s;
    if (!lf && !cr) {
      b.put(s, k);
      f->rpos = f->rlen;
      continue;
    }
    b.put(s, end);
    b.put('\n');
    f->rpos += end + 1;
    if (cr) skip_lf_after_cr(f);
    break;
  }
  return b.to_str();
}

Str* file_read_raw(File* f, int64_t n) {
  check_readable(f);
  if (f->universal) return file_read_universal(f, n);
  if (n < 0) {
    Buffer b;
    for (;;) {
      b.put(f->rbuf + f->rpos, f->rlen - f->rpos);
      f->rpos = f->rlen = 0;
      if (!fill(f)) break;
    }
    return b.to_str();
  }
  if (n == 1) {  // the common one-character read (interpreters reading stdin)
    if (f->rpos == f->rlen && !fill(f)) return str_new("", 0);
    return str_of_char(f->rbuf[f->rpos++]);
  }
  if (f->rlen - f->rpos >= n) {
    Str* s = str_new(f->rbuf + f->rpos, n);
    f->rpos += n;
    return s;
  }
  Buffer b;
  while (n > 0) {
    if (f->rpos == f->rlen && !fill(f)) break;
    int64_t k = std::min(n, f->rlen - f->rpos);
    b.put(f->rbuf + f->rpos, k);
    f->rpos += k;
    n -= k;
  }
  return b.to_str();
}

static Str* readline_unlimited(File* f) {
  if (f->universal) return file_readline_universal(f);
  Buffer b;
  for (;;) {
    if (f->rpos == f->rlen && !fill(f)) break;
    const char* start = f->rbuf + f->rpos;
    const void* nl = std::memchr(start, '\n', static_cast<size_t>(f->rlen - f->rpos));
    if (nl) {
      int64_t k = static_cast<const char*>(nl) - start + 1;
      if (b.len == 0) {
        f->rpos += k;
        return str_new(start, k);
      }
      b.put(start, k);
      f->rpos += k;
      break;
    }
    b.put(start, f->rlen - f->rpos);
    f->rpos = f->rlen;
  }
  return b.to_str();
}

// Reads up to n units (characters of a text file, else bytes; n < 0: no limit), stopping after a
// newline when `line`. A character split across the read buffer is completed from the next chunk.
static Str* read_units(File* f, int64_t n, bool line) {
  const bool text = f->text;
  Buffer b;
  int64_t got = 0;
  while (n < 0 || got < n) {
    if (f->rpos == f->rlen && !fill(f)) break;
    const char* s = f->rbuf + f->rpos;
    int64_t k = f->rlen - f->rpos, i = 0;
    bool at_newline = false;
    while (i < k && (n < 0 || got < n)) {
      char c = s[i];
      if (c == '\r' && f->universal) break;
      if (!(text && utf8::is_cont(c))) ++got;
      ++i;
      if (c == '\n' && line) {
        at_newline = true;
        break;
      }
    }
    if (text)
      while (i < k && utf8::is_cont(s[i])) ++i;  // the rest of the last character
    b.put(s, i);
    f->rpos += i;
    if (at_newline) break;
    if (i < k && s[i] == '\r' && f->universal && (n < 0 || got < n)) {  // "\r", "\r\n": one "\n"
      b.put('\n');
      ++f->rpos;
      ++got;
      skip_lf_after_cr(f);
      if (line) break;
    }
  }
  if (text && b.len) {  // the last character's bytes that were not in the buffer yet
    int64_t lead = b.len - 1;
    while (lead > 0 && b.len - lead < 4 && utf8::is_cont(b.data[lead])) --lead;
    auto c = static_cast<unsigned char>(b.data[lead]);
    int64_t want = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
    for (int64_t have = b.len - lead; have < want; ++have) {
      if (f->rpos == f->rlen && !fill(f)) break;
      if (!utf8::is_cont(f->rbuf[f->rpos])) break;
      b.put(f->rbuf[f->rpos++]);
    }
  }
  return b.to_str();
}

// What a text file gives must be UTF-8: UnicodeDecodeError as Python 3's decoder raises it.
static Str* checked_text(File* f, Str* s) {
  if (!f->text) return s;
  for (int64_t i = 0; i < s->len; ++i)
    if (s->data[i] & 0x80) {
      bytes_decode(as_bytes(s), nullptr, nullptr);
      break;
    }
  return s;
}

// Python 2.7's file_read, file_readline and file_readlines refuse to run while the read-ahead of
// iteration holds data (unless the chunk's first byte is NUL: then they read past it, as 2.7 does).
static void refuse_mixing2(File* f) {
  if (f && f->ra && f->ra->len > f->ra_pos && f->ra->data[0] != '\0') {
    check_readable(f);
    raise_exc<ValueError>("Mixing iteration and read methods would lose data");
  }
}

// Python 2's file.next(): lines out of chunks read ahead (8192 bytes, fread's count: fewer only at
// the end); a line that a chunk does not end continues in a chunk a quarter larger than the last
// (fileobject.c's readahead_get_line_skip). The chunk is dropped once all of it was returned.
static constexpr int64_t kReadahead2 = 8192;
Str* file_next_line(File* f) {
  if (!python2) return file_readline(f);
  check_readable(f);
  Buffer b;
  int64_t size = kReadahead2;
  for (;;) {
    if (!f->ra) {
      f->ra = file_read_raw(f, size);
      f->ra_pos = 0;
    }
    const char* p = f->ra->data + f->ra_pos;
    int64_t len = f->ra->len - f->ra_pos;
    if (len == 0) break;  // the end: the empty chunk stays
    const void* nl = std::memchr(p, '\n', static_cast<size_t>(len));
    if (nl) {
      int64_t k = static_cast<const char*>(nl) - p + 1;
      f->ra_pos += k;
      Str* whole = f->ra;
      if (f->ra_pos == whole->len) f->ra = nullptr;
      if (b.len == 0) return str_new(whole->data + (f->ra_pos - k), k);
      b.put(whole->data + (f->ra_pos - k), k);
      break;
    }
    b.put(p, len);
    f->ra = nullptr;
    size += size >> 2;
  }
  return b.to_str();
}

Str* file_read(File* f, int64_t n) {
  refuse_mixing2(f);
  if (!f || !f->text || n < 0) return checked_text(f, file_read_raw(f, n));
  check_readable(f);
  if (n == 1 && (f->rpos < f->rlen || fill(f))) {  // the common one-character read, of ASCII
    char c = f->rbuf[f->rpos];
    if (!(c & 0x80) && !(c == '\r' && f->universal)) {
      ++f->rpos;
      return str_of_char(c);
    }
  }
  return checked_text(f, read_units(f, n, false));
}

Str* file_readline_raw(File* f, int64_t limit) {
  check_readable(f);
  if (limit < 0) return readline_unlimited(f);
  return read_units(f, limit, true);
}

Str* file_readline(File* f, int64_t limit) {
  check_readable(f);
  refuse_mixing2(f);
  return checked_text(f, limit < 0 ? readline_unlimited(f) : read_units(f, limit, true));
}

List<Str*>* file_readlines(File* f, int64_t hint) {
  refuse_mixing2(f);
  auto* l = list_new<Str*>(0);
  int64_t total = 0;
  for (;;) {
    Str* s = file_readline(f);
    if (s->len == 0) break;
    list_append(l, s);
    if (hint > 0) {
      total += f->text ? utf8::count(s->data, s->len) : s->len;
      if (total > hint) break;  // io's rule: stop once the total passes the hint
    }
  }
  return l;
}

void file_write(File* f, const Str* s) {
  check_open(f);
  if (!f->writable) raise_io_error(EBADF, nullptr);
  if (f->rlen) drop_read_buffer(f);
  if (!f->wbuf) f->wbuf = static_cast<char*>(gc_alloc_atomic(kChunk));
  if (f->wlen + s->len > kChunk) file_flush(f);
  if (s->len >= kChunk) {
    write_fd(f->fd, s->data, s->len);
    return;
  }
  std::memcpy(f->wbuf + f->wlen, s->data, static_cast<size_t>(s->len));
  f->wlen += s->len;
}

void file_seek(File* f, int64_t off, int64_t whence) {
  check_open(f);
  file_flush(f);
  f->ra = nullptr;  // Python 2's read-ahead is dropped (its position is the file's own, past the chunk)
  if (whence == SEEK_CUR) off -= f->rlen - f->rpos;
  f->rpos = f->rlen = 0;
  if (::lseek(f->fd, static_cast<off_t>(off), static_cast<int>(whence)) < 0) raise_io_error(errno, nullptr);
}

int64_t file_tell(File* f) {
  check_open(f);
  file_flush(f);
  off_t r = ::lseek(f->fd, 0, SEEK_CUR);
  if (r < 0) raise_io_error(errno, nullptr);
  return static_cast<int64_t>(r) - (f->rlen - f->rpos);
}

void file_close(File* f) {
  if (!f) raise_type_error_none("file");
  if (f->closed) return;
  file_flush(f);
  f->closed = true;
  f->ra = nullptr;
  for (File** p = &open_files; *p; p = &(*p)->next_open)
    if (*p == f) {
      *p = f->next_open;
      break;
    }
  if (f->fd > 2 && ::close(f->fd) < 0) raise_io_error(errno, nullptr);
}

Str* builtin_input(const Str* prompt) {
  if (prompt) stdout_write(prompt);
  out_flush();
  Str* s = file_readline(sys_stdin());
  if (s->len == 0) raise_exc<EOFError>("EOF when reading a line");
  if (s->data[s->len - 1] == '\n') return str_new(s->data, s->len - 1);
  return s;
}

static File* stdin_file = nullptr;
File* sys_stdin() {
  if (!stdin_file) {
    stdin_file = make<File>();
    stdin_file->fd = 0;
    stdin_file->readable = true;
    stdin_file->is_stdin = true;
    stdin_file->text = !python2;
    stdin_file->name = str_from_cstr("<stdin>");
  }
  return stdin_file;
}

void stdout_write(const Str* s) {
  out_write(s->data, s->len);
  softspace = false;
}
void stderr_write(const Str* s) {
  stderr_softspace = false;  // a file's write ends its print statement's softspace (Python 2)
  out_flush();
  const char* p = s->data;
  int64_t n = s->len;
  while (n > 0) {
    ssize_t w = ::write(2, p, static_cast<size_t>(n));
    if (w < 0) {
      if (errno == EINTR) continue;
      return;
    }
    p += w;
    n -= w;
  }
}

// ---------------------------------------------------------------- os

List<Str*>* os_listdir(const Str* path) {
  DIR* d = ::opendir(path->data);
  if (!d) raise_errno<OSError>(errno, path);
  auto* l = list_new<Str*>(0);
  while (struct dirent* ent = ::readdir(d)) {
    const char* n = ent->d_name;
    if (std::strcmp(n, ".") == 0 || std::strcmp(n, "..") == 0) continue;
    list_append(l, str_from_cstr(n));
  }
  ::closedir(d);
  return l;
}

Str* os_path_abspath(const Str* path) {
  std::string p(path->data, static_cast<size_t>(path->len));
  if (p.empty() || p[0] != '/') {
    char buf[PATH_MAX];
    if (!::getcwd(buf, sizeof buf)) raise_errno<OSError>(errno, nullptr);
    p = std::string(buf) + "/" + p;
  }
  // normpath
  std::vector<std::string> parts;
  size_t i = 0;
  while (i <= p.size()) {
    size_t j = p.find('/', i);
    if (j == std::string::npos) j = p.size();
    std::string part = p.substr(i, j - i);
    if (part == "..") {
      if (!parts.empty()) parts.pop_back();
    } else if (!part.empty() && part != ".") {
      parts.push_back(part);
    }
    i = j + 1;
  }
  std::string r;
  for (auto& x : parts) r += "/" + x;
  if (r.empty()) r = "/";
  return str_new(r.data(), static_cast<int64_t>(r.size()));
}

bool os_environ_contains(const Str* name) { return std::getenv(name->data) != nullptr; }
Str* os_environ_getitem(const Str* name) {
  const char* v = std::getenv(name->data);
  if (!v) raise_key_error(repr(name));
  return str_from_cstr(v);
}

// ---------------------------------------------------------------- str methods

static bool is_ws(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f'; }

List<Str*>* str_rsplit(const Str* s, const Str* sep, int64_t maxsplit) {
  auto* l = list_new<Str*>(0);
  if (!sep) {
    int64_t i = s->len;
    while (true) {
      while (i > 0 && is_ws(s->data[i - 1])) --i;
      if (i == 0) break;
      if (maxsplit == 0) {
        list_append(l, str_new(s->data, i));
        break;
      }
      int64_t j = i;
      while (j > 0 && !is_ws(s->data[j - 1])) --j;
      list_append(l, str_new(s->data + j, i - j));
      if (maxsplit > 0) --maxsplit;
      i = j;
    }
  } else {
    if (sep->len == 0) raise_exc<ValueError>("empty separator");
    int64_t end = s->len;
    int64_t i = s->len - sep->len;
    while (i >= 0 && maxsplit != 0) {
      if (std::memcmp(s->data + i, sep->data, static_cast<size_t>(sep->len)) == 0) {
        list_append(l, str_new(s->data + i + sep->len, end - i - sep->len));
        end = i;
        i -= sep->len;
        if (maxsplit > 0) --maxsplit;
      } else {
        --i;
      }
    }
    list_append(l, str_new(s->data, end));
  }
  // reverse
  for (int64_t a = 0, b = l->len - 1; a < b; ++a, --b) std::swap(l->items[a], l->items[b]);
  return l;
}

// bytes_only: Python 2 str breaks lines at \n and \r only; text also at \v \f \x1c \x1d \x1e.
static List<Str*>* splitlines_ascii(const Str* s, bool keepends, bool bytes_only) {
  auto* l = list_new<Str*>(0);
  int64_t i = 0, n = s->len;
  auto brk = [bytes_only](char c) {
    return c == '\n' || c == '\r' || (!bytes_only && (c == '\v' || c == '\f' || c == '\x1c' || c == '\x1d' || c == '\x1e'));
  };
  while (i < n) {
    int64_t j = i;
    while (j < n && !brk(s->data[j])) ++j;
    int64_t eol = j;
    if (j < n) {
      if (s->data[j] == '\r' && j + 1 < n && s->data[j + 1] == '\n')
        j += 2;
      else
        j += 1;
    }
    list_append(l, str_new(s->data + i, (keepends ? j : eol) - i));
    i = j;
  }
  return l;
}
List<Str*>* str_splitlines(const Str* s, bool keepends) { return splitlines_ascii(s, keepends, false); }
List<Str*>* str_splitlines2(const Str* s, bool keepends) { return splitlines_ascii(s, keepends, true); }

Str* str_replace_count(const Str* s, const Str* old, const Str* rep, int64_t count) {
  if (count < 0) return str_replace(s, old, rep);
  Buffer b;
  int64_t i = 0;
  if (old->len == 0) {
    while (count > 0 && i <= s->len) {
      b.put(rep->data, rep->len);
      if (i < s->len) b.put(s->data[i]);
      ++i;
      --count;
    }
    if (i < s->len) b.put(s->data + i, s->len - i);
    return b.to_str();
  }
  while (count > 0) {
    int64_t j = str_find(s, old, i, INT64_MAX);
    if (j < 0) break;
    b.put(s->data + i, j - i);
    b.put(rep->data, rep->len);
    i = j + old->len;
    --count;
  }
  b.put(s->data + i, s->len - i);
  return b.to_str();
}

static void adjust(int64_t len, int64_t& start, int64_t& end) {
  if (end > len)
    end = len;
  else if (end < 0) {
    end += len;
    if (end < 0) end = 0;
  }
  if (start < 0) {
    start += len;
    if (start < 0) start = 0;
  }
}
bool str_startswith_at(const Str* s, const Str* p, int64_t start, int64_t end) {
  adjust(s->len, start, end);
  if (start > s->len) return false;
  if (end - start < p->len) return false;
  return std::memcmp(s->data + start, p->data, static_cast<size_t>(p->len)) == 0;
}
bool str_endswith_at(const Str* s, const Str* p, int64_t start, int64_t end) {
  adjust(s->len, start, end);
  if (start > s->len) return false;
  if (end - start < p->len) return false;
  return std::memcmp(s->data + end - p->len, p->data, static_cast<size_t>(p->len)) == 0;
}

int64_t str_index(const Str* s, const Str* sub, int64_t start, int64_t end, bool reverse) {
  int64_t r = reverse ? str_rfind(s, sub, start, end) : str_find(s, sub, start, end);
  if (r < 0) raise_exc<ValueError>("substring not found");
  return r;
}

static char up(char c) { return (c >= 'a' && c <= 'z') ? static_cast<char>(c - 32) : c; }
static char low(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c; }
static bool alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

Str* str_title(const Str* s) {
  Str* r = str_new(s->data, s->len);
  r->ncp = s->ncp;  // only ASCII bytes change
  bool prev = false;
  for (int64_t i = 0; i < r->len; ++i) {
    char c = r->data[i];
    r->data[i] = prev ? low(c) : up(c);
    prev = alpha(c);
  }
  return r;
}
Str* str_capitalize(const Str* s) {
  Str* r = str_new(s->data, s->len);
  r->ncp = s->ncp;
  for (int64_t i = 0; i < r->len; ++i) r->data[i] = i ? low(r->data[i]) : up(r->data[i]);
  return r;
}
Str* str_swapcase(const Str* s) {
  Str* r = str_new(s->data, s->len);
  r->ncp = s->ncp;
  for (int64_t i = 0; i < r->len; ++i) {
    char c = r->data[i];
    r->data[i] = (c >= 'a' && c <= 'z') ? up(c) : low(c);
  }
  return r;
}
Str* str_zfill(const Str* s, int64_t width) {
  if (!python2) width += s->len - str_ncp(s);  // Python 3: the width counts code points
  if (s->len >= width) return str_new(s->data, s->len);
  int64_t fill = width - s->len;
  Str* r = str_uninit(width);
  std::memset(r->data, '0', static_cast<size_t>(fill));
  std::memcpy(r->data + fill, s->data, static_cast<size_t>(s->len));
  if (s->len && (s->data[0] == '+' || s->data[0] == '-')) {
    r->data[0] = s->data[0];
    r->data[fill] = '0';
  }
  return r;
}
Str* str_pad(const Str* s, int64_t width, char fill, int which) {
  int64_t shown = python2 ? s->len : str_ncp(s);  // Python 3: the width counts code points
  if (shown >= width) return str_new(s->data, s->len);
  int64_t total = width - shown, left;
  if (which == 0)
    left = 0;
  else if (which == 1)
    left = total;
  else
    left = total / 2 + (total & width & 1);
  Str* r = str_uninit(s->len + total);
  std::memset(r->data, fill, static_cast<size_t>(s->len + total));
  std::memcpy(r->data + left, s->data, static_cast<size_t>(s->len));
  return r;
}
std::tuple<Str*, Str*, Str*> str_partition(const Str* s, const Str* sep, bool reverse) {
  if (sep->len == 0) raise_exc<ValueError>("empty separator");
  int64_t i = reverse ? str_rfind(s, sep, 0, INT64_MAX) : str_find(s, sep, 0, INT64_MAX);
  Str* e = str_new("", 0);
  if (i < 0)
    return reverse ? std::tuple<Str*, Str*, Str*>{e, e, str_new(s->data, s->len)}
                   : std::tuple<Str*, Str*, Str*>{str_new(s->data, s->len), e, e};
  return {str_new(s->data, i), str_new(sep->data, sep->len), str_new(s->data + i + sep->len, s->len - i - sep->len)};
}

// ---------------------------------------------------------------- unicode

static bool is_cont(unsigned char c) { return (c & 0xc0) == 0x80; }
static bool all_ascii(const Str* s) {
  for (int64_t i = 0; i < s->len; ++i)
    if (static_cast<unsigned char>(s->data[i]) >= 0x80) return false;
  return true;
}

int64_t u_len(const Str* s) {
  int64_t n = 0;
  for (int64_t i = 0; i < s->len; ++i) n += !is_cont(static_cast<unsigned char>(s->data[i]));
  return n;
}

int64_t u_byte_offset(const Str* s, int64_t cp) {
  int64_t i = 0;
  while (cp > 0 && i < s->len) {
    ++i;
    while (i < s->len && is_cont(static_cast<unsigned char>(s->data[i]))) ++i;
    --cp;
  }
  return i;
}
static int64_t cp_index(const Str* s, int64_t byte) {
  int64_t n = 0;
  for (int64_t i = 0; i < byte && i < s->len; ++i) n += !is_cont(static_cast<unsigned char>(s->data[i]));
  return n;
}

Str* u_getitem(const Str* s, int64_t i) {
  if (all_ascii(s)) return str_of_char(str_getitem(s, i));
  int64_t n = u_len(s);
  if (i < 0) i += n;
  if (i < 0 || i >= n) raise_index_error("string index out of range");
  int64_t a = u_byte_offset(s, i);
  int64_t b = a + 1;
  while (b < s->len && is_cont(static_cast<unsigned char>(s->data[b]))) ++b;
  return str_new(s->data + a, b - a);
}

Str* u_slice(const Str* s, bool has_lo, int64_t lo, bool has_hi, int64_t hi, int64_t step) {
  if (all_ascii(s)) return str_slice_step(s, has_lo, lo, has_hi, hi, step);
  // Code points as separate pieces, sliced like a list.
  int64_t n = u_len(s);
  std::vector<std::pair<int64_t, int64_t>> cps;
  cps.reserve(static_cast<size_t>(n));
  for (int64_t i = 0; i < s->len;) {
    int64_t j = i + 1;
    while (j < s->len && is_cont(static_cast<unsigned char>(s->data[j]))) ++j;
    cps.push_back({i, j - i});
    i = j;
  }
  if (step == 0) raise_value_error("slice step cannot be zero");
  int64_t start, stop;
  if (step > 0) {
    start = has_lo ? lo : 0;
    stop = has_hi ? hi : n;
    if (start < 0) start = std::max<int64_t>(start + n, 0);
    if (stop < 0) stop = std::max<int64_t>(stop + n, 0);
    start = std::min(start, n);
    stop = std::min(stop, n);
  } else {
    start = has_lo ? lo : n - 1;
    stop = has_hi ? hi : -1 - n;
    if (start < 0) start += n;
    if (stop < 0) stop += n;
    start = std::min(start, n - 1);
    if (stop < -1) stop = -1;
  }
  Buffer b;
  for (int64_t i = start; step > 0 ? i < stop : i > stop; i += step)
    if (i >= 0 && i < n) b.put(s->data + cps[i].first, cps[i].second);
  return b.to_str();
}

List<Str*>* u_chars(const Str* s) {
  auto* l = list_new<Str*>(0);
  for (int64_t i = 0; i < s->len;) {
    int64_t j = i + 1;
    while (j < s->len && is_cont(static_cast<unsigned char>(s->data[j]))) ++j;
    list_append(l, str_new(s->data + i, j - i));
    i = j;
  }
  return l;
}

int64_t u_ord(const Str* s) {
  const unsigned char* p = reinterpret_cast<const unsigned char*>(s->data);
  int64_t n = s->len;
  int64_t cp = -1, k = 0;
  if (n >= 1 && p[0] < 0x80)
    cp = p[0], k = 1;
  else if (n >= 2 && (p[0] & 0xe0) == 0xc0)
    cp = ((p[0] & 0x1f) << 6) | (p[1] & 0x3f), k = 2;
  else if (n >= 3 && (p[0] & 0xf0) == 0xe0)
    cp = ((p[0] & 0x0f) << 12) | ((p[1] & 0x3f) << 6) | (p[2] & 0x3f), k = 3;
  else if (n >= 4 && (p[0] & 0xf8) == 0xf0)
    cp = ((p[0] & 0x07) << 18) | ((p[1] & 0x3f) << 12) | ((p[2] & 0x3f) << 6) | (p[3] & 0x3f), k = 4;
  if (cp < 0 || k != n) {
    Buffer b;
    char buf[96];
    int m = std::snprintf(buf, sizeof buf, "ord() expected a character, but string of length %lld found", static_cast<long long>(u_len(s)));
    b.put(buf, m);
    make_exc<TypeError>(b.to_str())->raise_self();
  }
  return cp;
}

static void put_cp(Buffer& b, int64_t c) {
  if (c < 0x80)
    b.put(static_cast<char>(c));
  else if (c < 0x800) {
    b.put(static_cast<char>(0xc0 | (c >> 6)));
    b.put(static_cast<char>(0x80 | (c & 0x3f)));
  } else if (c < 0x10000) {
    b.put(static_cast<char>(0xe0 | (c >> 12)));
    b.put(static_cast<char>(0x80 | ((c >> 6) & 0x3f)));
    b.put(static_cast<char>(0x80 | (c & 0x3f)));
  } else {
    b.put(static_cast<char>(0xf0 | (c >> 18)));
    b.put(static_cast<char>(0x80 | ((c >> 12) & 0x3f)));
    b.put(static_cast<char>(0x80 | ((c >> 6) & 0x3f)));
    b.put(static_cast<char>(0x80 | (c & 0x3f)));
  }
}

// Decodes the code point at byte i; advances i.
static int64_t next_cp(const Str* s, int64_t& i) {
  int64_t j = i + 1;
  while (j < s->len && is_cont(static_cast<unsigned char>(s->data[j]))) ++j;
  const unsigned char* p = reinterpret_cast<const unsigned char*>(s->data + i);
  int64_t n = j - i, cp;
  if (n == 1)
    cp = p[0];
  else if (n == 2)
    cp = ((p[0] & 0x1f) << 6) | (p[1] & 0x3f);
  else if (n == 3)
    cp = ((p[0] & 0x0f) << 12) | ((p[1] & 0x3f) << 6) | (p[2] & 0x3f);
  else
    cp = ((p[0] & 0x07) << 18) | ((p[1] & 0x3f) << 12) | ((p[2] & 0x3f) << 6) | (p[3] & 0x3f);
  i = j;
  return cp;
}

int64_t u_find(const Str* s, const Str* sub, int64_t start, int64_t end, bool reverse) {
  if (all_ascii(s)) return reverse ? str_rfind(s, sub, start, end) : str_find(s, sub, start, end);
  int64_t n = u_len(s);
  adjust(n, start, end);
  if (start > n) return -1;
  int64_t bs = u_byte_offset(s, start), be = u_byte_offset(s, end);
  int64_t r = reverse ? str_rfind(s, sub, bs, be) : str_find(s, sub, bs, be);
  return r < 0 ? r : cp_index(s, r);
}
int64_t u_count(const Str* s, const Str* sub, int64_t start, int64_t end) {
  if (all_ascii(s)) return str_count(s, sub, start, end);
  int64_t n = u_len(s);
  adjust(n, start, end);
  if (start > n) return 0;
  return str_count(s, sub, u_byte_offset(s, start), u_byte_offset(s, end));
}

static std::string enc_name(const Str* e) {
  std::string r;
  if (!e) return "ascii";  // Python 2's default encoding (u.encode() with no argument)
  for (int64_t i = 0; i < e->len; ++i) {
    char c = low(e->data[i]);
    if (c != '-' && c != '_') r += c;
  }
  return r;
}

Str* u_encode(const Str* s, const Str* encoding) {
  std::string e = enc_name(encoding);
  if (e == "utf8") return const_cast<Str*>(s);
  int64_t limit = e == "ascii" ? 0x80 : (e == "latin1" || e == "iso88591") ? 0x100 : -1;
  if (limit < 0) raise_exc<LookupError>(("unknown encoding: " + std::string(encoding->data, static_cast<size_t>(encoding->len))).c_str());
  Buffer b;
  int64_t pos = 0;
  for (int64_t i = 0; i < s->len; ++pos) {
    int64_t c = next_cp(s, i);
    if (c >= limit) {
      char buf[160];  // the character as Python 2's repr shows it: u'\xe9', u'\u65e5', u'\U0001f600'
      const char* esc = c < 0x100 ? "\\x%02llx" : c < 0x10000 ? "\\u%04llx" : "\\U%08llx";
      char ch[16];
      std::snprintf(ch, sizeof ch, esc, static_cast<long long>(c));
      std::snprintf(buf, sizeof buf, "'%s' codec can't encode character u'%s' in position %lld: ordinal not in range(%lld)",
                    limit == 0x80 ? "ascii" : "latin-1", ch, static_cast<long long>(pos), static_cast<long long>(limit));
      raise_exc<UnicodeEncodeError>(buf);
    }
    b.put(static_cast<char>(c));
  }
  return b.to_str();
}

Str* str_decode(const Str* s, const Str* encoding) {
  std::string e = enc_name(encoding);
  if (e == "latin1" || e == "iso88591") {
    Buffer b;
    for (int64_t i = 0; i < s->len; ++i) put_cp(b, static_cast<unsigned char>(s->data[i]));
    return b.to_str();
  }
  bool ascii = e == "ascii";
  if (!ascii && e != "utf8")
    raise_exc<LookupError>(("unknown encoding: " + std::string(encoding->data, static_cast<size_t>(encoding->len))).c_str());
  const unsigned char* p = reinterpret_cast<const unsigned char*>(s->data);
  for (int64_t i = 0; i < s->len;) {
    int k = p[i] < 0x80 ? 1 : (p[i] & 0xe0) == 0xc0 ? 2 : (p[i] & 0xf0) == 0xe0 ? 3 : (p[i] & 0xf8) == 0xf0 ? 4 : 0;
    bool ok = k > 0 && !(ascii && k > 1) && i + k <= s->len;
    for (int j = 1; ok && j < k; ++j) ok = is_cont(p[i + j]);
    if (!ok) {
      char buf[160];
      std::snprintf(buf, sizeof buf, "'%s' codec can't decode byte 0x%02x in position %lld: %s", ascii ? "ascii" : "utf8", p[i],
                    static_cast<long long>(i), ascii ? "ordinal not in range(128)" : "invalid start byte");
      raise_exc<UnicodeDecodeError>(buf);
    }
    i += k;
  }
  return const_cast<Str*>(s);
}

// Python 2.7's repr of a unicode: double quotes when the text holds a single quote and no double
// one (u"o'neil"), single quotes otherwise; only the quote chosen is escaped.
Str* u_repr(const Str* s) {
  Buffer b;
  bool squote = std::memchr(s->data, '\'', static_cast<size_t>(s->len)) != nullptr;
  bool dquote = std::memchr(s->data, '"', static_cast<size_t>(s->len)) != nullptr;
  char q = squote && !dquote ? '"' : '\'';
  b.put('u');
  b.put(q);
  for (int64_t i = 0; i < s->len;) {
    int64_t c = next_cp(s, i);
    char buf[16];
    int n;
    if (c == q || c == '\\') {
      b.put('\\');
      b.put(static_cast<char>(c));
    } else if (c == '\n')
      b.put("\\n", 2);
    else if (c == '\t')
      b.put("\\t", 2);
    else if (c == '\r')
      b.put("\\r", 2);
    else if (c >= 0x20 && c < 0x7f)
      b.put(static_cast<char>(c));
    else {
      if (c < 0x100)
        n = std::snprintf(buf, sizeof buf, "\\x%02llx", static_cast<long long>(c));
      else if (c < 0x10000)
        n = std::snprintf(buf, sizeof buf, "\\u%04llx", static_cast<long long>(c));
      else
        n = std::snprintf(buf, sizeof buf, "\\U%08llx", static_cast<long long>(c));
      b.put(buf, n);
    }
  }
  b.put(q);
  return b.to_str();
}

}  // namespace rpy
