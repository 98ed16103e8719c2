# expect: error:AttributeError
# The attribute name is built at run time to dodge a static filter.
def f():
    pass

g = getattr(f, '__glo' + 'bals__')
print(g)
