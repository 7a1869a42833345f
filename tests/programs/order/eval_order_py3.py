# Python 3 script: operands left to right, a dict display's key before its value, f-string parts
# in order, print's arguments before anything is printed.
import sys


class Log:
    def __init__(self):
        self.items = []

    def t(self, tag, value):
        self.items.append(tag)
        return value

    def flush(self, label):
        print(label, " ".join(self.items))
        self.items = []


def kw(a, b=1, c=2):
    return a * 100 + b * 10 + c


if __name__ == '__main__':
    L = Log()
    t = L.t
    d = {t("k1", 1): t("v1", 10), t("k2", 2): t("v2", 20)}
    L.flush("dict")
    s = {t("s1", 1), t("s2", 2)}
    L.flush("set")
    fs = f"{t('a', 1)}-{t('b', 2)}-{t('c', 3)}"
    L.flush("fstring")
    fm = "{}{}".format(t("f1", 1), t("f2", 2))
    L.flush("format")
    k = kw(t("ka", 1), c=t("kc", 3), b=t("kb", 2))
    L.flush("keywords")
    q = t("n", 7) / t("dd", 2) + t("m", 1) // t("mm", 1)
    L.flush("division")
    m = max(t("x1", 1), t("x2", 5), t("x3", 2))
    L.flush("max")
    print(t("p1", 1), t("p2", 2), len(L.items))
    L.flush("print")
    print(d, sorted(s), fs, fm, k, q, m)
