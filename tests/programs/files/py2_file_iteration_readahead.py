# python2
# Python 2 files read ahead when iterated (for line in f, next(f), enumerate(f)): 8192-byte chunks,
# a line longer than a chunk continues in chunks a quarter larger; read(), readline() and
# readlines() raise ValueError "Mixing iteration and read methods would lose data" while the chunk
# holds unread data (unless its first byte is NUL: then they read on past it, losing it), as
# python2.7 does; rpy read on from the next line.  seek() drops the chunk; tell() is past it.
import sys, os


def attempt(f, how):
    try:
        if how == 0:
            r = f.readline()
        elif how == 1:
            r = f.read(3)
        elif how == 2:
            r = '|'.join(f.readlines())
        else:
            r = f.read()
        print 'read', how, repr(r[:40]), len(r)
    except ValueError as e:
        print 'ValueError', e


def write(p, data):
    f = open(p, 'wb')
    f.write(data)
    f.close()


def entry_point(argv):
    d = argv[1] if len(argv) > 1 else '/tmp'
    p = os.path.join(d, 'rpy_readahead_%d.txt' % os.getpid())
    small = 'a\nb\nc\n'
    big = ''.join(['line %d %s\n' % (i, 'x' * (i % 37)) for i in range(900)])
    cases = [small, big, small[:4], 'a\n' + 'y' * 20000 + '\nz\n', '\x00a\nb\nc\n', 'one\ntwo', 'x' * 8191 + '\n' + 'w\n',
             'x' * 8192 + '\nv\n']
    for data in cases:
        write(p, data)
        for how in range(4):
            f = open(p)
            n = 0
            for line in f:
                n += 1
                if n == 2:
                    break
            print len(data), how, n, f.tell()
            attempt(f, how)
            f.seek(0, 1)
            attempt(f, 0)
            f.close()
        f = open(p)
        print repr(next(f))[:30], f.tell()
        attempt(f, 0)
        f.seek(0)
        k = 0
        for line in f:
            k += len(line)
        print 'after seek', k, f.tell()
        attempt(f, 1)
        f.close()
        f = open(p)
        total = 0
        for i, line in enumerate(f):
            total += i
            if i == 3:
                break
        print 'enumerate', total
        attempt(f, 0)
        f.close()
    os.remove(p)
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    entry_point(sys.argv)
