#!/usr/bin/env bash
# Renders the first page of each printed document (the minutes, the agenda, the topic form) as the
# layout tests print them, into docs/*.png for README.md. PDFBox's renderer draws them at 72 dpi.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q test -pl bundles/org.govmeeting.minutes \
  -Dtest='MinutesLayoutTest,AgendaLayoutTest,TopicFormLayoutTest' \
  -Dsurefire.failIfNoSpecifiedTests=false -Dgovmeeting.pages="$PWD/docs" "$@"
ls -l docs/*.png
