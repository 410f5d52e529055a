#include "kubectl/describe_job.h"

#include <catch2/catch.hpp>

#include "tests/kubectl/fixtures.h"
#include "tests/kubectl/seed_listings.h"

using namespace jobsim;
using namespace jobsim::kubectl;
using namespace jobsim::kubectl::test;

namespace {

constexpr const char* kSeedUid = "cb44e05e-18f7-11e6-b739-0800278856e6";

// The seed's job of the "restartPolicy: Never" example, one minute in.
api::Job SeedJob(const std::string& uid) {
  api::Job job;
  job.metadata.name = "pi";
  job.metadata.namespace_ = "default";
  job.metadata.uid = uid;
  job.metadata.labels = {{"controller-uid", uid}, {"job-name", "pi"}};
  job.spec.parallelism = 1;
  job.spec.completions = 1;
  job.spec.selector.emplace().match_labels = {{"controller-uid", uid}};
  api::Container c;
  c.name = "pi";
  c.image = "index.tenxcloud.com/sdvdxl/perl";
  c.command = {"perl1", "-Mbignum=bpi", "-wle", "print bpi(2000)"};
  job.spec.template_.spec.Mut().containers.push_back(c);
  job.status.start_time = kSeedStart;
  return job;
}

std::vector<api::Event> CreateEvents(const std::vector<std::string>& pods, UnixMs first) {
  std::vector<api::Event> events;
  for (size_t i = 0; i < pods.size(); ++i) {
    const UnixMs t = first + static_cast<UnixMs>(i) * kSecond;
    events.push_back(MakeEvent("pi." + std::to_string(i), "Job", "pi", "Normal", "SuccessfulCreate",
                               "Created pod: " + pods[i], t, t, 1));
    events.back().source.component = "job-controller";
  }
  return events;
}

// What kubectl 1.3 wrote for the 41-failed listing: tabs, not spaces.
const char* kNeverJobWithTabs =
    "Name:\t\tpi\n"
    "Namespace:\tdefault\n"
    "Image(s):\tindex.tenxcloud.com/sdvdxl/perl\n"
    "Selector:\tcontroller-uid=cb44e05e-18f7-11e6-b739-0800278856e6\n"
    "Parallelism:\t1\n"
    "Completions:\t1\n"
    "Start Time:\tFri, 13 May 2016 10:45:22 +0000\n"
    "Labels:\t\tcontroller-uid=cb44e05e-18f7-11e6-b739-0800278856e6,job-name=pi\n"
    "Pods Statuses:\t1 Running / 0 Succeeded / 41 Failed\n"
    "No volumes.\n"
    "Events:\n"
    "  FirstSeen\tLastSeen\tCount\tFrom\t\t\tSubobjectPath\tType\t\tReason\t\t\tMessage\n"
    "  ---------\t--------\t-----\t----\t\t\t-------------\t--------\t------\t\t\t-------\n";

api::Job NeverJob() {
  api::Job job = SeedJob(kSeedUid);
  job.status.active = 1;
  job.status.failed = 41;
  return job;
}

EventList NeverJobEvents() {
  std::vector<api::Event> events = CreateEvents(
      {"pi-fvbql", "pi-f8qjn", "pi-83rn2", "pi-j525m", "pi-msjtr", "pi-rnqh4", "pi-vvp02", "pi-f4rs4", "pi-gazi9"},
      kSeedStart);
  api::Event combined = events.back();
  combined.metadata.name = "pi.combined";
  combined.message = "(events with common reason combined)";
  combined.first_timestamp = kSeedStart + 9 * kSecond;
  combined.last_timestamp = kSeedStart + 69 * kSecond;
  combined.count = 33;
  events.push_back(combined);
  return ToList(events);
}

}  // namespace

TEST_CASE("describe job (1.3) writes the seed's fields with real tabs") {
  const std::string out = DescribeJob(NeverJob(), NeverJobEvents(), kSeedStart + 70 * kSecond, Rules13());
  REQUIRE(out.rfind(kNeverJobWithTabs, 0) == 0);
  CHECK(out.substr(std::string(kNeverJobWithTabs).size(), 18) == "  1m\t\t1m\t\t1\t{job-c");
}

