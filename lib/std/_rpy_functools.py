"""functools in translated code: what total_ordering adds to a class, and partial().

ordering_methods(root) returns the comparison methods derived from the class's `root` method and
equality, as functools defines them (Python 3's and 2.7's give the same results for comparisons
that return bools). Each call makes fresh functions, so every decorated class gets methods of its
own (src/modules/lib/functools.cpp calls it while the class is decorated).
"""


def ordering_methods(root):
    if root == "__lt__":
        def __gt__(self, other):
            return not self.__lt__(other) and self != other

        def __le__(self, other):
            return self.__lt__(other) or self == other

        def __ge__(self, other):
            return not self.__lt__(other)

        return [("__gt__", __gt__), ("__le__", __le__), ("__ge__", __ge__)]
    if root == "__le__":
        def __ge__(self, other):
            return not self.__le__(other) or self == other

        def __lt__(self, other):
            return self.__le__(other) and self != other

        def __gt__(self, other):
            return not self.__le__(other)

        return [("__ge__", __ge__), ("__lt__", __lt__), ("__gt__", __gt__)]
    if root == "__gt__":
        def __lt__(self, other):
            return not self.__gt__(other) and self != other

        def __ge__(self, other):
            return self.__gt__(other) or self == other

        def __le__(self, other):
            return not self.__gt__(other)

        return [("__lt__", __lt__), ("__ge__", __ge__), ("__le__", __le__)]
    def __le__(self, other):
        return not self.__ge__(other) or self == other

    def __gt__(self, other):
        return self.__ge__(other) and self != other

    def __lt__(self, other):
        return not self.__ge__(other)

    return [("__le__", __le__), ("__gt__", __gt__), ("__lt__", __lt__)]


# functools.partial(func, *args, **keywords) in translated code (annotate/replacement_rules.cpp
# calls these in its place): a function that calls func with the bound arguments first, then the
# call's, and the bound keywords updated with the call's (the call's win), as functools.partial
# does. One copy per call of partial() (specialize:call_location), so that each partial object's
# function, arguments and keywords have types of their own.
def partial(func, *args, **keywords):
    def partial_call(*fargs, **fkeywords):
        kw = dict(keywords)
        kw.update(fkeywords)
        allargs = args + fargs
        return func(*allargs, **kw)
    return partial_call


partial._annspecialcase_ = "specialize:call_location"


# partial() of a builtin or a bound method, with positional arguments only: rpy passes keywords
# through f(**d) only to the program's own functions.
def partial_positional(func, *args):
    def partial_call(*fargs):
        allargs = args + fargs
        return func(*allargs)
    return partial_call


partial_positional._annspecialcase_ = "specialize:call_location"
