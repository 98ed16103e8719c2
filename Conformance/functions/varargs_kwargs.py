def describe(*args, **kwargs):
    return f"args={args} kwargs={kwargs}"


print(describe())
print(describe(1, 2))
print(describe(a=1, b=2))
print(describe(1, "x", key=None))


def total(first, *rest):
    result = first
    for r in rest:
        result += r
    return result


print(total(1))
print(total(1, 2, 3, 4))
print(total("a", "b", "c"))
print(total([1], [2], [3]))


def build_query(table, *columns, where=None, **options):
    cols = ", ".join(columns) if columns else "*"
    sql = f"SELECT {cols} FROM {table}"
    if where:
        sql += f" WHERE {where}"
    for key in sorted(options):
        sql += f" {key.upper()} {options[key]}"
    return sql


print(build_query("users"))
print(build_query("users", "id", "name", where="age > 3"))
print(build_query("logs", "msg", limit=10, offset=5))

try:
    total()
except TypeError as e:
    print(type(e).__name__, e)


def kinds(a, b=2, *args, c, d=4, **kw):
    return a, b, args, c, d, kw


print(kinds(1, c=3))
print(kinds(1, 5, 6, 7, c=3, e=9))
print(type(kinds(1, c=0)[2]).__name__)
