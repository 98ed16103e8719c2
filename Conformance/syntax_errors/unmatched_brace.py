d = {}
d['k'] = 1
}
print(d)
