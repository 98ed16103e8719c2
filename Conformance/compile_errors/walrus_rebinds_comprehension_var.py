class Box:
    def __init__(self, value):
        self.value = value

box = Box(1)
xs = [1]
y = [(x := 1) for x in xs]