TEST_CASE("describe job (1.3) expanded at 4-column tab stops is the seed listing byte for byte") {
  // The notes expanded kubectl's tabs at 4 columns (8 cannot give
  // "Name:       pi"), so that is the comparison that can hold.
  SECTION("41 failed pods, 33 creations combined") {
    const std::string out = DescribeJob(NeverJob(), NeverJobEvents(), kSeedStart + 70 * kSecond, Rules13());
    CHECK(ExpandTabs(out, 4) == kSeedNeverJob);
    // At 8 columns the same bytes read "Name:" + 11 spaces: not what the notes show.
    CHECK(ExpandTabs(out, 8).rfind("Name:           pi\nNamespace:      default\n", 0) == 0);
  }
  SECTION("OnFailure: one pod, 11 seconds in") {
    const std::string uid = "36422362-18fa-11e6-b739-0800278856e6";
    api::Job job = SeedJob(uid);
    job.status.start_time = At("2016-05-13T11:02:41Z");
    job.status.active = 1;
    const EventList events = ToList(CreateEvents({"pi-2n6pa"}, At("2016-05-13T11:02:41Z")));
    CHECK(ExpandTabs(DescribeJob(job, events, At("2016-05-13T11:02:52Z"), Rules13()), 4) == kSeedOnFailureJob);
  }
  SECTION("activeDeadlineSeconds: the pod deleted, the job failed") {
    const std::string uid = "8c172a2d-18fb-11e6-b739-0800278856e6";
    const UnixMs start = At("2016-05-13T11:12:14Z");
    api::Job job = SeedJob(uid);
    job.status.start_time = start;
    job.spec.active_deadline_seconds = 1;
    job.status.failed = 1;
    std::vector<api::Event> events = CreateEvents({"pi-eq3yt"}, start);
    for (const auto& [reason, message] :
         {std::pair{"SuccessfulDelete", "Deleted pod: pi-eq3yt"},
          std::pair{"DeadlineExceeded", "Job was active longer than specified deadline"}}) {
      api::Event e = events.front();
      e.reason = reason;
      e.message = message;
      e.first_timestamp = e.last_timestamp = start + 3 * kSecond;
      events.push_back(e);
    }
    CHECK(ExpandTabs(DescribeJob(job, ToList(events), start + 7 * kSecond, Rules13()), 4) == kSeedDeadlineJob);
  }
}

TEST_CASE("describe job (1.3) without events ends with \"No events.\" and no newline") {
  const std::string out = DescribeJob(NeverJob(), {}, kSeedStart, Rules13());
  CHECK(out.size() > 20);
  CHECK(out.substr(out.size() - 22) == "No volumes.\nNo events.");
}

