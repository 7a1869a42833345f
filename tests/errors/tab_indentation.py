def entry_point(argv):
	count = len(argv)
	if count > 1:
		count = "many"
	print(count)
	return 0


def target(*args):
    return entry_point, None
