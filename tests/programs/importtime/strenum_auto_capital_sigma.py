# enum.auto() in a StrEnum lowers the member's name at import time, here a name with a capital
# sigma (Python's final-sigma rule: 'σum'); the import-time evaluator refused it before.
import enum


class Color(enum.StrEnum):
    RED = enum.auto()
    ΣUM = enum.auto()


print(Color.RED.value, Color.ΣUM.value)
