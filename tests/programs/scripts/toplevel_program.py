# A script whose module body is the program: output, loops and tables at module level, functions
# defined after the first print, a constant table read by functions, no main block.
import sys

print("start")
SQUARES = [i * i for i in range(10)]
total = 0
for i in range(10):
    total += i
print("total", total)


def double(x):
    return x * 2


def table_sum():
    return sum(SQUARES)


WORDS = {"one": 1, "two": 2, "three": 3}
for w in sorted(WORDS):
    print(w, WORDS[w] * total)
print(double(total), table_sum())
count = 0
while count < 3:
    count += 1
    sys.stdout.write("tick %d\n" % count)
if __name__ == "__main__":
    print(double(count))
else:
    print("not run")
print("end")
