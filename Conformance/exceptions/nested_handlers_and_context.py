def step(n):
    if n == 3:
        raise ValueError(f"step {n} failed")
    return n


def run_all():
    done = []
    for n in range(5):
        try:
            done.append(step(n))
        except ValueError as e:
            try:
                raise RuntimeError("cleanup failed") from e
            except RuntimeError as cleanup:
                done.append(f"{cleanup} <- {cleanup.__cause__}")
    return done


print(run_all())

try:
    try:
        raise KeyError("a")
    except KeyError as first:
        try:
            raise ValueError("b")
        except ValueError as second:
            raise TypeError("c")
except TypeError as third:
    chain = []
    e = third
    while e is not None:
        chain.append(f"{type(e).__name__}({e})")
        e = e.__context__
    print(" -> ".join(chain))

try:
    try:
        1 / 0
    finally:
        print("finally before propagation")
except ZeroDivisionError as e:
    print("outer got", e)
