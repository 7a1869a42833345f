// Parsing of hyperfine-compatible command lines (clap semantics: -w5, -w 5, --warmup=5,
// --warmup 5, bundled short flags, options after positionals, `--`).
#include "bench/options.hpp"

#include <cerrno>
#include <cmath>
#include <cstdlib>
#include <map>

#include "bench/shell.hpp"

namespace rpy::bench {
namespace {

enum class Arity { Flag, One, Two, Three, Optional };

struct Spec {
  const char* long_name;
  char short_name;
  Arity arity;
  const char* value_name;  // for error messages, e.g. "<NUM>"
};

const Spec kSpecs[] = {
    {"warmup", 'w', Arity::One, "<NUM>"},
    {"min-runs", 'm', Arity::One, "<NUM>"},
    {"max-runs", 'M', Arity::One, "<NUM>"},
    {"runs", 'r', Arity::One, "<NUM>"},
    {"setup", 's', Arity::One, "<CMD>"},
    {"prepare", 'p', Arity::One, "<CMD>"},
    {"conclude", 'C', Arity::One, "<CMD>"},
    {"cleanup", 'c', Arity::One, "<CMD>"},
    {"parameter-scan", 'P', Arity::Three, "<VAR> <MIN> <MAX>"},
    {"parameter-step-size", 'D', Arity::One, "<DELTA>"},
    {"parameter-list", 'L', Arity::Two, "<VAR> <VALUES>"},
    {"style", 0, Arity::One, "<TYPE>"},
    {"shell", 'S', Arity::One, "<SHELL>"},
    {"", 'N', Arity::Flag, ""},
    {"ignore-failure", 'i', Arity::Optional, "[<MODE>]"},
    {"time-unit", 'u', Arity::One, "<UNIT>"},
    {"export-asciidoc", 0, Arity::One, "<FILE>"},
    {"export-csv", 0, Arity::One, "<FILE>"},
    {"export-json", 0, Arity::One, "<FILE>"},
    {"export-markdown", 0, Arity::One, "<FILE>"},
    {"export-orgmode", 0, Arity::One, "<FILE>"},
    {"show-output", 0, Arity::Flag, ""},
    {"output", 0, Arity::One, "<WHERE>"},
    {"input", 0, Arity::One, "<WHERE>"},
    {"command-name", 'n', Arity::One, "<NAME>"},
    {"sort", 0, Arity::One, "<METHOD>"},
    {"reference", 0, Arity::One, "<CMD>"},
    {"reference-name", 0, Arity::One, "<NAME>"},
    {"min-benchmarking-time", 0, Arity::One, "<SECS>"},
    {"help", 'h', Arity::Flag, ""},
    {"version", 'V', Arity::Flag, ""},
    // Extras.
    {"memory", 0, Arity::Flag, ""},
    {"ci", 0, Arity::Optional, "[<LEVEL>]"},
    {"confidence", 0, Arity::One, "<LEVEL>"},
    {"significance", 0, Arity::Optional, "[<ALPHA>]"},
    {"interleave", 0, Arity::Flag, ""},
    {"adaptive", 0, Arity::One, "<REL_WIDTH>"},
    {"time-budget", 0, Arity::One, "<SECONDS>"},
    {"pin", 0, Arity::One, "<CPUS>"},
    {"no-env-check", 0, Arity::Flag, ""},
    {"counters", 0, Arity::Flag, ""},
    {"save-baseline", 0, Arity::One, "<FILE>"},
    {"baseline", 0, Arity::One, "<FILE>"},
};

const char kUsage[] = "Usage: rpy bench [OPTIONS] <command>...";

std::string display(const Spec& s) {
  std::string d = s.long_name[0] ? std::string("--") + s.long_name : std::string("-") + s.short_name;
  if (s.value_name[0]) d += std::string(" ") + s.value_name;
  return d;
}

struct UsageError {
  std::string msg;
  bool usage_line = true;
};
struct RunError {
  std::string msg;
};

std::uint64_t parse_u64(const std::string& v, const char* name) {
  std::string why;
  if (v.empty()) why = "cannot parse integer from empty string";
  for (char c : v)
    if (c < '0' || c > '9') {
      why = "invalid digit found in string";
      break;
    }
  if (why.empty()) {
    errno = 0;
    unsigned long long x = std::strtoull(v.c_str(), nullptr, 10);
    if (errno == ERANGE)
      why = "number too large to fit in target type";
    else
      return x;
  }
  throw RunError{std::string("Could not read numeric integer argument to '--") + name + "': " + why};
}

double parse_f64(const std::string& v, const char* name) {
  char* end = nullptr;
  errno = 0;
  double x = std::strtod(v.c_str(), &end);
  if (v.empty() || *end != '\0' || !std::isfinite(x))
    throw RunError{std::string("Could not read numeric floating point argument to '--") + name + "': invalid float literal"};
  return x;
}

template <typename E>
E pick(const std::string& v, const Spec& s, const std::vector<std::pair<const char*, E>>& choices) {
  for (auto& [n, e] : choices)
    if (v == n) return e;
  std::string pv;
  for (auto& [n, e] : choices) pv += (pv.empty() ? "" : ", ") + std::string(n);
  throw UsageError{"invalid value '" + v + "' for '" + display(s) + "'\n  [possible values: " + pv + "]", false};
}

std::vector<int> parse_cpus(const std::string& v) {
  std::vector<int> out;
  size_t i = 0;
  while (i <= v.size()) {
    size_t j = v.find(',', i);
    if (j == std::string::npos) j = v.size();
    std::string part = v.substr(i, j - i);
    size_t dash = part.find('-');
    auto num = [&](const std::string& t) {
      if (t.empty() || t.find_first_not_of("0123456789") != std::string::npos || t.size() > 5)
        throw RunError{"Invalid CPU list '" + v + "' for '--pin' (expected e.g. 0 or 0,2 or 1-3)"};
      return std::atoi(t.c_str());
    };
    if (dash == std::string::npos)
      out.push_back(num(part));
    else {
      int a = num(part.substr(0, dash)), b = num(part.substr(dash + 1));
      if (b < a) throw RunError{"Invalid CPU range '" + part + "' for '--pin'"};
      for (int c = a; c <= b; ++c) out.push_back(c);
    }
    i = j + 1;
  }
  return out;
}

}  // namespace

std::string help_text() {
  return R"(rpy bench: a command-line benchmarking tool with hyperfine's interface.

Usage: rpy bench [OPTIONS] <command>...

Arguments:
  <command>...  The command(s) to benchmark (run through the shell unless -N/--shell=none).

Options (same spellings and meanings as hyperfine 1.20):
  -w, --warmup <NUM>               Perform NUM warmup runs before the actual benchmark (default 0).
  -m, --min-runs <NUM>             Perform at least NUM runs for each command (default: 10).
  -M, --max-runs <NUM>             Perform at most NUM runs for each command (default: no limit).
  -r, --runs <NUM>                 Perform exactly NUM runs for each command.
  -s, --setup <CMD>                Execute CMD once before each set of timing runs.
  -p, --prepare <CMD>              Execute CMD before each timing run (once, or once per command).
  -C, --conclude <CMD>             Execute CMD after each timing run (once, or once per command).
  -c, --cleanup <CMD>              Execute CMD after all runs of each command.
  -P, --parameter-scan <VAR> <MIN> <MAX>
                                   Benchmark each value in MIN..MAX, replacing {VAR} in commands.
  -D, --parameter-step-size <DELTA>
                                   Step for --parameter-scan (required for decimal bounds).
  -L, --parameter-list <VAR> <VALUES>
                                   Benchmark each value of the comma-separated list (repeatable:
                                   Cartesian product).
      --style <TYPE>               auto, basic, full, nocolor, color, none (default: auto).
  -S, --shell <SHELL>              Shell to use: a name, a command line like "bash --norc",
                                   "default", or "none".
  -N                               An alias for '--shell=none'.
  -i, --ignore-failure[=<MODE>]    Ignore non-zero exit codes: all (default, or 'all-non-zero'),
                                   or a comma-separated list of codes, e.g. --ignore-failure=1,2.
      --sort <METHOD>              auto, command, mean-time (default: auto).
  -u, --time-unit <UNIT>           microsecond, millisecond, second.
      --export-asciidoc <FILE>     Export a summary table as AsciiDoc ('-' for stdout).
      --export-csv <FILE>          Export the summary statistics as CSV (seconds).
      --export-json <FILE>         Export all statistics and per-run times as JSON (seconds).
      --export-markdown <FILE>     Export a summary table as Markdown.
      --export-orgmode <FILE>      Export a summary table as an Emacs org-mode table.
      --show-output                Print the stdout and stderr of the benchmark.
      --output <WHERE>             null (default), pipe, inherit, or a FILE (once or per command).
      --input <WHERE>              null (default) or a FILE to feed to the command's stdin.
  -n, --command-name <NAME>        Give a meaningful name to a command (repeatable).
      --reference <CMD>            The reference command for the relative comparison.
      --reference-name <NAME>      The name of the reference command.
  -h, --help                       Print help.
  -V, --version                    Print version.

Extras (rpy bench only):
      --memory                     Show the peak memory (max RSS) of each run: wait4's rusage of
                                   that child only, so it is correct per run.
      --ci[=<LEVEL>]               Show confidence intervals for each mean (Student t) and each
                                   ratio (Fieller), default level 0.95.
      --confidence <LEVEL>         Same as --ci=LEVEL.
      --significance[=<ALPHA>]     Show a significance verdict between commands (Welch's t-test and
                                   Mann-Whitney U), default alpha = 1 - LEVEL.
      --interleave                 Run the commands interleaved (A B A B ...) against drift.
      --adaptive <REL_WIDTH>       Run until the CI of the mean is narrower than REL_WIDTH times
                                   the mean (e.g. 0.02), within --time-budget.
      --time-budget <SECONDS>      Budget per command for --adaptive (default 60).
      --pin <CPUS>                 Pin the benchmarked commands to CPUs (e.g. 1 or 0,2 or 2-3).
      --no-env-check               Do not warn about load, CPU governor or competing processes.
      --counters                   Count instructions and cycles with perf_event_open.
      --save-baseline <FILE>       Save this run as a baseline (JSON).
      --baseline <FILE>            Compare this run against a saved baseline.
)";
}

