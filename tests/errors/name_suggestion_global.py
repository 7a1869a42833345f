# A misspelled global read in a function: no local is close, so the module's names are searched
# (python3: "Did you mean: 'LENGTH_LIMIT'?"), then the builtins; a name nothing is close to gets
# no suggestion (python3: "name 'frobnicate' is not defined").
LENGTH_LIMIT = 10


def clip(words):
    out = []
    for w in words:
        if len(w) > LENGHT_LIMIT:
            w = w[:10]
        out.append(w)
    return out


def shout(words):
    return [frobnicate(w) for w in words]


print(clip(["short", "a very long word indeed"]))
print(shout(["x"]))
