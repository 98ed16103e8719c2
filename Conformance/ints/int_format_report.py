# Integer formatting in a tabular report
sales = [("widget", 1234567), ("gadget", -9876), ("gizmo", 42), ("doohickey", 1000000000)]
width = max(len(name) for name, _ in sales)
print(f"{'item':<{width}} | {'amount':>15} | {'hex':>10}")
print("-" * (width + 32))
for name, amount in sales:
    print(f"{name:<{width}} | {amount:>15,} | {amount:>10x}")
total = sum(a for _, a in sales)
print(f"{'total':<{width}} | {total:>15,} |")
print(f"{42:^10}|{42:*^10}|{42:<+6}|{-42:=8}|{42:08,}")
print(f"{1234567:_d} {1234567:,d} {0:+} {-0:+}")
print(f"{7:03} {-7:03} {7: } {-7: }")
print(format(5, "c"), format(65, "c"), f"{0x263A:c}")
print(f"{123456789:e}", f"{123:.2f}", f"{123:%}", f"{5:.1e}")
print("{:>8}|{:<8}|{:^8}".format(1, 22, 333))
print("{0:b} {0:o} {0:x} {0:d}".format(100))
print("{:#_b}".format(1000), "{:,d}".format(10**7))
try:
    print(f"{12:,_}")
except ValueError as e:
    print(type(e).__name__, e)
try:
    print(format(12, ".2s"))
except ValueError as e:
    print(type(e).__name__, e)
try:
    print(format(3, "z"))
except ValueError as e:
    print(type(e).__name__, e)
