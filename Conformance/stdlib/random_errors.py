# Bad arguments to the random module raise CPython's exceptions; the last one is uncaught.
import random
random.seed(1)
for f in [lambda: random.randrange(1, 1), lambda: random.randrange(0), lambda: random.randrange(2, 10, 0),
          lambda: random.randrange(1.5), lambda: random.randint(1), lambda: random.sample({1, 2}, 1),
          lambda: random.sample([1, 2], 3), lambda: random.getrandbits(-1), lambda: random.seed([1]),
          lambda: random.choices([1, 2], [1]), lambda: random.shuffle((1, 2)), lambda: random.random(1)]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
random.choice([])
