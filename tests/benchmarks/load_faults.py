# ruff: noqa: T201  (a report printed for a person)
"""The resilience run: load and faults, by hand (`make bench-load`), never in CI.

It exits 1 when one of its checks fails. Everything it uses it starts itself, on free
ports, and stops at the end whatever happens (never the machine's shared services):

- a PostgreSQL cluster: `initdb` in a temporary directory, then `pg_ctl` (binaries from
  `pg_config --bindir`, else the newest /usr/lib/postgresql/*/bin). initdb refuses to run
  as root: run as root, the script runs initdb and pg_ctl as the `postgres` system user
  (`runuser -u postgres`), which then owns the data directory;
- a Redis server: `redis-server --port <free> --save '' --appendonly no`;
- gunicorn (LOAD_WORKERS=3 workers x 8 threads) under the production settings and their
  limits (login lockout, contact rate limit), behind a simulated TLS proxy: each request
  says X-Forwarded-Proto: https and carries its reader's own address in X-Forwarded-For,
  with TRUSTED_PROXY_COUNT=1, so the per-address limits count per reader. Anonymous pages
  are cached for PAGE_CACHE_SECONDS=30 (the production default, 0, caches nothing), and
  e-mail goes to Django's dummy backend.

It migrates, loads the communes of the tests' gazetteer sample and of the demo, the whole
demo (`load_demo`) and accounts to log in with. Then LOAD_CONNECTIONS (50) readers, each
from its own address, run for LOAD_SECONDS (60) over pages, searches, directory queries,
logins (right and wrong passwords) and contact requests, while:

- an editor publishes one of three pages every 5 s (the ORM, in another process);
- at 25 % of the run PostgreSQL is restarted (`pg_ctl restart -m fast`;
  LOAD_PG_STOP_MODE=immediate makes it a crash and a recovery);
- at 50 % Redis is stopped, and started again (empty) at 75 %;
- each phase (before the faults, after the restart, Redis down, Redis back) lasts until
  its planned end and until a login sent during it has been acknowledged, and the Redis
  outage until the lockout series below is done: each login costs a password hash, which
  takes seconds on a busy machine;
- a prober logs in every 2 s, from a new address each time (never locked out), and opens
  the admin with the session it was given; /health/ is read four times a second;
- the lockout is tried before the load (the control) and while Redis is down:
  LOGIN_FAILURE_LIMIT + 1 wrong passwords then the right one, one account, one address.

Checks (exit 1 when one fails):
1. no 5xx and no unanswered request (nor failed publication) outside the outage windows;
   a request is inside a window when it overlapped the time from the fault to the
   service being back;
2. no unexpected answer outside them (403, 404, 400...; 429 is a limit doing its job;
   inside, an outage may give a 400: Django's answer when a session cannot be saved);
3. no acknowledged write lost: every contact request answered by the confirmation redirect
   is in the database, every login answered by the redirect to the admin has its session,
   every publication that returned is stored, its page's live revision is the last one
   returned (or a later one), and readers are shown it;
4. a login was acknowledged in each phase, its request sent and answered within it:
   before the faults, after the PostgreSQL restart, while Redis was down, after it came
   back;
5. the lockout held before the load and during the Redis outage: the wrong password
   beyond the limit answered 429 (or the lockout page), the right password 429 too.
It also prints requests, throughput and latencies per kind, each fault's length and
failures, and its recovery time: from the service back to /health/ seeing it ok.

For a quick run: LOAD_SECONDS=20 LOAD_CONNECTIONS=20. Setting up takes one to three
minutes. The data is deleted at the end; the run's folder keeps the logs (gunicorn,
PostgreSQL, Redis), every request (requests.csv) and the faults, publications, logins and
lockout series (events.json), its path printed last.
"""

import contextlib
import csv
import glob
import html
import http.client
import json
import os
import random
import re
import secrets
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import xml.etree.ElementTree as ET
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote, urlencode, urlparse

BASE_DIR = Path(__file__).resolve().parents[2]
PYTHON = str(BASE_DIR / ".venv" / "bin" / "python")
GUNICORN = str(BASE_DIR / ".venv" / "bin" / "gunicorn")
HOST = "127.0.0.1"
DATABASE = "avise_load"

SECONDS = float(os.environ.get("LOAD_SECONDS") or 60)
CONNECTIONS = int(os.environ.get("LOAD_CONNECTIONS") or 50)
WORKERS = int(os.environ.get("LOAD_WORKERS") or 3)
PG_STOP_MODE = os.environ.get("LOAD_PG_STOP_MODE") or "fast"
PAGE_CACHE_SECONDS = os.environ.get("PAGE_CACHE_SECONDS") or "30"
# When each fault happens, as a fraction of the run.
PG_RESTART_AT = 0.25
REDIS_DOWN_FROM, REDIS_DOWN_UNTIL = 0.50, 0.75
LOCKOUT_CONTROL_AT = 0.10
PUBLISH_EVERY = 5.0
PROBE_EVERY = 2.0

PASSWORD = "load-run-" + secrets.token_hex(8)
RUN_ID = secrets.token_hex(4)
PUBLISHED_PAGES = 3
SEARCH_WORDS = ["coopération", "emploi", "mobilité", "alimentation", "PTCE", "SCIC",
                "santé", "numérique", "logement", "incubateur", "coperation", "xyzzy"]  # fmt: skip
