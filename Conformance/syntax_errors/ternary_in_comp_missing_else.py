xs = [1]
y = [x if x for x in xs]
