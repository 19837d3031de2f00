"""The README's production steps, run as the README writes them, on an empty database.

The commands are read from the README's "Running in production" block, so the test runs
whatever a newcomer would; it only supplies the values the README leaves as "…", keeps
the files it writes in a temporary folder, and has gunicorn listen on a free local port.
"""

import os
import re
import secrets
import shlex
import shutil
import subprocess
import sys
import urllib.request
from pathlib import Path

from tests.live_server import free_port, wait_until_serving

BASE_DIR = Path(__file__).resolve().parents[2]
# The production settings redirect plain HTTP; the proxy in front says it was HTTPS.
BEHIND_TLS = {"X-Forwarded-Proto": "https"}


def production_steps():
    """The exported variables and the commands of the README's production block."""
    readme = (BASE_DIR / "README.md").read_text()
    section = readme.split("## Running in production", 1)[1]
    block = re.search(r"```sh\n(.*?)```", section, re.S).group(1)
    variables, commands = {}, []
    for line in block.splitlines():
        if line.startswith("export "):
            variables.update(item.split("=", 1) for item in shlex.split(line)[1:])
        elif line.strip():
            commands += [shlex.split(command) for command in line.split("&&")]
    return variables, commands


def environment(variables, folder, port):
    """The README's variables with values for this machine in place of its "…"."""
    given = {
        "SECRET_KEY": secrets.token_urlsafe(50),
        "ALLOWED_HOSTS": "127.0.0.1",
        "DATABASE_URL": f"sqlite:///{folder / 'site.sqlite3'}",
        "REDIS_URL": os.environ.get("REDIS_URL", ""),
        "WAGTAILADMIN_BASE_URL": f"http://127.0.0.1:{port}",
    }
    unknown = {name for name, value in variables.items() if value == "…"} - given.keys()
    assert not unknown, f"the README exports {unknown}: give the test a value for them"
    return {
        **os.environ,
        **{name: given.get(name, value) for name, value in variables.items()},
        "STATIC_ROOT": str(folder / "static"),
        "MEDIA_ROOT": str(folder / "media"),
    }


def executable(command, port):
    """`command` with this interpreter and virtualenv, gunicorn bound to `port`."""
    program, *args = command
    if program == "python":
        return [sys.executable, *args]
    assert program == "gunicorn", f"the test does not know how to run {program!r}"
    args[args.index("--bind") + 1] = f"127.0.0.1:{port}"
    return [shutil.which("gunicorn", path=str(Path(sys.executable).parent)), *args]


def get(url):
    with urllib.request.urlopen(urllib.request.Request(url, headers=BEHIND_TLS)) as response:
        return response.status, response.read().decode()


def test_the_readme_names_the_steps_this_test_runs():
    variables, commands = production_steps()
    assert variables["DJANGO_SETTINGS_MODULE"] == "config.settings.production"
    names = [command[2] for command in commands if command[0] == "python"]
    assert names.index("migrate") < names.index("setup_site")  # the roles, then the site
    assert commands[-1][0] == "gunicorn"


def test_the_readme_production_steps_serve_the_site_on_an_empty_database(tmp_path):
    variables, commands = production_steps()
    port = free_port()
    env = environment(variables, tmp_path, port)
    *set_up, serve = [executable(command, port) for command in commands]
    for command in set_up:
        subprocess.run(command, env=env, cwd=BASE_DIR, check=True, capture_output=True)
    server = subprocess.Popen(serve, env=env, cwd=BASE_DIR)
    base = f"http://127.0.0.1:{port}"
    try:
        wait_until_serving(f"{base}/fr/", server, headers=BEHIND_TLS)
        status, french = get(f"{base}/fr/")
        assert status == 200 and '<html lang="fr"' in french
        status, english = get(f"{base}/en/")
        assert status == 200 and '<html lang="en"' in english
        # Each language's home: the French page and its English translation.
        assert "<title>Accueil · Avise</title>" in french
        assert "<title>Home · Avise</title>" in english
        status, login = get(f"{base}/admin/login/")
        assert status == 200 and 'name="password"' in login
    finally:
        server.terminate()
        server.wait(timeout=10)
