# Deduplicating and filtering text with sets (string sets are always sorted before printing)
text = """Python is a programming language that lets you work quickly and integrate
systems more effectively. Python is powerful and fast; plays well with others;
runs everywhere; is friendly and easy to learn; is open."""
stopwords = {"is", "a", "that", "you", "and", "more", "with", "to", "the", "well"}
tokens = [w.strip(".,;").lower() for w in text.split()]
vocab = set(tokens)
content = vocab - stopwords
print(len(tokens), len(vocab), len(content))
print(sorted(content))
print(sorted(vocab & stopwords))
print(sorted(stopwords - vocab))
first_seen = []
seen = set()
for t in tokens:
    if t not in seen:
        seen.add(t)
        first_seen.append(t)
print(first_seen[:10])
lengths = {len(w) for w in content}
print(lengths, min(lengths), max(lengths))
letters = set("".join(content))
print("".join(sorted(letters)), len(letters))
print(sorted(set("abcdefghijklmnopqrstuvwxyz") - letters))
doc_a = set("the cat sat on the mat".split())
doc_b = set("the dog sat on the log".split())
jaccard = len(doc_a & doc_b) / len(doc_a | doc_b)
print(sorted(doc_a & doc_b), sorted(doc_a ^ doc_b), round(jaccard, 4))
