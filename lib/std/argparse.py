"""rpy's argparse: Python 3.11's command-line parser for the common forms, at import time and in
translated code, with python3's usage, help and error messages.

The parser is configured while the program is imported (a script's `ArgumentParser(...)` and
`add_argument(...)` calls before `parse_args()` run at translation time), so its configuration is
a constant. Each `add_argument` builds, with `exec`, the parser's Namespace class (one field per
dest, its default the field's first value) and a function that stores the matched strings into a
Namespace, each converted by the argument's type: so translated code knows the type of `args.n`.
Matching the command line (option strings, abbreviations, `--opt=value`, `-abc` short flags,
`--`, the nargs patterns) is plain code over strings, the same at import time and run time.

Provided: ArgumentParser(prog, usage, description, epilog, add_help, allow_abbrev),
add_argument with positionals and optionals (short and long names, dest), action store,
store_const, store_true, store_false, append, count, help, version; nargs None, '?', '*', '+', N;
type int, float or str; default, const, choices, required, help (`%(default)s`...), metavar;
parse_args, parse_known_args, print_help, print_usage, format_help, format_usage, error, exit.
Refused by name (NotImplementedError while the program is imported): subparsers, argument
groups, mutually exclusive groups, custom actions, a `type=` other than int, float and str,
SUPPRESS defaults, parents, prefix_chars other than '-', fromfile_prefix_chars, a formatter_class,
nargs REMAINDER/PARSER, tuple metavars, a namespace= argument.
Help is laid out for $COLUMNS columns, else 80 (python3 asks the terminal when stdout is one).
"""

import os as _os
import sys as _sys
import textwrap as _textwrap

from _rpy_wrap import wrap_chunks as _wrap

if _sys.version_info[0] < 3:
    raise NotImplementedError("rpy: argparse: Python 2.7's argparse is not supported (its help and "
                              "messages differ from Python 3's); use optparse")

__all__ = ["ArgumentParser", "Namespace", "ArgumentError", "ArgumentTypeError", "SUPPRESS",
           "OPTIONAL", "ZERO_OR_MORE", "ONE_OR_MORE", "HelpFormatter"]

SUPPRESS = '==SUPPRESS=='
OPTIONAL = '?'
ZERO_OR_MORE = '*'
ONE_OR_MORE = '+'
PARSER = 'A...'
REMAINDER = '...'

# nargs codes of the matcher
_N_NONE = -1
_N_OPT = -2
_N_STAR = -3
_N_PLUS = -4

# The program's name as python3 gives it (the basename of sys.argv[0], the script it runs): the
# translated binary's own argv[0] is another file.
_MAIN_PROG = _os.path.basename(getattr(_sys, '_rpy_main_file', ''))

_UNSET = object()  # an argument not given

_PROG = '\x00prog\x00'  # stands for the program's name in texts expanded while importing


def _refuse(what):
    raise NotImplementedError("rpy: argparse: " + what + " is not supported")


class ArgumentError(Exception):
    def __init__(self, argument_name, message):
        Exception.__init__(self, message)
        self.argument_name = argument_name
        self.message = message

    def __str__(self):
        if self.argument_name is None:
            return self.message
        return 'argument %s: %s' % (self.argument_name, self.message)


class ArgumentTypeError(Exception):
    pass


class _ArgError(Exception):
    """A parse error: parse_args prints the usage and `prog: error: msg` and exits with 2."""

    def __init__(self, msg):
        self.msg = msg


class HelpFormatter(object):
    pass


class Namespace(object):
    """The base of each parser's own Namespace class (made by the parser, one field per dest)."""

    def __init__(self, **kwargs):
        for name in kwargs:
            setattr(self, name, kwargs[name])

    def __repr__(self):
        return 'Namespace(%s)' % ', '.join(['%s=%r' % (k, v) for k, v in self.__dict__.items()])


def _to_int(s, name):
    try:
        return int(s)
    except ValueError:
        raise _ArgError('argument %s: invalid int value: %s' % (name, repr(s)))


def _to_float(s, name):
    try:
        return float(s)
    except ValueError:
        raise _ArgError('argument %s: invalid float value: %s' % (name, repr(s)))


def _invalid_choice(name, value_repr, choices):
    return _ArgError('argument %s: invalid choice: %s (choose from %s)' % (name, value_repr, choices))


class _Action(object):
    """One argument's constant description; the strings only (typed values live in the
    generated code)."""

    def __init__(self):
        self.option_strings = []
        self.dest = ''
        self.kind = 'store'
        self.nargs = _N_NONE
        self.required = False
        self.hidden = False
        self.help_chunks = []  # the help text, expanded, split for wrapping (empty: no help)
        self.metavar = ''      # the metavar of usage and help
        self.name = ''         # the name error messages give


