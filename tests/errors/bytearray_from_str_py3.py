# A Python 3 script: bytearray() of a str needs an encoding (python3 raises TypeError); rpy refuses
# it by name (RPython's bytearray(str) is Python 2's, of bytes).
import sys

data = bytearray("ab" * len(sys.argv))
print(len(data))
