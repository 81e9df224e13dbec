#!/bin/bash
# svcwait.sh NAME PORT URL PASSWORD [env...] -- runs service in foreground, records exit code and duration
NAME=$1; PORT=$2; URL=$3; PW=$4; shift 4
mkdir -p /tmp/audit-d/run-$NAME; cd /tmp/audit-d/run-$NAME
s=$(date +%s.%N)
env "$@" SPRING_DATASOURCE_URL="$URL" SPRING_DATASOURCE_USERNAME=root SPRING_DATASOURCE_PASSWORD="$PW" SERVER_PORT=$PORT java -jar /tmp/notes-ee82380.jar > /tmp/audit-d/$NAME.log 2>&1
rc=$?; echo "exit=$rc after $(echo "$(date +%s.%N)-$s"|bc) s" > /tmp/audit-d/$NAME.rc
