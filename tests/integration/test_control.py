#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The control socket from the command line: `sluice connect-now`, `hang-up` and `status` against a running
headless engine, with a custom dial-up profile made of shell commands, and their exit codes."""

import json
import smtplib
import os
import sqlite3
import stat
import time
import unittest

from sluicetest import SluiceTestCase


class ControlTest(SluiceTestCase):

    def setUp(self):
        super().setUp()
        self.marker = os.path.join(self._temp.name, "link-up")
        result = self.sluice("profile", "add", "test-link",
                             "--connect", "sh -c 'touch \"$0\"' " + self.marker,
                             "--disconnect", "rm -f " + self.marker,
                             "--probe", "command:test -e " + self.marker)
        self.assertEqual(result.returncode, 0, result.stderr)
        self.config_set("dialup.profile", "custom:test-link")
        self.config_set("schedule.mode", "manual")
        self.config_set("link.idle_timeout", "1")

    def cycles(self):
        with sqlite3.connect(os.path.join(self.data_dir, "log.db")) as db:
            return [(row[0], json.loads(row[1])) for row in
                    db.execute("SELECT finished, record FROM cycles ORDER BY id")]

    def wait_for_cycles(self, count, timeout=20.0):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            finished = [record for finished, record in self.cycles() if finished is not None]
            if len(finished) >= count:
                return finished
            time.sleep(0.1)
        self.fail("no %d finished cycle(s) in the log: %r" % (count, self.cycles()))

    def test_without_a_running_engine_exit_code_is_3(self):
        for command in ("connect-now", "hang-up", "status"):
            result = self.sluice(command)
            self.assertEqual(result.returncode, 3, command)
            self.assertIn("not running", result.stderr)

    def test_status_connect_now_and_hang_up(self):
        instance = self.start_sluice()
        socket_path = os.path.join(self.data_dir, "control.sock")
        mode = stat.S_IMODE(os.stat(socket_path).st_mode)
        self.assertEqual(mode & 0o077, 0, "the control socket is open to others: %o" % mode)

        status = self.sluice("status")
        self.assertEqual(status.returncode, 0, status.stderr)
        values = dict(line.split("=", 1) for line in status.stdout.splitlines())
        self.assertEqual(values["phase"], "idle")
        self.assertEqual(values["last-cycle"], "-")
        self.assertEqual(values["next-cycle"], "-")  # manual schedule

        result = self.sluice("connect-now")
        self.assertEqual(result.returncode, 0, result.stderr)
        record = self.wait_for_cycles(1)[0]
        self.assertEqual(record["trigger"], "manual")
        self.assertTrue(record["ok"], record)
        self.assertEqual([phase["name"] for phase in record["phases"]], ["dial", "deliver", "wait", "hangup"])
        self.assertFalse(os.path.exists(self.marker), "the link was not hung up")

        status = dict(line.split("=", 1) for line in self.sluice("status").stdout.splitlines())
        self.assertNotEqual(status["last-cycle"], "-")

        # hang-up ends a cycle that would otherwise wait for a minute.
        self.config_set("link.idle_timeout", "60")
        time.sleep(0.6)  # the running engine notices settings changed by another process
        self.assertEqual(self.sluice("connect-now").returncode, 0)
        deadline = time.monotonic() + 10
        while not os.path.exists(self.marker) and time.monotonic() < deadline:
            time.sleep(0.05)
        self.assertTrue(os.path.exists(self.marker), "the second cycle did not dial")
        started = time.monotonic()
        self.assertEqual(self.sluice("hang-up").returncode, 0)
        self.wait_for_cycles(2)
        self.assertLess(time.monotonic() - started, 20)
        self.assertFalse(os.path.exists(self.marker))
        self.stop_sluice(instance)

    def test_status_lists_mail_held_for_customers(self):
        self.assertEqual(self.sluice("domain", "add", "customer.example", "--hold").returncode, 0)
        instance = self.start_sluice()
        with smtplib.SMTP("127.0.0.1", instance.latest_port(), timeout=10) as client:
            client.sendmail("news@origin.example", ["alice@customer.example"],
                            "Subject: held\r\n\r\nfor the customer\r\n")
        status = self.sluice("status")
        self.assertEqual(status.returncode, 0, status.stderr)
        held = [line for line in status.stdout.splitlines() if line.startswith("held=")]
        self.assertEqual(len(held), 1, status.stdout)
        node, messages, size, oldest = held[0][len("held="):].split(" ")
        self.assertEqual((node, messages), ("customer.example", "1"))
        self.assertGreater(int(size), 0)
        self.assertNotEqual(oldest, "-")

    def test_unknown_control_command_is_refused(self):
        self.start_sluice()
        result = self.sluice("connect-now", "extra")
        self.assertEqual(result.returncode, 2)


if __name__ == "__main__":
    unittest.main()
