"""ParserGenerator: a grammar from decorated production functions, turned by build() into LALR(1)
tables (computed at import time) and an LRParser (rply/parser.py) that runs them."""

import warnings

from rply.errors import ParserGeneratorError, ParserGeneratorWarning
from rply.parser import LRParser


class Production(object):
    def __init__(self, number, name, rhs, prec, func):
        self.number = number
        self.name = name
        self.rhs = rhs
        self.prec = prec  # (assoc, level): level 0 when it has none
        self.func = func
        self.length = len(rhs)


def _parse_rule(rule):
    parts = rule.split()
    if len(parts) < 2 or parts[1] != ":":
        raise ParserGeneratorError("production %r: expected 'name : symbol symbol ...'" % (rule,))
    return parts[0], parts[2:]


class ParserGenerator(object):
    """tokens: the terminal names; precedence: [(assoc, [token names]), ...], lowest first, assoc
    one of 'left', 'right', 'nonassoc'; cache_id is accepted for rply's API and ignored."""

    def __init__(self, tokens, precedence=[], cache_id=None):
        self.tokens = list(tokens)
        self.precedence = {}
        level = 0
        for entry in precedence:
            assoc, names = entry
            level += 1
            if assoc not in ("left", "right", "nonassoc"):
                raise ParserGeneratorError("precedence must be one of left, right, nonassoc, got %r" % (assoc,))
            for name in names:
                self.precedence[name] = (assoc, level)
        self.cache_id = cache_id
        self.productions = []  # (name, rhs, precedence name or None, func), in order
        self.error_handler = None

    def production(self, rule, precedence=None):
        name, rhs = _parse_rule(rule)

        def inner(func):
            self.productions.append((name, rhs, precedence, func))
            return func
        return inner

    def error(self, func):
        self.error_handler = func
        return func

    def build(self):
        if not self.productions:
            raise ParserGeneratorError("the grammar has no productions")
        terminals = set(self.tokens)
        nonterminals = set()
        for name, rhs, prec, func in self.productions:
            if name in terminals:
                raise ParserGeneratorError("production name %r is also a token" % (name,))
            nonterminals.add(name)
        prods = [Production(0, "S'", [self.productions[0][0]], ("right", 0), None)]
        for name, rhs, prec_name, func in self.productions:
            for sym in rhs:
                if sym not in terminals and sym not in nonterminals:
                    raise ParserGeneratorError("%s is not a token or a production name (in %s : %s)"
                                               % (sym, name, " ".join(rhs)))
            if prec_name is not None:
                if prec_name not in self.precedence:
                    raise ParserGeneratorError("precedence %r of %s : %s is not declared"
                                               % (prec_name, name, " ".join(rhs)))
                prec = self.precedence[prec_name]
            else:
                prec = ("right", 0)
                for sym in rhs:
                    if sym in terminals:
                        prec = self.precedence.get(sym, ("right", 0))  # the rightmost terminal's
            prods.append(Production(len(prods), name, rhs, prec, func))
        # rply's warnings, in its order, blamed on the line that called build() (stacklevel=2).
        used = set()
        referenced = set([self.productions[0][0]])  # the start symbol
        for name, rhs, prec_name, func in self.productions:
            for sym in rhs:
                if sym in terminals:
                    used.add(sym)
                else:
                    referenced.add(sym)
        for t in self.tokens:
            if t not in used and t != "error":
                warnings.warn("Token %r is unused" % (t,), ParserGeneratorWarning, stacklevel=2)
        seen = set()
        for name, rhs, prec_name, func in self.productions:
            if name not in referenced and name not in seen:
                seen.add(name)
                warnings.warn("Production %r is not reachable" % (name,), ParserGeneratorWarning, stacklevel=2)
        table = _LALRTable(prods, terminals, nonterminals, self.precedence)
        n = table.sr_conflicts
        if n:
            warnings.warn("%d shift/reduce conflict%s" % (n, "s" if n > 1 else ""), ParserGeneratorWarning, stacklevel=2)
        n = table.rr_conflicts
        if n:
            warnings.warn("%d reduce/reduce conflict%s" % (n, "s" if n > 1 else ""), ParserGeneratorWarning, stacklevel=2)
        return LRParser(prods, table.action, table.goto, table.default_reductions, self.error_handler)


