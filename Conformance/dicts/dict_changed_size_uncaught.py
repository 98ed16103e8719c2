# Deleting from a dict while iterating it raises an uncaught RuntimeError
stock = {"a": 0, "b": 3, "c": 0, "d": 5}
safe = {k: v for k, v in stock.items() if v}
print("safe filter:", safe)
for k in list(stock):
    if stock[k] == 0:
        del stock[k]
print("after list() copy:", stock)
stock = {"a": 0, "b": 3, "c": 0, "d": 5}
for k in stock:
    print("visiting", k)
    if stock[k] == 0:
        del stock[k]
print("unreachable")
