# Extract fields delimited by markers; the last record lacks a marker (uncaught ValueError)
records = ["id:17|name:Ann", "id:18|name:Ben", "id:19 name:Cal"]
for rec in records:
    bar = rec.find("|")
    print("record", repr(rec), "bar at", bar)
for rec in records:
    head = rec[:rec.index("|")]
    tail = rec[rec.index("|") + 1:]
    print(head.split(":")[1], tail.split(":")[1])
print("unreachable")
