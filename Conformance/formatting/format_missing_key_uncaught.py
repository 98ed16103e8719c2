# A template references a field that was never supplied (uncaught KeyError)
tpl = "{user} logged in from {ip} at {time}"
events = [
    {"user": "ann", "ip": "10.0.0.1", "time": "09:00"},
    {"user": "ben", "ip": "10.0.0.7", "time": "09:05"},
    {"user": "cat", "ip": "10.0.0.9"},
]
for ev in events:
    print("rendering", ev["user"])
    print(tpl.format(**ev))
print("unreachable")
