# SPDX-License-Identifier: GPL-3.0-or-later
"""Outbound delivery end to end, against real peers on loopback: Postfix's smtp-sink (as smarthost,
refusing, hanging up, as internal LMTP/SMTP server), a private held Postfix, and dnsmasq for MX routing.

Every test has its own temp folder, Sluice instance and ports; the peers are started by the test and
stopped by its cleanup. Nothing is ever sent to a non-loopback address."""

import email.policy
import re
import smtplib
import time
import unittest
from email import message_from_bytes

from peers import Dnsmasq, PrivatePostfix, SmtpSink, loopback_net, parse_sink_dump, require_root
from sluicetest import SluiceTestCase, free_port

HOSTNAME = "sluice.test"
LOCAL_SENDER = "alice@example.test"
REMOTE_RCPT = "rcpt@remote.example"


def make_message(token, sender, recipient, extra_lines=()):
    """A CRLF message whose body exercises dot-stuffing and 8-bit text."""
    lines = [
        "From: Sender <%s>" % sender,
        "To: <%s>" % recipient,
        "Subject: outbound peers %s" % token,
        "Message-ID: <%s@example.org>" % token,
        "MIME-Version: 1.0",
        "Content-Type: text/plain; charset=utf-8",
        "Content-Transfer-Encoding: 8bit",
        "",
        "Body of %s." % token,
        ".leading dot",
        "..",
        ".",
        "Ünïcödé 8-bit text ✓",
        *extra_lines,
        "",
        "end of %s" % token,
    ]
    return ("\r\n".join(lines) + "\r\n").encode("utf-8")


