#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# tst_desktop_metadata SOURCE_DIR: the desktop entry and AppStream metadata pass their
# validators, and the ids match the icon and each other. Exit 77 when a validator is missing.
set -uo pipefail
linux=${1:?usage: tst_desktop_metadata.sh SOURCE_DIR}/installer/linux
id=org.samplingstation.SamplingStation
for tool in desktop-file-validate appstreamcli; do
    command -v "$tool" >/dev/null 2>&1 || { echo "SKIP: $tool is not installed"; exit 77; }
done
status=0
desktop-file-validate "$linux/$id.desktop" || { echo "FAIL: desktop-file-validate"; status=1; }
appstreamcli validate --no-net --explain "$linux/$id.metainfo.xml" ||
    { echo "FAIL: appstreamcli validate"; status=1; }
grep -qx "Icon=$id" "$linux/$id.desktop" || { echo "FAIL: Icon= is not $id"; status=1; }
[ -f "$linux/$id.svg" ] || { echo "FAIL: no $id.svg"; status=1; }
grep -q "<launchable type=\"desktop-id\">$id.desktop</launchable>" "$linux/$id.metainfo.xml" ||
    { echo "FAIL: the metainfo does not launch $id.desktop"; status=1; }
exit "$status"
