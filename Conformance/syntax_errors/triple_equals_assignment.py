def f():
    pass

x = [1,
     2,
     3]
y = x ===  x
