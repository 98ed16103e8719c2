def read_records(lines):
    for line in lines:
        name, qty = line.split(",")
        yield name.strip(), int(qty)


def totals(records):
    acc = {}
    for name, qty in records:
        acc[name] = acc.get(name, 0) + qty
    return acc


print(totals(read_records(["apple, 3", "pear, 2", "apple, 4"])))
print(totals(read_records(["kiwi, 1", "melon, two"])))
