# expect: error:TypeError
# Monkeypatching a builtin type would leak into every later run that shares the runtime.
str.upper = lambda self: 'pwned'
print('a'.upper())
