# A deque and a list are different objects at run time: one variable cannot hold both.
from collections import deque


def main():
    q = deque([1, 2])
    if len(q) > 1:
        q = [3]
    print(len(q))


if __name__ == "__main__":
    main()
