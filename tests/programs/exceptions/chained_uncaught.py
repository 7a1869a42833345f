# check-stderr
# An uncaught exception raised `from` another: the last line of the traceback is the new one's.
def f(x):
    try:
        return 10 // x
    except ZeroDivisionError as e:
        raise ValueError("bad x") from e


print(f(2))
f(0)
