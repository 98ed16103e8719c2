d = {}
x = {**d for _ in range(3)}
