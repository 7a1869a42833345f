# A tokenizer in the style of hand-written scripts: nested helper functions advance a shared
# position with `nonlocal`, read the text of their enclosing function, and one helper is defined
# before the variables it uses are assigned.


def tokenize(text):
    def peek():
        return text[pos] if pos < len(text) else ""

    def advance():
        nonlocal pos, line
        ch = text[pos]
        pos += 1
        if ch == "\n":
            line += 1
        return ch

    def take_while(pred):
        start = pos
        while pos < len(text) and pred(text[pos]):
            advance()
        return text[start:pos]

    def error(msg):
        raise ValueError("line %d: %s" % (line, msg))

    pos = 0
    line = 1
    tokens = []
    while pos < len(text):
        ch = peek()
        if ch.isspace():
            advance()
        elif ch.isdigit():
            tokens.append(("NUM", take_while(lambda c: c.isdigit()), line))
        elif ch.isalpha() or ch == "_":
            tokens.append(("NAME", take_while(lambda c: c.isalnum() or c == "_"), line))
        elif ch in "+-*/()=":
            tokens.append(("OP", advance(), line))
        elif ch == "#":
            take_while(lambda c: c != "\n")
        else:
            error("unexpected character %r" % ch)
    return tokens


def evaluate(tokens):
    i = 0

    def next_tok():
        nonlocal i
        t = tokens[i] if i < len(tokens) else ("EOF", "", 0)
        i += 1
        return t

    def peek_val():
        return tokens[i][1] if i < len(tokens) else ""

    def atom():
        kind, val, _ = next_tok()
        if kind == "NUM":
            return int(val)
        if val == "(":
            v = expr()
            next_tok()
            return v
        if val == "-":
            return -atom()
        return 0

    def term():
        v = atom()
        while peek_val() in ("*", "/"):
            op = next_tok()[1]
            rhs = atom()
            v = v * rhs if op == "*" else v // rhs
        return v

    def expr():
        v = term()
        while peek_val() in ("+", "-"):
            op = next_tok()[1]
            rhs = term()
            v = v + rhs if op == "+" else v - rhs
        return v

    return expr()


def main():
    src = "x = 12 + 3*(4 - 1)  # comment\ny_2 = 7 / 2\n"
    toks = tokenize(src)
    for t in toks:
        print(t)
    print(evaluate(tokenize("12 + 3*(4 - 1) - -2")))
    print(evaluate(tokenize("(1+2)*(3+4)/2")))
    try:
        tokenize("a = 1\nb = $")
    except ValueError as e:
        print("error:", e)


main()
