// rpy: one executable with subcommands (translate, check, bench).
#include <CLI/CLI.hpp>
#include <cstdio>
#include <cstring>
#include <string>

#include "bench/bench.hpp"
#include "driver/check.hpp"
#include "driver/guard.hpp"
#include "driver/translate.hpp"
#include "toolchain/compiler.hpp"

static const char* kUsage =
    "usage: rpy <command> [options]\n"
    "\n"
    "commands:\n"
    "  translate FILE.py [target args]   translate an RPython program into ./FILE-c\n"
    "  bench [hyperfine options] CMD...  benchmark commands (hyperfine's options, measured better)\n"
    "  precompile-runtime [--out DIR]    precompile rpy's runtime header (the build does it)\n"
    "  version                           print rpy's version\n"
    "\n"
    "Run `rpy translate --help`, `rpy check --help` or `rpy bench --help` for the options of each command.\n"
    "Exit status: 0 success, 1 an error in the program or its environment, 2 a usage error, 3 an internal\n"
    "error (a bug in rpy).\n";

static int translate_main(int argc, char** argv) {
  rpy::driver::TranslateOptions o;
  CLI::App app{
      "Translate an RPython program (restricted Python 2.7, also accepting Python 3 spellings) into a native executable.\n"
      "The module is imported (module-level code runs now, so globals are constants), target() is called to find\n"
      "entry_point, the whole program's types are inferred from entry_point(argv: list of str) -> int, and C++ is\n"
      "generated and compiled by the system compiler ($CXX, else c++) against rpy's runtime.",
      "rpy translate"};
  app.add_option("file", o.input, "The program's main module (a .py file). Required, except with --link-bundle.");
  app.add_option("args", o.target_args, "Arguments passed to the program's target(driver, args) function.");
  app.add_option("-o,--output", o.output, "Path of the executable to write. Default: ./<module>-c in the current directory.");
  app.add_option("--opt,-O", o.opt,
                 "Optimisation level of the C++ compiler: 0, 1, 2 or 3; or jit: -O2 (--jit-cxx-opt) plus a tracing JIT generated from the "
                 "program's "
                 "JitDriver hints (docs/JIT.md): at run time, hot loops of the program's portals are traced, optimised and compiled "
                 "to x86-64 machine code (on other platforms the portals run as compiled C++). The environment variable RPY_JIT sets "
                 "its parameters (RPY_JIT=threshold=200,trace_limit=10000) or turns it off (RPY_JIT=off); PYPYLOG=jit-log-opt:FILE "
                 "writes its traces. Default: 2.")
      ->check(CLI::IsMember({"0", "1", "2", "3", "jit"}));
  CLI::Option* jit_cxx_opt =
      app.add_option("--jit-cxx-opt", o.jit_cxx_opt,
                     "With --opt=jit: the optimisation level of the C++ compiler for the program's own code (0, 1, 2 or 3). "
                     "The JIT's traces and machine code do not depend on it; a lower level compiles faster (the sanitizer "
                     "build's tests use 0). Default: 2.")
          ->check(CLI::Range(0, 3));
  app.add_option("--source", o.source_dir,
                 "Keep the generated C++ in this directory (created if needed). Default: a temporary directory, removed afterwards.");
  bool batch = false;
  app.add_flag("--batch", batch, "Accepted for compatibility with RPython's translate.py; rpy never asks questions.");
  app.add_flag("--timings", o.timings, "Print the time taken by each stage (parse and import, annotate, codegen, C++ compile) on stderr.");
  app.add_flag("--dump-ast", o.dump_ast, "Print the syntax tree of the main module and stop.");
  app.add_flag("--dump-ir", o.dump_ir, "Print the IR of every translated function after type inference.");
  app.add_flag("--dump-types", o.dump_types, "Print the inferred types of every function, variable, class attribute and list.");
  app.add_flag("--dump-jitcode", o.dump_jitcode,
               "Print the JIT's view of the program (implies --opt=jit): each JitDriver, which functions the JIT looks inside "
               "and why not, and every jitcode, disassembled.");
  app.add_option("--stop-after", o.stop_after, "Stop after this stage: parse, import, annotate or codegen. Default: run every stage.")
      ->check(CLI::IsMember({"parse", "import", "annotate", "codegen"}));
  app.add_flag("--print-compiler-command", o.print_compiler_command, "Print the C++ compiler command line on stderr.");
  app.add_option("--bundle-name", o.bundle_name,
                 "Write the program's C++ as a part of a bundle of programs (for test suites: one compile and link for many "
                 "programs): DIR/NAME.cpp, its code in a namespace of its own and its main() renamed. Needs --stop-after codegen "
                 "and --source DIR; NAME is made of letters, digits and underscores.");
  app.add_option("--link-bundle", o.link_bundle,
                 "Instead of translating a program, compile the parts DIR/NAME.cpp written by --bundle-name into one executable "
                 "(-o), with the flags, runtime and libraries a single program gets from the same options. It runs the program "
                 "named by the environment variable RPY_BUNDLE_PROGRAM=NAME, with its own argv.");
  app.add_flag("-g,--debug", o.debug,
               "Compile with debug information (-g); with the default #line directives, debuggers show the .py lines.");
  app.add_flag("!--no-line-directives", o.line_directives, "Do not emit #line directives in the generated C++.");
  app.add_flag("!--no-tracebacks", o.tracebacks, "Do not record frames for Python-style tracebacks of uncaught exceptions.");
  app.add_flag("!--no-stack-alloc", o.stack_alloc,
               "Allocate every instance on the collected heap (no escape analysis: instances that never outlive their "
               "function otherwise live in its frame).");
  app.add_option("--gc", o.gc,
                 "The garbage collector: boehm (Boehm's conservative collector) or gen (rpy's own generational, moving "
                 "collector, docs/GC.md; so far for programs whose instances hold numbers and other instances, the rest "
                 "refused). Default: boehm.")
      ->check(CLI::IsMember({"boehm", "gen"}));
  app.add_option("--python", o.python,
                 "The program's language: 2 (Python 2.7, RPython) or 3. Default: 2 for a module with target() or a script "
                 "using syntax only Python 2 has (a print statement, `except E, e`, ...), else 3.")
      ->check(CLI::IsMember({2, 3}));
  app.set_version_flag("--version", std::string("rpy ") + RPY_VERSION);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int code = app.exit(e);    // prints help, the version or the error
    return code == 0 ? 0 : 2;  // usage errors exit with 2, as GNU tools (and hyperfine) do
  }
  if (o.dump_jitcode) o.opt = "jit";
  if (jit_cxx_opt->count() && o.opt != "jit") {
    std::fprintf(
        stderr,
        "--jit-cxx-opt needs --opt=jit (without the JIT, --opt is the C++ compiler's level)\nRun with --help for more information.\n");
    return 2;
  }
  if (o.input.empty() == o.link_bundle.empty()) {
    std::fprintf(stderr, "%s\nRun with --help for more information.\n",
                 o.input.empty() ? "file is required" : "--link-bundle takes no program file");
    return 2;
  }
  std::string what = o.input.empty() ? "linking the bundle " + o.link_bundle : "translating " + o.input;
  return rpy::driver::run_guarded(what, [&] { return rpy::driver::run_translate(o); });
}

