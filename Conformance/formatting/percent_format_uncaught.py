# A mismatched % format raises an uncaught TypeError
report = [("cpu", 93.5), ("mem", 71.25), ("disk", 40.0)]
for name, pct in report:
    print("%-6s %6.2f%%" % (name, pct))
print("%s=%s" % ("a", "b"))
print("%s" % "only one")
print("%s and %r" % ("x", "y"))
summary = "%s: %d checks, %d failures"
print(summary % ("nightly", 12, 0))
print(summary % ("weekly", 7))
