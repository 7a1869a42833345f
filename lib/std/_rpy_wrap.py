"""textwrap.wrap's layout of text already split into chunks, shared by rpy's argparse and optparse
(their help and usage): Python 3 breaks a word longer than the line after a hyphen, Python 2 does
not."""
import sys as _sys

_PY3 = _sys.version_info[0] >= 3


def wrap_chunks(chunks, width):
    """textwrap.wrap's layout of the chunks in lines of at most width characters."""
    lines = []
    rest = list(chunks)
    rest.reverse()
    while rest:
        cur = []
        cur_len = 0
        if rest[-1].strip() == '' and lines:
            rest.pop()
        while rest:
            n = len(rest[-1])
            if cur_len + n <= width:
                cur.append(rest.pop())
                cur_len += n
            else:
                break
        if rest and len(rest[-1]) > width:
            space_left = 1 if width < 1 else width - cur_len
            end = space_left
            chunk = rest[-1]
            if _PY3 and len(chunk) > space_left:
                hyphen = chunk.rfind('-', 0, space_left)
                if hyphen > 0 and chunk[:hyphen].strip('-') != '':
                    end = hyphen + 1
            cur.append(chunk[:end])
            rest[-1] = chunk[end:]
        if cur and cur[-1].strip() == '':
            cur.pop()
        if cur:
            lines.append(''.join(cur))
    return lines