DIRECTORY_COMMUNES = ["42218", "69123", "75056", "13055", "33063", "35238", "67482", "97120"]
# What each reader does, with its weight. Logins are rare: each costs a password hash
# (about half a second of CPU with Django's default PBKDF2).
MIX = {"page": 53, "search": 20, "directory": 16, "contact": 8, "login": 3}
# Answers that are normal for each kind of request; 5xx and no answer are errors, the
# rest is unexpected.
EXPECTED = {
    "page": {200},
    "search": {200},
    "directory": {200},
    "login-form": {200},
    "login": {200, 302, 429},  # the form again, the admin, locked out
    "contact-form": {200},
    "contact": {302, 429},  # the confirmation, over the per-address limit
    "admin": {200},
    "lockout": {200, 302, 429},  # judged by check 5
    "health": {200},  # 503 while a service is down, an error outside the outage windows
}
LOCKOUT_TEXT = b"Too many failed sign-in attempts"
CSRF_FIELD = re.compile(rb'name="csrfmiddlewaretoken" value="([^"]+)"')


# --- Services the run starts ---------------------------------------------------------


def free_port():
    with socket.socket() as sock:
        sock.bind((HOST, 0))
        return sock.getsockname()[1]


def wait_for(ready, what, timeout=60):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if ready():
            return
        time.sleep(0.2)
    raise RuntimeError(f"{what} not ready within {timeout} s")


def postgres_bindir():
    with contextlib.suppress(OSError, subprocess.CalledProcessError):
        bindir = subprocess.run(
            ["pg_config", "--bindir"], capture_output=True, text=True, check=True
        ).stdout.strip()
        if Path(bindir, "initdb").exists():
            return Path(bindir)
    candidates = sorted(
        glob.glob("/usr/lib/postgresql/*/bin/initdb"),
        key=lambda path: int(Path(path).parts[-3]) if Path(path).parts[-3].isdigit() else 0,
    )
    if not candidates:
        raise RuntimeError("No PostgreSQL binaries: install PostgreSQL (initdb, pg_ctl).")
    return Path(candidates[-1]).parent


class Postgres:
    """A throwaway cluster in `folder`, on its own port, trust authentication on loopback."""

    def __init__(self, folder, log):
        self.bindir = postgres_bindir()
        self.data = folder / "pgdata"
        self.log = log
        self.port = free_port()
        self.url = f"postgres://postgres@{HOST}:{self.port}/{DATABASE}"
        # initdb and postgres refuse root; the system's `postgres` user runs them then.
        self.as_owner = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []
        self.owner = "postgres" if os.geteuid() == 0 else None

    def _run(self, *command, timeout=120):
        subprocess.run(
            [*self.as_owner, str(self.bindir / command[0]), *command[1:]],
            check=True,
            capture_output=True,
            timeout=timeout,
        )

    def _ctl(self, *args):
        self._run("pg_ctl", "-D", str(self.data), "-l", str(self.log), "-w", "-t", "60", *args)

    def create(self):
        self.data.mkdir()
        self.log.touch()
        if self.owner:
            shutil.chown(self.data, self.owner)
            shutil.chown(self.log, self.owner)
        self._run("initdb", "-D", str(self.data), "-U", "postgres", "-A", "trust", "-E", "UTF8",
                  "--locale=C.UTF-8", "--no-sync")  # fmt: skip
        settings = (
            f"port = {self.port}\nlisten_addresses = '{HOST}'\n"
            f"unix_socket_directories = '{self.data}'\nmax_connections = 100\n"
            "shared_buffers = 64MB\nfsync = on\nsynchronous_commit = on\n"
        )
        with (self.data / "postgresql.conf").open("a") as conf:
            conf.write(settings)
        self._ctl("start")
        self._run("createdb", "-h", HOST, "-p", str(self.port), "-U", "postgres", DATABASE)

    def restart(self):
        self._ctl("restart", "-m", PG_STOP_MODE)

    def stop(self):
        try:
            self._ctl("stop", "-m", "fast")
        except subprocess.SubprocessError:
            self._ctl("stop", "-m", "immediate")

    def connect(self):
        import psycopg  # the project's own driver, in .venv

        return psycopg.connect(
            host=HOST, port=self.port, user="postgres", dbname=DATABASE, autocommit=True
        )


class Redis:
    """A Redis server of our own that keeps nothing on disk."""

    def __init__(self, folder, log):
        self.folder = folder
        self.log = log
        self.port = free_port()
        self.url = f"redis://{HOST}:{self.port}/0"
        self.process = None

    def start(self):
        self.process = subprocess.Popen(
            ["redis-server", "--port", str(self.port), "--bind", HOST, "--save", "",
             "--appendonly", "no", "--dir", str(self.folder), "--logfile", str(self.log)],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )  # fmt: skip
        wait_for(self.answers, "Redis", timeout=30)

    def answers(self):
        try:
            with socket.create_connection((HOST, self.port), timeout=1) as sock:
                sock.sendall(b"PING\r\n")
                return sock.recv(16).startswith(b"+PONG")
        except OSError:
            return False

    def stop(self):
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()  # with --save '' nothing is written
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=10)


