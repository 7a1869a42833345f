"""rpy's version of rpython.translator.driver: the TranslationDriver that a
program's target(driver, args) receives.  The target may set exe_name (the
executable's name, '%(backend)s' standing for 'c') and log what it does
through driver.log (an AnsiLogger named 'translation', writing to the
translator's stderr)."""

from rpython.tool.ansi_print import AnsiLogger


class TranslationDriver(object):
    def __init__(self):
        self.exe_name = None
        self.log = AnsiLogger('translation')
