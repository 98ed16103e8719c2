# expect: error:AttributeError
# A builtin function's __self__ is the builtins module in CPython.
m = print.__self__
print(m.__import__('os'))
