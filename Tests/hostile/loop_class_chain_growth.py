# expect: limit
# An ever-deeper single-inheritance chain: each class's MRO is one longer (quadratic memory and time).
Base = object
while True:
    class C(Base):
        pass
    Base = C