TEST_CASE("describe job (1.33) follows describeJob's field order with 2-space padding") {
  api::Job job = SeedJob("0f3c1e4a-7a1b-4c3d-9e8f-0123456789ab");
  const std::string uid = job.metadata.uid.str();
  job.metadata.labels = {{"batch.kubernetes.io/controller-uid", uid},
                         {"batch.kubernetes.io/job-name", "pi"},
                         {"controller-uid", uid},
                         {"job-name", "pi"}};
  job.spec.selector->match_labels = {{"batch.kubernetes.io/controller-uid", uid}};
  job.spec.template_.metadata.labels = job.metadata.labels;
  job.spec.template_.spec.Mut().containers.Mut()[0].image = "perl:5.34.0";
  job.spec.template_.spec.Mut().containers.Mut()[0].command = {"perl", "-Mbignum=bpi", "-wle", "print bpi(2000)"};
  job.spec.completion_mode = "NonIndexed";
  job.spec.suspend = false;
  job.spec.backoff_limit = 4;
  job.status.start_time = At("2019-12-02T13:20:11Z");
  job.status.completion_time = At("2019-12-02T13:21:16Z");
  job.status.succeeded = 1;
  job.status.ready = 0;
  const UnixMs now = At("2019-12-02T13:21:32Z");
  std::vector<api::Event> events = CreateEvents({"pi-xqbvz"}, now - 21 * kSecond);
  api::Event done = events[0];
  done.reason = "Completed";
  done.message = "Job completed";
  done.first_timestamp = done.last_timestamp = now - 18 * kSecond;
  events.push_back(done);
  const std::string want =
      "Name:             pi\n"
      "Namespace:        default\n"
      "Selector:         batch.kubernetes.io/controller-uid=" +
      uid +
      "\n"
      "Labels:           batch.kubernetes.io/controller-uid=" +
      uid +
      "\n"
      "                  batch.kubernetes.io/job-name=pi\n"
      "                  controller-uid=" +
      uid +
      "\n"
      "                  job-name=pi\n"
      "Annotations:      <none>\n"
      "Parallelism:      1\n"
      "Completions:      1\n"
      "Completion Mode:  NonIndexed\n"
      "Suspend:          false\n"
      "Backoff Limit:    4\n"
      "Start Time:       Mon, 02 Dec 2019 13:20:11 +0000\n"
      "Completed At:     Mon, 02 Dec 2019 13:21:16 +0000\n"
      "Duration:         65s\n"
      "Pods Statuses:    0 Active (0 Ready) / 1 Succeeded / 0 Failed\n"
      "Pod Template:\n"
      "  Labels:  batch.kubernetes.io/controller-uid=" +
      uid +
      "\n"
      "           batch.kubernetes.io/job-name=pi\n"
      "           controller-uid=" +
      uid +
      "\n"
      "           job-name=pi\n"
      "  Containers:\n"
      "   pi:\n"
      "    Image:      perl:5.34.0\n"
      "    Port:       <none>\n"
      "    Host Port:  <none>\n"
      "    Command:\n"
      "      perl\n"
      "      -Mbignum=bpi\n"
      "      -wle\n"
      "      print bpi(2000)\n"
      "    Environment:   <none>\n"
      "    Mounts:        <none>\n"
      "  Volumes:         <none>\n"
      "  Node-Selectors:  <none>\n"
      "  Tolerations:     <none>\n"
      "Events:\n"
      "  Type    Reason            Age   From            Message\n"
      "  ----    ------            ----  ----            -------\n"
      "  Normal  SuccessfulCreate  21s   job-controller  Created pod: pi-xqbvz\n"
      "  Normal  Completed         18s   job-controller  Job completed\n";
  CHECK(DescribeJob(job, ToList(events), now, Rules133()) == want);
}

TEST_CASE(
    "describe job (1.33) counts repeats as \"x N over M\" and aligns \"Events: <none>\" with the template block") {
  api::Job job = SeedJob("u");
  job.status.ready = 1;
  job.status.active = 1;
  std::vector<api::Event> events = CreateEvents({"pi-a"}, kSeedStart);
  events[0].count = 33;
  events[0].last_timestamp = kSeedStart + 150 * kSecond;
  const std::string out = DescribeJob(job, ToList(events), kSeedStart + 200 * kSecond, Rules133());
  CHECK(out.find("  Normal  SuccessfulCreate  50s (x33 over 3m20s)  job-controller  Created pod: pi-a\n") !=
        std::string::npos);
  CHECK(out.find("Pods Statuses:  1 Active (1 Ready) / 0 Succeeded / 0 Failed\n") != std::string::npos);
  const std::string none = DescribeJob(job, {}, kSeedStart, Rules133());
  // "Events:\t<none>" joins the column block of the pod template's last lines.
  CHECK(none.substr(none.size() - 52) == "  Tolerations:     <none>\nEvents:            <none>\n");
}

TEST_CASE("describe job before 1.30 has no Suspend, Backoff Limit, Node-Selectors or Tolerations (PR #122618)") {
  api::Job job = SeedJob("u");
  job.spec.suspend = false;
  job.spec.backoff_limit = 6;
  job.spec.ttl_seconds_after_finished = 100;
  KubectlRules rules = Rules133();
  rules.describe_job_suspend_and_template_placement = false;
  const std::string out = DescribeJob(job, {}, kSeedStart, rules);
  for (const char* absent : {"Suspend:", "Backoff Limit:", "TTL Seconds After Finished:", "Node-Selectors:",
                             "Tolerations:"}) {
    CHECK(out.find(absent) == std::string::npos);
  }
  CHECK(out.substr(out.size() - 50) == "  Volumes:        <none>\nEvents:           <none>\n");
  const std::string modern = DescribeJob(job, {}, kSeedStart, Rules133());
  CHECK(modern.find("Suspend:                     false\nBackoff Limit:               6\n"
                    "TTL Seconds After Finished:  100\n") != std::string::npos);
}
