class Date:
    created = 0

    def __init__(self, y, m, d):
        self.y, self.m, self.d = y, m, d
        Date.created += 1

    @classmethod
    def from_string(cls, s):
        y, m, d = (int(p) for p in s.split("-"))
        return cls(y, m, d)

    @classmethod
    def count(cls):
        return cls.created

    @staticmethod
    def is_leap(year):
        return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)

    def __repr__(self):
        return f"{type(self).__name__}({self.y}, {self.m}, {self.d})"


class FancyDate(Date):
    pass


print(Date.from_string("2024-02-29"))
print(FancyDate.from_string("1999-12-31"))
print(Date.count(), FancyDate.count())
print(Date.is_leap(2000), Date.is_leap(1900), Date(1, 1, 1).is_leap(2024))
d = Date(2020, 1, 1)
print(d.from_string("2021-06-15"))
print(type(Date.__dict__["is_leap"]).__name__, type(Date.__dict__["count"]).__name__)
print(Date.is_leap.__name__, Date.from_string.__self__ is Date)
