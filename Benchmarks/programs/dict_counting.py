# Word-frequency counting with dict.get and `in`, then sorting the items by count.


def make_text(n_words, seed):
    syllables = ["ka", "lo", "mi", "ne", "ru", "ta", "shi", "po", "ve", "xu", "da", "fe"]
    words = []
    state = seed
    for _ in range(n_words):
        state = (state * 1103515245 + 12345) % 2147483648
        length = 1 + (state >> 16) % 3
        word = ""
        s = state
        for _ in range(length):
            word += syllables[s % len(syllables)]
            s //= 12
        words.append(word)
    return " ".join(words)


def count_words(text):
    counts = {}
    for word in text.split():
        counts[word] = counts.get(word, 0) + 1
    return counts


def count_pairs(words):
    pairs = {}
    for i in range(len(words) - 1):
        key = words[i] + "+" + words[i + 1]
        if key in pairs:
            pairs[key] += 1
        else:
            pairs[key] = 1
    return pairs


def main():
    text = make_text(700000, 42)
    counts = count_words(text)
    words = text.split()
    pairs = count_pairs(words)
    top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
    top_pairs = sorted(pairs.items(), key=lambda kv: kv[1], reverse=True)[:3]
    by_letter = {}
    for word, c in counts.items():
        first = word[0]
        by_letter[first] = by_letter.get(first, 0) + c
    print("distinct:", len(counts), "pairs:", len(pairs))
    print("top:", top)
    print("top pair counts:", [c for _, c in top_pairs])
    print("by letter:", sorted(by_letter.items()))


main()
