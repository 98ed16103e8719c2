def f(a):
    return a

class C:
    def m(self):
        pass
    return 1

print(f(1))
