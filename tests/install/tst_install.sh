#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# tst_install BUILD_DIR VERSION
#
# The Debian packages end to end, as IT staff would meet them: one cpack run builds the
# station's and the server's .deb from the build tree, apt installs both, the three programs
# run from /usr/bin, the installed guides link only installed files, the server's unit
# passes systemd-analyze and its system user exists, the application starts on the
# offscreen platform against a data directory provisioned with `sampling-station-cli init`
# and reaches its login screen, then apt removes the packages and every file they shipped
# is gone. The machine is left as it was whether the test passes or fails: the cleanup
# purges the packages, any package apt pulled in for them, and the server's system user and
# folders if the test created them.
#
# Exit 0 pass, 1 fail, 77 skipped (not root, apt locked, a package already installed,
# STATION_SKIP_INSTALL_TEST set).
set -uo pipefail
# grep that reads all of its input: `grep -q` stops at the first match, and under pipefail the
# writer's SIGPIPE (zcat of a man page over 32 KB, dpkg-deb's listing) then failed the
# pipeline now and then, although the text was there.
contains() { grep "$@" > /dev/null; }

BUILD_DIR=${1:?usage: tst_install.sh BUILD_DIR VERSION}
VERSION=${2:?usage: tst_install.sh BUILD_DIR VERSION}
PKG=sampling-station
SERVER_PKG=province-server
SERVER_USER=province-server
SKIP=77
# How long the application gets to reach its login screen, and how long it must stay up.
LOGIN_TIMEOUT_S=60
STAY_UP_S=8

say() { printf 'tst_install: %s\n' "$*"; }
skip() { say "SKIP: $*"; exit "$SKIP"; }
fail() { say "FAIL: $*"; exit 1; }

[ -z "${STATION_SKIP_INSTALL_TEST:-}" ] || skip "STATION_SKIP_INSTALL_TEST is set"
[ "$(id -u)" -eq 0 ] || skip "installing a package needs root; run as root (CI runs scripts/test as root)"
for tool in apt-get dpkg dpkg-query cpack flock; do
    command -v "$tool" >/dev/null 2>&1 || skip "$tool is not available"
done

# Several build trees on one machine may run this test; one at a time.
exec 9>/run/lock/sampling-station-tst_install.lock || skip "cannot open the test's lock file"
flock -w 120 9 || skip "another install test held the lock for 2 minutes"

package_state() { dpkg-query -W -f='${db:Status-Status}' "${1:-$PKG}" 2>/dev/null || true; }
for p in "$PKG" "$SERVER_PKG"; do
    case "$(package_state "$p")" in
        "" | not-installed) ;;
        *) skip "$p is already on this machine ($(package_state "$p")); the test will not replace or remove it" ;;
    esac
done
# What the server's postinst creates and a purge keeps (its records): removed by the
# cleanup only if the test made them.
server_leftovers=()
getent passwd "$SERVER_USER" >/dev/null || server_leftovers+=(user)
[ -e /var/lib/province-server ] || server_leftovers+=(/var/lib/province-server)
[ -e /etc/province-server ] || server_leftovers+=(/etc/province-server)

work=$(mktemp -d /tmp/tst_install.XXXXXX) || fail "cannot create a temporary directory"
chmod 755 "$work" # apt reads the .deb as user _apt
dpkg-query -W -f='${Package}\n' | sort >"$work/packages-before"
app_pid=""

