# Looking up prices for a shopping cart; an unknown product raises uncaught KeyError
prices = {"apple": 0.5, "bread": 2.25, "milk": 1.19}
cart = [("apple", 6), ("milk", 2), ("bread", 1), ("cheese", 1)]
total = 0.0
for product, qty in cart:
    print("looking up", product, "in", sorted(prices))
    unit = prices[product]
    total += unit * qty
    print(f"  {qty} x {product} @ {unit:.2f} = {unit * qty:.2f}")
print("total", total)
