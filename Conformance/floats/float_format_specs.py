# Float format specifications
x = 1234.56789
print(f"{x:.2f}|{x:10.1f}|{x:<10.3f}|{x:^12.2f}|{x:+.0f}|{x:010.2f}")
print(f"{x:e}|{x:.3e}|{x:E}|{x:g}|{x:.3g}|{x:G}|{x:.10g}")
print(f"{x:,.2f}|{x:_.3f}|{x:%}|{0.256:.1%}|{x:n}")
print(f"{0.00001234:g}|{1e-5:g}|{123456789.0:g}|{1e16:g}|{100000.0:g}|{1000000.0:g}")
print(f"{0.5:.0f}|{1.5:.0f}|{2.5:.0f}|{-0.5:.0f}")
print(f"{3.0}|{3.0:}|{3.0:.1}|{3.14159:.3}|{1e20:.3}|{123.0:.2}")
print(f"{float('inf'):.2f}|{float('nan'):10.3f}|{float('-inf'):e}|{float('nan'):%}")
print(f"{2.0/3:#.0f}|{2.0:#g}|{2.0:g}|{0.0:e}|{-0.0:g}")
w, p = 12, 4
print(f"[{x:{w}.{p}f}]", f"[{x:>{w}.{p}e}]", f"[{x:*^{w}}]")
print("%.2f %8.3f %-8.1f| %e %g %G %+.1f" % (x, x, x, x, x, 1e-20, x))
print("%5.1f%%" % 99.5, "%.0f" % 2.5, "%.0f" % 3.5, "%10.4s|" % 3.14159)
print("{:.2f} {:>9.2e} {:,}".format(x, x, 1234567.891))
print(format(x), format(x, ""), format(x, ".1f"), format(1e-7), format(1e-7, "f"))
print(format(1e300, ".2f")[:20], len(format(1e300, "f")))
print(format(0.1, ".20f"), format(0.1, ".17g"), format(1 / 3, ".30f"))
table = [("rent", 1250.0), ("food", 432.175), ("transport", 89.5), ("misc", 0.456)]
total = sum(v for _, v in table)
for label, v in table:
    print(f"{label:<10}{v:>10.2f}{v / total:>8.1%}")
print(f"{'total':<10}{total:>10.2f}{1:>8.1%}")
try:
    print(f"{x:d}")
except ValueError as e:
    print(type(e).__name__, e)
try:
    print(f"{x:,x}")
except ValueError as e:
    print(type(e).__name__, e)
