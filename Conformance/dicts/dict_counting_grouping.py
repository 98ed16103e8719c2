# Counting and grouping with plain dicts
text = "the rain in spain stays mainly in the plain"
letter_counts = {}
for ch in text:
    if ch != " ":
        letter_counts[ch] = letter_counts.get(ch, 0) + 1
top = sorted(letter_counts.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
print(top)
words = text.split()
by_first = {}
for w in words:
    by_first.setdefault(w[0], []).append(w)
print(by_first)
by_len = {}
for w in words:
    by_len[len(w)] = by_len.get(len(w), set()) | {w}
print({k: sorted(v) for k, v in sorted(by_len.items())})
transactions = [("2024-01", "food", 12.5), ("2024-01", "rent", 900.0), ("2024-02", "food", 30.25),
                ("2024-02", "fun", 45.0), ("2024-01", "food", 7.75), ("2024-02", "rent", 900.0)]
monthly = {}
for month, cat, amt in transactions:
    monthly.setdefault(month, {})
    monthly[month][cat] = monthly[month].get(cat, 0) + amt
for month in sorted(monthly):
    cats = monthly[month]
    detail = ", ".join(f"{c}={v:.2f}" for c, v in sorted(cats.items()))
    print(month, detail, "total", sum(cats.values()))
votes = ["red", "blue", "red", "green", "blue", "red", "blue", "blue"]
tally = {}
for v in votes:
    tally[v] = tally.get(v, 0) + 1
winner = max(tally, key=tally.get)
print(tally, "winner:", winner)
ranked = sorted(tally, key=lambda c: tally[c], reverse=True)
print(ranked)
index = {}
for i, w in enumerate(words):
    index.setdefault(w, []).append(i)
print({w: pos for w, pos in index.items() if len(pos) > 1})