def start_gunicorn(env, port, log):
    server = subprocess.Popen(
        [GUNICORN, "config.wsgi", "-b", f"{HOST}:{port}", "-w", str(WORKERS), "-k", "gthread",
         "--threads", "8", "--timeout", "30", "--graceful-timeout", "5"],
        env=env, cwd=BASE_DIR, stdout=subprocess.DEVNULL, stderr=log.open("w"),
        start_new_session=True,
    )  # fmt: skip

    def answers():
        if server.poll() is not None:
            raise RuntimeError(f"gunicorn exited with {server.returncode}: see {log}")
        with contextlib.suppress(OSError):
            return Site(port).call("GET", "/health/", "10.0.0.1").status == 200
        return False

    wait_for(answers, "gunicorn")
    return server


def stop_gunicorn(server):
    if server.poll() is None:
        os.killpg(server.pid, signal.SIGTERM)
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(server.pid, signal.SIGKILL)
            server.wait(timeout=10)


def django_env(folder, postgres, redis, site_port):
    """Production settings; only what a deployment sets. Nothing else of the caller's
    environment is passed on, so no limit can be changed by accident."""
    kept = {name: os.environ[name] for name in ("PATH", "HOME", "LANG") if name in os.environ}
    return {
        **kept,
        "DJANGO_SETTINGS_MODULE": "config.settings.production",
        "SECRET_KEY": secrets.token_urlsafe(50),
        "ALLOWED_HOSTS": HOST,
        "DATABASE_URL": postgres.url,
        "REDIS_URL": redis.url,
        "TRUSTED_PROXY_COUNT": "1",
        "WAGTAILADMIN_BASE_URL": f"https://{HOST}:{site_port}",
        "PAGE_CACHE_SECONDS": PAGE_CACHE_SECONDS,
        "STATIC_ROOT": str(folder / "static"),
        "MEDIA_ROOT": str(folder / "media"),
        "EMAIL_BACKEND": "django.core.mail.backends.dummy.EmailBackend",
        "LOG_LEVEL": "ERROR",
    }


def in_django(env, *args):
    """Run this module's `args` command in a Django process with the run's settings."""
    return subprocess.Popen(
        [PYTHON, "-m", "tests.benchmarks.load_faults", *args],
        env=env, cwd=BASE_DIR, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
    )  # fmt: skip


def tagged_lines(output, tag):
    return [json.loads(line[len(tag) :]) for line in output.splitlines() if line.startswith(tag)]


# --- Commands run inside Django (child processes) ------------------------------------


def django_setup():
    """Migrate, load the gazetteer sample and the demo, create the accounts; prints SETUP."""
    import django

    django.setup()
    from django.conf import settings
    from django.contrib.auth.hashers import make_password
    from django.contrib.auth.models import Group, User
    from django.core.management import call_command
    from wagtail.models import Page

    from network.models import Organisation
    from territories import loader
    from tests.demo.test_load_demo import communes_the_demo_names
    from tests.network.factories import GAZETTEER_SAMPLE

    call_command("compile_catalogues", verbosity=0)
    call_command("migrate", "--noinput", verbosity=0)
    loader.load(only_insee=GAZETTEER_SAMPLE | communes_the_demo_names())
    call_command("load_demo")
    call_command("collectstatic", "--noinput", verbosity=0)

    editors = Group.objects.get(name="Editors")
    password = make_password(os.environ["LOAD_PASSWORD"])  # one hash for every account
    names = [f"load-reader-{index:03d}" for index in range(int(os.environ["LOAD_READERS"]))]
    names += ["load-prober", "load-lockout-control", "load-lockout-outage"]
    for name in names:
        user = User.objects.create(username=name, email=f"{name}@example.org", password=password)
        user.groups.add(editors)

    pages = (
        Page.objects.live()
        .public()
        .filter(locale__language_code="fr", depth=3)
        .order_by("path")[:PUBLISHED_PAGES]
    )
    print(
        "SETUP "
        + json.dumps(
            {
                "pages": [{"id": page.pk, "url": page.get_url()} for page in pages],
                "contact_slugs": list(
                    Organisation.objects.listed()
                    .exclude(email="")
                    .order_by("slug")
                    .values_list("slug", flat=True)[:20]
                ),
                "settings": {
                    name: getattr(settings, name)
                    for name in (
                        "LOGIN_FAILURE_LIMIT",
                        "LOGIN_LOCKOUT_MINUTES",
                        "CONTACT_RATE_LIMIT",
                        "CONTACT_RATE_WINDOW_SECONDS",
                        "TRUSTED_PROXY_COUNT",
                        "AXES_HANDLER",
                        "PAGE_CACHE_SECONDS",
                    )
                },
            }
        ),
        flush=True,
    )


def django_publish(run_id, page_ids):
    """Publish a new revision of each page in turn until SIGTERM; prints PUBLISH lines."""
    import django

    django.setup()
    from django.db import close_old_connections, connection
    from wagtail.models import Page

    stopping = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_args: stopping.set())  # after this publication
    ids = [int(page_id) for page_id in page_ids.split(",")]
    number = 0
    while not stopping.is_set():
        number += 1
        page_id = ids[number % len(ids)]
        began = time.time()
        result = {"page": page_id, "start": began}
        close_old_connections()  # as at the start of a request: a dead connection is replaced
        try:
            page = Page.objects.get(pk=page_id).specific
            page.title = re.sub(r" \[[^]]*\]$", "", page.title) + f" [{run_id}-{number}]"
            revision = page.save_revision()
            revision.publish()
            result.update(ok=True, revision=revision.pk, marker=f"[{run_id}-{number}]")
        except Exception as error:  # the database may be restarting: report and go on
            result.update(ok=False, error=type(error).__name__)
            connection.close()
        result["end"] = time.time()
        print("PUBLISH " + json.dumps(result), flush=True)
        stopping.wait(max(0.0, began + PUBLISH_EVERY - time.time()))


