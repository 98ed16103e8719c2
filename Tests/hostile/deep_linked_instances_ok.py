# expect: ok
# A 10**5-long linked list of instances, live during collections, then walked.
class Node:
    def __init__(self, nxt):
        self.next = nxt

head = None
for _ in range(10**5):
    head = Node(head)
for i in range(300):
    junk = [i] * 100000
n = 0
while head is not None:
    head = head.next
    n += 1
print(n)
