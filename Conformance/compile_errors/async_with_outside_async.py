class Box:
    def __init__(self, value):
        self.value = value

box = Box(1)
def f(lock):
    async with lock:
        pass
