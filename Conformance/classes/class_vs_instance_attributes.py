class Settings:
    defaults = {"theme": "light"}
    shared_list = []
    version = 1

    def __init__(self, user):
        self.user = user


a = Settings("ann")
b = Settings("bob")

a.version = 2
print(a.version, b.version, Settings.version)

a.shared_list.append("from a")
print(b.shared_list, Settings.shared_list)

Settings.version = 10
print(a.version, b.version)

del a.version
print(a.version)

print(sorted(vars(a)), sorted(vars(b)))
print("version" in vars(Settings))

b.defaults = dict(b.defaults, theme="dark")
print(a.defaults, b.defaults, Settings.defaults)

print(hasattr(a, "user"), hasattr(a, "nope"))
print(getattr(a, "nope", "fallback"))
setattr(a, "dynamic", 123)
print(a.dynamic)
delattr(a, "dynamic")
try:
    a.dynamic
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del a.version
except AttributeError as e:
    print(type(e).__name__, e)
