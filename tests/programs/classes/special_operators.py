# Arithmetic operators on instances call the class's special methods: a + b is a.__add__(b), an
# int on the left calls the right operand's reflected method, a += b calls __iadd__ or else
# __add__, and unary operators and abs() call __neg__, __pos__, __invert__, __abs__.
import sys


class V:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, o):
        return V(self.x + o.x, self.y + o.y)

    def __sub__(self, o):
        return V(self.x - o.x, self.y - o.y)

    def __mul__(self, k):
        return V(self.x * k, self.y * k)

    def __rmul__(self, k):
        return V(k * self.x, k * self.y)

    def __floordiv__(self, k):
        return V(self.x // k, self.y // k)

    def __mod__(self, k):
        return V(self.x % k, self.y % k)

    def __pow__(self, k):
        return V(self.x ** k, self.y ** k)

    def __matmul__(self, o):
        return self.x * o.x + self.y * o.y

    def __neg__(self):
        return V(-self.x, -self.y)

    def __pos__(self):
        return self

    def __abs__(self):
        return abs(self.x) + abs(self.y)

    def __repr__(self):
        return "V(%r, %r)" % (self.x, self.y)


class Meters:
    def __init__(self, v):
        self.v = v

    def __truediv__(self, k):
        return Meters(self.v / k)

    def __rtruediv__(self, k):
        return Meters(k / self.v)

    def __repr__(self):
        return "Meters(%r)" % self.v


class Bits:
    def __init__(self, v):
        self.v = v

    def __and__(self, o):
        return Bits(self.v & o.v)

    def __or__(self, o):
        return Bits(self.v | o.v)

    def __xor__(self, o):
        return Bits(self.v ^ o.v)

    def __lshift__(self, n):
        return Bits(self.v << n)

    def __rshift__(self, n):
        return Bits(self.v >> n)

    def __invert__(self):
        return Bits(~self.v)

    def __radd__(self, n):
        return n + self.v

    def __ior__(self, o):
        self.v |= o.v
        return self

    def __str__(self):
        return bin(self.v)


class Acc:
    def __init__(self):
        self.items = []

    def __iadd__(self, x):
        self.items.append(x)
        return self

    def __add__(self, x):
        r = Acc()
        r.items = self.items + [x]
        return r


def left():
    print("left evaluated")
    return 3


def right():
    print("right evaluated")
    return Bits(4)


def main():
    a = V(1, 2) + V(3, 4)
    print(a, a - V(1, 1), a * 3, 2 * a, -a, +a, abs(-a))
    print(Meters(7.0) / 2, 1 / Meters(4.0), V(7, 9) // 2, V(7, 9) % 4, V(2, 3) ** 2, V(1, 2) @ V(3, 4))
    b = a
    a += V(1, 1)  # no __iadd__: a = a + V(1, 1), a new object
    print(a, b, a is b)
    x, y = Bits(12), Bits(10)
    print(x & y, x | y, x ^ y, x << 2, x >> 2, ~x, 5 + x)
    z = x
    x |= y  # __ior__ mutates and returns self
    print(x, z, x is z)
    print(left() + right())  # the left operand is evaluated first
    acc = Acc()
    keep = acc
    acc += 1
    acc += 2
    print(acc.items, acc is keep, (acc + 3).items, acc.items)
    total = V(0, 0)
    for i in range(4):
        total = total + V(i, i * i)
    print(total)
    return 0


if __name__ == '__main__':
    sys.exit(main())
