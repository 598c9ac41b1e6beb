#!/usr/bin/env bash
# The frozen bundle runs: prints its version, and each station program opens its real window on the
# offscreen platform and exits 0. Usage: packaging/check_bundle.sh dist/kiosk
set -euo pipefail
bundle="$(cd "${1:-dist/kiosk}" && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export KIOSK_CONFIG_DIR="$work/config" QT_QPA_PLATFORM=offscreen
cd "$work"  # nothing may depend on the source tree

version="$("$bundle/kiosk" --version)"
echo "frozen: $version"
[[ "$version" == "kiosk, version "* ]]

# README's USB thermal printer: pyusb and libusb are in the bundle (no printer is needed to accept it)
"$bundle/kiosk" setup --non-interactive --create-db --station kiosk --db "$work/branch.db" --windowed \
    --printer escpos:usb:0x04b8:0x0202 > /dev/null
"$bundle/kiosk" setup --non-interactive --create-db --station kiosk --db "$work/branch.db" --windowed \
    --printer "pdf:$work/tickets" --language zh_TW > /dev/null
"$bundle/kiosk" issue --db "$work/branch.db" --service A --lang zh_TW > /dev/null
# PostgreSQL: psycopg and its libpq are in the bundle (a refused connection is told, not an ImportError)
if out="$("$bundle/kiosk" status --db postgresql://kiosk@127.0.0.1:1/branch 2>&1)"; then
    echo "status on a closed port succeeded?"; exit 1
fi
[[ "$out" == error:*"the branch database"* ]] || { echo "PostgreSQL in the bundle: $out"; exit 1; }
echo "frozen PostgreSQL driver: loads, refused connection explained"
timeout 120 "$bundle/kiosk" run --quit-after 3000
echo "frozen kiosk: opened and closed (exit 0)"
timeout 120 "$bundle/kiosk-display" --db "$work/branch.db" --windowed --quit-after 2000
echo "frozen display: opened and closed (exit 0)"
timeout 120 "$bundle/kiosk-console" --db "$work/branch.db" --counter 1 --quit-after 2000
echo "frozen console: opened and closed (exit 0)"
timeout 120 "$bundle/kiosk-manager" --db "$work/branch.db" --quit-after 2000
echo "frozen manager: opened and closed (exit 0)"
timeout 120 "$bundle/kiosk-rate-pad" --db "$work/branch.db" --counter 1 --windowed --quit-after 2000
echo "frozen rating pad: opened and closed (exit 0)"
# `kiosk run` starts a rating pad set up with its counter
"$bundle/kiosk" setup --non-interactive --station rate-pad --db "$work/branch.db" --counter 1 --windowed \
    > /dev/null
timeout 120 "$bundle/kiosk" run --quit-after 2000
echo "frozen rating pad by kiosk run: opened and closed (exit 0)"
for qm in kiosk_zh_CN kiosk_zh_TW kiosk_en; do
    [[ -s "$bundle/_internal/i18n/$qm.qm" ]] || { echo "missing $qm.qm in the bundle"; exit 1; }
done
# Qt's own words (Yes/No, Save, the file dialog) in Chinese, where QLibraryInfo finds them in the bundle
for qm in qtbase_zh_CN qtbase_zh_TW; do
    [[ -n "$(find "$bundle/_internal/PySide6" -path "*/translations/$qm.qm" -size +0)" ]] \
        || { echo "missing Qt's $qm.qm in the bundle"; exit 1; }
done
echo "bundle: $(du -sh "$bundle" | cut -f1)"
