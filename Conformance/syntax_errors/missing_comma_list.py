x = 1
items = [1 2]