ParseOutcome parse_options(int argc, char** argv) {
  ParseOutcome out;
  Options o;
  std::map<std::string, int> seen;
  bool min_given = false, max_given = false, step_given = false, shell_given = false, none_given = false, show_output = false,
       output_given = false;
  std::string step;

  auto apply = [&](const Spec& s, const std::vector<std::string>& v) {
    std::string name = s.long_name[0] ? s.long_name : std::string(1, s.short_name);
    seen[name]++;
    if (name == "warmup")
      o.warmup = parse_u64(v[0], "warmup");
    else if (name == "min-runs") {
      o.min_runs = parse_u64(v[0], "min-runs");
      min_given = true;
    } else if (name == "max-runs") {
      o.max_runs = parse_u64(v[0], "max-runs");
      max_given = true;
    } else if (name == "runs") {
      auto r = parse_u64(v[0], "runs");
      o.min_runs = r;
      o.max_runs = r;
      o.runs_given = true;
    } else if (name == "setup")
      o.setup.push_back(v[0]);
    else if (name == "prepare")
      o.prepare.push_back(v[0]);
    else if (name == "conclude")
      o.conclude.push_back(v[0]);
    else if (name == "cleanup")
      o.cleanup.push_back(v[0]);
    else if (name == "parameter-scan")
      o.scan = ParameterScan{v[0], v[1], v[2], std::nullopt};
    else if (name == "parameter-step-size") {
      step = v[0];
      step_given = true;
    } else if (name == "parameter-list")
      o.lists.emplace_back(v[0], v[1]);
    else if (name == "style")
      o.style = pick<Style>(v[0], s,
                            {{"auto", Style::Auto},
                             {"basic", Style::Basic},
                             {"full", Style::Full},
                             {"nocolor", Style::NoColor},
                             {"color", Style::Color},
                             {"none", Style::None}});
    else if (name == "shell") {
      shell_given = true;
      if (v[0] == "none") {
        o.shell_is_none = true;
        o.shell.clear();
      } else if (v[0] == "default") {
        o.shell = {"sh"};
      } else {
        auto words = split_shell_words(v[0]);
        if (!words.ok) throw RunError{"Failed to parse '--shell <command>' expression as command line: " + words.error};
        if (words.words.empty()) throw RunError{"An empty command has been specified for the '--shell <command>' option"};
        o.shell = words.words;
      }
    } else if (name == "N") {
      none_given = true;
      o.shell_is_none = true;
      o.shell.clear();
    } else if (name == "ignore-failure") {
      if (v.empty() || v[0] == "all-non-zero" || v[0] == "all") {
        o.ignore = Options::Ignore::All;
      } else {
        o.ignore = Options::Ignore::Codes;
        size_t i = 0;
        while (i <= v[0].size()) {
          size_t j = v[0].find(',', i);
          if (j == std::string::npos) j = v[0].size();
          std::string t = v[0].substr(i, j - i);
          char* end = nullptr;
          long c = std::strtol(t.c_str(), &end, 10);
          if (t.empty() || *end)
            throw UsageError{"invalid value '" + v[0] +
                                 "' for '--ignore-failure [<MODE>]': expected 'all-non-zero' or a comma-separated list of exit codes",
                             false};
          o.ignore_codes.insert(int(c));
          i = j + 1;
        }
      }
    } else if (name == "time-unit")
      o.unit = pick<TimeUnit>(
          v[0], s, {{"microsecond", TimeUnit::MicroSecond}, {"millisecond", TimeUnit::MilliSecond}, {"second", TimeUnit::Second}});
    else if (name == "sort")
      o.sort = pick<SortOrder>(v[0], s, {{"auto", SortOrder::Auto}, {"command", SortOrder::Command}, {"mean-time", SortOrder::MeanTime}});
    else if (name == "export-asciidoc")
      o.exports.push_back({ExportFormat::AsciiDoc, v[0]});
    else if (name == "export-csv")
      o.exports.push_back({ExportFormat::Csv, v[0]});
    else if (name == "export-json")
      o.exports.push_back({ExportFormat::Json, v[0]});
    else if (name == "export-markdown")
      o.exports.push_back({ExportFormat::Markdown, v[0]});
    else if (name == "export-orgmode")
      o.exports.push_back({ExportFormat::OrgMode, v[0]});
    else if (name == "show-output")
      show_output = true;
    else if (name == "output") {
      output_given = true;
      OutputPolicy p;
      if (v[0] == "null")
        p.kind = OutputPolicy::Null;
      else if (v[0] == "pipe")
        p.kind = OutputPolicy::Pipe;
      else if (v[0] == "inherit")
        p.kind = OutputPolicy::Inherit;
      else if (v[0].empty())
        throw RunError{"Unknown output policy ''."};
      else if (v[0].find('/') == std::string::npos && v[0].find('.') == std::string::npos &&
               v[0].find_first_not_of("abcdefghijklmnopqrstuvwxyz") == std::string::npos)
        throw RunError{"Unknown output policy '" + v[0] + "'. Use './" + v[0] + "' to output to a file named '" + v[0] + "'."};
      else {
        p.kind = OutputPolicy::File;
        p.path = v[0];
      }
      o.outputs.push_back(p);
    } else if (name == "input") {
      if (v[0] == "null")
        o.input.reset();
      else
        o.input = v[0];
    } else if (name == "command-name")
      o.names.push_back(v[0]);
    else if (name == "reference")
      o.reference = v[0];
    else if (name == "reference-name")
      o.reference_name = v[0];
    else if (name == "min-benchmarking-time")
      o.min_time = parse_f64(v[0], "min-benchmarking-time");
    else if (name == "help") {
      out.out = help_text();
      out.exit_code = 0;
      throw 0;
    } else if (name == "version") {
      out.out = "rpy bench 0.1.0 (hyperfine 1.20 compatible)\n";
      throw 0;
    } else if (name == "memory")
      o.memory = true;
    else if (name == "ci" || name == "confidence") {
      o.show_ci = true;
      if (!v.empty()) {
        double l = parse_f64(v[0], name.c_str());
        if (l > 1 && l < 100) l /= 100;  // accept 95 as 0.95
        if (!(l > 0 && l < 1)) throw RunError{"The confidence level must be between 0 and 1 (e.g. 0.95)"};
        o.confidence = l;
      }
    } else if (name == "significance") {
      o.show_significance = true;
      if (!v.empty()) {
        double a = parse_f64(v[0], "significance");
        if (!(a > 0 && a < 1)) throw RunError{"The significance level must be between 0 and 1 (e.g. 0.05)"};
        o.significance = a;
      } else
        o.significance = -1;  // derive from the confidence level
    } else if (name == "interleave")
      o.interleave = true;
    else if (name == "adaptive") {
      double w = parse_f64(v[0], "adaptive");
      if (!(w > 0)) throw RunError{"The '--adaptive' relative width must be positive (e.g. 0.02)"};
      o.adaptive = w;
    } else if (name == "time-budget") {
      o.time_budget = parse_f64(v[0], "time-budget");
      if (!(o.time_budget > 0)) throw RunError{"The '--time-budget' must be positive"};
    } else if (name == "pin")
      o.pin_cpus = parse_cpus(v[0]);
    else if (name == "no-env-check")
      o.env_check = false;
    else if (name == "counters")
      o.counters = true;
    else if (name == "save-baseline")
      o.save_baseline = v[0];
    else if (name == "baseline")
      o.baseline = v[0];
  };

  try {
    bool only_positional = false;
    for (int i = 1; i < argc; ++i) {
      std::string a = argv[i];
      if (only_positional || a.size() < 2 || a[0] != '-') {
        o.commands.push_back(a);
        continue;
      }
      if (a == "--") {
        only_positional = true;
        continue;
      }
      auto take = [&](const Spec& s, std::optional<std::string> attached) {
        std::vector<std::string> vals;
        int need = s.arity == Arity::One ? 1 : s.arity == Arity::Two ? 2 : s.arity == Arity::Three ? 3 : 0;
        if (s.arity == Arity::Flag) {
          if (attached) throw UsageError{"unexpected value '" + *attached + "' for '" + display(s) + "' found; no more were expected"};
        } else if (s.arity == Arity::Optional) {
          if (attached) vals.push_back(*attached);
        } else {
          if (attached) {
            vals.push_back(*attached);
            --need;
          }
          for (; need > 0; --need) {
            if (i + 1 >= argc) {
              if (vals.empty()) throw UsageError{"a value is required for '" + display(s) + "' but none was supplied"};
              throw UsageError{std::to_string(int(vals.size())) + " values required for '" + display(s) + "' but " +
                               std::to_string(int(vals.size())) + " was provided"};
            }
            vals.push_back(argv[++i]);
          }
        }
        apply(s, vals);
      };
      if (a[1] == '-') {
        std::string body = a.substr(2);
        std::optional<std::string> attached;
        auto eq = body.find('=');
        if (eq != std::string::npos) {
          attached = body.substr(eq + 1);
          body = body.substr(0, eq);
        }
        const Spec* found = nullptr;
        for (auto& s : kSpecs)
          if (s.long_name[0] && body == s.long_name) found = &s;
        if (!found) throw UsageError{"unexpected argument '" + a + "' found\n\n  tip: to pass '" + a + "' as a value, use '-- " + a + "'"};
        take(*found, attached);
      } else {
        // Short option(s): -N, -w5, -w 5, -Ni, -i=1,2
        for (size_t k = 1; k < a.size(); ++k) {
          const Spec* found = nullptr;
          for (auto& s : kSpecs)
            if (s.short_name == a[k]) found = &s;
          if (!found) {
            std::string f = std::string("-") + a[k];
            throw UsageError{"unexpected argument '" + f + "' found\n\n  tip: to pass '" + f + "' as a value, use '-- " + f + "'"};
          }
          if (found->arity == Arity::Flag) {
            take(*found, std::nullopt);
            continue;
          }
          std::optional<std::string> attached;
          if (k + 1 < a.size()) {
            attached = a.substr(k + 1);
            if ((*attached)[0] == '=') attached = attached->substr(1);
          }
          take(*found, attached);
          break;
        }
      }
    }
    // Conflicts (clap-style, exit 2).
    if (none_given && shell_given) throw UsageError{"the argument '-N' cannot be used with '--shell <SHELL>'"};
    if (o.scan && !o.lists.empty())
      throw UsageError{"the argument '--parameter-scan <VAR> <MIN> <MAX>' cannot be used with '--parameter-list <VAR> <VALUES>'"};
    if (o.runs_given && (min_given || max_given))
      throw UsageError{std::string("the argument '--runs <NUM>' cannot be used with '") +
                       (min_given ? "--min-runs <NUM>" : "--max-runs <NUM>") + "'"};
    if (show_output && output_given) throw UsageError{"the argument '--show-output' cannot be used with '--output <WHERE>'"};
    if (step_given && !o.scan)
      throw UsageError{"the following required arguments were not provided:\n  --parameter-scan <VAR> <MIN> <MAX>"};
    if (o.commands.empty()) throw UsageError{"the following required arguments were not provided:\n  <command>..."};
    if (step_given) o.scan->step = step;
    if (show_output) o.outputs = {OutputPolicy{OutputPolicy::Inherit, ""}};
    if (o.significance < 0) o.significance = 1.0 - o.confidence;
    if (o.runs_given && o.max_runs && *o.max_runs == 0) throw RunError{"Number of runs below one is not allowed"};
    if (o.max_runs && o.min_runs > *o.max_runs)
      throw RunError{"Conflicting requirements for the number of runs (empty range, min is larger than max)"};
    if (o.input) {
      FILE* f = std::fopen(o.input->c_str(), "r");
      if (!f) throw RunError{"The file '" + *o.input + "' specified as '--input' does not exist"};
      std::fclose(f);
    }
  } catch (int) {
    return out;
  } catch (const UsageError& e) {
    out.exit_code = 2;
    out.err = "error: " + e.msg + "\n\n" + (e.usage_line ? std::string(kUsage) + "\n\n" : "") + "For more information, try '--help'.\n";
    return out;
  } catch (const RunError& e) {
    out.exit_code = 1;
    out.err = "Error: " + e.msg + "\n";
    return out;
  }
  out.options = std::move(o);
  return out;
}

}  // namespace rpy::bench
