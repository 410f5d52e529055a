// The version ladder of docs/profiles.md, boundary by boundary: each test row
// runs the same small scenario (or the same controller or kubectl operation)
// on the last release without a behaviour and on the first release with it,
// and the behaviour must be absent on the one and present on the other. A
// row is keyed by the first cell of its ladder-table row, and the test fails
// on a ladder row without a test row, so the table and the tests keep step.
#include <algorithm>
#include <fstream>
#include <functional>
#include <map>
#include <regex>
#include <sstream>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "controller/manage_job.h"
#include "kubectl/go_sort.h"
#include "server/events_v1_validation.h"
#include "sim/events/token_bucket.h"
#include "sim/profile.h"
#include "sim/scenario/parser.h"
#include "sim/scenario/runner.h"
#include "sim/scenario/timeline_recorder.h"
#include "sim/scenario/transcript.h"
#include "sim/world.h"
#include "tests/support/node_event.h"

using namespace jobsim;

namespace {

// What a release shows for a row: a transcript (and timeline), or an operation's result.
using Observe = std::function<std::string(const std::string& version)>;
// Whether the row's behaviour shows in what was observed.
using Holds = std::function<bool(const std::string& observed)>;

struct LadderRow {
  std::string behaviour;  // the first cell of its row in docs/profiles.md, verbatim
  std::string before;     // the last release without the behaviour; "" for the 1.3 baseline
  std::string from;       // the first release with it
  Observe observe;
  Holds holds;
};

// The scenario with these spec fields and steps, played on one release: its
// transcript, then its timeline (one "t subject what" line per entry, which
// shows intermediate states no step sees).
Observe Scenario(const std::string& spec) {
  return [spec](const std::string& version) {
    const std::string text = "apiVersion: jobsim/v1\nkind: Scenario\nmetadata: {name: ladder}\nspec:\n"
                             "  kubernetesVersion: \"" + version + "\"\n" + spec;
    scenario::Scenario parsed;
    if (const api::Status st = scenario::ParseScenario(text, "ladder.yaml", parsed); !st.ok()) return st.message();
    scenario::TimelineRecorder recorder;
    scenario::Report report;
    const auto attach = [&recorder](sim::World& world) { recorder.Attach(world.store()); };
    if (const api::Status st = scenario::RunScenario(parsed, {}, report, attach); !st.ok()) return st.message();
    std::string out = scenario::RenderText(report);
    for (const scenario::TimelineEntry& e : recorder.entries()) {
      out += std::to_string(e.t_ms) + "ms " + e.subject + " " + e.what + "\n";
    }
    return out;
  };
}

// A step creating Job pi: one busybox container `pi` running command.
std::string Job(const std::string& spec_fields, const std::string& command = R"([sh, -c, "exit 0"])",
                const std::string& restart_policy = "Never", const std::string& containers = "") {
  return "  - create:\n"
         "      apiVersion: batch/v1\n"
         "      kind: Job\n"
         "      metadata: {name: pi}\n"
         "      spec:\n" +
         spec_fields +
         "        template:\n"
         "          spec:\n"
         "            restartPolicy: " + restart_policy + "\n"
         "            containers:\n" +
         (containers.empty() ? "            - {name: pi, image: busybox, command: " + command + "}\n" : containers);
}

std::string Steps(const std::string& steps) { return "  steps:\n" + steps; }
std::string At(const std::string& t, const std::string& step) { return "  - at: " + t + "\n    " + step + "\n"; }
std::string Kubectl(const std::string& t, const std::string& command) { return At(t, "kubectl: " + command); }

const std::string kSleep = R"([sleep, "3600"])";
const std::string kFail = R"([sh, -c, "exit 1"])";
const std::string kTwoNodes = "  nodes: [node-1, node-2]\n";
const std::string kTwoContainers = "            - {name: a, image: busybox, command: [sleep, \"60\"]}\n"
                                   "            - {name: b, image: busybox, command: [sleep, \"60\"]}\n";

// One pod per node; node-1 (to node-<lost>) goes NotReady at 10 s; then the command.
Observe NodeLost(const std::string& t, const std::string& command, const std::string& nodes = kTwoNodes,
                 int lost = 1) {
  std::string faults;
  for (int i = 1; i <= lost; ++i) faults += At("10s", "fault: {node: node-" + std::to_string(i) + ", state: NotReady}");
  const std::string parallelism = "        parallelism: " + std::to_string(lost + 1) + "\n";
  return Scenario(nodes + Steps(Job(parallelism, kSleep) + faults + Kubectl(t, command)));
}

// An events.k8s.io/v1 write about a Node, in the default namespace, through
// the API server's validation: "valid" or its error.
Observe EventInDefaultAboutNode() {
  return [](const std::string& version) {
    sim::Profile profile;
    if (const api::Status st = sim::LookupProfile(version, profile); !st.ok()) return st.message();
    const api::Status st = server::ValidateEventsV1Create(testing::NodeEvent("default"), profile.api);
    return st.ok() ? std::string("valid") : st.message();
  };
}

// `get node node-1 -o yaml` at time t of a scenario with nothing else in it.
Observe NodeYaml(const std::string& t) { return Scenario(Steps(Kubectl(t, "get node node-1 -o yaml"))); }

Holds Contains(const std::string& text) {
  return [text](const std::string& observed) { return observed.find(text) != std::string::npos; };
}
Holds Lacks(const std::string& text) {
  return [text](const std::string& observed) { return observed.find(text) == std::string::npos; };
}
Holds Matches(const std::string& pattern) {
  return [re = std::regex(pattern)](const std::string& observed) { return std::regex_search(observed, re); };
}
// Every generated pod name of `kubectl get pods` avoids these characters.
Holds PodNamesAvoid(const std::string& chars) {
  return [chars](const std::string& observed) {
    const std::regex name(R"(\npi-([a-z0-9]{5}) )");
    int names = 0;
    for (auto it = std::sregex_iterator(observed.begin(), observed.end(), name); it != std::sregex_iterator(); ++it) {
      ++names;
      if ((*it)[1].str().find_first_of(chars) != std::string::npos) return false;
    }
    return names > 0;
  };
}

sim::Profile ProfileOf(const std::string& version) {
  sim::Profile p;
  REQUIRE(sim::LookupProfile(version, p).ok());
  return p;
}

// The creation batches of 5 missing pods (controller/manage_job.h).
std::string CreationBatchesOf5(const std::string& version) {
  std::string out;
  for (int32_t b : controller::CreationBatches(5, ProfileOf(version).controller)) out += std::to_string(b) + " ";
  return out;
}

// A spam-filter bucket of one source and object, created full at 0 s and
// emptied at 200 s: is a token back at 300 s (a whole refill period after its
// creation, a third of one after its last use)?
std::string SpamTokenAt300s(const std::string& version) {
  const sim::Profile p = ProfileOf(version);
  const sim::TokenBucket::Shape shape(p.events.spam_burst, p.events.spam_refill_ms, p.events.spam_refill_in_ticks);
  sim::TokenBucket bucket(shape, 0);
  for (int i = 0; i < p.events.spam_burst; ++i) bucket.TryAccept(shape, 200'000);
  return bucket.TryAccept(shape, 300'000) ? "a token at 300s" : "no token at 300s";
}

// kubectl's sort of rows with these keys: where each row ends up, as the
// rows' original positions.
Observe SortOfEqualRows(std::vector<int> keys_in) {
  return [keys_in](const std::string& version) {
    std::vector<int> keys = keys_in;
    std::vector<int> tags(keys.size());
    for (size_t i = 0; i < tags.size(); ++i) tags[i] = static_cast<int>(i);
    kubectl::SortInterface data;
    data.n = static_cast<int>(keys.size());
    data.less = [&](int i, int j) { return keys[i] < keys[j]; };
    data.swap = [&](int i, int j) {
      std::swap(keys[i], keys[j]);
      std::swap(tags[i], tags[j]);
    };
    kubectl::GoSort(ProfileOf(version).kubectl.go_sort, data);
    std::string out;
    for (int t : tags) out += std::to_string(t) + " ";
    return out;
  };
}

// The "15 keys, three values" row of tests/kubectl/go_sort_test.cc.
const std::vector<int> kFifteenKeys = {1, 0, 2, 0, 1, 1, 0, 2, 0, 0, 2, 1, 2, 1, 1};
// The 1.33 seed story's 43 event types (Normal 0, Warning 1), as in go_sort_test.cc.
const std::vector<int> kEventTypes = {0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, 0,
                                      0, 0, 1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 1};

// Steps creating two bare pods, each with one label `size`.
std::string TwoPods(const std::string& a, const std::string& size_a, const std::string& b, const std::string& size_b) {
  std::string out;
  for (const auto& [name, size] : {std::pair{a, size_a}, std::pair{b, size_b}}) {
    out += "  - create:\n"
           "      apiVersion: v1\n"
           "      kind: Pod\n"
           "      metadata: {name: " + name + ", labels: {size: \"" + size + "\"}}\n"
           "      spec:\n"
           "        restartPolicy: Never\n"
           "        containers:\n"
           "        - {name: c, image: busybox, command: [sleep, \"60\"]}\n";
  }
  return out;
}

// A managedBy Job whose status an outside controller writes: Failed without FailureTarget.
const std::string kFailedWithoutFailureTarget =
    "  featureGates: {JobManagedBy: true}\n" +
    Steps(Job("        managedBy: example.com/custom\n") +
          "  - patch:\n"
          "      object: job/pi\n"
          "      subresource: status\n"
          "      patch: {status: {startTime: \"2025-01-01T00:00:00Z\", conditions: [{type: Failed, status: \"True\"}]}}\n");

// A Job created suspended, its template patched at 5 s (never started: the
// scheduling directives may change); the template as stored at 6 s.
Observe PatchSuspendedTemplate(const std::string& template_spec) {
  return Scenario(Steps(Job("        suspend: true\n", kSleep) +
                        At("5s", "patch: {object: job/pi, patch: {spec: {template: {spec: " + template_spec + "}}}}") +
                        Kubectl("6s", "get job pi -o jsonpath={.spec.template.spec}")));
}

// A suspended Job with nothing to run, on a release with JobManagedBy on: the
// controller completes it at once unless its status write is refused.
const std::string kSuspendedZeroCompletions =
    "  featureGates: {JobManagedBy: true}\n" +
    Steps(Job("        suspend: true\n        completions: 0\n") + Kubectl("10s", "get jobs"));

std::vector<LadderRow> Rows() {
  const std::string twenty_pods = "        parallelism: 20\n        completions: 20\n";
  const std::string thirty_pods_deadline =
      "        parallelism: 30\n        completions: 30\n        activeDeadlineSeconds: 5\n";
  const std::string per_index = "        completionMode: Indexed\n        completions: 2\n        backoffLimitPerIndex: 1\n";
  return {
      // Where each behaviour changes.
      {"name alphabet without vowels", "1.5", "1.6",
       Scenario(Steps(Job(twenty_pods, kSleep) + "  - kubectl: get pods\n")), PodNamesAvoid("aeiouy")},
      {"name alphabet without 0, 1, 3", "1.7", "1.8",
       Scenario(Steps(Job(twenty_pods, kSleep) + "  - kubectl: get pods\n")), PodNamesAvoid("013")},
      {"controller ownerReferences, GC of Job pods, batch/v1 DELETE orphans by default", "1.5", "1.6",
       Scenario(Steps(Job("", kSleep) + "  - kubectl: get pods -o yaml\n")), Contains("    ownerReferences:\n")},
      {"backoffLimit, pod-failure back-off", "1.7", "1.8",
       Scenario("  until: 1m\n" + Steps(Job("        backoffLimit: 1\n", kFail) + Kubectl("1m", "describe job pi"))),
       Contains("Job has reached the specified backoff limit")},
      {"DeadlineExceeded becomes a Warning", "1.7", "1.8",
       Scenario(Steps(Job("        activeDeadlineSeconds: 5\n", R"([sleep, "20"])") + Kubectl("60s", "get events"))),
       Matches(R"(Warning\s+DeadlineExceeded)")},
      {"slow-start pod creation", "1.9", "1.10", CreationBatchesOf5, Contains("1 2 2 ")},
      {"random (v4) uids", "1.13", "1.14", Scenario(Steps(Job("") + "  - kubectl: get job pi -o yaml\n")),
       Matches(R"(\n  uid: [0-9a-f]{8}-[0-9a-f]{4}-4)")},
      {"Completed event", "1.19", "1.20", Scenario(Steps(Job("") + Kubectl("30s", "get events"))),
       Contains("Job completed")},
      {"Namespaces labelled `kubernetes.io/metadata.name=<name>`", "1.20", "1.21",
       Scenario(Steps("  - create: {apiVersion: v1, kind: Namespace, metadata: {name: batch}}\n"
                      "  - kubectl: get namespace batch -o yaml\n")),
       Contains("kubernetes.io/metadata.name: batch")},
      // The first sync creates 500 and writes active=500; the next creates the rest.
      {"500 pods per sync cap", "1.21", "1.22",
       Scenario(Steps(Job("        parallelism: 510\n        completions: 510\n", kSleep))),
       Contains("ms job/pi status.active=500\n")},
      {"suspend, completionMode (beta, on; the API server drops the fields before; `docs/suspend.md`, "
       "`docs/indexed-job.md`)", "1.21", "1.22",
       Scenario(Steps(Job("        suspend: true\n        completionMode: Indexed\n        completions: 2\n") +
                      "  - kubectl: get job pi -o yaml\n")),
       Matches(R"(completionMode: Indexed[\s\S]*suspend: true)")},
      {"ttlSecondsAfterFinished kept by the API server (dropped before); the TTL-after-finished controller deletes "
       "finished Jobs, Foreground (`docs/ttl-after-finished.md`)",
       "1.20", "1.21", Scenario(Steps(Job("        ttlSecondsAfterFinished: 0\n") + Kubectl("1m", "get jobs"))),
       Contains("No resources found")},
      {"DELETE orphan warning", "1.22", "1.23",
       Scenario(Steps(Job("", kSleep) + At("5s", "delete: {object: job/pi}"))),
       Contains("Warning: child pods are preserved by default when jobs are deleted")},
      {"a suspended Job that never started may change its pod template's node affinity, nodeSelector, tolerations, "
       "labels and annotations (`docs/suspend.md`); before, `spec.template: … field is immutable`",
       "1.22", "1.23", PatchSuspendedTemplate("{nodeSelector: {disktype: ssd}}"), Contains("\"nodeSelector\":{\"disktype\":\"ssd\"}")},
      {"a suspended Job that never started may also change its pod template's schedulingGates", "1.26", "1.27",
       PatchSuspendedTemplate("{schedulingGates: [{name: kueue}]}"), Contains("\"schedulingGates\":[{\"name\":\"kueue\"}]")},
      {"status.ready", "1.23", "1.24", Scenario(Steps(Job("", kSleep) + Kubectl("10s", "get job pi -o yaml"))),
       Contains("\n  ready: 1\n")},
      // The pod ends at 2.5 s; the batched sync sees it a second later.
      {"pod-update batching (1 s)", "1.23", "1.24",
       Scenario("  runtime:\n    timing: {schedule: 0s, imagePull: 0s, containerStart: 0s}\n" +
                Steps(Job("", R"([sleep, "2.5"])") +
                      "  - wait: {object: job/pi, field: status.succeeded, equals: 1}\n")),
       Contains("met after 3.5s")},
      {"finalizer tracking", "1.22", "1.23", Scenario(Steps(Job("", kSleep) + Kubectl("10s", "get pods -o yaml"))),
       Contains("- batch.kubernetes.io/job-tracking")},
      {"finalizer tracking", "1.24", "1.25", Scenario(Steps(Job("", kSleep) + Kubectl("10s", "get pods -o yaml"))),
       Contains("- batch.kubernetes.io/job-tracking")},
      {"prefixed job labels and selector", "1.26", "1.27",
       Scenario(Steps(Job("") + "  - kubectl: get job pi -o yaml\n")),
       Contains("    batch.kubernetes.io/controller-uid: ")},
      {"Indexed Jobs may change completions in tandem with parallelism (elastic Indexed Jobs, "
       "`docs/elastic-indexed.md`); before, `spec.completions: … field is immutable`",
       "1.26", "1.27",
       Scenario(Steps(Job("        completionMode: Indexed\n        completions: 2\n        parallelism: 2\n", kSleep) +
                      At("5s", "patch: {object: job/pi, patch: {spec: {completions: 3, parallelism: 3}}}") +
                      Kubectl("6s", "get job pi -o jsonpath={.spec.completions}"))),
       Matches(R"(\$ kubectl get job pi -o jsonpath=\{\.spec\.completions\}\n3)")},
      {"Indexed pods labelled `batch.kubernetes.io/job-completion-index`; `JOB_COMPLETION_INDEX` reads the label (the "
       "annotation before)",
       "1.27", "1.28",
       Scenario(Steps(Job("        completionMode: Indexed\n        completions: 1\n", kSleep) +
                      Kubectl("5s", "get pods --show-labels"))),
       Contains("batch.kubernetes.io/job-completion-index=0")},
      // Failures 7 and 8 are 360 s (1.27) or 600 s (1.28) apart.
      {"pod-failure back-off record 10 s … 10 min", "1.27", "1.28",
       Scenario("  until: 1100s\n" +
                Steps(Job("        backoffLimit: 20\n", kFail) + Kubectl("1100s", "get job pi -o yaml"))),
       Contains("\n  failed: 7\n")},
      {"podFailurePolicy (field dropped by the API server before)", "1.25", "1.26",
       Scenario(Steps(Job("        podFailurePolicy:\n          rules:\n          - action: FailJob\n"
                          "            onExitCodes: {operator: In, values: [42]}\n") +
                      "  - kubectl: get job pi -o yaml\n")),
       Contains("  podFailurePolicy:\n")},
      {"podReplacementPolicy kept by the API server (dropped before), status.terminating "
       "(`docs/pod-replacement-policy.md`)",
       "1.28", "1.29",
       Scenario(Steps(Job("", kSleep) + Kubectl("10s", "get job pi -o yaml"))),
       Matches(R"(podReplacementPolicy: TerminatingOrFailed[\s\S]*\n  terminating: 0\n)")},
      {"`backoffLimitPerIndex` makes `backoffLimit` default to 2147483647 even with its gate off (before, the API "
       "server drops the unknown field before defaulting)",
       "1.27", "1.28", Scenario(Steps(Job(per_index) + "  - kubectl: get job pi -o yaml\n")),
       Contains("backoffLimit: 2147483647")},
      {"podFailurePolicy `FailIndex` rules, backoffLimitPerIndex / maxFailedIndexes kept by the API server "
       "(per-index retries, `status.failedIndexes`, `docs/backoff-limit-per-index.md`)",
       "1.28", "1.29", Scenario(Steps(Job(per_index) + "  - kubectl: get job pi -o yaml\n")),
       Contains("  backoffLimitPerIndex: 1\n")},
      {"`get ev` warns that `events.events.k8s.io` claims the short name too", "1.28", "1.29",
       Scenario(Steps(Job("") + Kubectl("10s", "get ev"))),
       Contains("Warning: short name \"ev\" could also match lower priority resource events.events.k8s.io")},
      {"`get jobs` STATUS column", "1.29", "1.30", Scenario(Steps(Job("") + Kubectl("10s", "get jobs"))),
       Matches(R"(NAME\s+STATUS\s+COMPLETIONS)")},
      {"`describe job`: Suspend, Backoff Limit, TTL Seconds After Finished; the Pod Template's Node-Selectors and "
       "Tolerations",
       "1.29", "1.30", Scenario(Steps(Job("") + Kubectl("10s", "describe job pi"))),
       Matches(R"(Backoff Limit:\s+6[\s\S]*Node-Selectors:)")},
      {"successPolicy kept by the API server (SuccessCriteriaMet reason SuccessPolicy, lingering pods deleted, "
       "`docs/success-policy.md`)",
       "1.30", "1.31",
       Scenario(Steps(Job("        completionMode: Indexed\n        completions: 2\n        successPolicy:\n"
                          "          rules:\n          - {succeededCount: 1}\n") +
                      "  - kubectl: get job pi -o yaml\n")),
       Contains("  successPolicy:\n")},
      {"FailureTarget / SuccessCriteriaMet before Failed / Complete", "1.30", "1.31",
       Scenario(Steps(Job("") + Kubectl("30s", "get job pi -o yaml"))), Contains("type: SuccessCriteriaMet")},
      {"strict status rules with JobManagedBy: `Failed` needs `FailureTarget`, `Complete` needs `SuccessCriteriaMet`, "
       "a finished Job has no terminating pods, ready ≤ active",
       "1.30", "1.31", Scenario(kFailedWithoutFailureTarget),
       Contains("cannot set Failed=True condition without the FailureTarget=true condition")},
      {"strict status rules spare suspended Jobs: a resuming Job (`Suspended` True → False) may restart `startTime`, a "
       "suspended Job with `completions: 0` may turn `Complete` without one (before, the controller's own writes are "
       "refused and the Job is stuck)",
       "1.31", "1.32", Scenario(kSuspendedZeroCompletions), Matches(R"(\npi +Complete +0/0 )")},
      {"Complete reason CompletionsReached", "1.32", "1.33",
       Scenario(Steps(Job("") + Kubectl("30s", "get job pi -o yaml"))), Contains("reason: CompletionsReached")},
      {"managedBy kept by the API server; the Job controller leaves Jobs another controller manages alone; status "
       "writes checked strictly (`docs/managed-by.md`)",
       "1.31", "1.32",
       Scenario(Steps(Job("        managedBy: example.com/custom\n") + "  - kubectl: get job pi -o yaml\n")),
       Matches(R"(managedBy: example.com/custom[\s\S]*\nstatus: \{\}\n)")},
      {"`Created container: X`", "1.31", "1.32", Scenario(Steps(Job("") + Kubectl("30s", "get events"))),
       Contains("Created container: pi")},

      // Kubelet, events and kubectl details.
      {"a start failure wakes the kubelet at once (docker 1.11 left it \"Created\", which the PLEG ignored: the "
       "seed's 3 tries, then 20 s, 40 s, 1m20s)",
       "1.5", "1.6",
       Scenario(Steps(Job("", "[perl1]", "OnFailure", "            - {name: pi, image: perl, command: [perl1]}\n") +
                      Kubectl("5s", "get pods"))),
       Matches(R"(pi-\w{5}\s+0/1\s+CrashLoopBackOff\s+1\s)")},
      // The seed's crash loop with the Job 35 s after the kubelet's start: the
      // GC pass at 180 s removes a never-started container, which syncs the pod
      // in its 1m20s back-off (a BackOff at that very moment).
      {"the container GC's removal of a container that never started syncs its pod (a PLEG ContainerDied; a pass "
       "every minute from the kubelet's start keeps a container's 2 newest dead instances, and the younger than 1 "
       "min: the seed's eighth `Back-off 1m20s`)",
       "1.5", "1.6",
       Scenario("  until: 181s\n" +
                Steps("  - at: 35s\n    " +
                      Job("", "[perl1]", "OnFailure", "            - {name: pi, image: perl, command: [perl1]}\n")
                          .substr(4))),
       Lacks("\n180000ms pod/")},
      {"the de-dup key includes the event's fieldPath", "1.6", "1.7",
       Scenario(Steps(Job("", "", "Never", kTwoContainers) + Kubectl("30s", "get events"))),
       Matches(R"(spec.containers\{b\}\s+Normal\s+Pulling)")},
      {"aggregate message `(combined from similar events): …`", "1.6", "1.7",
       Scenario("  until: 70s\n" + Steps(Job("", kFail) + Kubectl("60s", "describe job pi"))),
       Contains("(combined from similar events): Created pod: ")},
      // 30 creations: 9 events, then the aggregate counts 21 more, or only the 16 the bucket of 25 lets through.
      {"spam filter (burst 25, 1 per 5 min per source and object)", "1.7", "1.8",
       Scenario(Steps(Job(thirty_pods_deadline, R"([sleep, "600"])") + Kubectl("30s", "get events"))),
       Matches(R"(\s16\s+pi\s+Job\s.*SuccessfulCreate)")},
      {"the spam filter's bucket refills continuously from its last use (before: one token at each whole 300 s after "
       "its creation)",
       "1.9", "1.10", SpamTokenAt300s, Contains("no token at 300s")},
      {"`Error from server (Reason): …`", "1.4", "1.5", Scenario(Steps("  - kubectl: get job nope\n")),
       Contains("Error from server (NotFound): jobs.batch \"nope\" not found")},
      {"`No resources found.` / `… in <ns> namespace.`", "1.4", "1.5", Scenario(Steps("  - kubectl: get jobs\n")),
       Contains("No resources found.")},
      {"`No resources found.` / `… in <ns> namespace.`", "1.16", "1.17", Scenario(Steps("  - kubectl: get jobs\n")),
       Contains("No resources found in default namespace.")},
      {"`job.batch \"pi\" created` / `job.batch/pi created`", "1.9", "1.10", Scenario(Steps(Job(""))),
       Contains("job.batch \"pi\" created")},
      {"`job.batch \"pi\" created` / `job.batch/pi created`", "1.10", "1.11", Scenario(Steps(Job(""))),
       Contains("job.batch/pi created")},
      {"`Successfully assigned default/pi-x to node` (namespace in the message); ContainersReady condition", "1.10",
       "1.11", Scenario(Steps(Job("", kSleep) + Kubectl("10s", "get pods -o yaml") + Kubectl("10s", "get events"))),
       Matches(R"(type: ContainersReady[\s\S]*Successfully assigned default/pi-)")},
      {"lowercase `back-off …` waiting message; `started` and `podIPs` fields", "1.15", "1.16",
       Scenario(Steps(Job("", kSleep) + Kubectl("10s", "get pods -o yaml"))),
       Matches(R"(started: true[\s\S]*podIPs:)")},
      {"`logs` picks the default container", "1.20", "1.21",
       Scenario(Steps(Job("", "", "Never", kTwoContainers) + Kubectl("10s", "logs -l job-name=pi"))),
       Contains("Defaulted container \"a\" out of: a, b")},
      {"an events.k8s.io Event about a cluster-scoped object may be in `default` (before: only `kube-system`)", "1.22",
       "1.23", EventInDefaultAboutNode(), Matches("^valid$")},
      {"kubelet copies reportingComponent/Instance into core events", "1.27", "1.28",
       Scenario(Steps(Job("") + Kubectl("10s", "get events -o yaml"))), Contains("reportingComponent: kubelet")},
      {"Failed pods' Ready reason `PodFailed`; terminal phase on deletion", "1.26", "1.27",
       Scenario(Steps(Job("        backoffLimit: 0\n", kFail) + Kubectl("10s", "get pods -o yaml"))),
       Contains("reason: PodFailed")},
      {"`hostIPs` field", "1.28", "1.29", Scenario(Steps(Job("", kSleep) + Kubectl("10s", "get pods -o yaml"))),
       Contains("    hostIPs:\n")},
      // A finished pod held by a finalizer, deleted.
      {"kubectl shows Terminating only for non-terminal pods", "1.30", "1.31",
       Scenario(Steps("  - create:\n"
                      "      apiVersion: v1\n"
                      "      kind: Pod\n"
                      "      metadata: {name: keep, finalizers: [example.com/keep]}\n"
                      "      spec:\n"
                      "        restartPolicy: Never\n"
                      "        containers:\n"
                      "        - {name: c, image: busybox, command: [sh, -c, \"exit 0\"]}\n" +
                      At("10s", "delete: {object: pod/keep}") + "  - kubectl: get pods\n")),
       Matches(R"(keep\s+0/1\s+Completed)")},
      // The 25 Normal creations leave no token for the Warning, unless the type is part of the key.
      {"spam key includes the event type", "1.31", "1.32",
       Scenario(Steps(Job(thirty_pods_deadline, R"([sleep, "600"])") + Kubectl("90s", "get events"))),
       Matches(R"(Warning\s+DeadlineExceeded)")},
      {"kubectl sorts with Go's pdqsort (order of equal rows)", "1.24", "1.25", SortOfEqualRows(kFifteenKeys),
       Contains("6 1 9 3 8 4 5 0 11 13 14 7 2 10 12 ")},
      {"pdqsort's breakPatterns with the corrected 64-bit xorshift (order of equal rows; `get --sort-by`, describe "
       "events)",
       "1.32", "1.33", SortOfEqualRows(kEventTypes),
       Contains("20 22 2 3 41 5 6 7 8 40 10 11 12 13 39 15 16 21 18 38 1 0 17 23 37 25 26 27 28 36 30 31 32 33 35 34 "
                "29 24 19 14 9 4 42 ")},
      {"`get --sort-by` compares two strings that are both quantities as quantities (`500m` < `2`)", "1.21", "1.22",
       Scenario(Steps(TwoPods("two", "2", "half", "500m") + "  - kubectl: get pods --sort-by=.metadata.labels.size\n")),
       Contains("AGE\nhalf ")},
      {"`get --sort-by` compares plain strings bytewise, not in natural order (`pi-10` < `pi-9`)", "1.30", "1.31",
       Scenario(Steps(TwoPods("pi-9", "a", "pi-10", "b") + "  - kubectl: get pods --sort-by=.metadata.name\n")),
       Contains("AGE\npi-10 ")},
      {"`get -o json` keys sorted (unstructured objects); before, typed objects printed in Go struct field order "
       "(`kubectl/go_field_order`); `-o yaml` sorted in every version (ghodss/yaml re-reads the JSON into a map)",
       "1.4", "1.5", Scenario(Steps(Job("") + "  - kubectl: get job pi -o json\n")),
       Contains("{\n    \"apiVersion\": \"batch/v1\",\n    \"kind\": \"Job\",")},

      // The registered Node, the system namespaces, more kubectl.
      {"`kube-public` namespace", "1.5", "1.6", Scenario(Steps("  - kubectl: get namespaces\n")),
       Contains("\nkube-public ")},
      {"`kube-node-lease` namespace", "1.13", "1.14", Scenario(Steps("  - kubectl: get namespaces\n")),
       Contains("\nkube-node-lease ")},
      {"node capacity `ephemeral-storage` ≈", "1.7", "1.8", NodeYaml("0s"), Contains("    ephemeral-storage: ")},
      {"node capacity `hugepages-1Gi`, `hugepages-2Mi`; no `alpha.kubernetes.io/nvidia-gpu` ≈", "1.9", "1.10",
       NodeYaml("0s"), Matches(R"(hugepages-2Mi: [\s\S]*hugepages-2Mi: )")},
      {"node condition `PIDPressure`", "1.9", "1.10", NodeYaml("0s"), Contains("type: PIDPressure")},
      {"node condition `OutOfDisk` no longer set by the kubelet", "1.12", "1.13", NodeYaml("0s"),
       Lacks("type: OutOfDisk")},
      // At 35 s: the last post was at 30 s, or still the registration's.
      {"an unchanged node status posted every 5 min, not every 10 s (the node Lease is the heartbeat)", "1.13", "1.14",
       NodeYaml("35s"), Lacks("lastHeartbeatTime: \"2025-01-01T00:00:30Z\"")},
      {"`spec.podCIDRs` beside `spec.podCIDR`", "1.15", "1.16", NodeYaml("0s"), Contains("  podCIDRs:\n")},
      {"`nodeInfo.kubeProxyVersion` left empty", "1.32", "1.33", NodeYaml("0s"), Contains("kubeProxyVersion: \"\"")},
      {"node labels `kubernetes.io/os`, `kubernetes.io/arch` beside the beta ones", "1.13", "1.14", NodeYaml("0s"),
       Contains("    kubernetes.io/arch: amd64\n")},
      {"node annotation `node.alpha.kubernetes.io/ttl: \"0\"` (TTL controller)", "1.5", "1.6", NodeYaml("0s"),
       Contains("    node.alpha.kubernetes.io/ttl: \"0\"\n")},
      {"`get -w -o yaml` separates the objects with `---` ≈", "1.10", "1.11",
       Scenario(Steps(Job("") + "  - kubectl: get jobs -w -o yaml --for 30s\n")),
       Contains("\n---\napiVersion: batch/v1\n")},
      {"`get --output-watch-events` (before: `unknown flag`)", "1.15", "1.16",
       Scenario(Steps(Job("") + "  - kubectl: get jobs -w --output-watch-events --for 30s\n")),
       Matches(R"(EVENT\s+NAME)")},
      {"`get -o yaml` and `-o json` print no metadata.managedFields unless `--show-managed-fields` (before: "
       "`unknown flag`)",
       "1.20", "1.21", Scenario(Steps(Job("") + "  - kubectl: get job pi --show-managed-fields -o yaml\n")),
       Contains("  managedFields:\n")},
      {"`logs -c NAME` of no such container: kubectl's own `error: container NAME is not valid for pod P` (before: "
       "the API server's BadRequest)",
       "1.16", "1.17", Scenario(Steps(Job("", kSleep) + Kubectl("5s", "logs job/pi -c nope"))),
       Contains("error: container nope is not valid for pod pi-")},
      {"`logs` of a missing pod or Job: `error: error from server (NotFound): … in namespace \"default\"`", "1.29",
       "1.30", Scenario(Steps("  - kubectl: logs nope\n")), Contains("not found in namespace \"default\"")},

      // Node failure and eviction.
      {"NotReady node: Unknown, `NodeNotReady` event, pods `Ready=False`; the node controller deletes its pods 5 min "
       "after the last heartbeat, none while no node is Ready; events from `controllermanager`",
       "", "1.3", NodeLost("7m", "get events"),
       Matches(R"(NodeNotReady\s+\{controllermanager \}[\s\S]*NodeControllerEviction)")},
      {"pods it evicted force-deleted after their grace period (`TerminatingEvictedPod`)", "1.4", "1.5",
       NodeLost("10m", "get events"), Lacks("TerminatingEvictedPod")},
      // Three of four nodes lost: a small zone in partial disruption evicts nothing.
      {"zone partial disruption stops or slows evictions", "1.3", "1.4",
       NodeLost("10m", "get events", "  nodes: [node-1, node-2, node-3, node-4]\n", 3), Lacks("NodeControllerEviction")},
      {"evicted pods get reason `NodeLost` (kubectl STATUS `Unknown`)", "1.4", "1.5", NodeLost("7m", "get pods"),
       Matches(R"(pi-\w{5}\s+1/1\s+Unknown\s)")},
      {"taint manager (`taint-controller`): pods not tolerating a NoExecute taint are deleted", "1.5", "1.6",
       Scenario(kTwoNodes + Steps(Job("        parallelism: 2\n", kSleep) +
                                  At("10s", "patch: {object: node/node-1, patch: {spec: {taints: [{key: k, value: v, "
                                            "effect: NoExecute}]}}}") +
                                  Kubectl("1m", "get events"))),
       Matches(R"(TaintManagerEviction\s+\{taint-controller \})")},
      {"node controller events from `node-controller`", "1.9", "1.10", NodeLost("1m", "get events -o yaml"),
       Contains("component: node-controller")},
      {"`node.kubernetes.io/unreachable:NoSchedule` (not-ready for False)", "1.11", "1.12",
       NodeLost("1m", "get node node-1 -o yaml"),
       Contains("- effect: NoSchedule\n    key: node.kubernetes.io/unreachable")},
      {"`unreachable:NoExecute` taint, eviction after the pods' 300 s tolerations instead of the controller's own",
       "1.12", "1.13", NodeLost("1m", "get node node-1 -o yaml"),
       Contains("- effect: NoExecute\n    key: node.kubernetes.io/unreachable")},
      {"`apiVersion: v1` in the references of node events", "1.17", "1.18", NodeLost("1m", "get events -o yaml"),
       Contains("involvedObject:\n    apiVersion: v1\n    kind: Node")},
      {"Warning `NodeNotReady` `Node is not ready` on each pod", "1.18", "1.19", NodeLost("1m", "get events"),
       Matches(R"(Warning\s+NodeNotReady\s+pod/pi-\w{5}\s+Node is not ready)")},
      {"`DisruptionTarget=True` (`DeletionByTaintManager`) before the taint manager deletes", "1.25", "1.26",
       NodeLost("6m", "get pods -o yaml"), Contains("reason: DeletionByTaintManager")},
      {"`taint-eviction-controller` as its event source; `apiVersion: v1` in its event references ≈", "1.28", "1.29",
       NodeLost("6m", "get events -o yaml"), Contains("component: taint-eviction-controller")},
      // Silent since 10 s: Unknown at the 50 s pass with 40 s of grace, at the 60 s pass with 50 s.
      {"`--node-monitor-grace-period` 50 s (40 s before): a silent kubelet's node marked Unknown at the first 5 s "
       "monitor pass 50 s after its last heartbeat",
       "1.31", "1.32", NodeLost("55s", "get nodes"), Matches(R"(node-1\s+Ready\s)")},

      // Pod garbage collector: node-1 lost at 10 s (Unknown at 50 s); PodGC's passes at 20 s (node noticed
      // missing) and 60 s (gone), or, for the out-of-service taint of 60 s, at 60 s or 80 s.
      {"a pod of a deleted node patched `Failed` with `DisruptionTarget` (`DeletionByPodGC`) before PodGC "
       "force-deletes it",
       "1.25", "1.26",
       Scenario(kTwoNodes + Steps(Job("        parallelism: 2\n", kSleep) +
                                  At("10s", "fault: {node: node-1, state: NotReady}") +
                                  At("10s", "delete: {object: node/node-1}") + Kubectl("60.5s", "get pods -o yaml"))),
       Contains("reason: DeletionByPodGC")},
      {"terminating pods on a not-Ready node tainted `node.kubernetes.io/out-of-service` force-deleted by PodGC",
       "1.25", "1.26",
       Scenario(kTwoNodes +
                Steps(Job("        parallelism: 2\n", kSleep) + At("10s", "fault: {node: node-1, state: NotReady}") +
                      At("55s", "delete: {objects: pods, selector: job-name=pi}") +
                      At("60s", "patch: {object: node/node-1, patch: {spec: {taints: [{key: "
                                "node.kubernetes.io/out-of-service, value: nodeshutdown, effect: NoExecute}]}}}") +
                      At("85s", "expect: [{objects: pods, where: {field: spec.nodeName, equals: node-1}, count: 0}]"))),
       Lacks("FAIL")},
  };
}

// The first cell and the "from" cell of every row of the ladder tables
// (those headed `| behaviour | from | upstream |`) in docs/profiles.md.
std::vector<std::pair<std::string, std::string>> DocumentedLadder() {
  std::ifstream in(std::string(JOBSIM_SOURCE_DIR) + "/docs/profiles.md");
  std::vector<std::pair<std::string, std::string>> rows;
  std::string line;
  bool in_table = false;
  while (std::getline(in, line)) {
    if (line.rfind("| behaviour | from | upstream |", 0) == 0) {
      in_table = true;
      std::getline(in, line);  // the | --- | separator
      continue;
    }
    if (line.rfind("| ", 0) != 0) {
      in_table = false;
      continue;
    }
    if (!in_table) continue;
    const size_t first = line.find(" | ", 2);
    const size_t second = line.find(" | ", first + 3);
    rows.emplace_back(line.substr(2, first - 2), line.substr(first + 3, second - first - 3));
  }
  return rows;
}

}  // namespace

TEST_CASE("every row of the ladder in docs/profiles.md has a test row, and every test row a ladder row") {
  const auto documented = DocumentedLadder();
  REQUIRE(documented.size() > 50);
  const std::vector<LadderRow> rows = Rows();
  std::map<std::string, std::string> from_cells(documented.begin(), documented.end());
  for (const auto& [behaviour, from] : documented) {
    CAPTURE(behaviour);
    CHECK(std::any_of(rows.begin(), rows.end(), [&](const LadderRow& r) { return r.behaviour == behaviour; }));
  }
  for (const LadderRow& row : rows) {
    CAPTURE(row.behaviour);
    REQUIRE(from_cells.count(row.behaviour) == 1);
    // The boundary tested is the one the table gives ("1.3 – 1.4" ends at 1.5).
    const std::string& cell = from_cells[row.behaviour];
    CHECK((cell.find(row.from) != std::string::npos || (!row.before.empty() && cell.find(row.before) != std::string::npos)));
  }
}

TEST_CASE("each ladder boundary: the behaviour is absent on the release before and present from it on") {
  for (const LadderRow& row : Rows()) {
    CAPTURE(row.behaviour, row.before, row.from);
    if (!row.before.empty()) {
      const std::string before = row.observe(row.before);
      CAPTURE(before);
      CHECK_FALSE(row.holds(before));
    }
    const std::string after = row.observe(row.from);
    CAPTURE(after);
    CHECK(row.holds(after));
  }
}
