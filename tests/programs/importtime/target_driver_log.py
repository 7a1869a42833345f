# python2
# target(driver, args) logs through driver.log (RPython's AnsiLogger 'translation': its lines go
# to the translator's stderr while translating, never into the program) and names the executable.
from rpython.tool.ansi_print import AnsiLogger

log = AnsiLogger('imp-test')
log.info('imported')
log.warning('with', 2, 'parts')


def entry_point(argv):
    print 'running', len(argv)
    return 0


def target(driver, args):
    driver.log.info(args)
    driver.log.info(driver.exe_name)
    driver.exe_name = 'driver-log-%(backend)s'
    return entry_point, None


if __name__ == '__main__':
    import sys
    sys.exit(entry_point(sys.argv))
