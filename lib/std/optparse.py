"""rpy's optparse: Python 2.7's option parser (also Python 3's) for the common forms, at import
time and in translated code, with the interpreter's usage, help and error messages.

The parser is configured while the program is imported (at module level, or in a function with
constant arguments: rpy moves such a configuration to module level, modules/hoist_parsers.hpp),
so its configuration is a constant. Each `add_option` builds, with `exec`, the parser's Values
class (one field per dest, its default the field's first value) and a function that stores the
option values into one, each converted by the option's type: translated code knows the type of
`options.verbose`. Matching the command line is plain code over strings.

Provided: OptionParser(usage, version, description, prog, epilog, add_help_option), add_option
with short and long names (abbreviated long ones), dest, action store, store_const, store_true,
store_false, append, count, help, version; type string, int, long, float, choice (or the
builtins str, int, float); default, const, choices, nargs, help (`%default`), metavar;
set_defaults, set_usage, parse_args(args) -> (values, args), disable_interspersed_args,
print_help, print_usage, print_version, format_help, error, exit.
Refused by name (NotImplementedError while the program is imported): callbacks, option groups,
custom Option classes, a formatter, type complex, a values= argument, printing a Values object.
"""

import os as _os
import sys as _sys
import textwrap as _textwrap

from _rpy_wrap import wrap_chunks as _wrap

__all__ = ["Option", "make_option", "SUPPRESS_HELP", "SUPPRESS_USAGE", "Values", "OptionParser",
           "OptionError", "OptionValueError", "BadOptionError", "check_choice"]

SUPPRESS_HELP = "SUPPRESS" + "HELP"
SUPPRESS_USAGE = "SUPPRESS" + "USAGE"
NO_DEFAULT = ("NO", "DEFAULT")

_PY3 = _sys.version_info[0] >= 3
_MAIN_PROG = _os.path.basename(getattr(_sys, '_rpy_main_file', ''))
_PROG = '\x00prog\x00'


def _refuse(what):
    raise NotImplementedError("rpy: optparse: " + what + " is not supported")


class OptParseError(Exception):
    def __init__(self, msg):
        self.msg = msg

    def __str__(self):
        return self.msg


class OptionError(OptParseError):
    pass


class OptionValueError(OptParseError):
    pass


class BadOptionError(OptParseError):
    pass


class _ParseError(Exception):
    def __init__(self, msg):
        self.msg = msg


def check_choice(option, opt, value):
    _refuse("check_choice")


class Values(object):
    """The base of each parser's own Values class (made by the parser, one field per dest)."""

    def __init__(self, defaults=None):
        if defaults:
            for k in defaults:
                setattr(self, k, defaults[k])

    def ensure_value(self, attr, value):
        if not hasattr(self, attr) or getattr(self, attr) is None:
            setattr(self, attr, value)
        return getattr(self, attr)


def _parse_int(val, opt):
    """optparse's _parse_num: 0x hexadecimal, 0b binary, a leading 0 octal."""
    s = val
    radix = 10
    if s[:2].lower() == '0x':
        radix = 16
        s = s[2:]
    elif s[:2].lower() == '0b':
        radix = 2
        s = s[2:] or '0'
    elif s[:1] == '0':
        radix = 8
    try:
        return int(s, radix)
    except ValueError:
        raise _ParseError('option %s: invalid %s value: %s' % (opt, 'integer', repr(val)))


def _parse_long(val, opt):
    try:
        return _parse_int(val, opt)
    except _ParseError:
        raise _ParseError('option %s: invalid %s value: %s' % (opt, 'long integer', repr(val)))


def _parse_float(val, opt):
    try:
        return float(val)
    except ValueError:
        raise _ParseError('option %s: invalid %s value: %s' % (opt, 'floating-point', repr(val)))


class _Opt(object):
    """One option's constant description (strings only)."""

    def __init__(self):
        self.short_opts = []
        self.long_opts = []
        self.dest = ''
        self.action = 'store'
        self.nargs = 0
        self.help_chunks = []
        self.has_help = False
        self.hidden = False
        self.metavar = ''


