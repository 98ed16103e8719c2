// GNU readline for the REPL (line editing and history). Only the `monty` executable links it.
#include <stdio.h>
#include <readline/readline.h>
#include <readline/history.h>
