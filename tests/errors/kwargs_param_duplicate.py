# A keyword naming a parameter that a positional argument already fills: python raises
# TypeError "f() got multiple values for argument 'a'"; the keys are known, so rpy says so.
def f(a, **kw):
    return len(kw)


print(f(1, a=2))
