class Box:
    def __init__(self, value):
        self.value = value

box = Box(1)
a = [1]
del *a
