#!/usr/bin/env bash
# Debian packages the real-editor tests need (see ../shared/docs/REAL-EDITOR.md): headless Chromium for the browser,
# ripgrep (seeds @vscode/ripgrep's download cache while code-server installs), libkrb5-dev (code-server's kerberos
# addon compiles from source) and a CJK font so that screenshots show Chinese. Non-interactive; runs `apt-get update`
# once and only when something is missing. Needs root (or sudo).
set -euo pipefail
packages=(chromium ripgrep libkrb5-dev fonts-wqy-microhei)
missing=()
for p in "${packages[@]}"; do
  if [ "$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null)" != "install ok installed" ]; then missing+=("$p"); fi
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "e2e system packages: already installed (${packages[*]})"
  exit 0
fi
sudo=()
if [ "$(id -u)" -ne 0 ]; then sudo=(sudo -n); fi
echo "e2e system packages: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -qq
"${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
echo "e2e system packages: installed ${missing[*]}"
