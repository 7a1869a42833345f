# python2
# Python 2 str.encode(enc) decodes the str as ASCII first: a byte >= 0x80 raises
# UnicodeDecodeError (not UnicodeEncodeError), whatever the target encoding.
import sys


def entry_point(argv):
    for s in ['\xc3\xa9' + argv[0][:0], 'ab\xff', 'plain']:
        for enc in ['ascii', 'utf-8', 'latin-1']:
            try:
                print repr(s.encode(enc))
            except UnicodeDecodeError as e:
                print 'UnicodeDecodeError', e
            except UnicodeEncodeError as e:
                print 'UnicodeEncodeError', e
        try:
            print repr(s.encode())
        except UnicodeDecodeError as e:
            print 'UnicodeDecodeError', e
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    entry_point(sys.argv)
