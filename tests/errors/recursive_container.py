# An environment dict whose values hold the dict they were defined in: RPython accepts the
# recursive type; rpy has no C++ spelling for it yet and says so.
def lookup(env, name):
    value, outer = env[name]
    return value


def entry_point(argv):
    env = {}
    env["x"] = (1, env)
    print(lookup(env, "x"))
    return 0


def target(*args):
    return entry_point, None
