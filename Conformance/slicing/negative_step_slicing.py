# Negative steps: reversal, reverse ranges and their boundaries
xs = list(range(10))
print(xs[::-1], xs[::-2], xs[::-3])
print(xs[8::-1], xs[:3:-1], xs[8:3:-1], xs[-2:-6:-1], xs[3:8:-1])
print(xs[-1:0:-1], xs[-1::-1] == xs[::-1], xs[len(xs)::-1][:2], xs[-len(xs) - 1::-1])
print(xs[5::-2], xs[:5:-2], xs[0::-1], xs[:0:-1][-2:])
s = "Hello, World"
print(s[::-1], s[-1:-6:-1], s[4::-1], s[:-6:-1], s[6::-2])
t = tuple("abcdef")
print(t[::-1], t[-2::-2], t[4:1:-1])
r = range(0, 30, 3)
print(r[::-1], list(r[::-1]), r[-2::-2], list(r[-2::-2]))
def rotate(seq, k):
    if not seq:
        return seq
    k %= len(seq)
    return seq[-k:] + seq[:-k]
print(rotate([1, 2, 3, 4, 5], 2), rotate([1, 2, 3, 4, 5], -1), rotate("abcdef", 3), rotate((), 4))
num = 1234567
print(str(num)[::-1], int(str(num)[::-1]), ",".join(str(num)[::-1][i:i + 3] for i in range(0, 7, 3))[::-1])
words = "one two three four five".split()
print(words[::-1], [w[::-1] for w in words], " ".join(words)[::-1])
print(list(reversed(words)) == words[::-1])
