class C(metaclass=1=2):
    pass
