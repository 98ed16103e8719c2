class Parser:
    def __init__(self, text):
        self.text = text
        self.pos = 0

    def peek(self):
        return self.text[self.pos] if self.pos < len(self.text) else None

    def parse_number(self):
        start = self.pos
        while self.peek() is not None and self.peek().isdigit():
            self.pos += 1
        return int(self.text[start:self.pos])

    def parse_sum(self):
        total = self.parse_number()
        while self.peek() == "+":
            self.pos += 1
            total += self.parse_number()
        return total


print(Parser("1+22+333").parse_sum())
print(Parser("7").parse_sum())
print(Parser("4+x").parse_sum())
