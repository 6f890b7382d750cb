# SPDX-License-Identifier: GPL-3.0-or-later
"""Python's smtplib against `sluice --headless`: multi-recipient delivery, EmailMessage, SIZE limit."""

import copy
import email.generator
import email.policy
import io
import os
import smtplib
import time
import unittest
from email import message_from_bytes
from email.message import EmailMessage

from sluicetest import SluiceTestCase

SENDER = "sender@example.org"
LOCAL = ["alice@example.test", "bob@example.test"]
REMOTE = "carol@remote.example"


def crlf_message(token, extra_lines=()):
    lines = [
        "From: Sender <%s>" % SENDER,
        "To: alice@example.test, bob@example.test, %s" % REMOTE,
        "Subject: smtplib message %s" % token,
        "Message-ID: <%s@example.org>" % token,
        "Content-Type: text/plain; charset=utf-8",
        "",
        "Body of %s." % token,
        ".leading dot",
        "..",
        ".",
        "Ünïcödé 8-bit text ✓",
        *extra_lines,
        "",
        "end",
    ]
    return ("\r\n".join(lines) + "\r\n").encode("utf-8")


class SmtplibTest(SluiceTestCase):
    MAILBOXES = ("alice", "bob")

    def connect(self, port):
        client = smtplib.SMTP("127.0.0.1", port, local_hostname="client.example", timeout=20)
        self.addCleanup(client.close)
        return client

    def find_by_token(self, mailbox, token):
        return {path: content for path, content in self.maildir_messages(mailbox).items()
                if token.encode() in content}

    def wait_for_token(self, mailbox, token, timeout=15.0):
        deadline = time.monotonic() + timeout
        while True:
            found = self.find_by_token(mailbox, token)
            if found or time.monotonic() > deadline:
                return found
            time.sleep(0.05)

    def test_several_messages_to_local_and_remote_recipients(self):
        sluice = self.start_sluice()
        client = self.connect(sluice.port)
        sent = {}
        for number in range(5):
            token = "smtplib-multi-%d" % number
            message = crlf_message(token, ["line %d of %d" % (i, number) for i in range(number * 3)])
            refused = client.sendmail(SENDER, LOCAL + [REMOTE], message)
            self.assertEqual(refused, {})
            sent[token] = message
        client.quit()

        for token, message in sent.items():
            for mailbox, address in zip(("alice", "bob"), LOCAL):
                found = self.wait_for_token(mailbox, token)
                self.assertEqual(len(found), 1, "%s in %s: %s" % (token, mailbox, list(found)))
                received, rest = self.split_delivered(next(iter(found.values())), SENDER.encode())
                # Three recipients: the Received header names none of them.
                self.assertNotIn(b"for <", received)
                self.assertEqual(rest, message.replace(b"\r\n", b"\n"))
        self.assertEqual(self.wait_for_no_local_recipients(), 0)
        self.stop_sluice(sluice)

        # The remote copies wait in the queue: one message row each, one remote recipient row each.
        rows = self.queue_rows("SELECT m.queue_id, m.sender, m.content, r.address, r.route, r.state"
                               " FROM messages m JOIN recipients r ON r.message_id = m.id")
        self.assertEqual(len(rows), len(sent), rows)
        for token, message in sent.items():
            matching = [row for row in rows if token.encode() in bytes(row[2])]
            self.assertEqual(len(matching), 1, token)
            queue_id, sender, content, address, route, _state = matching[0]
            self.assertEqual(sender, SENDER)
            self.assertEqual(address, REMOTE)
            self.assertEqual(route, 1)
            self.assertTrue(bytes(content).endswith(message), "queued content keeps the wire's CRLF")
            self.assertIn(b" id " + queue_id.encode(), bytes(content))

    def test_send_message_with_email_message(self):
        message = EmailMessage()
        message["From"] = "Sender <%s>" % SENDER
        message["To"] = "Alice <alice@example.test>"
        message["Subject"] = "Grüße via EmailMessage"
        message["Message-ID"] = "<emailmessage-1@example.org>"
        message["Bcc"] = "bob@example.test"
        message.set_content("Hello Alice,\n.dot first\n\nÄrger? Nein: Freude. ✓\n")
        # What smtplib sends: a copy without Bcc, flattened with CRLF (as send_message does it).
        without_bcc = copy.copy(message)
        del without_bcc["Bcc"]
        expected = io.BytesIO()
        email.generator.BytesGenerator(expected).flatten(without_bcc, linesep="\r\n")

        sluice = self.start_sluice()
        client = self.connect(sluice.port)
        refused = client.send_message(message)
        self.assertEqual(refused, {})
        client.quit()

        for mailbox in ("alice", "bob"):
            found = self.wait_for_token(mailbox, "emailmessage-1@example.org")
            self.assertEqual(len(found), 1, mailbox)
            _received, rest = self.split_delivered(next(iter(found.values())), SENDER.encode())
            self.assertNotIn(b"Bcc:", rest)
            self.assertEqual(rest, expected.getvalue().replace(b"\r\n", b"\n"))
            parsed = message_from_bytes(rest, policy=email.policy.default)
            self.assertEqual(parsed["Subject"], "Grüße via EmailMessage")
            self.assertEqual(parsed.get_content(), message.get_content())
        self.stop_sluice(sluice)

    def test_postmaster_catch_all_and_letter_case(self):
        self.config_set("delivery.catch_all", "bob")
        sluice = self.start_sluice()
        client = self.connect(sluice.port)
        # Local parts compare case-insensitively.
        message = crlf_message("letter-case")
        self.assertEqual(client.sendmail(SENDER, ["ALICE@Example.TEST"], message), {})
        # Unknown local parts go to the catch-all mailbox; postmaster is always accepted.
        unknown = crlf_message("to-the-catch-all")
        self.assertEqual(client.sendmail(SENDER, ["nobody@example.test"], unknown), {})
        postmaster = crlf_message("to-the-postmaster")
        self.assertEqual(client.sendmail(SENDER, ["PostMaster@example.test"], postmaster), {})
        client.quit()

        found = self.wait_for_token("alice", "letter-case")
        self.assertEqual(len(found), 1, list(found))
        self.assertIn(b"for <ALICE@Example.TEST>;", next(iter(found.values())))
        found = self.wait_for_token("bob", "to-the-catch-all")
        self.assertEqual(len(found), 1)
        received, rest = self.split_delivered(next(iter(found.values())), SENDER.encode())
        self.assertIn(b"for <nobody@example.test>;", received)
        self.assertEqual(rest, unknown.replace(b"\r\n", b"\n"))
        found = self.wait_for_token("postmaster", "to-the-postmaster")
        self.assertEqual(len(found), 1)
        self.assertEqual(self.split_delivered(next(iter(found.values())), SENDER.encode())[1],
                         postmaster.replace(b"\r\n", b"\n"))
        self.assertFalse(os.path.exists(os.path.join(self.mail_root, "nobody")))
        self.assertEqual(self.wait_for_no_local_recipients(), 0)
        self.stop_sluice(sluice)

    def test_one_copy_per_mailbox(self):
        # The same recipient twice, or spelt in other letter case, names the same mailbox: one copy.
        sluice = self.start_sluice()
        client = self.connect(sluice.port)
        message = crlf_message("one-copy")
        recipients = ["alice@example.test", "alice@EXAMPLE.test", "Alice@example.test", "bob@example.test"]
        self.assertEqual(client.sendmail(SENDER, recipients, message), {})
        client.quit()
        self.assertEqual(len(self.wait_for_token("bob", "one-copy")), 1)
        self.assertEqual(self.wait_for_no_local_recipients(), 0)
        found = self.find_by_token("alice", "one-copy")
        self.assertEqual(len(found), 1, "copies in alice's Maildir: %s" % sorted(found))
        self.stop_sluice(sluice)

    def test_size_limit(self):
        self.config_set("smtp.max_message_size_kb", "64")
        sluice = self.start_sluice()
        client = self.connect(sluice.port)
        client.ehlo()
        self.assertEqual(client.esmtp_features.get("size"), str(64 * 1024))
        big = crlf_message("too-big", ["x" * 99 for _ in range(1000)])  # about 100 KB
        self.assertGreater(len(big), 100 * 1000)

        # smtplib declares SIZE=... in MAIL FROM: refused there.
        with self.assertRaises(smtplib.SMTPSenderRefused) as refused:
            client.sendmail(SENDER, ["alice@example.test"], big)
        self.assertEqual(refused.exception.smtp_code, 552)
        self.assertTrue(refused.exception.smtp_error.startswith(b"5.3.4"), refused.exception.smtp_error)

        # Without SIZE in MAIL FROM the server finds out during DATA.
        del client.esmtp_features["size"]
        with self.assertRaises(smtplib.SMTPDataError) as data_error:
            client.sendmail(SENDER, ["alice@example.test"], big)
        self.assertEqual(data_error.exception.smtp_code, 552)
        self.assertTrue(data_error.exception.smtp_error.startswith(b"5.3.4"), data_error.exception.smtp_error)

        # The session goes on, and a message just under the limit passes.
        self.assertEqual(client.noop()[0], 250)
        fits = crlf_message("just-fits")
        fits += b"y" * 78 + b"\r\n"
        while len(fits) + 80 + 200 < 64 * 1024:  # 200: room for the Received header Sluice adds
            fits += b"y" * 78 + b"\r\n"
        self.assertEqual(client.sendmail(SENDER, ["alice@example.test"], fits), {})
        client.quit()
        found = self.wait_for_token("alice", "just-fits")
        self.assertEqual(len(found), 1)
        self.assertEqual(self.find_by_token("alice", "too-big"), {})
        self.assertEqual(self.wait_for_no_local_recipients(), 0)
        self.stop_sluice(sluice)
        self.assertEqual(self.queue_rows("SELECT COUNT(*) FROM messages")[0][0], 0)


if __name__ == "__main__":
    unittest.main()
