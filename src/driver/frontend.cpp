#include "driver/frontend.hpp"

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>

#include "annotate/annotator.hpp"
#include "common/display.hpp"
#include "modules/loader.hpp"
#include "modules/script.hpp"
#include "opt/escape.hpp"
#include "opt/recursion.hpp"
#include "syntax/parser.hpp"

namespace rpy::driver {

namespace fs = std::filesystem;
namespace m = rpy::modules;

Program::Program(FrontendOptions o) : opts(std::move(o)) { diags.options().colour = colour_wanted(stderr); }

int Program::fail(const std::string& message) const {
  if (opts.quiet) return 1;
  std::fflush(stdout);
  std::string line = opts.command + ": error: " + printable(message) + "\n";
  std::fwrite(line.data(), 1, line.size(), stderr);
  return 1;
}

int Program::report() {
  if (opts.quiet) return 1;
  std::fflush(stdout);
  diags.print(stderr);
  size_t n = diags.error_count();
  std::fprintf(stderr, "rpy: %zu error%s%s\n", n, n == 1 ? "" : "s", opts.outcome.c_str());
  return 1;
}

// Prints a Python exception raised by import-time code (module level, target(), decorators).
static int report_frames(Program& p, const std::vector<Loc>& frames, const std::string& message, const char* innermost);

static int report_import_exception(Program& p, const m::PyException& e, const char* phase) {
  auto* inst = e.value->kind == m::ObjKind::Instance ? e.value->as<m::InstanceObj>() : nullptr;
  std::string name = inst ? inst->klass()->name : m::type_name(e.value);
  std::string text;
  if (inst) {
    auto it = inst->attrs.find("args");
    if (it != inst->attrs.end() && it->second->kind == m::ObjKind::Tuple) {
      auto& items = it->second->as<m::TupleObj>()->items;
      if (items.size() == 1)
        text = m::to_str(items[0]);
      else if (items.size() > 1)
        text = m::repr(it->second);
    }
  }
  std::string message = std::string(phase) + " raised " + name + (text.empty() ? "" : ": " + text);
  std::vector<Loc> frames = e.traceback;
  frames.push_back(e.loc);
  return report_frames(p, frames, message, "raised inside rpy's library, at ");
}

// The frames, outermost first, ending where the error arose. Inside rpy's own library (lib/std,
// lib/rpython), the error blames the program's innermost line that called or imported into it; the
// library's frames follow as notes, by their path in the repository (never the absolute path).
static int report_frames(Program& p, const std::vector<Loc>& frames, const std::string& message, const char* innermost) {
  auto library = [&](const Loc& l) {
    return l.valid() && l.file < p.sm.size() ? m::library_display_path(p.sm.file(l.file).path) : std::string();
  };
  size_t blamed = frames.size() - 1;
  if (!library(frames.back()).empty()) {
    size_t k = frames.size();
    while (k > 0 && !library(frames[k - 1]).empty()) --k;
    if (k > 0 && frames[k - 1].valid()) blamed = k - 1;
  }
  Diagnostic& d = p.diags.error(frames[blamed], message);
  for (size_t i = 0; i < blamed; ++i) d.notes.push_back({frames[i], "called from here"});
  for (size_t i = blamed + 1; i < frames.size(); ++i) {
    const Loc& l = frames[i];
    std::string where = library(l) + ":" + std::to_string(l.line);
    std::string_view line = l.line ? p.sm.file(l.file).line_text(l.line) : std::string_view();
    while (!line.empty() && (line.front() == ' ' || line.front() == '\t')) line.remove_prefix(1);
    while (!line.empty() && (line.back() == '\n' || line.back() == '\r' || line.back() == ' ')) line.remove_suffix(1);
    bool last = i + 1 == frames.size();
    d.notes.push_back(
        {Loc{}, std::string(last ? innermost : "in rpy's library, at ") + where + (line.empty() ? "" : ": " + std::string(line))});
  }
  return p.report();
}

// A construct the import-time evaluator does not support (or a budget it exceeded).
static int report_eval_error(Program& p, const m::EvalError& e) {
  // Met in the program's own code: its line says it all (as before).
  // Met in the program's own code: its line, and, when module-level code called it, the calls
  // that brought it there (the outermost says why it runs at import time).
  if (!e.loc.valid() || e.loc.file >= p.sm.size() || m::library_display_path(p.sm.file(e.loc.file).path).empty()) {
    Diagnostic& d = p.diags.error(e.loc, e.message);
    for (size_t i = 0; i < e.traceback.size(); ++i)
      d.notes.push_back({e.traceback[i], i == 0 ? "this runs at import time because module-level code calls it here (rpy runs "
                                                  "module-level code while it translates)"
                                                : "called from here"});
    return p.report();
  }
  std::vector<Loc> frames = e.traceback;
  frames.push_back(e.loc);
  return report_frames(p, frames, e.message, "met inside rpy's library, at ");
}

static std::vector<std::string> search_path(const std::string& input) {
  std::vector<std::string> p;
  fs::path dir = fs::path(input).parent_path();
  p.push_back(dir.empty() ? "." : dir.string());
  if (const char* pp = std::getenv("PYTHONPATH")) {
    std::string s = pp;
    size_t i = 0;
    while (i <= s.size()) {
      size_t j = s.find(':', i);
      if (j == std::string::npos) j = s.size();
      if (j > i) p.push_back(s.substr(i, j - i));
      i = j + 1;
    }
  }
  if (const char* lib = std::getenv("RPY_LIB_DIR")) p.push_back(lib);
  p.push_back(std::string(RPY_SOURCE_DIR) + "/lib");
  return p;
}

int check_input(Program& p) {
  std::string text, why;
  if (!read_file(p.opts.input, text, &why)) return p.fail("cannot read '" + p.opts.input + "': " + why);
  return 0;
}

int parse_only(Program& p, bool dump_ast) {
  std::string text, why;
  if (!read_file(p.opts.input, text, &why)) return p.fail("cannot read '" + p.opts.input + "': " + why);
  uint32_t id = p.sm.add(p.opts.input, fs::path(p.opts.input).stem().string(), std::move(text));
  auto ast = syntax::parse_module(p.sm, id, p.diags);
  if (p.diags.has_errors() || !ast) return p.report();
  if (dump_ast) std::fputs(syntax::dump_ast(*ast).c_str(), stdout);
  return 0;
}

int load(Program& p) {
  auto t0 = Clock::now();
  auto new_loader = [&p](size_t cut) {
    p.loader = std::make_unique<m::Loader>(p.sm, p.diags, search_path(p.opts.input));
    p.loader->requested_python = p.opts.python;
    p.loader->interp().step_limit = p.opts.step_limit;
    p.loader->script_cut = cut;
    // sys.argv at import time is what RPython's translator shows: its own path, options, the target.
    std::error_code ec;
    fs::path exe = fs::read_symlink("/proc/self/exe", ec);
    std::vector<std::string> argv{(ec ? fs::path("rpython") : exe.parent_path() / "rpython").string()};
    if (p.opts.opt != "2") argv.push_back("--opt=" + p.opts.opt);
    argv.push_back(p.opts.input);
    argv.insert(argv.end(), p.opts.target_args.begin(), p.opts.target_args.end());
    p.loader->set_argv(std::move(argv));
  };
  try {
    // A script whose module-level code stopped early at a statement that only the running program
    // can execute is imported again from scratch, cut before that statement (modules/script.hpp).
    m::ModuleObj* mainmod = nullptr;
    for (size_t cut = SIZE_MAX;;) {
      new_loader(cut);
      mainmod = p.loader->load_main(p.opts.input);
      if (!p.loader->restart) break;
      cut = p.loader->found_cut;
    }
    auto tgt = mainmod->attrs.find("target");
    if (tgt == mainmod->attrs.end()) {
      // A script: its module body from the cut on is the program.
      p.loader->bind_main_block_imports(mainmod);
      p.script = true;
      // A module of definitions only (nothing runs when the program does) is a library, refused.
      if (p.loader->is_script && p.loader->found_cut < mainmod->ast->body.size())
        p.entry = m::build_script_entry(p.loader->interp(), *mainmod, p.loader->found_cut);
      else if (p.loader->is_script && m::runs_code(*mainmod->ast))
        // Its code ran to the end at translation time without output or input (nothing only the
        // running program can do): the program is that code, and does nothing more when it runs.
        p.entry = m::build_script_entry(p.loader->interp(), *mainmod, mainmod->ast->body.size());
      else if (!p.loader->is_script && m::first_guard(*mainmod->ast) < mainmod->ast->body.size())
        p.entry = m::build_script_entry(p.loader->interp(), *mainmod, m::first_guard(*mainmod->ast));
      if (!p.entry) {
        p.diags.error({mainmod->file, 1, 1, 1, 1},
                      "the module defines no target() function and nothing runs when it is run as a program (it only defines "
                      "functions, classes or imports): a script runs its code at module level or in an `if __name__ == "
                      "'__main__':` block; RPython programs define `def target(driver, args): return entry_point, None`");
        return p.report();
      }
    } else {
      // target(driver, args): lib/rpython's TranslationDriver, whose exe_name the target may set.
      auto& interp = p.loader->interp();
      Loc tloc = tgt->second->kind == m::ObjKind::Function ? tgt->second->as<m::FunctionObj>()->loc : Loc{};
      m::Ref dmod = interp.loader().import_module("rpython.translator.driver", tloc);
      m::Ref driver = interp.call(interp.get_attr(dmod, "TranslationDriver", tloc), {}, {}, tloc);
      auto args = std::make_shared<m::ListObj>();
      for (auto& a : p.opts.target_args) args->items.push_back(m::make_str(a));
      m::Ref res = interp.call(tgt->second, {driver, args}, {}, tloc);
      if (res->kind == m::ObjKind::Tuple && !res->as<m::TupleObj>()->items.empty()) {
        auto& items = res->as<m::TupleObj>()->items;
        // RPython's second result gives the entry point's argument types, None for a standalone
        // executable (whose entry point takes argv); rpy builds only standalone executables.
        if (items.size() > 1 && items[1]->kind != m::ObjKind::None) {
          p.diags.error(tloc, "target() returned the entry point's argument types (its second result, " + m::repr(items[1]) +
                                  "): rpy builds standalone executables only, whose entry point takes argv (a list of "
                                  "str); return `entry_point, None`");
          return p.report();
        }
        res = items[0];
      }
      p.entry = res;
      if (p.entry->kind != m::ObjKind::Function) {
        p.diags.error(tloc, "target() must return the entry point function (or a tuple (entry_point, None)), but it returned " +
                                m::type_name(p.entry));
        return p.report();
      }
      m::Ref en = interp.get_attr(driver, "exe_name", tloc);
      if (en->kind == m::ObjKind::Str) p.exe_name = en->as<m::StrObj>()->value;
    }
  } catch (m::PyException& e) {
    return report_import_exception(p, e, "module-level code");
  } catch (m::EvalError& e) {
    return report_eval_error(p, e);
  } catch (FatalError&) {
    return p.report();
  }
  p.import_seconds = since(t0);
  return 0;
}

int analyse(Program& p) {
  auto t0 = Clock::now();
  p.ann = std::make_unique<annotate::Annotator>(p.loader->interp(), p.diags);
  p.ann->allow_none_entry = p.script;
  p.ann->script = p.script;
  p.ann->jit = p.opts.jit;
  bool ok = false;
  try {
    ok = p.ann->run(p.entry);
  } catch (m::PyException& e) {
    return report_import_exception(p, e, "a decorator or import inside a function");
  } catch (m::EvalError& e) {
    return report_eval_error(p, e);
  } catch (FatalError&) {
    return p.report();
  }
  if (ok && !p.diags.has_errors() && p.opts.stack_alloc) {
    opt::stack_allocate(p.ann->graphs());
    opt::mark_owned_lists(p.ann->graphs());
  }
  if (ok && !p.diags.has_errors()) opt::mark_recursive(p.ann->graphs());
  p.annotate_seconds = since(t0);
  if (!ok || p.diags.has_errors()) return p.report();
  return 0;
}

}  // namespace rpy::driver
