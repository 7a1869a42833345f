# A decorator's def wrapper(*args, **kwargs) is accepted as a method (the receiver is args[0]),
# but not as a special method the runtime calls with fixed arguments (__str__ here: python3
# prints "B(1)"), and a wrapper with no positional parameter and no *args has nowhere to take the
# instance (python3: TypeError: wrapper() takes 0 positional arguments but 1 was given).
def counted(fn):
    def wrapper(*args, **kwargs):
        return fn(*args, **kwargs)
    return wrapper


def keywords_only(fn):
    def wrapper(**kwargs):
        return fn(**kwargs)
    return wrapper


class B:
    def __init__(self, v):
        self.v = v

    @counted
    def __str__(self):
        return "B(%d)" % self.v

    @keywords_only
    def get(self):
        return self.v


print(str(B(1)))
print(B(2).get())
