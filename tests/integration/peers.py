# SPDX-License-Identifier: GPL-3.0-or-later
"""Real peer servers for the integration tests: Postfix's smtp-sink, a private Postfix instance
(from tests/bench/postfix/*.cf.in), a private Postfix playing the office's provider (from
tests/bench/postfix/provider-*.cf.in) and dnsmasq. Loopback addresses only.

Each helper starts its process, waits until it serves, and stops it again (stop() is idempotent, so
tests register it with addCleanup and may also call it earlier)."""

import glob
import json
import os
import shutil
import smtplib
import socket
import subprocess
import tempfile
import time

SMTP_SINK = "/usr/sbin/smtp-sink"
POSTFIX = "/usr/sbin/postfix"
POSTQUEUE = "/usr/sbin/postqueue"
POSTCAT = "/usr/sbin/postcat"
DNSMASQ = "/usr/sbin/dnsmasq"

BENCH_POSTFIX_TEMPLATES = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "bench", "postfix")


def require_tool(path, package):
    """A missing peer program is a broken test machine, never a reason to skip: raise."""
    if not os.access(path, os.X_OK):
        raise AssertionError("%s is missing: install the Debian package '%s' (apt-get install -y %s)"
                             % (path, package, package))


def require_root(why):
    if os.geteuid() != 0:
        raise AssertionError("this test must run as root: %s" % why)