# --- The client ----------------------------------------------------------------------


@dataclass
class Answer:
    status: int
    location: str
    body: bytes
    cookies: dict
    cache: str | None


class Site:
    def __init__(self, port):
        self.port = port
        self.origin = f"https://{HOST}:{port}"

    def call(self, method, path, address, cookies=None, form=None, language="fr", timeout=30):
        """One request as the TLS proxy would pass it on for the reader at `address`."""
        headers = {
            "X-Forwarded-For": address,
            "X-Forwarded-Proto": "https",
            "Accept-Language": language,
            "User-Agent": "avise-load",
        }
        body = None
        if cookies:
            headers["Cookie"] = "; ".join(f"{name}={value}" for name, value in cookies.items())
        if form is not None:
            body = urlencode(form)
            headers["Content-Type"] = "application/x-www-form-urlencoded"
            headers["Origin"] = self.origin
            headers["Referer"] = self.origin + path
        connection = http.client.HTTPConnection(HOST, self.port, timeout=timeout)
        try:
            connection.request(method, path, body=body, headers=headers)
            response = connection.getresponse()
            content = response.read()
        finally:
            connection.close()
        set_cookies = {}
        for name, value in response.getheaders():
            if name.lower() == "set-cookie":
                key, _sep, rest = value.split(";", 1)[0].partition("=")
                set_cookies[key.strip()] = rest.strip()
        return Answer(
            response.status,
            response.getheader("Location") or "",
            content,
            set_cookies,
            response.getheader("X-Cache"),
        )


@dataclass
class Sample:
    kind: str
    start: float
    end: float
    status: int  # 0: no answer (refused, reset, timed out)
    cache: str | None = None
    health: dict | None = None  # /health/'s checks: {"database": "ok", "cache": "error"...}


@dataclass
class Ledger:
    """What the run did and what the site acknowledged."""

    samples: list = field(default_factory=list)
    contacts_sent: int = 0
    contacts_acknowledged: list = field(default_factory=list)  # markers
    logins_acknowledged: list = field(default_factory=list)  # (session key, start, end)
    lockouts: dict = field(default_factory=dict)  # name -> LockoutSeries
    lock: threading.Lock = field(default_factory=threading.Lock)

    def request(self, site, kind, method, path, address, **kwargs):
        began = time.time()
        try:
            answer = site.call(method, path, address, **kwargs)
        except (OSError, http.client.HTTPException):
            answer = None
        sample = Sample(kind, began, time.time(), answer.status if answer else 0)
        if answer:
            sample.cache = answer.cache
            if kind == "health":
                with contextlib.suppress(ValueError):
                    sample.health = json.loads(answer.body)["checks"]
        self.samples.append(sample)
        return answer

    def next_marker(self):
        with self.lock:
            self.contacts_sent += 1
            return f"load-{RUN_ID}-{self.contacts_sent}"


def log_in(site, ledger, username, password, address):
    """The admin's login form, then its POST; returns (answer, session key if acknowledged)."""
    form = ledger.request(site, "login-form", "GET", "/admin/login/", address, language="en")
    if form is None or form.status != 200:
        return None, None
    token = CSRF_FIELD.search(form.body)
    began = time.time()
    answer = ledger.request(
        site, "login", "POST", "/admin/login/", address, cookies=form.cookies, language="en",
        form={"csrfmiddlewaretoken": token.group(1).decode() if token else "",
              "username": username, "password": password, "next": "/admin/"},
    )  # fmt: skip
    if answer and answer.status == 302 and answer.location == "/admin/":
        session = answer.cookies.get("sessionid")
        if session:
            ledger.logins_acknowledged.append((session, began, time.time()))
            return answer, session
    return answer, None


def send_contact(site, ledger, slug, address):
    path = f"/fr/contact/{slug}/"
    form = ledger.request(site, "contact-form", "GET", path, address)
    if form is None or form.status != 200:
        return
    token = CSRF_FIELD.search(form.body)
    marker = ledger.next_marker()
    answer = ledger.request(
        site, "contact", "POST", path, address, cookies=form.cookies,
        form={"csrfmiddlewaretoken": token.group(1).decode() if token else "",
              "name": "Lecteur de charge", "email": "charge@example.org",
              "requester_organisation": "Commune de test",
              "message": f"Demande de test {marker}", "website": ""},
    )  # fmt: skip
    if answer and answer.status == 302 and answer.location.endswith(f"{path}sent/"):
        ledger.contacts_acknowledged.append(marker)


class Clock:
    """The run's time line. The main thread ends it: at LOAD_SECONDS, or later when the
    Redis outage had to last longer, so that the last phase is never cut short."""

    def __init__(self):
        self.started = time.time()
        self.ended = None
        self.stop = threading.Event()

    def at(self, fraction):
        return self.started + fraction * SECONDS

    def running(self):
        return not self.stop.is_set()

    def end(self):
        self.ended = time.time()
        self.stop.set()


