// Exports in hyperfine's formats: JSON (hyperfine's keys and units, plus extra keys), CSV,
// Markdown, AsciiDoc and org-mode tables.
#pragma once
#include <string>
#include <vector>

#include "bench/options.hpp"
#include "bench/result.hpp"

namespace rpy::bench {

std::string export_json(const std::vector<BenchmarkResult>& results, const Options& o);
std::string export_csv(const std::vector<BenchmarkResult>& results);
std::string export_markup(ExportFormat f, const std::vector<BenchmarkResult>& results, const Options& o);
std::string render_export(ExportFormat f, const std::vector<BenchmarkResult>& results, const Options& o);

// Creates (truncates) every export file up front so that an unwritable path fails early, like
// hyperfine. Returns an error message or "".
std::string create_export_files(const Options& o);
// Writes every file export (stdout exports only when `final`). Returns an error message or "".
std::string write_exports(const std::vector<BenchmarkResult>& results, const Options& o, bool final);
std::string write_file(const std::string& path, const std::string& text);

}  // namespace rpy::bench