cleanup() {
    local rc=$?
    trap - EXIT
    if [ -n "$app_pid" ] && kill -0 "$app_pid" 2>/dev/null; then
        kill "$app_pid" 2>/dev/null
        wait "$app_pid" 2>/dev/null
    fi
    local p
    for p in "$PKG" "$SERVER_PKG"; do
        if [ -n "$(package_state "$p")" ] && [ "$(package_state "$p")" != not-installed ]; then
            say "cleanup: purging $p"
            DEBIAN_FRONTEND=noninteractive apt-get purge -y -q -o DPkg::Lock::Timeout=60 "$p" \
                >>"$work/cleanup.log" 2>&1 || dpkg --purge "$p" >>"$work/cleanup.log" 2>&1
        fi
    done
    for p in "${server_leftovers[@]}"; do
        case "$p" in
            user) getent passwd "$SERVER_USER" >/dev/null &&
                { deluser --quiet --system "$SERVER_USER" >>"$work/cleanup.log" 2>&1 ||
                    say "cleanup: could not remove the user $SERVER_USER"; } ;;
            *) rm -rf "$p" ;;
        esac
    done
    local added
    added=$(comm -13 "$work/packages-before" <(dpkg-query -W -f='${Package}\n' | sort) | tr '\n' ' ')
    if [ -n "${added// /}" ]; then
        say "cleanup: purging packages installed for the test: $added"
        # shellcheck disable=SC2086
        DEBIAN_FRONTEND=noninteractive apt-get purge -y -q -o DPkg::Lock::Timeout=60 $added \
            >>"$work/cleanup.log" 2>&1 || say "cleanup: could not purge $added (see above)"
    fi
    rm -rf "$work"
    exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# ---- build the packages ----------------------------------------------------------------
say "building the packages with cpack in $BUILD_DIR"
[ -f "$BUILD_DIR/CPackConfig.cmake" ] || fail "$BUILD_DIR/CPackConfig.cmake is missing: configure the project first"
if ! (cd "$BUILD_DIR" && cpack -G DEB -B "$work/pkg") >"$work/cpack.log" 2>&1; then
    cat "$work/cpack.log"
    fail "cpack could not build the packages"
fi
debs=()
for p in "$PKG" "$SERVER_PKG"; do
    found=("$work/pkg/${p}_${VERSION}"_*.deb)
    [ -f "${found[0]}" ] || { cat "$work/cpack.log"; fail "cpack wrote no ${p}_${VERSION}_*.deb"; }
    debs+=("${found[0]}")
    say "built $(basename "${found[0]}")"
    # The files each package ships (not directories), to check they are all removed later;
    # conffiles stay until a purge.
    dpkg-deb -c "${found[0]}" | awk '$1 !~ /^d/ { sub(/^\./, "", $6); print $6 }' |
        grep -v '^/etc/' >>"$work/shipped"
done
deb=${debs[0]}
server_deb=${debs[1]}
[ -s "$work/shipped" ] || fail "the packages ship no files"
# The server is its own package: nothing of it in the station's, and the reverse.
dpkg-deb -c "$deb" | contains -E 'province-server' &&
    fail "$(basename "$deb") ships the server's files: $(dpkg-deb -c "$deb" | grep province-server)"
dpkg-deb -c "$server_deb" | contains -E 'bin/sampling-station' &&
    fail "$(basename "$server_deb") ships the station's programs"
# The CLI prints through `lp` (CUPS); shlibdeps cannot see a program it runs.
dpkg-deb -f "$deb" Depends | contains -w cups-client ||
    fail "$(basename "$deb") does not depend on cups-client (the CLI's lp)"

# Before 0.2.0 the server's files were in the station's package: an upgrade from 0.1.x must
# be allowed to hand them over.
for field in Replaces Breaks; do
    dpkg-deb -f "$server_deb" "$field" | contains -F "$PKG (<< 0.2.0)" ||
        fail "$(basename "$server_deb") lacks '$field: $PKG (<< 0.2.0)' (upgrades from 0.1.x)"
done

# ---- install ---------------------------------------------------------------------------
say "installing with apt-get"
if ! DEBIAN_FRONTEND=noninteractive apt-get install -y -q -o DPkg::Lock::Timeout=60 \
    --no-install-recommends "$deb" "$server_deb" >"$work/apt-install.log" 2>&1; then
    if grep -q -E "Could not get lock|Unable to acquire|is another process using it" "$work/apt-install.log"; then
        skip "apt/dpkg is locked by another process"
    fi
    cat "$work/apt-install.log"
    fail "apt-get install of $(basename "$deb") and $(basename "$server_deb") failed"
