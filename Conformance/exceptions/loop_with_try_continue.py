records = ["42", "", "7", "x9", None, "13", "-4"]
parsed = []
problems = []
for idx, raw in enumerate(records):
    try:
        if raw is None:
            raise TypeError("record is None")
        if not raw:
            continue
        value = int(raw)
        if value < 0:
            raise ValueError(f"negative value {value}")
    except ValueError as e:
        problems.append((idx, str(e)))
        continue
    except TypeError as e:
        problems.append((idx, f"{type(e).__name__}: {e}"))
        continue
    finally:
        print("checked", idx)
    parsed.append(value)

print(parsed)
for p in problems:
    print(p)
