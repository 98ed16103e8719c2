class A:
    b = 0
a = A()
dict(a.b=1)
