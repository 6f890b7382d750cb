# SPDX-License-Identifier: GPL-3.0-or-later
"""The link cycle end to end against a real provider: a private Postfix instance that holds the
office's mail until ETRN, relays the office's outbound mail to an smtp-sink ("the Internet"), and a
custom dial-up profile whose connect and disconnect commands create and remove a marker file.

One cycle ("sluice connect-now") must: dial (the marker appears), deliver the two queued outbound
messages through the provider, send ETRN office.example, take the three held messages into the
Maildirs, wait until no traffic has flowed for the idle time-out, and hang up (the marker is gone).
Everything runs on loopback; the provider is stopped by the test's cleanup even when it fails."""

import datetime
import json
import os
import smtplib
import sqlite3
import time
import unittest

from peers import PostfixProvider, SmtpSink, parse_sink_dump, require_root
from sluicetest import SluiceTestCase, free_port

HOSTNAME = "gateway.office.example"
OFFICE_SENDER = "alice@office.example"
FAR_RCPT = "someone@far.example"
REMOTE_SENDER = "x@remote.example"
IDLE_TIMEOUT = 3  # seconds
PHASES = ["dial", "deliver", "retrieve", "wait", "hangup"]


def make_message(token, sender, recipient):
    """A CRLF message with every header Postfix would otherwise add, a unique subject and body, and
    lines that exercise dot-stuffing and 8-bit text."""
    lines = [
        "From: <%s>" % sender,
        "To: <%s>" % recipient,
        "Subject: link cycle %s" % token,
        "Message-ID: <%s@link.example>" % token,
        "Date: Mon, 01 Jan 2024 08:00:00 +0000",
        "MIME-Version: 1.0",
        "Content-Type: text/plain; charset=utf-8",
        "Content-Transfer-Encoding: 8bit",
        "",
        "Body of %s." % token,
        ".leading dot",
        "..",
        "Ünïcödé 8-bit text ✓",
        "end of %s" % token,
    ]
    return ("\r\n".join(lines) + "\r\n").encode("utf-8")


def parse_time(text):
    """An ISO 8601 time of the cycle record (Qt writes "...T21:24:15.123Z")."""
    return datetime.datetime.fromisoformat(text.replace("Z", "+00:00"))