def reader(site, ledger, index, pages, slugs, clock):
    address = f"10.20.{index // 250}.{index % 250 + 1}"
    username = f"load-reader-{index:03d}"
    rng = random.Random(index)
    kinds, weights = list(MIX), list(MIX.values())
    while clock.running():
        kind = rng.choices(kinds, weights)[0]
        if kind == "page":
            ledger.request(site, "page", "GET", rng.choice(pages), address)
        elif kind == "search":
            language = rng.choice(["fr", "en"])
            path = f"/{language}/search/?q={quote(rng.choice(SEARCH_WORDS))}"
            ledger.request(site, "search", "GET", path, address, language=language)
        elif kind == "directory":
            commune = rng.choice(DIRECTORY_COMMUNES)
            path = rng.choice(
                [f"/api/directory/nearby/?commune={commune}", f"/fr/annuaire/?commune={commune}"]
            )
            ledger.request(site, "directory", "GET", path, address)
        elif kind == "contact" and slugs:
            send_contact(site, ledger, rng.choice(slugs), address)
        elif kind == "login":
            right = rng.random() < 0.75
            log_in(site, ledger, username, PASSWORD if right else "not-the-password", address)


def health_poller(site, ledger, clock, offset):
    """/health/ every second, four pollers a quarter of a second apart, however slow each
    answer: when the site sees each service back (the recovery time)."""
    clock.stop.wait(offset)
    while clock.running():
        began = time.time()
        ledger.request(site, "health", "GET", "/health/", "10.0.0.4")
        clock.stop.wait(max(0.0, began + 1.0 - time.time()))


def probe_login(site, ledger, number):
    """Log in from a new address (never locked out), then open the admin with the session:
    anything but the dashboard (200) fails check 1 or 2."""
    address = f"10.30.{number // 250}.{number % 250 + 1}"
    _answer, session = log_in(site, ledger, "load-prober", PASSWORD, address)
    if session:
        ledger.request(site, "admin", "GET", "/admin/", address, cookies={"sessionid": session})


def prober(site, ledger, clock):
    """A login every PROBE_EVERY seconds, each in its own thread: however long one takes,
    every phase of the run gets its share."""
    probes = []
    while clock.running():
        probes.append(threading.Thread(target=probe_login, args=(site, ledger, len(probes) + 1)))
        probes[-1].start()
        clock.stop.wait(PROBE_EVERY)
    for probe in probes:
        probe.join(timeout=60)


@dataclass
class LockoutSeries:
    start: float
    end: float
    limit: int
    wrong: list  # (status, refused as a lockout) of each wrong password, in order
    right: int  # the status of the right password afterwards

    def enforced(self):
        """Beyond the limit each wrong password is refused as a lockout, the right one too."""
        beyond = self.wrong[self.limit :]
        return bool(beyond) and all(refused for _status, refused in beyond) and self.right == 429

    def statuses(self):
        return [status for status, _refused in self.wrong]


def lockout_series(site, ledger, username, address, limit):
    """LOGIN_FAILURE_LIMIT + 1 wrong passwords, then the right one, as a client sees them."""
    began = time.time()
    form = ledger.request(site, "login-form", "GET", "/admin/login/", address, language="en")
    token = CSRF_FIELD.search(form.body) if form and form.status == 200 else None

    def attempt(password):
        return ledger.request(
            site, "lockout", "POST", "/admin/login/", address,
            cookies=form.cookies if form else {}, language="en",
            form={"csrfmiddlewaretoken": token.group(1).decode() if token else "",
                  "username": username, "password": password, "next": "/admin/"},
        )  # fmt: skip

    wrong = []
    for _attempt in range(limit + 1):
        answer = attempt("not-the-password")
        if answer is None:
            wrong.append((0, False))
        else:
            wrong.append((answer.status, answer.status == 429 or LOCKOUT_TEXT in answer.body))
    right = attempt(PASSWORD)
    return LockoutSeries(began, time.time(), limit, wrong, right.status if right else 0)


# --- The run -------------------------------------------------------------------------


@dataclass
class Window:
    name: str
    start: float
    back: float | None = None

    def overlaps(self, start, end):
        return start < (self.back or float("inf")) and end > self.start


def page_paths(site):
    answer = site.call("GET", "/sitemap.xml", "10.0.0.1")
    namespace = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}
    locations = ET.fromstring(answer.body).findall(".//s:loc", namespace)
    return [urlparse(node.text).path for node in locations] or ["/fr/", "/en/"]


