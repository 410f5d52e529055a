// The pod-spec sections that `describe pod` and the "Pod Template:" of
// `describe job` share: labels and annotations blocks, containers (with or
// without their statuses), volumes, node selectors and tolerations.
//
// Modern layout: staging/src/k8s.io/kubectl/pkg/describe/describe.go
// (describeContainers, describeVolumes, printLabelsMultiline, ...). The
// 1.3-era layout (kubectl 1.2/1.3 pkg/kubectl/describe.go): labels on one
// line, "QoS Tier:" per container, "Environment Variables:", "No volumes.".
#pragma once

#include <string>
#include <vector>

#include "fakeapi/types.h"
#include "kubectl/describe_writer.h"

namespace jobsim::kubectl {

// printLabelsMultiline(w, title, labels): "Labels:\tk=v" then "\tk2=v2" lines,
// or "<none>". `title` may carry leading spaces ("  Labels").
void WriteLabelsBlock(DescribeWriter& w, const std::string& title, const api::StringMap& labels);
// printAnnotationsMultiline: skips last-applied-configuration, folds long values.
void WriteAnnotationsBlock(DescribeWriter& w, const std::string& title, const api::StringMap& annotations);

// Where containers are described from: the pod (statuses, env resolution)
// or a template (neither).
struct ContainerContext {
  const api::Pod* pod = nullptr;  // null for a pod template
  std::string space;              // "" for a pod, "  " for a template
};

// describeContainers (modern) / describeContainers (1.2) for `label`
// ("Containers", "Init Containers").
void WriteContainers(DescribeWriter& w, const std::string& label, const std::vector<api::Container>& containers,
                     const std::vector<api::ContainerStatus>& statuses, const ContainerContext& context);

// describeVolumes from spec.volumes (kept in PodSpec::extra).
void WriteVolumes(DescribeWriter& w, const api::Json& volumes, const std::string& space);

// printLabelsMultiline(spec.nodeSelector) and printPodTolerationsMultiline.
void WriteNodeSelectors(DescribeWriter& w, const std::string& title, const api::PodSpec& spec);
void WriteTolerations(DescribeWriter& w, const std::string& title, const api::PodSpec& spec);

// The "QoS" of a pod: status.qosClass, else computed from requests/limits.
std::string PodQosClass(const api::Pod& pod);

}  // namespace jobsim::kubectl
