# Computing a step from data produces zero (uncaught ValueError)
samples = list(range(100, 200, 5))
print(len(samples), samples[:5])
print("every 5th:", samples[::5])
for target in [10, 5, 4, 30]:
    step = len(samples) // target
    print("target", target, "step", step)
    picked = samples[::step]
    print("  picked", len(picked), picked[:4])
print("unreachable")
