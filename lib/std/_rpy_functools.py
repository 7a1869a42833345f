"""What functools.total_ordering adds to a class, written for translated code.

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
