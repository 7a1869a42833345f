# frozenset: prints as one (printed as a set before), the set algebra gives the left operand's kind, copy() is itself, fs |= t binds a new frozenset (the alias is unchanged), mutating methods raise AttributeError
def main():
    fs = frozenset([1, 2, 3])
    print(fs)
    print(repr(fs), fs | {4}, {4} | fs, fs & {2}, fs - {1}, fs ^ {9}, {9} ^ fs, fs.union([5]), fs.copy(), fs.copy() is fs)
    print(frozenset(), set(fs), [fs], {1: fs}, fs.intersection({1, 7}), fs.difference({1}), fs.symmetric_difference({1}))
    e = frozenset("ab")
    print(len(e), "a" in e, sorted(e), fs == {1, 2, 3}, fs <= {1, 2, 3, 4})
    alias = fs
    fs |= {10}
    print(fs, alias)
    fs -= {1}
    print(fs, alias)
    s = set(alias)
    s2 = s
    s |= {99}
    print(s, s2)
    for name in ["add", "discard", "remove", "pop", "clear", "update"]:
        try:
            if name == "add":
                alias.add(5)
            elif name == "discard":
                alias.discard(1)
            elif name == "remove":
                alias.remove(1)
            elif name == "pop":
                alias.pop()
            elif name == "clear":
                alias.clear()
            else:
                alias.update({7})
        except AttributeError as ex:
            print("AttributeError", ex)
    print(alias)
    print(frozenset(x * x for x in range(4)), frozenset({}), frozenset(set()))
main()
