class Ctx:
    pass

with Ctx() as c
    print(c)
