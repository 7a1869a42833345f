# Exception.__str__(self) on a KeyError: python3 shows str() of the key (<k>), rpy keeps the repr
# of its key as the message ('k'): refused by name (a wrong answer <'k'> before the refusal).
class MyKeyError(KeyError):
    def __str__(self):
        return "<" + Exception.__str__(self) + ">"


try:
    raise MyKeyError("k")
except KeyError as e:
    print(str(e))
