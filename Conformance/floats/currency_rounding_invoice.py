# Invoice computation using integer cents to avoid float drift
items = [
    ("Coffee beans 1kg", 2, 18.99),
    ("Paper filters", 3, 4.35),
    ("Mug", 1, 12.50),
    ("Descaler", 2, 7.125),
]
TAX_RATE = 0.0825
lines = []
subtotal_cents = 0
for name, qty, price in items:
    cents = round(price * 100)
    line = qty * cents
    subtotal_cents += line
    lines.append((name, qty, cents, line))
tax_cents = round(subtotal_cents * TAX_RATE)
total_cents = subtotal_cents + tax_cents
def money(c):
    sign = "-" if c < 0 else ""
    c = abs(c)
    return f"{sign}${c // 100:,}.{c % 100:02d}"
print(f"{'Item':<20}{'Qty':>4}{'Unit':>10}{'Amount':>11}")
for name, qty, cents, line in lines:
    print(f"{name:<20}{qty:>4}{money(cents):>10}{money(line):>11}")
print("-" * 45)
print(f"{'Subtotal':<34}{money(subtotal_cents):>11}")
print(f"{'Tax 8.25%':<34}{money(tax_cents):>11}")
print(f"{'Total':<34}{money(total_cents):>11}")
float_total = sum(q * p for _, q, p in items) * (1 + TAX_RATE)
print("float total:", float_total, round(float_total, 2), f"{float_total:.2f}")
print(money(-1234), money(5), money(100000000))
split = [total_cents // 3] * 3
for i in range(total_cents % 3):
    split[i] += 1
print([money(s) for s in split], sum(split) == total_cents)
