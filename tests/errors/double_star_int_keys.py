# f(**d) of a dict whose keys are not str: python3 raises TypeError (keywords must be strings)
# unless d is empty; refused, naming the dict's type (was an error inside lib/std/_rpy_call.py).
def h(x, y=10):
    return x + y


d = {1: 2}
print(h(1, **d))
