#!/usr/bin/env bash
# Service load on this machine against PostgreSQL (docs/benchmarks.md, "Service load"). Loopback only, bounded.
#   scripts/load/seed-and-run.sh            build, start the app on database mentormatch_load, seed, measure
# Needs: PostgreSQL at 127.0.0.1:5432 (user postgres, trust), wrk, jq, curl, bc. Recreates ONLY mentormatch_load.
# The app runs as the superuser postgres here, a throwaway local database; production never does (docs/operations.md).
set -euo pipefail
cd "$(dirname "$0")/../.."

DB=${DB:-mentormatch_load}
PORT=${PORT:-18080}
BASE=http://127.0.0.1:$PORT
RESIDENTS=${RESIDENTS:-500}
MENTORS=${MENTORS:-100}
PASSWORD=load-password
# Load accounts get BCrypt cost 4 (the hash carries its cost; the app verifies any). HTTP Basic checks the password
# on every request, and at the default cost 10 that alone is tens of ms of CPU per request: see docs/benchmarks.md.
BCRYPT_COST=${BCRYPT_COST:-4}
# How the readers authenticate: session (default) = each resident signs in once with the sign-in form, as a browser
# does, and sends the session cookie with every request; basic = HTTP Basic credentials on every request.
AUTH=${AUTH:-session}
DURATION=${DURATION:-30s}
# SAVE_RUNS: how many times (b) and (b') run, one after the other, on the same data
# More arguments for the application, e.g. APP_ARGS=--server.tomcat.threads.max=8 (docs/benchmarks.md), and for
# its JVM, e.g. JAVA_OPTS=-Xlog:gc:file=target/load/gc.log. The per-account rate limits are lifted: each simulated
# resident reads far more than a person's 600 a minute (issue 19, RateLimits). The seeding administrator and director
# sign in with HTTP Basic, which cannot carry a second factor, so the second-factor requirement is lifted too.
OUT=target/load
mkdir -p "$OUT"

echo "== machine: $(nproc) cores, $(uptime)"
echo "== application arguments: ${APP_ARGS:-(none)}"

# JAR=path/to/matching-web.jar measures a jar built elsewhere (e.g. two builds A/B, one after the other)
if [ -z "${JAR:-}" ]; then
  ./mvnw -q -pl matching-web -am package -DskipTests
  JAR=$(ls matching-web/target/matching-web-*.jar | grep -v plain | head -1)
fi
echo "== jar: $JAR"

dropdb -h 127.0.0.1 -U postgres --if-exists "$DB"
createdb -h 127.0.0.1 -U postgres "$DB"
SQL() { psql -h 127.0.0.1 -U postgres -d "$DB" -qtAc "$1"; }

java -Xmx1g ${JAVA_OPTS:-} -jar "$JAR" --spring.profiles.active=postgres \
  --mentormatch.db.url="jdbc:postgresql://127.0.0.1:5432/$DB" --mentormatch.db.user=postgres --server.port="$PORT" \
  --logging.level.root=warn --mentormatch.webhooks.generate-key=true \
  --mentormatch.rate-limit.reads-per-minute=1000000 --mentormatch.rate-limit.writes-per-minute=1000000 \
  --mentormatch.security.require-mfa-for= \
  ${APP_ARGS:-} > "$OUT/app.log" 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null || true' EXIT
until [ "$(curl -s -o /dev/null -w '%{http_code}' "$BASE/api/me")" = 401 ]; do
  kill -0 $APP 2>/dev/null || { echo "the app exited, see $OUT/app.log"; exit 1; }
  sleep 1
done

# the first account cannot be created over HTTP
SQL "create extension if not exists pgcrypto"
SQL "insert into app_user (username, display_name, password_hash, role)
     values ('load-admin', 'Load admin', crypt('$PASSWORD', gen_salt('bf', $BCRYPT_COST)), 'ADMIN')"

api() { # api USER METHOD PATH [BODY [CONTENT-TYPE]]
  curl -sS -f -u "$1:$PASSWORD" -X "$2" -H "Content-Type: ${5:-application/json}" ${4:+--data-binary "$4"} "$BASE$3"
}

