#!/usr/bin/env bash
# Lighthouse on the sample site built under a sub-path and served as GitHub Pages serves it, on the
# home, a brief, a tag, the topics, the archive and the 404 page, mobile and desktop: accessibility,
# best practices and SEO at 100, performance at 90 or more (.ci/lighthouse.cjs says why).
# Needs target/newsbrief.jar, Node.js 18.16+ and Debian's chromium; .ci/run calls it after the build.
# Usage: .ci/lighthouse.sh [RUNS]   (RUNS audits each page that many times, to measure the spread)
set -euo pipefail
cd "$(dirname "$0")/.."

# 12.8.2 is the last Lighthouse for Node.js 18 and 20 (Debian 12's nodejs is 18.20; 13.x wants 22.19).
# --ignore-scripts: nothing in it needs an install script, and none may fetch a browser; it drives
# the chromium that .ci/run installed, through CHROME_PATH.
lighthouse_dir=$(mktemp -d)
trap 'rm -rf "$lighthouse_dir"' EXIT
(cd "$lighthouse_dir" && npm install --silent --no-audit --no-fund --no-save --ignore-scripts \
    lighthouse@12.8.2 >/dev/null)
CHROME_PATH=${CHROME_PATH:-/usr/bin/chromium} node .ci/lighthouse.cjs "$lighthouse_dir" target/newsbrief.jar "${1:-1}"
