# Parsing fixed-width records with string slices
records = """\
0001ALICE     SMITH     19850312NYC  004500.50
0002BOB       JONES     19920704SFO  012000.00
0003CHARLOTTE O'NEIL    20011225LON  000099.99
0004D         X         19700101PAR  100000.00"""
layout = [("id", 0, 4), ("first", 4, 14), ("last", 14, 24), ("dob", 24, 32), ("city", 32, 37), ("balance", 37, 46)]
people = []
for line in records.splitlines():
    rec = {name: line[a:b].strip() for name, a, b in layout}
    rec["id"] = int(rec["id"])
    rec["balance"] = float(rec["balance"])
    dob = rec["dob"]
    rec["dob"] = f"{dob[:4]}-{dob[4:6]}-{dob[6:]}"
    people.append(rec)
for p in people:
    print(p)
print(sorted(p["last"] for p in people))
print(sum(p["balance"] for p in people))
print([p["dob"][:4] for p in people if int(p["dob"][:4]) < 1990])
header = "ID  FIRST     LAST      "
print(header[:4].strip(), header[4:14].strip(), header[14:].strip())
line = records.splitlines()[2]
print(repr(line[:4]), repr(line[4:14]), repr(line[-9:]), line[37:40], line[-2:])
iso = "2024-03-15T08:45:30Z"
print(iso[:10], iso[11:19], iso[11:13], iso[14:16], iso[17:19], iso[-1])
card = "4111111111111111"
print("*" * (len(card) - 4) + card[-4:], " ".join(card[i:i + 4] for i in range(0, 16, 4)))
