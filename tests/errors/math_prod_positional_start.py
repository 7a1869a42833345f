# math.prod's start is keyword-only: python raises TypeError
import math

print(math.prod([1, 2], 3))
