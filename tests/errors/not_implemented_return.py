# A special method returning NotImplemented (so that Python tries the reflected method): refused
# with what to write instead.
class Money:
    def __init__(self, cents):
        self.cents = cents

    def __add__(self, other):
        if other.cents < 0:
            return NotImplemented
        return Money(self.cents + other.cents)


def main():
    try:
        print((Money(5) + Money(-3)).cents)
    except TypeError:
        print("TypeError")


main()
