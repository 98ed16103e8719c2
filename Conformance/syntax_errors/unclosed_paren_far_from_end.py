import sys

for i in range(3):
    if i:
        print(i)
    else:
        print("zero")


print(sys.argv

def g():
    return 2
