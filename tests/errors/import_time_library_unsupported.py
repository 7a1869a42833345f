# An unsupported construct met at import time inside rpy's library (here enum.auto() lowering a
# member name with a capital sigma) blames the program's line, with the library's frames as notes
# by their path in the repository (before: the absolute path of lib/std/enum.py).
import enum


class Color(enum.StrEnum):
    RED = enum.auto()
    ΣUM = enum.auto()


print(Color.RED.value, Color.ΣUM.value)
