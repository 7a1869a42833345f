"""ParserGenerator: a grammar from decorated production functions, turned by build() into LALR(1)
tables (computed at import time) and an LRParser (rply/parser.py) that runs them."""

from rply.errors import ParserGeneratorError
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
                    if sym in self.precedence:
                        prec = self.precedence[sym]  # the last terminal with a precedence
            prods.append(Production(len(prods), name, rhs, prec, func))
        table = _LALRTable(prods, terminals, nonterminals, self.precedence)
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
        n = len(self.kernels)
        self.action = []
        self.goto = []
        self.default_reductions = []
        for i in range(n):
            action = {}
            shift_by = {}
            goto = {}
            for sym in self.transitions[i]:
                if sym in self.terminals:
                    action[sym] = self.transitions[i][sym] + 1
                    shift_by[sym] = True
                else:
                    goto[sym] = self.transitions[i][sym]
            for key in sorted(self.closures[i].keys()):
                pnum, dot = key
                p = self.prods[pnum]
                if dot < p.length:
                    continue
                for t in sorted(self.closures[i][key]):
                    if pnum == 0:
                        action[t] = 0  # accept on $end
                        continue
                    if t not in action:
                        action[t] = -pnum
                    elif action[t] < 0:
                        if pnum < -action[t]:  # reduce/reduce: the earlier production
                            action[t] = -pnum
                    elif action[t] > 0 and t in shift_by:
                        # shift/reduce: yacc's rules
                        tprec = precedence.get(t, ("right", 0))
                        rassoc, rlevel = p.prec
                        if tprec[1] == 0 or rlevel == 0:
                            continue  # shift
                        if rlevel > tprec[1] or (rlevel == tprec[1] and rassoc == "left"):
                            action[t] = -pnum
                            del shift_by[t]
                        elif rlevel == tprec[1] and rassoc == "nonassoc":
                            del action[t]
                            del shift_by[t]
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
