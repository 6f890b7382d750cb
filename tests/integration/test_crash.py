# SPDX-License-Identifier: GPL-3.0-or-later
"""Crash safety: SIGKILL `sluice --headless` again and again while clients send mail.

Every message a client saw acknowledged with 250 must end up exactly once in each of its local
mailboxes (or still be queued), and its remote recipients must still be queued. Nothing may be
delivered twice. Set SLUICE_CRASH_SEED to repeat a run."""

import os
import random
import re
import smtplib
import threading
import time
import unittest

from sluicetest import SluiceTestCase

SENDER = "crash-test@example.org"
TOKEN = re.compile(rb"X-Token: (\S+)")
DELIVERED_LOG = re.compile(r"sluice\.local: (\S+) delivered to mailbox (\S+)")
CLIENTS = 5
KILLS = 8


class Traffic:
    """The clients' shared record: what was attempted, what was acknowledged."""

    def __init__(self):
        self.lock = threading.Lock()
        self.port = None
        self.stop = threading.Event()
        self.attempted = {}  # token -> (local mailboxes, remote address or None, message bytes)
        self.acknowledged = set()
        self.errors = []
        self.failures = 0

    def current_port(self):
        with self.lock:
            return self.port

    def set_port(self, port):
        with self.lock:
            self.port = port


def build_message(token, recipients, rng):
    filler = ["%s line %d %s" % (token, number, "z" * rng.randrange(0, 70)) for number in range(rng.randrange(1, 120))]
    lines = [
        "From: <%s>" % SENDER,
        "To: %s" % ", ".join(recipients),
        "Subject: crash test %s" % token,
        "Message-ID: <%s@example.org>" % token,
        "X-Token: %s" % token,
        "",
        "Body of %s" % token,
        ".dot-stuffed line",
        *filler,
        "end of %s" % token,
    ]
    return ("\r\n".join(lines) + "\r\n").encode("ascii")


def client_loop(number, traffic, seed, mailboxes, domain):
    rng = random.Random(seed * 100 + number)
    client = None
    client_port = None
    sequence = 0
    try:
        while not traffic.stop.is_set():
            port = traffic.current_port()
            if client is None or client_port != port:
                if client is not None:
                    client.close()
                try:
                    client = smtplib.SMTP("127.0.0.1", port, local_hostname="client%d.example" % number, timeout=5)
                    client_port = port
                except (OSError, smtplib.SMTPException):
                    client = None
                    time.sleep(0.02)
                    continue
            sequence += 1
            token = "tok-%d-%d-%06x" % (number, sequence, rng.randrange(1 << 24))
            local = sorted(rng.sample(mailboxes, rng.choice((1, 1, 2, len(mailboxes)))))
            remote = "far-%s@remote%d.example" % (token, number) if rng.random() < 0.35 else None
            recipients = ["%s@%s" % (mailbox, domain) for mailbox in local] + ([remote] if remote else [])
            message = build_message(token, recipients, rng)
            with traffic.lock:
                traffic.attempted[token] = (tuple(local), remote, message)
            try:
                refused = client.sendmail(SENDER, recipients, message)
            except (OSError, smtplib.SMTPException):
                # Not acknowledged (the engine died, or is stopping): that message may or may not arrive.
                with traffic.lock:
                    traffic.failures += 1
                client.close()
                client = None
                continue
            with traffic.lock:
                if refused:
                    traffic.errors.append("%s: recipients refused: %r" % (token, refused))
                traffic.acknowledged.add(token)
            # Sluice accepts mail far faster than it fsyncs it into Maildirs; a short pause keeps the
            # backlog small enough to be delivered within the test's time.
            time.sleep(rng.uniform(0.01, 0.08))
    except Exception as error:  # a bug in this test, not a refused message
        with traffic.lock:
            traffic.errors.append("client %d: %r" % (number, error))
    finally:
        if client is not None:
            client.close()


