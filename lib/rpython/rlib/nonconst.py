"""rpy's version of rpython.rlib.nonconst: NonConstant(x) is x, which the
annotator must not fold as a constant (so that a prebuilt value still takes
the general path).  rpy's annotator treats a call's result as a variable, so
the value itself is what the program gets, as under Python."""


def NonConstant(value):
    return value
