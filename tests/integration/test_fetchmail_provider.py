#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Sluice as the provider, with a real customer-side client: fetchmail 6.4 (Debian) pulls the mail held for
customer.example with ETRN (Sluice releases it to the domain's route) and with ODMR/ATRN (the roles reverse on
fetchmail's own connection and fetchmail hands the mail to its local SMTP server). smtp-sink plays the
customer's mail server in both cases."""

import os
import shutil
import smtplib
import subprocess
import time
import unittest

from peers import SmtpSink, require_tool
from sluicetest import SluiceTestCase, free_port

FETCHMAIL = shutil.which("fetchmail") or "/usr/bin/fetchmail"


class FetchmailProviderTest(SluiceTestCase):

    def setUp(self):
        super().setUp()
        require_tool(FETCHMAIL, "fetchmail")
        self.config_set("secrets.store", "file")
        # Released mail must leave (to the loopback route only): SluiceTestCase keeps outbound off.
        self.config_set("connections.transfer_mode", "inbound_outbound")

    def hold_for_customer(self, route_port):
        result = self.sluice("domain", "add", "customer.example", "--hold", "--route", "127.0.0.1:%d" % route_port)
        self.assertEqual(result.returncode, 0, result.stderr)

    def submit(self, port, subject):
        with smtplib.SMTP("127.0.0.1", port, timeout=10) as client:
            client.sendmail("news@origin.example", ["bob@customer.example"],
                            "Subject: %s\r\n\r\nheld at the provider\r\n" % subject)

    def held_messages(self):
        status = self.sluice("status")
        self.assertEqual(status.returncode, 0, status.stderr)
        for line in status.stdout.splitlines():
            if line.startswith("held=customer.example "):
                return int(line.split(" ")[1])
        return 0

    def wait_for(self, predicate, timeout=20.0):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if predicate():
                return True
            time.sleep(0.1)
        return predicate()

    def fetchmail(self, *arguments):
        home = os.path.join(self._temp.name, "fetchmail-home")
        os.makedirs(home, exist_ok=True)
        env = dict(os.environ, HOME=home, FETCHMAILHOME=home, LC_ALL="C.UTF-8")
        return subprocess.run([FETCHMAIL, "--nodetach", "--nosyslog", "--sslproto", "", *arguments],
                              stdin=subprocess.DEVNULL, capture_output=True, text=True, env=env, timeout=60)

    def test_etrn_from_fetchmail_releases_to_the_route(self):
        route = SmtpSink(self._temp.name, name="route").start()
        self.addCleanup(route.stop)
        self.hold_for_customer(route.port)
        instance = self.start_sluice()
        self.submit(instance.latest_port(), "etrn one")
        self.submit(instance.latest_port(), "etrn two")
        self.assertEqual(self.held_messages(), 2)
        time.sleep(1)
        self.assertEqual(route.dumps(), {}, "held mail was delivered before ETRN")

        result = self.fetchmail("--protocol", "ETRN", "--fetchdomains", "customer.example",
                                "--service", str(instance.latest_port()), "127.0.0.1")
        self.assertIn(result.returncode, (0, 1), result.stdout + result.stderr)  # 1: "no mail" in fetchmail's terms
        dumps = route.wait_for_dumps(2)
        self.assertEqual(len(dumps), 2, route.log() + result.stderr)
        bodies = b"".join(dumps.values())
        self.assertIn(b"Subject: etrn one", bodies)
        self.assertIn(b"Subject: etrn two", bodies)
        self.assertTrue(self.wait_for(lambda: self.held_messages() == 0))

    def test_odmr_from_fetchmail_reverses_the_connection(self):
        atrn_port = free_port()
        customer_server = SmtpSink(self._temp.name, name="customer").start()
        self.addCleanup(customer_server.stop)
        self.hold_for_customer(free_port())  # the route is never used: the customer pulls
        added = subprocess.run([os.environ["SLUICE_BINARY"], "--data-dir", self.data_dir, "account", "add",
                                "customer", "--domains", "customer.example"], input="odmr-secret\n",
                               capture_output=True, text=True, timeout=30)
        self.assertEqual(added.returncode, 0, added.stderr)
        self.config_set("atrn.listen", "127.0.0.1:%d" % atrn_port)
        instance = self.start_sluice()
        self.assertIsNotNone(instance.wait_for_log("ATRN (On-Demand Mail Relay) listening", 10))
        self.submit(instance.latest_port(), "odmr one")
        self.assertEqual(self.held_messages(), 1)

        rc = os.path.join(self._temp.name, "fetchmailrc")
        with open(rc, "w") as stream:
            stream.write("poll 127.0.0.1 service %d protocol ODMR user customer password odmr-secret\n"
                         "  fetchdomains customer.example smtphost 127.0.0.1/%d\n" % (atrn_port, customer_server.port))
        os.chmod(rc, 0o600)
        result = self.fetchmail("--fetchmailrc", rc)
        self.assertIn(result.returncode, (0, 1), result.stdout + result.stderr)
        dumps = customer_server.wait_for_dumps(1)
        self.assertEqual(len(dumps), 1, result.stdout + result.stderr + customer_server.log() + instance.stderr())
        self.assertIn(b"Subject: odmr one", b"".join(dumps.values()))
        self.assertTrue(self.wait_for(lambda: self.held_messages() == 0))
        self.assertNotIn("odmr-secret", instance.stderr())


if __name__ == "__main__":
    unittest.main()
