#!/usr/bin/env bash
#   bash bench/commits-per-act.sh      (after: mvn -B -DskipTests package)
# Starts the built distribution with Derby logging every statement, makes three acts through REST
# and prints, for each, how many transactions wrote (one per act is the aim, issue #13).
# Counts the Derby transactions of one REST act from Derby's statement log (XID per statement).
set -euo pipefail
cd "$(dirname "$0")/.."
DIST=karaf-assembly/target/govmeeting-karaf-0.1.0-SNAPSHOT.tar.gz
W=target/bench-commits; PORT=18393
rm -rf $W; mkdir -p $W; tar xzf $DIST -C $W --strip-components=1
sed -i "s/org.osgi.service.http.port=8181/org.osgi.service.http.port=$PORT/" $W/etc/org.ops4j.pax.web.cfg
echo "org.osgi.service.http.port = $PORT" >> $W/etc/org.ops4j.pax.web.cfg
sed -i 's/^sshPort.*/sshPort = 18103/' $W/etc/org.apache.karaf.shell.cfg
echo "derby.language.logStatementText = true" >> $W/etc/system.properties
(cd $W && bin/start > /dev/null 2>&1)
API=http://127.0.0.1:$PORT/api
for i in $(seq 1 90); do sleep 2; [ "$(curl -s -o /dev/null -w '%{http_code}' -u li.jianguo:demo $API/me)" = 200 ] && break; done
sleep 8
FORM='{"name":"关于统计事务数的议题","reporterId":"luo.ping","category":"T3","implementationOpinion":"实施意见：目标、措施、责任分工。","explanation":{"background":"背景和缘由","process":"研究讨论过程","content":"主要内容","questions":"提请研究解决的问题"},"consultations":[{"unitId":"FINANCE","answer":"AGREE"}]}'
H=(-H 'Content-Type: application/json' -H 'X-Requested-With: curl')
ID=$(curl -s "${H[@]}" -u xie.yu:demo -X POST $API/topics -d "$FORM" | sed -E 's/.*"id":([0-9]+).*/\1/')
LOG=$W/data/log/derby.log
count() { # label, then the act as a curl command line
  local label=$1; shift
  local before; before=$(wc -l < $LOG)
  "$@" > /tmp/act.out
  sleep 1
  local window; window=$(tail -n +$((before+1)) $LOG)
  local all; all=$(echo "$window" | grep -o 'XID = [0-9]*' | sort -u | wc -l)
  local writing; writing=$(echo "$window" | grep -E 'Executing prepared statement: (INSERT|UPDATE|DELETE)' | grep -o 'XID = [0-9]*' | sort -u | wc -l)
  local writes; writes=$(echo "$window" | grep -cE 'Executing prepared statement: (INSERT|UPDATE|DELETE)')
  echo "$label: $(head -c 50 /tmp/act.out)... transactions that wrote: $writing ($writes writes); all transactions in the window, reads and the redelivery round included: $all"
}
count "file a topic" curl -s "${H[@]}" -u xie.yu:demo -X POST $API/topics -d "$FORM"
count "submit (intake + review + chain events)" curl -s "${H[@]}" -u xie.yu:demo -X POST $API/topics/$ID/submit
STEP=$(curl -s -u li.jianguo:demo $API/topics/$ID/reviews | grep -o '"id":[0-9]*' | sed -n 2p | cut -d: -f2)
count "sign the first step" curl -s "${H[@]}" -u luo.ping:demo -X POST $API/topics/$ID/reviews/$STEP/sign -d '{"comment":"同意"}'
(cd $W && bin/stop) > /dev/null 2>&1 || true
