# A class the module defines without __match_args__ (not a dataclass) takes no positional
# sub-patterns: Python's TypeError when the case is tried, refused while translating.
class Plain:
    def __init__(self, a):
        self.a = a


def show(v):
    match v:
        case Plain(a):
            return a
    return 0


print(show(Plain(3)))
