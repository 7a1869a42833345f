#include "common/source.hpp"

#include <fstream>
#include <sstream>

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

bool read_file(const std::string& path, std::string& out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::ostringstream ss;
  ss << in.rdbuf();
  out = ss.str();
  return true;
}

}  // namespace rpy
