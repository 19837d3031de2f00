# ruff: noqa: T201  (a report printed for a person)
"""Load and faults, run by hand (`make bench-load`), never in CI.

Serves the demo site with gunicorn on 127.0.0.1 over PostgreSQL (a dedicated database,
`avise_load`, dropped and created here unless --keep-database) and Redis, errors logged to
/tmp/avise-load-gunicorn.log, then:

1. load: 50 concurrent readers for 60 s over pages, searches and nearby queries while an
   editor publishes a page every 3 s and a few readers send contact requests: 5xx count,
   p50/p95 latency, throughput of pages served from the cache (X-Cache: HIT) and of the
   others;
2. PostgreSQL restarted in the middle of a 40 s run: errors only around the restart, none
   in the last 10 s, and every contact request acknowledged to its sender (redirected to
   the confirmation) is in the database;
3. Redis stopped in the middle of a 40 s run and started again: the site keeps serving.

Each contact request carries a unique marker in its message. The contact form's per-address
rate limit would stop a load generator that sends everything from 127.0.0.1, so the server
runs with CONTACT_RATE_LIMIT raised for the run (the protection itself stays on).

`--load-only` stops after the load phase (nothing is restarted); `--keep-database` reuses
the database of a previous run. Only loopback addresses; every loop is bounded in time.
Redis and PostgreSQL are running again at the end, whatever happens. Prints the figures;
asserts nothing.
"""

import http.client
import json
import os
import random
import re
import secrets
import signal
import statistics
import subprocess
import sys
import threading
import time
import xml.etree.ElementTree as ET
from pathlib import Path
from urllib.parse import quote, urlencode, urlparse

BASE_DIR = Path(__file__).resolve().parents[2]
SERVER_LOG = Path("/tmp/avise-load-gunicorn.log")
PYTHON = str(BASE_DIR / ".venv" / "bin" / "python")
HOST, PORT = "127.0.0.1", 8150
DATABASE = "avise_load"
READERS = 50
PG_VERSION = (
    sorted(os.listdir("/etc/postgresql"))[-1] if os.path.isdir("/etc/postgresql") else "15"
)
REDIS_START = [
    "redis-server",
    "--daemonize",
    "yes",
    "--bind",
    "127.0.0.1",
    "-::1",
    "--port",
    "6379",
    "--save",
    "",
    "--appendonly",
    "no",
    "--dir",
    "/var/lib/redis",
    "--logfile",
    "/var/log/redis/ci.log",
]
SEARCH_WORDS = [
    "coopération",
    "emploi",
    "mobilité",
    "alimentation",
    "PTCE",
    "SCIC",
    "santé",
    "numérique",
    "logement",
    "incubateur",
    "xyzzy",
]
NEARBY_COMMUNES = ["42218", "69123", "75056", "13055", "33063", "59350", "35238", "67482"]
CONTACT_SENDERS = 3
RUN_ID = secrets.token_hex(4)

ENV = {
    **os.environ,
    "DJANGO_SETTINGS_MODULE": "config.settings.production",
    "SECRET_KEY": secrets.token_urlsafe(50),
    "ALLOWED_HOSTS": "127.0.0.1,localhost",
    "SECURE_SSL_REDIRECT": "false",
    "DATABASE_URL": f"postgres://postgres@127.0.0.1:5432/{DATABASE}",
    "REDIS_URL": "redis://127.0.0.1:6379/13",
    "PAGE_CACHE_SECONDS": "30",
    "STATIC_ROOT": "/tmp/avise-load-static",
    "MEDIA_ROOT": "/tmp/avise-load-media",
    "SERVE_MEDIA": "true",
    "LOG_LEVEL": "ERROR",
    # One address (127.0.0.1) sends every contact request of the run.
    "CONTACT_RATE_LIMIT": "1000000",
}


def run(*command, check=True):
    return subprocess.run(
        command, env=ENV, cwd=BASE_DIR, check=check, capture_output=True, text=True, timeout=900
    )


def manage(*args):
    return run(PYTHON, "manage.py", *args)


def prepare_database():
    psql = ["psql", "-h", "127.0.0.1", "-U", "postgres", "-v", "ON_ERROR_STOP=1", "-c"]
    run(*psql, f"DROP DATABASE IF EXISTS {DATABASE} WITH (FORCE)")
    run(*psql, f"CREATE DATABASE {DATABASE}")
    manage("migrate", "--noinput", "-v0")
    manage("load_gazetteer")
    manage("load_demo")
    manage("collectstatic", "--noinput", "-v0")


