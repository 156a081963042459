# Sourced by the bench scripts: `say`, and `install_missing PACKAGE:COMMAND …`, which installs
# from Debian each package whose command is not found (as root, or through sudo).
say() { printf '\033[1;34m==>\033[0m %s\n' "$*" >&2; }

install_missing() {
  local missing=() entry package program
  for entry in "$@"; do
    package=${entry%%:*} program=${entry#*:}
    command -v "$program" >/dev/null || [[ -x $program || -x /usr/sbin/$program ]] || missing+=("$package")
  done
  ((${#missing[@]})) || return 0
  local sudo=""
  if [[ $(id -u) -ne 0 ]] && command -v sudo >/dev/null; then sudo="sudo"; fi
  say "installing ${missing[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
}