def _chunks(text):
    w = _textwrap.TextWrapper()
    return w._split(w._munge_whitespace(text))


def _width():
    columns = _os.environ.get('COLUMNS', '')
    try:
        return int(columns) - 2
    except ValueError:
        return 78


class OptionParser(object):

    def __init__(self, usage=None, option_list=None, option_class=None, version=None,
                 conflict_handler="error", description=None, formatter=None, add_help_option=True,
                 prog=None, epilog=None):
        if option_list is not None:
            _refuse("option_list=")
        if option_class is not None:
            _refuse("option_class=")
        if formatter is not None:
            _refuse("formatter=")
        if conflict_handler != "error":
            _refuse("conflict_handler=")
        self.prog = prog if prog is not None else ''
        self.version = version
        self.allow_interspersed_args = True
        self._opts = []
        self._dests = []
        self._defaults = {}
        self._convert = {}      # dest -> the option whose type converts a str default
        self._fill = None
        self.set_usage(usage)
        self._description = _chunks((description or '').replace('%prog', _PROG)) if description else []
        self._epilog = _chunks(epilog.replace('%prog', _PROG)) if epilog else []
        self._version_chunks = version.replace('%prog', _PROG) if version else ''
        if version:
            self.add_option('--version', action='version', help="show program's version number and exit")
        if add_help_option:
            self.add_option('-h', '--help', action='help', help='show this help message and exit')
        self._generate()

    __init__._not_rpython_ = True

    def set_usage(self, usage):
        if usage is None:
            self._usage = '%prog [options]'.replace('%prog', _PROG)
        elif usage is SUPPRESS_USAGE:
            self._usage = ''
        elif usage.lower().startswith('usage: '):
            self._usage = usage[7:].replace('%prog', _PROG)
        else:
            self._usage = usage.replace('%prog', _PROG)

    def add_option_group(self, *args, **kwargs):
        _refuse("add_option_group")

    def disable_interspersed_args(self):
        self.allow_interspersed_args = False

    def enable_interspersed_args(self):
        self.allow_interspersed_args = True

    def set_defaults(self, **kwargs):
        for k in kwargs:
            self._defaults[k] = kwargs[k]
            if k not in self._dests:
                _refuse("set_defaults of %r, which no option stores" % k)
        self._generate()

    set_defaults._not_rpython_ = True

    def set_default(self, dest, value):
        self.set_defaults(**{dest: value})

    def add_option(self, *opts, **kw):
        for key in kw:
            if key not in ('action', 'type', 'dest', 'default', 'nargs', 'const', 'choices', 'help',
                           'metavar'):
                if key in ('callback', 'callback_args', 'callback_kwargs'):
                    _refuse("callbacks")
                raise OptionError("invalid keyword arguments: %s" % key)
        if not opts or not isinstance(opts[0], str):
            _refuse("add_option of an Option object")
        o = _Opt()
        for s in opts:
            if len(s) < 2:
                raise OptionError("invalid option string %r: must be at least two characters long" % s)
            if len(s) == 2:
                if not (s[0] == '-' and s[1] != '-'):
                    raise OptionError("invalid short option string %r: must be of the form -x, (x any "
                                      "non-dash char)" % s)
                o.short_opts.append(s)
            else:
                if not (s[0:2] == '--' and s[2] != '-'):
                    raise OptionError("invalid long option string %r: must start with --, followed by "
                                      "non-dash" % s)
                o.long_opts.append(s)
        action = kw.get('action', 'store')
        if action not in ('store', 'store_const', 'store_true', 'store_false', 'append', 'count',
                          'help', 'version'):
            if action in ('callback', 'append_const'):
                _refuse("action=%r" % action)
            raise OptionError("invalid action: %r" % action)
        o.action = action
        typ = kw.get('type')
        if typ is int:
            typ = 'int'
        elif typ is float:
            typ = 'float'
        elif typ is str:
            typ = 'string'
        if typ is None and action in ('store', 'append'):
            typ = 'choice' if kw.get('choices') is not None else 'string'
        if typ is not None and typ not in ('string', 'int', 'long', 'float', 'choice'):
            _refuse("type=%r" % (typ,))
        if typ is not None and action not in ('store', 'append'):
            raise OptionError("must not supply a type for action %r" % action)
        choices = kw.get('choices')
        if typ == 'choice' and choices is None:
            raise OptionError("must supply a list of choices for type 'choice'")
        if choices is not None:
            choices = list(choices)
        dest = kw.get('dest')
        if dest is None and action in ('store', 'store_const', 'store_true', 'store_false', 'append',
                                       'count'):
            if o.long_opts:
                dest = o.long_opts[0][2:].replace('-', '_')
            else:
                dest = o.short_opts[0][1]
        o.dest = dest or ''
        takes = action in ('store', 'append')
        nargs = kw.get('nargs')
        if nargs is None:
            nargs = 1 if takes else 0
        elif not takes:
            raise OptionError("'nargs' must not be supplied for action %r" % action)
        o.nargs = nargs
        metavar = kw.get('metavar')
        o.metavar = metavar if metavar is not None else o.dest.upper()
        help = kw.get('help')
        o.hidden = help is SUPPRESS_HELP
        o.has_help = bool(help) and not o.hidden
        for s in o.short_opts + o.long_opts:
            for other in self._opts:
                if s in other.short_opts or s in other.long_opts:
                    raise OptionError("option %s: conflicting option string(s): %s" % ('/'.join(opts), s))
        index = len(self._opts)
        self._opts.append(o)
        o.spec = {'type': typ, 'const': kw.get('const'), 'choices': choices, 'help': help}
        if dest is not None:
            if 'default' in kw:
                self._defaults[dest] = kw['default']
                if isinstance(kw['default'], str) and typ is not None:
                    self._convert[dest] = index
            elif dest not in self._defaults:
                self._defaults[dest] = None
            if dest not in self._dests:
                self._dests.append(dest)
        self._generate()
        return None

    add_option._not_rpython_ = True

    # ---- generated code ---------------------------------------------------------------------
    def _default(self, dest):
        value = self._defaults.get(dest)
        if dest in self._convert and isinstance(value, str):
            o = self._opts[self._convert[dest]]
            ok, v = self._convert_const(o, value)
            if not ok:
                _refuse("a default that its option's type cannot convert (%s)" % v)
            return v
        return value

    def _convert_const(self, o, value):
        typ = o.spec['type']
        name = (o.long_opts + o.short_opts)[0]
        try:
            if typ in ('int', 'long'):
                return True, _parse_int(value, name)
            if typ == 'float':
                return True, _parse_float(value, name)
        except _ParseError as e:
            return False, e.msg
        return True, value

    def _generate(self):
        g = {'Values': Values, '_ParseError': _ParseError, '_parse_int': _parse_int,
             '_parse_long': _parse_long, '_parse_float': _parse_float, '_sys': _sys}
        for o in self._opts:
            o.help_chunks = _chunks(self._help_text(o)) if o.has_help else []
        lines = ['class _Values(Values):', '    def __init__(self):']
        for i, dest in enumerate(self._dests):
            g['_d%d' % i] = self._default(dest)
            lines.append('        self.%s = _d%d' % (dest, i))
        lines.append('        pass')
        lines.append('def _fill(parser, ev_opt, ev_str, ev_vals):')
        lines.append('    values = _Values()')
        lines.append('    for i in range(len(ev_opt)):')
        lines.append('        k = ev_opt[i]')
        lines.append('        opt = ev_str[i]')
        lines.append('        vals = ev_vals[i]')
        for index, o in enumerate(self._opts):
            lines.append('        %s k == %d:' % ('if' if index == 0 else 'elif', index))
            for line in self._take_code(index, o, g):
                lines.append('            ' + line)
        lines.append('    return values')
        exec('\n'.join(lines) + '\n', g)
        self._fill = g['_fill']

    def _take_code(self, index, o, g):
        spec = o.spec
        d = o.dest
        if o.action == 'help':
            return ['parser.print_help()', '_sys.exit(0)']
        if o.action == 'version':
            return ['parser.print_version()', '_sys.exit(0)']
        if o.action == 'store_true':
            return ['values.%s = True' % d]
        if o.action == 'store_false':
            return ['values.%s = False' % d]
        if o.action == 'store_const':
            g['_c%d' % index] = spec['const']
            return ['values.%s = _c%d' % (d, index)]
        if o.action == 'count':
            return ['if values.%s is None:' % d, '    values.%s = 1' % d, 'else:',
                    '    values.%s = values.%s + 1' % (d, d)]
        typ = spec['type']
        code = []
        conv = {'int': '_parse_int(%s, opt)', 'long': '_parse_long(%s, opt)',
                'float': '_parse_float(%s, opt)'}.get(typ, '%s')
        if typ == 'choice':
            g['_ch%d' % index] = spec['choices']
            text = ', '.join([repr(c) for c in spec['choices']])
            code += ['for s in vals:', '    if s not in _ch%d:' % index,
                     '        raise _ParseError("option %%s: invalid choice: %%s (choose from %%s)" %% '
                     '(opt, repr(s), %r))' % text]
        if o.nargs == 1:
            value = conv % 'vals[0]'
        else:
            value = '(' + ''.join([(conv % ('vals[%d]' % i)) + ', ' for i in range(o.nargs)]) + ')'
        if o.action == 'append':
            code += ['if values.%s is None:' % d, '    values.%s = []' % d,
                     'values.%s.append(%s)' % (d, value)]
        else:
            code.append('values.%s = %s' % (d, value))
        return code

    # ---- parsing -------------------------------------------------------------------------------
    def parse_args(self, args=None, values=None):
        if values is not None:
            _refuse("parse_args(values=...)")
        if args is None:
            rargs = _sys.argv[1:]
        else:
            rargs = list(args)
        ev_opt = []
        ev_str = []
        ev_vals = []
        largs = []
        err = self._match(rargs, largs, ev_opt, ev_str, ev_vals)
        try:
            fill = self._fill
            values = fill(self, ev_opt, ev_str, ev_vals)
            if err != '':
                raise _ParseError(err)
        except _ParseError as e:
            self.error(e.msg)
            raise
        return values, largs + rargs

    def _find(self, s):
        for i in range(len(self._opts)):
            o = self._opts[i]
            if s in o.short_opts or s in o.long_opts:
                return i
        return -1

    def _match_long(self, s):
        if self._find(s) >= 0:
            return s
        found = []
        for o in self._opts:
            for w in o.long_opts:
                if w.startswith(s):
                    found.append(w)
        if len(found) == 1:
            return found[0]
        if not found:
            raise _ParseError('no such option: %s' % s)
        found.sort()
        raise _ParseError('ambiguous option: %s (%s?)' % (s, ', '.join(found)))

    def _take_values(self, o, opt, rargs, ev_opt, ev_str, ev_vals, index):
        n = o.nargs
        if len(rargs) < n:
            if n == 1:
                if _PY3:
                    raise _ParseError('%s option requires 1 argument' % opt)
                raise _ParseError('%s option requires an argument' % opt)
            raise _ParseError('%s option requires %d arguments' % (opt, n))
        ev_opt.append(index)
        ev_str.append(opt)
        ev_vals.append(rargs[0:n])
        del rargs[0:n]

    def _match(self, rargs, largs, ev_opt, ev_str, ev_vals):
        """optparse's _process_args without the actions: the options, in order, into the ev_
        lists; returns the error that stopped it, or ''."""
        try:
            while rargs:
                arg = rargs[0]
                if arg == '--':
                    del rargs[0]
                    return ''
                elif arg[0:2] == '--':
                    del rargs[0]
                    explicit = False
                    opt = arg
                    if '=' in arg:
                        eq = arg.find('=')
                        opt = arg[:eq]
                        rargs.insert(0, arg[eq + 1:])
                        explicit = True
                    opt = self._match_long(opt)
                    index = self._find(opt)
                    o = self._opts[index]
                    if o.nargs > 0:
                        self._take_values(o, opt, rargs, ev_opt, ev_str, ev_vals, index)
                    elif explicit:
                        raise _ParseError('%s option does not take a value' % opt)
                    else:
                        ev_opt.append(index)
                        ev_str.append(opt)
                        ev_vals.append([])
                elif arg[:1] == '-' and len(arg) > 1:
                    del rargs[0]
                    i = 1
                    for ch in arg[1:]:
                        opt = '-' + ch
                        index = self._find(opt)
                        i += 1
                        if index < 0:
                            raise _ParseError('no such option: %s' % opt)
                        o = self._opts[index]
                        if o.nargs > 0:
                            if i < len(arg):
                                rargs.insert(0, arg[i:])
                            self._take_values(o, opt, rargs, ev_opt, ev_str, ev_vals, index)
                            break
                        ev_opt.append(index)
                        ev_str.append(opt)
                        ev_vals.append([])
                elif self.allow_interspersed_args:
                    largs.append(arg)
                    del rargs[0]
                else:
                    return ''
        except _ParseError as e:
            return e.msg
        return ''

    # ---- output --------------------------------------------------------------------------------
    def get_prog_name(self):
        if self.prog != '':
            return self.prog
        if _MAIN_PROG != '':
            return _MAIN_PROG
        return _os.path.basename(_sys.argv[0])

    def get_usage(self):
        if self._usage:
            return 'Usage: %s\n' % self._usage.replace(_PROG, self.get_prog_name())
        return ''

    def _option_strings(self, o):
        if o.nargs > 0:
            shorts = [s + ' ' + o.metavar for s in o.short_opts]
            longs = [s + '=' + o.metavar for s in o.long_opts]
        else:
            shorts = o.short_opts
            longs = o.long_opts
        return ', '.join(shorts + longs)

    def _help_text(self, o):
        help = o.spec['help']
        if '%default' in help:
            default = self._defaults.get(o.dest)
            if default is NO_DEFAULT or default is None:
                return help.replace('%default', 'none')
            return help.replace('%default', str(default))
        return help

    def format_help(self):
        prog = self.get_prog_name()
        width = _width()
        out = []
        if self._usage:
            out.append(self.get_usage() + '\n')
        if self._description:
            chunks = [c.replace(_PROG, prog) for c in self._description]
            out.append('\n'.join(_wrap(chunks, max(width, 11))) + '\n' + '\n')
        out.append('Options:\n')
        max_len = 0
        for o in self._opts:
            max_len = max(max_len, len(self._option_strings(o)) + 2)
        help_position = min(max_len + 2, 24)
        help_width = max(width - help_position, 11)
        for o in self._opts:
            if o.hidden:
                continue
            opts = self._option_strings(o)
            opt_width = help_position - 2 - 2
            indent_first = 0
            if len(opts) > opt_width:
                out.append('  ' + opts + '\n')
                indent_first = help_position
            else:
                out.append('  ' + opts + ' ' * (opt_width - len(opts)) + '  ')
            if o.has_help:
                lines = _wrap(o.help_chunks, help_width)
                out.append(' ' * indent_first + lines[0] + '\n')
                for line in lines[1:]:
                    out.append(' ' * help_position + line + '\n')
            elif indent_first == 0:
                out.append('\n')
        if self._epilog:
            chunks = [c.replace(_PROG, prog) for c in self._epilog]
            out.append('\n' + '\n'.join(_wrap(chunks, max(width, 11))) + '\n')
        return ''.join(out)

    def print_help(self, file=None):
        _sys.stdout.write(self.format_help())

    def print_usage(self, file=None):
        if self._usage:
            _sys.stdout.write(self.get_usage() + '\n')

    def get_version(self):
        return self._version_chunks.replace(_PROG, self.get_prog_name())

    def print_version(self, file=None):
        if self.version:
            _sys.stdout.write(self.get_version() + '\n')

    def exit(self, status=0, msg=None):
        if msg:
            _sys.stderr.write(msg)
        _sys.exit(status)

    def error(self, msg):
        if self._usage:
            _sys.stderr.write(self.get_usage() + '\n')
        _sys.stderr.write('%s: error: %s\n' % (self.get_prog_name(), msg))
        _sys.exit(2)
