# expect: any-error
# The classic jail break: object.__subclasses__() -> os._wrap_close -> __init__.__globals__['system'].
wrap = [c for c in ().__class__.__bases__[0].__subclasses__() if c.__name__ == '_wrap_close'][0]
wrap.__init__.__globals__['system']('id')
