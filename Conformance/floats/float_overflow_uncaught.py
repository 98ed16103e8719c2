# Compound growth that eventually overflows a float (uncaught OverflowError)
value = 1.5
steps = 0
while value < 1e300:
    value = value ** 2
    steps += 1
    print(steps, f"{value:.6e}")
print("still finite:", value)
print("squaring once more:")
value = value ** 2
print("unreachable", value)
