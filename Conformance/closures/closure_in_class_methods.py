class Button:
    def __init__(self, label):
        self.label = label
        self.handlers = []

    def on_click(self, fn):
        self.handlers.append(fn)
        return fn

    def click(self):
        return [h(self) for h in self.handlers]


def make_logger(prefix):
    lines = []

    def log(btn):
        lines.append(f"{prefix}: {btn.label}")
        return len(lines)

    log.lines = lines
    return log


ok = Button("OK")
logger = make_logger("clicked")
ok.on_click(logger)
ok.on_click(lambda b: b.label.lower())
print(ok.click())
print(ok.click())
print(logger.lines)


class Multiplier:
    def __init__(self, factor):
        self.factor = factor

    def make_fn(self):
        return lambda x: x * self.factor


m = Multiplier(3)
times = m.make_fn()
print(times(5))
m.factor = 10
print(times(5))
print(ok.click()[2])
