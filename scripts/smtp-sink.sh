#!/usr/bin/env bash
# A real SMTP server for the test suite: accepts every message on 127.0.0.1:PORT and stores it,
# unchanged apart from X-Peer/X-MailFrom/X-RcptTo headers, as one file in MAILDIR/new/
# (aiosmtpd's Mailbox handler; scripts/setup.sh --tests installs aiosmtpd).
#
#   scripts/smtp-sink.sh PORT MAILDIR [AIOSMTPD OPTIONS...]   e.g. -s 200 to refuse bigger mail (552)
#
# No TLS, no AUTH, no SMTPUTF8: like a strict relay, so a client that needs more fails here too.
set -euo pipefail
if [[ $# -lt 2 ]]; then
  echo "usage: $0 PORT MAILDIR [AIOSMTPD OPTIONS...]" >&2
  exit 2
fi
port=$1 maildir=$2
shift 2
# aiosmtpd creates MAILDIR with its new/cur/tmp, but not MAILDIR's parents; and an existing empty
# MAILDIR would lack those subdirectories, so only the parent is made here.
mkdir -p -- "$(dirname -- "$maildir")"
# exec, so that the process the caller started is the server itself and killing it stops it.
# -n: do not try to setuid to nobody (it would fail unless root, and is pointless for a test).
exec python3 -m aiosmtpd -n -l "127.0.0.1:$port" "$@" -c aiosmtpd.handlers.Mailbox "$maildir"
