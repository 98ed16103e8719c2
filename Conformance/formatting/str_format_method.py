# str.format with positional, keyword, indexed and attribute fields
print("{} {} {}".format("a", "b", "c"))
print("{2} {1} {0} {0}".format("a", "b", "c"))
print("{name} is {age}".format(name="Bo", age=7))
print("{0[0]} {0[1]} {1[key]} {1[x]}".format(["first", "second"], {"key": "v", "x": 9}))
print("{:>8} {:<8} {:^8} {:*^9}".format("r", "l", "c", "mid"))
print("{:d} {:5d} {:05d} {:+d} {:,} {:_}".format(1, 2, 3, 4, 1234567, 1234567))
print("{:.3f} {:10.2e} {:%} {:.0%}".format(3.14159, 12345.678, 0.25, 0.555))
print("{0:x} {0:X} {0:o} {0:b} {0:#x} {0:#b}".format(2024))
print("{!r} {!s} {!a}".format("é", "é", "é"))
print("{0!r:>10}|{0:>10}|".format("hi"))
print("{{literal}} {{{}}}".format("x"))
w = 10
print("{:>{w}}|{:<{w}}|{:^{w}.{p}f}".format("a", "b", 3.14159, w=w, p=2))
print("{:{fill}{align}{width}}".format("z", fill="#", align=">", width=6))
point = {"x": 3, "y": -4}
print("Point({x}, {y})".format(**point), "{x}{y}{x}".format_map(point))
print("{0}{1}{0}".format("ab", "-"), "{}".format(None), "{}".format([1, "a"]))
print("{:s}".format("txt"), "{:10}|".format("txt"), "{:10}|".format(42), "{:<10}|".format(42))
print("{:.2}".format("abcdef"), "{:.2}".format(3.14159), "{:g}".format(100000000.0))
fmt = "{:<6}{:>8.2f}{:>6d}"
for row in [("ab", 1.5, 3), ("cdef", 22.125, 14), ("g", -0.005, -2)]:
    print(fmt.format(*row))
print("{0.real} {0.imag}".format(5), "{.__name__}".format(int))
