#include <cstdio>

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
  const char* name = e->rpy_class_name();
  if (e->message && e->message->len > 0)
    std::fprintf(stderr, "%s: %.*s\n", name, static_cast<int>(e->message->len), e->message->data);
  else
    std::fprintf(stderr, "%s\n", name);
  std::fflush(stderr);
}

}  // namespace rpy
