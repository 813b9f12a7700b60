#!/usr/bin/env bash
# Fetches Morfologik's Polish dictionary (PoliMorf, BSD) into the Kronika cache without installing
# anything system-wide: the Debian package is downloaded and unpacked with dpkg-deb -x.
# Idempotent and silent when the dictionary is already available; one clear line on failure.
set -euo pipefail

PACKAGE=libmorfologik-stemming2-java
JAR_RELATIVE=usr/share/java/morfologik-polish.jar
SYSTEM_JAR=/$JAR_RELATIVE
CACHE_ROOT=${KRONIKA_CACHE:-$HOME/.cache/kronika}
TARGET_DIR=$CACHE_ROOT/morfologik
TARGET_JAR=$TARGET_DIR/$JAR_RELATIVE

fail() {
    echo "fetch-morfologik: $*" >&2
    exit 1
}

# Already available? (explicit setting, system package, or an earlier run of this script)
if [[ -n "${KRONIKA_MORFOLOGIK:-}" && -f "$KRONIKA_MORFOLOGIK" ]]; then exit 0; fi
if [[ -f "$SYSTEM_JAR" || -f "$TARGET_JAR" ]]; then exit 0; fi

command -v apt-get >/dev/null || fail "apt-get not found; install $PACKAGE or set KRONIKA_MORFOLOGIK to morfologik-polish.jar."
command -v dpkg-deb >/dev/null || fail "dpkg-deb not found; install $PACKAGE or set KRONIKA_MORFOLOGIK to morfologik-polish.jar."

WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
LOG=$WORK/log

download() { (cd "$WORK" && apt-get download "$PACKAGE") >>"$LOG" 2>&1; }

# Package lists are refreshed only if the first attempt fails: updating needs root and network.
if ! download; then
    if [[ $(id -u) -eq 0 ]]; then
        apt-get update >>"$LOG" 2>&1 || true
    elif command -v sudo >/dev/null; then
        sudo -n apt-get update >>"$LOG" 2>&1 || true
    fi
    download || { cat "$LOG" >&2; fail "could not download $PACKAGE (see apt output above); install it or set KRONIKA_MORFOLOGIK to morfologik-polish.jar."; }
fi

shopt -s nullglob
debs=("$WORK"/"$PACKAGE"_*.deb)
(( ${#debs[@]} == 1 )) || fail "apt-get download did not produce exactly one $PACKAGE .deb in $WORK."

# Unpack next to the final location, then move into place so a half-extracted tree is never used.
mkdir -p "$CACHE_ROOT"
STAGING=$(mktemp -d "$CACHE_ROOT/.morfologik.XXXXXX")
dpkg-deb -x "${debs[0]}" "$STAGING" >>"$LOG" 2>&1 || { rm -rf "$STAGING"; cat "$LOG" >&2; fail "dpkg-deb could not unpack ${debs[0]##*/}."; }
[[ -f "$STAGING/$JAR_RELATIVE" ]] || { rm -rf "$STAGING"; fail "the package did not contain $JAR_RELATIVE."; }
rm -rf "$TARGET_DIR"
mv "$STAGING" "$TARGET_DIR"