def _is_identifier(s):
    if not s or not (s[0].isalpha() or s[0] == '_'):
        return False
    for c in s:
        if not (c.isalnum() or c == '_'):
            return False
    return True


def _is_negative_number(s):
    """'^-\\d+$|^-\\d*\\.\\d+$'"""
    if len(s) < 2 or s[0] != '-':
        return False
    body = s[1:]
    if body.isdigit():
        return True
    dot = body.find('.')
    if dot < 0:
        return False
    head = body[:dot]
    tail = body[dot + 1:]
    return (head == '' or head.isdigit()) and tail != '' and tail.isdigit()


def _chunks(text):
    """The text with its whitespace collapsed, split as textwrap splits it."""
    words = text.split()
    if not words:
        return []
    return _textwrap.TextWrapper()._split(' '.join(words))


def _usage_parts(text):
    """The usage's parts as argparse splits them to wrap: `[...]`, `(...)` or a word."""
    parts = []
    i = 0
    n = len(text)
    while i < n:
        if text[i] == ' ':
            i += 1
            continue
        c = text[i]
        end = -1
        if c == '[' or c == '(':
            close = ']' if c == '[' else ')'
            j = i + 1
            while j < n:
                if text[j] == close:
                    k = j
                    while k < n and text[k] == close:
                        k += 1
                    if k == n or text[k] == ' ':
                        end = k
                        break
                j += 1
        if end < 0:
            end = text.find(' ', i)
            if end < 0:
                end = n
        parts.append(text[i:end])
        i = end
    return parts


def _match_from(toks, k, s, pos, at):
    """Backtracking match of the tokens from k at s[pos:], greedy as re.match; at[k] gets each
    token's start."""
    at[k] = pos
    if k == len(toks):
        return True
    t = toks[k]
    if t == 'a':
        if pos < len(s) and s[pos] == 'A':
            return _match_from(toks, k + 1, s, pos + 1, at)
        return False
    most = 0
    if t == 'q':
        if pos < len(s) and s[pos] == 'A':
            most = 1
    else:
        j = pos
        while j < len(s) and (s[j] == '-' if t == 'd' else s[j] == 'A' or t == 's' and s[j] == '-'):
            j += 1
        most = j - pos
    n = most
    while n >= 0:
        if _match_from(toks, k + 1, s, pos + n, at):
            return True
        n -= 1
    return False


def _tokens(nargs, positional):
    """The nargs pattern of argparse as tokens: d '-*', a 'A', q 'A?', s '[A-]*', t '[A]*'."""
    if nargs == _N_NONE:
        toks = ['a']
    elif nargs == _N_OPT:
        toks = ['q']
    elif nargs == _N_STAR:
        toks = ['s'] if positional else ['t']
    elif nargs == _N_PLUS:
        toks = ['a', 's'] if positional else ['a', 't']
    else:
        toks = []
        for i in range(nargs):
            if positional and i > 0:
                toks.append('d')
            toks.append('a')
    if positional:
        if nargs == _N_STAR or nargs == _N_PLUS:
            return ['d'] + toks
        return ['d'] + toks + ['d']
    return toks


def _match_groups(groups, s):
    """The length matched by each group of tokens (re.match of their concatenation), or None."""
    toks = []
    bounds = [0]
    for g in groups:
        toks.extend(g)
        bounds.append(len(toks))
    at = [0] * (len(toks) + 1)
    if not _match_from(toks, 0, s, 0, at):
        return None
    return [at[bounds[i + 1]] - at[bounds[i]] for i in range(len(groups))]


def _terminal_width():
    columns = _os.environ.get('COLUMNS', '')
    if columns.isdigit() and int(columns) > 0:
        return int(columns) - 2
    return 78