class OutboundPeersTestCase(SluiceTestCase):
    MAILBOXES = ("alice", "bob")

    def setUp(self):
        super().setUp()
        # sluicetest keeps remote mail queued; these tests want it delivered at once.
        self.config_set("connections.transfer_mode", "inbound_outbound")
        self.config_set("general.hostname", HOSTNAME)
        # Short client time-outs: a stuck conversation fails the test quickly instead of hanging.
        for key in ("outbound.timeout_connect", "outbound.timeout_command", "outbound.timeout_greeting"):
            self.config_set(key, "10")
        self.work_dir = self._temp.name

    # ---- peers -------------------------------------------------------------------------------
    def start_sink(self, name="sink", options=(), host="127.0.0.1", port=None):
        sink = SmtpSink(self.work_dir, host=host, port=port, options=options, name=name)
        self.addCleanup(sink.stop)
        return sink.start()

    # ---- Sluice ------------------------------------------------------------------------------
    def send(self, port, sender, recipients, message):
        client = smtplib.SMTP("127.0.0.1", port, local_hostname="client.example", timeout=20)
        try:
            refused = client.sendmail(sender, recipients, message)
            self.assertEqual(refused, {})
        finally:
            client.quit()

    def wait_for_queue(self, sql, predicate, timeout=20.0, parameters=()):
        """Polls a query until predicate(rows) holds; returns the last rows."""
        deadline = time.monotonic() + timeout
        while True:
            rows = self.queue_rows(sql, parameters)
            if predicate(rows) or time.monotonic() > deadline:
                return rows
            time.sleep(0.1)

    def remote_recipients(self):
        return self.queue_rows("SELECT address, state, attempts, next_attempt, last_reply FROM recipients"
                               " WHERE route = 1")

    def wait_for_no_remote_recipients(self, timeout=30.0):
        return self.wait_for_queue("SELECT address, attempts, last_reply FROM recipients WHERE route = 1",
                                   lambda rows: not rows, timeout)

    def wait_for_deferral(self, route, timeout=30.0):
        """Waits until every recipient of the route was tried once; returns their rows."""
        return self.wait_for_queue(
            "SELECT address, state, attempts, next_attempt, last_reply FROM recipients WHERE route = ?",
            lambda rows: rows and all(row[2] >= 1 for row in rows), timeout, (route,))

    def split_relayed(self, message):
        """The message as a peer got it: Sluice's Received: header (folded with TABs), then the
        client's message; returns (received, rest)."""
        lines = message.split(b"\n")
        self.assertTrue(lines[0].startswith(b"Received: from "), "first line: %r" % lines[0])
        index = 1
        while index < len(lines) and lines[index].startswith(b"\t"):
            index += 1
        received = b"\n".join(lines[:index])
        self.assertIn(b"by " + HOSTNAME.encode() + b" (Sluice) with ESMTP id ", received)
        return received, b"\n".join(lines[index:])

    def queue_id_of(self, received):
        match = re.search(rb"\(Sluice\) with ESMTP id (\S+?);?\s", received)
        self.assertIsNotNone(match, received)
        return match.group(1).decode()

    def parse_report(self, content):
        """Checks the top of a report in a Maildir and returns it parsed."""
        first_line = content.split(b"\n", 1)[0]
        self.assertEqual(first_line, b"Return-Path: <>", "a report travels with the null envelope sender")
        return message_from_bytes(content, policy=email.policy.default)

    def check_failure_report(self, report, recipient, status_pattern, diagnostic_pattern, subject,
                             remote_mta=None, original_queue_id=None):
        self.assertEqual(report.get_content_type(), "multipart/report")
        self.assertEqual(report.get_param("report-type"), "delivery-status")
        self.assertEqual([address.addr_spec for address in report["From"].addresses], [self.config_get("general.postmaster")])
        self.assertEqual([address.addr_spec for address in report["To"].addresses], [LOCAL_SENDER])
        self.assertEqual(str(report["Auto-Submitted"]), "auto-replied")
        self.assertIn("Undelivered", str(report["Subject"]))
        parts = report.get_payload()
        self.assertEqual([part.get_content_type() for part in parts],
                         ["text/plain", "message/delivery-status", "text/rfc822-headers"])

        text = parts[0].get_content()
        self.assertIn("<%s>" % recipient, text)
        self.assertIn("could not be delivered", text)

        # message/delivery-status: the per-message group, then one group per recipient.
        groups = parts[1].get_payload()
        self.assertEqual(len(groups), 2, [str(group) for group in groups])
        per_message, per_recipient = groups
        self.assertEqual(str(per_message["Reporting-MTA"]), "dns; " + HOSTNAME)
        self.assertIsNotNone(per_message["Arrival-Date"])
        if original_queue_id:
            self.assertEqual(str(per_message["X-Sluice-Queue-ID"]), original_queue_id)
        self.assertEqual(str(per_recipient["Final-Recipient"]), "rfc822; " + recipient)
        self.assertEqual(str(per_recipient["Action"]), "failed")
        self.assertRegex(str(per_recipient["Status"]), status_pattern)
        self.assertRegex(" ".join(str(per_recipient["Diagnostic-Code"]).split()), diagnostic_pattern)
        if remote_mta is None:
            self.assertIsNone(per_recipient["Remote-MTA"])
        else:
            self.assertEqual(str(per_recipient["Remote-MTA"]), "dns; " + remote_mta)
        self.assertIsNotNone(per_recipient["Last-Attempt-Date"])

        headers = parts[2].get_payload()
        if isinstance(headers, list):  # some email versions parse text/rfc822-headers as a message
            headers = str(headers[0])
        elif not isinstance(headers, str):
            headers = headers.decode("latin-1")
        self.assertIn("Subject: " + subject, headers)
        self.assertIn("Received: from ", headers)
        self.assertNotIn("end of", headers, "only the headers come back, not the body")


