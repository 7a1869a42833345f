# A Counter method called on an instance of a class derived from Counter: refused by name
# (rpy types Counter() itself as a dict of counts, a derived class as an instance).
from collections import Counter
class MyC(Counter):
    pass
def main():
    c = MyC("abc")
    print(c.most_common(1))
main()
