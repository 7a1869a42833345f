# A script without a main block: a function and a print at module level; the module-level
# computation (before the print) still runs at translation time, the print when the program runs.
def f(x):
    return x * 3 + 1


CACHE = [f(i) for i in range(5)]
print(f(3), CACHE)
