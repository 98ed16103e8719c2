# expect: recursion
# An iterator whose __next__ calls next(self).
class It:
    def __iter__(self):
        return self

    def __next__(self):
        return next(self)

for x in It():
    pass
