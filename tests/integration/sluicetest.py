# SPDX-License-Identifier: GPL-3.0-or-later
"""Shared helpers for Sluice's integration tests: run the real `sluice` binary on a fresh data folder.

Every test gets its own tempfile.TemporaryDirectory and lets Sluice pick a free port (smtp.listen
127.0.0.1:0), so `ctest -j` is safe. The binary comes from $SLUICE_BINARY (set by CMake).
"""

import os
import re
import signal
import socket
import sqlite3
import subprocess
import tempfile
import threading
import time
import unittest

LISTENING = re.compile(r"sluice\.smtp\.server: listening on (\S+) port (\d+)")
RUNNING = re.compile(r"sluice\.service: Sluice \S+ running on data folder ")


def sluice_binary():
    binary = os.environ.get("SLUICE_BINARY")
    if not binary or not os.access(binary, os.X_OK):
        raise unittest.SkipTest("SLUICE_BINARY does not name the sluice executable")
    return binary


def sluice_environment():
    env = dict(os.environ)
    env.pop("SLUICE_DATA_DIR", None)
    env.pop("QT_LOGGING_RULES", None)
    env["LC_ALL"] = "C.UTF-8"
    env["LANG"] = "C.UTF-8"
    env["QT_QPA_PLATFORM"] = "offscreen"
    return env


def run_sluice(data_dir, *arguments, timeout=30):
    """Runs `sluice --data-dir DATA ARGUMENTS...` to the end; returns the CompletedProcess (text mode)."""
    return subprocess.run([sluice_binary(), "--data-dir", data_dir, *arguments], stdin=subprocess.DEVNULL,
                          capture_output=True, text=True, env=sluice_environment(), timeout=timeout)