fi
for p in "$PKG" "$SERVER_PKG"; do
    [ "$(package_state "$p")" = installed ] || fail "after apt-get install, $p is '$(package_state "$p")', not installed"
done

APP_ID=org.samplingstation.SamplingStation
for f in /usr/bin/sampling-station /usr/bin/sampling-station-cli /usr/bin/province-server \
    /usr/share/applications/$APP_ID.desktop /usr/share/metainfo/$APP_ID.metainfo.xml \
    /usr/share/icons/hicolor/scalable/apps/$APP_ID.svg \
    /usr/share/icons/hicolor/48x48/apps/$APP_ID.png \
    /usr/share/icons/hicolor/256x256/apps/$APP_ID.png \
    /usr/lib/udev/rules.d/60-sampling-station-scanners.rules \
    /usr/share/man/man1/sampling-station.1.gz \
    /usr/share/man/man1/sampling-station-cli.1.gz /usr/share/man/man1/province-server.1.gz \
    /usr/share/doc/$PKG/copyright /usr/share/doc/$PKG/user-guide.md \
    /usr/share/doc/$SERVER_PKG/copyright /usr/share/doc/$SERVER_PKG/changelog.gz \
    /usr/lib/systemd/system/province-server.service /etc/province-server/province-server.conf; do
    [ -e "$f" ] || fail "the installed packages lack $f"
done

# ---- the guides and the server's service -----------------------------------------------
"$(dirname "$0")/tst_guide_links.sh" --root / || fail "the installed guides have broken links (above)"
getent passwd "$SERVER_USER" >/dev/null || fail "the server's postinst created no user $SERVER_USER"
[ "$(stat -c %U /var/lib/province-server)" = "$SERVER_USER" ] ||
    fail "/var/lib/province-server is not owned by $SERVER_USER"
if command -v systemd-analyze >/dev/null 2>&1; then
    systemd-analyze verify /usr/lib/systemd/system/province-server.service >"$work/verify.log" 2>&1 ||
        { cat "$work/verify.log"; fail "systemd-analyze verify province-server.service"; }
    say "ok: systemd-analyze verify province-server.service"
fi

# ---- the programs run ------------------------------------------------------------------
out=$(timeout 20 /usr/bin/sampling-station-cli --version 2>"$work/version.err") ||
    { cat "$work/version.err"; fail "sampling-station-cli --version failed: $out"; }
[ "$out" = "sampling-station-cli $VERSION" ] ||
    fail "sampling-station-cli --version printed '$out', expected 'sampling-station-cli $VERSION'"
say "ok: $out"

# A root session in CI has no XDG_RUNTIME_DIR; give the GUI one so Qt does not warn.
export XDG_RUNTIME_DIR="$work/runtime"
mkdir -m 700 "$XDG_RUNTIME_DIR"

# Over SSH there is no display: help and version must not need one.
out=$(env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM timeout 20 /usr/bin/sampling-station --help 2>"$work/help.err") ||
    { cat "$work/help.err"; fail "sampling-station --help failed without a display: $out"; }
grep -q -- "--data-dir" <<<"$out" || fail "sampling-station --help printed: $out"
say "ok: sampling-station --help without a display"

# The man pages are made from the programs' --help: every command and option is in them.
zcat /usr/share/man/man1/sampling-station-cli.1.gz | contains '^\.SS "tube\\-code"' ||
    fail "sampling-station-cli(1) does not document the tube-code command"
zcat /usr/share/man/man1/province-server.1.gz | contains 'create\\-db' ||
    fail "province-server(1) does not document --create-db"
zcat /usr/share/man/man1/sampling-station.1.gz | contains 'site\\-passphrase\\-file' ||
    fail "sampling-station(1) does not document --site-passphrase-file"
say "ok: the man pages list the programs' commands and options"

out=$(QT_QPA_PLATFORM=offscreen timeout 20 /usr/bin/sampling-station --version 2>"$work/version.err") ||
    { cat "$work/version.err"; fail "sampling-station --version did not exit by itself with status 0 (printed: '$out')"; }
