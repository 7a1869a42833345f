// Unit tests of the range facts of loop indices (codegen/range_facts): which `v + c` and `v - c`
// of a script cannot leave 64 bits. Each program goes through the real front end.
#include <gtest/gtest.h>

#include <map>

#include "codegen/range_facts.hpp"
#include "annotated_program.hpp"

using rpy::ir::Expr;
using rpy::ir::ExprOp;

namespace {

// For the function `f` of `body`: the printed form "line:op" of each int + or - on a line, with
// whether it cannot overflow ("+" safe, "!" checked), in source order.
std::string verdicts(const std::string& body) {
  rpy::unit::AnnotatedProgram p(
      body + "\ndef entry_point(argv):\n    f(len(argv))\n    return 0\n\ndef target(*args):\n    return entry_point, None\n", "range");
  EXPECT_TRUE(p.ok());
  std::map<std::pair<uint32_t, uint32_t>, char> found;
  for (rpy::ir::Graph* g : p.graphs()) {
    if (g->name != "f") continue;
    auto facts = rpy::codegen::range_indices(*g);
    std::function<void(const Expr&)> walk = [&](const Expr& e) {
      if (e.op == ExprOp::BinOp && (e.binop == rpy::syntax::BinOp::Add || e.binop == rpy::syntax::BinOp::Sub))
        found[{e.loc.line, e.loc.col}] = rpy::codegen::add_sub_cannot_overflow(e, facts) ? '+' : '!';
      for (auto& a : e.args)
        if (a) walk(*a);
    };
    std::function<void(const rpy::ir::Block&)> block = [&](const rpy::ir::Block& b) {
      for (auto& s : b) {
        for (auto& x : s->exprs)
          if (x) walk(*x);
        block(s->body);
        block(s->orelse);
      }
    };
    block(g->body);
  }
  std::string out;
  for (auto& [pos, v] : found) out += v;
  return out;
}

TEST(RangeFacts, IndexOfAnUpwardRangePlusOne) {
  EXPECT_EQ(verdicts("def f(n):\n    for i in range(n):\n        print(i + 1, 1 + i, i - 1, i + 2, i - -1)\n"), "+++!+");
}

TEST(RangeFacts, NegativeStartKeepsTheDownwardChecks) {
  EXPECT_EQ(verdicts("def f(n):\n    for i in range(-n, n):\n        print(i + 1, i - 1, i + -1)\n"), "+!!");
  EXPECT_EQ(verdicts("def f(n):\n    for i in range(0, n, 2):\n        print(i - 1)\n"), "+");
}

TEST(RangeFacts, OtherStepsAndOtherBindingsAreNotRanges) {
  EXPECT_EQ(verdicts("def f(n):\n    for i in range(n, 0, -1):\n        print(i + 1)\n"), "!");
  EXPECT_EQ(verdicts("def f(n):\n    for i in range(0, n, n):\n        print(i + 1)\n"), "!");
  EXPECT_EQ(verdicts("def f(n):\n    for i in [n, n]:\n        print(i + 1)\n"), "!");
  EXPECT_EQ(verdicts("def f(n):\n    i = 0\n    while i < n:\n        for i in range(n):\n            print(i + 1)\n        i = i * 2\n"),
            "!");
}

// The IR gives each web of a name's assignments its own variable (ir/webs.cpp): an assignment
// after the loop, or a parameter reused as the loop variable, is another variable.
TEST(RangeFacts, SeparateWebsOfOneName) {
  EXPECT_EQ(verdicts("def f(n):\n    for i in range(n):\n        print(i + 1)\n    i = n * n\n    print(i + 1)\n"), "+!");
  EXPECT_EQ(verdicts("def f(n):\n    for n in range(3):\n        print(n + 1)\n"), "+");
}

}  // namespace
