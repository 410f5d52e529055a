#include "sim/scenario/timeline_recorder.h"

#include <algorithm>

#include <fmt/format.h>

#include "fakeapi/event_recorder.h"
#include "fakeapi/selector.h"
#include "sim/scenario/object_changes.h"

namespace jobsim::scenario {
namespace {

std::string Key(const api::ObjectMeta& m) { return m.namespace_ + "/" + m.name; }

// core/v1 Events count repeats in `count`, events.k8s.io/v1 ones in `series`.
int32_t Occurrences(const api::Event& e) { return std::max(e.count, e.series ? e.series->count : 0); }

}  // namespace

void TimelineRecorder::Attach(api::Store& store) {
  clock_ = &store.clock();
  store.Watch<api::Job>([this](const api::WatchEvent<api::Job>& e) { OnJob(e); });
  store.Watch<api::Pod>([this](const api::WatchEvent<api::Pod>& e) { OnPod(e); });
  store.Watch<api::Event>([this](const api::WatchEvent<api::Event>& e) { OnEvent(e); });
}

std::map<std::string, JobOutcome> TimelineRecorder::JobOutcomes() const {
  std::map<std::string, JobOutcome> out;
  for (const auto& [subject, job] : jobs_) {
    out[subject] = JobOutcome{job ? JobStatusLine(job->status) : "deleted", 0};
  }
  for (const auto& [subject, n] : pods_created_) out[subject].pods_created = n;
  return out;
}

void TimelineRecorder::OnJob(const api::WatchEvent<api::Job>& e) {
  const api::ObjectMeta& m = e.object->metadata;
  const std::string subject = names_.Subject("Job", m.namespace_, m.name);
  std::shared_ptr<const api::Job>& last = jobs_[subject];
  if (e.type == api::WatchType::kDeleted) {
    Add("Job", subject, "deleted");
    last = nullptr;
    return;
  }
  // A Job deleted and created again under its name starts over.
  const bool same = last && last->metadata.uid == m.uid;
  for (const std::string& what : JobChanges(same ? last.get() : nullptr, *e.object)) Add("Job", subject, what);
  last = e.object;
}

void TimelineRecorder::OnPod(const api::WatchEvent<api::Pod>& e) {
  const api::ObjectMeta& m = e.object->metadata;
  if (e.type == api::WatchType::kAdded) {
    const std::string subject = names_.AddPod(m.namespace_, m.name, m.generate_name);
    if (const std::string owner = OwnerSubject(*e.object); !owner.empty()) ++pods_created_[owner];
    for (const std::string& what : PodChanges(nullptr, *e.object)) Add("Pod", subject, what);
    pods_[subject] = e.object;
    return;
  }
  const std::string subject = names_.Subject("Pod", m.namespace_, m.name);
  if (e.type == api::WatchType::kDeleted) {
    Add("Pod", subject, "deleted");
    pods_.erase(subject);
    return;
  }
  std::shared_ptr<const api::Pod>& last = pods_[subject];
  for (const std::string& what : PodChanges(last.get(), *e.object)) Add("Pod", subject, what);
  last = e.object;
}

// Each write of an Event (a new one, or a repeat counted in an old one) is an
// entry; an Event expiring (DELETED) is not news about the cluster.
void TimelineRecorder::OnEvent(const api::WatchEvent<api::Event>& e) {
  if (e.type == api::WatchType::kDeleted) return;
  const api::Event& ev = *e.object;
  const api::ObjectReference& about = ev.involved_object;
  // Most Events are Normal; a timeline names the type of the others.
  const std::string type = ev.type == api::kEventNormal ? "" : ev.type + " ";
  std::string what = fmt::format("event {}{}: {}", type, ev.reason, names_.Normalize(ev.message));
  if (const int32_t n = Occurrences(ev); n > 1) what += fmt::format(" (x{})", n);
  std::string& last = event_texts_[Key(ev.metadata)];
  if (what == last) return;
  last = what;
  Add(about.kind, names_.Subject(about.kind, about.namespace_, about.name), what, ev.reason);
}

std::string TimelineRecorder::OwnerSubject(const api::Pod& pod) const {
  const api::ObjectMeta& m = pod.metadata;
  if (const api::OwnerReference* owner = m.ControllerRef()) {
    return owner->kind == "Job" ? names_.Subject("Job", m.namespace_, owner->name) : "";
  }
  for (const auto& [subject, job] : jobs_) {
    if (!job || job->metadata.namespace_ != m.namespace_ || !job->spec.selector || job->spec.selector->empty()) {
      continue;
    }
    api::Selector selector;
    if (api::Selector::FromLabelSelector(*job->spec.selector, selector).ok() && selector.Matches(*m.labels)) {
      return subject;
    }
  }
  return "";
}

void TimelineRecorder::Add(const std::string& kind, const std::string& subject, const std::string& what,
                           const std::string& reason) {
  entries_.push_back(TimelineEntry{clock_->ElapsedNowMs(), kind, subject, what, reason});
}

}  // namespace jobsim::scenario