class SmarthostSinkTest(OutboundPeersTestCase):
    """smtp-sink as the smarthost: what arrives, and how refusals and hang-ups are handled."""

    def use_smarthost(self, sink, retry_hours="0.01"):
        self.config_set("delivery.mode", "smarthost")
        self.config_set("delivery.smarthost", "127.0.0.1:%d" % sink.port)
        self.config_set("delivery.retry_hours", retry_hours)

    def test_twenty_messages_reach_the_smarthost_intact(self):
        sink = self.start_sink()
        self.use_smarthost(sink)
        sluice = self.start_sluice()
        sent = {}
        client = smtplib.SMTP("127.0.0.1", sluice.port, local_hostname="client.example", timeout=20)
        self.addCleanup(client.close)
        for number in range(20):
            token = "sink-%02d" % number
            sender = "sender%d@example.org" % number
            message = make_message(token, sender, REMOTE_RCPT,
                                   ["line %d of message %d %s" % (i, number, "x" * (i * 7)) for i in range(number * 5)])
            self.assertEqual(client.sendmail(sender, [REMOTE_RCPT], message), {})
            sent[token] = (sender, message)
        client.quit()

        left = self.wait_for_no_remote_recipients(timeout=60)
        self.assertEqual(left, [], "remote recipients still queued; sluice stderr:\n%s" % sluice.stderr())
        self.assertEqual(self.queue_rows("SELECT COUNT(*) FROM messages")[0][0], 0)
        dumps = sink.wait_for_dumps(20, timeout=10)
        self.assertEqual(len(dumps), 20, "smtp-sink got %d transactions" % len(dumps))

        seen = set()
        for name, data in dumps.items():
            envelope, _received, message = parse_sink_dump(data)
            self.assertEqual(envelope["proto"], "ESMTP", name)
            self.assertEqual(envelope["helo"], HOSTNAME, name)
            self.assertEqual(envelope["rcpt"], ["<%s>" % REMOTE_RCPT], name)
            sluice_received, rest = self.split_relayed(message)
            token = re.search(rb"Subject: outbound peers (sink-\d\d)", rest).group(1).decode()
            self.assertNotIn(token, seen, "%s delivered twice" % token)
            seen.add(token)
            sender, original = sent[token]
            # SIZE= (and BODY=8BITMIME: the bodies are 8-bit, smtp-sink offers 8BITMIME) may follow.
            self.assertTrue(envelope["mail"].startswith("<%s>" % sender), envelope["mail"])
            self.assertIn("BODY=8BITMIME", envelope["mail"].upper())
            self.assertEqual(rest, original.replace(b"\r\n", b"\n"), token)
            queue_id = self.queue_id_of(sluice_received)
            # The log tells the delivery: one line per recipient, in sluice.outbound.
            self.assertIsNotNone(
                sluice.wait_for_log(re.compile(r"sluice\.outbound: %s delivered to %s via 127\.0\.0\.1\b"
                                               % (re.escape(queue_id), re.escape(REMOTE_RCPT))), 5),
                "no delivery line for %s; stderr:\n%s" % (queue_id, sluice.stderr()))
        self.assertEqual(seen, set(sent))
        self.assertIsNotNone(sluice.wait_for_log(re.compile(r"sluice\.outbound: connecting to 127\.0\.0\.1:%d"
                                                            % sink.port), 1), sluice.stderr())
        self.assertIsNotNone(sluice.wait_for_log(re.compile(r"sluice\.outbound: delivery job finished: \d+ delivered"), 1))
        self.stop_sluice(sluice)

    def test_soft_refusal_at_rcpt_defers_with_the_retry_interval(self):
        sink = self.start_sink(options=["-r", "RCPT"])
        self.use_smarthost(sink, retry_hours="0.01, 1")  # 36 s, then an hour
        sluice = self.start_sluice()
        before = time.time()
        self.send(sluice.port, LOCAL_SENDER, [REMOTE_RCPT], make_message("soft", LOCAL_SENDER, REMOTE_RCPT))
        rows = self.wait_for_deferral(1)
        after = time.time()
        self.assertEqual(len(rows), 1, rows)
        address, _state, attempts, next_attempt, last_reply = rows[0]
        self.assertEqual(address, REMOTE_RCPT)
        self.assertEqual(attempts, 1, rows)
        self.assertRegex(last_reply, r"\b4\d\d\b", "last_reply should hold the 4xx reply")
        self.assertIn("450 4.3.0", last_reply)
        # Next attempt: the first retry interval (0.01 h = 36 s) after the attempt.
        self.assertGreaterEqual(next_attempt / 1000.0, before + 36 - 1, rows)
        self.assertLessEqual(next_attempt / 1000.0, after + 36 + 1, rows)
        # Not tried again meanwhile, not delivered, no report, message content kept.
        time.sleep(2)
        rows = self.remote_recipients()
        self.assertEqual([(row[0], row[2]) for row in rows], [(REMOTE_RCPT, 1)])
        self.assertEqual(sink.dumps(), {})
        self.assertEqual(self.maildir_messages("alice"), {})
        self.assertEqual(self.queue_rows("SELECT COUNT(*) FROM messages")[0][0], 1)
        self.assertIsNotNone(sluice.wait_for_log(re.compile(r"sluice\.outbound: \S+ deferred for %s until "
                                                            % re.escape(REMOTE_RCPT)), 1), sluice.stderr())
        self.stop_sluice(sluice)

    def test_hard_refusal_at_rcpt_returns_a_failure_report(self):
        sink = self.start_sink(options=["-f", "RCPT"])
        self.use_smarthost(sink)
        sluice = self.start_sluice()
        subject_token = "hard-refusal"
        self.send(sluice.port, LOCAL_SENDER, [REMOTE_RCPT], make_message(subject_token, LOCAL_SENDER, REMOTE_RCPT))

        reports = self.wait_for_maildir("alice", 1, timeout=30)
        self.assertEqual(len(reports), 1, "no failure report in alice's Maildir; stderr:\n%s" % sluice.stderr())
        # The refused recipient left the queue; the report (local) was delivered: nothing is left.
        self.assertEqual(self.wait_for_queue("SELECT address FROM recipients", lambda rows: not rows), [])
        self.assertEqual(sink.dumps(), {}, "no DATA after the only RCPT was refused")
        match = sluice.wait_for_log(re.compile(r"sluice\.outbound: (\S+) failed for %s : 127\.0\.0\.1: 500 5\.3\.0"
                                               % re.escape(REMOTE_RCPT)), 1)
        self.assertIsNotNone(match, sluice.stderr())
        report = self.parse_report(next(iter(reports.values())))
        self.check_failure_report(report, REMOTE_RCPT, r"^5\.\d{1,3}\.\d{1,3}$", r"^smtp; 500 5\.3\.0 Error",
                                  "outbound peers " + subject_token, remote_mta="127.0.0.1",
                                  original_queue_id=match.group(1))
        self.assertEqual(str(report.get_payload()[1].get_payload()[1]["Status"]), "5.3.0")
        self.stop_sluice(sluice)

    def check_hang_up_defers(self, command):
        sink = self.start_sink(options=["-q", command])
        self.use_smarthost(sink)
        sluice = self.start_sluice()
        message = make_message("hang-up", LOCAL_SENDER, REMOTE_RCPT)
        self.send(sluice.port, LOCAL_SENDER, [REMOTE_RCPT], message)
        rows = self.wait_for_deferral(1)
        self.assertEqual([(row[0], row[2]) for row in rows], [(REMOTE_RCPT, 1)], sluice.stderr())
        self.assertNotEqual(rows[0][4], "", "last_reply should say why")
        self.assertGreater(rows[0][3] / 1000.0, time.time() + 20, "next attempt ~36 s ahead")
        # Not lost: the message is still queued with its content, and the sender got no report.
        contents = self.queue_rows("SELECT content FROM messages")
        self.assertEqual(len(contents), 1)
        self.assertTrue(bytes(contents[0][0]).endswith(message))
        time.sleep(1)
        self.assertEqual(self.maildir_messages("alice"), {})
        self.assertIsNotNone(sluice.wait_for_log(re.compile(r"sluice\.outbound: \S+ deferred for %s until "
                                                            % re.escape(REMOTE_RCPT)), 1), sluice.stderr())
        self.stop_sluice(sluice)
        return rows[0]

    def test_hang_up_after_the_final_dot_defers(self):
        self.check_hang_up_defers(".")

    def test_hang_up_at_data_defers(self):
        self.check_hang_up_defers("DATA")


