# expect: ok
# 300,000 self-referencing lists and instance cycles become garbage; only a collector can free them.
class Node:
    pass

for i in range(150000):
    a = [i]
    a.append(a)
    n = Node()
    n.me = n
    n.payload = [0] * 100
print('done')
