#!/usr/bin/env bash
# End to end: `jobsim serve` on a free loopback port, driven by the installed
# kubectl (fresh --cache-dir), through the seed's story: a job that succeeds,
# one that fails and piles up failed pods, stopped with parallelism 0,
# deleted leaving its pods, whose pods are then deleted by label. Then the
# rest of the API surface: server-side apply (two managers, a conflict),
# explain, events (core and events.k8s.io/v1, read and written),
# fieldValidation, logs -f. Every step asserts on kubectl's output. Runs once
# per kubectl version found (1.27, 1.32, 1.33); then a scenario's steps served
# on a manual clock, and describe's ages on one. Exit 77 (CTest: skipped) when
# there is no kubectl.
#
# Usage: kubectl_e2e.sh JOBSIM_BINARY
set -uo pipefail

jobsim=$1
# The versioned binaries next to the /usr/bin/kubectl dispatcher (kubectl-wire.md §1.3).
# shellcheck source=kubectl_binaries.sh
source "$(dirname "$0")/kubectl_binaries.sh"
find_kubectl_minors 27 32 33
versions=("${kubectl_minors[@]}")
if [ ${#versions[@]} -eq 0 ]; then
  echo "SKIP: no kubectl.1.27, kubectl.1.32 or kubectl.1.33 binary"
  exit 77
fi

top=$(mktemp -d)
# shellcheck source=start_server.sh
source "$(dirname "$0")/start_server.sh"
trap 'stop_server; rm -rf "$top"' EXIT

failures=0
fail() {
  echo "FAIL: $*"
  failures=$((failures + 1))
}

k() { "$kubectl" --kubeconfig "$work/kubeconfig" --cache-dir "$work/cache" --request-timeout=20s "$@"; }

# run NAME ARGS...: kubectl's stdout+stderr into $work/NAME, echoed for the log.
run() {
  local name=$1
  shift
  k "$@" >"$work/$name" 2>&1
  local rc=$?
  echo "== kubectl $* (exit $rc)"
  sed 's/^/   /' "$work/$name"
  return $rc
}

# expect NAME REGEX...: every regex matches the output of step NAME.
expect() {
  local name=$1
  shift
  for re in "$@"; do
    grep -Eq -- "$re" "$work/$name" || fail "$name: no line matches /$re/"
  done
}

cat >"$top/pi.yaml" <<'YAML'
apiVersion: batch/v1
kind: Job
metadata:
  name: pi
spec:
  template:
    spec:
      containers:
      - name: pi
        image: perl:5.34.0
        command: ["perl", "-Mbignum=bpi", "-wle", "print bpi(20)"]
      restartPolicy: Never
YAML
cat >"$top/sleeper.yaml" <<'YAML'
apiVersion: batch/v1
kind: Job
metadata:
  name: sleeper
spec:
  template:
    spec:
      containers:
      - name: sleeper
        image: busybox
        command: ["sleep", "5"]
      restartPolicy: Never
YAML
# The seed's manifest: the command is misspelled, every pod fails.
cat >"$top/pi-fail.yaml" <<'YAML'
apiVersion: batch/v1
kind: Job
metadata:
  name: pi-fail
spec:
  template:
    spec:
      containers:
      - name: pi
        image: perl:5.34.0
        command: ["perl1", "-Mbignum=bpi", "-wle", "print bpi(2000)"]
      restartPolicy: Never
YAML

# Server-side apply: the same job applied twice, changed in between.
cat >"$top/ssa.yaml" <<'YAML'
apiVersion: batch/v1
kind: Job
metadata:
  name: ssa
spec:
  suspend: true
  template:
    spec:
      containers:
      - name: main
        image: busybox
        command: ["true"]
      restartPolicy: Never
YAML
sed -e 's/^  name: ssa$/  name: ssa\n  labels:\n    tier: batch/' -e 's/^  suspend: true$/  suspend: true\n  parallelism: 2/' \
  "$top/ssa.yaml" >"$top/ssa-changed.yaml"
# An events.k8s.io/v1 Event written by a client, and one missing what that API requires.
cat >"$top/event-v1.yaml" <<'YAML'
apiVersion: events.k8s.io/v1
kind: Event
metadata:
  name: deploy.1
eventTime: "2025-01-01T00:00:00.000000Z"
reportingController: example.com/deployer
reportingInstance: deployer-1
action: Deploy
reason: Deployed
type: Normal
regarding:
  kind: Job
  namespace: default
  name: pi
note: rolled out by hand
YAML
grep -v '^reportingController:' "$top/event-v1.yaml" | sed 's/^  name: deploy\.1$/  name: deploy.2/' >"$top/event-v1-bad.yaml"
# A second manager's configuration: only parallelism, at another value.
cat >"$top/mf.yaml" <<'YAML'
apiVersion: batch/v1
kind: Job
metadata:
  name: mf
spec:
  parallelism: 3
YAML

cat >"$top/ssa-ops.yaml" <<'YAML'
apiVersion: batch/v1
kind: Job
metadata:
  name: ssa
spec:
  parallelism: 3
YAML
# Lists as the schema types them for managedFields: ports keyed by
# containerPort and protocol (defaulted), env by name.
cat >"$top/lists.yaml" <<'YAML'
apiVersion: batch/v1
kind: Job
metadata:
  name: lists
spec:
  suspend: true
  template:
    spec:
      containers:
      - name: main
        image: busybox
        command: ["true"]
        ports:
        - containerPort: 8080
        env:
        - name: MODE
          value: test
      restartPolicy: Never
YAML
# A field no Job has, for fieldValidation.
sed -e 's/^  name: pi$/  name: bad/' -e 's/^spec:$/spec:\n  foo: 1/' "$top/pi.yaml" >"$top/bad.yaml"
sed 's/^  name: bad$/  name: bad2/' "$top/bad.yaml" >"$top/bad2.yaml"
cat >"$top/web.yaml" <<'YAML'
apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
  - name: main
    image: busybox
    command: ["sleep", "3600"]
  - name: side
    image: busybox
    command: ["sleep", "3600"]
YAML
sed '0,/image: busybox$/s//image: busybox:1.36/' "$top/web.yaml" >"$top/web-changed.yaml"
sed 's/^  name: web$/  name: ssa-web/' "$top/web.yaml" >"$top/ssa-web.yaml"
sed 's/^  name: web$/  name: ssa-web\n  labels:\n    tier: web/' "$top/web-changed.yaml" >"$top/ssa-web-changed.yaml"
sed 's/busybox:1\.36/busybox:1.37/' "$top/web-changed.yaml" >"$top/web-diff.yaml"
cat >"$top/gated.yaml" <<'YAML'
apiVersion: batch/v1
kind: Job
metadata:
  name: gated
spec:
  suspend: true
  template:
    spec:
      schedulingGates:
      - name: example.com/first
      containers:
      - name: main
        image: busybox
      restartPolicy: Never
YAML
sed 's|^      - name: example.com/first$|      - name: example.com/first\n      - name: example.com/second|' "$top/gated.yaml" >"$top/gated-changed.yaml"

# The seed's story with one kubectl version against a fresh server of the same version.
story() {
  local minor=$1
  kubectl="$kubectl_dir/kubectl.1.$minor"
  work="$top/1.$minor"
  mkdir -p "$work"
  # --speed 60: a virtual minute per real second, so back-offs of tens of
  # seconds pass in well under a second.
  start_server "$work" --speed 60 --kubernetes-version "1.$minor"
  run version version
  # 1.27 prints the whole version.Info: GitVersion:"v1.27.0".
  expect version "Server Version: .*v1\\.$minor\\.0"

  run api-resources api-resources
  expect api-resources '^jobs +batch/v1 +true +Job' '^pods +po +v1 +true +Pod' '^namespaces +ns +v1 +false +Namespace'

  run create create -f "$top/pi.yaml" || fail "create -f"
  expect create '^job\.batch/pi created$'

  run create-again create -f "$top/pi.yaml" && fail "create of an existing job succeeded"
  expect create-again 'Error from server \(AlreadyExists\): error when creating ".*pi\.yaml": jobs\.batch "pi" already exists'

  run apply apply -f "$top/sleeper.yaml" || fail "apply -f (create)"
  expect apply '^job\.batch/sleeper created$'
  run apply-again apply -f "$top/sleeper.yaml" || fail "apply -f (again)"
  expect apply-again '^job\.batch/sleeper unchanged$'

  run wait wait --for=condition=complete job/pi --timeout=20s || fail "wait for complete"
  expect wait '^job\.batch/pi condition met$'

  run get-jobs get jobs
  if [ "$minor" -ge 30 ]; then
    expect get-jobs '^NAME +STATUS +COMPLETIONS +DURATION +AGE$' '^pi +Complete +1/1 '
  else  # jobs have a STATUS column from 1.30 on (sim/profile.cc)
    expect get-jobs '^NAME +COMPLETIONS +DURATION +AGE$' '^pi +1/1 '
  fi

  run get-pods-wide get pods -o wide
  expect get-pods-wide '^NAME +READY +STATUS +RESTARTS +AGE +IP +NODE ' '^pi-[a-z0-9]{5} +0/1 +Completed +0 .* node-1 '

  run get-job-yaml get job pi -o yaml
  expect get-job-yaml '^kind: Job$' '^  succeeded: 1$' 'batch.kubernetes.io/job-name: pi'

  run get-pods-json get pods -l job-name=pi -o json
  expect get-pods-json '"kind": "List"' '"phase": "Succeeded"'

  run jsonpath get pods -l job-name=pi --field-selector=status.phase=Succeeded -o 'jsonpath={.items[*].metadata.labels.job-name}'
  expect jsonpath '^pi$'

  run describe describe job pi
  expect describe '^Name: +pi$' '^Pods Statuses: +0 Active \(0 Ready\) / 1 Succeeded / 0 Failed$' 'SuccessfulCreate' 'Completed'

  run get-events get events
  expect get-events '^LAST SEEN +TYPE +REASON +OBJECT +MESSAGE$' 'Normal +SuccessfulCreate +job/pi +Created pod: pi-'

  run get-all get pods -A --show-labels
  expect get-all '^NAMESPACE +NAME +READY +STATUS +RESTARTS +AGE +LABELS$' '^default +pi-[a-z0-9]{5} .*job-name=pi'

  run describe-pod describe pod -l job-name=pi
  expect describe-pod '^Controlled By: +Job/pi$' '^Node: +node-1/' 'Scheduled'

  run logs logs job/pi
  expect logs '^3\.1415926535897932385$'

  run get-missing get job nope && fail "get of a missing job succeeded"
  expect get-missing '^Error from server \(NotFound\): jobs\.batch "nope" not found$'

  # The seed's story: watch failed pods pile up.
  k get pods -l job-name=pi-fail -w --request-timeout=4s >"$work/watch" 2>&1 &
  watch_pid=$!
  sleep 0.5
  run create-fail create -f "$top/pi-fail.yaml" || fail "create -f pi-fail"
  sleep 2
  run fail-pods get pods -l job-name=pi-fail
  expect fail-pods '^pi-fail-[a-z0-9]{5} +0/1 +(StartError|ContainerCannotRun|Error) '
  [ "$(grep -c '^pi-fail-' "$work/fail-pods")" -ge 2 ] || fail "fail-pods: fewer than two failed pods"
  wait "$watch_pid"
  echo "== kubectl get pods -l job-name=pi-fail -w"
  sed 's/^/   /' "$work/watch"
  expect watch '^NAME +READY +STATUS' '^pi-fail-[a-z0-9]{5} +0/1 +Pending' '(StartError|ContainerCannotRun|Error)'

  run stop patch job pi-fail -p '{"spec":{"parallelism":0}}' || fail "patch parallelism 0"
  expect stop '^job\.batch/pi-fail patched$'

  # kubectl says "(no change)" when the answer equals the object it read just
  # before; at --speed 60 the served timestamps move between the two (virtual
  # ages: docs/serve.md), so either line is right here.
  run stop-again patch job pi-fail --type=merge -p '{"spec":{"parallelism":0}}'
  expect stop-again '^job\.batch/pi-fail patched( \(no change\))?$'

  run label label job pi-fail story=seed
  expect label '^job\.batch/pi-fail labeled$'

  run annotate annotate job pi-fail note=stopped
  expect annotate '^job\.batch/pi-fail annotated?$'  # kubectl 1.27 itself prints "annotate"
  run annotated get job pi-fail -o 'jsonpath={.metadata.annotations.note} {.metadata.labels.story}'
  expect annotated '^stopped seed$'

  run delete-orphan delete job pi-fail --cascade=orphan || fail "delete --cascade=orphan"
  expect delete-orphan '^job\.batch "pi-fail" deleted$'

  run left-pods get pods -l job-name=pi-fail
  expect left-pods '^pi-fail-[a-z0-9]{5} '

  run delete-pods delete pods -l job-name=pi-fail || fail "delete pods -l"
  expect delete-pods '^pod "pi-fail-[a-z0-9]{5}" deleted$'

  run no-pods get pods -l job-name=pi-fail
  expect no-pods '^No resources found in default namespace\.$'

  follow

  run create-job create job x --image=busybox -- echo hi || fail "create job (protobuf body)"
  expect create-job '^job\.batch/x created$'

  run delete-all delete jobs --all || fail "delete jobs --all"
  expect delete-all '^job\.batch "follow" deleted$' '^job\.batch "pi" deleted$' '^job\.batch "sleeper" deleted$' \
    '^job\.batch "x" deleted$'

  surface

  "$jobsim" clock advance 10m --kubeconfig "$work/kubeconfig" >"$work/clock" 2>&1 || fail "jobsim clock advance"
  echo "== jobsim clock advance 10m"
  sed 's/^/   /' "$work/clock"
  expect clock '"mode":"paced"' '"speed":60'
  stop_server
}

# kubectl logs -f: the stream stays open while the container runs, carries
# the line the container prints when it exits (7 s real at --speed 60), and
# ends with it.
follow() {
  run create-follow create job follow --image=busybox -- sh -c 'echo streamed; sleep 420' || fail "create job follow"
  run follow-ready wait --for=condition=ready pod -l job-name=follow --timeout=20s || fail "wait for the follow pod"
  run follow-now logs job/follow
  [ -s "$work/follow-now" ] && fail "follow-now: the container printed before it exited"
  local start=$SECONDS
  timeout 40 "$kubectl" --kubeconfig "$work/kubeconfig" --cache-dir "$work/cache" logs -f job/follow >"$work/follow" 2>&1
  local rc=$?
  echo "== kubectl logs -f job/follow (exit $rc after $((SECONDS - start)) s)"
  sed 's/^/   /' "$work/follow"
  [ "$rc" -eq 0 ] || fail "logs -f: exit $rc (124: it did not end when the container exited)"
  expect follow '^streamed$'
}

# The rest of the API surface, on the server of story (pi completed, its events stored).
surface() {
  run ssa apply --server-side -f "$top/ssa.yaml" || fail "apply --server-side (create)"
  expect ssa '^job\.batch/ssa serverside-applied$'
  run ssa-again apply --server-side -f "$top/ssa-changed.yaml" || fail "apply --server-side (update)"
  expect ssa-again '^job\.batch/ssa serverside-applied$'
  run ssa-get get job ssa -o 'jsonpath={.spec.parallelism} {.metadata.labels.tier} {.metadata.managedFields[0].manager} {.metadata.managedFields[0].operation} {.metadata.managedFields[0].fieldsType}'
  expect ssa-get '^2 batch kubectl Apply FieldsV1$'
  run ssa-fields get job ssa --show-managed-fields -o yaml
  expect ssa-fields '^ +f:parallelism: \{\}$' '^ +k:\{"name":"main"\}:$' '^ +manager: kubectl$' '^ +operation: Apply$'
  # Two managers: another value for kubectl's field conflicts; --force-conflicts takes it over.
  run ssa-conflict apply --server-side --field-manager=ops -f "$top/ssa-ops.yaml" &&
    fail "apply of a field another manager owns succeeded"
  expect ssa-conflict 'Apply failed with 1 conflict: conflict with "kubectl": \.spec\.parallelism'
  run ssa-force apply --server-side --field-manager=ops --force-conflicts -f "$top/ssa-ops.yaml" ||
    fail "apply --force-conflicts"
  expect ssa-force '^job\.batch/ssa serverside-applied$'
  run ssa-owners get job ssa -o 'jsonpath={.spec.parallelism} {.metadata.managedFields[*].manager}'
  expect ssa-owners '^3 kubectl ops( kube-controller-manager)?$'
  # kubectl's first manifest again, without the label it applied since: the label goes, ops's parallelism stays.
  run ssa-drop apply --server-side -f "$top/ssa.yaml" || fail "apply --server-side (a field dropped)"
  run ssa-dropped get job ssa -o 'jsonpath={.metadata.labels.tier}|{.spec.parallelism}'
  expect ssa-dropped '^\|3$'

  # Writes that are not applies record Update entries (kubectl's fieldManager
  # per command; the controller's status writes), and an apply conflicts with them.
  run mf-create create job mf --image=busybox -- sleep 3600 || fail "create job mf"
  run mf-patch patch job mf -p '{"spec":{"parallelism":2}}' || fail "patch job mf"
  run mf-label label job mf tier=batch || fail "label job mf"
  run mf-fields get job mf --show-managed-fields -o yaml
  expect mf-fields '^ +manager: kubectl-create$' '^ +manager: kubectl-patch$' '^ +manager: kubectl-label$' \
    '^ +manager: kube-controller-manager$' '^ +subresource: status$' '^ +operation: Update$' '^ +f:tier: \{\}$'
  run mf-apply apply --server-side -f "$top/mf.yaml" && fail "apply of a field kubectl-patch owns succeeded"
  expect mf-apply 'Apply failed with 1 conflict: conflict with "kubectl-patch" using batch/v1: \.spec\.parallelism'
  # The controller's pods: their tracking finalizer is a value of the set metadata.finalizers.
  run mf-pods get pods -l job-name=mf --show-managed-fields -o yaml
  expect mf-pods '^ +manager: kube-controller-manager$' '^ +f:finalizers:$' '^ +\.: \{\}$' \
    '^ +v:"batch\.kubernetes\.io/job-tracking": \{\}$'
  run mf-delete delete job mf || fail "delete job mf"

  # List maps by all their keys, sets by value (field_schema.h), as kube-apiserver records them.
  run lists-create create -f "$top/lists.yaml" || fail "create job lists"
  run lists-patch patch job lists -p '{"metadata":{"finalizers":["example.com/hold"]}}' || fail "patch a finalizer"
  run lists-fields get job lists --show-managed-fields -o yaml
  expect lists-fields '^ +k:\{"containerPort":8080,"protocol":"TCP"\}:$' '^ +f:protocol: \{\}$' \
    '^ +k:\{"name":"MODE"\}:$' '^ +v:"example\.com/hold": \{\}$' '^ +manager: kubectl-patch$'
  run lists-unhold patch job lists --type=merge -p '{"metadata":{"finalizers":null}}' || fail "drop the finalizer"
  run lists-delete delete job lists || fail "delete job lists"

  run explain-job explain job
  expect explain-job '^KIND: +Job$' '^VERSION: +v1$' '^DESCRIPTION:$' 'Job represents the configuration of a single job\.' \
    '^FIELDS:$' '^  spec\s+<(JobSpec|Object)>$' '^  status\s+<(JobStatus|Object)>$'
  run explain-backoff explain job.spec.backoffLimit
  expect explain-backoff '^FIELD: +backoffLimit <integer>$' 'Specifies the number of retries before marking this job failed'
  run explain-containers explain pod.spec.containers
  expect explain-containers '^KIND: +Pod$' '^FIELD: +containers <\[\]Container>$' '^  name\s+<string> -required-$' \
    '^  image\s+<string>$'

  run events events --for job/pi
  expect events '^LAST SEEN +TYPE +REASON +OBJECT +MESSAGE$' 'Normal +SuccessfulCreate +[Jj]ob/pi +Created pod: pi-'
  run events-v1 get events.v1.events.k8s.io
  expect events-v1 '^LAST SEEN +TYPE +REASON +OBJECT +MESSAGE$' 'Normal +SuccessfulCreate +job/pi +Created pod: pi-'
  run events-v1-json get events.v1.events.k8s.io --field-selector regarding.name=pi -o 'jsonpath={.items[0].apiVersion} {.items[0].regarding.kind} {.items[0].note}'
  expect events-v1-json '^events\.k8s\.io/v1 Job Created pod: pi-'

  run event-create create -f "$top/event-v1.yaml" || fail "create -f an events.k8s.io/v1 Event"
  expect event-create '^event\.events\.k8s\.io/deploy\.1 created$'
  run event-core get events --field-selector reason=Deployed
  expect event-core 'Normal +Deployed +job/pi +rolled out by hand'
  run event-bad create -f "$top/event-v1-bad.yaml" && fail "create of an events.k8s.io/v1 Event without reportingController succeeded"
  expect event-bad 'The Event "deploy\.2" is invalid: reportingController: Required value'
  run event-delete delete events.v1.events.k8s.io deploy.1 || fail "delete an events.k8s.io/v1 Event"
  expect event-delete '^event\.events\.k8s\.io "deploy\.1" deleted$'

  # kubectl 1.27/1.28 find fieldValidation in the OpenAPI v2 PATCH operations and leave it to us.
  run strict create -f "$top/bad.yaml" --validate=strict && fail "create with an unknown field succeeded"
  expect strict 'Error from server \(BadRequest\): error when creating ".*bad\.yaml": Job in version "v1" cannot be handled as a Job: strict decoding error: unknown field "spec\.foo"'
  run warn create -f "$top/bad.yaml" --validate=warn || fail "create --validate=warn"
  expect warn '^Warning: unknown field "spec\.foo"$' '^job\.batch/bad created$'
  run strict-apply apply --server-side -f "$top/bad.yaml" && fail "apply --server-side with an unknown field succeeded"
  expect strict-apply 'strict decoding error: unknown field "spec\.foo"'
}

# What OpenAPI gives a user, per kubectl version (1.27/1.28 read the protobuf
# v2 document's definitions, 1.29+ the v3 documents): explain, validation of
# unknown fields, and client-side apply merging lists by their merge key.
# Neither a Job's template nor a Pod's containers may gain a container on
# update (upstream validation), so the merge is shown on a Pod's image (the
# patch kubectl sends) and on a suspended Job's schedulingGates (a gate
# another client added survives the apply).
openapi_experience() {
  local minor=$1
  kubectl="$kubectl_dir/kubectl.1.$minor"
  work="$top/openapi-$minor"
  mkdir -p "$work"
  start_server "$work" --manual-clock --kubernetes-version "1.$minor"
  echo "== openapi: kubectl 1.$minor"

  run oa-explain-containers explain job.spec.template.spec.containers
  expect oa-explain-containers '^FIELD: +containers <\[\]Container>$' '^  image\s+<string>$' \
    '^  name\s+<string> -required-$' 'List of containers belonging to the pod\.'
  # The same schema from the v2 document's definitions, found by the kind's GVK.
  run oa-explain-v2 explain job.spec.template.spec.containers --output=plaintext-openapiv2
  expect oa-explain-v2 '^RESOURCE: containers <\[\]Object>$' 'List of containers belonging to the pod\.' \
    '^   name\s+<string> -required-$'
  k explain pod --recursive 2>&1 | head -12 >"$work/oa-recursive"
  echo "== kubectl explain pod --recursive | head -12"
  sed 's/^/   /' "$work/oa-recursive"
  expect oa-recursive '^KIND: +Pod$' '^VERSION: +v1$' '^DESCRIPTION:$' 'Pod is a collection of containers'

  run oa-strict create -f "$top/bad.yaml" --validate=strict && fail "1.$minor: create with an unknown field succeeded"
  expect oa-strict '^Error from server \(BadRequest\): error when creating ".*bad\.yaml": Job in version "v1" cannot be handled as a Job: strict decoding error: unknown field "spec\.foo"$'
  run oa-warn create -f "$top/bad.yaml" --validate=warn || fail "1.$minor: create --validate=warn"
  expect oa-warn '^Warning: unknown field "spec\.foo"$' '^job\.batch/bad created$'
  run oa-ignore create -f "$top/bad2.yaml" --validate=ignore || fail "1.$minor: create --validate=ignore"
  expect oa-ignore '^job\.batch/bad2 created$'
  grep -q '^Warning' "$work/oa-ignore" && fail "1.$minor: --validate=ignore warned"

  run oa-apply1 apply -f "$top/web.yaml" || fail "1.$minor: apply -f web.yaml"
  expect oa-apply1 '^pod/web created$'
  # The patch kubectl sends (-v=8 logs it; 1.33 escapes its quotes): the
  # changed container alone, the list's order kept by name.
  k apply -f "$top/web-changed.yaml" -v=8 >"$work/oa-apply2" 2>&1 || fail "1.$minor: apply -f web-changed.yaml"
  grep 'Request Body' "$work/oa-apply2" | tr -d '\\' | grep -o '"spec":{"\$setElementOrder.*' >"$work/oa-patch"
  echo "== kubectl apply -f web-changed.yaml: the patch's spec"
  sed 's/^/   /' "$work/oa-patch"
  expect oa-apply2 '^pod/web configured$'
  expect oa-patch '^"spec":\{"\$setElementOrder/containers":\[\{"name":"main"\},\{"name":"side"\}\],"containers":\[\{"image":"busybox:1\.36","name":"main"\}\]\}\}'
  run oa-images get pod web -o 'jsonpath={range .spec.containers[*]}{.name}={.image} {end}'
  expect oa-images '^main=busybox:1\.36 side=busybox $'

  run oa-gated1 apply -f "$top/gated.yaml" || fail "1.$minor: apply -f gated.yaml"
  run oa-gate-other patch job gated -p '{"spec":{"template":{"spec":{"schedulingGates":[{"name":"example.com/other"}]}}}}' ||
    fail "1.$minor: patch in another gate"
  run oa-gated2 apply -f "$top/gated-changed.yaml" || fail "1.$minor: apply -f gated-changed.yaml"
  run oa-gates get job gated -o 'jsonpath={range .spec.template.spec.schedulingGates[*]}{.name} {end}'
  expect oa-gates '(^| )example\.com/first ' '(^| )example\.com/second ' '(^| )example\.com/other '

  run oa-ssa apply --server-side -f "$top/ssa-web.yaml" || fail "1.$minor: apply --server-side"
  expect oa-ssa '^pod/ssa-web serverside-applied$'
  run oa-ssa2 apply --server-side -f "$top/ssa-web-changed.yaml" || fail "1.$minor: apply --server-side, changed"
  expect oa-ssa2 '^pod/ssa-web serverside-applied$'
  run oa-ssa-get get pod ssa-web -o 'jsonpath={.metadata.labels.tier} {.spec.containers[0].image}'
  expect oa-ssa-get '^web busybox:1\.36$'
  run oa-diff diff -f "$top/web-diff.yaml"
  expect oa-diff '^-    image: busybox:1\.36$' '^\+    image: busybox:1\.37$'
  stop_server
}

# jobsim serve SCENARIO on a manual clock: a step runs when the clock passes
# its time, its effect is seen through kubectl, its line is on serve's stdout.
scenario_steps() {
  kubectl="$kubectl_dir/kubectl.1.${versions[-1]}"
  work="$top/scenario"
  mkdir -p "$work"
  start_server "$work" --manual-clock "$(dirname "$0")/../../scenarios/parallelism-zero.yaml"
  run steps-before get job batch -o 'jsonpath={.spec.parallelism}'
  expect steps-before '^2$'
  "$jobsim" clock advance 30s --kubeconfig "$work/kubeconfig" >/dev/null || fail "jobsim clock advance 30s"
  run steps-after get job batch -o 'jsonpath={.spec.parallelism}'
  expect steps-after '^0$'
  echo "== jobsim serve's output"
  sed 's/^/   /' "$work/serve.out"
  expect serve.out '^\[t=0s\] create job/batch: job\.batch/batch created$' '^\[t=30s\] \$ kubectl get pods$' \
    '^\[t=30s\] patch job/batch: job\.batch/batch patched$'
  stop_server
}

# Ages kubectl computes from its own clock (describe's events) follow the
# virtual clock: on a manual clock advanced 10m past the job's events, they
# are 10m old, not a few real seconds (or <invalid>, from kubectl's future).
ages() {
  kubectl="$kubectl_dir/kubectl.1.${versions[-1]}"
  work="$top/ages"
  mkdir -p "$work"
  start_server "$work" --manual-clock
  run ages-create create job aged --image=busybox -- echo hi || fail "create job aged"
  "$jobsim" clock advance 10m --kubeconfig "$work/kubeconfig" >/dev/null || fail "jobsim clock advance 10m"
  run ages-describe describe job aged
  expect ages-describe '^  Normal +SuccessfulCreate +10m +job-controller +Created pod: aged-'
  grep -q '<invalid>' "$work/ages-describe" && fail "ages-describe: an <invalid> age"
  run ages-events get events
  expect ages-events '^10m +Normal +SuccessfulCreate +job/aged '
  stop_server
}

# Safety of the HTTP layer, with curl: limits, malformed bodies, tokens.
safety() {
  work="$top/safety"
  mkdir -p "$work"
  start_server "$work" --manual-clock --token s3cret
  local auth=(-H "Authorization: Bearer s3cret")
  code() { curl -s -o "$work/body" -w '%{http_code}' "$@"; }
  [ "$(code "$url/version")" = 401 ] || fail "no token: want 401"
  grep -q '"reason":"Unauthorized"' "$work/body" || fail "401 is not a Status"
  [ "$(code "${auth[@]}" "$url/version")" = 200 ] || fail "token: want 200"
  local jobs="$url/apis/batch/v1/namespaces/default/jobs"
  [ "$(code "${auth[@]}" -H 'Content-Type: application/json' --data-binary '{not json' "$jobs")" = 400 ] ||
    fail "malformed JSON: want 400"
  [ "$(code "${auth[@]}" -H 'Content-Type: text/csv' --data-binary 'a,b' "$jobs")" = 415 ] || fail "text/csv: want 415"
  head -c 4000000 /dev/zero | tr '\0' ' ' >"$work/big"
  [ "$(code "${auth[@]}" -H 'Content-Type: application/json' --data-binary @"$work/big" "$jobs")" = 413 ] ||
    fail "4 MB body: want 413"
  [ "$(code "${auth[@]}" -H "X-Big: $(head -c 70000 /dev/zero | tr '\0' a)" "$url/version")" = 431 ] ||
    fail "70 KB header: want 431"
  [ "$(code "${auth[@]}" -X POST -H 'Content-Type: application/json' -d '{"advance":"5m"}' "$url/jobsim/v1/clock")" = 200 ] ||
    fail "clock advance: want 200"
  grep -q '"elapsedMs":300000' "$work/body" || fail "manual clock: want 5m after one advance"
  case "$url" in http://127.0.0.1:*) ;; *) fail "default address is not loopback: $url" ;; esac
  [ "$(code "${auth[@]}" "$url/version")" = 200 ] || fail "server died after bad requests"
  echo "== safety checks done"
  stop_server
}

for minor in "${versions[@]}"; do
  story "$minor"
done
find_kubectl_minors 27 28 33
for minor in "${kubectl_minors[@]}"; do
  openapi_experience "$minor"
done
scenario_steps
ages
command -v curl >/dev/null 2>&1 && safety

if [ "$failures" -gt 0 ]; then
  echo "$failures check(s) failed"
  exit 1
fi
echo "all kubectl checks passed"
