class Box:
    def __init__(self, value):
        self.value = value

box = Box(1)
b = 1
a = = b