static int check_main(int argc, char** argv) {
  rpy::driver::CheckOptions o;
  CLI::App app{
      "Check an RPython program without compiling it: import the module, call target(), infer the types of the whole\n"
      "program from entry_point(argv: list of str) -> int, and run the checks of code generation; report every error\n"
      "`rpy translate` would report, with file:line:col, a caret, and notes at the other locations involved.\n"
      "Exit status: 0 no errors, 1 errors (or the file cannot be read), 2 a usage error.",
      "rpy check"};
  app.add_option("file", o.input, "The program's main module (a .py file).")->required();
  app.add_option("args", o.target_args, "Arguments passed to the program's target(driver, args) function.");
  app.add_flag("--dump-types", o.dump_types,
               "Print what rpy inferred: every function's signature and local variables, and every class's attributes and "
               "methods, with their types and where they are defined.");
  app.add_flag("--timings", o.timings, "Print the time taken by each stage on stderr.");
  app.add_option("--python", o.python,
                 "The program's language: 2 (Python 2.7, RPython) or 3. Default: 2 for a module with target() or a script "
                 "using syntax only Python 2 has (a print statement, `except E, e`, ...), else 3.")
      ->check(CLI::IsMember({2, 3}));
  app.add_flag("-q,--quiet", o.quiet, "Print nothing when the program has no errors (the exit status tells).");
  app.set_version_flag("--version", std::string("rpy ") + RPY_VERSION);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int code = app.exit(e);
    return code == 0 ? 0 : 2;
  }
  return rpy::driver::run_guarded("checking " + o.input, [&] { return rpy::driver::run_check(o); });
}

static int precompile_main(int argc, char** argv) {
  std::string out = std::string(RPY_BUILD_DIR) + "/runtime/pch";
  std::vector<int> levels;
  CLI::App app{
      "Precompile rpy's runtime header (rpy/rpy.hpp) for g++ or clang++, once per optimisation level, so that each translation\n"
      "compiles only the program (about 0.3 s of CPU less per program). The build runs this; translations use the\n"
      "result when it matches their flags (RPY_NO_PCH=1 turns it off).",
      "rpy precompile-runtime"};
  app.add_option("--out", out, "Directory to write rpy/rpy.hpp.gch/ into. Default: the build tree's runtime/pch.");
  app.add_option("-O,--opt", levels, "Optimisation levels to precompile for (repeatable). Default: 2.")->check(CLI::IsMember({0, 1, 2, 3}));
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int code = app.exit(e);
    return code == 0 ? 0 : 2;
  }
  if (levels.empty()) levels.push_back(2);
  std::string note;
  std::string error = rpy::toolchain::precompile_runtime(out, levels, &note);
  if (!error.empty()) {
    std::fprintf(stderr, "rpy precompile-runtime: error: %s\n", error.c_str());
    return 1;
  }
  if (!note.empty()) std::fprintf(stderr, "rpy precompile-runtime: %s\n", note.c_str());
  return 0;
}

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fputs(kUsage, stderr);
    return 2;
  }
  std::string cmd = argv[1];
  if (cmd == "translate") return translate_main(argc - 1, argv + 1);
  if (cmd == "check") return check_main(argc - 1, argv + 1);
  if (cmd == "bench") {
    argv[1] = const_cast<char*>("rpy bench");
    return rpy::bench::bench_main(argc - 1, argv + 1);
  }
  if (cmd == "precompile-runtime") return precompile_main(argc - 1, argv + 1);
  if (cmd == "version" || cmd == "--version") {
    std::printf("rpy %s\n", RPY_VERSION);
    return 0;
  }
  if (cmd == "help" || cmd == "--help" || cmd == "-h") {
    std::fputs(kUsage, stdout);
    return 0;
  }
  std::fprintf(stderr, "rpy: error: unknown command '%s'\n\n%s", cmd.c_str(), kUsage);
  return 2;
}
