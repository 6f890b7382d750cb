# SPDX-License-Identifier: GPL-3.0-or-later
"""swaks, a real SMTP client, against `sluice --headless`."""

import os
import re
import shutil
import subprocess
import unittest

from sluicetest import SluiceTestCase

SWAKS = shutil.which("swaks") or "/usr/bin/swaks"
SENDER = "sender@example.org"


def message_file_bytes():
    """A message with LF line endings that swaks must dot-stuff and Sluice must restore byte for byte.

    No "%TOKEN%", no backslash-n and no leading "From " line: swaks would rewrite those."""
    long_line = "Long but legal: " + "0123456789" * 88  # 16 + 880 = 896 octets ...
    long_line += "äö"  # ... + 4 octets of UTF-8 = 900
    assert len(long_line.encode("utf-8")) == 900
    text = "\n".join([
        "From: Sender <sender@example.org>",
        "To: Alice <alice@example.test>",
        "Subject: swaks byte-exact delivery",
        "Message-ID: <swaks-exact-1@example.org>",
        "MIME-Version: 1.0",
        "Content-Type: text/plain; charset=utf-8",
        "Content-Transfer-Encoding: 8bit",
        "X-Folded: first part",
        "\tsecond part",
        "",
        "First body line.",
        ".a line that starts with a dot",
        "..",
        ".",
        "...three dots",
        "Grüße aus Köln, 日本語のテキスト, emoji \U0001F642.",
        long_line,
        "  leading spaces and trailing spaces  ",
        "\ttab first",
        "",
        "Last line.",
    ]) + "\n"
    return text.encode("utf-8")


class SwaksTest(SluiceTestCase):
    MAILBOXES = ("alice", "bob")

    def setUp(self):
        if not os.access(SWAKS, os.X_OK):
            self.skipTest("swaks is not installed")
        super().setUp()

    def swaks(self, port, *arguments):
        command = [SWAKS, "--server", "127.0.0.1", "--port", str(port), "--helo", "client.example",
                   "--from", SENDER, "--timeout", "20", *arguments]
        return subprocess.run(command, stdin=subprocess.DEVNULL, capture_output=True, timeout=60)

    def write_message_file(self):
        path = os.path.join(self.data_dir, "..", "message.eml")
        with open(path, "wb") as stream:
            stream.write(message_file_bytes())
        return os.path.abspath(path)

    def assert_delivered_exactly(self, mailbox, original, recipient):
        messages = self.wait_for_maildir(mailbox, 1)
        self.assertEqual(len(messages), 1, "messages in %s: %s" % (mailbox, list(messages)))
        content = next(iter(messages.values()))
        received, rest = self.split_delivered(content, SENDER.encode())
        self.assertIn(b"for <" + recipient.encode() + b">;", received)
        # swaks ends the DATA with "\r\n." after the file's own last line ending (swaks 20201014,
        # `$n{data} .= "\r\n."`), so the message it sends is the file plus one empty line.
        self.assertEqual(rest, original + b"\n")
        return content

    def test_file_is_delivered_byte_for_byte(self):
        path = self.write_message_file()
        original = message_file_bytes()
        sluice = self.start_sluice()
        # What swaks puts on the wire, as swaks itself shows it: --dump-mail prints the dot-stuffed
        # DATA without its last two characters ("\n.").
        dump = subprocess.run([SWAKS, "--from", SENDER, "--to", "alice@example.test", "--data", "@" + path,
                               "--dump-mail"], capture_output=True, timeout=60)
        self.assertEqual(dump.returncode, 0, dump.stderr)
        wire = dump.stdout + b"\n"
        self.assertTrue(wire.endswith(b"\r\n\r\n"), wire[-20:])
        self.assertIn(b"\r\n....three dots\r\n", wire, "swaks did not dot-stuff")
        unstuffed = re.sub(rb"(?m)^\.", b"", wire)
        self.assertEqual(unstuffed.replace(b"\r\n", b"\n"), original + b"\n",
                         "swaks changed the file in an unexpected way")

        result = self.swaks(sluice.port, "--to", "alice@example.test", "--data", "@" + path)
        self.assertEqual(result.returncode, 0, result.stdout.decode("utf-8", "replace"))
        self.assertIn(b"<-  250 2.0.0 Ok: queued as ", result.stdout)
        self.assert_delivered_exactly("alice", original, "alice@example.test")
        self.assertEqual(self.maildir_messages("bob"), {})
        self.assertEqual(self.wait_for_no_local_recipients(), 0)
        self.stop_sluice(sluice)

    def test_pipelining(self):
        path = self.write_message_file()
        original = message_file_bytes()
        sluice = self.start_sluice()
        result = self.swaks(sluice.port, "--pipeline", "--to", "bob@example.test", "--data", "@" + path)
        transcript = result.stdout.decode("utf-8", "replace")
        self.assertEqual(result.returncode, 0, transcript)
        self.assertIn("PIPELINING", transcript)
        self.assertIn("250 2.0.0 Ok: queued as ", transcript)
        self.assert_delivered_exactly("bob", original, "bob@example.test")
        self.stop_sluice(sluice)

    def test_relay_denied_for_client_outside_relay_networks(self):
        self.config_set("relay.networks", "192.0.2.0/24")
        sluice = self.start_sluice()
        result = self.swaks(sluice.port, "--to", "someone@remote.example")
        transcript = result.stdout.decode("utf-8", "replace")
        self.assertNotEqual(result.returncode, 0, transcript)
        self.assertRegex(transcript, r"<\*\* +554 5\.7\.1 .*Relay access denied")
        self.assertNotIn("354", transcript)
        self.stop_sluice(sluice)
        self.assertEqual(self.queue_rows("SELECT COUNT(*) FROM messages")[0][0], 0)
        self.assertEqual(self.queue_rows("SELECT COUNT(*) FROM recipients")[0][0], 0)

    def test_local_recipients_still_accepted_when_relay_denied(self):
        self.config_set("relay.networks", "192.0.2.0/24")
        sluice = self.start_sluice()
        result = self.swaks(sluice.port, "--to", "alice@example.test")
        self.assertEqual(result.returncode, 0, result.stdout.decode("utf-8", "replace"))
        self.assertEqual(len(self.wait_for_maildir("alice", 1)), 1)
        self.stop_sluice(sluice)

    def test_unknown_local_part_is_refused(self):
        sluice = self.start_sluice()
        result = self.swaks(sluice.port, "--to", "nobody@example.test")
        transcript = result.stdout.decode("utf-8", "replace")
        self.assertNotEqual(result.returncode, 0, transcript)
        self.assertRegex(transcript, r"<\*\* +550 5\.1\.1 <nobody@example\.test>")
        self.assertNotIn("354", transcript)
        self.stop_sluice(sluice)
        self.assertEqual(self.queue_rows("SELECT COUNT(*) FROM messages")[0][0], 0)
        self.assertFalse(os.path.exists(os.path.join(self.mail_root, "nobody")))


if __name__ == "__main__":
    unittest.main()
