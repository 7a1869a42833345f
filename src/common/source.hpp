// Source files and locations shared by every stage.
#pragma once
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace rpy {

// A position in a source file. Lines and columns are 1-based; columns count bytes.
// end_line/end_col delimit the range (end_col is one past the last byte), used for ~~~ underlines.
struct Loc {
  uint32_t file = 0;  // index into SourceManager; 0 = no file
  uint32_t line = 0;
  uint32_t col = 0;
  uint32_t end_line = 0;
  uint32_t end_col = 0;
  bool valid() const { return file != 0; }
};

struct SourceFile {
  std::string path;         // as given / as found (used in messages and tracebacks)
  std::string module_name;  // dotted module name ("python_prime", "rpython.rlib.jit")
  std::string text;
  std::vector<size_t> line_starts;
  std::string_view line_text(uint32_t line) const;
};

// Owns every loaded source file; Loc::file indexes into it.
class SourceManager {
 public:
  SourceManager();
  uint32_t add(std::string path, std::string module_name, std::string text);
  const SourceFile& file(uint32_t id) const { return *files_.at(id); }
  size_t size() const { return files_.size(); }
  // The program's language (RPYTHON.md section 5): 2 for RPython programs (a module with
  // target()) and scripts using Python-2-only syntax, 3 for other scripts. Decided once the main
  // module is parsed, before any module-level code runs (modules/dialect.cpp).
  int python_version = 2;
  bool py3() const { return python_version == 3; }

 private:
  std::vector<std::unique_ptr<SourceFile>> files_;
};

// Source files larger than this are refused (no program is this big; a device or a generated
// blob given by mistake would otherwise be read for ever).
constexpr size_t kMaxSourceBytes = 16u << 20;

// Reads a whole source file; returns false on failure, with the reason in *why ("no such file or
// directory", "it is a directory", "it is not a regular file (a character device)", "it is larger
// than 16 MB", or the system's error) when why is given.
bool read_file(const std::string& path, std::string& out, std::string* why = nullptr);

}  // namespace rpy