[ "$out" = "sampling-station $VERSION" ] ||
    fail "sampling-station --version printed '$out', expected 'sampling-station $VERSION'"
say "ok: $out"

out=$(timeout 20 /usr/bin/province-server --version 2>"$work/version.err") ||
    { cat "$work/version.err"; fail "province-server --version failed: $out"; }
[ "$out" = "province-server $VERSION" ] ||
    fail "province-server --version printed '$out', expected 'province-server $VERSION'"
say "ok: $out"

# Its admin command creates (--create-db) and opens a SQLite database, which proves the
# binary starts and the Qt SQLite driver the package depends on is there.
out=$(timeout 20 /usr/bin/province-server admin stats --create-db --db "sqlite:$work/province.db" 2>&1) ||
    fail "province-server admin stats failed: $out"
grep -q "^total: 0 records" <<<"$out" || fail "province-server admin stats printed: $out"
say "ok: province-server admin stats"

# The service's configuration works for its user: a self-made certificate where the shipped
# configuration looks for it, readable by the group as the guide says, and the unit's
# command line run as province-server from /var/lib/province-server, on a free port.
if command -v openssl >/dev/null 2>&1 && command -v runuser >/dev/null 2>&1; then
    tls=/etc/province-server/tls
    openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -days 1 \
        -subj "/CN=localhost" -addext "subjectAltName=DNS:localhost,IP:127.0.0.1" \
        -keyout "$tls/server.key" -out "$tls/server.crt" >"$work/openssl.log" 2>&1 ||
        { cat "$work/openssl.log"; fail "openssl could not make a test certificate"; }
    chgrp "$SERVER_USER" "$tls/server.key" && chmod 640 "$tls/server.key"
    (
        set -a
        # shellcheck disable=SC1091
        . /etc/province-server/province-server.conf
        set +a
        # The first start's one-time step of the guide: the SQLite database, created.
        cd /var/lib/province-server &&
            runuser -u "$SERVER_USER" -- /usr/bin/province-server admin stats --create-db \
                --db "$PROVINCE_SERVER_DATABASE" >/dev/null &&
            exec runuser -u "$SERVER_USER" -- /usr/bin/province-server --listen 127.0.0.1:0 \
                --db "$PROVINCE_SERVER_DATABASE" --tls-cert "$PROVINCE_SERVER_TLS_CERT" \
                --tls-key "$PROVINCE_SERVER_TLS_KEY" $PROVINCE_SERVER_OPTIONS
    ) >"$work/server.out" 2>"$work/server.err" &
    server_pid=$!
    for _ in $(seq 1 100); do
        grep -q "^listening on https://" "$work/server.out" && break
        kill -0 "$server_pid" 2>/dev/null || break
        sleep 0.2
    done
    listening=$(grep "^listening on https://" "$work/server.out")
    kill "$server_pid" 2>/dev/null
    wait "$server_pid" 2>/dev/null
    [ -n "$listening" ] ||
        { cat "$work/server.out" "$work/server.err"; fail "province-server did not start as $SERVER_USER with the shipped configuration"; }
    rm -f "$tls/server.key" "$tls/server.crt" /var/lib/province-server/province-server.db*
    say "ok: province-server runs as $SERVER_USER with /etc/province-server/province-server.conf ($listening)"
fi

# ---- a provisioned station reaches its login screen ------------------------------------
data="$work/station"
printf '246810\n' >"$work/pin"
printf 'install test site passphrase\n' >"$work/passphrase"
if ! /usr/bin/sampling-station-cli init --data-dir "$data" --site-code TST-01 \
    --site-name "安装测试采样点" --district 440106 --table 1 \
    --operator-id T001 --operator-name "测试员" --operator-pin-file "$work/pin" \
    --site-passphrase-file "$work/passphrase" \
    >"$work/init.log" 2>&1; then
    cat "$work/init.log"
    fail "sampling-station-cli init could not provision $data"
fi
/usr/bin/sampling-station-cli check --data-dir "$data" >"$work/check.log" 2>&1 ||
    { cat "$work/check.log"; fail "sampling-station-cli check fails on the fresh station"; }
