# Template-style formatting with dicts and format_map
template = "Hello {first} {last}, your balance is {balance:,.2f} {currency}."
customers = [
    {"first": "Ada", "last": "Lovelace", "balance": 1234.5, "currency": "GBP"},
    {"first": "Alan", "last": "Turing", "balance": -42.125, "currency": "GBP"},
    {"first": "Grace", "last": "Hopper", "balance": 1e6, "currency": "USD"},
]
for c in customers:
    print(template.format(**c))
    print(template.format_map(c))
email = """Subject: {subject}
To: {to}

{body}
-- {sig}"""
print(email.format(subject="Report", to="team@example.com", body="All systems nominal.", sig="bot"))
fields = {"host": "db1", "port": 5432}
conn = "postgres://{host}:{port}/{db}"
print(conn.format(db="main", **fields))
row_fmt = "|" + "|".join("{%d:^%d}" % (i, w) for i, w in enumerate([6, 10, 8])) + "|"
print(row_fmt)
print(row_fmt.format("id", "name", "score"))
print(row_fmt.format(1, "alpha", 9.5))
print(row_fmt.format(22, "beta-gamma!", 10))
cell = "{:>{}}"
print("".join(cell.format(n, 5) for n in [1, 22, 333]))
try:
    print(template.format_map({"first": "X"}))
except KeyError as e:
    print(type(e).__name__, e)
print("{a}-{b}".format_map({"a": 1, "b": 2, "c": 3}))
print("{0}{a}".format("pos", a="kw"))
