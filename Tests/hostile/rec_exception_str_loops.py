# expect: any-error
# The uncaught exception's __str__ never returns: printing the traceback must still be bounded.
class LoopingStrError(Exception):
    def __str__(self):
        while True:
            pass

raise LoopingStrError()
