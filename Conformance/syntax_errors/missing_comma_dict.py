class Box:
    def __init__(self, value):
        self.value = value

box = Box(1)
x = 1
d = {'a': 1 'b': 2}