PROGRAM=$(api load-admin POST /api/programs '{"name": "Load program"}' | jq .id)
api load-admin POST /api/users "{\"username\": \"load-director\", \"displayName\": \"Load director\",
  \"password\": \"$PASSWORD\", \"role\": \"DIRECTOR\", \"programId\": $PROGRAM}" > /dev/null
DEADLINE=$(date -u -d '+30 days' +%Y-%m-%dT%H:%M:%SZ)

# cohort CODE PREFIX: residents PREFIXr1..N@load.example, mentors PREFIXm1..M@load.example (accounts linked by e-mail)
cohort() {
  local id specialties=(Cardiology Pediatrics Surgery Neurology Oncology)
  id=$(api load-director POST /api/cohorts "{\"programId\": $PROGRAM, \"code\": \"$1\", \"name\": \"Load $1\",
    \"academicYear\": \"2027-2028\", \"preferenceDeadline\": \"$DEADLINE\", \"maxRankedMentors\": 5}" | jq .id)
  { echo "id,name,email,kind,specialty,interests,availability,capacity,accepting"
    for m in $(seq 1 "$MENTORS"); do
      echo "F$m,Mentor $m,$2m$m@load.example,FACULTY,${specialties[m % 5]},research;teaching,MON-18;WED-07,6,true"
    done; } > "$OUT/mentors-$1.csv"
  { echo "id,name,email,specialty,careerGoal,interests,availability,openToOtherSpecialties"
    for r in $(seq 1 "$RESIDENTS"); do
      echo "R$r,Resident $r,$2r$r@load.example,${specialties[r % 5]},academic,research,MON-18,true"
    done; } > "$OUT/residents-$1.csv"
  api load-director POST "/api/cohorts/$id/mentors/import" "@$OUT/mentors-$1.csv" text/csv > /dev/null
  api load-director POST "/api/cohorts/$id/residents/import" "@$OUT/residents-$1.csv" text/csv > /dev/null
  api load-director POST "/api/cohorts/$id/transitions" '{"to": "OPEN_FOR_PREFERENCES"}' > /dev/null
  echo "$id"
}
PUBLISHED=$(cohort LOAD-P p)
OPEN=$(cohort LOAD-O o)
# roster imports create password-less accounts (sign-in by SSO or an admin-set password): give them one
SQL "update app_user set password_hash = crypt('$PASSWORD', gen_salt('bf', $BCRYPT_COST)) where email like '%@load.example'"

RUN=$(api load-director POST "/api/cohorts/$PUBLISHED/runs" '{"mode": "optimal", "timeLimitSeconds": 10}' | jq .id)
until [ "$(api load-director GET "/api/cohorts/$PUBLISHED/runs/$RUN" | jq -r .status)" = SUCCEEDED ]; do sleep 1; done
api load-director POST "/api/cohorts/$PUBLISHED/proposals/send" > /dev/null
api load-director POST "/api/cohorts/$PUBLISHED/publication" '{"override": true, "reason": "load test"}' > /dev/null
echo "== data: cohort $PUBLISHED published ($RESIDENTS residents, $MENTORS mentors), cohort $OPEN open ($RESIDENTS residents, $MENTORS mentors)"

# signin USER: signs in with the form (CSRF token from the sign-in page) and prints the session cookie
signin() {
  local jar csrf
  jar=$(mktemp)
  csrf=$(curl -sS -c "$jar" "$BASE/login" | grep -o 'name="_csrf" value="[^"]*"' | sed 's/.*value="//; s/"$//')
  curl -sS -o /dev/null -b "$jar" -c "$jar" --data-urlencode "username=$1" --data-urlencode "password=$PASSWORD" \
    --data-urlencode "_csrf=$csrf" "$BASE/login"
  printf 'JSESSIONID=%s\n' "$(awk '$6 == "JSESSIONID" {print $7}' "$jar")"
  rm -f "$jar"
}
export -f signin
export BASE PASSWORD

# headers PREFIX: the request header of each resident PREFIXr1..N, one a line, in resident order
headers() {
  if [ "$AUTH" = basic ]; then
    for r in $(seq 1 "$RESIDENTS"); do echo "Authorization Basic $(printf '%s' "$1r$r@load.example:$PASSWORD" | base64 -w0)"; done
  else
    seq 1 "$RESIDENTS" | xargs -P 4 -I{} bash -c "echo {} Cookie \$(signin $1r{}@load.example)" | sort -n | cut -d' ' -f2-
  fi
}

