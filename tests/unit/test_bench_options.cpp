// Unit tests for rpy bench's option parsing and command expansion (hyperfine semantics; the
// expected orders were observed with hyperfine 1.15 on this machine).
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "bench/commands.hpp"
#include "bench/options.hpp"
#include "bench/shell.hpp"

using namespace rpy::bench;

static ParseOutcome parse(std::vector<std::string> args) {
  args.insert(args.begin(), "rpy bench");
  std::vector<char*> argv;
  for (auto& a : args) argv.push_back(a.data());
  return parse_options(int(argv.size()), argv.data());
}

TEST(BenchOptions, ShortLongAndAttachedForms) {
  auto r = parse({"-w5", "--min-runs=3", "-M", "7", "-N", "true", "--style", "basic"});
  ASSERT_TRUE(r.options);
  EXPECT_EQ(r.options->warmup, 5u);
  EXPECT_EQ(r.options->min_runs, 3u);
  EXPECT_EQ(*r.options->max_runs, 7u);
  EXPECT_TRUE(r.options->shell_is_none);
  EXPECT_EQ(r.options->commands, std::vector<std::string>{"true"});
}

TEST(BenchOptions, UsageErrorsExit2AndRuntimeErrorsExit1) {
  EXPECT_EQ(parse({"--foo", "true"}).exit_code, 2);
  EXPECT_EQ(parse({}).exit_code, 2);
  EXPECT_EQ(parse({"--style", "bogus", "true"}).exit_code, 2);
  EXPECT_EQ(parse({"-N", "-S", "sh", "true"}).exit_code, 2);
  EXPECT_EQ(parse({"-r", "2", "-m", "3", "true"}).exit_code, 2);
  EXPECT_EQ(parse({"-w", "x", "true"}).exit_code, 1);
  EXPECT_EQ(parse({"-m", "5", "-M", "2", "true"}).exit_code, 1);
  EXPECT_EQ(parse({"--help"}).exit_code, 0);
}

TEST(BenchOptions, IgnoreFailureCodes) {
  auto r = parse({"--ignore-failure=1,3", "false"});
  ASSERT_TRUE(r.options);
  EXPECT_EQ(r.options->ignore, Options::Ignore::Codes);
  EXPECT_EQ(r.options->ignore_codes.count(3), 1u);
  auto all = parse({"-i", "false"});
  EXPECT_EQ(all.options->ignore, Options::Ignore::All);
}

TEST(BenchCommands, ParameterRanges) {
  EXPECT_EQ(parameter_range("1", "3", std::nullopt).values, (std::vector<std::string>{"1", "2", "3"}));
  EXPECT_EQ(parameter_range("0.3", "0.7", std::string("0.2")).values, (std::vector<std::string>{"0.3", "0.5", "0.7"}));
  EXPECT_EQ(parameter_range("1", "2", std::string("0.5")).values, (std::vector<std::string>{"1", "1.5", "2.0"}));
  EXPECT_EQ(parameter_range("3", "1", std::nullopt).error, "Empty parameter range");
  EXPECT_FALSE(parameter_range("1", "2.5", std::nullopt).error.empty());
  EXPECT_EQ(parameter_range("1", "5", std::string("0")).error, "Zero is not a valid parameter step");
}

TEST(BenchCommands, ListsAreACartesianProductWithTheCommandFastest) {
  auto r = parse({"-L", "a", "1,2", "-L", "b", "x,y", "c1 {a}{b}", "c2 {b}"});
  ASSERT_TRUE(r.options);
  auto e = expand_commands(*r.options);
  ASSERT_TRUE(e.error.empty());
  std::vector<std::string> got;
  for (auto& c : e.commands) got.push_back(c.command());
  EXPECT_EQ(got, (std::vector<std::string>{"c1 1x", "c2 x", "c1 2x", "c2 x", "c1 1y", "c2 y", "c1 2y", "c2 y"}));
  EXPECT_EQ(e.commands[1].name_with_unused_parameters(), "c2 x (a = 1)");
  EXPECT_EQ(split_parameter_list("a\\,b,c"), (std::vector<std::string>{"a,b", "c"}));
}

TEST(BenchCommands, NamesAndSubstitutionDoNotReplaceTwice) {
  auto r = parse({"-L", "x", "{y}", "-L", "y", "Q", "-n", "n{x}", "echo {x}{y}"});
  auto e = expand_commands(*r.options);
  ASSERT_EQ(e.commands.size(), 1u);
  EXPECT_EQ(e.commands[0].command(), "echo {y}Q");
  EXPECT_EQ(e.commands[0].display_name(), "n{y}");
}

TEST(BenchShell, SplitsLikeShellWords) {
  auto w = split_shell_words("sleep 0.1 'a b' \"c \\\"d\" e\\ f");
  ASSERT_TRUE(w.ok);
  EXPECT_EQ(w.words, (std::vector<std::string>{"sleep", "0.1", "a b", "c \"d", "e f"}));
  EXPECT_FALSE(split_shell_words("echo \"unterminated").ok);
}
