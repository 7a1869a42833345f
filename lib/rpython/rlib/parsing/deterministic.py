"""The deterministic automaton (DFA) the lexer runs, made from the NFA of
regex.py by the subset construction, and LexerError.

DFA(num_states, transitions, final_states, unmergeable_states, names) is
RPython's form: transitions maps (state, char) to the next state, names[s]
is the token a final state s accepts.  make_lexing_code() gives the matcher
recognize(runner, i) the lexer's runner calls (RPython): it runs from index
i, noting in runner.last_matched_index / last_matched_state the end and the
state of the longest token so far and in runner.state the state where it
stopped; it returns the index after the input when the input ended in a
final state, else ~(the index after the character that stopped it)."""


class LexerError(Exception):
    def __init__(self, input, state, source_pos):
        self.input = input
        self.state = state
        self.source_pos = source_pos
        self.args = (input, state, source_pos)

    def nice_error_message(self, filename="<unknown>"):
        # source_pos counts lines and columns from 0, people from 1
        result = ["  File %s, line %s" % (filename, self.source_pos.lineno + 1)]
        result.append(self.input.split("\n")[self.source_pos.lineno])
        result.append(" " * self.source_pos.columnno + "^")
        result.append("LexerError")
        return "\n".join(result)

    def __str__(self):
        return self.nice_error_message()


def compress_char_set(chars):
    """NOT_RPYTHON: [(first char, length)] of the runs of consecutive
    characters of chars, longer runs first, then alphabetically."""
    codes = sorted(set([ord(c) for c in chars]))
    runs = []
    for code in codes:
        if runs and runs[-1][0] + runs[-1][1] == code:
            runs[-1][1] += 1
        else:
            runs.append([code, 1])
    result = [(chr(first), length) for first, length in runs]
    result.sort(key=lambda run: (-run[1], run[0]))
    return result


def _char_classes(nfa):
    """NOT_RPYTHON: the bounds [lo, hi] of the character intervals no move
    of nfa tells apart."""
    cuts = {0: True, 256: True}
    for moves in nfa.moves:
        for lo, hi, target in moves:
            cuts[lo] = True
            cuts[hi + 1] = True
    cuts = sorted(cuts)
    return [(cuts[k], cuts[k + 1] - 1) for k in range(len(cuts) - 1)]


def make_matcher(class_of, table, num_classes, final):
    """NOT_RPYTHON: the matcher of a DFA whose transitions are
    table[state * num_classes + class_of[ord(char)]] (-1: none)."""

    def recognize(runner, i):
        assert i >= 0
        input = runner.text
        state = 0
        while True:
            if final[state]:
                runner.last_matched_index = i - 1
                runner.last_matched_state = state
            if i >= len(input):
                runner.state = state
                if final[state]:
                    return i
                return ~i
            nextstate = table[state * num_classes + class_of[ord(input[i])]]
            i += 1
            if nextstate < 0:
                break
            state = nextstate
        runner.state = state
        return ~i
    return recognize