class _LALRTable(object):
    """LALR(1) tables: LR(0) states (item cores) whose lookaheads are merged from the LR(1)
    closures, recomputed until nothing changes. action[state][terminal] encodes shift to s as
    s + 1, reduce by production p as -p (p >= 1), accept as 0."""

    def __init__(self, prods, terminals, nonterminals, precedence):
        self.prods = prods
        self.terminals = terminals
        self.nonterminals = nonterminals
        self.by_name = {}
        self.sr_conflicts = 0
        self.rr_conflicts = 0
        for p in prods:
            self.by_name.setdefault(p.name, []).append(p)
        self._compute_first()
        self._build_states()
        self._build_tables(precedence)

    def _compute_first(self):
        self.nullable = set()
        self.first = {}
        for n in self.nonterminals:
            self.first[n] = set()
        self.first["S'"] = set()
        changed = True
        while changed:
            changed = False
            for p in self.prods:
                f = self.first[p.name]
                all_nullable = True
                for sym in p.rhs:
                    if sym in self.terminals:
                        if sym not in f:
                            f.add(sym)
                            changed = True
                        all_nullable = False
                        break
                    for t in self.first[sym]:
                        if t not in f:
                            f.add(t)
                            changed = True
                    if sym not in self.nullable:
                        all_nullable = False
                        break
                if all_nullable and p.name not in self.nullable:
                    self.nullable.add(p.name)
                    changed = True

    def _first_of(self, syms, lookahead):
        out = set()
        for sym in syms:
            if sym in self.terminals:
                out.add(sym)
                return out
            out.update(self.first[sym])
            if sym not in self.nullable:
                return out
        out.update(lookahead)
        return out

    def _closure(self, kernel):
        # kernel: {(prod number, dot): set of lookaheads}; returns the closed item dict.
        items = {}
        for key in kernel:
            items[key] = set(kernel[key])
        work = list(items.keys())
        while work:
            key = work.pop()
            pnum, dot = key
            rhs = self.prods[pnum].rhs
            if dot >= len(rhs) or rhs[dot] in self.terminals:
                continue
            la = self._first_of(rhs[dot + 1:], items[key])
            for q in self.by_name[rhs[dot]]:
                k2 = (q.number, 0)
                if k2 not in items:
                    items[k2] = set(la)
                    work.append(k2)
                elif not la.issubset(items[k2]):
                    items[k2].update(la)
                    work.append(k2)
        return items

    def _build_states(self):
        self.kernels = [{(0, 0): set(["$end"])}]
        self.core_index = {((0, 0),): 0}
        self.transitions = []  # per state: {symbol: state}
        self.closures = []
        work = [0]
        while work:
            i = work.pop(0)
            items = self._closure(self.kernels[i])
            while len(self.closures) <= i:
                self.closures.append(None)
                self.transitions.append({})
            self.closures[i] = items
            gotos = {}
            order = []
            for key in sorted(items.keys()):
                pnum, dot = key
                rhs = self.prods[pnum].rhs
                if dot < len(rhs):
                    sym = rhs[dot]
                    if sym not in gotos:
                        gotos[sym] = {}
                        order.append(sym)
                    gotos[sym][(pnum, dot + 1)] = items[key]
            for sym in order:
                kernel = gotos[sym]
                core = tuple(sorted(kernel.keys()))
                if core in self.core_index:
                    j = self.core_index[core]
                    grown = False
                    for key in kernel:
                        if not kernel[key].issubset(self.kernels[j][key]):
                            self.kernels[j][key].update(kernel[key])
                            grown = True
                    if grown and j not in work:
                        work.append(j)
                else:
                    j = len(self.kernels)
                    self.core_index[core] = j
                    copy = {}
                    for key in kernel:
                        copy[key] = set(kernel[key])
                    self.kernels.append(copy)
                    work.append(j)
                self.transitions[i][sym] = j

    def _build_tables(self, precedence):
        # rply's rules, with the complete items of a state met before its shifts (as rply meets
        # them: a state's kernel comes first): among reductions the earlier production wins (a
        # reduce/reduce conflict); a shift then meets the reduction chosen for its token: shift
        # when the token's precedence is higher than the rule's, or equal and the rule
        # right-associative (so: shift when neither has one); else reduce (nonassoc too: rply
        # 0.7 reduces there, `a == b == c` is `(a == b) == c`, no error). A shift/reduce conflict
        # is counted when shifting wins over a rule without precedence.
        n = len(self.kernels)
        self.action = []
        self.goto = []
        self.default_reductions = []
        for i in range(n):
            action = {}
            goto = {}
            for key in sorted(self.closures[i].keys()):
                pnum, dot = key
                if dot < self.prods[pnum].length:
                    continue
                for t in sorted(self.closures[i][key]):
                    if pnum == 0:
                        action[t] = 0  # accept on $end
                    elif t not in action:
                        action[t] = -pnum
                    elif action[t] < 0:
                        self.rr_conflicts += 1
                        if pnum < -action[t]:
                            action[t] = -pnum
            for sym in sorted(self.transitions[i].keys()):
                j = self.transitions[i][sym]
                if sym not in self.terminals:
                    goto[sym] = j
                    continue
                if sym not in action:
                    action[sym] = j + 1
                    continue
                if action[sym] == 0:
                    continue
                tassoc, tlevel = precedence.get(sym, ("right", 0))
                rassoc, rlevel = self.prods[-action[sym]].prec
                if tlevel > rlevel or (tlevel == rlevel and rassoc == "right"):
                    action[sym] = j + 1
                    if rlevel == 0:
                        self.sr_conflicts += 1
            # A state whose only action is one reduction reduces without reading a token.
            default = 0
            distinct = set(action.values())
            if len(distinct) == 1:
                only = list(distinct)[0]
                if only < 0:
                    default = -only
            self.action.append(action)
            self.goto.append(goto)
            self.default_reductions.append(default)
