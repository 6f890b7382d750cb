#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Reads a delivery report with Python's email package, an independent MIME parser, and checks its
structure: tst_deliveryreport runs it on the reports Sluice builds. Prints what is wrong and exits 1,
or exits 0 silently."""
import email
import email.policy
import sys


def fail(message):
    print(message)
    sys.exit(1)


def main(path, action, expected_recipients, third_type):
    with open(path, 'rb') as f:
        raw = f.read()
    if b'\n' in raw.replace(b'\r\n', b''):
        fail('bare LF in the report')
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    if msg.defects:
        fail('defects: %r' % msg.defects)
    if msg.get_content_type() != 'multipart/report':
        fail('top type %s' % msg.get_content_type())
    if msg.get_param('report-type') != 'delivery-status':
        fail('report-type %r' % msg.get_param('report-type'))
    for header in ('Date', 'Message-ID', 'From', 'To', 'Subject'):
        if not msg[header]:
            fail('no %s header' % header)
    parts = msg.get_payload()
    types = [p.get_content_type() for p in parts]
    if types != ['text/plain', 'message/delivery-status', third_type]:
        fail('parts %r' % types)
    for part in parts:
        if part.defects:
            fail('part defects: %r' % part.defects)
    # The email package parses message/delivery-status into blocks: per-message, then per-recipient.
    blocks = parts[1].get_payload()
    if not blocks[0]['Reporting-MTA'] or not blocks[0]['Arrival-Date']:
        fail('per-message fields missing')
    recipients = blocks[1:]
    finals = [str(b['Final-Recipient']).split(';', 1)[1].strip() for b in recipients]
    if finals != expected_recipients:
        fail('final recipients %r' % finals)
    for block in recipients:
        if str(block['Action']) != action:
            fail('action %r' % block['Action'])
        status = str(block['Status'])
        if len(status.split('.')) != 3 or status[0] not in '45':
            fail('status %r' % status)
    if third_type == 'message/rfc822':
        inner = parts[2].get_payload()[0]
        if not inner['Subject']:
            fail('the returned message has no Subject')


if __name__ == '__main__':
    main(sys.argv[1], sys.argv[2], sys.argv[3].split(','), sys.argv[4])
