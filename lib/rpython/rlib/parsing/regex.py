"""NOT_RPYTHON: the regular expressions of the lexer, as objects combined with
| (either), + (one then the other), * n (n times) and kleene() (any number
of times), and the nondeterministic automaton (NFA) they compile to.

An NFA state has epsilon moves and moves on a range of characters
(lo, hi, target); compile_into(nfa, start) adds the states of an expression
starting at `start` and returns the state where it ends."""


class NFA(object):
    def __init__(self):
        self.epsilon = []   # per state: the states reached without input
        self.moves = []     # per state: [(lo, hi, target)], lo/hi are ords
        self.start = 0
        self.finals = []    # the final state of each token, in order

    def make_deterministic(self, names=None):
        """The DFA of this automaton (deterministic.DFA); names are the
        names of the tokens, the first of those matching a text wins."""
        from rpython.rlib.parsing.deterministic import make_dfa
        if names is None:
            names = ["final%d" % i for i in range(len(self.finals))]
        return make_dfa(self, self.start, self.finals, names)

    def add_state(self):
        self.epsilon.append([])
        self.moves.append([])
        return len(self.epsilon) - 1

    def closure(self, states):
        """The states reachable from states by epsilon moves, sorted."""
        seen = {}
        todo = list(states)
        while todo:
            state = todo.pop()
            if state in seen:
                continue
            seen[state] = True
            todo.extend(self.epsilon[state])
        return sorted(seen)


class RegularExpression(object):
    def compile_into(self, nfa, start):
        raise NotImplementedError

    def __or__(self, other):
        return OrExpression(self, other)

    def __add__(self, other):
        return ConcatExpression(self, other)

    def __mul__(self, count):
        result = StringExpression("")
        for i in range(count):
            result = result + self
        return result

    def kleene(self):
        return KleeneClosure(self)

    def make_automaton(self):
        nfa = NFA()
        nfa.start = nfa.add_state()
        nfa.finals = [self.compile_into(nfa, nfa.start)]
        return nfa


class StringExpression(RegularExpression):
    def __init__(self, string):
        self.string = string

    def compile_into(self, nfa, start):
        state = start
        for char in self.string:
            nextstate = nfa.add_state()
            nfa.moves[state].append((ord(char), ord(char), nextstate))
            state = nextstate
        return state

    def __repr__(self):
        return "StringExpression(%r)" % (self.string,)


class RangeExpression(RegularExpression):
    def __init__(self, fromchar, tochar):
        self.fromchar = fromchar
        self.tochar = tochar

    def compile_into(self, nfa, start):
        end = nfa.add_state()
        nfa.moves[start].append((ord(self.fromchar), ord(self.tochar), end))
        return end

    def __repr__(self):
        return "RangeExpression(%r, %r)" % (self.fromchar, self.tochar)


class OrExpression(RegularExpression):
    def __init__(self, rega, regb):
        self.rega = rega
        self.regb = regb

    def compile_into(self, nfa, start):
        end = nfa.add_state()
        for reg in [self.rega, self.regb]:
            first = nfa.add_state()
            nfa.epsilon[start].append(first)
            last = reg.compile_into(nfa, first)
            nfa.epsilon[last].append(end)
        return end

    def __repr__(self):
        return "OrExpression(%r, %r)" % (self.rega, self.regb)


class ConcatExpression(RegularExpression):
    def __init__(self, rega, regb):
        self.rega = rega
        self.regb = regb

    def compile_into(self, nfa, start):
        middle = self.rega.compile_into(nfa, start)
        return self.regb.compile_into(nfa, middle)

    def __repr__(self):
        return "ConcatExpression(%r, %r)" % (self.rega, self.regb)


class KleeneClosure(RegularExpression):
    def __init__(self, regex):
        self.regex = regex

    def compile_into(self, nfa, start):
        # start -> loop; loop -> body -> loop; loop is also the end
        loop = nfa.add_state()
        nfa.epsilon[start].append(loop)
        body = nfa.add_state()
        nfa.epsilon[loop].append(body)
        last = self.regex.compile_into(nfa, body)
        nfa.epsilon[last].append(loop)
        end = nfa.add_state()
        nfa.epsilon[loop].append(end)
        return end

    def __repr__(self):
        return "KleeneClosure(%r)" % (self.regex,)


class LexingOrExpression(RegularExpression):
    """The token expressions of a lexer side by side: make_automaton gives
    the NFA with, per token, its final state (token i wins over token j > i
    when both match the same text)."""

    def __init__(self, regexs, names):
        self.regexs = regexs
        self.names = names

    def make_automaton(self):
        nfa = NFA()
        nfa.start = nfa.add_state()
        for regex in self.regexs:
            first = nfa.add_state()
            nfa.epsilon[nfa.start].append(first)
            nfa.finals.append(regex.compile_into(nfa, first))
        return nfa