def warm_up(site, paths):
    """One pass over every page first (renditions, menus), four at a time."""
    queue = list(paths)
    lock = threading.Lock()

    def work():
        while True:
            with lock:
                if not queue:
                    return
                path = queue.pop()
            with contextlib.suppress(OSError, http.client.HTTPException):
                site.call("GET", path, "10.0.0.2")

    threads = [threading.Thread(target=work) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()


def sleep_until(moment):
    time.sleep(max(0.0, moment - time.time()))


def end_phase(ledger, began, planned, longest=60.0):
    """Wait for the planned end of a phase, and for a login sent since it began to be
    acknowledged (check 4): logins take seconds on a busy machine. Gives up after
    `longest` more seconds; check 4 then fails."""
    sleep_until(planned)
    deadline = time.time() + longest
    while time.time() < deadline and not any(
        start >= began for _key, start, _end in ledger.logins_acknowledged
    ):
        time.sleep(0.2)


def run_load(site, env, setup, postgres, redis):
    """The readers, the editor, the prober and the faults; returns what happened."""
    ledger = Ledger()
    pages = page_paths(site)
    warm_up(site, pages)
    # The control, with every service up and before the load: the check can pass.
    ledger.lockouts["control"] = lockout_series(
        site, ledger, "load-lockout-control", "10.40.0.1", setup["settings"]["LOGIN_FAILURE_LIMIT"]
    )
    clock = Clock()
    publisher = in_django(
        env, "publish", RUN_ID, ",".join(str(page["id"]) for page in setup["pages"])
    )
    try:
        windows = run_faults(site, ledger, clock, pages, setup, postgres, redis)
    finally:
        publisher.send_signal(signal.SIGTERM)  # it stops after its current publication
        output, _ = publisher.communicate(timeout=120)
    return ledger, windows, tagged_lines(output, "PUBLISH "), clock


def run_faults(site, ledger, clock, pages, setup, postgres, redis):
    """Readers and the prober run while the faults happen on time; returns the windows."""
    threads = [
        threading.Thread(
            target=reader, args=(site, ledger, index, pages, setup["contact_slugs"], clock)
        )
        for index in range(CONNECTIONS)
    ] + [
        threading.Thread(target=prober, args=(site, ledger, clock)),
        *(
            threading.Thread(target=health_poller, args=(site, ledger, clock, quarter / 4))
            for quarter in range(4)
        ),
    ]
    for thread in threads:
        thread.daemon = True
        thread.start()
    print(
        f"run {RUN_ID}: {CONNECTIONS} readers for {SECONDS:.0f} s over {len(pages)} pages, "
        f"gunicorn {WORKERS} workers x 8 threads"
    )

    end_phase(ledger, clock.started, clock.at(PG_RESTART_AT))
    postgres_window = Window("PostgreSQL restart", time.time())
    postgres.restart()
    postgres_window.back = time.time()

    end_phase(ledger, postgres_window.back, clock.at(REDIS_DOWN_FROM))
    redis_window = Window("Redis outage", time.time())
    redis.stop()
    time.sleep(1.0)  # judge the lockout once the outage is under way
    limit = setup["settings"]["LOGIN_FAILURE_LIMIT"]
    ledger.lockouts["outage"] = lockout_series(
        site, ledger, "load-lockout-outage", "10.40.0.2", limit
    )
    end_phase(ledger, redis_window.start, clock.at(REDIS_DOWN_UNTIL))
    redis.start()
    redis_window.back = time.time()
    end_phase(ledger, redis_window.back, clock.at(1.0))
    clock.end()
    for thread in threads:
        thread.join(timeout=SECONDS + 60)
    return [postgres_window, redis_window]


# --- Checks and report ---------------------------------------------------------------


def percentile(values, fraction):
    values = sorted(values)
    return values[min(len(values) - 1, int(fraction * len(values)))] if values else float("nan")


def failed(sample):
    return sample.status == 0 or sample.status >= 500


def unexpected(sample):
    return not failed(sample) and sample.status not in EXPECTED[sample.kind]


def inside_any(windows, start, end):
    return any(window.overlaps(start, end) for window in windows)


def print_requests(ledger, publications, clock):
    samples = ledger.samples
    seconds = clock.ended - clock.started
    print(f"\n== Requests ({CONNECTIONS} readers, {seconds:.0f} s) ==")
    print(f"requests: {len(samples)}, {len(samples) / seconds:.1f}/s")
    for kind in EXPECTED:
        of_kind = [s for s in samples if s.kind == kind]
        if of_kind:
            durations = [s.end - s.start for s in of_kind]
            statuses = dict(sorted(Counter(s.status for s in of_kind).items()))
            print(
                f"  {kind:<12} {len(of_kind):>6}  p50 {statistics.median(durations) * 1000:>5.0f}"
                f" ms  p95 {percentile(durations, 0.95) * 1000:>5.0f} ms  statuses {statuses}"
            )
    hits = sum(1 for s in samples if s.kind == "page" and s.cache == "HIT")
    print(f"pages from the cache (X-Cache: HIT): {hits}")
    returned = sum(1 for p in publications if p["ok"])
    print(f"publications: {len(publications)} tried, {returned} returned")
    print(
        f"contact requests: {ledger.contacts_sent} sent, "
        f"{len(ledger.contacts_acknowledged)} acknowledged; "
        f"logins acknowledged: {len(ledger.logins_acknowledged)}"
    )


def recovery(window, samples):
    """Seconds from the service back (PostgreSQL accepting connections, Redis answering
    PING) to the site's /health/ seeing it ok again."""
    check = "database" if window.name.startswith("PostgreSQL") else "cache"
    healthy = [
        s.end
        for s in samples
        if s.kind == "health" and s.start >= window.back and (s.health or {}).get(check) == "ok"
    ]
    return min(healthy) - window.back if healthy else float("nan")


def print_window(window, ledger, clock):
    during = [s for s in ledger.samples if window.overlaps(s.start, s.end)]
    failures = [s for s in during if failed(s) or unexpected(s)]
    window.recovery = recovery(window, ledger.samples)
    print(
        f"\n== {window.name}: from {window.start - clock.started:.1f} s to "
        f"{window.back - clock.started:.1f} s ({window.back - window.start:.1f} s) =="
    )
    print(
        f"requests overlapping it: {len(during)}, of which failed: {len(failures)} "
        f"{dict(Counter(f'{s.kind} {s.status}' for s in failures))}; pages from the cache: "
        f"{sum(1 for s in during if s.cache == 'HIT')}"
    )
    if failures:
        last = max(s.end for s in failures) - window.back
        print(f"last failure ended {last:+.2f} s from the service back")
    print(f"recovery: {window.recovery:.2f} s after the service was back")


def check_outside_windows(ledger, windows, publications):
    outside = [s for s in ledger.samples if failed(s) and not inside_any(windows, s.start, s.end)]
    unpublished = [
        p for p in publications if not p["ok"] and not inside_any(windows, p["start"], p["end"])
    ]
    details = dict(Counter(f"{s.kind} {s.status}" for s in outside))
    return (
        not outside and not unpublished,
        f"5xx outside the outage windows: {len(outside)}{f' {details}' if details else ''} "
        f"(publications failed outside them: {len(unpublished)})",
    )


def check_unexpected(ledger, windows):
    """A 403, 404, 400... outside the windows (inside, an outage may cause one: Django
    answers 400 when a session cannot be saved)."""
    found = Counter(
        f"{s.kind} {s.status}"
        for s in ledger.samples
        if unexpected(s) and not inside_any(windows, s.start, s.end)
    )
    details = f" {dict(found)}" if found else ""
    return not found, f"unexpected answers outside the outage windows: {found.total()}{details}"


def stored_rows(postgres, ledger, publications, setup):
    """What the database holds of the acknowledged writes."""
    with postgres.connect() as connection:

        def column(sql, values):
            return {row[0] for row in connection.execute(sql, (values,))}

        return {
            "contacts": column(
                "SELECT substring(message from 'load-[0-9a-f]+-[0-9]+') "
                "FROM contact_contactrequest WHERE message LIKE %s",
                f"%load-{RUN_ID}-%",
            ),
            "sessions": column(
                "SELECT session_key FROM django_session WHERE session_key = ANY(%s)",
                [key for key, _began, _ended in ledger.logins_acknowledged],
            ),
            "revisions": column(
                "SELECT id FROM wagtailcore_revision WHERE id = ANY(%s)",
                [p["revision"] for p in publications if p["ok"]],
            ),
            "live": dict(
                connection.execute(
                    "SELECT id, live_revision_id FROM wagtailcore_page WHERE id = ANY(%s)",
                    ([page["id"] for page in setup["pages"]],),
                ).fetchall()
            ),
        }


def check_writes(ledger, publications, setup, postgres, site):
    stored = stored_rows(postgres, ledger, publications, setup)
    done = [p for p in publications if p["ok"]]
    lost = {
        "contact requests": [
            marker for marker in ledger.contacts_acknowledged if marker not in stored["contacts"]
        ],
        "sessions": [
            key
            for key, _began, _ended in ledger.logins_acknowledged
            if key not in stored["sessions"]
        ],
        "publications": [p["revision"] for p in done if p["revision"] not in stored["revisions"]],
    }
    unseen = []
    for page in setup["pages"]:
        own = [p for p in done if p["page"] == page["id"]]
        if not own:
            continue
        # A later publication may have been stored without being acknowledged: not older.
        if (stored["live"].get(page["id"]) or 0) < own[-1]["revision"]:
            lost["publications"].append(own[-1]["revision"])
        answer = site.call("GET", page["url"], "10.0.0.3")  # anonymously, as any reader
        if html.escape(own[-1]["marker"]).encode() not in answer.body:
            unseen.append(page["url"])
    acknowledged = {
        "contact requests": len(ledger.contacts_acknowledged),
        "sessions": len(ledger.logins_acknowledged),
        "publications": len(done),
    }
    total = sum(len(items) for items in lost.values())
    return (
        total == 0 and not unseen and all(acknowledged.values()),
        f"acknowledged writes lost: {total} ("
        + ", ".join(f"{name} {len(lost[name])} of {acknowledged[name]}" for name in lost)
        + f"); last publication not shown to readers: {unseen or 'none'}",
    )


def check_logins_per_phase(ledger, windows, clock):
    postgres, redis = windows
    phases = {
        "before the faults": (clock.started, postgres.start),
        "after the PostgreSQL restart": (postgres.back, redis.start),
        "while Redis was down": (redis.start, redis.back),
        "after Redis came back": (redis.back, float("inf")),
    }
    counts = {
        name: sum(
            1 for _key, began, ended in ledger.logins_acknowledged if low <= began < ended < high
        )
        for name, (low, high) in phases.items()
    }
    return all(counts.values()), "logins acknowledged from start to end within each phase: " + (
        ", ".join(f"{name} {count}" for name, count in counts.items())
    )


def check_lockouts(ledger, windows):
    redis = windows[1]
    outage = ledger.lockouts["outage"]
    within = redis.start <= outage.start and outage.end <= redis.back
    held = {name: series.enforced() for name, series in ledger.lockouts.items()}
    held["outage"] = held["outage"] and within
    return all(held.values()), (
        f"lockout enforced during the Redis outage: {'yes' if held['outage'] else 'no'} ("
        + "; ".join(
            f"{name}: wrong passwords answered {series.statuses()}, then the right one "
            f"{series.right}"
            for name, series in ledger.lockouts.items()
        )
        + ("" if within else "; the outage series did not fit in the outage")
        + ")"
    )


def report(ledger, windows, publications, clock, setup, postgres, site):
    print_requests(ledger, publications, clock)
    for window in windows:
        print_window(window, ledger, clock)
    checks = [
        check_outside_windows(ledger, windows, publications),
        check_unexpected(ledger, windows),
        check_writes(ledger, publications, setup, postgres, site),
        check_logins_per_phase(ledger, windows, clock),
        check_lockouts(ledger, windows),
    ]
    print(f"\n== Checks ({len(ledger.samples)} requests) ==")
    for ok, text in checks:
        print(f"{'PASS' if ok else 'FAIL'}  {text}")
    for window in windows:
        print(
            f"      recovery after the {window.name}: {window.recovery:.2f} s "
            f"(outage {window.back - window.start:.1f} s)"
        )
    return all(ok for ok, _text in checks)


# --- Main ----------------------------------------------------------------------------


def main():
    signal.signal(signal.SIGTERM, lambda *_args: sys.exit(143))  # run the cleanup
    folder = Path(tempfile.mkdtemp(prefix="avise-load-"))
    folder.chmod(0o755)  # the postgres user must reach its data directory
    logs = folder / "logs"
    logs.mkdir()
    logs.chmod(0o777)
    with contextlib.ExitStack() as cleanup:
        cleanup.callback(print, f"logs: {logs}")
        cleanup.callback(remove_all_but_logs, folder)
        began = time.time()
        postgres = Postgres(folder, logs / "postgresql.log")
        postgres.create()
        cleanup.callback(postgres.stop)
        redis = Redis(folder, logs / "redis.log")
        redis.start()
        cleanup.callback(redis.stop)
        site_port = free_port()
        env = django_env(folder, postgres, redis, site_port)
        env.update(LOAD_PASSWORD=PASSWORD, LOAD_READERS=str(CONNECTIONS))
        setup_process = in_django(env, "setup")
        output, _ = setup_process.communicate(timeout=1800)
        if setup_process.returncode != 0:
            print(output[-5000:])
            raise RuntimeError("Setting the database up failed")
        setup = tagged_lines(output, "SETUP ")[0]
        print(
            f"PostgreSQL {postgres.bindir} on port {postgres.port}"
            f"{' (as the postgres user)' if postgres.owner else ''}, Redis on {redis.port}; "
            f"database ready in {time.time() - began:.0f} s (gazetteer sample, whole demo)"
        )
        print(f"production limits: {json.dumps(setup['settings'])}")
        server = start_gunicorn(env, site_port, logs / "gunicorn.log")
        cleanup.callback(stop_gunicorn, server)
        site = Site(site_port)
        ledger, windows, publications, clock = run_load(site, env, setup, postgres, redis)
        passed = report(ledger, windows, publications, clock, setup, postgres, site)
        write_records(logs, ledger, windows, publications, clock)
        errors = [
            line
            for line in (logs / "gunicorn.log").read_text().splitlines()
            if line.startswith("Traceback") or "Error" in line
        ]
        print(f"server log: {len(errors)} error lines")
    return 0 if passed else 1


def write_records(logs, ledger, windows, publications, clock):
    """Every request and event of the run, for a closer look (times from the start)."""
    with (logs / "requests.csv").open("w", newline="") as output:
        writer = csv.writer(output)
        writer.writerow(["kind", "start", "seconds", "status", "cache", "health"])
        for s in sorted(ledger.samples, key=lambda s: s.start):
            start, seconds = f"{s.start - clock.started:.3f}", f"{s.end - s.start:.3f}"
            health = json.dumps(s.health) if s.health else ""
            writer.writerow([s.kind, start, seconds, s.status, s.cache or "", health])
    events = {
        "windows": [
            {"name": w.name, "start": w.start - clock.started, "back": w.back - clock.started}
            for w in windows
        ],
        "publications": [
            {**p, "start": p["start"] - clock.started, "end": p["end"] - clock.started}
            for p in publications
        ],
        "logins": [
            {"start": began - clock.started, "end": ended - clock.started}
            for _key, began, ended in ledger.logins_acknowledged
        ],
        "lockouts": {
            name: {
                "start": series.start - clock.started,
                "end": series.end - clock.started,
                "wrong": series.statuses(),
                "right": series.right,
            }
            for name, series in ledger.lockouts.items()
        },  # fmt: skip
    }
    (logs / "events.json").write_text(json.dumps(events, indent=1))


def remove_all_but_logs(folder):
    for child in folder.iterdir():
        if child.name != "logs":
            shutil.rmtree(child, ignore_errors=True)


if __name__ == "__main__":
    command = sys.argv[1] if len(sys.argv) > 1 else "run"
    if command == "setup":
        django_setup()
    elif command == "publish":
        django_publish(*sys.argv[2:])
    else:
        sys.exit(main())
