def greet(name, punctuation="!"):
    return "hello " + name + punctuation


def entry_point(argv):
    print(greet("you", punct="?"))
    return 0


def target(*args):
    return entry_point, None
