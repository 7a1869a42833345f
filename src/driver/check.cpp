#include "driver/check.hpp"

#include <chrono>
#include <cstdio>
#include <filesystem>

#include "annotate/dump.hpp"
#include "codegen/emitter.hpp"
#include "driver/frontend.hpp"

namespace rpy::driver {

using Clock = std::chrono::steady_clock;

int run_check(const CheckOptions& o) {
  auto t0 = Clock::now();
  FrontendOptions fo;
  fo.command = "rpy check";
  fo.outcome = " in " + o.input + ".";
  fo.input = o.input;
  fo.target_args = o.target_args;
  fo.python = o.python;
  Program p(fo);
  if (int rc = check_input(p)) return rc;
  if (int rc = load(p)) return rc;
  if (int rc = analyse(p)) return rc;
  // Code generation has checks of its own (format strings, operations on some types); the C++
  // it produces is dropped.
  auto t1 = Clock::now();
  codegen::EmitOptions eo;
  eo.unbounded_ints = p.script;
  std::string cpp = codegen::generate_cpp(*p.ann, p.sm, eo, p.diags);
  if (p.diags.has_errors()) return p.report();
  double codegen_seconds = std::chrono::duration<double>(Clock::now() - t1).count();
  if (o.dump_types) std::fputs(annotate::dump_types(*p.ann).c_str(), stdout);
  size_t classes = 0;
  for (annotate::ClassDef* c : p.ann->classes())
    if (!c->builtin) ++classes;
  if (!o.quiet)
    std::printf("rpy check: no errors in %s (%zu function%s, %zu class%s)\n", o.input.c_str(), p.ann->graphs().size(),
                p.ann->graphs().size() == 1 ? "" : "s", classes, classes == 1 ? "" : "es");
  if (o.timings)
    std::fprintf(stderr, "rpy timings: parse %.1f ms, import %.1f ms, annotate %.1f ms, code generation checks %.1f ms; total %.1f ms\n",
                 p.loader->parse_seconds * 1e3, (p.import_seconds - p.loader->parse_seconds) * 1e3, p.annotate_seconds * 1e3,
                 codegen_seconds * 1e3, std::chrono::duration<double>(Clock::now() - t0).count() * 1e3);
  return 0;
}

}  // namespace rpy::driver
