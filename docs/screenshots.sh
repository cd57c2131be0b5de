#!/bin/sh
# Refreshes docs/screenshots/: every main screen on a phone and a desktop, and readme.png for the README.
# Needs what the end-to-end tests need (a Chromium, see README). Takes a few minutes.
set -e
cd "$(dirname "$0")/.."
rm -f docs/screenshots/*.png
./mvnw test -DskipUnitTests -Dtest=ScreenshotTourTest -Dquizdeck.screenshots=true -Dsurefire.failIfNoSpecifiedTests=false "$@"
ls docs/screenshots
