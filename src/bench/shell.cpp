#include "bench/shell.hpp"

#include <unistd.h>

#include <cstdlib>

namespace rpy::bench {

SplitResult split_shell_words(const std::string& line) {
  SplitResult r;
  std::string cur;
  bool in_word = false;
  size_t i = 0, n = line.size();
  while (i < n) {
    char c = line[i];
    if (c == ' ' || c == '\t' || c == '\n') {
      if (in_word) {
        r.words.push_back(cur);
        cur.clear();
        in_word = false;
      }
      ++i;
    } else if (c == '#' && !in_word) {
      while (i < n && line[i] != '\n') ++i;  // comment
    } else if (c == '\'') {
      in_word = true;
      size_t j = line.find('\'', i + 1);
      if (j == std::string::npos) {
        r.ok = false;
        r.error = "missing closing quote";
        return r;
      }
      cur.append(line, i + 1, j - i - 1);
      i = j + 1;
    } else if (c == '"') {
      in_word = true;
      ++i;
      bool closed = false;
      while (i < n) {
        char d = line[i];
        if (d == '"') {
          closed = true;
          ++i;
          break;
        }
        if (d == '\\' && i + 1 < n) {
          char e = line[i + 1];
          if (e == '$' || e == '`' || e == '"' || e == '\\') {
            cur += e;
            i += 2;
            continue;
          }
          if (e == '\n') {
            i += 2;
            continue;
          }
        }
        cur += d;
        ++i;
      }
      if (!closed) {
        r.ok = false;
        r.error = "missing closing quote";
        return r;
      }
    } else if (c == '\\') {
      in_word = true;
      if (i + 1 >= n) {
        r.ok = false;
        r.error = "missing closing quote";
        return r;
      }
      if (line[i + 1] != '\n') cur += line[i + 1];
      i += 2;
    } else {
      in_word = true;
      cur += c;
      ++i;
    }
  }
  if (in_word) r.words.push_back(cur);
  return r;
}

std::string resolve_executable(const std::string& name) {
  if (name.empty()) return "";
  if (name.find('/') != std::string::npos) return access(name.c_str(), X_OK) == 0 ? name : "";
  const char* path = std::getenv("PATH");
  std::string p = path ? path : "/usr/local/bin:/usr/bin:/bin";
  size_t i = 0;
  while (i <= p.size()) {
    size_t j = p.find(':', i);
    if (j == std::string::npos) j = p.size();
    std::string dir = p.substr(i, j - i);
    if (dir.empty()) dir = ".";
    std::string cand = dir + "/" + name;
    if (access(cand.c_str(), X_OK) == 0) return cand;
    i = j + 1;
  }
  return "";
}

}  // namespace rpy::bench
