# io.StringIO (rpy's lib/std/io.py) in translated code and while the script is imported: read, write
# at any position (past the end pads with NULs), seek/tell/truncate, lines and iteration, closed
# buffers, the errors io raises.
import sys
import io

PRE = io.StringIO()
PRE.write("made at import\n")
PRE.seek(5)
PRE.write("MADE")
AT_IMPORT = PRE.getvalue()


def report(argv):
    b = io.StringIO('hello\nworld\n')
    print(repr(b.read(3)), b.tell(), repr(b.readline()), b.write('XY'), repr(b.getvalue()), b.tell())
    b.seek(0, 2)
    print(b.write('end' + argv[0][:0]), repr(b.getvalue()))
    b.seek(20)
    b.write('!')
    print(repr(b.getvalue()))
    print(b.truncate(5), repr(b.getvalue()), b.tell())
    b.seek(0)
    print(b.readlines(), b.readlines())
    b.seek(0)
    for line in b:
        print('line', repr(line))
    try:
        b.seek(-1)
    except ValueError as e:
        print('ValueError', e)
    b.close()
    try:
        b.write('x')
    except ValueError as e:
        print('ValueError', e)
    print(b.closed)
    c = io.StringIO()
    print(c.write('a\nb'), repr(c.readline()), repr(c.read()), c.tell(), c.seek(0), repr(c.readline(1)))
    out = io.StringIO()
    for i in range(len(argv) + 3):
        out.write('row %d\n' % i)
    print(out.getvalue(), end='')
    print(AT_IMPORT, end="")
    return 0


report(sys.argv)
