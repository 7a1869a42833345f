# "{...}".format(**d) whose specs use '[' or ']' as the fill: the field scanner skipped to a ']'
# inside the spec (brackets only delimit keys in a field's name), so the call was refused.
def show(d):
    print("{name:[>8}|{count:]<6}|{name!r:[^12}".format(**d))
    print("{0:[>5}{k[x]}".format("ab", k={"x": "]"}))


show({"name": "apple", "count": "3"})
show({"name": "kiwi", "count": "12"})
