def bank_account(balance):
    history = []

    def deposit(amount):
        nonlocal balance
        balance += amount
        history.append(("deposit", amount))
        return balance

    def withdraw(amount):
        nonlocal balance
        if amount > balance:
            raise ValueError(f"insufficient funds: {balance} < {amount}")
        balance -= amount
        history.append(("withdraw", amount))
        return balance

    def get_balance():
        return balance

    return deposit, withdraw, get_balance, history


dep, wd, bal, hist = bank_account(100)
print(dep(50))
print(wd(30))
try:
    wd(1000)
except ValueError as e:
    print(type(e).__name__, e)
print(bal(), hist)


def nested_levels():
    a = 0

    def one():
        def two():
            nonlocal a
            a += 1
        two()
        two()
    one()
    return a


print(nested_levels())
