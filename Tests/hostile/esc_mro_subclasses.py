# expect: any-error
# The same walk starting from a list and __mro__.
classes = [].__class__.__mro__[-1].__subclasses__()
print([c.__name__ for c in classes])