def start_server():
    server = subprocess.Popen(
        [
            str(BASE_DIR / ".venv" / "bin" / "gunicorn"),
            "config.wsgi",
            "-b",
            f"{HOST}:{PORT}",
            "-w",
            "4",
            "-k",
            "gthread",
            "--threads",
            "8",
            "--timeout",
            "30",
            "--graceful-timeout",
            "5",
        ],
        env=ENV,
        cwd=BASE_DIR,
        stdout=subprocess.DEVNULL,
        stderr=SERVER_LOG.open("w"),
        start_new_session=True,
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            if get("/health/")[0] == 200:
                return server
        except OSError:
            pass
        time.sleep(0.5)
    raise RuntimeError("gunicorn did not answer /health/ within 60 s")


def get(path, timeout=15):
    connection = http.client.HTTPConnection(HOST, PORT, timeout=timeout)
    try:
        connection.request("GET", path, headers={"Accept-Language": "fr"})
        response = connection.getresponse()
        response.read()
        return response.status, response.getheader("X-Cache")
    finally:
        connection.close()


def page_paths():
    status, _cache = get("/sitemap.xml")
    connection = http.client.HTTPConnection(HOST, PORT, timeout=15)
    connection.request("GET", "/sitemap.xml")
    body = connection.getresponse().read()
    connection.close()
    namespace = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}
    paths = [
        urlparse(node.text).path for node in ET.fromstring(body).findall(".//s:loc", namespace)
    ]
    return paths or ["/fr/", "/en/"]


def request_mix(pages):
    """60 % pages (cacheable), 25 % searches, 15 % nearby queries."""
    roll = random.random()
    if roll < 0.60:
        return "page", random.choice(pages)
    if roll < 0.85:
        return "search", f"/fr/search/?q={quote(random.choice(SEARCH_WORDS))}"
    return "nearby", f"/api/directory/nearby/?commune={random.choice(NEARBY_COMMUNES)}"


def psql(sql):
    return run("psql", "-h", "127.0.0.1", "-U", "postgres", "-d", DATABASE, "-tAc", sql).stdout


def contact_slugs():
    """Published French entries with an email address: their contact form exists."""
    rows = psql(
        "SELECT o.slug FROM network_organisation o "
        "JOIN wagtailcore_locale l ON l.id = o.locale_id "
        "WHERE o.live AND o.active AND o.email <> '' AND l.language_code = 'fr' "
        "ORDER BY o.slug LIMIT 20"
    )
    return rows.split()


CSRF_FIELD = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')


def send_contact_request(slug, marker, timeout=15):
    """GET the form (CSRF cookie and token), POST it; True when acknowledged.

    Acknowledged means what the reader sees as "sent": the redirect to the confirmation.
    """
    path = f"/fr/contact/{slug}/"
    connection = http.client.HTTPConnection(HOST, PORT, timeout=timeout)
    try:
        connection.request("GET", path)
        response = connection.getresponse()
        body = response.read().decode("utf-8", "replace")
        if response.status != 200:
            return response.status, False
        cookies = [
            value.split(";", 1)[0]
            for name, value in response.getheaders()
            if name.lower() == "set-cookie"
        ]
        token = CSRF_FIELD.search(body)
        form = urlencode(
            {
                "csrfmiddlewaretoken": token.group(1) if token else "",
                "name": "Charge Test",
                "email": "charge@example.org",
                "requester_organisation": "Commune de test",
                "message": f"Demande de test {marker}",
                "website": "",
            }
        )
        connection.request(
            "POST",
            path,
            body=form,
            headers={
                "Content-Type": "application/x-www-form-urlencoded",
                "Cookie": "; ".join(cookies),
            },
        )
        response = connection.getresponse()
        response.read()
        location = response.getheader("Location") or ""
        return response.status, response.status == 302 and location.endswith("/sent/")
    finally:
        connection.close()


class ContactLedger:
    """Every contact request sent during the run, and those acknowledged."""

    def __init__(self):
        self.lock = threading.Lock()
        self.sent = 0
        self.acknowledged = []  # markers
        self.counter = 0

    def next_marker(self):
        with self.lock:
            self.counter += 1
            self.sent += 1
            return f"load-{RUN_ID}-{self.counter}"

    def acknowledge(self, marker):
        with self.lock:
            self.acknowledged.append(marker)


