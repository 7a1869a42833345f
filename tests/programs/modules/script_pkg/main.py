# args: hello WORLD from rpy
import sys
from helpers.text import title_case

if __name__ == '__main__':
    print(title_case(" ".join(sys.argv[1:])))
    sys.exit(len(sys.argv) - 1)
