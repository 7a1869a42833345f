# float(obj) where __float__ returns an int: Python raises TypeError, rpy refuses it.
class Count:
    def __init__(self, n):
        self.n = n

    def __float__(self):
        return self.n


print(float(Count(3)))
