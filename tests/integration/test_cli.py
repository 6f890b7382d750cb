# SPDX-License-Identifier: GPL-3.0-or-later
"""The `sluice` command line: config list/get/set/unset, damaged configuration, signals, the data
folder lock and settings changed while the engine runs."""

import os
import signal
import smtplib
import subprocess
import sys
import time
import unittest

from sluicetest import LISTENING, Sluice, SluiceTestCase, free_port, read_greeting, sluice_binary, sluice_environment

KNOWN_KEYS = {
    "general.hostname", "general.postmaster", "smtp.listen", "smtp.max_message_size_kb", "smtp.max_connections",
    "smtp.max_connections_per_host", "smtp.command_timeout", "smtp.error_limit", "smtp.max_recipients",
    "smtp.greeting_delay", "smtp.bare_line_endings", "routing.local_domains", "delivery.mail_root",
    "delivery.catch_all", "relay.networks", "connections.transfer_mode",
}


def wait_until(predicate, timeout, interval=0.1):
    deadline = time.monotonic() + timeout
    while True:
        value = predicate()
        if value or time.monotonic() > deadline:
            return value
        time.sleep(interval)


class ConfigCommandTest(SluiceTestCase):

    def config_list(self):
        result = self.sluice("config", "list")
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertEqual(result.stderr, "")
        pairs = {}
        for line in result.stdout.splitlines():
            key, separator, value = line.partition("=")
            self.assertEqual(separator, "=", "config list line without '=': %r" % line)
            self.assertNotIn(key, pairs, "key listed twice")
            pairs[key] = value
        return pairs

    def test_list_get_set_unset(self):
        self.assertEqual(self.sluice("config", "unset", "connections.transfer_mode").returncode, 0)
        listed = self.config_list()
        self.assertTrue(KNOWN_KEYS <= set(listed), KNOWN_KEYS - set(listed))
        self.assertEqual(listed["smtp.listen"], "127.0.0.1:0")
        self.assertEqual(listed["routing.local_domains"], "example.test")
        self.assertEqual(listed["delivery.mail_root"], os.path.join(self.data_dir, "mail"))
        self.assertEqual(listed["smtp.max_message_size_kb"], "25600")
        self.assertEqual(listed["connections.transfer_mode"], "inbound_outbound")
        self.assertEqual(listed["delivery.catch_all"], "")
        for key, value in listed.items():
            get = self.sluice("config", "get", key)
            self.assertEqual((get.returncode, get.stdout), (0, value + "\n"), key)

        # describe knows the same keys as list.
        describe = self.sluice("config", "describe")
        self.assertEqual(describe.returncode, 0, describe.stderr)
        described = {line for line in describe.stdout.splitlines() if line and not line.startswith(" ")}
        self.assertEqual(described, set(listed))
        one = self.sluice("config", "describe", "smtp.listen")
        self.assertEqual(one.returncode, 0, one.stderr)
        self.assertIn("Default: *:25", one.stdout)

        # set stores the canonical text, list shows it, unset restores the default.
        self.config_set("routing.local_domains", "Example.test   other.test,third.test")
        self.assertEqual(self.config_get("routing.local_domains"), "Example.test, other.test, third.test")
        self.config_set("connections.transfer_mode", "INBOUND_ONLY")
        self.assertEqual(self.config_get("connections.transfer_mode"), "inbound_only")
        self.config_set("smtp.max_connections", "+42")
        self.assertEqual(self.config_get("smtp.max_connections"), "42")
        self.config_set("delivery.catch_all", "alice")
        after = self.config_list()
        self.assertEqual(after["delivery.catch_all"], "alice")
        self.assertEqual(after["smtp.max_connections"], "42")
        changed = {key for key in listed if listed[key] != after[key]}
        self.assertEqual(changed, {"routing.local_domains", "connections.transfer_mode", "smtp.max_connections",
                                   "delivery.catch_all"})

        for key in ("smtp.listen", "connections.transfer_mode", "smtp.max_connections", "delivery.catch_all"):
            result = self.sluice("config", "unset", key)
            self.assertEqual(result.returncode, 0, result.stderr)
        self.assertEqual(self.config_get("smtp.listen"), "*:25")
        self.assertEqual(self.config_get("connections.transfer_mode"), "inbound_outbound")
        self.assertEqual(self.config_get("smtp.max_connections"), "30")
        self.assertEqual(self.config_get("delivery.catch_all"), "")

    def test_invalid_value_is_refused_and_nothing_changes(self):
        before = self.config_list()
        invalid = [
            ("smtp.listen", "localhost:25"),
            ("smtp.listen", "127.0.0.1"),
            ("smtp.listen", "127.0.0.1:65536"),
            ("smtp.listen", "127.1:25"),
            ("smtp.max_message_size_kb", "10"),
            ("smtp.max_message_size_kb", "-1"),
            ("smtp.max_connections", "abc"),
            ("smtp.max_connections", "0"),
            ("smtp.max_connections", "1.5"),
            ("connections.transfer_mode", "sideways"),
            ("routing.local_domains", "example.test, bad..domain"),
            ("routing.local_domains", "a.test, A.test"),
            ("relay.networks", "10.0.0.0/99"),
            ("delivery.mail_root", "relative/path"),
            ("delivery.catch_all", "../etc"),
            ("general.postmaster", "no-at-sign"),
            ("general.hostname", ""),
        ]
        for key, value in invalid:
            result = self.sluice("config", "set", key, value)
            self.assertEqual(result.returncode, 2, "config set %s %r: %s" % (key, value, result.stderr))
            self.assertIn(key, result.stderr)
            self.assertEqual(result.stdout, "")
        self.assertEqual(self.config_list(), before)

    def test_unknown_key_and_bad_usage(self):
        before = self.config_list()
        for arguments in (["get", "no.such.key"], ["set", "no.such.key", "1"], ["unset", "no.such.key"],
                          ["describe", "no.such.key"]):
            result = self.sluice("config", *arguments)
            self.assertEqual(result.returncode, 2, "config %s: %s" % (" ".join(arguments), result.stderr))
            self.assertIn("no.such.key", result.stderr)
        for arguments in ([], ["frobnicate"], ["get"], ["set", "smtp.listen"], ["list", "extra"]):
            result = self.sluice("config", *arguments)
            self.assertEqual(result.returncode, 2, "config %s: %s" % (" ".join(arguments), result.stderr))
            self.assertIn("Usage", result.stderr)
        result = self.sluice("frobnicate")
        self.assertEqual(result.returncode, 2, result.stderr)
        self.assertEqual(self.config_list(), before)

    def assert_refuses_damaged_database(self, garbage):
        database = os.path.join(self.data_dir, "sluice.db")
        for suffix in ("-wal", "-shm"):
            if os.path.exists(database + suffix):
                os.remove(database + suffix)
        with open(database, "wb") as stream:
            stream.write(garbage)
        stat_before = os.stat(database)

        commands = (["config", "list"], ["config", "get", "smtp.listen"], ["config", "set", "smtp.listen", "*:2525"],
                    ["--headless"])
        for arguments in commands:
            result = self.sluice(*arguments, timeout=60)
            self.assertNotEqual(result.returncode, 0, "sluice %s accepted a damaged database" % arguments)
            self.assertIn(database, result.stderr, "sluice %s: %r" % (arguments, result.stderr))
            with open(database, "rb") as stream:
                self.assertEqual(stream.read(), garbage, "sluice %s modified the damaged database" % arguments)
            stat_after = os.stat(database)
            self.assertEqual((stat_after.st_size, stat_after.st_mtime_ns),
                             (stat_before.st_size, stat_before.st_mtime_ns))
        self.assertFalse(os.path.exists(os.path.join(self.data_dir, "sluice.lock")), "lock left behind")

    def test_garbage_instead_of_database(self):
        self.assert_refuses_damaged_database(bytes((index * 37 + 11) % 256 for index in range(8192)))

    def test_damaged_sqlite_database(self):
        with open(os.path.join(self.data_dir, "sluice.db"), "rb") as stream:
            header = stream.read(100)
        self.assertTrue(header.startswith(b"SQLite format 3\0"))
        # A real SQLite header followed by noise: the pages cannot be read.
        self.assert_refuses_damaged_database(header + bytes((index * 101 + 7) % 256 for index in range(16284)))


