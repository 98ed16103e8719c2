# Word frequency analysis of a paragraph
text = """It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity, it was the season of Light, it was the season of Darkness."""
punct = ".,;:!?\"'"
words = []
for raw in text.split():
    w = raw.strip(punct).lower()
    if w:
        words.append(w)
print("total words:", len(words))
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
print("unique words:", len(freq))
ranked = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))
for word, count in ranked[:8]:
    print(f"{word:<12}{count:>3} {'*' * count}")
longest = max(words, key=len)
print("longest:", longest, len(longest))
by_len = {}
for w in sorted(set(words)):
    by_len.setdefault(len(w), []).append(w)
for n in sorted(by_len):
    print(n, ", ".join(by_len[n]))
first_letters = sorted({w[0] for w in words})
print("".join(first_letters))
sentences = [s.strip() for s in text.replace("\n", " ").split(",") if s.strip()]
print(len(sentences), sentences[0], "|", sentences[-1])
caps = [w.strip(punct) for w in text.split() if w[0].isupper()]
print(caps)
avg = sum(len(w) for w in words) / len(words)
print(f"average length {avg:.3f}")
