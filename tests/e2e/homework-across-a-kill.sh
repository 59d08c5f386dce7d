#!/usr/bin/env bash
# Homework from the clinic, done as a client would, by keyboard in the real app: the therapist's
# PHQ-9 Task comes down from the test clinic, then the clinic stops answering (SIGSTOP: whatever
# the app asks waits, then times out). Offline, the client answers two questions and the app is
# killed (SIGKILL); started again, the draft is there with both answers, the client answers the
# rest and sends; the list says it is not sent yet. The clinic comes back (SIGCONT, and it may
# now carry out requests the app gave up on). It then holds exactly one completed response with
# every answer, valid against the FHIR R4 JSON schema, and the Task completed with the response
# as its output. A third run shows a change of the client's is sent without waiting for a restart.
# Usage: homework-across-a-kill.sh REPO_ROOT STEPSTONE PROFILE_PROBE SCREENSHOT_DIR
set -euo pipefail
root=$1 app=$2 probe=$3 shots=$4
task=alex-rivera-homework-phq-9
work=$(mktemp -d -t stepstone-homework-e2e.XXXXXX)
data="$work/profile"
pid=""
clinic=""
cleanup() {
    [ -n "$pid" ] && kill -9 "$pid" 2>/dev/null
    [ -n "$clinic" ] && kill -CONT "$clinic" 2>/dev/null
    sh "$root/tests/integration/stop-clinic-server.sh" "$work/clinic.json" >/dev/null 2>&1 || true
    rm -rf "$work"
}
trap cleanup EXIT
mkdir -p "$shots"
[ -n "${DISPLAY:-}" ] || { echo "needs an X display (scripts/test runs Xvfb)"; exit 1; }
node="$root/tests/clinic-server/node_modules/.bin/node"

sh "$root/tests/integration/start-clinic-server.sh" "$root/tests/clinic-server" "$work/clinic.json" >/dev/null
base=$(sed -n 's/.*"fhirBase":"\([^"]*\)".*/\1/p' "$work/clinic.json")
token=$(sed -n 's/.*"therapistToken":"\([^"]*\)".*/\1/p' "$work/clinic.json")
clinic=$(sed -n 's/.*"pid":\([0-9]*\).*/\1/p' "$work/clinic.json")

start_app() {
    QT_QUICK_BACKEND=software "$app" --demo-clinic "$base" --data-dir "$data" >>"$work/app.log" 2>&1 &
    pid=$!
    window=$(timeout 20 xdotool search --sync --onlyvisible --pid "$pid" --name Stepstone | head -1)
    xdotool windowactivate --sync "$window" 2>/dev/null || xdotool windowfocus --sync "$window"
    xdotool windowsize --sync "$window" 360 640
    sleep 0.5
}
keys() { xdotool key --window "$window" --delay 60 "$@"; sleep 0.4; }
# The Task's line from the profile: id, status, its response's status, answers, form here.
task_line() { "$probe" homework "$data" 2>/dev/null | grep "^$task	" || true; }
wait_for() {   # wait_for PATTERN WHAT: the Task's line matches PATTERN within 30 s
    for _ in $(seq 1 150); do
        [[ "$(task_line)" =~ $1 ]] && return 0
        sleep 0.2
    done
    echo "$2; the Task's line: [$(task_line)]"; cat "$work/app.log"; exit 1
}

# First run: the Task and its form arrive with the first sync.
start_app
wait_for $'\t(ready|in-progress)\t-\t0\tform$' "the PHQ-9 Task and its form did not arrive"
kill -STOP "$clinic"     # offline from here
keys ctrl+5              # Homework; the Task due soonest is the PHQ-9
import -window "$window" "$shots/e2e-phone-homework-list.png"
keys Tab space           # the list takes the focus; Space opens the first Task
sleep 0.7
# Each question is four options, one tab stop each. Question 1: "Several days".
keys Tab Tab space
# Question 2: "Not at all".
keys Tab Tab Tab space
wait_for $'\tin-progress\tin-progress\t2\t' "two answers were not kept"
import -window "$window" "$shots/e2e-phone-homework-two-answers.png"
kill -9 "$pid"
wait "$pid" 2>/dev/null || true
pid=""

# Second run, after the kill: the draft opens with both answers (Go on).
start_app
wait_for $'\tin-progress\t2\t' "the draft did not survive the kill"
keys ctrl+5 Tab space
sleep 0.7
import -window "$window" "$shots/e2e-phone-homework-resumed.png"
# Questions 3 to 9: "Not at all". Question 3's first option is the ninth tab stop.
keys Tab Tab Tab Tab Tab Tab Tab Tab Tab space
for _ in 4 5 6 7 8 9; do keys Tab Tab Tab Tab space; done
wait_for $'\tin-progress\t9\t' "the last answers were not kept"
keys ctrl+Return         # Send to my therapist
wait_for $'\tcompleted\tcompleted\t9\t' "sending did not complete the Task"
sleep 0.5
import -window "$window" "$shots/e2e-phone-homework-sent-offline.png"
grep -q '^State:[[:space:]]*T' "/proc/$clinic/status" || { echo "the clinic was not offline"; exit 1; }

# Back online: the app tries again (backing off after failures) and the clinic has the response.
kill -CONT "$clinic"
for _ in $(seq 1 120); do
    summary=$("$node" "$root/tests/e2e/homework-on-server.mjs" "$base" "$token" "$task" "$work")
    [[ "$summary" == *"task=completed"* ]] && break
    sleep 1
done
import -window "$window" "$shots/e2e-phone-homework-sent.png"
xdotool key --window "$window" ctrl+q 2>/dev/null || true
timeout 20 tail --pid="$pid" -f /dev/null
pid=""
expected="responses=1 status=completed answered=9 task=completed output=ok"
[ "$summary" = "$expected" ] || { echo "on the clinic: $summary (expected $expected)"; cat "$work/app.log"; exit 1; }
first=$("$node" -e 'const r = JSON.parse(require("fs").readFileSync(process.argv[1]));
    const q1 = r.item.find((i) => i.linkId === "44250-9");
    console.log(q1.answer[0].valueCoding.code)' "$work/response.json")
[ "$first" = "LA6569-3" ] || { echo "question 1, answered before the kill, reads $first on the clinic"; exit 1; }
"$node" "$root/tests/fhir-schema/check.mjs" "$work/response.json" "$work/task.json"

# Third run, online, once its first sync is over: opening the next Task begins a draft, and that
# change alone brings it to the clinic within seconds (the periodic sync is 15 minutes away).
start_app
sleep 5
keys ctrl+5 Tab space    # the thought record, now first to do
next=alex-rivera-homework-thought-record
mkdir -p "$work/next"
for _ in $(seq 1 40); do
    second=$("$node" "$root/tests/e2e/homework-on-server.mjs" "$base" "$token" "$next" "$work/next")
    [[ "$second" == *"status=in-progress"* ]] && break
    sleep 0.5
done
xdotool key --window "$window" ctrl+q 2>/dev/null || true
timeout 20 tail --pid="$pid" -f /dev/null
pid=""
[[ "$second" == "responses=1 status=in-progress "* ]] ||
    { echo "the draft begun online did not reach the clinic: $second"; cat "$work/app.log"; exit 1; }
echo "homework across a kill: $summary; question 1 from the first run (Several days) is there;" \
     "a draft begun online reached the clinic on its own"
