#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The headless service from the outside: `sluice status` with the console's pairs (state, paused, pid),
`sluice pause|resume|reload` with their exit codes (0 done, 1 refused, 2 bad usage, 3 nothing running),
the pause kept across a restart, one engine per data folder (a second start names the first one's pid),
and an owner-only control socket."""

import json
import os
import sqlite3
import stat
import subprocess
import time
import unittest

from sluicetest import SluiceTestCase, sluice_binary, sluice_environment


class ServiceTest(SluiceTestCase):

    def setUp(self):
        super().setUp()
        self.marker = os.path.join(self._temp.name, "link-up")
        result = self.sluice("profile", "add", "test-link",
                             "--connect", "sh -c 'touch \"$0\"' " + self.marker,
                             "--disconnect", "rm -f " + self.marker,
                             "--probe", "command:test -e " + self.marker)
        self.assertEqual(result.returncode, 0, result.stderr)
        self.config_set("dialup.profile", "custom:test-link")
        self.config_set("link.idle_timeout", "1")

    def status(self):
        result = self.sluice("status")
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertEqual(result.stderr, "")
        pairs = {}
        for line in result.stdout.splitlines():
            key, _, value = line.partition("=")
            self.assertTrue(_, "not a key=value line: %r" % line)
            pairs.setdefault(key, value)
        return pairs

    def finished_cycles(self):
        path = os.path.join(self.data_dir, "log.db")
        if not os.path.exists(path):
            return []
        with sqlite3.connect(path) as db:
            return [json.loads(row[0]) for row in
                    db.execute("SELECT record FROM cycles WHERE finished IS NOT NULL ORDER BY id")]

    def wait_for(self, predicate, timeout=20.0, what="condition"):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            value = predicate()
            if value:
                return value
            time.sleep(0.1)
        self.fail("timed out waiting for " + what)

    def test_nothing_running_exits_3(self):
        for command in ("status", "pause", "resume", "reload"):
            result = self.sluice(command)
            self.assertEqual(result.returncode, 3, command)
            self.assertEqual(result.stdout, "")
            self.assertIn("not running", result.stderr)

    def test_bad_usage_exits_2(self):
        self.start_sluice()
        for arguments in (("pause", "now"), ("reload", "x"), ("resume", "--", "y")):
            result = self.sluice(*arguments)
            self.assertEqual(result.returncode, 2, arguments)

    def test_status_pairs(self):
        self.config_set("schedule.mode", "manual")
        instance = self.start_sluice()
        status = self.status()
        for key in ("state", "paused", "phase", "link", "next-cycle", "last-cycle", "last-result", "last-ok",
                    "queued-messages", "queued-remote", "queued-local", "queued-held", "pid"):
            self.assertIn(key, status)
        self.assertEqual(status["state"], "idle")
        self.assertEqual(status["paused"], "no")
        self.assertEqual(status["last-ok"], "-")
        self.assertEqual(int(status["pid"]), instance.process.pid)
        self.assertEqual(int(status["smtp-port"]), instance.port)

        # A cycle whose dial command fails: the state says error afterwards.
        self.sluice("profile", "remove", "test-link")
        self.assertEqual(self.sluice("profile", "add", "test-link", "--connect", "false",
                                     "--disconnect", "true", "--probe", "command:false").returncode, 0)
        self.config_set("dialup.retries", "0")
        self.assertEqual(self.sluice("reload").returncode, 0)
        self.assertEqual(self.sluice("connect-now").returncode, 0)
        self.wait_for(lambda: self.finished_cycles(), what="the failed cycle")
        status = self.wait_for(lambda: (lambda s: s if s["last-ok"] == "no" else None)(self.status()),
                               what="last-ok=no")
        self.assertEqual(status["state"], "error")

    def test_pause_resume_and_restart(self):
        # Every 10 minutes: a Startup cycle at every start, unless the schedule is paused.
        self.config_set("schedule.mode", "every")
        self.config_set("schedule.every_minutes", "10")
        instance = self.start_sluice()
        self.wait_for(lambda: len(self.finished_cycles()) >= 1, what="the startup cycle")
        self.assertNotEqual(self.status()["next-cycle"], "-")

        result = self.sluice("pause")
        self.assertEqual((result.returncode, result.stdout), (0, ""), result.stderr)
        status = self.status()
        self.assertEqual(status["paused"], "yes")
        self.assertEqual(status["next-cycle"], "-")

        # Connect now still works while paused.
        self.assertEqual(self.sluice("connect-now").returncode, 0)
        self.wait_for(lambda: len(self.finished_cycles()) >= 2, what="the manual cycle while paused")
        self.assertEqual(self.finished_cycles()[1]["trigger"], "manual")

        # The pause survives a restart: no Startup cycle.
        self.stop_sluice(instance)
        instance = self.start_sluice()
        self.assertEqual(self.status()["paused"], "yes")
        time.sleep(2)
        self.assertEqual(len(self.finished_cycles()), 2, "a cycle ran although the schedule is paused")

        result = self.sluice("resume")
        self.assertEqual((result.returncode, result.stdout), (0, ""), result.stderr)
        status = self.status()
        self.assertEqual(status["paused"], "no")
        self.assertNotEqual(status["next-cycle"], "-")
        self.stop_sluice(instance)

    def test_reload_applies_settings_now(self):
        self.config_set("schedule.mode", "manual")
        instance = self.start_sluice()
        lines = len(instance.lines)
        result = self.sluice("reload")
        self.assertEqual((result.returncode, result.stdout), (0, ""), result.stderr)
        self.assertIsNotNone(instance.wait_for_log("reloading the settings", 10, after=lines))

    def test_second_service_names_the_first(self):
        first = self.start_sluice()
        process = subprocess.run([sluice_binary(), "--data-dir", self.data_dir, "--headless"],
                                 stdin=subprocess.DEVNULL, capture_output=True, text=True, timeout=30,
                                 env=sluice_environment())
        self.assertNotEqual(process.returncode, 0)
        self.assertIn("process %d" % first.process.pid, process.stderr)
        self.assertIn("--headless", process.stderr)  # the holder's command line
        self.assertIn(self.data_dir, process.stderr)
        self.assertTrue(first.running())

    def test_control_socket_is_owner_only(self):
        self.start_sluice()
        path = os.path.join(self.data_dir, "control.sock")
        info = os.stat(path)
        self.assertTrue(stat.S_ISSOCK(info.st_mode))
        self.assertEqual(stat.S_IMODE(info.st_mode) & 0o077, 0, "open to others: %o" % info.st_mode)
        self.assertEqual(info.st_uid, os.getuid())


if __name__ == "__main__":
    unittest.main()
