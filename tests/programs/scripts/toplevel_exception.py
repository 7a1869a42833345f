# check-stderr
# An exception escaping a module-level statement: the statements before it print, then a
# traceback and exit status 1, when the program runs.
TABLE = {"a": 1, "b": 2}
print("looking up")
for key in ["a", "b", "c"]:
    print(key, TABLE[key])
print("not reached")
