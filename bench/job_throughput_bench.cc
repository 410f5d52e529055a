// Throughput and memory of the whole simulation (issue "Core", part 11):
// 1,000 Jobs x 100 completions, parallelism 10, 10% of container runs fail,
// Kubernetes 1.33. Reports pod lifecycles per wall-clock second and peak RSS
// per retained pod (pods are never deleted here, so every pod and its events
// stay in the store), store writes per pod, and the time to free the World
// (not counted in the rate, nor is the final count of the pods). Wall time is
// read here, outside the simulation.
//
//   build/jobsim_bench                      # the full workload
//   build/jobsim_bench --benchmark_filter=/100/  # the 100-Job run only
#include <sys/resource.h>

#include <chrono>
#include <memory>

#include <benchmark/benchmark.h>

#include "sim/world.h"

namespace {

using namespace jobsim;

sim::WorldOptions Options(int jobs) {
  sim::WorldOptions options;
  sim::LookupProfile("1.33", options.profile);
  // Every pod is retained, to measure memory per pod: PodGC's terminated-pod
  // pass (12,500 by default on a real cluster) is turned off.
  options.profile.pod_gc.terminated_pod_threshold = 0;
  options.seed = 42;
  options.nodes.clear();
  for (int i = 1; i <= 20; ++i) options.nodes.push_back("node-" + std::to_string(i));
  sim::PodOverride all;
  all.attempts.push_back(sim::RunOutcome{.runs_ms = 10'000});
  all.failure_rate = Ratio{1, 10};
  options.runtime.pods.push_back(all);
  return options;
}

api::Job MakeJob(int i) {
  api::Job job;
  job.metadata.name = "job-" + std::to_string(i);
  job.spec.parallelism = 10;
  job.spec.completions = 100;
  job.spec.backoff_limit = 1000;
  api::Container c;
  c.name = "work";
  c.image = "busybox:1.36";
  c.command = {"sh", "-c", "work"};
  job.spec.template_.spec.Mut().containers.push_back(c);
  job.spec.template_.spec.Mut().restart_policy = "Never";
  return job;
}

bool AllFinished(api::Store& store) {
  std::vector<std::shared_ptr<const api::Job>> jobs;
  store.List(api::ListOptions{}, jobs);
  for (const auto& job : jobs) {
    bool done = false;
    for (const auto& c : job->status.conditions) done |= (c.type == "Complete" || c.type == "Failed") && c.status == "True";
    if (!done) return false;
  }
  return true;
}

void BM_JobsToCompletion(benchmark::State& state) {
  const int jobs = static_cast<int>(state.range(0));
  size_t pods = 0;
  for (auto _ : state) {
    auto world = std::make_unique<sim::World>(Options(jobs));
    for (int i = 0; i < jobs; ++i) world->store().Create(MakeJob(i));
    // Check completion once per virtual minute: cheap next to the simulation itself.
    ElapsedMs t = 0;
    while (!AllFinished(world->store()) && t < 24 * 3600 * 1000LL) {
      t += 60'000;
      world->RunUntil(t);
    }
    // Counting the pods (a list of all of them, sorted by key) and freeing the
    // World are no pod lifecycle: not timed; the teardown is reported on its own.
    state.PauseTiming();
    std::vector<std::shared_ptr<const api::Pod>> all;
    world->store().List(api::ListOptions{}, all);
    pods = all.size();
    state.counters["virtual_s"] = static_cast<double>(t) / 1000;
    state.counters["writes_per_pod"] = static_cast<double>(world->store().resource_version()) / static_cast<double>(pods);
    all.clear();
    const auto teardown_start = std::chrono::steady_clock::now();
    world.reset();
    state.counters["teardown_ms"] = static_cast<double>(std::chrono::duration_cast<std::chrono::milliseconds>(
                                                            std::chrono::steady_clock::now() - teardown_start)
                                                            .count());
    state.ResumeTiming();
  }
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  state.counters["pods"] = static_cast<double>(pods);
  state.counters["pods_per_s"] = benchmark::Counter(static_cast<double>(pods), benchmark::Counter::kIsRate);
  state.counters["peak_rss_KiB_per_pod"] = static_cast<double>(usage.ru_maxrss) / static_cast<double>(pods);
}

BENCHMARK(BM_JobsToCompletion)->Arg(100)->Arg(1000)->Unit(benchmark::kMillisecond)->Iterations(1);

}  // namespace

BENCHMARK_MAIN();
