# Module-level code whose loop over a dict deletes a key and adds another (the same size) and goes
# on: which keys Python visits then follows its table's positions (Python 3 may raise "dictionary
# keys changed during iteration"), which the import-time evaluator does not keep: refused, not
# guessed.
ALIASES = {"ls": "list", "rm": "remove", "cp": "copy"}
for short in ALIASES:
    if short == "ls":
        ALIASES["dir"] = ALIASES.pop(short)


def entry_point(argv):
    print ALIASES["dir"]
    return 0


def target(*args):
    return entry_point, None
