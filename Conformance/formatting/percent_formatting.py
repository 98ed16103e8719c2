# printf-style % formatting
print("%s is %d years old" % ("Ann", 34))
print("%5s|%-5s|%.2s|%5.1s|" % ("ab", "ab", "abcdef", "xyz"))
print("%d %i %5d %-5d| %05d %+d % d" % (42, 42, 42, 42, 42, 42, 42))
print("%f %.2f %10.3f %-10.1f| %e %.2E %g %G" % (3.14159, 3.14159, 3.14159, 3.14159, 31415.9, 0.000314, 1e-5, 1e20))
print("%x %X %#x %#X %o %#o %08x" % (255, 255, 255, 255, 8, 8, 48879))
print("%c%c%c" % (72, "i", 33), "%%", "100%%" % ())
print("%r %s %a" % ("é", "é", "é"))
print("%(name)s has %(count)d items, %(count)05d" % {"name": "box", "count": 7})
print("%*d|%-*d|%.*f" % (6, 42, 6, 42, 3, 2.71828))
print("%s" % [1, 2], "%s" % (1,), "%s %s" % (None, True), "%d" % True, "%d" % 3.99)
print("%s" % ((1, 2),), "%r" % ((1, 2),))
print("%.3s" % "abcdef", "%10.4f" % -1.5, "%+.1e" % 12345)
print("%5.1f%%" % 12.345, "%d%%" % 50)
print("%i" % -0, "%.0f" % 0.5, "%.0f" % 1.5, "%.1f" % 0.25, "%.1f" % 0.35)
rows = [("north", 1532.5, 0.1234), ("south", 87.25, 0.5), ("west", 12000.0, 1.0)]
for name, amount, share in rows:
    print("%-8s %10.2f %6.1f%%" % (name, amount, share * 100))
errors = [("%d", "x"), ("%s %s", ("a",)), ("%s", ("a", "b")), ("%z", 1), ("%(k)s", {"j": 1}), ("%c", "ab"), ("%(k)s", 5)]
for fmt, args in errors:
    try:
        print(fmt % args)
    except (TypeError, ValueError, KeyError) as e:
        print(type(e).__name__, e)
