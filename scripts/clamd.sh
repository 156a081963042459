#!/usr/bin/env bash
# Starts ClamAV's scanning daemon (clamd, from Debian's clamav-daemon) on 127.0.0.1:PORT with the
# project's own signature set, in DIR (default data/clamd), and waits until it answers; does
# nothing if a clamd already answers there.
#
#   scripts/clamd.sh [PORT] [DIR]      then PORTAL_ANTIVIRUS=clamd://127.0.0.1:PORT
#
# The machines this runs on have no internet, so `freshclam` cannot fetch the official databases.
# The signature set here has one signature: the EICAR test string, anywhere in a file of any type
# (an .ndb body signature), so a PDF carrying it is found as an infected upload would be. A
# province points DatabaseDirectory at its freshclam-updated databases instead (docs/DEPLOYMENT.md).
set -euo pipefail
cd "$(dirname "$0")/.."
port=${1:-3310}
dir=$(realpath -m "${2:-data/clamd}")
ping() { printf 'zPING\0' | timeout 2 bash -c "exec 3<>/dev/tcp/127.0.0.1/$port; cat >&3; timeout 1 cat <&3" 2>/dev/null | tr -d '\0' | grep -q PONG; }
if ping; then exit 0; fi
command -v clamd >/dev/null || PATH="/usr/sbin:$PATH"
command -v clamd >/dev/null || { echo "clamd is not installed (scripts/setup.sh installs clamav-daemon)" >&2; exit 1; }
mkdir -p "$dir/db"
# The EICAR test string, split so that this script is not itself found by a scanner.
eicar='X5O!P%@AP[4\PZX54(P^)7CC)7}$EICAR'"-STANDARD-ANTIVIRUS-TEST-FILE!\$H+H*"
printf 'Portal.Test.EICAR:0:*:%s\n' "$(printf '%s' "$eicar" | od -An -tx1 | tr -d ' \n')" > "$dir/db/portal.ndb"
cat > "$dir/clamd.conf" <<CONF
TCPSocket $port
TCPAddr 127.0.0.1
DatabaseDirectory $dir/db
PidFile $dir/clamd.pid
LogFile $dir/clamd.log
LogTime yes
Foreground no
Bytecode no
# The portal streams files up to PORTAL_UPLOAD_MAX_MB (20 MB by default); a bigger stream is an error.
StreamMaxLength 100M
MaxFileSize 100M
MaxScanSize 200M
MaxThreads 8
CONF
[[ $(id -u) -eq 0 ]] && echo "User root" >> "$dir/clamd.conf"
clamd --config-file="$dir/clamd.conf"
for _ in $(seq 1 100); do ping && exit 0; sleep 0.2; done
echo "clamd did not answer on 127.0.0.1:$port; see $dir/clamd.log" >&2
exit 1