def free_port():
    """A port that was free a moment ago (for tests that must name one)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def read_greeting(port, timeout=5.0):
    """Connects to 127.0.0.1:port and returns the first reply line as text (raises OSError if refused)."""
    with socket.create_connection(("127.0.0.1", port), timeout=timeout) as connection:
        data = b""
        while not data.endswith(b"\r\n"):
            chunk = connection.recv(1024)
            if not chunk:
                break
            data += chunk
        return data.decode("latin-1").strip()


class Sluice:
    """One `sluice --headless` process on a data folder; its stderr is collected line by line."""

    def __init__(self, data_dir):
        self.data_dir = data_dir
        self.process = None
        self.port = None
        self.lines = []
        self._condition = threading.Condition()
        self._reader = None

    def start(self, timeout=30.0, wait_ready=True, preexec_fn=None):
        """Starts the engine and waits for its "listening on ... port N" line; returns the port.

        With wait_ready it also waits for the "running on data folder" line, which Sluice logs once
        its SIGTERM/SIGINT handlers are installed (they are not yet when it starts listening)."""
        self.lines = []
        self.port = None
        self.process = subprocess.Popen([sluice_binary(), "--data-dir", self.data_dir, "--headless"],
                                        stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                                        stderr=subprocess.PIPE, env=sluice_environment(), preexec_fn=preexec_fn)
        self._reader = threading.Thread(target=self._read, args=(self.process,), daemon=True)
        self._reader.start()
        match = self.wait_for_log(LISTENING, timeout)
        if match is None:
            self.kill()
            raise AssertionError("sluice did not report a listening port within %.0f s; stderr:\n%s"
                                 % (timeout, self.stderr()))
        self.port = int(match.group(2))
        if wait_ready and self.wait_for_log(RUNNING, timeout) is None:
            self.kill()
            raise AssertionError("sluice did not report that it runs within %.0f s; stderr:\n%s"
                                 % (timeout, self.stderr()))
        return self.port

    def _read(self, process):
        for raw in process.stderr:
            with self._condition:
                self.lines.append(raw.decode("utf-8", "replace").rstrip("\n"))
                self._condition.notify_all()
        process.stderr.close()
        with self._condition:
            self._condition.notify_all()

    def wait_for_log(self, pattern, timeout, after=0):
        """Waits for a stderr line (index >= after) matching pattern; returns the match or None."""
        if isinstance(pattern, str):
            pattern = re.compile(re.escape(pattern))
        deadline = time.monotonic() + timeout
        with self._condition:
            while True:
                for line in self.lines[after:]:
                    match = pattern.search(line)
                    if match:
                        return match
                remaining = deadline - time.monotonic()
                if remaining <= 0 or (self.process.poll() is not None and not self._reader.is_alive()):
                    return None
                self._condition.wait(min(remaining, 0.2))

    def latest_port(self):
        """The port of the last "listening on" line (a settings change may move the listener)."""
        with self._condition:
            for line in reversed(self.lines):
                match = LISTENING.search(line)
                if match:
                    return int(match.group(2))
        return self.port

    def stderr(self):
        with self._condition:
            return "\n".join(self.lines)

    def running(self):
        return self.process is not None and self.process.poll() is None

    def stop(self, sig=signal.SIGTERM, timeout=30.0):
        """Sends sig and waits for the exit; returns the exit code (the process is killed on timeout)."""
        self.process.send_signal(sig)
        try:
            code = self.process.wait(timeout)
        except subprocess.TimeoutExpired:
            self.kill()
            raise AssertionError("sluice did not stop within %.0f s after signal %d; stderr:\n%s"
                                 % (timeout, sig, self.stderr()))
        self._reader.join(5)
        return code

    def kill(self):
        """SIGKILL, as a crash would; waits for the process to be gone."""
        if self.process is not None and self.process.poll() is None:
            self.process.kill()
            self.process.wait(30)
        if self._reader is not None:
            self._reader.join(5)


class SluiceTestCase(unittest.TestCase):
    """A fresh data folder per test, configured for 127.0.0.1 on any free port and domain example.test.

    Mailboxes named in MAILBOXES get their folder under DATA/mail, so they are accepted."""

    MAILBOXES = ("alice", "bob")
    LOCAL_DOMAIN = "example.test"

    def setUp(self):
        self._temp = tempfile.TemporaryDirectory(prefix="sluice-it-")
        self.addCleanup(self._remove_temp)
        self.data_dir = os.path.join(self._temp.name, "data")
        self.instances = []
        self.addCleanup(self._kill_instances)
        self.config_set("smtp.listen", "127.0.0.1:0")
        self.config_set("routing.local_domains", self.LOCAL_DOMAIN)
        # Mail for other domains stays queued (Transfer mode "Inbound only"): these tests look at it
        # in the queue, and no test may send DNS queries or mail off this machine.
        self.config_set("connections.transfer_mode", "inbound_only")
        for mailbox in self.MAILBOXES:
            os.makedirs(os.path.join(self.mail_root, mailbox))

    def _kill_instances(self):
        for instance in self.instances:
            instance.kill()

    def _remove_temp(self):
        # A command a killed sluice had started (a dial script, a probe) outlives it for a moment and
        # may still create a file in the folder while it is being removed: try again shortly.
        for attempt in range(20):
            try:
                self._temp.cleanup()
                return
            except OSError:
                if attempt == 19:
                    raise
                time.sleep(0.1)

    @property
    def mail_root(self):
        return os.path.join(self.data_dir, "mail")

    @property
    def queue_path(self):
        return os.path.join(self.data_dir, "queue", "queue.db")

    def sluice(self, *arguments, timeout=30):
        return run_sluice(self.data_dir, *arguments, timeout=timeout)

    def config_set(self, key, value):
        result = self.sluice("config", "set", key, value)
        self.assertEqual(result.returncode, 0, "config set %s %s failed: %s" % (key, value, result.stderr))

    def config_get(self, key):
        result = self.sluice("config", "get", key)
        self.assertEqual(result.returncode, 0, "config get %s failed: %s" % (key, result.stderr))
        return result.stdout.rstrip("\n")

    def start_sluice(self, timeout=30.0):
        instance = Sluice(self.data_dir)
        self.instances.append(instance)
        instance.start(timeout)
        return instance

    def stop_sluice(self, instance, sig=signal.SIGTERM):
        code = instance.stop(sig)
        self.assertEqual(code, 0, "sluice exited with %d after signal %d; stderr:\n%s"
                         % (code, sig, instance.stderr()))

    def maildir_messages(self, mailbox):
        """{path: content} of every message in DATA/mail/<mailbox>/new and cur."""
        messages = {}
        for sub in ("new", "cur"):
            folder = os.path.join(self.mail_root, mailbox, sub)
            if not os.path.isdir(folder):
                continue
            for name in sorted(os.listdir(folder)):
                path = os.path.join(folder, name)
                with open(path, "rb") as stream:
                    messages[path] = stream.read()
        return messages

    def wait_for_maildir(self, mailbox, count, timeout=15.0):
        deadline = time.monotonic() + timeout
        while True:
            messages = self.maildir_messages(mailbox)
            if len(messages) >= count or time.monotonic() > deadline:
                return messages
            time.sleep(0.05)

    def queue_rows(self, sql, parameters=()):
        """Runs a query on DATA/queue/queue.db (Sluice keeps it in WAL mode, so it may be running)."""
        if not os.path.exists(self.queue_path):
            return []
        connection = sqlite3.connect(self.queue_path, timeout=10)
        try:
            return connection.execute(sql, parameters).fetchall()
        finally:
            connection.close()

    def wait_for_no_local_recipients(self, timeout=20.0):
        deadline = time.monotonic() + timeout
        while True:
            left = self.queue_rows("SELECT COUNT(*) FROM recipients WHERE route = 0")[0][0]
            if left == 0 or time.monotonic() > deadline:
                return left
            time.sleep(0.1)

    def split_delivered(self, content, sender):
        """Checks the two lines Sluice puts on top of a delivered message and returns the rest.

        A Maildir file is "Return-Path: <sender>\\n", then Sluice's Received: header (folded, its
        continuation lines start with a TAB), then the client's message with LF line endings."""
        lines = content.split(b"\n")
        expected_return_path = b"Return-Path: <" + sender + b">"
        self.assertEqual(lines[0], expected_return_path, "first line of the Maildir file")
        self.assertTrue(lines[1].startswith(b"Received: from "), "second line: %r" % lines[1])
        index = 2
        while index < len(lines) and lines[index].startswith(b"\t"):
            index += 1
        received = b"\n".join(lines[1:index])
        self.assertIn(b"(Sluice) with ESMTP id ", received)
        self.assertNotIn(b"\r", received)
        return received, b"\n".join(lines[index:])
