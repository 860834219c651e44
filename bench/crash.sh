#!/usr/bin/env bash
# The crash test at full count: topics filed, submitted and signed in a loop while the Karaf JVM
# is killed with SIGKILL at a random moment, restarted, and every acknowledged write checked.
# CI runs 3 trials; this runs 20 (or the number given).
#
#   bash bench/crash.sh [trials]        (after: mvn -B -DskipTests install)
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q verify -pl itests -Dit.test=CrashRecoveryIT -Dgovmeeting.crash.trials="${1:-20}"
grep -h 'trial\|first start' itests/target/failsafe-reports/org.govmeeting.itests.CrashRecoveryIT-output.txt
