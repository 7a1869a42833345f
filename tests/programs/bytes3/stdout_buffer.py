# stdin-file: stdout_buffer.in
# stderr-ok
# sys.stdout.buffer.write / flush mixed with print() and sys.stdout.write: python3 keeps
# program order (to a pipe and to a file); sys.stdin.buffer.read/readline give bytes.
import sys


def main():
    data = sys.stdin.buffer.readline()
    rest = sys.stdin.buffer.read()
    print('first line', data, len(rest))
    sys.stdout.write('one\n')
    print('two', end='')
    n = sys.stdout.buffer.write(b' three\n')
    print('four', n)
    sys.stdout.flush()
    out = sys.stdout.buffer
    out.write(b'five:' + bytes([0xe2, 0x82, 0xac]) + b'\n')
    out.flush()
    print('six')
    for line in rest.split(b'\n'):
        if line:
            sys.stdout.buffer.write(line.upper() + b'|')
    sys.stdout.buffer.write(b'\n')
    sys.stderr.buffer.write(b'to stderr\n')
    sys.stdout.write('seven')
    sys.stdout.buffer.write(b'eight\n')


main()