class DFA(object):
    def __init__(self, num_states=0, transitions=None, final_states=None,
                 unmergeable_states=None, names=None):
        self.num_states = num_states
        if final_states is None:
            final_states = set()
        if unmergeable_states is None:
            unmergeable_states = set()
        if names is None:
            names = []
        # the transitions as character classes: class_of[ord(char)] and
        # table[state * num_classes + class] (-1: none); a dict of
        # (state, char) -> state would make a large prebuilt constant
        self.class_of = [0] * 256
        self.num_classes = 1
        self.table = [-1] * num_states
        if transitions:
            self.transitions = transitions
        self.final_states = final_states
        self.unmergeable_states = unmergeable_states
        self.names = names

    def __repr__(self):
        return "DFA(%r, %r, %r, %r, %r)" % (
            self.num_states, self.transitions, self.final_states,
            self.unmergeable_states, self.names)

    def _get_transitions(self):
        "NOT_RPYTHON: the transitions as a dict (state, char) -> state."
        result = {}
        for state in range(self.num_states):
            for code in range(256):
                nextstate = self.table[state * self.num_classes + self.class_of[code]]
                if nextstate >= 0:
                    result[state, chr(code)] = nextstate
        return result

    def _set_transitions(self, transitions):
        "NOT_RPYTHON: set the transitions from a dict (state, char) -> state."
        columns = {}
        class_of = []
        for code in range(256):
            column = tuple([transitions.get((state, chr(code)), -1)
                            for state in range(self.num_states)])
            if column not in columns:
                columns[column] = len(columns)
            class_of.append(columns[column])
        table = [-1] * (self.num_states * len(columns))
        for column, k in columns.items():
            for state in range(self.num_states):
                table[state * len(columns) + k] = column[state]
        self.class_of = class_of
        self.num_classes = len(columns)
        self.table = table

    transitions = property(_get_transitions, _set_transitions)

    def add_state(self, name=None, final=False, unmergeable=False):
        "NOT_RPYTHON"
        transitions = self.transitions
        state = self.num_states
        self.num_states += 1
        self.transitions = transitions
        if final:
            self.final_states.add(state)
        if unmergeable:
            self.unmergeable_states.add(state)
        if name is None:
            name = str(state)
        self.names.append(name)
        return state

    def __setitem__(self, key, next_state):
        "NOT_RPYTHON"
        transitions = self.transitions
        transitions[key] = next_state
        self.transitions = transitions

    def __getitem__(self, key):
        state, char = key
        nextstate = self.table[state * self.num_classes + self.class_of[ord(char)]]
        if nextstate < 0:
            raise KeyError(key)
        return nextstate

    def __contains__(self, key):
        state, char = key
        return self.table[state * self.num_classes + self.class_of[ord(char)]] >= 0

    def optimize(self):
        """The subset construction leaves no unreachable state; merging
        equivalent states would not change what the lexer does."""
        return False

    def make_lexing_code(self):
        """NOT_RPYTHON: the matcher recognize(runner, i)."""
        final = [state in self.final_states for state in range(self.num_states)]
        return make_matcher(self.class_of, self.table, self.num_classes, final)

    def get_runner(self):
        return DFARunner(self)


class DFARunner(object):
    """Runs a DFA over a whole string: recognize(s) is whether the DFA
    accepts s."""

    def __init__(self, automaton):
        self.automaton = automaton
        self.state = 0

    def nextstate(self, char):
        self.state = self.automaton[self.state, char]
        return self.state

    def recognize(self, s):
        self.state = 0
        try:
            for char in s:
                self.nextstate(char)
        except KeyError:
            return False
        return self.state in self.automaton.final_states


def make_dfa(nfa, start, finals, names):
    """NOT_RPYTHON: the DFA of (nfa, start, finals) where finals[i] is the
    final state of token names[i]."""
    final_token = {}
    for index in range(len(finals) - 1, -1, -1):
        final_token[finals[index]] = index
    classes = _char_classes(nfa)
    class_of = [0] * 256
    for k, (lo, hi) in enumerate(classes):
        for code in range(lo, hi + 1):
            class_of[code] = k
    closures = {}

    def closure(states):
        key = tuple(sorted(set(states)))
        if key not in closures:
            closures[key] = tuple(nfa.closure(key))
        return closures[key]

    first = closure([start])
    number = {first: 0}
    order = [first]
    num_classes = len(classes)
    table = []
    final_states = set()
    state_names = []
    k = 0
    while k < len(order):
        states = order[k]
        token = -1
        targets = {}
        for state in states:
            if state in final_token:
                if token == -1 or final_token[state] < token:
                    token = final_token[state]
            for lo, hi, target in nfa.moves[state]:
                for c in range(class_of[lo], class_of[hi] + 1):
                    if c in targets:
                        targets[c].append(target)
                    else:
                        targets[c] = [target]
        if token >= 0:
            final_states.add(k)
            state_names.append(names[token])
        else:
            state_names.append(str(k))
        row = [-1] * num_classes
        for c in targets:
            key = closure(targets[c])
            if key not in number:
                number[key] = len(order)
                order.append(key)
            row[c] = number[key]
        table.extend(row)
        k += 1
    dfa = DFA(len(order), None, final_states, None, state_names)
    dfa.class_of = class_of
    dfa.num_classes = num_classes
    dfa.table = table
    return dfa
