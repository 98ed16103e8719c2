a = b = 1
x = 1
a if x else b = 2
