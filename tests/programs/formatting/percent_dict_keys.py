# '%(name)s' formats with a dict on the right (a constant format): each spec reads the dict's item
# for its key (KeyError when missing), with flags, widths and conversions; a dict without keyed
# specs is the one value formatted, or ignored.
def report(d):
    try:
        return "%(name)s/%(zip)s" % d
    except KeyError as e:
        return "missing %s" % e

def main():
    d = {"name": "ann", "city": "oslo"}
    print("%(name)s lives in %(city)-8s|" % d)
    print("%(name)r %(name)5.2s %%" % d)
    n = {"a": 1, "b": 22}
    print("%(a)03d + %(b)x = %(a)s" % n)
    f = {"x": 1.5}
    print("%(x).3f %(x)e %(x)g" % f)
    print(report(d))
    print("no keys" % d, "%s" % d)
    c = {"k": 2}
    print("%(k)s" % c)
    print("%((name))s" % {"(name)": "paren"})

main()
