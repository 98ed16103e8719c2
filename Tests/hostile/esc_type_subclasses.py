# expect: any-error
# type.__subclasses__(object) as an unbound call.
print(type.__subclasses__(object))
