def tokenize(text):
    tokens = []
    state = "start"
    buf = ""
    for ch in text + " ":
        if state == "start":
            if ch.isdigit():
                state, buf = "number", ch
            elif ch.isalpha():
                state, buf = "word", ch
            elif ch in "+-*/()":
                tokens.append(("op", ch))
            elif ch != " ":
                tokens.append(("error", ch))
        elif state == "number":
            if ch.isdigit():
                buf += ch
                continue
            tokens.append(("num", int(buf)))
            state = "start"
            if ch in "+-*/()":
                tokens.append(("op", ch))
        elif state == "word":
            if ch.isalnum():
                buf += ch
                continue
            tokens.append(("name", buf))
            state = "start"
            if ch in "+-*/()":
                tokens.append(("op", ch))
    return tokens


print(tokenize("x1 + 42*(y - 7)"))
print(tokenize("3 $ 4"))
print(tokenize(""))
