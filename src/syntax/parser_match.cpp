// The match statement (Python 3.10, PEP 634): its patterns are parsed here and the statement is
// lowered at once to the if statements it means, so no later stage knows about patterns:
//
//     match SUBJECT:                     $match.N.subject = SUBJECT   (a plain local name is used as it is)
//         case P1 if G1: B1              $match.N.done = False
//         case P2: B2                    <test P1 against the subject, binding its names> if G1: done = True; B1
//                                        if not done: <test P2 ...> done = True; B2
//
// The tests name the builtins as `$builtin.isinstance` etc. (the lowering and the import-time
// evaluator read those from the builtins whatever the program binds to the plain names).
// Each pattern becomes nested ifs: a class pattern `C(...)` is `isinstance(s, C)` (so the
// subject is narrowed to C inside, as RPython narrows), a sequence pattern `[a, *r, b]` is
// `isinstance(s, (list, tuple))` and a length test, a mapping pattern `{k: p}` is
// `isinstance(s, dict)` and `k in s`, a literal is `==` (`is` for None, True, False), an
// alternative `p | q` sets a flag. Positional sub-patterns of a class name attributes through
// the class's __match_args__, which is known here for the classes the module defines: an
// explicit tuple of names, a @dataclass's fields, a NamedTuple's or namedtuple()'s fields; the
// names are filled in when the whole module has been parsed (resolve_match_args).
#include <algorithm>
#include <functional>
#include <map>

#include "syntax/parser_internal.hpp"

