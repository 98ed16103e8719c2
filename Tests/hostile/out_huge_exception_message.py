# expect: error:ValueError
# A 1 MB exception message goes to stderr in the traceback; the process must end normally.
raise ValueError('x' * 10**6)
