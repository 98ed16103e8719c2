x = 1
lambda: 1 = x