def contact_sender(slugs, ledger, recorder, started, stop_at, pause=0.5):
    while time.monotonic() < stop_at:
        marker = ledger.next_marker()
        begin = time.monotonic()
        try:
            status, acknowledged = send_contact_request(random.choice(slugs), marker)
        except OSError:
            status, acknowledged = 0, False
        if acknowledged:
            ledger.acknowledge(marker)
        recorder.add((begin - started, "contact", status, time.monotonic() - begin, None))
        time.sleep(pause)


def check_contact_requests(ledger):
    """Every acknowledged request must be stored: count the markers found in the database."""
    stored = set(
        psql(
            "SELECT substring(message from 'load-[0-9a-f]+-[0-9]+') "
            f"FROM contact_contactrequest WHERE message LIKE '%load-{RUN_ID}-%'"
        ).split()
    )
    missing = [marker for marker in ledger.acknowledged if marker not in stored]
    print(
        f"contact requests: {ledger.sent} sent, {len(ledger.acknowledged)} acknowledged, "
        f"{len(stored)} stored; acknowledged but missing: {len(missing)} {missing[:5]}"
    )
    return missing


class Recorder:
    def __init__(self):
        self.lock = threading.Lock()
        self.samples = []  # (start offset, kind, status, seconds, cache)

    def add(self, sample):
        with self.lock:
            self.samples.append(sample)


def reader(pages, recorder, started, stop_at):
    while time.monotonic() < stop_at:
        kind, path = request_mix(pages)
        begin = time.monotonic()
        try:
            status, cache = get(path)
        except OSError:
            status, cache = 0, None  # connection refused or timed out
        recorder.add((begin - started, kind, status, time.monotonic() - begin, cache))


def editor(stop_at, every=3.0):
    """Publishes a new revision of a page every few seconds, as an editor would."""
    script = (
        "import time\n"
        "from portal.models import StandardPage\n"
        f"stop = time.time() + {stop_at - time.monotonic():.1f}\n"
        "page = StandardPage.objects.live().first()\n"
        "n = 0\n"
        "while page is not None and time.time() < stop:\n"
        "    try:\n"
        "        page.refresh_from_db()\n"
        "        n += 1\n"
        "        page.title = page.title.split(' #')[0] + f' #{n}'\n"
        "        page.save_revision().publish()\n"
        "    except Exception as error:\n"
        "        print('publish failed:', type(error).__name__)\n"
        f"    time.sleep({every})\n"
        "print('published', n)\n"
    )
    return subprocess.Popen(
        [PYTHON, "manage.py", "shell", "-c", script],
        env=ENV,
        cwd=BASE_DIR,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )


def run_phase(pages, seconds, contacts, fault=None):
    slugs, ledger = contacts
    recorder = Recorder()
    started = time.monotonic()
    stop_at = started + seconds
    publisher = editor(stop_at)
    threads = [
        threading.Thread(target=reader, args=(pages, recorder, started, stop_at))
        for _ in range(READERS)
    ] + [
        threading.Thread(target=contact_sender, args=(slugs, ledger, recorder, started, stop_at))
        for _ in range(CONTACT_SENDERS if slugs else 0)
    ]
    for thread in threads:
        thread.start()
    if fault:
        fault(started)
    for thread in threads:
        thread.join(timeout=seconds + 60)
    output, _err = publisher.communicate(timeout=120)
    return recorder.samples, output.strip().splitlines()[-1:] if output else []


def percentile(values, fraction):
    if not values:
        return float("nan")
    values = sorted(values)
    return values[min(len(values) - 1, int(fraction * len(values)))]


def report(title, samples, seconds, publisher_output):
    errors = [s for s in samples if s[2] >= 500 or s[2] == 0]
    durations = [s[3] for s in samples]
    hits = [s for s in samples if s[4] == "HIT"]
    others = [s for s in samples if s[4] != "HIT"]
    print(f"\n== {title} ({READERS} readers, {seconds} s) ==")
    print(
        f"requests: {len(samples)}, throughput {len(samples) / seconds:.1f}/s; "
        f"5xx or no answer: {len(errors)}"
    )
    print(
        f"latency p50 {statistics.median(durations) * 1000:.0f} ms, "
        f"p95 {percentile(durations, 0.95) * 1000:.0f} ms"
    )
    print(
        f"cached pages (X-Cache: HIT): {len(hits)} = {len(hits) / seconds:.1f}/s, "
        f"p95 {percentile([s[3] for s in hits], 0.95) * 1000:.0f} ms"
    )
    print(
        f"uncached requests: {len(others)} = {len(others) / seconds:.1f}/s, "
        f"p95 {percentile([s[3] for s in others], 0.95) * 1000:.0f} ms"
    )
    for kind in ("page", "search", "nearby", "contact"):
        of_kind = [s for s in samples if s[1] == kind]
        print(
            f"  {kind}: {len(of_kind)} requests, "
            f"p95 {percentile([s[3] for s in of_kind], 0.95) * 1000:.0f} ms, "
            f"errors {sum(1 for s in of_kind if s[2] >= 500 or s[2] == 0)}"
        )
    statuses = {}
    for sample in samples:
        statuses[sample[2]] = statuses.get(sample[2], 0) + 1
    print(f"statuses: {json.dumps(dict(sorted(statuses.items())))}; editor: {publisher_output}")
    if errors:
        print(
            f"errors between {min(s[0] for s in errors):.1f} s and "
            f"{max(s[0] for s in errors):.1f} s"
        )
    return errors


