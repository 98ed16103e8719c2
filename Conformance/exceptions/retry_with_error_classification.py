class TransientError(Exception):
    pass


class PermanentError(Exception):
    pass


def make_flaky(outcomes):
    calls = iter(outcomes)

    def call():
        outcome = next(calls)
        if isinstance(outcome, Exception):
            raise outcome
        return outcome
    return call


def retry(fn, attempts=3):
    errors = []
    for attempt in range(1, attempts + 1):
        try:
            result = fn()
        except TransientError as e:
            errors.append(f"attempt {attempt}: {e}")
            continue
        except PermanentError as e:
            errors.append(f"attempt {attempt}: permanent {e}")
            break
        else:
            return result, errors
    raise RuntimeError(f"gave up after {len(errors)} errors") from None


print(retry(make_flaky([TransientError("timeout"), "ok"])))
print(retry(make_flaky(["immediate"])))
for outcomes in ([TransientError("a"), TransientError("b"), TransientError("c")],
                 [PermanentError("denied"), "never"]):
    try:
        retry(make_flaky(outcomes))
    except RuntimeError as e:
        print(type(e).__name__, e, e.__context__)
