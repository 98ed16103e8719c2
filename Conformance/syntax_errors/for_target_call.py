def f():
    pass
for f() in []:
    pass