def wait_for_port(host, port, timeout=10.0, process=None):
    """Waits until something accepts TCP connections on host:port; returns False on time-out or when
    process (a Popen) ended first."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process is not None and process.poll() is not None:
            return False
        try:
            with socket.create_connection((host, port), timeout=1.0):
                return True
        except OSError:
            time.sleep(0.05)
    return False


def loopback_net():
    """A per-process 127.x.y.0/24-ish prefix, so parallel test processes (ctest -j) binding port 53 or
    25 on their own loopback address do not meet (tests/outbound uses 127.53.*.53)."""
    return "127.54.%d" % (os.getpid() % 250 + 1)


class LoggedProcess:
    """A peer program started with subprocess (self.process) whose output goes to self.log_path."""

    def log(self):
        try:
            with open(self.log_path, "r", errors="replace") as stream:
                return stream.read()
        except OSError:
            return ""

    def stop(self):
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(10)
        self.process = None


class SmtpSink(LoggedProcess):
    """/usr/sbin/smtp-sink on host:port, dumping each transaction to DUMPDIR/<minute>.<random>.

    options: extra smtp-sink flags, e.g. ["-r", "RCPT"] (4xx at RCPT), ["-f", "RCPT"] (5xx),
    ["-q", "."] (hang up after the final dot without a reply), ["-L"] (LMTP)."""

    def __init__(self, work_dir, host="127.0.0.1", port=None, options=(), name="sink"):
        require_tool(SMTP_SINK, "postfix")
        self.host = host
        self.port = port
        self.options = list(options)
        self.dump_dir = os.path.join(work_dir, name + "-dump")
        self.log_path = os.path.join(work_dir, name + ".log")
        os.makedirs(self.dump_dir, exist_ok=True)
        self.process = None

    def start(self, timeout=10.0):
        if self.port is None:
            from sluicetest import free_port
            self.port = free_port()
        # -u root: smtp-sink insists on a user to switch to when started as root; staying root lets
        # it write the dump folder and bind privileged ports such as 25.
        command = [SMTP_SINK, "-u", "root" if os.geteuid() == 0 else str(os.getuid()),
                   "-d", os.path.join(self.dump_dir, "%M."), *self.options,
                   "%s:%d" % (self.host, self.port), "100"]
        with open(self.log_path, "ab") as log:
            self.process = subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=log, stderr=log)
        if not wait_for_port(self.host, self.port, timeout, self.process):
            self.stop()
            raise AssertionError("smtp-sink did not listen on %s:%d (%s); its log:\n%s"
                                 % (self.host, self.port, " ".join(command), self.log()))
        return self


    def dumps(self):
        """{file name: bytes} of every dumped transaction."""
        found = {}
        for name in sorted(os.listdir(self.dump_dir)):
            path = os.path.join(self.dump_dir, name)
            if os.path.isfile(path):
                with open(path, "rb") as stream:
                    found[name] = stream.read()
        return found

    def complete_dumps(self):
        """Like dumps(), without transactions smtp-sink is still writing: it creates the file when the
        transaction starts and writes it, ending with an empty line, when the message is complete."""
        return {name: data for name, data in self.dumps().items() if data.endswith(b"\n\n")}

    def wait_for_dumps(self, count, timeout=20.0):
        deadline = time.monotonic() + timeout
        while True:
            dumps = self.complete_dumps()
            if len(dumps) >= count or time.monotonic() > deadline:
                return dumps
            time.sleep(0.05)


def parse_sink_dump(data):
    """Splits an smtp-sink dump into (envelope, received, message).

    envelope: {"client": ..., "proto": ..., "helo": ..., "mail": ..., "rcpt": [...]} from the X-*
    lines; received: smtp-sink's own three-line Received: header; message: the rest, as received
    (LF line endings, dot-stuffing undone), without the empty line smtp-sink appends."""
    lines = data.split(b"\n")
    envelope = {"rcpt": []}
    index = 0
    keys = {b"X-Client-Addr": "client", b"X-Client-Proto": "proto", b"X-Helo-Args": "helo",
            b"X-Mail-Args": "mail"}
    while index < len(lines) and lines[index].startswith(b"X-"):
        name, _, value = lines[index].partition(b": ")
        if name == b"X-Rcpt-Args":
            envelope["rcpt"].append(value.decode("latin-1"))
        elif name in keys:
            envelope[keys[name]] = value.decode("latin-1")
        index += 1
    if index >= len(lines) or not lines[index].startswith(b"Received: from "):
        raise AssertionError("smtp-sink dump without its Received: header: %r" % data[:400])
    start = index
    index += 1
    while index < len(lines) and lines[index].startswith(b"\t"):
        index += 1
    received = b"\n".join(lines[start:index])
    message = b"\n".join(lines[index:])
    if not message.endswith(b"\n\n"):
        raise AssertionError("smtp-sink dump does not end with the empty line it appends: %r" % data[-200:])
    return envelope, received, message[:-1]


class PrivatePostfix:
    """A private Postfix instance on 127.0.0.1:port that relays to bench.example and puts every
    accepted message on HOLD (the templates of tests/bench/ingest_bench.sh). Needs root."""

    RELAY_DOMAIN = "bench.example"

    def __init__(self, work_dir):
        for tool, package in ((POSTFIX, "postfix"), (POSTQUEUE, "postfix"), (POSTCAT, "postfix")):
            require_tool(tool, package)
        require_root("a private Postfix instance runs its master as root")
        self.root = os.path.join(work_dir, "postfix")
        self.conf = os.path.join(self.root, "postfix-conf")
        self.port = None
        self.started = False

    def _run(self, *arguments, timeout=60):
        return subprocess.run([POSTFIX, "-c", self.conf, *arguments], stdin=subprocess.DEVNULL,
                              capture_output=True, text=True, timeout=timeout)

    def log(self):
        try:
            with open(os.path.join(self.root, "log", "postfix.log"), "r", errors="replace") as stream:
                return stream.read()
        except OSError:
            return ""

    def start(self, timeout=30.0):
        from sluicetest import free_port
        self.port = free_port()
        for sub in ("postfix-conf", "queue", "data", "log"):
            os.makedirs(os.path.join(self.root, sub), exist_ok=True)
        # The postfix user must reach its queue: open the folders up to the temp folder to others.
        path, top = self.root, tempfile.gettempdir()
        while path.startswith(top + os.sep):
            os.chmod(path, os.stat(path).st_mode | 0o055)
            path = os.path.dirname(path)
        shutil.chown(os.path.join(self.root, "data"), user="postfix")
        for name in ("main.cf", "master.cf"):
            with open(os.path.join(BENCH_POSTFIX_TEMPLATES, name + ".in")) as stream:
                text = stream.read()
            text = text.replace("@ROOT@", self.root).replace("@PORT@", str(self.port))
            with open(os.path.join(self.conf, name), "w") as stream:
                stream.write(text)
        # `postfix check` creates the queue subfolders with their owners and modes.
        result = self._run("check")
        if result.returncode != 0:
            raise AssertionError("postfix check failed: %s%s" % (result.stdout, result.stderr))
        result = self._run("start")
        if result.returncode != 0:
            raise AssertionError("postfix start failed: %s%s\n%s" % (result.stdout, result.stderr, self.log()))
        self.started = True
        if not wait_for_port("127.0.0.1", self.port, timeout):
            raise AssertionError("Postfix does not listen on 127.0.0.1:%d; its log:\n%s" % (self.port, self.log()))
        return self

    def stop(self):
        if self.started:
            self._run("stop")
            self.started = False

    def hold_files(self):
        return sorted(os.path.basename(path) for path in glob.glob(os.path.join(self.root, "queue", "hold", "**"),
                                                                   recursive=True) if os.path.isfile(path))

    def queue_json(self):
        """postqueue -j: one dict per queued message (queue_name, queue_id, sender, recipients...)."""
        result = subprocess.run([POSTQUEUE, "-c", self.conf, "-j"], stdin=subprocess.DEVNULL,
                                capture_output=True, text=True, timeout=30)
        if result.returncode != 0:
            raise AssertionError("postqueue -j failed: %s%s" % (result.stdout, result.stderr))
        return [json.loads(line) for line in result.stdout.splitlines() if line.strip()]

    def message(self, queue_id):
        """postcat -q ID: the queue file in readable form (envelope records and the message)."""
        result = subprocess.run([POSTCAT, "-c", self.conf, "-q", queue_id], stdin=subprocess.DEVNULL,
                                capture_output=True, timeout=30)
        if result.returncode != 0:
            raise AssertionError("postcat -q %s failed: %r" % (queue_id, result.stderr))
        return result.stdout


class Dnsmasq(LoggedProcess):
    """dnsmasq answering only from its command line, on address:53 (Qt 6.4 asks port 53 only)."""

    def __init__(self, work_dir, address, records):
        require_tool(DNSMASQ, "dnsmasq-base")
        require_root("dnsmasq must bind port 53 (Qt 6.4 cannot ask a name server on another port)")
        self.address = address
        self.records = list(records)
        self.log_path = os.path.join(work_dir, "dnsmasq.log")
        self.process = None

    def start(self, timeout=10.0):
        command = [DNSMASQ, "--no-daemon", "--no-resolv", "--no-hosts", "--conf-file=/dev/null",
                   "--listen-address=" + self.address, "--bind-interfaces", "--port=53",
                   "--user=root", "--pid-file=", "--log-queries", "--log-facility=-", *self.records]
        with open(self.log_path, "ab") as log:
            self.process = subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=log, stderr=log)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                break
            if self._answers():
                return self
            time.sleep(0.05)
        self.stop()
        raise AssertionError("dnsmasq did not answer on %s:53 (%s); its log:\n%s"
                             % (self.address, " ".join(command), self.log()))

    def _answers(self):
        # A bare query (id 1, RD, one question: "probe." A IN); any reply means dnsmasq serves.
        query = b"\x00\x01\x01\x00\x00\x01\x00\x00\x00\x00\x00\x00\x05probe\x00\x00\x01\x00\x01"
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
            probe.settimeout(0.3)
            try:
                probe.sendto(query, (self.address, 53))
                probe.recvfrom(512)
                return True
            except OSError:
                return False



class PostfixProvider(PrivatePostfix):
    """A private Postfix instance playing the office's provider on 127.0.0.1:port (the templates
    tests/bench/postfix/provider-*.cf.in). Needs root.

    It is the backup MX of OFFICE_DOMAIN: mail for it goes to 127.0.0.1:office_port (where Sluice
    will listen) and, while nothing listens there, is deferred and stays so: no queue run and no
    retry for an hour, so only ETRN releases it. Mail from loopback for any other domain is relayed
    at once to 127.0.0.1:far_port (an smtp-sink standing for the rest of the Internet)."""

    OFFICE_DOMAIN = "office.example"
    HOSTNAME = "provider.localdomain"

    def __init__(self, work_dir, office_port, far_port, name="provider"):
        super().__init__(work_dir)
        self.root = os.path.join(work_dir, name)
        self.conf = os.path.join(self.root, "postfix-conf")
        self.office_port = office_port
        self.far_port = far_port

    def start(self, timeout=30.0):
        from sluicetest import free_port
        self.port = free_port()
        for sub in ("postfix-conf", "queue", "data", "log"):
            os.makedirs(os.path.join(self.root, sub), exist_ok=True)
        # The postfix user must reach its queue: open the folders up to the temp folder to others.
        path, top = self.root, tempfile.gettempdir()
        while path.startswith(top + os.sep):
            os.chmod(path, os.stat(path).st_mode | 0o055)
            path = os.path.dirname(path)
        shutil.chown(os.path.join(self.root, "data"), user="postfix")
        values = {"@ROOT@": self.root, "@PORT@": str(self.port),
                  "@OFFICE_NEXTHOP@": "smtp:[127.0.0.1]:%d" % self.office_port,
                  "@FAR_NEXTHOP@": "[127.0.0.1]:%d" % self.far_port}
        for name in ("main.cf", "master.cf"):
            with open(os.path.join(BENCH_POSTFIX_TEMPLATES, "provider-" + name + ".in")) as stream:
                text = stream.read()
            for placeholder, value in values.items():
                text = text.replace(placeholder, value)
            with open(os.path.join(self.conf, name), "w") as stream:
                stream.write(text)
        result = self._run("check")
        if result.returncode != 0:
            raise AssertionError("postfix check failed: %s%s" % (result.stdout, result.stderr))
        result = self._run("start")
        if result.returncode != 0:
            raise AssertionError("postfix start failed: %s%s\n%s" % (result.stdout, result.stderr, self.log()))
        self.started = True
        if not wait_for_port("127.0.0.1", self.port, timeout):
            raise AssertionError("Postfix does not listen on 127.0.0.1:%d; its log:\n%s" % (self.port, self.log()))
        return self

    def submit(self, sender, recipients, message, timeout=20):
        """Sends one message over SMTP; raises unless every recipient was accepted."""
        if isinstance(recipients, str):
            recipients = [recipients]
        with smtplib.SMTP("127.0.0.1", self.port, local_hostname="client.example", timeout=timeout) as client:
            refused = client.sendmail(sender, recipients, message)
        if refused:
            raise AssertionError("the provider refused %r" % refused)

    def etrn(self, domain=None, timeout=20):
        """ETRN domain (RFC 1985) as a client of its own; returns (code, text)."""
        with smtplib.SMTP("127.0.0.1", self.port, local_hostname="office.example", timeout=timeout) as client:
            client.ehlo()
            code, text = client.docmd("ETRN", domain or self.OFFICE_DOMAIN)
        return code, text.decode("latin-1")

    def wait_for_queue(self, predicate, timeout=20.0):
        """Polls postqueue -j until predicate(entries) holds; returns the last entries."""
        deadline = time.monotonic() + timeout
        while True:
            entries = self.queue_json()
            if predicate(entries) or time.monotonic() > deadline:
                return entries
            time.sleep(0.1)

    def wait_until_queue_empty(self, timeout=20.0):
        """True once postqueue -j lists nothing (every message delivered)."""
        return not self.wait_for_queue(lambda entries: not entries, timeout)

    def wait_for_deferred(self, count, timeout=20.0):
        """Waits until count messages are in the deferred queue (their delivery was tried and
        refused); returns the queue entries."""
        return self.wait_for_queue(
            lambda entries: sum(1 for entry in entries if entry.get("queue_name") == "deferred") >= count, timeout)
