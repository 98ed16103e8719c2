# Reporting the top score per team; an empty team raises uncaught ValueError from max()
teams = {"red": [12, 30, 7], "blue": [25, 25], "green": [], "gold": [40]}
print("teams:", list(teams))
print("sizes:", [len(s) for s in teams.values()])
print("safe:", {t: max(s, default=None) for t, s in teams.items()})
for team, scores in teams.items():
    print(team, "count", len(scores))
    best = max(scores)
    print(f"  best={best} avg={sum(scores) / len(scores):.1f}")
print("unreachable")
