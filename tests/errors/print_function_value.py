# Python prints a function value as <function f at 0x7f...>, an address rpy cannot reproduce:
# printing one is reported, also inside a container.
def helper(x):
    return x + 1


def entry_point(argv):
    pair = (helper, len(argv))
    print(pair)
    return 0


def target(*args):
    return entry_point, None
