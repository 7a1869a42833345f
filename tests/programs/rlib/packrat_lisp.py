# python2
# rpython.rlib.parsing.pypackrat: a Lisp reader whose parser class is made at import time from
# the grammar in its docstring (MetaPackratParser); the rules' {code} reads the module's names,
# some defined after the class; regexes, 'text', x* x+ x?, !x, [x], <x>, (a | b), if {cond},
# do x if {cond}, choose, a rule with a parameter; a prelude parsed at import time, its objects
# prebuilt; translated code parses, prints the objects
# and reports a BacktrackException's error with its position (nice_error_message).
from rpython.rlib.parsing.pypackrat import PackratParser
from rpython.rlib.parsing.makepackrat import BacktrackException, Status


class W_Object(object):
    def to_str(self):
        return "?"


class W_Int(W_Object):
    def __init__(self, value):
        self.value = value

    def to_str(self):
        return str(self.value)


class W_Str(W_Object):
    def __init__(self, value):
        self.value = value

    def to_str(self):
        return '"' + self.value + '"'


class W_Sym(W_Object):
    def __init__(self, name):
        self.name = name

    def to_str(self):
        return self.name


class W_List(W_Object):
    def __init__(self, items, dotted):
        self.items = items
        self.dotted = dotted

    def to_str(self):
        parts = [item.to_str() for item in self.items]
        if self.dotted is not None:
            parts.append(".")
            parts.append(self.dotted.to_str())
        return "(" + " ".join(parts) + ")"


class LispParser(PackratParser):
    r"""
    IGNORE:
        ` |\n|\t|;[^\n]*`;

    EOF:
        !__any__;

    NUMBER:
        c = `\-?(0|[1-9][0-9]*)`
        !`[a-z]`
        IGNORE*
        return {W_Int(int(c))};

    STRING:
        c = `"([^\\"]|\\")*"`
        IGNORE*
        return {W_Str(unquote(c))};

    SYMBOL:
        c = `[a-zA-Z+\-*/<=>!?][a-zA-Z0-9+\-*/<=>!?]*`
        do IGNORE* if {c != 'nil'}
        return {W_Sym(c)};

    NIL:
        'nil'
        IGNORE*
        return {W_List([], None)};

    BOOL:
        c = `#[a-z]+`
        choose name in {['#t', '#f']}
            if {c == name}
        IGNORE*
        return {W_Sym(c)};

    file:
        IGNORE*
        s = sexpr*
        EOF
        return {s};

    sexpr:
        quoted({'quote'})
      | NIL
      | NUMBER
      | STRING
      | BOOL
      | SYMBOL
      | list
      | bracketed;

    quoted(kind):
        `'`
        s = sexpr
        return {W_List([W_Sym(kind), s], None)};

    bracketed:
        '[' IGNORE*
        <sexpr>
        ']' [IGNORE]?;

    list:
        ['(' IGNORE*]
        items = sexpr+
        '.' IGNORE*
        tail = sexpr
        ')' [IGNORE]? IGNORE*
        return {W_List(items, tail)}
      | '(' IGNORE* items = sexpr* ')' IGNORE*
        return {W_List(items, None)};
    """


def unquote(s):
    result = []
    i = 1
    while i < len(s) - 1:
        if s[i] == "\\":
            i += 1
        result.append(s[i])
        i += 1
    return "".join(result)


def read(source):
    parser = LispParser(source)
    try:
        exprs = parser.file()
    except BacktrackException as e:
        print e.error.nice_error_message("<lisp>", source)
        return
    for expr in exprs:
        print expr.to_str()


# parsed while the module is imported: prebuilt objects in the binary
PRELUDE = LispParser("(define empty-list '())\n(car (cons 1 2))").file()


def entry_point(argv):
    for expr in PRELUDE:
        print "prelude:", expr.to_str()
    read("(define (square x) (* x x))  ; a comment\n(square -12)")
    read("'(1 2 . 3) \"a \\\"b\\\" c\" #t nil (a . nil) ()")
    read("(+ 1 2")
    read("(1 2) 12abc")
    read("#x")
    read("[(a [b])] (c . [d]")
    for arg in argv[1:]:
        read(arg)
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    import sys
    entry_point(sys.argv)