class LinkPostfixTest(SluiceTestCase):
    MAILBOXES = ("alice", "bob")
    LOCAL_DOMAIN = PostfixProvider.OFFICE_DOMAIN

    def setUp(self):
        require_root("the provider is a private Postfix instance, whose master runs as root")
        super().setUp()
        self.work_dir = self._temp.name
        self.marker = os.path.join(self.work_dir, "link-up")
        # Sluice's port is chosen now: the provider's transport for office.example must name it.
        self.office_port = free_port()
        self.far = SmtpSink(self.work_dir, name="far")
        self.addCleanup(self.far.stop)
        self.far.start()
        self.provider = PostfixProvider(self.work_dir, self.office_port, self.far.port)
        self.addCleanup(self.provider.stop)
        self.provider.start()

    # ---- helpers -----------------------------------------------------------------------------
    def diagnostics(self):
        """Everything a failure needs: the logs of Sluice, the provider and the far sink."""
        parts = ["--- provider queue:\n%s" % json.dumps(self.provider.queue_json(), indent=1),
                 "--- provider log:\n%s" % self.provider.log()[-6000:],
                 "--- far sink log:\n%s" % self.far.log()[-2000:]]
        for instance in self.instances:
            parts.append("--- sluice stderr:\n%s" % instance.stderr()[-8000:])
        return "\n".join(parts)

    def configure_sluice(self):
        for key, value in (
            ("smtp.listen", "127.0.0.1:%d" % self.office_port),
            ("general.hostname", HOSTNAME),
            ("delivery.mode", "smarthost"),
            ("delivery.smarthost", "127.0.0.1:%d" % self.provider.port),
            ("retrieval.method", "etrn"),
            ("retrieval.domains", PostfixProvider.OFFICE_DOMAIN),
            ("schedule.mode", "manual"),
            ("link.idle_timeout", str(IDLE_TIMEOUT)),
            ("link.first_delivery_grace", "10"),
            ("dialup.retries", "0"),
            # sluicetest keeps remote mail queued (inbound_only); the cycle must deliver it.
            ("connections.transfer_mode", "inbound_outbound"),
            ("outbound.timeout_connect", "10"),
            ("outbound.timeout_greeting", "10"),
            ("outbound.timeout_command", "10"),
        ):
            self.config_set(key, value)
        # A dial-up link that is "up" while the marker exists: Sluice stays in dial-up mode, so
        # outbound mail waits for a cycle, and hanging up can be seen (the marker goes).
        result = self.sluice("profile", "add", "provider", "--connect", "touch " + self.marker,
                             "--disconnect", "rm -f " + self.marker, "--probe", "command:test -e " + self.marker)
        self.assertEqual(result.returncode, 0, "profile add failed: %s" % result.stderr)
        self.config_set("dialup.profile", "custom:provider")

    def send_to_sluice(self, port, sender, recipient, message):
        with smtplib.SMTP("127.0.0.1", port, local_hostname="client.office.example", timeout=20) as client:
            self.assertEqual(client.sendmail(sender, [recipient], message), {})

    def cycles(self):
        path = os.path.join(self.data_dir, "log.db")
        if not os.path.exists(path):
            return []
        connection = sqlite3.connect(path, timeout=10)
        try:
            return connection.execute("SELECT id, started, finished, record FROM cycles ORDER BY id").fetchall()
        except sqlite3.OperationalError:
            return []  # the table is not there yet
        finally:
            connection.close()

    def wait_for_finished_cycle(self, timeout):
        deadline = time.monotonic() + timeout
        while True:
            finished = [row for row in self.cycles() if row[2] is not None]
            if finished or time.monotonic() > deadline:
                return finished
            time.sleep(0.1)

    def strip_received(self, data, by):
        """Splits off the first header, which must be a Received: header naming `by`."""
        lines = data.split(b"\n")
        self.assertTrue(lines[0].startswith(b"Received: from "), "expected a Received: header: %r" % data[:300])
        index = 1
        while index < len(lines) and lines[index].startswith(b"\t"):
            index += 1
        received = b"\n".join(lines[:index])
        self.assertIn(by, received)
        return b"\n".join(lines[index:])

    @staticmethod
    def as_stored(message):
        return message.replace(b"\r\n", b"\n")

    # ---- the test ----------------------------------------------------------------------------
    def test_cycle_delivers_sends_etrn_receives_held_mail_and_hangs_up(self):
        # 1. The provider holds three messages for the office, which is offline: refused, deferred.
        held = {}
        for token, mailbox in (("held-1", "alice"), ("held-2", "bob"), ("held-3", "alice")):
            recipient = "%s@%s" % (mailbox, PostfixProvider.OFFICE_DOMAIN)
            held[token] = (mailbox, make_message(token, REMOTE_SENDER, recipient))
            self.provider.submit(REMOTE_SENDER, recipient, held[token][1])
        entries = self.provider.wait_for_deferred(3)
        deferred = [entry for entry in entries if entry.get("queue_name") == "deferred"]
        self.assertEqual(len(deferred), 3, self.diagnostics())
        for entry in deferred:
            reasons = [recipient.get("delay_reason", "") for recipient in entry["recipients"]]
            self.assertTrue(all("Connection refused" in reason for reason in reasons), reasons)

        # 2. Sluice comes up in dial-up mode: outbound mail stays queued, and the provider, whose
        # retry is an hour away, sends nothing on its own although Sluice now listens.
        self.configure_sluice()
        sluice = self.start_sluice()
        self.assertEqual(sluice.port, self.office_port, sluice.stderr())
        outbound = {}
        for token in ("out-1", "out-2"):
            outbound[token] = make_message(token, OFFICE_SENDER, FAR_RCPT)
            self.send_to_sluice(sluice.port, OFFICE_SENDER, FAR_RCPT, outbound[token])
        time.sleep(2.0)
        self.assertEqual(self.far.dumps(), {}, "mail left before the cycle:\n" + self.diagnostics())
        self.assertEqual(self.queue_rows("SELECT COUNT(*) FROM recipients WHERE route = 1")[0][0], 2)
        self.assertEqual(self.maildir_messages("alice"), {}, "held mail arrived before ETRN")
        self.assertEqual(self.maildir_messages("bob"), {}, "held mail arrived before ETRN")
        self.assertFalse(os.path.exists(self.marker), "Sluice dialed before it was asked to")
        self.assertEqual(self.cycles(), [])

        # 3. One cycle.
        result = self.sluice("connect-now")
        self.assertEqual(result.returncode, 0, "connect-now: %s%s" % (result.stdout, result.stderr))
        finished = self.wait_for_finished_cycle(40)
        self.assertEqual(len(finished), 1, "no finished cycle within 40 s:\n" + self.diagnostics())
        record = json.loads(finished[0][3])

        # Outbound: both messages reached the far destination through the provider, unchanged.
        dumps = self.far.wait_for_dumps(2, 10)
        self.assertEqual(len(dumps), 2, self.diagnostics())
        arrived = []
        for data in dumps.values():
            envelope, _, message = parse_sink_dump(data)
            # The 8-bit body travels as BODY=8BITMIME all the way.
            self.assertEqual(envelope["mail"].split(), ["<%s>" % OFFICE_SENDER, "BODY=8BITMIME"])
            self.assertEqual([rcpt.split()[0] for rcpt in envelope["rcpt"]], ["<%s>" % FAR_RCPT])
            message = self.strip_received(message, b"by provider.localdomain (Postfix)")
            message = self.strip_received(message, b"by " + HOSTNAME.encode() + b" (Sluice)")
            arrived.append(message)
        self.assertEqual(sorted(arrived), sorted(self.as_stored(m) for m in outbound.values()))
        self.assertEqual(self.queue_rows("SELECT COUNT(*) FROM recipients WHERE route = 1")[0][0], 0)

        # Inbound: the three held messages are in their Maildirs, unchanged, and the provider's
        # queue is empty.
        for mailbox, count in (("alice", 2), ("bob", 1)):
            self.assertEqual(len(self.wait_for_maildir(mailbox, count, 10)), count, self.diagnostics())
        stored = {}
        for mailbox in self.MAILBOXES:
            for content in self.maildir_messages(mailbox).values():
                received, rest = self.split_delivered(content, REMOTE_SENDER.encode())
                self.assertIn(b"from provider.localdomain", received)
                stored[self.strip_received(rest, b"by provider.localdomain (Postfix)")] = mailbox
        self.assertEqual(stored, {self.as_stored(message): mailbox for mailbox, message in held.values()})
        self.assertTrue(self.provider.wait_until_queue_empty(10), self.diagnostics())

        # The cycle's record.
        self.assertTrue(record["ok"], json.dumps(record, indent=1))
        self.assertEqual(record["messagesSent"], 2, record)
        self.assertEqual(record["messagesReceived"], 3, record)
        etrn = [reply for reply in record["retrievalReplies"] if reply.startswith("ETRN office.example: ")]
        self.assertEqual(len(etrn), 1, record["retrievalReplies"])
        self.assertRegex(etrn[0], r"^ETRN office\.example: 250\b")
        self.assertEqual(record["errors"], [])
        self.assertEqual([phase["name"] for phase in record["phases"]], PHASES, record["phases"])
        phases = {phase["name"]: phase for phase in record["phases"]}
        wait = phases["wait"]
        waited = (parse_time(wait["finished"]) - parse_time(wait["started"])).total_seconds()
        self.assertGreaterEqual(waited, IDLE_TIMEOUT, wait)
        # The held mail came, so the idle time-out counted from its arrival and the first-delivery
        # grace (10 s) no longer held the link up.
        self.assertLess(waited, 10, wait)

        # Hung up: the disconnect command removed the marker.
        self.assertFalse(os.path.exists(self.marker), "the link is still up after the cycle")
        self.stop_sluice(sluice)


if __name__ == "__main__":
    unittest.main()
