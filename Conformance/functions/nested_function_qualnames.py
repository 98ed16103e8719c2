def outer():
    def inner():
        def innermost():
            return "deep"
        return innermost
    return inner


inner = outer()
deep = inner()
print(inner.__name__, inner.__qualname__)
print(deep.__name__, deep.__qualname__)
print(deep())


class Service:
    def method(self):
        def helper():
            return 1
        return helper


h = Service().method()
print(h.__qualname__)
print(Service.method.__qualname__)


def make_adders():
    return [lambda x, n=n: x + n for n in range(3)]


adders = make_adders()
print([a(10) for a in adders])
print(adders[0].__name__)


def counter_factory(start):
    def step(by=1):
        return start + by
    step.start = start
    return step


s = counter_factory(100)
print(s(), s(5), s.start)
print(repr(s.__doc__))
