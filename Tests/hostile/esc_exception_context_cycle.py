# expect: error:ValueError
# A cycle in __context__: the traceback printer must not loop forever.
a = ValueError('a')
b = TypeError('b')
a.__context__ = b
b.__context__ = a
raise a