class CrashTest(SluiceTestCase):
    MAILBOXES = ("alice", "bob", "carol")

    def test_acknowledged_mail_survives_sigkill(self):
        seed = int(os.environ.get("SLUICE_CRASH_SEED", str(int(time.time()))))
        print("\nSLUICE_CRASH_SEED=%d" % seed, flush=True)
        rng = random.Random(seed)
        traffic = Traffic()
        started = time.monotonic()

        sluice = self.start_sluice()
        traffic.set_port(sluice.port)
        clients = [threading.Thread(target=client_loop, args=(number, traffic, seed, list(self.MAILBOXES),
                                                              self.LOCAL_DOMAIN), daemon=True)
                   for number in range(CLIENTS)]
        for client in clients:
            client.start()
        acknowledged_before_kill = []
        for _ in range(KILLS):
            time.sleep(rng.uniform(0.3, 1.5))
            sluice.kill()
            with traffic.lock:
                acknowledged_before_kill.append(len(traffic.acknowledged))
            sluice = self.start_sluice()
            traffic.set_port(sluice.port)
        time.sleep(1.0)
        traffic.stop.set()
        for client in clients:
            client.join(30)
            self.assertFalse(client.is_alive(), "a client thread hangs")
        self.assertEqual(traffic.errors, [])

        traffic_done = time.monotonic()
        left = self.wait_for_no_local_recipients(timeout=40)
        delivered_all = time.monotonic()
        self.assertEqual(left, 0, "local recipients still queued 40 s after the last restart; stderr:\n%s"
                         % sluice.stderr())
        self.stop_sluice(sluice)

        acknowledged = traffic.acknowledged
        print("%d messages attempted, %d acknowledged, %d failed; acknowledged before each kill: %s;"
              " traffic %.1f s, delivering the rest %.1f s, stopping %.1f s"
              % (len(traffic.attempted), len(acknowledged), traffic.failures, acknowledged_before_kill,
                 traffic_done - started, delivered_all - traffic_done, time.monotonic() - delivered_all),
              flush=True)
        self.assertGreater(len(acknowledged), 20, "too little traffic for a meaningful test")
        self.assertGreater(len(set(acknowledged_before_kill)), 1, "no mail got through between the kills")

        # How much recovery the kills exercised (for the log only: the checks below decide).
        logged = {}
        resumed = 0
        for instance in self.instances:
            resumed += any("sluice.engine: resuming" in line for line in instance.lines)
            for line in instance.lines:
                match = DELIVERED_LOG.search(line)
                if match:
                    logged[match.groups()] = logged.get(match.groups(), 0) + 1
        print("%d of %d restarts resumed a queue; %d deliveries were logged again after a restart"
              % (resumed, KILLS, sum(count - 1 for count in logged.values())), flush=True)

        checks_started = time.monotonic()
        # What the Maildirs hold: token -> mailbox -> number of copies; and each copy is intact.
        delivered = {}
        problems = []
        for mailbox in self.MAILBOXES:
            for path, content in self.maildir_messages(mailbox).items():
                match = TOKEN.search(content)
                if not match:
                    problems.append("%s: no X-Token header" % path)
                    continue
                token = match.group(1).decode()
                delivered.setdefault(token, {}).setdefault(mailbox, 0)
                delivered[token][mailbox] += 1
                if token not in traffic.attempted:
                    problems.append("%s: unknown token %s" % (path, token))
                    continue
                local, _remote, message = traffic.attempted[token]
                if mailbox not in local:
                    problems.append("%s: %s was not addressed to %s" % (path, token, mailbox))
                _received, rest = self.split_delivered(content, SENDER.encode())
                if rest != message.replace(b"\r\n", b"\n"):
                    problems.append("%s: content differs from what was sent" % path)

        # What the queue still holds: (token, address, route) per recipient row.
        queued = {}
        for content, address, route in self.queue_rows(
                "SELECT m.content, r.address, r.route FROM recipients r JOIN messages m ON m.id = r.message_id"):
            match = TOKEN.search(bytes(content))
            token = match.group(1).decode() if match else "?"
            key = (token, address, route)
            queued[key] = queued.get(key, 0) + 1
        orphans = self.queue_rows("SELECT m.queue_id FROM messages m"
                                  " WHERE NOT EXISTS (SELECT 1 FROM recipients r WHERE r.message_id = m.id)")
        if orphans:
            problems.append("queued messages without recipients: %s" % orphans)
        for key, count in queued.items():
            if count > 1:
                problems.append("queued %d times: %s" % (count, key))
            if key[2] == 0:
                problems.append("local recipient still queued: %s" % (key,))

        for token, copies in delivered.items():
            for mailbox, count in copies.items():
                if count != 1:
                    problems.append("%s delivered %d times to %s" % (token, count, mailbox))
        for token in sorted(acknowledged):
            local, remote, _message = traffic.attempted[token]
            for mailbox in local:
                address = "%s@%s" % (mailbox, self.LOCAL_DOMAIN)
                if delivered.get(token, {}).get(mailbox, 0) == 0 and (token, address, 0) not in queued:
                    problems.append("acknowledged %s lost for %s" % (token, mailbox))
            if remote and (token, remote, 1) not in queued:
                problems.append("acknowledged %s lost for remote %s" % (token, remote))
        print("checks %.1f s" % (time.monotonic() - checks_started), flush=True)
        self.assertEqual(problems, [], "SLUICE_CRASH_SEED=%d" % seed)
        self.assertLess(time.monotonic() - started, 90)


if __name__ == "__main__":
    unittest.main()
