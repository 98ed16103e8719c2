# expect: recursion
# __hash__ that hashes self, triggered by a dict insert.
class A:
    def __hash__(self):
        return hash(self)

d = {A(): 1}
