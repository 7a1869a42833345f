"""rpy's version of rpython.tool.ansi_print: AnsiLogger(name), the logger
RPython's translator and programs' target() use.  log.info(msg) (and
warning, error, debug, event, red, bold...) write "[name:kind] msg" to the
translator's stderr: this happens while translating, never in the program's
binary."""

import os
import sys


class AnsiLogger(object):
    def __init__(self, name):
        self.name = name

    def _write(self, kind, args):
        text = ' '.join([str(a) for a in args])
        os.write(2, '[%s:%s] %s\n' % (self.name, kind, text))

    def __getattr__(self, kind):
        if kind.startswith('__'):
            raise AttributeError(kind)

        def log(*args):
            self._write(kind, args)
        return log

    def __call__(self, *args):
        self._write('info', args)
