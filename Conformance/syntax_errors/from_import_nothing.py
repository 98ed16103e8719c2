import os
from x import
