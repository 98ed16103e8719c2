# A grid of values rendered with many format specs
values = [0, 1, -1, 7.5, -0.125, 1234.5678, 1e-7, 1e21, 123456789]
specs = ["", "g", ".3g", "e", ".2f", ",", ">12", "+.1f", "%"]
for v in values:
    cells = []
    for spec in specs:
        try:
            cells.append(format(v, spec))
        except ValueError as e:
            cells.append("ERR")
    print(" | ".join(cells))
print("---")
for v in [0, 1, 10, 255, 4096, -17]:
    print(f"{v:>6d} {v:>8b} {v:>5o} {v:>4x} {v:>#7x} {v:>+5d} {v:>6,}")
print("---")
for v in [0.5, 0.05, 0.005, 0.0005, 5e-5]:
    print(f"{v:<8} {v:.1%} {v:.3e} {v:g} {v:.0f} {v:10.4f}|")
print("---")
for v in [1e15, 1e16, 1e17, 123456789012345678.0]:
    print(f"{v} {v:f} {v:g} {v:.17g} {v:,.0f}")
print(f"{2**64:,} {2**64:e} {2**64:.3g} {-2**64:_x}")
