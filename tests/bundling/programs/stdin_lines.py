# stdin-file: stdin_lines.txt
import sys

total = 0
for word in sys.stdin.read().split():
    total += int(word)
print(total)