class PostfixSmarthostTest(OutboundPeersTestCase):
    def test_five_messages_are_held_by_postfix(self):
        postfix = PrivatePostfix(self.work_dir)
        self.addCleanup(postfix.stop)
        postfix.start()
        self.config_set("delivery.mode", "smarthost")
        self.config_set("delivery.smarthost", "127.0.0.1:%d" % postfix.port)
        sluice = self.start_sluice()
        expected = {}
        for number in range(5):
            recipients = ["rcpt%d@%s" % (number, PrivatePostfix.RELAY_DOMAIN)]
            if number == 4:
                recipients.append("extra@%s" % PrivatePostfix.RELAY_DOMAIN)
            token = "postfix-%d" % number
            self.send(sluice.port, "sender@example.org", recipients,
                      make_message(token, "sender@example.org", recipients[0]))
            expected[token] = sorted(recipients)

        left = self.wait_for_no_remote_recipients(timeout=60)
        self.assertEqual(left, [], "still queued; sluice stderr:\n%s\npostfix log:\n%s"
                         % (sluice.stderr(), postfix.log()))
        deadline = time.monotonic() + 20
        while len(postfix.hold_files()) < 5 and time.monotonic() < deadline:
            time.sleep(0.1)
        self.assertEqual(len(postfix.hold_files()), 5, postfix.log())

        entries = postfix.queue_json()
        self.assertEqual(len(entries), 5, entries)
        got = {}
        for entry in entries:
            self.assertEqual(entry["queue_name"], "hold", entry)
            self.assertEqual(entry["sender"], "sender@example.org")
            content = postfix.message(entry["queue_id"])
            token = re.search(rb"Subject: outbound peers (postfix-\d)", content).group(1).decode()
            self.assertIn(b"(Sluice) with ESMTP id ", content)
            self.assertIn(("end of %s" % token).encode(), content)
            got[token] = sorted(recipient["address"] for recipient in entry["recipients"])
        self.assertEqual(got, expected)
        # Recipients of one message travel in one transaction: 5 messages, 6 recipients.
        self.assertIsNotNone(sluice.wait_for_log(re.compile(r"delivered to extra@bench\.example via 127\.0\.0\.1"), 1))
        self.stop_sluice(sluice)


