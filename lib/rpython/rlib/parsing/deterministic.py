"""The deterministic automaton (DFA) the lexer runs, made from the NFA of
regex.py by the subset construction, and LexerError.

A DFA is two flat lists of ints, RPython data a translated lexer reads:
transitions[state * 256 + ord(char)] is the next state or -1, and
accepting[state] is the index of the token the state accepts or -1 (the
lowest index when several tokens match the same text). State 0 starts."""


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


class DFA(object):
    def __init__(self, transitions, accepting):
        self.transitions = transitions
        self.accepting = accepting
        self.num_states = len(accepting)

    def next_state(self, state, char):
        return self.transitions[state * 256 + ord(char)]


def make_dfa(nfa, start, finals):
    """NOT_RPYTHON: the DFA of (nfa, start, finals) where finals[i] is the
    final state of token i."""
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
    transitions = []
    accepting = []
    k = 0
    while k < len(order):
        states = order[k]
        k += 1
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
        accepting.append(token)
        row = [-1] * 256
        for c in targets:
            key = closure(targets[c])
            if key not in number:
                number[key] = len(order)
                order.append(key)
            nextstate = number[key]
            lo, hi = classes[c]
            for code in range(lo, hi + 1):
                row[code] = nextstate
        transitions.extend(row)
    return DFA(transitions, accepting)
