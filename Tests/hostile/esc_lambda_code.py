# expect: error:AttributeError
# A lambda's code object, to build a new function from it.
c = (lambda: 0).__code__
print(c.co_code)