class LocalRelayTest(OutboundPeersTestCase):
    """delivery.local_target smtp/lmtp: local mail goes to an internal server, not the Maildir."""

    def check_local_relay(self, target, sink_options, proto):
        sink = self.start_sink(options=sink_options)
        self.config_set("delivery.local_target", target)
        self.config_set("delivery.local_relay", "127.0.0.1:%d" % sink.port)
        sluice = self.start_sluice()
        message = make_message("local-" + target, "sender@example.org", "alice@example.test")
        self.send(sluice.port, "sender@example.org", ["alice@example.test", "bob@example.test"], message)
        self.assertEqual(self.wait_for_no_local_recipients(), 0, sluice.stderr())
        dumps = sink.wait_for_dumps(1)
        self.assertEqual(len(dumps), 1, "the internal server got %d transactions; stderr:\n%s"
                         % (len(dumps), sluice.stderr()))
        envelope, _received, got = parse_sink_dump(next(iter(dumps.values())))
        self.assertEqual(envelope["proto"], proto)
        self.assertEqual(sorted(envelope["rcpt"]), ["<alice@example.test>", "<bob@example.test>"])
        self.assertTrue(envelope["mail"].startswith("<sender@example.org>"), envelope["mail"])
        _sluice_received, rest = self.split_relayed(got)
        self.assertEqual(rest, message.replace(b"\r\n", b"\n"))
        self.assertEqual(self.maildir_messages("alice"), {})
        self.assertEqual(self.maildir_messages("bob"), {})
        self.assertIsNotNone(sluice.wait_for_log(re.compile(r"sluice\.local: \S+ handed to 127\.0\.0\.1 for "
                                                            r"alice@example\.test"), 1), sluice.stderr())
        self.stop_sluice(sluice)

    def test_lmtp_target(self):
        self.check_local_relay("lmtp", ["-L"], "LMTP")

    def test_smtp_target(self):
        self.check_local_relay("smtp", [], "ESMTP")

    def test_internal_server_down_defers_then_delivers(self):
        port = free_port()
        self.config_set("delivery.local_target", "lmtp")
        self.config_set("delivery.local_relay", "127.0.0.1:%d" % port)
        sluice = self.start_sluice()
        message = make_message("local-down", "sender@example.org", "alice@example.test")
        before = time.time()
        self.send(sluice.port, "sender@example.org", ["alice@example.test"], message)
        rows = self.wait_for_deferral(0)
        after = time.time()
        self.assertEqual([(row[0], row[2]) for row in rows], [("alice@example.test", 1)], sluice.stderr())
        self.assertNotEqual(rows[0][4], "")
        # The first local retry comes 60 s later (not configurable; it doubles after that).
        self.assertGreaterEqual(rows[0][3] / 1000.0, before + 60 - 1)
        self.assertLessEqual(rows[0][3] / 1000.0, after + 60 + 1)
        self.assertEqual(self.maildir_messages("alice"), {}, "never the Maildir when a relay is set")

        sink = self.start_sink(options=["-L"], port=port)
        self.assertEqual(self.wait_for_no_local_recipients(timeout=rows[0][3] / 1000.0 - time.time() + 10), 0,
                         sluice.stderr())
        dumps = sink.wait_for_dumps(1)
        self.assertEqual(len(dumps), 1)
        envelope, _received, got = parse_sink_dump(next(iter(dumps.values())))
        self.assertEqual(envelope["rcpt"], ["<alice@example.test>"])
        self.assertEqual(self.split_relayed(got)[1], message.replace(b"\r\n", b"\n"))
        self.assertEqual(self.maildir_messages("alice"), {})
        self.stop_sluice(sluice)


