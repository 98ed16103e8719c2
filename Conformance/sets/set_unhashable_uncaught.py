# Deduplicating rows by putting lists into a set raises uncaught TypeError
rows = [("ann", 3), ("bob", 5), ("ann", 3), ("cy", 1)]
unique = set(rows)
print(len(rows), len(unique), sorted(unique))
as_lists = [list(r) for r in rows]
print(as_lists)
keys = {tuple(r) for r in as_lists}
print(sorted(keys))
bad = set(as_lists)
print("unreachable", bad)
