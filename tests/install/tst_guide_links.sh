#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# tst_guide_links BUILD_DIR      install both packages' components under a temporary DESTDIR
#                                and check the guides there
# tst_guide_links --root DIR     check the guides installed under DIR (/ after apt install)
#
# Every relative link of every installed guide (*.md under usr/share/doc/sampling-station
# and usr/share/doc/province-server), pictures included, names a file that is installed:
# the guide a user opens on the laptop shows its screenshots and its links lead somewhere.
# Web addresses and anchors are not checked. Exit 0 pass, 1 fail.
set -uo pipefail

say() { printf 'tst_guide_links: %s\n' "$*"; }
fail() { say "FAIL: $*"; exit 1; }

# check_links ROOT: prints one line per broken link; returns the number of links checked
# through the file named by $checked_file.
check_links() {
    local root=$1 md dir link target broken=0 checked=0
    while IFS= read -r -d '' md; do
        dir=$(dirname "$md")
        # [text](target) and ![alt](target "title"): the target up to a space, ")" or "#".
        while IFS= read -r link; do
            case "$link" in
                "" | *://* | mailto:*) continue ;;
            esac
            target=$dir/$link
            checked=$((checked + 1))
            if [ ! -f "$target" ]; then
                say "${md#"$root"} links $link, which is not installed"
                broken=$((broken + 1))
            fi
        done < <(grep -o -E '\]\([^) #]*' "$md" | sed 's/^](//')
    done < <(find "$root/usr/share/doc/sampling-station" "$root/usr/share/doc/province-server" \
        -name '*.md' -print0 2>/dev/null)
    echo "$checked" >"$checked_file"
    return "$broken"
}

work=$(mktemp -d /tmp/tst_guide_links.XXXXXX) || fail "cannot create a temporary directory"
trap 'rm -rf "$work"' EXIT
checked_file=$work/checked

if [ "${1:-}" = "--root" ]; then
    root=${2:?usage: tst_guide_links.sh --root DIR}
else
    build=${1:?usage: tst_guide_links.sh BUILD_DIR | --root DIR}
    root=$work/root
    for component in station server; do
        DESTDIR=$root cmake --install "$build" --prefix /usr --component "$component" \
            >"$work/install-$component.log" 2>&1 ||
            { cat "$work/install-$component.log"; fail "cmake --install --component $component failed"; }
    done
fi

# The checker itself finds a broken link (a test that could not fail would prove nothing).
mkdir -p "$work/self/usr/share/doc/sampling-station/screenshots"
touch "$work/self/usr/share/doc/sampling-station/screenshots/here.png"
printf '![a](screenshots/here.png) [b](missing.md#part) [c](https://example.org/x.png) [d](#top)\n' \
    >"$work/self/usr/share/doc/sampling-station/guide.md"
broken=$(check_links "$work/self")
[ "$(cat "$checked_file")" = 2 ] && [ "$(grep -c 'not installed' <<<"$broken")" = 1 ] &&
    grep -q 'missing.md' <<<"$broken" ||
    fail "the checker does not tell a present from a missing file: $broken"

# The guides each package must have.
for guide in sampling-station/user-guide.md sampling-station/user-guide-table.md \
    sampling-station/site-setup.md sampling-station/station-move-and-backup.md \
    province-server/server-deployment.md province-server/sync-protocol.md; do
    [ -f "$root/usr/share/doc/$guide" ] || fail "/usr/share/doc/$guide is not installed"
done

if ! check_links "$root"; then
    fail "installed guides link files that are not installed (above)"
fi
checked=$(cat "$checked_file")
pictures=$(find "$root/usr/share/doc/sampling-station" -name '*.png' | wc -l)
[ "$checked" -gt 0 ] || fail "no relative link found in the installed guides"
[ "$pictures" -gt 0 ] || fail "no picture installed with the guides"
say "ok: $checked relative links in the installed guides, all to installed files ($pictures pictures)"
say "PASS"
