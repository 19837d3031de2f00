"""Values of the real production settings module, as a server started with given variables
would compute them.

The settings are read once, at start-up, from the environment: a test cannot re-read them
in its own process (config.settings.base is already imported with the test's environment).
A short subprocess imports config.settings.production with the variables asked for and
prints the values, so the tests apply what production really has, not a copy of it.
"""

import functools
import json
import os
import secrets
import subprocess
import sys
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parents[1]

PRINT_VALUES = """
import json, sys
from config.settings import production
print(json.dumps({name: getattr(production, name) for name in sys.argv[1:]}, default=str))
"""


def production_settings(*names, **env):
    """{name: value} for each of `names` in config.settings.production under `env`."""
    return dict(_production_settings(names, tuple(sorted(env.items()))))


@functools.cache
def _production_settings(names, env):
    result = subprocess.run(
        [sys.executable, "-c", PRINT_VALUES, *names],
        env={
            **os.environ,
            "SECRET_KEY": secrets.token_urlsafe(50),
            "ALLOWED_HOSTS": "portail.example.org",
            **dict(env),
        },
        cwd=BASE_DIR,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    return tuple(json.loads(result.stdout).items())
