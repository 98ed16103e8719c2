# expect: ok
# 100,000 exceptions raised and caught.
caught = 0
for i in range(100000):
    try:
        raise ValueError(i)
    except ValueError:
        caught += 1
print(caught)
