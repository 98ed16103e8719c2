# expect: error:PermissionError
# Writing a host file.
with open('/tmp/monty_hostile_pwned', 'w') as f:
    f.write('pwned')
print('wrote a file')
