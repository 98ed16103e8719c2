prices = {"apple": 1.25, "pear": 0.75, "kiwi": 2.0}


def price_of(name):
    return prices[name]


def cart_total(items):
    return sum([price_of(name) * qty for name, qty in items])


apply_discount = lambda total, pct: total - total * pct / 100

print(apply_discount(cart_total([("apple", 2), ("kiwi", 1)]), 10))
print(apply_discount(cart_total([("pear", 4), ("mango", 1)]), 10))
