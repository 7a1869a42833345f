"""Generated code as a tree of lines and blocks, rendered with four-space indentation."""


class Block(object):
    """`header:` followed by an indented body (a list of str lines and Blocks)."""

    def __init__(self, header, body=None):
        self.header = header
        self.body = body if body is not None else []

    def add(self, item):
        self.body.append(item)
        return item

    def extend(self, items):
        self.body.extend(items)


def render(items, indent=0, out=None):
    out = [] if out is None else out
    pad = '    ' * indent
    for it in items:
        if isinstance(it, Block):
            out.append(pad + it.header + ':')
            if it.body:
                render(it.body, indent + 1, out)
            else:
                out.append(pad + '    pass')
        else:
            out.append(pad + it)
    return out


def count_lines(items):
    n = 0
    for it in items:
        n += 1 + (count_lines(it.body) if isinstance(it, Block) else 0)
    return n