# wrk scripts: every request as another resident, reading their own pairing or recommendations
lua() { # lua PREFIX PATH-TEMPLATE NAME (%d = resident number)
  headers "$1" > "$OUT/headers-$3.txt"
  [ "$(grep -c -e 'JSESSIONID=$' -e '^$' "$OUT/headers-$3.txt")" = 0 ] || { echo "a sign-in failed, see $OUT/headers-$3.txt"; exit 1; }
  { echo "local names, values = {}, {}"
    while read -r name value; do echo "table.insert(names, \"$name\") table.insert(values, \"$value\")"; done < "$OUT/headers-$3.txt"
    cat <<LUA
local n = #values
local i = 0
request = function()
  i = i % n + 1
  return wrk.format("GET", string.format("$2", i), { [names[i]] = values[i] })
end
done = function(summary, latency, requests)
  io.write(string.format("requests %d, errors: status %d, connect %d, read %d, timeout %d\n", summary.requests,
    summary.errors.status, summary.errors.connect, summary.errors.read, summary.errors.timeout))
  io.write(string.format("latency ms: p50 %.1f, p90 %.1f, p99 %.1f, max %.1f\n", latency:percentile(50) / 1000,
    latency:percentile(90) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
end
LUA
  } > "$OUT/$3.lua"
}
echo "== readers authenticate by $AUTH"
lua p "/api/cohorts/$PUBLISHED/residents/R%d/pairing" pairing
lua o "/api/cohorts/$OPEN/residents/R%d/recommendations?limit=5" recommendations

# the application's CPU time so far (user + system), in ms: divided by the requests served, it says what one request
# costs, a figure much less disturbed than latency when other work shares the machine
cpu_ms() { awk -v tck="$(getconf CLK_TCK)" '{print int(($14 + $15) * 1000 / tck)}' "/proc/$APP/stat"; }
measure() { # measure NAME LABEL
  local before after requests
  echo "== (a) $2, $(uptime)"
  echo "wrk -t2 -c32 -d$DURATION --latency -s $OUT/$1.lua $BASE"
  before=$(cpu_ms)
  wrk -t2 -c32 -d"$DURATION" --latency -s "$OUT/$1.lua" "$BASE" | tee "$OUT/$1.txt"
  after=$(cpu_ms)
  requests=$(awk '/^requests/ {sub(",", "", $2); print $2}' "$OUT/$1.txt")
  echo "application CPU: $((after - before)) ms for $requests requests, $(echo "scale=2; ($after - $before) / $requests" | bc) ms per request"
}

# warm-up of both paths first (the JIT compiles much of what they share, and on 2 cores compiling competes with
# serving: after 20 s the compiler was still busy and the first measurement sometimes had a long tail), then the
# measurements
wrk -t2 -c16 -d"${WARMUP:-60s}" -s "$OUT/pairing.lua" "$BASE" > /dev/null
wrk -t2 -c16 -d"${WARMUP:-60s}" -s "$OUT/recommendations.lua" "$BASE" > /dev/null
measure pairing "published pairings"
measure recommendations "recommendations"

# SAVE_RUNS=5 repeats (b) and (b') five times on the same data (each run reads every form again for its version)
for run in $(seq 1 "${SAVE_RUNS:-1}"); do
  echo "== (b) $RESIDENTS residents saving their forms in the last 10 s before the deadline, $(uptime)"
  java scripts/load/FormSaveBurst.java "$BASE" "$OPEN" "$RESIDENTS" or "$PASSWORD" 10
  echo "saved forms in the database: $(SQL "select count(distinct resident_id) from preference_form_version v
    join resident r on r.id = v.resident_id where r.cohort_id = $OPEN")"
  echo "== (b') the same $RESIDENTS residents saving again, all at the same instant, $(uptime)"
  java scripts/load/FormSaveBurst.java "$BASE" "$OPEN" "$RESIDENTS" or "$PASSWORD" 0
  echo "form versions in the database: $(SQL "select count(*) from preference_form_version v
    join resident r on r.id = v.resident_id where r.cohort_id = $OPEN") ($((2 * run * RESIDENTS)) saves so far)"
done
