# Parsing a list of records; a bad field raises an uncaught ValueError
rows = ["alice,30", "bob,25", "carol,41", "dave,thirty", "eve,22"]
total = 0
print("rows:", len(rows))
for row in rows:
    name, age = row.split(",")
    print("parsing", name)
    total += int(age)
    print("running total", total)
print("done", total)
