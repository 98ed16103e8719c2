xs = [1]
y = {*x for x in xs}
