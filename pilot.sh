#!/usr/bin/env bash
# Runs the built distribution with everything a pilot keeps outside target/: its database, logs
# and installed features in pilot/data, its settings in pilot/etc (git ignores pilot/). A rebuild,
# `mvn clean` or the tests never touch them.
#
#   ./pilot.sh           start with the Karaf console (Ctrl-D or `shutdown` stops it)
#   ./pilot.sh start     start in the background;  ./pilot.sh stop  stops it;  ./pilot.sh status
#   ./pilot.sh client    the console of a platform started in the background (ssh, see README)
#   ./pilot.sh fresh     start afresh: moves pilot/ aside to pilot.<time>/ first
#
# Settings: pilot/etc is copied from the build on the first start; later builds add the files it
# does not have yet and never overwrite one (compare with karaf-assembly/target/assembly/etc after
# an upgrade).
set -euo pipefail
cd "$(dirname "$0")"
home=karaf-assembly/target/assembly
if [ ! -x "$home/bin/karaf" ]; then
  echo "Build the platform first: mvn -B -DskipTests package" >&2
  exit 1
fi
command=${1:-console}
if [ "$command" = fresh ]; then
  if [ -d pilot ]; then
    aside="pilot.$(date +%Y%m%d-%H%M%S)"
    mv pilot "$aside"
    echo "The previous pilot's data and settings are in $aside/."
  fi
  command=console
fi
mkdir -p pilot/data pilot/etc
cp -rn "$home/etc/." pilot/etc/
export KARAF_DATA="$PWD/pilot/data" KARAF_ETC="$PWD/pilot/etc"
case "$command" in
  console) exec "$home/bin/karaf" ;;
  start | stop | status | client) exec "$home/bin/$command" "${@:2}" ;;
  *)
    echo "usage: ./pilot.sh [console|start|stop|status|client|fresh]" >&2
    exit 2
    ;;
esac
