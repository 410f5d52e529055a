#include "kubectl/go_field_order.h"

#include <algorithm>

namespace jobsim::kubectl {
namespace {

// Declaration order of the fields in the 2016 sources (release-1.3 to 1.5):
// pkg/api/v1/types.go, pkg/api/unversioned/types.go, pkg/apis/batch/v1/types.go,
// pkg/apis/extensions/v1beta1/types.go. Fields tagged json:"-" (the alpha
// init containers, kept in annotations then) are left out. Fields added after
// 2016 are not listed: the typed decode of kubectl 1.3 dropped them.

constexpr GoField kListMeta[] = {{"selfLink", ""}, {"resourceVersion", ""}};

constexpr GoField kList[] = {
    {"kind", ""}, {"apiVersion", ""}, {"metadata", "unversioned.ListMeta"}, {"items", kGoRawExtension}};

constexpr GoField kObjectMeta[] = {
    {"name", ""},
    {"generateName", ""},
    {"namespace", ""},
    {"selfLink", ""},
    {"uid", ""},
    {"resourceVersion", ""},
    {"generation", ""},
    {"creationTimestamp", ""},
    {"deletionTimestamp", ""},
    {"deletionGracePeriodSeconds", ""},
    {"labels", ""},
    {"annotations", ""},
    {"ownerReferences", "v1.OwnerReference"},
    {"finalizers", ""},
    {"clusterName", ""},
};

constexpr GoField kOwnerReference[] = {
    {"apiVersion", ""}, {"kind", ""}, {"name", ""}, {"uid", ""}, {"controller", ""}};

constexpr GoField kLabelSelector[] = {
    {"matchLabels", ""}, {"matchExpressions", "unversioned.LabelSelectorRequirement"}};

constexpr GoField kLabelSelectorRequirement[] = {{"key", ""}, {"operator", ""}, {"values", ""}};

// Pods.

constexpr GoField kPod[] = {
    {"kind", ""}, {"apiVersion", ""}, {"metadata", "v1.ObjectMeta"}, {"spec", "v1.PodSpec"}, {"status", "v1.PodStatus"}};

constexpr GoField kPodTemplateSpec[] = {{"metadata", "v1.ObjectMeta"}, {"spec", "v1.PodSpec"}};

constexpr GoField kPodSpec[] = {
    {"volumes", "v1.Volume"},
    {"containers", "v1.Container"},
    {"restartPolicy", ""},
    {"terminationGracePeriodSeconds", ""},
    {"activeDeadlineSeconds", ""},
    {"dnsPolicy", ""},
    {"nodeSelector", ""},
    {"serviceAccountName", ""},
    {"serviceAccount", ""},
    {"nodeName", ""},
    {"hostNetwork", ""},
    {"hostPID", ""},
    {"hostIPC", ""},
    {"securityContext", "v1.PodSecurityContext"},
    {"imagePullSecrets", "v1.LocalObjectReference"},
    {"hostname", ""},
    {"subdomain", ""},
};

constexpr GoField kPodSecurityContext[] = {{"seLinuxOptions", "v1.SELinuxOptions"},
                                           {"runAsUser", ""},
                                           {"runAsNonRoot", ""},
                                           {"supplementalGroups", ""},
                                           {"fsGroup", ""}};

constexpr GoField kSELinuxOptions[] = {{"user", ""}, {"role", ""}, {"type", ""}, {"level", ""}};

constexpr GoField kLocalObjectReference[] = {{"name", ""}};

// VolumeSource is inlined into Volume; only the sources a Job's pod commonly
// carries have tables of their own.
constexpr GoField kVolume[] = {
    {"name", ""},
    {"hostPath", "v1.HostPathVolumeSource"},
    {"emptyDir", "v1.EmptyDirVolumeSource"},
    {"gcePersistentDisk", ""},
    {"awsElasticBlockStore", ""},
    {"gitRepo", ""},
    {"secret", "v1.SecretVolumeSource"},
    {"nfs", ""},
    {"iscsi", ""},
    {"glusterfs", ""},
    {"persistentVolumeClaim", ""},
    {"rbd", ""},
    {"flexVolume", ""},
    {"cinder", ""},
    {"cephfs", ""},
    {"flocker", ""},
    {"downwardAPI", ""},
    {"fc", ""},
    {"azureFile", ""},
    {"configMap", "v1.ConfigMapVolumeSource"},
    {"vsphereVolume", ""},
    {"quobyte", ""},
    {"azureDisk", ""},
    {"photonPersistentDisk", ""},
};

constexpr GoField kHostPathVolumeSource[] = {{"path", ""}};
constexpr GoField kEmptyDirVolumeSource[] = {{"medium", ""}};
constexpr GoField kSecretVolumeSource[] = {{"secretName", ""}, {"items", "v1.KeyToPath"}, {"defaultMode", ""}};
constexpr GoField kConfigMapVolumeSource[] = {{"name", ""}, {"items", "v1.KeyToPath"}, {"defaultMode", ""}};
constexpr GoField kKeyToPath[] = {{"key", ""}, {"path", ""}, {"mode", ""}};

constexpr GoField kContainer[] = {
    {"name", ""},
    {"image", ""},
    {"command", ""},
    {"args", ""},
    {"workingDir", ""},
    {"ports", "v1.ContainerPort"},
    {"env", "v1.EnvVar"},
    {"resources", "v1.ResourceRequirements"},
    {"volumeMounts", "v1.VolumeMount"},
    {"livenessProbe", "v1.Probe"},
    {"readinessProbe", "v1.Probe"},
    {"lifecycle", "v1.Lifecycle"},
    {"terminationMessagePath", ""},
    {"imagePullPolicy", ""},
    {"securityContext", "v1.SecurityContext"},
    {"stdin", ""},
    {"stdinOnce", ""},
    {"tty", ""},
};

constexpr GoField kContainerPort[] = {
    {"name", ""}, {"hostPort", ""}, {"containerPort", ""}, {"protocol", ""}, {"hostIP", ""}};

constexpr GoField kEnvVar[] = {{"name", ""}, {"value", ""}, {"valueFrom", "v1.EnvVarSource"}};

constexpr GoField kEnvVarSource[] = {{"fieldRef", "v1.ObjectFieldSelector"},
                                     {"resourceFieldRef", "v1.ResourceFieldSelector"},
                                     {"configMapKeyRef", "v1.KeySelector"},
                                     {"secretKeyRef", "v1.KeySelector"}};

constexpr GoField kObjectFieldSelector[] = {{"apiVersion", ""}, {"fieldPath", ""}};
constexpr GoField kResourceFieldSelector[] = {{"containerName", ""}, {"resource", ""}, {"divisor", ""}};
// ConfigMapKeySelector and SecretKeySelector: LocalObjectReference inlined, then key.
constexpr GoField kKeySelector[] = {{"name", ""}, {"key", ""}};

constexpr GoField kResourceRequirements[] = {{"limits", ""}, {"requests", ""}};

constexpr GoField kVolumeMount[] = {{"name", ""}, {"readOnly", ""}, {"mountPath", ""}, {"subPath", ""}};

// Handler is inlined into Probe.
constexpr GoField kProbe[] = {
    {"exec", "v1.ExecAction"},      {"httpGet", "v1.HTTPGetAction"}, {"tcpSocket", "v1.TCPSocketAction"},
    {"initialDelaySeconds", ""},    {"timeoutSeconds", ""},          {"periodSeconds", ""},
    {"successThreshold", ""},       {"failureThreshold", ""},
};

constexpr GoField kHandler[] = {
    {"exec", "v1.ExecAction"}, {"httpGet", "v1.HTTPGetAction"}, {"tcpSocket", "v1.TCPSocketAction"}};

constexpr GoField kExecAction[] = {{"command", ""}};

constexpr GoField kHTTPGetAction[] = {
    {"path", ""}, {"port", ""}, {"host", ""}, {"scheme", ""}, {"httpHeaders", "v1.HTTPHeader"}};

constexpr GoField kHTTPHeader[] = {{"name", ""}, {"value", ""}};

constexpr GoField kTCPSocketAction[] = {{"port", ""}};

constexpr GoField kLifecycle[] = {{"postStart", "v1.Handler"}, {"preStop", "v1.Handler"}};

constexpr GoField kSecurityContext[] = {{"capabilities", "v1.Capabilities"},
                                        {"privileged", ""},
                                        {"seLinuxOptions", "v1.SELinuxOptions"},
                                        {"runAsUser", ""},
                                        {"runAsNonRoot", ""},
                                        {"readOnlyRootFilesystem", ""}};

constexpr GoField kCapabilities[] = {{"add", ""}, {"drop", ""}};

constexpr GoField kPodStatus[] = {
    {"phase", ""},  {"conditions", "v1.PodCondition"}, {"message", ""},
    {"reason", ""}, {"hostIP", ""},                    {"podIP", ""},
    {"startTime", ""}, {"containerStatuses", "v1.ContainerStatus"},
};

constexpr GoField kPodCondition[] = {{"type", ""},           {"status", ""}, {"lastProbeTime", ""},
                                     {"lastTransitionTime", ""}, {"reason", ""}, {"message", ""}};

constexpr GoField kContainerStatus[] = {
    {"name", ""},  {"state", "v1.ContainerState"}, {"lastState", "v1.ContainerState"},
    {"ready", ""}, {"restartCount", ""},           {"image", ""},
    {"imageID", ""}, {"containerID", ""},
};

constexpr GoField kContainerState[] = {{"waiting", "v1.ContainerStateWaiting"},
                                       {"running", "v1.ContainerStateRunning"},
                                       {"terminated", "v1.ContainerStateTerminated"}};

constexpr GoField kContainerStateWaiting[] = {{"reason", ""}, {"message", ""}};
constexpr GoField kContainerStateRunning[] = {{"startedAt", ""}};
constexpr GoField kContainerStateTerminated[] = {{"exitCode", ""},  {"signal", ""},     {"reason", ""},
                                                 {"message", ""},   {"startedAt", ""},  {"finishedAt", ""},
                                                 {"containerID", ""}};

// Jobs: batch/v1 has manualSelector where extensions/v1beta1 has autoSelector;
// their JobStatus and JobCondition declare the same fields, so share one table.

constexpr GoField kBatchJob[] = {{"kind", ""},
                                 {"apiVersion", ""},
                                 {"metadata", "v1.ObjectMeta"},
                                 {"spec", "batch/v1.JobSpec"},
                                 {"status", "batch/v1.JobStatus"}};

constexpr GoField kBatchJobSpec[] = {{"parallelism", ""},
                                     {"completions", ""},
                                     {"activeDeadlineSeconds", ""},
                                     {"selector", "unversioned.LabelSelector"},
                                     {"manualSelector", ""},
                                     {"template", "v1.PodTemplateSpec"}};

constexpr GoField kExtensionsJob[] = {{"kind", ""},
                                      {"apiVersion", ""},
                                      {"metadata", "v1.ObjectMeta"},
                                      {"spec", "extensions/v1beta1.JobSpec"},
                                      {"status", "batch/v1.JobStatus"}};

constexpr GoField kExtensionsJobSpec[] = {{"parallelism", ""},
                                          {"completions", ""},
                                          {"activeDeadlineSeconds", ""},
                                          {"selector", "unversioned.LabelSelector"},
                                          {"autoSelector", ""},
                                          {"template", "v1.PodTemplateSpec"}};

constexpr GoField kJobStatus[] = {{"conditions", "batch/v1.JobCondition"},
                                  {"startTime", ""},
                                  {"completionTime", ""},
                                  {"active", ""},
                                  {"succeeded", ""},
                                  {"failed", ""}};

constexpr GoField kJobCondition[] = {{"type", ""},           {"status", ""}, {"lastProbeTime", ""},
                                     {"lastTransitionTime", ""}, {"reason", ""}, {"message", ""}};

// Events.

constexpr GoField kEvent[] = {
    {"kind", ""},    {"apiVersion", ""},     {"metadata", "v1.ObjectMeta"},
    {"involvedObject", "v1.ObjectReference"}, {"reason", ""},  {"message", ""},
    {"source", "v1.EventSource"},             {"firstTimestamp", ""}, {"lastTimestamp", ""},
    {"count", ""},   {"type", ""},
};

constexpr GoField kObjectReference[] = {{"kind", ""}, {"namespace", ""},       {"name", ""},     {"uid", ""},
                                        {"apiVersion", ""}, {"resourceVersion", ""}, {"fieldPath", ""}};

constexpr GoField kEventSource[] = {{"component", ""}, {"host", ""}};

// Nodes and namespaces.

constexpr GoField kNode[] = {{"kind", ""},
                             {"apiVersion", ""},
                             {"metadata", "v1.ObjectMeta"},
                             {"spec", "v1.NodeSpec"},
                             {"status", "v1.NodeStatus"}};

constexpr GoField kNodeSpec[] = {{"podCIDR", ""}, {"externalID", ""}, {"providerID", ""}, {"unschedulable", ""}};

constexpr GoField kNodeStatus[] = {
    {"capacity", ""},
    {"allocatable", ""},
    {"phase", ""},
    {"conditions", "v1.NodeCondition"},
    {"addresses", "v1.NodeAddress"},
    {"daemonEndpoints", "v1.NodeDaemonEndpoints"},
    {"nodeInfo", "v1.NodeSystemInfo"},
    {"images", "v1.ContainerImage"},
    {"volumesInUse", ""},
    {"volumesAttached", "v1.AttachedVolume"},
};

constexpr GoField kNodeCondition[] = {{"type", ""},           {"status", ""}, {"lastHeartbeatTime", ""},
                                      {"lastTransitionTime", ""}, {"reason", ""}, {"message", ""}};

constexpr GoField kNodeAddress[] = {{"type", ""}, {"address", ""}};

constexpr GoField kNodeDaemonEndpoints[] = {{"kubeletEndpoint", "v1.DaemonEndpoint"}};

constexpr GoField kDaemonEndpoint[] = {{"Port", ""}};  // json:"Port", capitalised upstream

constexpr GoField kNodeSystemInfo[] = {
    {"machineID", ""},     {"systemUUID", ""},       {"bootID", ""},
    {"kernelVersion", ""}, {"osImage", ""},          {"containerRuntimeVersion", ""},
    {"kubeletVersion", ""}, {"kubeProxyVersion", ""}, {"operatingSystem", ""},
    {"architecture", ""},
};

constexpr GoField kContainerImage[] = {{"names", ""}, {"sizeBytes", ""}};

constexpr GoField kAttachedVolume[] = {{"name", ""}, {"devicePath", ""}};

constexpr GoField kNamespace[] = {{"kind", ""},
                                  {"apiVersion", ""},
                                  {"metadata", "v1.ObjectMeta"},
                                  {"spec", "v1.NamespaceSpec"},
                                  {"status", "v1.NamespaceStatus"}};

constexpr GoField kNamespaceSpec[] = {{"finalizers", ""}};
constexpr GoField kNamespaceStatus[] = {{"phase", ""}};

struct GoStruct {
  std::string_view name;
  std::span<const GoField> fields;
};

constexpr GoStruct kStructs[] = {
    {"unversioned.ListMeta", kListMeta},
    {"unversioned.LabelSelector", kLabelSelector},
    {"unversioned.LabelSelectorRequirement", kLabelSelectorRequirement},
    {"v1.List", kList},
    {"v1.ObjectMeta", kObjectMeta},
    {"v1.OwnerReference", kOwnerReference},
    {"v1.Pod", kPod},
    {"v1.PodTemplateSpec", kPodTemplateSpec},
    {"v1.PodSpec", kPodSpec},
    {"v1.PodSecurityContext", kPodSecurityContext},
    {"v1.SELinuxOptions", kSELinuxOptions},
    {"v1.LocalObjectReference", kLocalObjectReference},
    {"v1.Volume", kVolume},
    {"v1.HostPathVolumeSource", kHostPathVolumeSource},
    {"v1.EmptyDirVolumeSource", kEmptyDirVolumeSource},
    {"v1.SecretVolumeSource", kSecretVolumeSource},
    {"v1.ConfigMapVolumeSource", kConfigMapVolumeSource},
    {"v1.KeyToPath", kKeyToPath},
    {"v1.Container", kContainer},
    {"v1.ContainerPort", kContainerPort},
    {"v1.EnvVar", kEnvVar},
    {"v1.EnvVarSource", kEnvVarSource},
    {"v1.ObjectFieldSelector", kObjectFieldSelector},
    {"v1.ResourceFieldSelector", kResourceFieldSelector},
    {"v1.KeySelector", kKeySelector},
    {"v1.ResourceRequirements", kResourceRequirements},
    {"v1.VolumeMount", kVolumeMount},
    {"v1.Probe", kProbe},
    {"v1.Handler", kHandler},
    {"v1.ExecAction", kExecAction},
    {"v1.HTTPGetAction", kHTTPGetAction},
    {"v1.HTTPHeader", kHTTPHeader},
    {"v1.TCPSocketAction", kTCPSocketAction},
    {"v1.Lifecycle", kLifecycle},
    {"v1.SecurityContext", kSecurityContext},
    {"v1.Capabilities", kCapabilities},
    {"v1.PodStatus", kPodStatus},
    {"v1.PodCondition", kPodCondition},
    {"v1.ContainerStatus", kContainerStatus},
    {"v1.ContainerState", kContainerState},
    {"v1.ContainerStateWaiting", kContainerStateWaiting},
    {"v1.ContainerStateRunning", kContainerStateRunning},
    {"v1.ContainerStateTerminated", kContainerStateTerminated},
    {"batch/v1.Job", kBatchJob},
    {"batch/v1.JobSpec", kBatchJobSpec},
    {"batch/v1.JobStatus", kJobStatus},
    {"batch/v1.JobCondition", kJobCondition},
    {"extensions/v1beta1.Job", kExtensionsJob},
    {"extensions/v1beta1.JobSpec", kExtensionsJobSpec},
    {"v1.Event", kEvent},
    {"v1.ObjectReference", kObjectReference},
    {"v1.EventSource", kEventSource},
    {"v1.Node", kNode},
    {"v1.NodeSpec", kNodeSpec},
    {"v1.NodeStatus", kNodeStatus},
    {"v1.NodeCondition", kNodeCondition},
    {"v1.NodeAddress", kNodeAddress},
    {"v1.NodeDaemonEndpoints", kNodeDaemonEndpoints},
    {"v1.DaemonEndpoint", kDaemonEndpoint},
    {"v1.NodeSystemInfo", kNodeSystemInfo},
    {"v1.ContainerImage", kContainerImage},
    {"v1.AttachedVolume", kAttachedVolume},
    {"v1.Namespace", kNamespace},
    {"v1.NamespaceSpec", kNamespaceSpec},
    {"v1.NamespaceStatus", kNamespaceStatus},
};

struct GoKind {
  std::string_view api_version;
  std::string_view kind;
  std::string_view type;
};

constexpr GoKind kKinds[] = {
    {"v1", "List", "v1.List"},
    {"v1", "Pod", "v1.Pod"},
    {"v1", "Event", "v1.Event"},
    {"v1", "Node", "v1.Node"},
    {"v1", "Namespace", "v1.Namespace"},
    {"batch/v1", "Job", "batch/v1.Job"},
    {"extensions/v1beta1", "Job", "extensions/v1beta1.Job"},
};

}  // namespace

std::span<const GoField> GoStructFields(std::string_view type) {
  const auto* it = std::find_if(std::begin(kStructs), std::end(kStructs),
                                [&](const GoStruct& s) { return s.name == type; });
  return it == std::end(kStructs) ? std::span<const GoField>() : it->fields;
}

std::string_view GoObjectType(std::string_view api_version, std::string_view kind) {
  const auto* it = std::find_if(std::begin(kKinds), std::end(kKinds), [&](const GoKind& k) {
    return k.api_version == api_version && k.kind == kind;
  });
  return it == std::end(kKinds) ? std::string_view() : it->type;
}

}  // namespace jobsim::kubectl
