class Countdown:
    def __init__(self, start):
        self.current = start

    def __iter__(self):
        return self

    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1


print(list(Countdown(5)))
c = Countdown(2)
print(next(c), next(c))
print(next(c, "done"))
try:
    next(c)
except StopIteration as e:
    print(type(e).__name__, repr(e))


class Range2D:
    def __init__(self, rows, cols):
        self.rows, self.cols = rows, cols

    def __iter__(self):
        for r in range(self.rows):
            for c in range(self.cols):
                yield r, c


grid = Range2D(2, 3)
print(list(grid))
print(list(grid) == list(grid))
print(sum(r * c for r, c in grid))


class SeqOnly:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError(i)
        return i * i


print(list(SeqOnly()))
print(9 in SeqOnly(), 10 in SeqOnly())
try:
    iter(42)
except TypeError as e:
    print(type(e).__name__, e)
