// The seam between the Job controller and the API for pods (upstream's
// PodControlInterface + RealPodControl in pkg/controller/controller_utils.go).
//
// NewPodForJob builds the pod a Job creates (pure). StorePodControl performs
// the calls against the Store and records the controller's pod events on the
// Job with upstream's exact messages:
//   SuccessfulCreate "Created pod: <name>"   FailedCreate "Error creating: <error>"
//   SuccessfulDelete "Deleted pod: <name>"   FailedDelete "Error deleting: <error>"
// A NotFound on delete is returned without an event, as upstream does.
// Tests substitute a fake that records calls (tests/controller/fake_client.h).
#pragma once

#include <string>

#include "controller/rules.h"
#include "fakeapi/event_recorder.h"
#include "fakeapi/status.h"
#include "fakeapi/store.h"
#include "fakeapi/types.h"

namespace jobsim::controller {

// Event reasons of pkg/controller/controller_utils.go.
inline constexpr const char* kSuccessfulCreatePodReason = "SuccessfulCreate";
inline constexpr const char* kFailedCreatePodReason = "FailedCreate";
inline constexpr const char* kSuccessfulDeletePodReason = "SuccessfulDelete";
inline constexpr const char* kFailedDeletePodReason = "FailedDelete";
// pkg/api/types.go (1.3-era CreatedByAnnotation).
inline constexpr const char* kCreatedByAnnotation = "kubernetes.io/created-by";

// The pod a Job creates: the template's labels, annotations, finalizers and
// spec, generateName "<job>-", in the Job's namespace; plus the controller
// ownerReference (rules.owner_references), the tracking finalizer
// (rules.finalizer_tracking) and the created-by annotation (rules.created_by_annotation).
// With a completion index (Indexed Jobs): the index annotation (and label,
// rules.pod_index_label), env JOB_COMPLETION_INDEX in every container that
// lacks it, hostname "<job>-<index>" and generateName "<job>-<index>-" (the
// Job name cut so that the prefix fits 58 characters).
api::Pod NewPodForJob(const api::Job& job, const ControllerRules& rules, int32_t completion_index = -1);

// The controller ownerReference a Job puts on its pods (metav1.NewControllerRef).
api::OwnerReference ControllerRefTo(const api::Job& job);

class PodControl {
 public:
  virtual ~PodControl() = default;
  // Creates pod (from NewPodForJob) on behalf of job.
  virtual api::Status CreatePod(const api::Job& job, const api::Pod& pod) = 0;
  virtual api::Status DeletePod(const api::Job& job, const api::Pod& pod) = 0;
  // Patch removing batch.kubernetes.io/job-tracking from the pod's finalizers.
  virtual api::Status RemoveTrackingFinalizer(const api::Pod& pod) = 0;
  // Adoption: adds the Job's controller ownerReference (and, with add_finalizer,
  // the tracking finalizer) to an orphan pod.
  virtual api::Status AdoptPod(const api::Job& job, const api::Pod& pod, bool add_finalizer) = 0;
  // Release: removes the Job's ownerReference from a pod its selector no longer matches.
  virtual api::Status ReleasePod(const api::Job& job, const api::Pod& pod) = 0;
};

class StorePodControl final : public PodControl {
 public:
  StorePodControl(api::Store& store, api::EventRecorder& events) : store_(store), events_(events) {}

  api::Status CreatePod(const api::Job& job, const api::Pod& pod) override;
  api::Status DeletePod(const api::Job& job, const api::Pod& pod) override;
  api::Status RemoveTrackingFinalizer(const api::Pod& pod) override;
  api::Status AdoptPod(const api::Job& job, const api::Pod& pod, bool add_finalizer) override;
  api::Status ReleasePod(const api::Job& job, const api::Pod& pod) override;

 private:
  // RefTo(job), kept from the last call: one sync creates (or deletes) up to
  // 500 pods of one Job version, each with an event about the Job. A new
  // version of the same Job changes only its resourceVersion, and keeps the
  // recorder's memo of it.
  const api::ObjectReference& RefToJob(const api::Job& job);

  api::Store& store_;
  api::EventRecorder& events_;
  api::ObjectReference job_ref_;
  api::InvolvedMemo job_ref_memo_;  // the recorder's, of job_ref_'s identity
  uint64_t job_ref_version_ = 0;  // 0: none kept
  api::Uid job_ref_uid_;
};

}  // namespace jobsim::controller
