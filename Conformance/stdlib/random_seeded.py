# The random module reproduces CPython's Mersenne Twister sequences for a program-chosen seed.
import random
from random import randint, choice, shuffle, sample

for seed in [0, 42, -42, 2**64 + 1, "monty", b"bytes", 3.5]:
    random.seed(seed)
    print(repr(seed), random.random(), random.getrandbits(48), [randint(1, 6) for _ in range(8)])
    deck = list(range(10))
    shuffle(deck)
    print(deck, choice("abcdef"), sample(range(100), 5), sample(range(10**12), 2))
    print(random.randrange(10**20), random.randrange(-10, 10, 3), random.choices("xyz", [5, 1, 1], k=4))
    print(random.uniform(2, 3), random.gauss(0, 1), random.triangular(), random.expovariate(2.0))
