def parse_numbers(texts):
    for t in texts:
        yield int(t)


def safe_parse(texts):
    for t in texts:
        try:
            yield int(t)
        except ValueError as e:
            print("skipping:", e)


print(list(safe_parse(["1", "x", "3", "4.5"])))

gen = parse_numbers(["10", "20", "oops", "40"])
results = []
try:
    for n in gen:
        results.append(n)
except ValueError as e:
    print(type(e).__name__, e)
print(results)
print(next(gen, "generator is finished after exception"))


def with_finally():
    try:
        yield "a"
        yield "b"
    finally:
        print("finally in generator")


for x in with_finally():
    print(x)
    break
print("after break")

total = sum(parse_numbers(["1", "2", "three"]))
