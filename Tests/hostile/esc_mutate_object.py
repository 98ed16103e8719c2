# expect: error:TypeError
# Monkeypatching object itself.
object.__repr__ = lambda self: 'pwned'
print(object())
