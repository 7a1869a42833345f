# A decorator's wrapper that takes no parameter for the instance (def wrapper(*args, **kwargs)),
# used as a method: refused, naming how to write the wrapper (python3 prints 10).
def counted(fn):
    def wrapper(*args, **kwargs):
        return fn(*args, **kwargs)
    return wrapper


class Box:
    def __init__(self, v):
        self.v = v

    @counted
    def get(self, plus=0):
        return self.v + plus


print(Box(7).get(3))