class HeadlessTest(SluiceTestCase):

    def test_exits_zero_on_sigterm_and_sigint(self):
        for sig in (signal.SIGTERM, signal.SIGINT):
            sluice = self.start_sluice()
            self.assertTrue(read_greeting(sluice.port).startswith("220 "))
            self.stop_sluice(sluice, sig)
            self.assertIsNotNone(sluice.wait_for_log("sluice.service: stopped", 1))
            with self.assertRaises(OSError):
                read_greeting(sluice.port, timeout=2)

    def test_sigterm_as_soon_as_it_listens(self):
        # Once Sluice says it listens, a SIGTERM must be a graceful stop (exit 0), not death. The test
        # sends it the moment the "listening on" line arrives; to widen any gap between listening and
        # handling signals, Sluice shares one CPU, at a lower priority, with a busy process. (A race:
        # under heavy load the gap may be missed, but a correct Sluice never fails here.)
        cpu = min(os.sched_getaffinity(0))
        burner = subprocess.Popen([sys.executable, "-c", "while True: pass"],
                                  preexec_fn=lambda: os.sched_setaffinity(0, {cpu}))
        self.addCleanup(burner.wait)
        self.addCleanup(burner.kill)

        def crowded():
            os.sched_setaffinity(0, {cpu})
            os.nice(10)

        deadline = time.monotonic() + 10
        for attempt in range(30):
            if attempt >= 5 and time.monotonic() > deadline:
                break
            sluice = Sluice(self.data_dir)
            self.instances.append(sluice)
            sluice.start(wait_ready=False, preexec_fn=crowded)
            code = sluice.stop(signal.SIGTERM)
            self.assertEqual(code, 0, "attempt %d: exit %d after SIGTERM right after the listening line; "
                             "stderr:\n%s" % (attempt, code, sluice.stderr()))

    def test_exits_zero_on_sigterm_during_a_session(self):
        sluice = self.start_sluice()
        client = smtplib.SMTP("127.0.0.1", sluice.port, timeout=20)
        self.addCleanup(client.close)
        client.ehlo("client.example")
        client.mail("sender@example.org")
        self.stop_sluice(sluice)

    def test_second_instance_is_refused(self):
        first = self.start_sluice()
        second = subprocess.run([sluice_binary(), "--data-dir", self.data_dir, "--headless"],
                                stdin=subprocess.DEVNULL, capture_output=True, text=True,
                                env=sluice_environment(), timeout=60)
        self.assertNotEqual(second.returncode, 0)
        self.assertIn("process %d" % first.process.pid, second.stderr)
        self.assertIn(self.data_dir, second.stderr)
        self.assertIsNone(LISTENING.search(second.stderr), "the second instance listened")
        # The first one is unharmed.
        self.assertTrue(read_greeting(first.port).startswith("220 "))
        self.assertTrue(first.running())
        self.stop_sluice(first)
        # And once it is gone, a new one may start.
        third = self.start_sluice()
        self.stop_sluice(third)

    def test_new_instance_starts_after_a_crash(self):
        first = self.start_sluice()
        first.kill()
        second = self.start_sluice()
        self.assertTrue(read_greeting(second.port).startswith("220 "))
        self.stop_sluice(second)

    def test_listen_address_changes_while_running(self):
        sluice = self.start_sluice()
        old_port = sluice.port
        self.assertTrue(read_greeting(old_port).startswith("220 "))
        new_port = free_port()
        self.config_set("smtp.listen", "127.0.0.1:%d" % new_port)

        def greets_on_new_port():
            try:
                return read_greeting(new_port, timeout=2).startswith("220 ")
            except OSError:
                return False

        self.assertTrue(wait_until(greets_on_new_port, 10), "nothing greets on port %d; stderr:\n%s"
                        % (new_port, sluice.stderr()))
        self.assertIsNotNone(sluice.wait_for_log("listening on 127.0.0.1 port %d" % new_port, 1))

        def old_port_closed():
            try:
                read_greeting(old_port, timeout=2)
                return False
            except OSError:
                return True

        self.assertTrue(wait_until(old_port_closed, 5), "port %d still answers" % old_port)
        self.stop_sluice(sluice)

    def test_outbound_only_refuses_new_connections(self):
        sluice = self.start_sluice()
        self.assertTrue(read_greeting(sluice.port).startswith("220 "))
        client = smtplib.SMTP("127.0.0.1", sluice.port, local_hostname="client.example", timeout=20)
        self.addCleanup(client.close)
        self.config_set("connections.transfer_mode", "outbound_only")
        self.assertIsNotNone(sluice.wait_for_log("sluice.config: settings applied", 10), sluice.stderr())

        def greeting():
            # Follows the listener should it move (see test_unrelated_change_keeps_the_port).
            try:
                return read_greeting(sluice.latest_port(), timeout=2)
            except OSError as error:
                return "error: %s" % error

        refused = wait_until(lambda: greeting().startswith("421 "), 10)
        self.assertTrue(refused, "still greeting with %r; stderr:\n%s" % (greeting(), sluice.stderr()))
        self.assertRegex(greeting(), r"^421 4\.3\.2 ")
        self.config_set("connections.transfer_mode", "inbound_outbound")
        self.assertTrue(wait_until(lambda: greeting().startswith("220 "), 10), greeting())
        self.stop_sluice(sluice)

    def test_unrelated_change_keeps_the_port(self):
        # smtp.listen 127.0.0.1:0 means "any free port": once bound, a change of some other setting
        # must not move the listener away from the port clients were given.
        sluice = self.start_sluice()
        self.assertTrue(read_greeting(sluice.port).startswith("220 "))
        self.config_set("smtp.max_recipients", "50")
        self.assertIsNotNone(sluice.wait_for_log("sluice.config: settings applied", 10), sluice.stderr())
        self.assertEqual(sluice.latest_port(), sluice.port, sluice.stderr())
        self.assertTrue(read_greeting(sluice.port).startswith("220 "))
        self.stop_sluice(sluice)

if __name__ == "__main__":
    unittest.main()
