"""The trees the parser builds: Symbol (a token) and Nonterminal (a rule with
its children), and RPythonVisitor, whose subclasses get a dispatch(node)
method calling their visit_<symbol> methods."""


class Node(object):
    def getsourcepos(self):
        raise NotImplementedError


class Symbol(Node):
    def __init__(self, symbol, additional_info, token):
        self.symbol = symbol
        self.additional_info = additional_info
        self.token = token

    def getsourcepos(self):
        return self.token.source_pos

    def __repr__(self):
        return "Symbol(%r, %r)" % (self.symbol, self.additional_info)

    def dot(self):
        "NOT_RPYTHON: the lines of this node in a graphviz graph."
        symbol = (self.symbol.replace("\\", "\\\\").replace('"', '\\"')
                  .replace("\n", "\\l"))
        info = str(self.additional_info).replace('"', "'") or "_"
        yield '"%s" [shape=box,label="%s\\n%s"];' % (
            id(self), symbol, repr(info).replace('"', "").replace("\\", "\\\\"))

    def visit(self, visitor):
        "NOT_RPYTHON"
        if isinstance(visitor, RPythonVisitor):
            return visitor.dispatch(self)
        method = getattr(visitor, "visit_" + self.symbol, None)
        if method is None:
            return self
        return method(self)


class Nonterminal(Node):
    def __init__(self, symbol, children):
        self.children = children
        self.symbol = symbol

    def getsourcepos(self):
        return self.children[0].getsourcepos()

    def __str__(self):
        return "%s(%s)" % (self.symbol, ", ".join([str(c) for c in self.children]))

    def __repr__(self):
        return "Nonterminal(%r, %r)" % (self.symbol, self.children)

    def dot(self):
        "NOT_RPYTHON: the lines of this subtree in a graphviz graph."
        yield '"%s" [label="%s"];' % (id(self), self.symbol)
        for child in self.children:
            yield '"%s" -> "%s";' % (id(self), id(child))
            for line in child.dot():
                yield line

    def visit(self, visitor):
        "NOT_RPYTHON"
        if isinstance(visitor, RPythonVisitor):
            return visitor.dispatch(self)
        specific = getattr(visitor, "visit_" + self.symbol, None)
        if specific is not None:
            return specific(self)
        return getattr(visitor, "visit")(self)


class VisitError(Exception):
    def __init__(self, node):
        self.node = node
        self.args = (node,)

    def __str__(self):
        return "could not visit %s" % (self.node,)


_GENERAL = ["general_nonterminal_visit", "general_symbol_visit", "general_visit"]


def _dispatch_source(names, dct):
    """NOT_RPYTHON: the source of the dispatch method of a visitor class
    whose body defines visit_<name> for each of names: a chain of tests on
    node.symbol, then the general methods the body defines, then VisitError."""
    lines = ["def dispatch(self, node):"]
    for kind, general in [("Nonterminal", "general_nonterminal_visit"),
                          ("Symbol", "general_symbol_visit")]:
        if not names and general not in dct:
            continue
        lines.append("    if isinstance(node, %s):" % kind)
        for name in names:
            lines.append("        if node.symbol == %r:" % name)
            lines.append("            return self.visit_%s(node)" % name)
        if general in dct:
            lines.append("        return self.%s(node)" % general)
    if "general_visit" in dct:
        lines.append("    return self.general_visit(node)")
    else:
        lines.append("    raise VisitError(node)")
    return "\n".join(lines) + "\n"


class CreateDispatchDictionaryMetaclass(type):
    """NOT_RPYTHON: gives each class a dispatch method for the visit_
    methods and general_*_visit methods its own body defines."""

    def __new__(cls, name_, bases, dct):
        names = sorted([key[len("visit_"):] for key in dct
                        if key.startswith("visit_")])
        namespace = {"Nonterminal": Nonterminal, "Symbol": Symbol,
                     "VisitError": VisitError}
        exec(_dispatch_source(names, dct), namespace)
        dct["dispatch"] = namespace["dispatch"]
        return type.__new__(cls, name_, bases, dct)


# class RPythonVisitor(object): __metaclass__ = ..., in a form Python 3 reads too
RPythonVisitor = CreateDispatchDictionaryMetaclass("RPythonVisitor", (object,), {})
