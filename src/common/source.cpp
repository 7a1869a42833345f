#include "common/source.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace rpy {

std::string_view SourceFile::line_text(uint32_t line) const {
  if (line == 0 || line > line_starts.size()) return {};
  size_t begin = line_starts[line - 1];
  size_t end = text.find('\n', begin);
  if (end == std::string::npos) end = text.size();
  if (end > begin && text[end - 1] == '\r') --end;
  return std::string_view(text).substr(begin, end - begin);
}

SourceManager::SourceManager() { files_.push_back(std::make_unique<SourceFile>()); }

uint32_t SourceManager::add(std::string path, std::string module_name, std::string text) {
  auto f = std::make_unique<SourceFile>();
  f->path = std::move(path);
  f->module_name = std::move(module_name);
  f->text = std::move(text);
  f->line_starts.push_back(0);
  for (size_t i = 0; i < f->text.size(); ++i)
    if (f->text[i] == '\n' && i + 1 <= f->text.size()) f->line_starts.push_back(i + 1);
  if (!f->line_starts.empty() && f->line_starts.back() == f->text.size() && f->line_starts.size() > 1) f->line_starts.pop_back();
  files_.push_back(std::move(f));
  return static_cast<uint32_t>(files_.size() - 1);
}

static const char* file_kind(mode_t m) {
  if (S_ISDIR(m)) return "it is a directory";
  if (S_ISCHR(m)) return "it is not a regular file (a character device)";
  if (S_ISBLK(m)) return "it is not a regular file (a block device)";
  if (S_ISFIFO(m)) return "it is not a regular file (a pipe)";
  if (S_ISSOCK(m)) return "it is not a regular file (a socket)";
  return "it is not a regular file";
}

bool read_file(const std::string& path, std::string& out, std::string* why) {
  auto fail = [&](std::string reason) {
    if (why) *why = std::move(reason);
    return false;
  };
  // O_NONBLOCK: opening a FIFO must not wait for a writer (it is refused below anyway).
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
  if (fd < 0) return fail(std::strerror(errno));
  struct stat st {};
  if (::fstat(fd, &st) != 0) {
    int e = errno;
    ::close(fd);
    return fail(std::strerror(e));
  }
  if (!S_ISREG(st.st_mode)) {
    ::close(fd);
    return fail(file_kind(st.st_mode));
  }
  if (static_cast<uint64_t>(st.st_size) > kMaxSourceBytes) {
    ::close(fd);
    return fail("it is larger than " + std::to_string(kMaxSourceBytes >> 20) + " MB (" + std::to_string(st.st_size) + " bytes)");
  }
  out.clear();
  out.reserve(static_cast<size_t>(st.st_size));
  char buf[1 << 16];
  while (true) {
    ssize_t n = ::read(fd, buf, sizeof buf);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) {
      int e = errno;
      ::close(fd);
      return fail(std::strerror(e));
    }
    if (n == 0) break;
    out.append(buf, static_cast<size_t>(n));
    if (out.size() > kMaxSourceBytes) {  // the file grew while being read
      ::close(fd);
      return fail("it is larger than " + std::to_string(kMaxSourceBytes >> 20) + " MB");
    }
  }
  ::close(fd);
  return true;
}

}  // namespace rpy
