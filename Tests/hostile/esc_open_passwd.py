# expect: error:PermissionError
# Reading a host file.
print(open('/etc/passwd').read())
