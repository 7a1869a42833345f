"""rpy's version of the parts of the `py` library (which RPython ships beside
rpython/) that RPython programs use while they are imported: py.path.local
to find and read their grammar or data files, py.code.Source, py.builtin,
and py.test, whose missing `config` programs test for with
`except AttributeError`."""

import os
import sys


class _Namespace(object):
    def __init__(self, name, **attrs):
        self.__name__ = name
        for key in attrs:
            setattr(self, key, attrs[key])


class local(object):
    """A file system path: py.path.local(path=None) (None: the current
    directory), made absolute."""

    sep = os.sep

    def __init__(self, path=None, expanduser=False):
        if path is None:
            path = os.getcwd()
        elif isinstance(path, local):
            path = path.strpath
        if expanduser:
            path = os.path.expanduser(path)
        self.strpath = os.path.normpath(os.path.abspath(path))

    def __str__(self):
        return self.strpath

    def __repr__(self):
        return "local(%r)" % (self.strpath,)

    def __eq__(self, other):
        return isinstance(other, local) and self.strpath == other.strpath

    def __ne__(self, other):
        return not self == other

    def __hash__(self):
        return hash(self.strpath)

    def __fspath__(self):
        return self.strpath

    def join(self, *parts, **kwargs):
        path = self.strpath
        for part in parts:
            part = str(part)
            if kwargs.get("abs") and os.path.isabs(part):
                path = part
            else:
                path = os.path.join(path, part.lstrip(os.sep))
        return local(path)

    def __div__(self, other):
        return self.join(other)

    __truediv__ = __div__

    def dirpath(self, *parts):
        result = local(os.path.dirname(self.strpath))
        if parts:
            return result.join(*parts)
        return result

    @property
    def basename(self):
        return os.path.basename(self.strpath)

    @property
    def dirname(self):
        return os.path.dirname(self.strpath)

    @property
    def purebasename(self):
        return os.path.splitext(self.basename)[0]

    @property
    def ext(self):
        return os.path.splitext(self.strpath)[1]

    def new(self, basename=None, ext=None):
        directory = os.path.dirname(self.strpath)
        base, old_ext = os.path.splitext(os.path.basename(self.strpath))
        if basename is not None:
            base, old_ext = os.path.splitext(basename)
        if ext is not None:
            old_ext = ext
        return local(os.path.join(directory, base + old_ext))

    def read(self, mode="r"):
        mode = mode.replace("t", "")
        if mode == "U":
            mode = "r"
        with open(self.strpath, mode) as f:
            return f.read()

    def read_text(self, encoding="utf-8"):
        return self.read("r")

    def read_binary(self):
        return self.read("rb")

    def readlines(self, cr=True):
        text = self.read()
        if cr:
            return text.splitlines(True)
        return text.splitlines()

    def write(self, data, mode="w"):
        with open(self.strpath, mode) as f:
            f.write(data)

    def open(self, mode="r"):
        return open(self.strpath, mode)

    def exists(self):
        return os.path.exists(self.strpath)

    def isdir(self):
        return os.path.isdir(self.strpath)

    def isfile(self):
        return os.path.isfile(self.strpath)

    def check(self, **kwargs):
        """Whether the path exists (exists=0: does not), is a file
        (file=1), a directory (dir=1)."""
        tests = {"exists": os.path.exists, "file": os.path.isfile,
                 "dir": os.path.isdir, "link": os.path.islink}
        if not kwargs:
            kwargs = {"exists": 1}
        for key in kwargs:
            if key not in tests:
                raise TypeError("check() got an unexpected keyword %r" % key)
            if bool(tests[key](self.strpath)) != bool(kwargs[key]):
                return False
        return True

    def listdir(self, fil=None, sort=None):
        names = sorted(os.listdir(self.strpath))
        result = [self.join(name) for name in names]
        if fil is not None:
            if isinstance(fil, str):
                import fnmatch
                result = [p for p in result if fnmatch.fnmatch(p.basename, fil)]
            else:
                result = [p for p in result if fil(p)]
        return result

    def relto(self, other):
        other = str(other).rstrip(os.sep) + os.sep
        if self.strpath.startswith(other):
            return self.strpath[len(other):]
        return ""

    def ensure(self, *parts, **kwargs):
        path = self.join(*parts)
        if kwargs.get("dir"):
            if not os.path.isdir(path.strpath):
                os.makedirs(path.strpath)
        else:
            parent = os.path.dirname(path.strpath)
            if not os.path.isdir(parent):
                os.makedirs(parent)
            if not os.path.exists(path.strpath):
                path.write("")
        return path

    @classmethod
    def make_numbered_dir(cls, prefix="session-", rootdir=None, keep=3):
        import tempfile
        return cls(tempfile.mkdtemp(prefix=prefix, dir=rootdir and str(rootdir)))

    @classmethod
    def mkdtemp(cls, rootdir=None):
        import tempfile
        return cls(tempfile.mkdtemp(dir=rootdir and str(rootdir)))


def _dedent(lines):
    """lines without the indentation all their non-blank lines share."""
    indents = [len(line) - len(line.lstrip()) for line in lines if line.strip()]
    if not indents:
        return lines
    cut = min(indents)
    return [line[cut:] for line in lines]


class Source(object):
    """Source text, dedented: str(Source(text)) and compile()."""

    def __init__(self, *parts, **kwargs):
        lines = []
        for part in parts:
            if isinstance(part, Source):
                lines.extend(part.lines)
            else:
                lines.extend(_dedent(str(part).split("\n")))
        while lines and not lines[0].strip():
            lines.pop(0)
        while lines and not lines[-1].strip():
            lines.pop()
        self.lines = lines

    def __str__(self):
        return "\n".join(self.lines)

    def compile(self, filename="<codegen>", mode="exec"):
        return compile(str(self) + "\n", filename, mode)


path = _Namespace("py.path", local=local)
code = _Namespace("py.code", Source=Source)
builtin = _Namespace("py.builtin", set=set, frozenset=frozenset,
                     reversed=reversed, sorted=sorted)
# no `config`: programs test py.test.config.option.view and catch the
# AttributeError, as they do when they are not run by py.test
test = _Namespace("py.test")
