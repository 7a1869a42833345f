# Function values that may be None: a test narrows them (also with no else branch, and in a
# loop that goes on), and where no test does, reading or setting an attribute of None raises
# AttributeError and calling it TypeError, with Python's messages.
import sys

HANDLERS = {}


def handles(level):
    def deco(fn):
        fn.level = level
        fn.count = 0
        HANDLERS[fn.__name__[3:]] = fn
        return fn

    return deco


@handles(10)
def on_info(code):
    on_info.count += 1
    return "info %d" % code


@handles(40)
def on_error(code):
    on_error.count += 1
    return "error %03d" % code


def only(code):
    return -code


only.tag = "single"
ONE = {"only": only}


def dispatch(words):
    for w in words:
        if w.startswith("#"):
            continue
        h = HANDLERS.get(w)
        if h is not None:
            print(h(len(w)), "(%s >= %d)" % (h.__name__, h.level))
        n = ONE.get(w)
        if n:
            print(n.__name__, n.tag, n(len(w)))


def careless(name):
    h = HANDLERS.get(name)
    try:
        print("name", h.__name__)
    except AttributeError as e:
        print("AttributeError:", e)
    try:
        print("level", h.level)
    except AttributeError as e:
        print("AttributeError:", e)
    try:
        h.count += 100
        print("count now", h.count)
    except AttributeError as e:
        print("AttributeError:", e)
    try:
        print("call", h(7))
    except TypeError as e:
        print("TypeError:", e)
    o = ONE.get(name)
    try:
        print("tag", o.tag)
    except AttributeError as e:
        print("AttributeError:", e)


def early(name):
    h = HANDLERS.get(name)
    if h is None:
        return "none for " + name
    return "%s/%d" % (h.__name__, h.level)


dispatch(["info", "#error", "warn", "error", "only", "info"])
for k in ["info", "nothing", "only"]:
    careless(k)
print(early("error"), early("x"), len(sys.argv))
for name in sorted(HANDLERS):
    print(name, HANDLERS[name].count)