def restart_postgres(started, at=15.0):
    time.sleep(max(0.0, started + at - time.monotonic()))
    began = time.monotonic() - started
    subprocess.run(
        ["pg_ctlcluster", "--skip-systemctl-redirect", PG_VERSION, "main", "restart"],
        check=True,
        timeout=120,
        capture_output=True,
    )
    print(f"PostgreSQL restarted from {began:.1f} s to {time.monotonic() - started:.1f} s")


def stop_and_restart_redis(started, stop_at=10.0, start_at=25.0):
    time.sleep(max(0.0, started + stop_at - time.monotonic()))
    subprocess.run(
        ["redis-cli", "-h", "127.0.0.1", "shutdown", "nosave"], timeout=30, capture_output=True
    )
    print(f"Redis stopped at {time.monotonic() - started:.1f} s")
    time.sleep(max(0.0, started + start_at - time.monotonic()))
    subprocess.run(REDIS_START, check=True, timeout=30, capture_output=True)
    print(f"Redis started again at {time.monotonic() - started:.1f} s")


def ensure_services():
    if (
        subprocess.run(
            ["redis-cli", "-h", "127.0.0.1", "ping"], capture_output=True, text=True
        ).stdout.strip()
        != "PONG"
    ):
        subprocess.run(REDIS_START, timeout=30)
    subprocess.run(
        ["pg_ctlcluster", "--skip-systemctl-redirect", PG_VERSION, "main", "start"],
        capture_output=True,
        timeout=120,
    )


def main():
    random.seed(6)
    started = time.monotonic()
    if "--keep-database" not in sys.argv:  # reuse the database of a previous run
        prepare_database()
        print(f"database prepared in {time.monotonic() - started:.0f} s")
    server = start_server()
    try:
        pages = page_paths()
        print(f"{len(pages)} pages in the sitemap; gunicorn 4 workers x 8 threads")
        for path in pages:  # one warm-up pass: renditions, menus
            get(path)

        contacts = (contact_slugs(), ContactLedger())
        print(f"contact requests sent to {len(contacts[0])} entries by {CONTACT_SENDERS} senders")

        samples, editor_output = run_phase(pages, 60, contacts)
        report("load", samples, 60, editor_output)
        check_contact_requests(contacts[1])

        if "--load-only" in sys.argv:  # no restarts: other PostgreSQL users are spared
            return 0

        samples, editor_output = run_phase(pages, 40, contacts, fault=restart_postgres)
        errors = report("PostgreSQL restart at 15 s", samples, 40, editor_output)
        late = [s for s in errors if s[0] > 30]
        print(f"errors in the last 10 s (after recovery): {len(late)}")
        check_contact_requests(contacts[1])

        samples, editor_output = run_phase(pages, 40, contacts, fault=stop_and_restart_redis)
        errors = report("Redis down from 10 s to 25 s", samples, 40, editor_output)
        during = [s for s in samples if 11 < s[0] < 25]
        print(
            f"answers while Redis was down: {len(during)}, "
            f"of which 5xx: {sum(1 for s in during if s[2] >= 500 or s[2] == 0)}"
        )
        print(f"health after the run: {get('/health/')}")
        check_contact_requests(contacts[1])
        errors = [line for line in SERVER_LOG.read_text().splitlines() if "Error" in line]
        print(f"server log {SERVER_LOG}: {len(errors)} error lines; last: {errors[-3:]}")
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(timeout=30)
        ensure_services()
    return 0


if __name__ == "__main__":
    sys.exit(main())
