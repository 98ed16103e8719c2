# Classes with methods and attribute updates, called in a tight loop: a mutable
# account object and a small immutable-style vector that allocates new instances.


class Account:
    def __init__(self, owner, balance, limit):
        self.owner = owner
        self.balance = balance
        self.limit = limit
        self.history = 0
        self.fees = 0

    def deposit(self, amount):
        self.balance += amount
        self.history += 1
        return self.balance

    def withdraw(self, amount):
        if amount > self.limit:
            amount = self.limit
        if amount > self.balance:
            self.fees += 1
            self.balance -= 1
            return False
        self.balance -= amount
        self.history += 1
        return True

    def get_balance(self):
        return self.balance

    def apply_interest(self, rate_percent):
        self.balance += self.balance * rate_percent // 100


class Vector:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def add(self, other):
        return Vector(self.x + other.x, self.y + other.y)

    def scale(self, k):
        return Vector(self.x * k, self.y * k)

    def dot(self, other):
        return self.x * other.x + self.y * other.y


def main():
    accounts = [Account("a" + str(i), 100, 25) for i in range(8)]
    accounts.append(Account("s", 1000, 12))
    ok = 0
    for step in range(1400000):
        acc = accounts[step % len(accounts)]
        acc.deposit(step % 29)
        if acc.withdraw((step * 7) % 31):
            ok += 1
        if step % 1000 == 0:
            acc.apply_interest(1)
    total = 0
    for acc in accounts:
        total += acc.get_balance()
    v = Vector(0, 0)
    d = Vector(1, 2)
    dots = 0
    for i in range(700000):
        v = v.add(d.scale(i % 5))
        dots += v.dot(d) % 1000
    print("ok:", ok, "total:", total, "fees:", sum(a.fees for a in accounts))
    print("vector:", v.x, v.y, "dots:", dots)


main()
