x = "global x"


class Config:
    x = "class x"
    y = x + " (copied)"
    items = [1, 2, 3]
    doubled = [i * 2 for i in items]

    def method(self):
        return x

    @staticmethod
    def static():
        return x


print(Config.y)
print(Config.doubled)
print(Config().method())
print(Config.static())


class Broken:
    factor = 10
    try:
        scaled = [i * factor for i in range(3)]
    except NameError as e:
        error = f"{type(e).__name__}: {e}"


print(Broken.error)


class Counter:
    count = 0

    def __init__(self):
        Counter.count += 1
        self.id = Counter.count


a, b, c = Counter(), Counter(), Counter()
print(a.id, b.id, c.id, Counter.count)


def factory():
    local_value = "from function"

    class Inner:
        attr = local_value

        def get(self):
            return local_value
    return Inner


I = factory()
print(I.attr, I().get())
print(sorted(k for k in vars(Config) if not k.startswith("__")))
