command = 'go'
match command:
    case 'stop':
        print('stopping')
    case 'go'
        print('going')
