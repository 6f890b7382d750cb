#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""`sluice queue list|show|retry|hold|release|delete` against the real binary running headless: mail
submitted by SMTP for an unreachable smarthost stays queued; the commands' output and exit codes
(0 done, 1 refused, 2 bad usage, 3 nothing runs on the data folder)."""

import smtplib
import time
import unittest

from sluicetest import SluiceTestCase, free_port

COLUMNS = ["QUEUE_ID", "SENDER", "RECIPIENTS", "SIZE", "RECEIVED", "ATTEMPTS", "NEXT_RETRY", "LAST_REPLY",
           "STATE"]


class QueueCliTest(SluiceTestCase):

    def setUp(self):
        super().setUp()
        self.config_set("connections.transfer_mode", "inbound_outbound")
        self.config_set("delivery.mode", "smarthost")
        # Nothing listens there: every attempt is refused, the mail stays queued (deferred).
        self.config_set("delivery.smarthost", "127.0.0.1:%d" % free_port())
        self.config_set("outbound.timeout_connect", "5")

    def rows(self, *options):
        result = self.sluice("queue", "list", *options)
        self.assertEqual(result.returncode, 0, result.stderr)
        return [line.split("\t") for line in result.stdout.splitlines()]

    def submit(self, port, sender, recipient):
        client = smtplib.SMTP("127.0.0.1", port, local_hostname="client.example", timeout=20)
        try:
            message = "From: <%s>\r\nTo: <%s>\r\nSubject: queued for %s\r\n\r\nbody\r\n" % (
                sender or "nobody@example.org", recipient, recipient)
            self.assertEqual(client.sendmail(sender, [recipient], message.encode("ascii")), {})
        finally:
            client.quit()

    def wait_for_states(self, expected, timeout=30.0):
        """Waits until the queue holds exactly these (recipients, state) pairs; returns the rows."""
        deadline = time.monotonic() + timeout
        while True:
            rows = self.rows()
            if sorted((row[2], row[8]) for row in rows) == sorted(expected) or time.monotonic() > deadline:
                return rows
            time.sleep(0.2)

    def test_without_a_running_engine_exit_code_is_3(self):
        for command in (["list"], ["show", "X1"], ["retry", "--all"], ["hold", "X1"], ["release", "X1"],
                        ["delete", "--report", "X1"]):
            result = self.sluice("queue", *command)
            self.assertEqual(result.returncode, 3, command)
            self.assertIn("not running", result.stderr)
            self.assertEqual(result.stdout, "")

    def test_bad_usage_exit_code_is_2(self):
        for command in ([], ["frobnicate"], ["list", "--sort", "colour"], ["list", "--section", "elsewhere"],
                        ["list", "--limit", "many"], ["list", "--bogus"], ["show"], ["show", "A", "B"],
                        ["retry"], ["retry", "--all", "X1"], ["delete"], ["delete", "--report"],
                        ["hold"], ["release", "--now", "X1"]):
            result = self.sluice("queue", *command)
            self.assertEqual(result.returncode, 2, "%s: %s" % (command, result.stderr))
            self.assertIn("Usage:", result.stderr)
            self.assertEqual(result.stdout, "")
        result = self.sluice("queue", "--help")
        self.assertEqual(result.returncode, 0)
        self.assertIn("sluice queue list", result.stdout)

    def test_list_show_retry_hold_release_delete(self):
        sluice = self.start_sluice()
        self.submit(sluice.port, "sender@origin.example", "r1@far.example")
        self.submit(sluice.port, "", "r2@far.example")
        rows = self.wait_for_states([("r1@far.example", "deferred"), ("r2@far.example", "deferred")])
        self.assertEqual(len(rows), 2, "mail did not stay deferred; stderr:\n%s" % sluice.stderr())
        by_recipient = {row[2]: row for row in rows}
        first, second = by_recipient["r1@far.example"], by_recipient["r2@far.example"]
        self.assertEqual(len(first), len(COLUMNS))
        self.assertEqual(first[1], "sender@origin.example")
        self.assertEqual(second[1], "<>")
        self.assertGreater(int(first[3]), 0)
        self.assertTrue(first[4].endswith("Z"), first[4])
        self.assertGreaterEqual(int(first[5]), 1)
        self.assertNotEqual(first[7], "")
        oldest_first = [row[0] for row in rows]

        # Listing: header, sections, search, sort, limit.
        result = self.sluice("queue", "list", "--header")
        self.assertEqual(result.stdout.splitlines()[0].split("\t"), COLUMNS)
        self.assertEqual(self.rows("--section", "inbound"), [])
        self.assertEqual(len(self.rows("--section", "outbound")), 2)
        self.assertEqual([row[0] for row in self.rows("--search", "R2@FAR")], [second[0]])
        self.assertEqual([row[0] for row in self.rows("--sort", "age", "--desc")], oldest_first[::-1])
        self.assertEqual([row[0] for row in self.rows("--sort", "sender")], [second[0], first[0]])
        self.assertEqual(len(self.rows("--limit", "1")), 1)

        # Details.
        result = self.sluice("queue", "show", first[0])
        self.assertEqual(result.returncode, 0, result.stderr)
        lines = result.stdout.splitlines()
        pairs = dict(line.split("=", 1) for line in lines if not line.startswith("recipient\t"))
        self.assertEqual(pairs["queue-id"], first[0])
        self.assertEqual(pairs["sender"], "sender@origin.example")
        self.assertEqual(pairs["helo"], "client.example")
        self.assertEqual(pairs["on-hold"], "no")
        self.assertIn("Subject: queued for r1@far.example", pairs["headers"])
        recipient = [line.split("\t") for line in lines if line.startswith("recipient\t")]
        self.assertEqual(recipient[0][1:4], ["r1@far.example", "remote", "deferred"])
        result = self.sluice("queue", "show", "NOSUCHID")
        self.assertEqual(result.returncode, 1)
        self.assertIn("no message NOSUCHID in the queue", result.stderr)
        self.assertEqual(result.stdout, "")

        # Retry.
        result = self.sluice("queue", "retry", first[0])
        self.assertEqual((result.returncode, result.stdout), (0, "count=1\n"), result.stderr)
        result = self.sluice("queue", "retry", "--all")
        self.assertEqual((result.returncode, result.stdout), (0, "count=2\n"), result.stderr)
        result = self.sluice("queue", "retry", first[0], "NOSUCHID")
        self.assertEqual(result.returncode, 1)
        self.assertIn("no message NOSUCHID in the queue", result.stderr)

        # Hold and release.
        result = self.sluice("queue", "hold", first[0])
        self.assertEqual((result.returncode, result.stdout), (0, "count=1\n"), result.stderr)
        states = {row[0]: row[8] for row in self.rows()}
        self.assertEqual(states[first[0]], "on-hold")
        self.assertIn("on-hold=yes", self.sluice("queue", "show", first[0]).stdout.splitlines())
        result = self.sluice("queue", "retry", first[0])
        self.assertEqual(result.stdout, "count=0\n")  # an on-hold message is left alone
        result = self.sluice("queue", "release", first[0])
        self.assertEqual((result.returncode, result.stdout), (0, "count=1\n"), result.stderr)
        self.assertNotEqual({row[0]: row[8] for row in self.rows()}[first[0]], "on-hold")

        # Delete with a report: the sender gets one; the null sender none.
        result = self.sluice("queue", "delete", "--report", first[0])
        self.assertEqual((result.returncode, result.stdout), (0, "count=1\n"), result.stderr)
        rows = self.rows()
        reports = [row for row in rows if row[0] not in (first[0], second[0])]
        self.assertEqual(len(rows), 2)
        self.assertEqual(len(reports), 1)
        self.assertEqual(reports[0][1:3], ["<>", "sender@origin.example"])
        headers = dict(line.split("=", 1) for line in self.sluice("queue", "show", reports[0][0]).stdout.splitlines()
                       if "=" in line.split("\t")[0])["headers"]
        self.assertIn("multipart/report", headers)
        result = self.sluice("queue", "delete", "--report", second[0])
        self.assertEqual((result.returncode, result.stdout), (0, "count=1\n"), result.stderr)
        self.assertEqual([row[0] for row in self.rows()], [reports[0][0]])
        result = self.sluice("queue", "delete", reports[0][0])
        self.assertEqual((result.returncode, result.stdout), (0, "count=1\n"), result.stderr)
        self.assertEqual(self.rows(), [])
        result = self.sluice("queue", "delete", reports[0][0])
        self.assertEqual(result.returncode, 1)
        self.stop_sluice(sluice)


if __name__ == "__main__":
    unittest.main()
