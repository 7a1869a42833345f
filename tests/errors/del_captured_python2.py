# Python 2 refuses `del` of a variable that a nested function reads (a SyntaxError there).
def f():
    x = 1
    def g():
        return x
    del x
    return g

def entry_point(argv):
    print f()()
    return 0

def target(*args):
    return entry_point, None
