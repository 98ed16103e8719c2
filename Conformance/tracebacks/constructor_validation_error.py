class Money:
    def __init__(self, amount, currency):
        if currency not in ("USD", "EUR"):
            raise ValueError(f"unsupported currency: {currency}")
        self.amount = amount
        self.currency = currency

    def __add__(self, other):
        if self.currency != other.currency:
            raise TypeError(f"cannot add {self.currency} and {other.currency}")
        return Money(self.amount + other.amount, self.currency)

    def __repr__(self):
        return f"Money({self.amount}, {self.currency!r})"


class Wallet:
    def __init__(self):
        self.entries = []

    def add(self, amount, currency):
        self.entries.append(Money(amount, currency))

    def total(self):
        result = self.entries[0]
        for m in self.entries[1:]:
            result = result + m
        return result


w = Wallet()
w.add(5, "USD")
w.add(7, "USD")
print(w.total())
w.add(3, "EUR")
print(w.total())
