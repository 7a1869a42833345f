// `rpy bench`: entry point. Parses the options, expands the commands, runs the scheduler,
// prints the summary and the extras, writes the exports. Never throws.
#include "bench/bench.hpp"

#include <cstdio>
#include <exception>

#include "bench/baseline.hpp"
#include "bench/commands.hpp"
#include "bench/envcheck.hpp"
#include "bench/export.hpp"
#include "bench/options.hpp"
#include "bench/report.hpp"
#include "bench/scheduler.hpp"

namespace rpy::bench {

namespace {
int run(int argc, char** argv) {
  ParseOutcome parsed = parse_options(argc, argv);
  if (!parsed.out.empty()) std::fputs(parsed.out.c_str(), stdout);
  if (!parsed.options) {
    if (!parsed.err.empty()) {
      std::fflush(stdout);
      std::fputs(parsed.err.c_str(), stderr);
    }
    return parsed.exit_code;
  }
  const Options& o = *parsed.options;
  Report report(o);

  ExpandResult expanded = expand_commands(o);
  if (!expanded.error.empty()) {
    report.error(expanded.error);
    return 1;
  }
  std::vector<Command> commands = std::move(expanded.commands);
  if (o.reference) {
    Command ref;
    ref.expression = *o.reference;
    if (o.reference_name) ref.name = *o.reference_name;
    ref.is_reference = true;
    commands.insert(commands.begin(), ref);
  }

  std::vector<BaselineEntry> baseline;
  if (o.baseline) {
    auto err = load_baseline(*o.baseline, baseline);
    if (!err.empty()) {
      report.error(err);
      return 1;
    }
  }
  if (auto err = create_export_files(o); !err.empty()) {
    report.error(err);
    return 1;
  }
  if (auto err = pin_to_cpus(o.pin_cpus); !err.empty()) {
    report.error(err);
    return 1;
  }
  if (o.env_check && !report.quiet())
    for (auto& w : environment_warnings(o.pin_cpus)) report.warning(w);

  Scheduler scheduler(o, commands, report);
  try {
    scheduler.run();
  } catch (const BenchError& e) {
    report.error(e.message);
    return 1;
  }
  const auto& results = scheduler.results();
  report.summary(results);
  if (o.baseline) compare_with_baseline(results, baseline, o, report, *o.baseline);
  if (auto err = write_exports(results, o, true); !err.empty()) {
    report.error(err);
    return 1;
  }
  if (o.save_baseline) {
    if (auto err = write_file(*o.save_baseline, render_export(ExportFormat::Json, results, o)); !err.empty()) {
      report.error(err);
      return 1;
    }
  }
  return 0;
}
}  // namespace

int bench_main(int argc, char** argv) {
  try {
    return run(argc, argv);
  } catch (const BenchError& e) {
    std::fflush(stdout);
    std::fprintf(stderr, "Error: %s\n", e.message.c_str());
    return 1;
  } catch (const std::exception& e) {
    std::fflush(stdout);
    std::fprintf(stderr, "Error: %s\n", e.what());
    return 1;
  } catch (...) {
    std::fflush(stdout);
    std::fprintf(stderr, "Error: internal error\n");
    return 1;
  }
}

}  // namespace rpy::bench
