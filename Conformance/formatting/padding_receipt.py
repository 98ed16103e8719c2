# A fixed-width receipt built with str methods and format
WIDTH = 32
items = [("Espresso", 2, 2.80), ("Croissant au beurre", 1, 3.45), ("Orange juice", 3, 4.10), ("Tip", 1, 1.00)]
print("*" * WIDTH)
print("CAFÉ MONTY".center(WIDTH))
print("12 Rue de Python".center(WIDTH))
print("*" * WIDTH)
total = 0.0
for name, qty, price in items:
    amount = qty * price
    total += amount
    label = f"{qty} x {name}"
    if len(label) > WIDTH - 10:
        label = label[:WIDTH - 13] + "..."
    print(label.ljust(WIDTH - 10) + f"{amount:>10.2f}")
print("-" * WIDTH)
print("TOTAL".ljust(WIDTH - 10) + f"{total:>10.2f}")
vat = total * 0.2 / 1.2
print(f"{'incl. VAT 20%':<{WIDTH - 10}}{vat:>10.2f}")
paid = 30
print(f"{'Cash':<{WIDTH - 10}}{paid:>10.2f}")
print(f"{'Change':<{WIDTH - 10}}{paid - total:>10.2f}")
print("=" * WIDTH)
print(f"{'Thank you!':^{WIDTH}}")
print(f"|{'':^{WIDTH - 2}}|")
print("%-*s%*.2f" % (WIDTH - 10, "check", 10, total))
