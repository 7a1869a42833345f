// Unit tests of escape analysis (opt/escape): which allocation sites move into the frame, which
// functions are inlined. Each program goes through the real front end (import, annotation).
#include <gtest/gtest.h>

#include <map>

#include "opt/escape.hpp"
#include "annotated_program.hpp"

using rpy::ir::Block;
using rpy::ir::Expr;
using rpy::ir::Graph;

namespace {

struct Result {
  std::string source;
  std::map<uint32_t, bool> in_frame;  // line of `v = C(...)` -> allocated in the frame
  std::map<uint32_t, bool> owned;     // line of `v = C(...)` -> __del__ when the variable lets go
  std::map<std::string, bool> inlined;
  rpy::opt::EscapeStats stats;
  // Whether the allocation on the line ending with `# marker` was put in the frame.
  bool at(const std::string& marker) const { return flag(in_frame, marker); }
  bool owned_at(const std::string& marker) const { return flag(owned, marker); }
  bool flag(const std::map<uint32_t, bool>& m, const std::string& marker) const {
    size_t pos = source.find("# " + marker + "\n");
    EXPECT_NE(pos, std::string::npos) << marker;
    uint32_t line = 1;
    for (size_t i = 0; i < pos; ++i) line += source[i] == '\n';
    auto it = m.find(line);
    EXPECT_NE(it, m.end()) << "no allocation at " << marker;
    return it != m.end() && it->second;
  }
};

void collect(const Block& b, std::map<uint32_t, bool>& out, std::map<uint32_t, bool>& owned) {
  for (auto& s : b) {
    for (auto& x : s->exprs)
      if (x && x->op == rpy::ir::ExprOp::Call && x->call_kind == rpy::ir::CallKind::Instantiate) {
        out[s->loc.line] = x->stack_slot >= 0;
        owned[s->loc.line] = x->owned;
      }
    collect(s->body, out, owned);
    collect(s->orelse, out, owned);
    collect(s->finalbody, out, owned);
    for (auto& h : s->handlers) collect(h.body, out, owned);
  }
}

Result analyse(const std::string& body) {
  Result r;
  r.source = body;
  rpy::unit::AnnotatedProgram p(body + "\ndef target(*args):\n    return entry_point, None\n", "escape");
  EXPECT_TRUE(p.ok());
  r.stats = rpy::opt::stack_allocate(p.graphs());
  for (Graph* g : p.graphs()) {
    collect(g->body, r.in_frame, r.owned);
    r.inlined[g->name] = g->force_inline;
  }
  return r;
}

const char* kPoint = R"(
class P(object):
    def __init__(self, x):
        self.x = x
    def bump(self):
        self.x += 1
    def me(self):
        return self
)";

}  // namespace

TEST(Escape, FieldsAndMethodsStayInTheFrame) {
  Result r = analyse(std::string(kPoint) + R"(
def entry_point(argv):
    p = P(len(argv))  # p
    p.bump()
    p.x = p.x * 2
    return p.x
)");
  EXPECT_TRUE(r.at("p"));
  EXPECT_EQ(r.stats.stack_allocations, 1);
  EXPECT_TRUE(r.inlined.at("P.__init__"));
  EXPECT_TRUE(r.inlined.at("P.bump"));
}

TEST(Escape, EveryWayOut) {
  // Each function lets its P escape in one way.
  Result r = analyse(std::string(kPoint) + R"(
KEEP = []
class Holder(object):
    def __init__(self):
        self.p = None
def returned():
    p = P(1)  # returned
    return p
def stored_in_list():
    p = P(2)  # list
    KEEP.append(p)
    return 0
def stored_in_attr(h):
    p = P(3)  # attr
    h.p = p
    return 0
def through_method_returning_self():
    p = P(4)  # method
    return p.me().x
def compared(q):
    p = P(5)  # compared
    return p is q
def copied():
    p = P(6)  # copied
    q = p
    return q.x
def bound_method():
    p = P(7)  # bound
    f = p.bump
    f()
    return p.x
def star(*args):
    return len(args)
def star_args():
    p = P(8)  # star
    return star(p, 1)
def entry_point(argv):
    h = Holder()  # holder
    q = returned()
    return stored_in_list() + stored_in_attr(h) + through_method_returning_self() + int(compared(q)) + copied() + bound_method() + star_args() + h.p.x
)");
  for (const char* m : {"returned", "list", "attr", "method", "compared", "copied", "bound", "star"}) EXPECT_FALSE(r.at(m)) << m;
  EXPECT_TRUE(r.at("holder"));  // it holds an escaping P, but is itself only written and read
  EXPECT_EQ(r.stats.stack_allocations, 1);
  EXPECT_FALSE(r.inlined.at("P.me"));
}

