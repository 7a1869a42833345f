# os.fork() called in a function that main() calls, main() being called at module level: the
# call runs while rpy imports the script, and the error says so, with the calls that led there.
import sys
from os import fork


def worker(n):
    pid = fork()
    if pid == 0:
        print("child", n)
        sys.exit(0)
    return pid


def main():
    pids = [worker(i) for i in range(3)]
    print(len(pids), pids[0] > 0)


main()
