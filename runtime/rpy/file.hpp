// File objects (open(), sys.stdin), sys.stdout/stderr writes, os.environ/listdir/abspath, the
// Python 2 print statement's softspace, more str methods, and unicode strings (stored as UTF-8 in
// a Str; lengths, indices and slices count code points).
#pragma once
#include <utility>

#include "rpy/exceptions.hpp"
#include "rpy/io.hpp"
#include "rpy/list.hpp"
#include "rpy/str.hpp"

namespace rpy {

struct File : Object {
  int fd = -1;
  bool closed = false;
  bool readable = false, writable = false;
  bool is_stdin = false;
  // Universal newlines on read (a Python 3 text file; Python 2's 'U' modes): "\r\n" and a lone
  // "\r" read as "\n", lines end at either. sys.stdin keeps them (CPython opens it with newline='\n').
  bool universal = false;
  // A Python 3 text file (a mode without 'b'; sys.stdin): read(n) and readline(n) count characters,
  // and what is read must be UTF-8 (UnicodeDecodeError otherwise). sys.stdin.buffer reads the same
  // file as bytes (the _raw functions).
  bool text = false;
  Str* name = nullptr;
  char* rbuf = nullptr;  // data read from fd, not yet returned: rbuf[rpos..rlen)
  int64_t rpos = 0, rlen = 0;
  // Python 2's read-ahead of iteration (for line in f, next(f)): the chunk it read last and how much
  // of it was returned (fileobject.c's f_buf, f_bufptr; null: none). Read methods refuse to run
  // while it holds data ("Mixing iteration and read methods would lose data").
  Str* ra = nullptr;
  int64_t ra_pos = 0;
  char* wbuf = nullptr;  // data written, not yet flushed
  int64_t wlen = 0;
  File* next_open = nullptr;  // open files with write buffers (flushed at exit)
  const char* rpy_class_name() const override { return "file"; }
};

File* file_open(const Str* path, const Str* mode);                       // IOError with errno on failure
File* file_fdopen(int64_t fd, const Str* mode, int64_t buffering = -1);  // os.fdopen: OSError (EBADF) for a closed fd
// The next line of `for line in f` / next(f) ("" at the end): Python 2 reads it through its
// read-ahead chunks, Python 3 as readline() does.
Str* file_next_line(File* f);
Str* file_read(File* f, int64_t n);                      // n < 0: everything left; n characters of a text file
Str* file_readline(File* f, int64_t limit = -1);         // at most limit characters (bytes); < 0: no limit
List<Str*>* file_readlines(File* f, int64_t hint = -1);  // lines until their total length reaches hint (> 0)
Str* file_read_raw(File* f, int64_t n);                  // bytes, even of a text file (sys.stdin.buffer)
Str* file_readline_raw(File* f, int64_t limit = -1);
void file_write(File* f, const Str* s);
// A Python 3 text file's write(): the count of characters (code points) written.
inline int64_t file_write3(File* f, const Str* s) {
  file_write(f, s);
  return len3(s);
}
void file_seek(File* f, int64_t off, int64_t whence);
int64_t file_tell(File* f);
void file_flush(File* f);
void file_close(File* f);
inline int64_t file_fileno(File* f) { return f->fd; }

// sys.stdin / sys.stdout / sys.stderr.
File* sys_stdin();
// input([prompt]) / Python 2's raw_input([prompt]): writes the prompt to stdout and flushes it,
// reads one line of stdin and returns it without its newline; EOFError "EOF when reading a
// line" when stdin is at its end.
Str* builtin_input(const Str* prompt);
void stdout_write(const Str* s);
void stderr_write(const Str* s);
inline int64_t stdout_write3(const Str* s) {  // Python 3's sys.stdout.write: the count of characters
  stdout_write(s);
  return len3(s);
}
inline int64_t stderr_write3(const Str* s) {
  stderr_write(s);
  return len3(s);
}

// The Python 2 print statement: `print a, b,` writes a space before an item only when the
// previous output was an item (softspace), and none after an item that ends in whitespace.
extern bool softspace;
inline void py2_print_sep() {
  if (softspace) out_write(" ", 1);
  softspace = false;
}
template <class T>
inline void py2_print_item(const T& v) {
  py2_print_sep();
  print_item(v);
  softspace = true;
}
inline void py2_print_item(const Str* s) {
  py2_print_sep();
  print_item(s);
  softspace = true;
  if (s && s->len) {
    char c = s->data[s->len - 1];
    if (c != ' ' && (c == '\n' || c == '\t' || c == '\r' || c == '\v' || c == '\f')) softspace = false;
  }
}
inline void py2_print_item(Str* s) { py2_print_item(static_cast<const Str*>(s)); }
inline void py2_print_item(char c) {
  py2_print_sep();
  print_item(c);
  softspace = !(c == '\n' || c == '\t' || c == '\r' || c == '\v' || c == '\f');
}
inline void py2_print_newline() {
  out_write("\n", 1);
  softspace = false;
}
// print >>sys.stderr, ...: the statement's output goes to stderr as print(file=sys.stderr)'s does
// (io.hpp), and while it prints, the softspace flag is stderr's own: each file has one.
extern bool stderr_softspace;
struct Py2PrintToStderr {
  Py2PrintToStderr() { std::swap(softspace, stderr_softspace); }
  ~Py2PrintToStderr() { std::swap(softspace, stderr_softspace); }
  Py2PrintToStderr(const Py2PrintToStderr&) = delete;
  Py2PrintToStderr& operator=(const Py2PrintToStderr&) = delete;
  PrintToStderr to;
};

// os
List<Str*>* os_listdir(const Str* path);
Str* os_path_abspath(const Str* path);
bool os_environ_contains(const Str* name);
Str* os_environ_getitem(const Str* name);  // KeyError if unset

// More str methods.
List<Str*>* str_rsplit(const Str* s, const Str* sep, int64_t maxsplit);  // sep null: whitespace
List<Str*>* str_splitlines(const Str* s, bool keepends);                 // ASCII text: \n \r \v \f \x1c \x1d \x1e
List<Str*>* str_splitlines2(const Str* s, bool keepends);                // Python 2 str: \n and \r only
Str* str_replace_count(const Str* s, const Str* old, const Str* rep, int64_t count);
bool str_startswith_at(const Str* s, const Str* p, int64_t start, int64_t end);
bool str_endswith_at(const Str* s, const Str* p, int64_t start, int64_t end);
int64_t str_index(const Str* s, const Str* sub, int64_t start, int64_t end, bool reverse);  // ValueError
Str* str_title(const Str* s);
Str* str_capitalize(const Str* s);
Str* str_swapcase(const Str* s);
Str* str_zfill(const Str* s, int64_t width);
Str* str_pad(const Str* s, int64_t width, char fill, int which);  // 0 ljust, 1 rjust, 2 center
std::tuple<Str*, Str*, Str*> str_partition(const Str* s, const Str* sep, bool reverse);

// Unicode (UTF-8 in a Str).
int64_t u_len(const Str* s);
Str* u_getitem(const Str* s, int64_t i);
Str* u_slice(const Str* s, bool has_lo, int64_t lo, bool has_hi, int64_t hi, int64_t step);
int64_t u_ord(const Str* s);
List<Str*>* u_chars(const Str* s);  // the code points, as unicode strings of length 1  // TypeError unless one code point
int64_t u_find(const Str* s, const Str* sub, int64_t start, int64_t end, bool reverse);
int64_t u_count(const Str* s, const Str* sub, int64_t start, int64_t end);
Str* u_encode(const Str* s, const Str* encoding);    // UnicodeEncodeError for ascii/latin-1
Str* str_decode(const Str* s, const Str* encoding);  // UnicodeDecodeError on bad input
Str* u_repr(const Str* s);
int64_t u_byte_offset(const Str* s, int64_t cp);  // byte offset of code point index cp (clamped)

}  // namespace rpy