class ArgumentParser(object):

    def __init__(self, prog=None, usage=None, description=None, epilog=None, parents=[],
                 formatter_class=HelpFormatter, prefix_chars='-', fromfile_prefix_chars=None,
                 argument_default=None, conflict_handler='error', add_help=True, allow_abbrev=True,
                 exit_on_error=True):
        if parents:
            _refuse("parents=")
        if formatter_class is not HelpFormatter:
            _refuse("formatter_class=")
        if prefix_chars != '-':
            _refuse("prefix_chars other than '-'")
        if fromfile_prefix_chars is not None:
            _refuse("fromfile_prefix_chars=")
        if argument_default is not None:
            _refuse("argument_default=")
        if conflict_handler != 'error':
            _refuse("conflict_handler=")
        if not exit_on_error:
            _refuse("exit_on_error=False")
        self.prog = prog if prog is not None else ''
        self._usage_chunks = [] if usage is None else [usage % {'prog': _PROG}]
        self._has_usage = usage is not None
        self._description = _chunks(description or '')
        self._epilog = _chunks(epilog or '')
        self.allow_abbrev = allow_abbrev
        self._actions = []
        self._option_strings = []   # in the order added, as the option dict of argparse
        self._option_actions = []   # the index of each one's action
        self._has_negative_number_optionals = False
        self._dests = []
        self._dest_defaults = []
        self._build_time = {}       # what the generated code needs, by name
        self._fill = None
        if add_help:
            self.add_argument('-h', '--help', action='help', default=SUPPRESS,
                              help='show this help message and exit')
        self._generate()

    __init__._not_rpython_ = True  # configured while the program is imported (module docstring)

    # ---- configuration (import time) -------------------------------------------------------
    def add_subparsers(self, *args, title=None, description=None, prog=None, parser_class=None,
                       action=None, dest=None, required=False, help=None, metavar=None):
        _refuse("add_subparsers (subcommands)")

    add_subparsers._not_rpython_ = True

    def add_argument_group(self, *args, title=None, description=None):
        _refuse("add_argument_group")

    add_argument_group._not_rpython_ = True

    def add_mutually_exclusive_group(self, *args, required=False):
        _refuse("add_mutually_exclusive_group")

    add_mutually_exclusive_group._not_rpython_ = True

    def set_defaults(self, *args):
        _refuse("set_defaults")

    set_defaults._not_rpython_ = True

    def add_argument(self, *args, action='store', nargs=None, const=_UNSET, default=_UNSET, type=None,
                     choices=None, required=_UNSET, help=None, metavar=None, dest=None, version=None):
        kwargs = {'action': action, 'nargs': nargs, 'type': type, 'choices': choices, 'help': help,
                  'metavar': metavar, 'version': version}
        for key, value in (('const', const), ('default', default), ('required', required), ('dest', dest)):
            if value is not _UNSET and (key != 'dest' or value is not None):
                kwargs[key] = value
        kind = action
        if not isinstance(kind, str):
            _refuse("a custom action class")
        if kind not in ('store', 'store_const', 'store_true', 'store_false', 'append', 'count',
                        'help', 'version'):
            _refuse("action=%r" % (kind,))
        if not args or len(args) == 1 and args[0][:1] != '-':
            return self._add(False, args, kind, kwargs)
        for s in args:
            if not s or s[0] != '-':
                raise ValueError('invalid option string %r: must start with a character %r' % (s, '-'))
        return self._add(True, args, kind, kwargs)

    add_argument._not_rpython_ = True

    def _add(self, optional, args, kind, kw):
        a = _Action()
        if optional:
            a.option_strings = list(args)
            dest = kw.get('dest')
            if dest is None:
                longs = [s for s in args if len(s) > 1 and s[1] == '-']
                first = longs[0] if longs else args[0]
                dest = first.lstrip('-').replace('-', '_')
        else:
            if 'dest' in kw:
                raise ValueError('dest supplied twice for positional argument')
            if not args:
                raise TypeError("add_argument() missing 1 required positional argument: 'dest'")
            dest = args[0]
        a.dest = dest
        a.kind = kind
        nargs = kw.get('nargs')
        flag = kind in ('store_const', 'store_true', 'store_false', 'count', 'help', 'version')
        if flag and nargs is not None:
            raise TypeError("__init__() got an unexpected keyword argument 'nargs'")
        if nargs == PARSER or nargs == REMAINDER or nargs == SUPPRESS:
            _refuse("nargs=%r" % (nargs,))
        if nargs is None:
            a.nargs = 0 if flag else _N_NONE
        elif nargs == OPTIONAL:
            a.nargs = _N_OPT
        elif nargs == ZERO_OR_MORE:
            a.nargs = _N_STAR
        elif nargs == ONE_OR_MORE:
            a.nargs = _N_PLUS
        elif isinstance(nargs, int) and not isinstance(nargs, bool):
            if nargs == 0:
                raise ValueError('nargs for store actions must be != 0; if you have nothing to store, '
                                 'actions such as store true or store const may be more appropriate')
            if nargs < 0:
                _refuse("nargs=%r" % (nargs,))
            a.nargs = nargs
        else:
            raise ValueError('invalid nargs value')
        typ = kw.get('type')
        if typ is not None and typ not in (int, float, str):
            _refuse("type=%r (only int, float and str)" % (typ,))
        if flag and typ is not None:
            raise TypeError("__init__() got an unexpected keyword argument 'type'")
        if kind == 'store_true':
            default = kw.get('default', False)
            const = True
        elif kind == 'store_false':
            default = kw.get('default', True)
            const = False
        else:
            default = kw.get('default')
            const = kw.get('const')
        if kind == 'store_const' and 'const' not in kw:
            raise TypeError("__init__() missing 1 required positional argument: 'const'")
        if kind == 'help':
            default = SUPPRESS
        if default is SUPPRESS and kind != 'help' or default == SUPPRESS and kind == 'version':
            if kind != 'version':
                _refuse("default=SUPPRESS")
        if kind == 'version':
            default = SUPPRESS
        choices = kw.get('choices')
        if choices is not None:
            if isinstance(choices, str):
                _refuse("choices that are a str (use a list)")
            choices = list(choices)
            want = str if typ is None else typ
            for c in choices:
                if type(c) is not want:
                    _refuse("choices %r for an argument of type %s" % (choices, want.__name__))
        required = kw.get('required', False)
        if not optional:
            if 'required' in kw:
                raise TypeError("'required' is an invalid argument for positionals")
            required = a.nargs not in (_N_OPT, _N_STAR)
        a.required = bool(required)
        metavar = kw.get('metavar')
        if metavar is not None and not isinstance(metavar, str):
            _refuse("a metavar that is not a str")
        if metavar is None:
            if choices is not None:
                metavar = '{%s}' % ','.join([str(c) for c in choices])
            else:
                metavar = dest.upper() if optional else dest
        a.metavar = metavar
        if optional:
            a.name = '/'.join(a.option_strings)
        else:
            a.name = kw['metavar'] if kw.get('metavar') is not None else dest
        help = kw.get('help')
        if kind == 'version' and help is None:
            help = "show program's version number and exit"
        a.hidden = help == SUPPRESS
        if help is not None and not a.hidden:
            params = {'option_strings': a.option_strings, 'dest': dest, 'nargs': nargs,
                      'const': const, 'default': default, 'type': typ, 'required': a.required,
                      'help': help, 'metavar': kw.get('metavar'), 'container': self, 'prog': _PROG}
            if choices is not None:
                params['choices'] = ', '.join([str(c) for c in choices])
            else:
                params['choices'] = None
            for key in list(params):
                if params[key] is SUPPRESS:
                    del params[key]
            a.help_chunks = _chunks(help % params) if help.strip() else []
        if not _is_identifier(dest) and kind not in ('help', 'version'):
            _refuse("the dest %r (not a Python name)" % (dest,))
        if optional:
            for s in a.option_strings:
                if s in self._option_strings:
                    raise ArgumentError(a.name, 'conflicting option string: %s' % s)
        index = len(self._actions)
        for s in a.option_strings:
            self._option_strings.append(s)
            self._option_actions.append(index)
            if _is_negative_number(s):
                self._has_negative_number_optionals = True
        self._actions.append(a)
        spec = {'type': typ, 'default': default, 'const': const, 'choices': choices,
                'version': kw.get('version')}
        if kind == 'version' and spec['version'] is None:
            raise AttributeError("'ArgumentParser' object has no attribute 'version'")
        self._build_time[index] = spec
        if kind not in ('help', 'version') and dest not in self._dests:
            self._dests.append(dest)
            self._dest_defaults.append(default)
        if kind in ('append', 'count') and isinstance(default, str):
            _refuse("a str default for action=%r" % kind)
        self._generate()
        return None

    # ---- the generated Namespace class and filling function ---------------------------------
    def _generate(self):
        g = {'Namespace': Namespace, '_ArgError': _ArgError, '_to_int': _to_int,
             '_to_float': _to_float, '_invalid_choice': _invalid_choice, '_sys': _sys}
        lines = ['class _Namespace(Namespace):', '    def __init__(self):']
        for i, dest in enumerate(self._dests):
            g['_d%d' % i] = self._initial(dest)
            lines.append('        self.%s = _d%d' % (dest, i))
        lines.append('        pass')
        lines.append('    def __repr__(self):')
        fields = ', '.join(['%s=%%r' % d for d in self._dests])
        values = ''.join(['self.%s, ' % d for d in self._dests])
        lines.append('        return "Namespace(%s)" %% (%s)' % (fields, values))
        lines.append('def _fill(parser, ev_act, ev_vals, ev_opt):')
        lines.append('    ns = _Namespace()')
        lines.append('    seen = [False] * %d' % len(self._actions))
        lines.append('    for i in range(len(ev_act)):')
        lines.append('        a = ev_act[i]')
        lines.append('        vals = ev_vals[i]')
        lines.append('        seen[a] = True')
        for index, a in enumerate(self._actions):
            lines.append('        %s a == %d:' % ('if' if index == 0 else 'elif', index))
            for line in self._take_code(index, a, g):
                lines.append('            ' + line)
        lines.append('    req = []')
        for index, a in enumerate(self._actions):
            if a.required:
                lines.append('    if not seen[%d]:' % index)
                lines.append('        req.append(%r)' % a.name)
            else:
                failure = self._default_failure(index, a)
                if failure is not None:
                    lines.append('    if not seen[%d]:' % index)
                    lines.append('        raise _ArgError(%r)' % failure)
        lines.append('    if len(req) > 0:')
        lines.append('        raise _ArgError("the following arguments are required: " + ", ".join(req))')
        lines.append('    return ns')
        exec('\n'.join(lines) + '\n', g)
        self._fill = g['_fill']

    def _convert_const(self, index, value):
        """(ok, the value or the error message) of argparse's _get_value on a constant str."""
        a = self._actions[index]
        typ = self._build_time[index]['type']
        if typ is None or typ is str:
            return True, value
        try:
            return True, typ(value)
        except ValueError:
            return False, 'argument %s: invalid %s value: %r' % (a.name, typ.__name__, value)

    def _initial(self, dest):
        """The field's first value: the default of its first action, a str converted by the type
        (argparse converts it at the end when no argument set the field)."""
        for index, a in enumerate(self._actions):
            if a.dest == dest and a.kind not in ('help', 'version'):
                default = self._build_time[index]['default']
                if isinstance(default, str) and a.kind == 'store':
                    ok, v = self._convert_const(index, default)
                    if ok:
                        return v
                return default
        return None

    def _default_failure(self, index, a):
        default = self._build_time[index]['default']
        if a.kind != 'store' or not isinstance(default, str):
            return None
        ok, v = self._convert_const(index, default)
        if ok:
            if self._initial(a.dest) is not v and self._initial(a.dest) != v:
                _refuse("arguments sharing the dest %r with a str default" % a.dest)
            return None
        return v

    def _take_code(self, index, a, g):
        spec = self._build_time[index]
        if a.kind == 'help':
            return ['parser.print_help()', '_sys.exit(0)']
        if a.kind == 'version':
            g['_ver%d' % index] = _chunks(spec['version'] % {'prog': _PROG})
            return ['parser._print_version(_ver%d)' % index, '_sys.exit(0)']
        d = a.dest
        if a.kind in ('store_const', 'store_true', 'store_false'):
            g['_c%d' % index] = spec['const']
            return ['ns.%s = _c%d' % (d, index)]
        if a.kind == 'count':
            return ['if ns.%s is None:' % d, '    ns.%s = 1' % d, 'else:', '    ns.%s = ns.%s + 1' % (d, d)]
        code = []
        typ = spec['type']
        conv = 's'
        if typ is int:
            conv = '_to_int(s, %r)' % a.name
        elif typ is float:
            conv = '_to_float(s, %r)' % a.name
        choices = spec['choices']
        check = []
        if choices is not None:
            g['_ch%d' % index] = choices
            text = ', '.join([repr(c) for c in choices])
            check = ['if v not in _ch%d:' % index,
                     '    raise _invalid_choice(%r, repr(v), %r)' % (a.name, text)]
        code.append('if len(vals) > 0 and vals.count("--") > 0:')
        code.append('    vals.remove("--")')
        value = 'v'
        if a.nargs == _N_NONE or a.nargs == _N_OPT:
            if a.nargs == _N_OPT:
                empty = spec['const'] if a.option_strings else spec['default']
                g['_e%d' % index] = empty
                code.append('if len(vals) == 0:')
                if isinstance(empty, str):
                    ok, v = self._convert_const(index, empty)
                    if not ok:
                        code.append('    raise _ArgError(%r)' % v)
                    else:
                        g['_e%d' % index] = v
                        if choices is not None and v not in choices:
                            code.append('    raise _invalid_choice(%r, %r, %r)' % (
                                a.name, repr(v), ', '.join([repr(c) for c in choices])))
                        else:
                            code.append('    v = _e%d' % index)
                elif choices is not None and empty not in choices:
                    code.append('    raise _invalid_choice(%r, %r, %r)' % (
                        a.name, repr(empty), ', '.join([repr(c) for c in choices])))
                else:
                    code.append('    v = _e%d' % index)
                code.append('else:')
                code.append('    s = vals[0]')
                code.append('    v = ' + conv)
                code.extend(['    ' + line for line in check])
            else:
                code.append('s = vals[0]')
                code.append('v = ' + conv)
                code.extend(check)
        else:
            empty_code = None
            if a.nargs == _N_STAR and not a.option_strings:
                default = spec['default']
                if default is not None:
                    g['_e%d' % index] = default
                    if choices is not None and default not in choices:
                        empty_code = 'raise _invalid_choice(%r, %r, %r)' % (
                            a.name, repr(default), ', '.join([repr(c) for c in choices]))
                    else:
                        empty_code = 'v = _e%d' % index
            body = ['v = []', 'for s in vals:', '    x = ' + conv, '    v.append(x)']
            if check:
                body += ['for x in v:', '    ' + check[0].replace(' v ', ' x '),
                         '    ' + check[1].replace('repr(v)', 'repr(x)')]
            if empty_code is not None:
                code.append('if len(vals) == 0:')
                code.append('    ' + empty_code)
                code.append('else:')
                code.extend(['    ' + line for line in body])
            else:
                code.extend(body)
        if a.kind == 'append':
            code += ['if ns.%s is None:' % d, '    items = []', 'else:', '    items = list(ns.%s)' % d,
                     'items.append(%s)' % value, 'ns.%s = items' % d]
        else:
            code.append('ns.%s = %s' % (d, value))
        return code

    # ---- parsing (import time and run time) ------------------------------------------------
    def parse_args(self, args=None, namespace=None):
        ns, extras = self.parse_known_args(args, namespace)
        if len(extras) > 0:
            self.error('unrecognized arguments: %s' % ' '.join(extras))
        return ns

    def parse_known_args(self, args=None, namespace=None):
        if namespace is not None:
            _refuse("parse_args(namespace=...)")
        if args is None:
            args = _sys.argv[1:]
        else:
            args = list(args)
        ev_act = []
        ev_vals = []
        ev_opt = []
        extras = []
        try:
            err = self._match(args, ev_act, ev_vals, ev_opt, extras)
            fill = self._fill
            ns = fill(self, ev_act, ev_vals, ev_opt)
            if err != '':
                raise _ArgError(err)
        except _ArgError as e:
            self.error(e.msg)
            raise
        return ns, extras

    def _find_option(self, s):
        for i in range(len(self._option_strings)):
            if self._option_strings[i] == s:
                return self._option_actions[i]
        return -1

    def _parse_optional(self, s, found):
        """Classifies s as argparse's _parse_optional: -2 a positional; else found gets
        [action (-1 unknown), option string, explicit argument] and the result is 0; an
        ambiguous abbreviation raises."""
        if not s or s[0] != '-':
            return -2
        index = self._find_option(s)
        if index >= 0:
            found.extend([str(index), s, '\x00'])
            return 0
        if len(s) == 1:
            return -2
        if '=' in s:
            eq = s.find('=')
            index = self._find_option(s[:eq])
            if index >= 0:
                found.extend([str(index), s[:eq], s[eq + 1:]])
                return 0
        matches = []
        if s[1] == '-':
            if self.allow_abbrev:
                prefix = s
                explicit = '\x00'
                if '=' in s:
                    eq = s.find('=')
                    prefix = s[:eq]
                    explicit = s[eq + 1:]
                for i in range(len(self._option_strings)):
                    if self._option_strings[i].startswith(prefix):
                        matches.extend([str(self._option_actions[i]), self._option_strings[i], explicit])
        else:
            short = s[:2]
            for i in range(len(self._option_strings)):
                o = self._option_strings[i]
                if o == short:
                    matches.extend([str(self._option_actions[i]), o, s[2:]])
                elif o.startswith(s):
                    matches.extend([str(self._option_actions[i]), o, '\x00'])
        if len(matches) > 3:
            names = [matches[i] for i in range(1, len(matches), 3)]
            raise _ArgError('ambiguous option: %s could match %s' % (s, ', '.join(names)))
        if len(matches) == 3:
            found.extend(matches)
            return 0
        if _is_negative_number(s) and not self._has_negative_number_optionals:
            return -2
        if ' ' in s:
            return -2
        found.extend(['-1', s, '\x00'])
        return 0

    def _match(self, args, ev_act, ev_vals, ev_opt, extras):
        """argparse's _parse_known_args without the actions: the takes, in order, into the ev_
        lists, the unrecognized strings into extras; returns the error that stopped it, or ''."""
        n = len(args)
        opt_act = [-2] * n
        opt_str = [''] * n
        opt_exp = [''] * n
        pattern = []
        dashes = False
        for i in range(n):
            s = args[i]
            if dashes:
                pattern.append('A')
                continue
            if s == '--':
                pattern.append('-')
                dashes = True
                continue
            found = []
            if self._parse_optional(s, found) == -2:
                pattern.append('A')
            else:
                opt_act[i] = int(found[0])
                opt_str[i] = found[1]
                opt_exp[i] = found[2]
                pattern.append('O')
        pat = ''.join(pattern)
        positionals = [i for i in range(len(self._actions)) if not self._actions[i].option_strings]
        max_opt = -1
        for i in range(n):
            if pattern[i] == 'O':
                max_opt = i
        start = 0
        err = ''
        while start <= max_opt:
            nxt = start
            while pattern[nxt] != 'O':
                nxt += 1
            if start != nxt:
                end = self._consume_positionals(positionals, args, pat, start, ev_act, ev_vals, ev_opt)
                if end > start:
                    start = end
                    continue
                start = end
            if pattern[start] != 'O':
                for s in args[start:nxt]:
                    extras.append(s)
                start = nxt
            stop = self._consume_optional(args, pat, start, opt_act[start], opt_str[start],
                                          opt_exp[start], ev_act, ev_vals, ev_opt, extras)
            if stop < 0:
                return ev_opt.pop()
            start = stop
        stop = self._consume_positionals(positionals, args, pat, start, ev_act, ev_vals, ev_opt)
        for s in args[stop:]:
            extras.append(s)
        return err

    def _consume_positionals(self, positionals, args, pat, start, ev_act, ev_vals, ev_opt):
        counts = []
        for i in range(len(positionals), 0, -1):
            groups = [_tokens(self._actions[p].nargs, True) for p in positionals[:i]]
            m = _match_groups(groups, pat[start:])
            if m is not None:
                counts = m
                break
        for i in range(len(counts)):
            ev_act.append(positionals[i])
            ev_vals.append(args[start:start + counts[i]])
            ev_opt.append('')
            start += counts[i]
        del positionals[:len(counts)]
        return start

    def _arg_count(self, a, pat):
        m = _match_groups([_tokens(a.nargs, False)], pat)
        if m is not None:
            return m[0]
        return -1

    def _count_error(self, a):
        if a.nargs == _N_NONE:
            return 'expected one argument'
        if a.nargs == _N_OPT:
            return 'expected at most one argument'
        if a.nargs == _N_PLUS:
            return 'expected at least one argument'
        if a.nargs == 1:
            return 'expected 1 argument'
        return 'expected %d arguments' % a.nargs

    def _consume_optional(self, args, pat, start, index, option, explicit, ev_act, ev_vals, ev_opt, extras):
        """One option at args[start] (and what it takes): its takes into the ev_ lists and the
        index after it; or -1 with the error message last in ev_opt."""
        takes = []
        takes_vals = []
        takes_opt = []
        stop = start + 1
        while True:
            if index < 0:
                extras.append(args[start])
                return start + 1
            a = self._actions[index]
            if explicit != '\x00':
                count = self._arg_count(a, 'A')
                if count == 0 and option[1] != '-' and explicit != '':
                    takes.append(index)
                    takes_vals.append([])
                    takes_opt.append(option)
                    option = option[0] + explicit[0]
                    rest = explicit[1:]
                    following = self._find_option(option)
                    if following >= 0:
                        index = following
                        explicit = rest if rest != '' else '\x00'
                    else:
                        ev_opt.append('argument %s: ignored explicit argument %s' % (a.name, repr(explicit)))
                        return -1
                elif count == 1:
                    stop = start + 1
                    takes.append(index)
                    takes_vals.append([explicit])
                    takes_opt.append(option)
                    break
                else:
                    ev_opt.append('argument %s: ignored explicit argument %s' % (a.name, repr(explicit)))
                    return -1
            else:
                first = start + 1
                count = self._arg_count(a, pat[first:])
                if count < 0:
                    ev_opt.append('argument %s: %s' % (a.name, self._count_error(a)))
                    return -1
                stop = first + count
                takes.append(index)
                takes_vals.append(args[first:stop])
                takes_opt.append(option)
                break
        for i in range(len(takes)):
            ev_act.append(takes[i])
            ev_vals.append(takes_vals[i])
            ev_opt.append(takes_opt[i])
        return stop

    # ---- output -------------------------------------------------------------------------
    def _prog(self):
        if self.prog != '':
            return self.prog
        if _MAIN_PROG != '':
            return _MAIN_PROG
        return _os.path.basename(_sys.argv[0])

    def _text(self, chunks, prog):
        return [c.replace(_PROG, prog) for c in chunks]

    def _usage_text(self, prog, width):
        if self._has_usage:
            return self._usage_chunks[0].replace(_PROG, prog)
        opt_parts = []
        pos_parts = []
        for a in self._actions:
            if a.hidden:
                continue
            if a.option_strings:
                if a.nargs == 0:
                    part = a.option_strings[0]
                else:
                    part = a.option_strings[0] + ' ' + self._format_args(a)
                if not a.required:
                    part = '[' + part + ']'
                opt_parts.append(part)
            else:
                pos_parts.append(self._format_args(a))
        usage = ' '.join([s for s in [prog, ' '.join(opt_parts + pos_parts)] if s])
        text_width = width - 0
        prefix = 'usage: '
        if len(prefix) + len(usage) <= text_width:
            return usage
        opts = _usage_parts(' '.join(opt_parts))
        poss = _usage_parts(' '.join(pos_parts))
        if len(prefix) + len(prog) <= 0.75 * text_width:
            indent = ' ' * (len(prefix) + len(prog) + 1)
            if opts:
                lines = self._usage_lines([prog] + opts, indent, text_width, prefix)
                lines.extend(self._usage_lines(poss, indent, text_width, None))
            elif poss:
                lines = self._usage_lines([prog] + poss, indent, text_width, prefix)
            else:
                lines = [prog]
        else:
            indent = ' ' * len(prefix)
            parts = opts + poss
            lines = self._usage_lines(parts, indent, text_width, None)
            if len(lines) > 1:
                lines = []
                lines.extend(self._usage_lines(opts, indent, text_width, None))
                lines.extend(self._usage_lines(poss, indent, text_width, None))
            lines = [prog] + lines
        return '\n'.join(lines)

    def _usage_lines(self, parts, indent, text_width, prefix):
        lines = []
        line = []
        if prefix is not None:
            line_len = len(prefix) - 1
        else:
            line_len = len(indent) - 1
        for part in parts:
            if line_len + 1 + len(part) > text_width and line:
                lines.append(indent + ' '.join(line))
                line = []
                line_len = len(indent) - 1
            line.append(part)
            line_len += len(part) + 1
        if line:
            lines.append(indent + ' '.join(line))
        if prefix is not None:
            lines[0] = lines[0][len(indent):]
        return lines

    def _format_args(self, a):
        m = a.metavar
        if a.nargs == _N_NONE:
            return m
        if a.nargs == _N_OPT:
            return '[%s]' % m
        if a.nargs == _N_STAR:
            return '[%s ...]' % m
        if a.nargs == _N_PLUS:
            return '%s [%s ...]' % (m, m)
        return ' '.join([m] * a.nargs)

    def _invocation(self, a):
        if not a.option_strings:
            return a.metavar
        if a.nargs == 0:
            return ', '.join(a.option_strings)
        args = self._format_args(a)
        return ', '.join([s + ' ' + args for s in a.option_strings])

    def format_usage(self):
        return 'usage: %s\n' % self._usage_text(self._prog(), _terminal_width())

    def format_help(self):
        prog = self._prog()
        width = _terminal_width()
        max_help_position = min(24, max(width - 20, 4))
        out = ['usage: %s\n' % self._usage_text(prog, width)]
        if self._description:
            out.append('\n')
            for line in _wrap(self._text(self._description, prog), max(width, 11)):
                out.append(line + '\n')
        max_len = 0
        for a in self._actions:
            if not a.hidden:
                max_len = max(max_len, len(self._invocation(a)) + 2)
        help_position = min(max_len + 2, max_help_position)
        for title, positional in (('positional arguments:', True), ('options:', False)):
            items = []
            for a in self._actions:
                if not a.hidden and (not a.option_strings) == positional:
                    self._format_action(a, prog, width, help_position, items)
            if items:
                out.append('\n')
                out.append(title + '\n')
                out.extend(items)
        if self._epilog:
            out.append('\n')
            for line in _wrap(self._text(self._epilog, prog), max(width, 11)):
                out.append(line + '\n')
        return ''.join(out)

    def _format_action(self, a, prog, width, help_position, out):
        help_width = max(width - help_position, 11)
        action_width = help_position - 2 - 2
        header = self._invocation(a)
        indent_first = 0
        if not a.help_chunks:
            out.append('  ' + header + '\n')
            return
        if len(header) <= action_width:
            out.append('  ' + header + ' ' * (action_width - len(header)) + '  ')
        else:
            out.append('  ' + header + '\n')
            indent_first = help_position
        lines = _wrap(self._text(a.help_chunks, prog), help_width)
        out.append(' ' * indent_first + lines[0] + '\n')
        for line in lines[1:]:
            out.append(' ' * help_position + line + '\n')

    def _print_version(self, chunks):
        prog = self._prog()
        lines = _wrap(self._text(chunks, prog), max(_terminal_width(), 11))
        _sys.stdout.write('\n'.join(lines) + '\n')

    def print_usage(self, file=None):
        _sys.stdout.write(self.format_usage())

    def print_help(self, file=None):
        _sys.stdout.write(self.format_help())

    def exit(self, status=0, message=None):
        if message:
            _sys.stderr.write(message)
        _sys.exit(status)

    def error(self, message):
        _sys.stderr.write(self.format_usage())
        _sys.stderr.write('%s: error: %s\n' % (self._prog(), message))
        _sys.exit(2)