class MxRoutingTest(OutboundPeersTestCase):
    """delivery.mode dns with dns.server pointing at a dnsmasq that knows the test's domains."""

    def test_mx_routing_and_unknown_domain(self):
        require_root("the test's DNS server and mail exchanger listen on ports 53 and 25")
        net = loopback_net()
        dns_address, mx_address = net + ".53", net + ".25"
        dnsmasq = Dnsmasq(self.work_dir, dns_address, [
            "--mx-host=mxtest.example,mx1.mxtest.example,10",
            "--host-record=mx1.mxtest.example,%s" % mx_address,
            # Authoritative for nxtest.example: every name under it is NXDOMAIN.
            "--local=/nxtest.example/",
        ])
        self.addCleanup(dnsmasq.stop)
        dnsmasq.start()
        sink = self.start_sink(host=mx_address, port=25)
        self.config_set("delivery.mode", "dns")
        self.config_set("dns.server", dns_address)
        sluice = self.start_sluice()

        message = make_message("mx", LOCAL_SENDER, "user@mxtest.example")
        self.send(sluice.port, LOCAL_SENDER, ["user@mxtest.example"], message)
        self.send(sluice.port, LOCAL_SENDER, ["user@nxtest.example"],
                  make_message("nxdomain", LOCAL_SENDER, "user@nxtest.example"))

        # The unknown domain: refused for good at once (5.1.2), a report to the local sender.
        reports = self.wait_for_maildir("alice", 1, timeout=30)
        self.assertEqual(len(reports), 1, "no report in alice's Maildir; stderr:\n%s\ndnsmasq:\n%s"
                         % (sluice.stderr(), dnsmasq.log()))
        report = self.parse_report(next(iter(reports.values())))
        self.check_failure_report(report, "user@nxtest.example", r"^5\.1\.2$",
                                  r"^X-Sluice; no such domain: nxtest\.example$", "outbound peers nxdomain")

        # The MX domain: delivered to mx1.mxtest.example, which only the test's DNS server knows.
        dumps = sink.wait_for_dumps(1, timeout=15)
        self.assertEqual(len(dumps), 1, "nothing reached the MX host %s:25; queue: %r\nstderr:\n%s\ndnsmasq:\n%s"
                         % (mx_address, self.remote_recipients(), sluice.stderr(), dnsmasq.log()))
        envelope, _received, got = parse_sink_dump(next(iter(dumps.values())))
        self.assertEqual(envelope["rcpt"], ["<user@mxtest.example>"])
        self.assertEqual(self.split_relayed(got)[1], message.replace(b"\r\n", b"\n"))
        self.assertEqual(self.wait_for_no_remote_recipients(), [])
        self.assertIsNotNone(sluice.wait_for_log(re.compile(r"delivered to user@mxtest\.example via "
                                                            r"mx1\.mxtest\.example"), 1), sluice.stderr())
        self.stop_sluice(sluice)


if __name__ == "__main__":
    unittest.main()