namespace rpy::syntax {

struct MatchPattern {
  enum Kind { Wildcard, Capture, Value, Sequence, Mapping, Class, Or, As } kind = Wildcard;
  Loc loc;
  std::string name;                                  // Capture, As: the name bound; Sequence: the star's name ("" for *_)
  ExprPtr value;                                     // Value: the literal or dotted name; Class: the class
  std::vector<std::unique_ptr<MatchPattern>> items;  // Sequence items, Or alternatives, Class positional, As: [0], Mapping values
  std::vector<ExprPtr> keys;                         // Mapping keys
  std::vector<std::string> kwnames;                  // Class keyword names
  std::vector<std::unique_ptr<MatchPattern>> kwpats;
  int star = -1;          // Sequence: the index of the star item in `items` order (not in items)
  bool has_rest = false;  // Mapping: **rest
  bool identity = false;  // Value: compared with `is` (None, True, False)
  std::string rest;       // Mapping: **rest's name
};

namespace {

using PatternPtr = std::unique_ptr<MatchPattern>;

ExprPtr name_expr(const std::string& n, Loc l) { return std::make_unique<NameExpr>(n, l); }

StmtPtr assign(const std::string& target, ExprPtr value, Loc l) {
  auto a = std::make_unique<AssignStmt>(l);
  a->targets.push_back(name_expr(target, l));
  a->value = std::move(value);
  return a;
}

ExprPtr call(const std::string& fn, std::vector<ExprPtr> args, Loc l) {
  auto c = std::make_unique<CallExpr>(l);
  c->func = name_expr(fn, l);
  c->args = std::move(args);
  return c;
}

ExprPtr compare(ExprPtr a, CmpOp op, ExprPtr b, Loc l) {
  auto c = std::make_unique<CompareExpr>(l);
  c->left = std::move(a);
  c->ops.push_back(op);
  c->comparators.push_back(std::move(b));
  return c;
}

ExprPtr int_lit(int64_t v, Loc l) {
  if (v >= 0) return std::make_unique<IntLit>(static_cast<uint64_t>(v), l);
  return std::make_unique<UnaryOpExpr>(UnaryOp::Neg, std::make_unique<IntLit>(static_cast<uint64_t>(-v), l), l);
}

// A deep copy of the expressions a pattern holds (literals, dotted names): each test is its own tree.
ExprPtr clone(const Expr& e) {
  switch (e.kind) {
    case ExprKind::Name:
      return name_expr(e.as<NameExpr>()->id, e.loc);
    case ExprKind::IntLit: {
      auto r = std::make_unique<IntLit>(*e.as<IntLit>());
      return r;
    }
    case ExprKind::FloatLit:
      return std::make_unique<FloatLit>(*e.as<FloatLit>());
    case ExprKind::StrLit:
      return std::make_unique<StrLit>(*e.as<StrLit>());
    case ExprKind::NoneLit:
      return std::make_unique<Expr>(ExprKind::NoneLit, e.loc);
    case ExprKind::BoolLit:
      return std::make_unique<BoolLit>(e.as<BoolLit>()->value, e.loc);
    case ExprKind::Attribute: {
      auto* a = e.as<AttributeExpr>();
      auto r = std::make_unique<AttributeExpr>(clone(*a->value), a->attr, e.loc);
      r->attr_loc = a->attr_loc;
      return r;
    }
    case ExprKind::UnaryOp: {
      auto* u = e.as<UnaryOpExpr>();
      return std::make_unique<UnaryOpExpr>(u->op, clone(*u->operand), e.loc);
    }
    case ExprKind::BinOp: {
      auto* b = e.as<BinOpExpr>();
      auto r = std::make_unique<BinOpExpr>(b->op, clone(*b->left), clone(*b->right), e.loc);
      r->op_loc = b->op_loc;
      return r;
    }
    default:
      return nullptr;  // not a pattern's expression (parse_literal_pattern accepts none other)
  }
}

bool binds_name(const MatchPattern& p, const std::string& n) {
  if ((p.kind == MatchPattern::Capture || p.kind == MatchPattern::As) && p.name == n) return true;
  if (p.kind == MatchPattern::Sequence && p.star >= 0 && p.name == n) return true;
  if (p.kind == MatchPattern::Mapping && p.has_rest && p.rest == n) return true;
  for (auto& x : p.items)
    if (binds_name(*x, n)) return true;
  for (auto& x : p.kwpats)
    if (binds_name(*x, n)) return true;
  return false;
}

// How many patterns p holds (itself included): each may nest an if in the lowered code.
size_t pattern_size(const MatchPattern& p) {
  size_t n = 1 + p.keys.size();
  for (auto& x : p.items) n += pattern_size(*x);
  for (auto& x : p.kwpats) n += pattern_size(*x);
  return n;
}
constexpr size_t kMaxPatternSize = 100;  // the lowered ifs stay within the nesting later stages accept

const char* const kSelfMatching[] = {"bool", "bytearray", "bytes", "dict", "float", "frozenset", "int", "list", "set", "str", "tuple"};

}  // namespace

// ---- parsing

// `match` is a soft keyword: a statement starting with the name `match` is a match statement
// when the line ends with ':' at bracket depth 0 and the next line is an indented `case`.
bool Parser::at_match_stmt() const {
  if (!peek().is_name("match")) return false;
  const Token& next = peek(1);
  if (next.kind == Tok::Newline || next.is_op("=") || next.is_op(".") || next.is_op(":") || next.is_op(",")) return false;
  int depth = 0;
  for (size_t k = 1;; ++k) {
    const Token& t = peek(k);
    if (t.kind == Tok::End) return false;
    if (t.kind == Tok::Op) {
      if (t.text == "(" || t.text == "[" || t.text == "{") ++depth;
      if (t.text == ")" || t.text == "]" || t.text == "}") --depth;
    }
    if (t.kind == Tok::Newline) {
      if (depth > 0) continue;
      return peek(k - 1).is_op(":") && peek(k + 1).kind == Tok::Indent && peek(k + 2).is_name("case");
    }
  }
}

StmtPtr Parser::parse_match() {
  DepthGuard guard(*this);
  Loc start = advance().loc;  // match
  ExprPtr subject = parse_testlist(true);
  expect_op(":");
  if (peek().kind != Tok::Newline) fail_here("expected a newline and indented 'case' blocks after 'match ...:'");
  advance();
  if (peek().kind != Tok::Indent) fail_here("expected an indented block of 'case' clauses");
  advance();
  struct Case {
    PatternPtr pattern;
    ExprPtr guard;
    Body body;
    Loc loc;
  };
  std::vector<Case> cases;
  while (peek().kind != Tok::Dedent && peek().kind != Tok::End) {
    if (!peek().is_name("case")) fail_here("expected 'case' in a match statement");
    Case c;
    c.loc = advance().loc;
    c.pattern = parse_open_pattern();
    if (size_t size = pattern_size(*c.pattern); size > kMaxPatternSize)
      fail_at(c.pattern->loc, "this pattern is too large for rpy (" + std::to_string(size) + " sub-patterns; at most " +
                                  std::to_string(kMaxPatternSize) + "): split the case");
    if (accept_kw("if")) c.guard = parse_namedexpr_test();
    expect_op(":");
    c.body = parse_suite();
    cases.push_back(std::move(c));
  }
  if (peek().kind == Tok::Dedent) advance();
  Loc whole = span_from(start);
  for (size_t i = 0; i + 1 < cases.size(); ++i)
    if (!cases[i].guard && (cases[i].pattern->kind == MatchPattern::Wildcard || cases[i].pattern->kind == MatchPattern::Capture))
      error(cases[i].pattern->loc, cases[i].pattern->kind == MatchPattern::Wildcard
                                       ? "wildcard makes remaining patterns unreachable"
                                       : "name capture '" + cases[i].pattern->name + "' makes remaining patterns unreachable");

  // The lowering: `if True:` around the statements (one statement in the enclosing body).
  const int n = match_counter_++;
  const std::string done = "$match." + std::to_string(n) + ".done";
  std::string subj;
  auto holder = std::make_unique<IfStmt>(start);
  holder->test = std::make_unique<BoolLit>(true, start);
  Body& out = holder->body;
  bool rebinds = false;
  if (subject->kind == ExprKind::Name)
    for (auto& c : cases) rebinds = rebinds || binds_name(*c.pattern, subject->as<NameExpr>()->id);
  if (subject->kind == ExprKind::Name && !rebinds) {
    subj = subject->as<NameExpr>()->id;  // tests narrow the program's own variable
  } else {
    subj = "$match." + std::to_string(n) + ".subject";
    out.push_back(assign(subj, std::move(subject), start));
  }
  out.push_back(assign(done, std::make_unique<BoolLit>(false, start), start));
  for (auto& c : cases) {
    Body* into = &out;
    auto gate = std::make_unique<IfStmt>(c.loc);
    if (&c != &cases.front()) {
      gate->test = std::make_unique<UnaryOpExpr>(UnaryOp::Not, name_expr(done, c.loc), c.loc);
      into = &gate->body;
    }
    lower_pattern(*c.pattern, subj, *into, [&](Body& b) {
      Body* inner = &b;
      if (c.guard) {
        auto g = std::make_unique<IfStmt>(c.guard->loc);
        g->test = std::move(c.guard);
        inner = &g->body;
        b.push_back(std::move(g));
      }
      inner->push_back(assign(done, std::make_unique<BoolLit>(true, c.loc), c.loc));
      for (auto& s : c.body) inner->push_back(std::move(s));
    });
    if (&c != &cases.front()) out.push_back(std::move(gate));
  }
  holder->loc = whole;
  return holder;
}

// open_sequence_pattern | pattern: `case a, b:` is a sequence pattern.
PatternPtr Parser::parse_open_pattern() {
  Loc start = peek().loc;
  PatternPtr first = parse_maybe_star_pattern();
  if (!at_op(",") && first->star != -2) return first;
  auto seq = std::make_unique<MatchPattern>();
  seq->kind = MatchPattern::Sequence;
  auto add = [&](PatternPtr p) { add_sequence_item(*seq, std::move(p)); };
  add(std::move(first));
  while (accept_op(",")) {
    if (at_op(":") || at_kw("if")) break;
    add(parse_maybe_star_pattern());
  }
  seq->loc = span_from(start);
  return seq;
}

// Appends an item to a sequence pattern; a star item (star == -2) records its place and name.
void Parser::add_sequence_item(MatchPattern& seq, PatternPtr item) {
  if (item->star == -2) {
    if (seq.star >= 0) fail_at(item->loc, "multiple starred names in sequence pattern");
    seq.star = static_cast<int>(seq.items.size());
    seq.name = item->name;
    return;
  }
  seq.items.push_back(std::move(item));
}

// `*name` (a star item, marked star == -2, kind Sequence) or a pattern.
PatternPtr Parser::parse_maybe_star_pattern() {
  if (at_op("*")) {
    Loc l = advance().loc;
    auto p = std::make_unique<MatchPattern>();
    p->kind = MatchPattern::Sequence;
    p->star = -2;
    std::string n = expect_name();
    p->name = n == "_" ? "" : n;
    p->loc = span_from(l);
    return p;
  }
  return parse_pattern();
}

// or_pattern ['as' NAME]
PatternPtr Parser::parse_pattern() {
  DepthGuard guard(*this);
  Loc start = peek().loc;
  PatternPtr p = parse_closed_pattern();
  if (at_op("|")) {
    auto alt = std::make_unique<MatchPattern>();
    alt->kind = MatchPattern::Or;
    alt->items.push_back(std::move(p));
    while (accept_op("|")) alt->items.push_back(parse_closed_pattern());
    alt->loc = span_from(start);
    p = std::move(alt);
  }
  if (accept_kw("as")) {
    auto as = std::make_unique<MatchPattern>();
    as->kind = MatchPattern::As;
    as->name = expect_name();
    if (as->name == "_") fail_at(prev_end_, "cannot use '_' as a target");
    as->items.push_back(std::move(p));
    as->loc = span_from(start);
    return as;
  }
  return p;
}

PatternPtr Parser::parse_closed_pattern() {
  DepthGuard guard(*this);
  const Token& t = peek();
  Loc start = t.loc;
  auto p = std::make_unique<MatchPattern>();
  p->loc = start;
  if (t.kind == Tok::Name) {
    // capture, wildcard, value (dotted) or class pattern
    ExprPtr e = name_expr(std::string(advance().text), start);
    bool dotted = false;
    while (accept_op(".")) {
      std::string attr = expect_name();
      e = std::make_unique<AttributeExpr>(std::move(e), attr, span_from(start));
      dotted = true;
    }
    if (at_op("(")) {
      advance();
      p->kind = MatchPattern::Class;
      p->value = std::move(e);
      while (!at_op(")")) {
        if (peek().kind == Tok::Name && peek(1).is_op("=")) {
          p->kwnames.push_back(std::string(advance().text));
          advance();
          p->kwpats.push_back(parse_pattern());
        } else {
          if (!p->kwnames.empty()) fail_here("positional patterns follow keyword patterns");
          p->items.push_back(parse_pattern());
        }
        if (!accept_op(",")) break;
      }
      expect_op(")");
      p->loc = span_from(start);
      return p;
    }
    if (dotted) {
      p->kind = MatchPattern::Value;
      p->value = std::move(e);
      p->loc = span_from(start);
      return p;
    }
    const std::string& n = e->as<NameExpr>()->id;
    p->kind = n == "_" ? MatchPattern::Wildcard : MatchPattern::Capture;
    p->name = n == "_" ? "" : n;
    return p;
  }
  if (t.is_op("(") || t.is_op("[")) {
    bool paren = t.is_op("(");
    advance();
    const char* close = paren ? ")" : "]";
    if (accept_op(close)) {
      p->kind = MatchPattern::Sequence;
      p->loc = span_from(start);
      return p;
    }
    PatternPtr first = parse_maybe_star_pattern();
    if (paren && at_op(")") && first->star != -2) {  // a group: (p)
      advance();
      return first;
    }
    auto seq = std::make_unique<MatchPattern>();
    seq->kind = MatchPattern::Sequence;
    auto add = [&](PatternPtr x) { add_sequence_item(*seq, std::move(x)); };
    add(std::move(first));
    while (accept_op(",")) {
      if (at_op(close)) break;
      add(parse_maybe_star_pattern());
    }
    expect_op(close);
    seq->loc = span_from(start);
    return seq;
  }
  if (t.is_op("{")) {
    advance();
    p->kind = MatchPattern::Mapping;
    while (!at_op("}")) {
      if (accept_op("**")) {
        p->has_rest = true;
        p->rest = expect_name();
        accept_op(",");
        break;
      }
      PatternPtr key = parse_closed_pattern();
      if (key->kind != MatchPattern::Value) fail_at(key->loc, "mapping pattern keys may only match literals and attribute lookups");
      p->keys.push_back(std::move(key->value));
      expect_op(":");
      p->items.push_back(parse_pattern());
      if (!accept_op(",")) break;
    }
    expect_op("}");
    p->loc = span_from(start);
    return p;
  }
  // literals: numbers (signed, complex sums refused later), strings, None, True, False
  p->kind = MatchPattern::Value;
  if (t.is_kw("None") || t.is_kw("True") || t.is_kw("False")) {
    p->identity = true;
    p->value = parse_atom();
    return p;
  }
  if (t.kind == Tok::String) {
    p->value = parse_strings();
    if (p->value->kind == ExprKind::FString) fail_at(p->value->loc, "patterns may only match literals and attribute lookups");
    p->loc = p->value->loc;
    return p;
  }
  if (t.kind == Tok::Number || t.is_op("-")) {
    bool neg = accept_op("-");
    if (peek().kind != Tok::Number) fail_here("invalid syntax");
    ExprPtr num = parse_number();
    if (neg) num = std::make_unique<UnaryOpExpr>(UnaryOp::Neg, std::move(num), span_from(start));
    if (at_op("+") || at_op("-")) fail_here("complex literal patterns are not supported (rpy has no complex numbers)");
    p->value = std::move(num);
    p->loc = span_from(start);
    return p;
  }
  fail_here("invalid pattern");
}

// ---- lowering

void Parser::lower_pattern(MatchPattern& p, const std::string& subj, Body& out, const std::function<void(Body&)>& k) {
  Loc l = p.loc;
  auto nested_if = [&](ExprPtr test, Body& into) -> Body& {
    auto s = std::make_unique<IfStmt>(l);
    s->test = std::move(test);
    Body& b = s->body;
    into.push_back(std::move(s));
    return b;
  };
  // Tests `sub` (an expression) against q: a capture or wildcard needs no temporary.
  auto sub_pattern = [&](MatchPattern& q, ExprPtr sub, Body& into, const std::function<void(Body&)>& then) {
    if (q.kind == MatchPattern::Wildcard) return then(into);
    if (q.kind == MatchPattern::Capture) {
      into.push_back(assign(q.name, std::move(sub), q.loc));
      return then(into);
    }
    std::string t = "$match." + std::to_string(match_counter_++) + ".item";
    into.push_back(assign(t, std::move(sub), q.loc));
    lower_pattern(q, t, into, then);
  };
  switch (p.kind) {
    case MatchPattern::Wildcard:
      return k(out);
    case MatchPattern::Capture:
      out.push_back(assign(p.name, name_expr(subj, l), l));
      return k(out);
    case MatchPattern::As:
      return lower_pattern(*p.items[0], subj, out, [&](Body& b) {
        b.push_back(assign(p.name, name_expr(subj, l), l));
        k(b);
      });
    case MatchPattern::Value:
      return k(nested_if(compare(name_expr(subj, l), p.identity ? CmpOp::Is : CmpOp::Eq, clone(*p.value), l), out));
    case MatchPattern::Or: {
      const std::string ok = "$match." + std::to_string(match_counter_++) + ".alt";
      out.push_back(assign(ok, std::make_unique<BoolLit>(false, l), l));
      for (size_t i = 0; i < p.items.size(); ++i) {
        Body* into = &out;
        if (i > 0) into = &nested_if(std::make_unique<UnaryOpExpr>(UnaryOp::Not, name_expr(ok, l), l), out);
        lower_pattern(*p.items[i], subj, *into, [&](Body& b) { b.push_back(assign(ok, std::make_unique<BoolLit>(true, l), l)); });
      }
      return k(nested_if(name_expr(ok, l), out));
    }
    case MatchPattern::Sequence: {
      auto kinds = std::make_unique<SeqExpr>(ExprKind::Tuple, l);
      kinds->elts.push_back(name_expr("$builtin.list", l));
      kinds->elts.push_back(name_expr("$builtin.tuple", l));
      std::vector<ExprPtr> args;
      args.push_back(name_expr(subj, l));
      args.push_back(std::move(kinds));
      Body& is_seq = nested_if(call("$builtin.isinstance", std::move(args), l), out);
      const int64_t n = static_cast<int64_t>(p.items.size());
      std::vector<ExprPtr> len_args;
      len_args.push_back(name_expr(subj, l));
      Body& sized =
          nested_if(compare(call("$builtin.len", std::move(len_args), l), p.star >= 0 ? CmpOp::GtE : CmpOp::Eq, int_lit(n, l), l), is_seq);
      // items before the star by index from the start, after it from the end
      std::function<void(size_t, Body&)> item = [&](size_t i, Body& into) {
        if (i == p.items.size()) {
          if (p.star >= 0 && !p.name.empty()) {
            const int64_t after = n - p.star;
            auto sl = std::make_unique<SliceExpr>(l);
            sl->lower = int_lit(p.star, l);
            std::vector<ExprPtr> la;
            la.push_back(name_expr(subj, l));
            sl->upper = std::make_unique<BinOpExpr>(BinOp::Sub, call("$builtin.len", std::move(la), l), int_lit(after, l), l);
            std::vector<ExprPtr> a;
            a.push_back(std::make_unique<SubscriptExpr>(name_expr(subj, l), std::move(sl), l));
            into.push_back(assign(p.name, call("$builtin.list", std::move(a), l), l));
          }
          return k(into);
        }
        const int64_t at = p.star >= 0 && static_cast<int64_t>(i) >= p.star ? static_cast<int64_t>(i) - n : static_cast<int64_t>(i);
        sub_pattern(*p.items[i], std::make_unique<SubscriptExpr>(name_expr(subj, l), int_lit(at, l), l), into,
                    [&, i](Body& b) { item(i + 1, b); });
      };
      return item(0, sized);
    }
    case MatchPattern::Mapping: {
      std::vector<ExprPtr> args;
      args.push_back(name_expr(subj, l));
      args.push_back(name_expr("$builtin.dict", l));
      Body& is_map = nested_if(call("$builtin.isinstance", std::move(args), l), out);
      std::function<void(size_t, Body&)> entry = [&](size_t i, Body& into) {
        if (i == p.items.size()) {
          if (p.has_rest) {
            std::vector<ExprPtr> a;
            a.push_back(name_expr(subj, l));
            into.push_back(assign(p.rest, call("$builtin.dict", std::move(a), l), l));
            for (auto& key : p.keys) {
              auto del = std::make_unique<DeleteStmt>(l);
              del->targets.push_back(std::make_unique<SubscriptExpr>(name_expr(p.rest, l), clone(*key), l));
              into.push_back(std::move(del));
            }
          }
          return k(into);
        }
        Body& has = nested_if(compare(clone(*p.keys[i]), CmpOp::In, name_expr(subj, l), l), into);
        sub_pattern(*p.items[i], std::make_unique<SubscriptExpr>(name_expr(subj, l), clone(*p.keys[i]), l), has,
                    [&, i](Body& b) { entry(i + 1, b); });
      };
      return entry(0, is_map);
    }
    case MatchPattern::Class: {
      std::vector<ExprPtr> args;
      args.push_back(name_expr(subj, l));
      args.push_back(clone(*p.value));
      Body& is_cls = nested_if(call("$builtin.isinstance", std::move(args), l), out);
      std::string cls;  // the class's dotted name (a.b.C), empty for another expression
      for (const Expr* x = p.value.get(); x; x = x->kind == ExprKind::Attribute ? x->as<AttributeExpr>()->value.get() : nullptr) {
        if (x->kind == ExprKind::Name) cls = x->as<NameExpr>()->id + (cls.empty() ? "" : "." + cls);
        if (x->kind == ExprKind::Attribute) cls = x->as<AttributeExpr>()->attr + (cls.empty() ? "" : "." + cls);
      }
      bool self_matching = false;
      for (const char* s : kSelfMatching) self_matching = self_matching || cls == s;
      if (self_matching && p.items.size() > 1)
        fail_at(p.items[1]->loc, cls + "() accepts 1 positional sub-pattern (" + std::to_string(p.items.size()) + " given)");
      std::function<void(size_t, Body&)> part = [&](size_t i, Body& into) {
        const size_t npos = p.items.size();
        if (i == npos + p.kwpats.size()) return k(into);
        if (i < npos && self_matching) {  // int(x): the subject itself
          sub_pattern(*p.items[i], name_expr(subj, l), into, [&, i](Body& b) { part(i + 1, b); });
          return;
        }
        auto attr = std::make_unique<AttributeExpr>(name_expr(subj, l), i < npos ? std::string() : p.kwnames[i - npos], l);
        if (i < npos) match_args_fixups_.push_back({attr.get(), cls, i, npos, p.items[i]->loc, p.value->loc});
        sub_pattern(i < npos ? *p.items[i] : *p.kwpats[i - npos], std::move(attr), into, [&, i](Body& b) { part(i + 1, b); });
      };
      return part(0, is_cls);
    }
  }
}

// ---- __match_args__ of the module's classes

namespace {

bool is_dataclass_decorator(const Expr& d) {
  const Expr* e = &d;
  if (e->kind == ExprKind::Call) {
    for (auto& kw : e->as<CallExpr>()->keywords)
      if (kw.name == "match_args" && kw.value->kind == ExprKind::BoolLit && !kw.value->as<BoolLit>()->value) return false;
    e = e->as<CallExpr>()->func.get();
  }
  if (e->kind == ExprKind::Name) return e->as<NameExpr>()->id == "dataclass";
  return e->kind == ExprKind::Attribute && e->as<AttributeExpr>()->attr == "dataclass";
}

bool is_classvar(const Expr* ann) {
  if (!ann) return false;
  if (ann->kind == ExprKind::Subscript) ann = ann->as<SubscriptExpr>()->value.get();
  if (ann->kind == ExprKind::Name) return ann->as<NameExpr>()->id == "ClassVar";
  if (ann->kind == ExprKind::Attribute) return ann->as<AttributeExpr>()->attr == "ClassVar";
  if (ann->kind == ExprKind::StrLit) return ann->as<StrLit>()->value.rfind("ClassVar", 0) == 0;
  return false;
}

struct ClassInfo {
  std::vector<std::string> bases;
  bool explicit_args = false, dataclass = false, namedtuple = false;
  std::vector<std::string> args;    // explicit __match_args__
  std::vector<std::string> fields;  // annotated names in the body
  int defs = 0;
};

std::vector<std::string> literal_names(const Expr& e, bool& ok) {
  std::vector<std::string> out;
  ok = true;
  if (e.kind == ExprKind::StrLit) {  // namedtuple("P", "x y") / "x, y"
    std::string cur;
    for (char c : e.as<StrLit>()->value + " ") {
      if (c == ' ' || c == ',') {
        if (!cur.empty()) out.push_back(cur);
        cur.clear();
      } else {
        cur += c;
      }
    }
    return out;
  }
  if (e.kind != ExprKind::Tuple && e.kind != ExprKind::List) {
    ok = false;
    return out;
  }
  for (auto& x : e.as<SeqExpr>()->elts) {
    if (x->kind != ExprKind::StrLit) {
      ok = false;
      return {};
    }
    out.push_back(x->as<StrLit>()->value);
  }
  return out;
}

void collect_classes(const Body& body, std::map<std::string, ClassInfo>& classes) {
  for (auto& s : body) {
    switch (s->kind) {
      case StmtKind::ClassDef: {
        auto* c = s->as<ClassDefStmt>();
        ClassInfo& info = classes[c->name];
        if (++info.defs > 1) continue;
        for (auto& b : c->bases) {
          if (b->kind == ExprKind::Name) info.bases.push_back(b->as<NameExpr>()->id);
          if (b->kind == ExprKind::Attribute) info.bases.push_back(b->as<AttributeExpr>()->attr);
        }
        for (auto& d : c->decorators) info.dataclass = info.dataclass || is_dataclass_decorator(*d);
        for (auto& b : info.bases) info.namedtuple = info.namedtuple || b == "NamedTuple";
        for (auto& st : c->body) {
          if (!st->annotated.empty() && !is_classvar(st->annotation.get())) info.fields.push_back(st->annotated);
          if (st->kind == StmtKind::Assign) {
            auto* a = st->as<AssignStmt>();
            if (a->targets.size() == 1 && a->targets[0]->kind == ExprKind::Name && a->targets[0]->as<NameExpr>()->id == "__match_args__") {
              bool ok = false;
              info.args = literal_names(*a->value, ok);
              info.explicit_args = ok;
            }
          }
        }
        collect_classes(c->body, classes);
        break;
      }
      case StmtKind::Assign: {  // P = namedtuple("P", "x y")
        auto* a = s->as<AssignStmt>();
        if (a->targets.size() != 1 || a->targets[0]->kind != ExprKind::Name || a->value->kind != ExprKind::Call) break;
        auto* c = a->value->as<CallExpr>();
        const Expr* f = c->func.get();
        std::string fn = f->kind == ExprKind::Name        ? f->as<NameExpr>()->id
                         : f->kind == ExprKind::Attribute ? f->as<AttributeExpr>()->attr
                                                          : "";
        if (fn != "namedtuple" || c->args.size() < 2) break;
        bool ok = false;
        std::vector<std::string> names = literal_names(*c->args[1], ok);
        if (!ok) break;
        ClassInfo& info = classes[a->targets[0]->as<NameExpr>()->id];
        if (++info.defs > 1) break;
        info.explicit_args = true;
        info.args = names;
        break;
      }
      case StmtKind::FunctionDef:
        collect_classes(s->as<FunctionDefStmt>()->body, classes);
        break;
      case StmtKind::If:
        collect_classes(s->as<IfStmt>()->body, classes);
        collect_classes(s->as<IfStmt>()->orelse, classes);
        break;
      case StmtKind::Try:
        collect_classes(s->as<TryStmt>()->body, classes);
        for (auto& h : s->as<TryStmt>()->handlers) collect_classes(h.body, classes);
        collect_classes(s->as<TryStmt>()->orelse, classes);
        break;
      default:
        break;
    }
  }
}

// The class's __match_args__, or false when it is not known here.
bool match_args_of(const std::string& cls, const std::map<std::string, ClassInfo>& classes, std::vector<std::string>& out, int depth = 0) {
  auto it = classes.find(cls);
  if (it == classes.end() || it->second.defs != 1 || depth > 50) return false;
  const ClassInfo& info = it->second;
  if (info.explicit_args) {
    out = info.args;
    return true;
  }
  if (info.dataclass) {  // the fields of dataclass bases first, then this class's new ones
    std::vector<std::string> fields;
    for (auto& b : info.bases) {
      std::vector<std::string> inherited;
      auto bi = classes.find(b);
      if (bi != classes.end() && bi->second.dataclass && match_args_of(b, classes, inherited, depth + 1))
        for (auto& f : inherited) fields.push_back(f);
    }
    for (auto& f : info.fields)
      if (std::find(fields.begin(), fields.end(), f) == fields.end()) fields.push_back(f);
    out = fields;
    return true;
  }
  if (info.namedtuple) {
    out = info.fields;
    return true;
  }
  // inherited: from the first base that has them; none when every base is known to have none
  for (auto& b : info.bases) {
    if (b == "object") continue;
    if (!match_args_of(b, classes, out, depth + 1)) return false;
    if (!out.empty()) return true;
  }
  out.clear();
  return true;
}

}  // namespace

void Parser::resolve_match_args(const Module& m) {
  if (match_args_fixups_.empty()) return;
  std::map<std::string, ClassInfo> classes;
  collect_classes(m.body, classes);
  std::vector<Loc> reported;  // one error per class pattern
  auto first_time = [&](Loc l) {
    for (const Loc& r : reported)
      if (r.file == l.file && r.line == l.line && r.col == l.col) return false;
    reported.push_back(l);
    return true;
  };
  for (auto& f : match_args_fixups_) {
    std::vector<std::string> args;
    if (f.cls.empty() || f.cls.find('.') != std::string::npos || !match_args_of(f.cls, classes, args)) {
      if (first_time(f.class_loc))
        error(f.class_loc, "rpy needs the __match_args__ of " + (f.cls.empty() ? std::string("this class") : "'" + f.cls + "'") +
                               " while parsing, for positional sub-patterns: it knows those of the classes this module defines (a "
                               "@dataclass, a NamedTuple, a namedtuple() or a class with __match_args__ = ('a', 'b')); write keyword "
                               "sub-patterns instead, " +
                               (f.cls.empty() ? std::string("C") : f.cls) + "(name=pattern)");
      continue;
    }
    if (f.index >= args.size()) {  // Python's TypeError when the case is tried; refused here
      if (first_time(f.class_loc))
        error(f.loc, f.cls + "() accepts " + std::to_string(args.size()) + " positional sub-pattern" + (args.size() == 1 ? "" : "s") +
                         " (" + std::to_string(f.given) + " given)");
      continue;
    }
    f.attr->attr = args[f.index];
  }
  match_args_fixups_.clear();
}

}  // namespace rpy::syntax
