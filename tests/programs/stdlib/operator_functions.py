# operator's functions called in translated code, and given as values (reduce, tables, sorted keys).
import functools
import operator


def apply_all(table, a, b):
    return [(name, table[name](a, b)) for name in sorted(table)]


def main():
    print(functools.reduce(operator.mul, range(1, 11)), functools.reduce(operator.add, ["a", "b", "c"], ">"))
    print(operator.add(2, 3), operator.sub(2.5, 1), operator.truediv(7, 2), operator.floordiv(-7, 2), operator.mod(-7, 3))
    print(operator.pow(2, 10), operator.neg(4), operator.not_(0), operator.truth([1]), operator.abs(-0.0), operator.abs(-3))
    print(operator.eq(1, 1), operator.lt("a", "b"), operator.contains([1, 2], 2), operator.getitem("xyz", 1), operator.concat([1], [2]))
    print(operator.and_(12, 10), operator.or_(12, 10), operator.xor(12, 10), operator.lshift(1, 5), operator.invert(5))
    print(operator.countOf([1, 2, 1], 1), operator.indexOf("abc", "c"), operator.is_(None, None), operator.is_not(1, None))
    ops = {"add": operator.add}
    print(apply_all(ops, 7, 3))
    try:
        operator.indexOf([1], 5)
    except ValueError as e:
        print("ValueError:", e)
    try:
        operator.truediv(1, 0)
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)


main()
