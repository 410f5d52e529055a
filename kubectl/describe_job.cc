#include "kubectl/describe_job.h"

#include <fmt/format.h>

#include "kubectl/describe_pod_spec.h"
#include "kubectl/describe_writer.h"
#include "kubectl/human_duration.h"
#include "kubectl/text_forms.h"

namespace jobsim::kubectl {
namespace {

std::string CompletionsText(const api::JobSpec& spec) {
  return spec.completions ? std::to_string(*spec.completions) : "<unset>";
}

void LegacyJob(const api::Job& job, DescribeWriter& w) {
  w.Write(0, "Name:\t" + job.metadata.name + "\n");
  w.Write(0, "Namespace:\t" + job.metadata.namespace_ + "\n");
  w.Write(0, "Image(s):\t" + ContainerImages(job.spec.template_.spec->containers) + "\n");
  w.Write(0, "Selector:\t" + SelectorString(job.spec.selector) + "\n");
  w.Write(0, fmt::format("Parallelism:\t{}\n", job.spec.parallelism.value_or(0)));
  w.Write(0, "Completions:\t" + CompletionsText(job.spec) + "\n");
  if (job.status.start_time) w.Write(0, "Start Time:\t" + Rfc1123Z(*job.status.start_time) + "\n");
  if (job.spec.active_deadline_seconds) {
    w.Write(0, fmt::format("Active Deadline Seconds:\t{}s\n", *job.spec.active_deadline_seconds));
  }
  w.Write(0, "Labels:\t" + FormatLabels(job.metadata.labels) + "\n");
  w.Write(0, fmt::format("Pods Statuses:\t{} Running / {} Succeeded / {} Failed\n", job.status.active,
                         job.status.succeeded, job.status.failed));
  WriteVolumes(w, job.spec.template_.spec->extra->value("volumes", api::Json()), "");
}

// describe.go capIndexesListOrNone.
std::string CapIndexes(const std::string& indexes, size_t soft_limit) {
  if (indexes.empty()) return "<none>";
  size_t ix = soft_limit;
  while (ix < indexes.size() && indexes[ix] != ',') ++ix;
  if (ix >= indexes.size()) return indexes;
  return indexes.substr(0, ix + 1) + "...";
}

// describe.go DescribePodTemplate.
void PodTemplate(const api::PodTemplateSpec& t, const KubectlRules& rules, DescribeWriter& w) {
  w.Write(0, "Pod Template:\n");
  WriteLabelsBlock(w, "  Labels", t.metadata.labels);
  if (!t.metadata.annotations.empty()) WriteAnnotationsBlock(w, "  Annotations", t.metadata.annotations);
  const std::string account = t.spec->extra->value("serviceAccountName", "");
  if (!account.empty()) w.Write(1, "Service Account:\t" + account + "\n");
  const ContainerContext context{nullptr, "  "};
  if (!t.spec->init_containers.empty()) WriteContainers(w, "Init Containers", t.spec->init_containers, {}, context);
  WriteContainers(w, "Containers", t.spec->containers, {}, context);
  WriteVolumes(w, t.spec->extra->value("volumes", api::Json()), "  ");
  const std::string priority_class = t.spec->extra->value("priorityClassName", "");
  if (!priority_class.empty()) w.Write(1, "Priority Class Name:\t" + priority_class + "\n");
  if (!rules.describe_job_suspend_and_template_placement) return;
  WriteNodeSelectors(w, "  Node-Selectors", t.spec);
  WriteTolerations(w, "  Tolerations", t.spec);
}

void ModernTimes(const api::Job& job, DescribeWriter& w) {
  const auto& st = job.status;
  if (st.start_time) w.Write(0, "Start Time:\t" + Rfc1123Z(*st.start_time) + "\n");
  if (st.completion_time) w.Write(0, "Completed At:\t" + Rfc1123Z(*st.completion_time) + "\n");
  if (st.start_time && st.completion_time) {
    w.Write(0, "Duration:\t" + HumanDuration(*st.completion_time - *st.start_time) + "\n");
  }
  if (job.spec.active_deadline_seconds) {
    w.Write(0, fmt::format("Active Deadline Seconds:\t{}s\n", *job.spec.active_deadline_seconds));
  }
}

void SuspendAndLimits(const api::JobSpec& spec, DescribeWriter& w) {
  if (spec.suspend) w.Write(0, std::string("Suspend:\t") + (*spec.suspend ? "true" : "false") + "\n");
  if (spec.backoff_limit) w.Write(0, fmt::format("Backoff Limit:\t{}\n", *spec.backoff_limit));
  if (spec.ttl_seconds_after_finished) {
    w.Write(0, fmt::format("TTL Seconds After Finished:\t{}\n", *spec.ttl_seconds_after_finished));
  }
}

void ModernJob(const api::Job& job, const KubectlRules& rules, DescribeWriter& w) {
  const api::JobSpec& spec = job.spec;
  w.Write(0, "Name:\t" + job.metadata.name + "\n");
  w.Write(0, "Namespace:\t" + job.metadata.namespace_ + "\n");
  w.Write(0, "Selector:\t" + SelectorString(spec.selector) + "\n");
  WriteLabelsBlock(w, "Labels", job.metadata.labels);
  WriteAnnotationsBlock(w, "Annotations", job.metadata.annotations);
  if (const api::OwnerReference* owner = job.metadata.ControllerRef()) {
    w.Write(0, "Controlled By:\t" + owner->kind + "/" + owner->name + "\n");
  }
  if (spec.parallelism) w.Write(0, fmt::format("Parallelism:\t{}\n", *spec.parallelism));
  w.Write(0, "Completions:\t" + CompletionsText(spec) + "\n");
  if (spec.completion_mode) w.Write(0, "Completion Mode:\t" + *spec.completion_mode + "\n");
  if (rules.describe_job_suspend_and_template_placement) SuspendAndLimits(spec, w);
  ModernTimes(job, w);
  const auto& st = job.status;
  if (st.ready) {
    w.Write(0, fmt::format("Pods Statuses:\t{} Active ({} Ready) / {} Succeeded / {} Failed\n", st.active, *st.ready,
                           st.succeeded, st.failed));
  } else {
    w.Write(0,
            fmt::format("Pods Statuses:\t{} Active / {} Succeeded / {} Failed\n", st.active, st.succeeded, st.failed));
  }
  if (spec.completion_mode == "Indexed")
    w.Write(0, "Completed Indexes:\t" + CapIndexes(st.completed_indexes, 50) + "\n");
  PodTemplate(spec.template_, rules, w);
}

}  // namespace

std::string DescribeJob(const api::Job& job, const EventList& events, UnixMs now, const KubectlRules& rules) {
  DescribeWriter w(rules.legacy_layout);
  if (rules.legacy_layout)
    LegacyJob(job, w);
  else
    ModernJob(job, rules, w);
  DescribeEvents(events, now, rules, w);
  return w.Finish();
}

}  // namespace jobsim::kubectl
