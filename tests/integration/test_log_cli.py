#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The connection log from the command line against a headless engine: sessions made with smtplib,
then `sluice log tail`, `log tail --follow`, `log show`, `log list --failed|--search|--since` and the
exit codes (0 done, 1 refused, 2 bad usage, 3 not running)."""

import smtplib
import socket
import subprocess
import time
import unittest

from sluicetest import SluiceTestCase, sluice_binary, sluice_environment

FIELDS = ["entry", "time", "kind", "peer", "dial", "sent", "received", "retrieval", "result", "summary",
          "duration"]


def rows(text):
    return [dict(zip(FIELDS, line.split("\t"))) for line in text.splitlines() if line]


class LogCliTest(SluiceTestCase):

    def send_ok(self, port, subject="log cli"):
        with smtplib.SMTP("127.0.0.1", port, local_hostname="client.example", timeout=20) as client:
            client.sendmail("carol@example.test", ["alice@example.test"],
                            "Subject: %s\r\n\r\nbody text not for the log\r\n" % subject)

    def send_failed(self, port):
        # A refused recipient, then gone without QUIT: a failed session.
        with socket.create_connection(("127.0.0.1", port), timeout=10) as connection:
            connection.recv(1024)
            connection.sendall(b"EHLO broken.example\r\nRCPT TO:<alice@example.test>\r\n")
            data = b""
            while b"503" not in data:
                data += connection.recv(1024)

    def wait_for_rows(self, count, *arguments, timeout=15.0):
        deadline = time.monotonic() + timeout
        while True:
            result = self.sluice("log", "list", *arguments)
            self.assertEqual(result.returncode, 0, result.stderr)
            found = rows(result.stdout)
            if len(found) >= count or time.monotonic() > deadline:
                return found
            time.sleep(0.1)

    def test_not_running_and_bad_usage(self):
        result = self.sluice("log", "tail")
        self.assertEqual(result.returncode, 3)
        self.assertIn("not running", result.stderr)
        self.assertEqual(self.sluice("log").returncode, 2)
        self.assertEqual(self.sluice("log", "frobnicate").returncode, 2)
        self.assertEqual(self.sluice("log", "tail", "-n", "zero").returncode, 2)
        self.assertEqual(self.sluice("log", "show").returncode, 2)
        self.assertEqual(self.sluice("log", "list", "--since", "last tuesday").returncode, 2)
        help_text = self.sluice("log", "--help")
        self.assertEqual(help_text.returncode, 0)
        self.assertIn("log tail", help_text.stdout)

    def test_tail_show_and_list(self):
        instance = self.start_sluice()
        port = instance.latest_port()
        self.send_ok(port, "first")
        self.send_failed(port)
        self.send_ok(port, "third")
        self.assertEqual(len(self.wait_for_rows(3)), 3)

        tail = self.sluice("log", "tail", "-n", "2")
        self.assertEqual(tail.returncode, 0, tail.stderr)
        self.assertEqual(tail.stderr, "")
        entries = rows(tail.stdout)
        self.assertEqual(len(entries), 2)
        # Oldest of the two first: the failed session, then the last one.
        self.assertEqual([entry["result"] for entry in entries], ["failed", "ok"])
        self.assertTrue(all(entry["kind"] == "inbound" for entry in entries))
        self.assertIn("broken.example", entries[0]["peer"])
        self.assertEqual(entries[1]["received"], "1")
        self.assertEqual(len(entries[1]["time"]), len("2026-11-30T02:00:00Z"))

        show = self.sluice("log", "show", entries[1]["entry"])
        self.assertEqual(show.returncode, 0, show.stderr)
        pairs_text, _, transcript = show.stdout.partition("\n\n")
        pairs = dict(line.split("=", 1) for line in pairs_text.splitlines())
        self.assertEqual(pairs["entry"], entries[1]["entry"])
        self.assertEqual(pairs["kind"], "inbound")
        self.assertEqual(pairs["result"], "ok")
        self.assertEqual(pairs["level"], "medium")
        self.assertIn("c: ehlo client.example", transcript.lower())  # smtplib writes lower case
        self.assertIn("c: mail from:<carol@example.test>", transcript.lower())
        self.assertIn("S: 221", transcript)
        self.assertNotIn("body text not for the log", transcript)
        self.assertNotIn("Subject: third", transcript)  # header lines only at maximum

        missing = self.sluice("log", "show", "s999999")
        self.assertEqual(missing.returncode, 1)
        self.assertIn("no entry s999999", missing.stderr)
        self.assertEqual(missing.stdout, "")

        failed = rows(self.sluice("log", "list", "--failed").stdout)
        self.assertEqual([entry["entry"] for entry in failed], [entries[0]["entry"]])
        found = rows(self.sluice("log", "list", "--search", "BROKEN.example").stdout)
        self.assertEqual([entry["entry"] for entry in found], [entries[0]["entry"]])
        self.assertEqual(rows(self.sluice("log", "list", "--since", "2099-01-01T00:00:00Z").stdout), [])
        self.assertEqual(len(rows(self.sluice("log", "list", "--since", "2000-01-01T00:00:00Z").stdout)), 3)

    def test_tail_follow_prints_new_entries(self):
        instance = self.start_sluice()
        port = instance.latest_port()
        self.send_ok(port, "before")
        self.assertEqual(len(self.wait_for_rows(1)), 1)
        follower = subprocess.Popen([sluice_binary(), "--data-dir", self.data_dir, "log", "tail", "-n", "1",
                                     "--follow"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                                    env=sluice_environment())
        self.addCleanup(lambda: (follower.kill(), follower.wait(), follower.stdout.close(),
                                 follower.stderr.close()))
        first = follower.stdout.readline()
        self.assertEqual(rows(first)[0]["result"], "ok")
        self.send_failed(port)
        second = follower.stdout.readline()  # blocks until the engine's log-changed arrives
        self.assertEqual(rows(second)[0]["result"], "failed")
        self.assertIn("broken.example", rows(second)[0]["peer"])
        self.assertIsNone(follower.poll())  # still following


if __name__ == "__main__":
    unittest.main()
