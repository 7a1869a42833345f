# A store of an attribute __slots__ does not declare: Python raises AttributeError; refused.
class P:
    __slots__ = ("x",)
    def __init__(self, x):
        self.x = x
def main():
    p = P(1)
    try:
        p.y = 3
        print(p.y)
    except AttributeError as e:
        print("AE", e)
main()
