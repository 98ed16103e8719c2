# Tracking active sessions; removing an unknown id raises uncaught KeyError
active = set()
events = [("login", 101), ("login", 102), ("login", 103), ("logout", 102), ("logout", 101), ("logout", 250)]
for kind, uid in events:
    if kind == "login":
        active.add(uid)
    else:
        active.remove(uid)
    print(f"{kind:<6} {uid} -> active={sorted(active)}")
print("unreachable")
