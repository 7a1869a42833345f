// Unit tests of the `inline` declaration of small generated functions (codegen/inline_hint): a
// function as small as RPython's backend optimiser would inline is declared inline; loops, try,
// generators, recursion and bigger bodies are left to the C++ compiler's own limit. Each program
// goes through the real front end (import, annotation, recursion marking).
#include <gtest/gtest.h>

#include <map>

#include "codegen/inline_hint.hpp"
#include "opt/recursion.hpp"
#include "annotated_program.hpp"

namespace {

// Function name -> declared inline, for every graph of `body` (an RPython program).
std::map<std::string, bool> hints(const std::string& body) {
  rpy::unit::AnnotatedProgram p(body + "\ndef target(*args):\n    return entry_point, None\n", "inline");
  EXPECT_TRUE(p.ok());
  rpy::opt::mark_recursive(p.graphs());
  std::map<std::string, bool> r;
  for (rpy::ir::Graph* g : p.graphs()) r[g->name] = rpy::codegen::declare_inline(*g);
  return r;
}

const char* kProgram = R"(
def eval_a(i, j):
    return 1.0 / ((i + j) * (i + j + 1) // 2 + i + 1)

def pick(a, b):
    if a < b:
        return a
    return b

def total(xs):
    t = 0
    for x in xs:
        t += x
    return t

def count_down(n):
    while n > 0:
        n -= 1
    return n

def guarded(xs, i):
    try:
        return xs[i]
    except IndexError:
        return 0

def squares(n):
    return [k * k for k in range(n)]

def fact(n):
    if n <= 1:
        return 1
    return n * fact(n - 1)

def gen(n):
    yield n

def long_sum(a, b, c, d):
    x = a * b + c * d - a * c + b * d
    y = x * a + x * b + x * c + x * d
    z = y * a - y * b + y * c - y * d
    return x + y + z + a + b + c + d

def entry_point(argv):
    n = len(argv)
    xs = [n, n + 1]
    print(eval_a(n, 2), pick(n, 3), total(xs), count_down(n), guarded(xs, n), len(squares(n)))
    print(fact(n), long_sum(n, 1, 2, 3))
    for v in gen(n):
        print(v)
    return 0
)";

TEST(InlineHint, SmallStraightLineFunctionsAreDeclaredInline) {
  auto h = hints(kProgram);
  EXPECT_TRUE(h.at("eval_a"));
  EXPECT_TRUE(h.at("pick"));
}

TEST(InlineHint, LoopsTryComprehensionsRecursionAndGeneratorsAreNot) {
  auto h = hints(kProgram);
  EXPECT_FALSE(h.at("total"));
  EXPECT_FALSE(h.at("count_down"));
  EXPECT_FALSE(h.at("guarded"));
  EXPECT_FALSE(h.at("squares"));
  EXPECT_FALSE(h.at("fact"));
  EXPECT_FALSE(h.at("gen"));
  EXPECT_FALSE(h.at("entry_point"));
}

TEST(InlineHint, BodiesAboveRPythonsThresholdAreNot) { EXPECT_FALSE(hints(kProgram).at("long_sum")); }

}  // namespace