TEST(Escape, ParameterSafetyIsAFixpointOverCalls) {
  // f passes its argument on to g; only when g keeps it does f's caller's object escape.
  Result r = analyse(std::string(kPoint) + R"(
SAVED = []
def g_reads(p):
    return p.x
def f_reads(p):
    return g_reads(p) + 1
def g_keeps(p):
    SAVED.append(p)
    return 0
def f_keeps(p):
    return g_keeps(p) + 1
def even(p, n):
    if n == 0:
        return p.x
    return odd(p, n - 1)
def odd(p, n):
    return even(p, n - 1) if n > 0 else p.x
def entry_point(argv):
    a = P(1)  # a
    b = P(2)  # b
    c = P(3)  # c
    return f_reads(a) + f_keeps(b) + even(c, 4)
)");
  EXPECT_TRUE(r.at("a"));   // read through two calls
  EXPECT_FALSE(r.at("b"));  // kept by g_keeps
  EXPECT_TRUE(r.at("c"));   // mutual recursion that only reads
  EXPECT_TRUE(r.inlined.at("f_reads"));
  EXPECT_TRUE(r.inlined.at("g_reads"));
  EXPECT_FALSE(r.inlined.at("even"));  // recursive: never forced inline
  EXPECT_FALSE(r.inlined.at("odd"));
}

TEST(Escape, OverridesDecideForTheWholeFamily) {
  Result r = analyse(R"(
LEAK = []
class A(object):
    def __init__(self):
        self.v = 1
    def f(self):
        return self.v
class B(A):
    def f(self):
        LEAK.append(self)
        return 2
class C(object):
    def __init__(self):
        self.v = 3
    def f(self):
        return self.v
def pick(n):
    if n:
        x = A()  # A
    else:
        x = B()  # B
    return x.f()
def entry_point(argv):
    c = C()  # C
    return pick(len(argv)) + c.f()
)");
  EXPECT_FALSE(r.at("A"));  // x.f() may run B.f, which keeps self
  EXPECT_FALSE(r.at("B"));
  EXPECT_TRUE(r.at("C"));  // C.f only reads
}

TEST(Escape, GeneratorsAndExceptionsStayOnTheHeap) {
  Result r = analyse(std::string(kPoint) + R"(
class E(Exception):
    def __init__(self, code):
        self.code = code
def gen(n):
    p = P(n)  # gen
    for i in range(n):
        yield p.x + i
def entry_point(argv):
    e = E(3)  # exc
    t = 0
    for v in gen(2):
        t += v
    return t + e.code
)");
  EXPECT_FALSE(r.at("gen"));  // a generator's frame outlives the calls that resume it
  EXPECT_FALSE(r.at("exc"));  // an exception instance
}

TEST(Escape, DelRunsWhenTheOwningVariableLetsGo) {
  Result r = analyse(R"(
SAVED = []
class R(object):
    def __init__(self, n):
        self.n = n
    def __del__(self):
        self.n = 0
class Back(object):
    def __init__(self):
        self.n = 1
    def __del__(self):
        SAVED.append(self)
def owned(k):
    r = R(k)  # owned
    r = R(k + 1)  # rebound
    r = None
    return 0
def resurrected():
    b = Back()  # back
    return b.n
def loop_var(xs):
    t = 0
    x = R(0)  # loopvar
    for x in xs:
        t += x.n
    return t
def entry_point(argv):
    return owned(1) + resurrected() + loop_var([R(2)])
)");
  EXPECT_TRUE(r.owned_at("owned"));
  EXPECT_TRUE(r.owned_at("rebound"));
  EXPECT_FALSE(r.at("owned"));          // owned instances stay on the heap: a new one is built before the old one's __del__
  EXPECT_FALSE(r.owned_at("back"));     // __del__ keeps self: the collector decides
  EXPECT_FALSE(r.owned_at("loopvar"));  // the name is also bound by a for loop
  EXPECT_EQ(r.stats.released, 2);
}
