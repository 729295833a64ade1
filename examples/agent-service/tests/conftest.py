import sys
from pathlib import Path

# Tests import the `app` package from the service's root.
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
