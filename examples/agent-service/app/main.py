"""The ASGI application of the contract, `app.main:app`, configured from the environment."""

from .config import Settings
from .service import create_app

app = create_app(Settings.from_env())
