# expect: any-error
# The uncaught exception's __str__ recurses: printing the traceback must not crash or hang.
class RecursiveStrError(Exception):
    def __str__(self):
        return str(self)

raise RecursiveStrError()