say "ok: provisioned a station with sampling-station-cli init; check passes"

# Reaching the login screen. On a provisioned station the application opens its main
# window on the login screen; on an unprovisioned one it would stop at the first-run wizard
# (a modal dialog) and never show the main window. `--screenshot FILE` saves a picture of
# the main window once it is up and quits, so an exit with status 0 and a picture means the
# login screen was reached. Then a plain start must stay up, writing no error, as at a table.
app_errors() { grep -E -i "critical|fatal|error" "$1"; }
# The application unlocks the station's personal data with the site passphrase; from the
# environment it does not ask for it in a dialog.
STATION_SITE_PASSPHRASE=$(head -n1 "$work/passphrase")
export STATION_SITE_PASSPHRASE
login_seen=""
if QT_QPA_PLATFORM=offscreen timeout 20 /usr/bin/sampling-station --help 2>&1 | contains -- "--screenshot"; then
    say "starting sampling-station --screenshot on the offscreen platform"
    QT_QPA_PLATFORM=offscreen timeout "$LOGIN_TIMEOUT_S" /usr/bin/sampling-station \
        --data-dir "$data" --screenshot "$work/login.png" >"$work/shot.out" 2>"$work/shot.err"
    rc=$?
    if [ "$rc" -ne 0 ] || [ ! -s "$work/login.png" ]; then
        cat "$work/shot.out" "$work/shot.err"
        [ "$rc" -eq 124 ] && fail "sampling-station did not show its main window within ${LOGIN_TIMEOUT_S} s (held by a dialog before it, such as the first-run wizard or a passphrase prompt?)"
        fail "sampling-station --screenshot exited with status $rc and saved no picture of the login screen"
    fi
    if app_errors "$work/shot.err"; then
        fail "sampling-station wrote errors (above) on its way to the login screen"
    fi
    login_seen=yes
    say "ok: main window shown on the login screen (picture of $(stat -c %s "$work/login.png") bytes)"
else
    say "NOTE: this sampling-station has no --screenshot option; checking only that it stays up"
fi

say "starting sampling-station on the offscreen platform for ${STAY_UP_S} s"
QT_QPA_PLATFORM=offscreen /usr/bin/sampling-station --data-dir "$data" \
    >"$work/app.out" 2>"$work/app.err" &
app_pid=$!
sleep "$STAY_UP_S"
if ! kill -0 "$app_pid" 2>/dev/null; then
    wait "$app_pid"
    rc=$?
    app_pid=""
    cat "$work/app.out" "$work/app.err"
    fail "sampling-station exited with status $rc within ${STAY_UP_S} s of starting"
fi
kill "$app_pid"
wait "$app_pid" 2>/dev/null
app_pid=""
if app_errors "$work/app.err"; then
    fail "sampling-station wrote errors (above) while running"
fi
if [ -n "$login_seen" ]; then
    say "ok: sampling-station reached its login screen on the provisioned station and stays up"
else
    say "ok: sampling-station stays up on the provisioned station (login screen not confirmed)"
fi

# ---- remove ----------------------------------------------------------------------------
say "removing with apt-get"
if ! DEBIAN_FRONTEND=noninteractive apt-get remove -y -q -o DPkg::Lock::Timeout=60 "$PKG" \
    "$SERVER_PKG" >"$work/apt-remove.log" 2>&1; then
    cat "$work/apt-remove.log"
    fail "apt-get remove $PKG $SERVER_PKG failed"
fi
for p in "$PKG" "$SERVER_PKG"; do
    case "$(package_state "$p")" in
        not-installed | config-files | "") ;;
        *) fail "after apt-get remove, $p is '$(package_state "$p")'" ;;
    esac
done
left=""
while read -r f; do
    [ -e "$f" ] && left="$left $f"
done <"$work/shipped"
[ -z "$left" ] || fail "apt-get remove left files behind:$left"
say "ok: removed; none of the $(wc -l <"$work/shipped") shipped files is left"
say "PASS"
