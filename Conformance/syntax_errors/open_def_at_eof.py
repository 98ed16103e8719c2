import os

def f():
