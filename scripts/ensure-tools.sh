#!/usr/bin/env bash
# Installs the command-line tools some tests use, when they are missing and we may install packages:
#   pdflatex  (texlive-latex-recommended + lmodern: the .tex export compiles, LatexCompileTest)
#   pdftotext (poppler-utils: text of produced PDFs)
# Quiet and tolerant: any failure (no root, no network, a held dpkg lock) is reported in one line and the
# tests that need the tool skip themselves (JUnit assumptions). Never fails the build.
# Usage: scripts/ensure-tools.sh
set -uo pipefail

missing=()
command -v pdflatex >/dev/null 2>&1 || missing+=(texlive-latex-recommended)
# Latin Modern: the T1 fonts the .tex export loads (a recommendation of texlive, not a dependency).
{ command -v kpsewhich >/dev/null 2>&1 && kpsewhich lmodern.sty >/dev/null 2>&1; } || missing+=(lmodern)
command -v pdftotext >/dev/null 2>&1 || missing+=(poppler-utils)
[ ${#missing[@]} -eq 0 ] && exit 0

if ! command -v apt-get >/dev/null 2>&1; then
  echo "ensure-tools: apt-get not found; tests needing ${missing[*]} will skip" >&2
  exit 0
fi
if [ "$(id -u)" -eq 0 ]; then
  SUDO=()
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
  SUDO=(sudo -n)
else
  echo "ensure-tools: not root and no password-less sudo; tests needing ${missing[*]} will skip" >&2
  exit 0
fi
echo "ensure-tools: installing ${missing[*]} (apt-get, non-interactive)..." >&2
export DEBIAN_FRONTEND=noninteractive
if ! { "${SUDO[@]}" apt-get -qq update >/dev/null 2>&1 || true; } \
   || ! "${SUDO[@]}" apt-get -qq install -y --no-install-recommends -o DPkg::Lock::Timeout=120 \
        "${missing[@]}" >/dev/null 2>&1; then
  echo "ensure-tools: could not install ${missing[*]}; tests needing them will skip" >&2
fi
exit 0
