// The OpenAPI v3 component schemas jobsim serves (server/openapi_schemas.h),
// as data. Reduced from upstream: the Go API types and their generated docs
// (k8s.io/api core/v1, batch/v1, events/v1 types.go and
// types_swagger_doc_generated.go at kubernetes/api 10b39a39b; k8s.io/apimachinery
// pkg/apis/meta/v1 at eed236ce), rendered the way kube-openapi does for
// api/openapi-spec/v3: one schema per type, fields as properties with the
// upstream description, `required` for fields without +optional/omitempty,
// references as allOf:[{$ref}]. The types a Job, Pod, Event, Node or
// Namespace manifest commonly spells out carry their properties; the others
// (Volume, Probe, Affinity, SecurityContext, ...) are kept as described but
// opaque objects, which `kubectl explain` prints without fields and field
// validation does not look into.
// The vendor extensions are kube-openapi's (k8s.io/kube-openapi
// pkg/generators), derived from the same types.go: x-kubernetes-patch-strategy
// and -patch-merge-key from the patchStrategy/patchMergeKey struct tags,
// x-kubernetes-list-type, -list-map-keys and -map-type from the +listType,
// +listMapKey, +mapType and +structType markers of a field, -map-type from a
// type's +structType, -unions from +union/+unionDiscriminator (union.go); as
// upstream's api/openapi-spec/v3/*.json and swagger.json carry them (checked
// against kubernetes/kubernetes api/openapi-spec/v3/apis__batch__v1_openapi.json:
// Container, UncountedTerminatedPods, the union of AppArmorProfile).
#include "server/openapi_schemas.h"

namespace jobsim::server {

const char* OpenApiSchemasText() {
  return R"json({
 "io.k8s.api.batch.v1.Job": {
  "description": "Job represents the configuration of a single job.",
  "properties": {
   "apiVersion": {
    "description": "APIVersion defines the versioned schema of this representation of an object. Servers should convert recognized schemas to the latest internal value, and may reject unrecognized values. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#resources",
    "type": "string"
   },
   "kind": {
    "description": "Kind is a string value representing the REST resource this object represents. Servers may infer this from the endpoint the client submits requests to. Cannot be updated. In CamelCase. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#types-kinds",
    "type": "string"
   },
   "metadata": {
    "allOf": [
     {
      "$ref": "#/components/schemas/io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta"
     }
    ],
    "description": "Standard object's metadata. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#metadata"
   },
   "spec": {
    "allOf": [
     {
      "$ref": "#/components/schemas/io.k8s.api.batch.v1.JobSpec"
     }
    ],
    "description": "Specification of the desired behavior of a job. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#spec-and-status"
   },
   "status": {
    "allOf": [
     {
      "$ref": "#/components/schemas/io.k8s.api.batch.v1.JobStatus"
     }
    ],
    "description": "Current status of a job. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#spec-and-status"
   }
  },
  "type": "object"
 },
 "io.k8s.api.batch.v1.JobCondition": {
  "description": "JobCondition describes current state of a job.",
  "properties": {
   "lastProbeTime": {
    "description": "Last time the condition was checked.",
    "format": "date-time",
    "type": "string"
   },
   "lastTransitionTime": {
    "description": "Last time the condition transit from one status to another.",
    "format": "date-time",
    "type": "string"
   },
   "message": {
    "description": "Human readable message indicating details about last transition.",
    "type": "string"
   },
   "reason": {
    "description": "(brief) reason for the condition's last transition.",
    "type": "string"
   },
   "status": {
    "description": "Status of the condition, one of True, False, Unknown.",
    "type": "string"
   },
   "type": {
    "description": "Type of job condition, Complete or Failed.",
    "type": "string"
   }
  },
  "required": [
   "type",
   "status"
  ],
  "type": "object"
 },
 "io.k8s.api.batch.v1.JobSchedulingConfiguration": {
  "description": "JobSchedulingConfiguration composes the reusable workload-aware scheduling building blocks.",
  "type": "object"
 },
 "io.k8s.api.batch.v1.JobSpec": {
  "description": "JobSpec describes how the job execution will look like.",
  "properties": {
   "activeDeadlineSeconds": {
    "description": "Specifies the duration in seconds relative to the startTime that the job may be continuously active before the system tries to terminate it; value must be positive integer. If a Job is suspended (at creation or through an update), this timer will effectively be stopped and reset when the Job is resumed again.",
    "format": "int64",
    "type": "integer"
   },
   "backoffLimit": {
    "description": "Specifies the number of retries before marking this job failed. Defaults to 6, unless backoffLimitPerIndex (only Indexed Job) is specified. When backoffLimitPerIndex is specified, backoffLimit defaults to 2147483647.",
    "format": "int32",
    "type": "integer"
   },
   "backoffLimitPerIndex": {
    "description": "Specifies the limit for the number of retries within an index before marking this index as failed. When enabled the number of failures per index is kept in the pod's batch.kubernetes.io/job-index-failure-count annotation. It can only be set when Job's completionMode=Indexed, and the Pod's restart policy is Never. The field is immutable.",
    "format": "int32",
    "type": "integer"
   },
   "completionMode": {
    "description": "completionMode specifies how Pod completions are tracked. It can be `NonIndexed` (default) or `Indexed`.\n\n`NonIndexed` means that the Job is considered complete when there have been .spec.completions successfully completed Pods. Each Pod completion is homologous to each other.\n\n`Indexed` means that the Pods of a Job get an associated completion index from 0 to (.spec.completions - 1), available in the annotation batch.kubernetes.io/job-completion-index. The Job is considered complete when there is one successfully completed Pod for each index. When value is `Indexed`, .spec.completions must be specified and `.spec.parallelism` must be less than or equal to 10^5. In addition, The Pod name takes the form `$(job-name)-$(index)-$(random-string)`, the Pod hostname takes the form `$(job-name)-$(index)`.\n\nMore completion modes can be added in the future. If the Job controller observes a mode that it doesn't recognize, which is possible during upgrades due to version skew, the controller skips updates for the Job.",
    "type": "string"
   },
   "completions": {
    "description": "Specifies the desired number of successfully finished pods the job should be run with.  Setting to null means that the success of any pod signals the success of all pods, and allows parallelism to have any positive value.  Setting to 1 means that parallelism is limited to 1 and the success of that pod signals the success of the job. More info: https://kubernetes.io/docs/concepts/workloads/controllers/jobs-run-to-completion/",
    "format": "int32",
    "type": "integer"
   },
   "managedBy": {
    "description": "ManagedBy field indicates the controller that manages a Job. The k8s Job controller reconciles jobs which don't have this field at all or the field value is the reserved string `kubernetes.io/job-controller`, but skips reconciling Jobs with a custom value for this field. The value must be a valid domain-prefixed path (e.g. acme.io/foo) - all characters before the first \"/\" must be a valid subdomain as defined by RFC 1123. All characters trailing the first \"/\" must be valid HTTP Path characters as defined by RFC 3986. The value cannot exceed 63 characters. This field is immutable.",
    "type": "string"
   },
   "manualSelector": {
    "description": "manualSelector controls generation of pod labels and pod selectors. Leave `manualSelector` unset unless you are certain what you are doing. When false or unset, the system pick labels unique to this job and appends those labels to the pod template.  When true, the user is responsible for picking unique labels and specifying the selector.  Failure to pick a unique label may cause this and other jobs to not function correctly.  However, You may see `manualSelector=true` in jobs that were created with the old `extensions/v1beta1` API. More info: https://kubernetes.io/docs/concepts/workloads/controllers/jobs-run-to-completion/#specifying-your-own-pod-selector",
    "type": "boolean"
   },
   "maxFailedIndexes": {
    "description": "Specifies the maximal number of failed indexes before marking the Job as failed, when backoffLimitPerIndex is set. Once the number of failed indexes exceeds this number the entire Job is marked as Failed and its execution is terminated. When left as null the job continues execution of all of its indexes and is marked with the `Complete` Job condition. It can only be specified when backoffLimitPerIndex is set. It can be null or up to completions. It is required and must be less than or equal to 10^4 when is completions greater than 10^5.",
    "format": "int32",
    "type": "integer"
   },
   "parallelism": {
    "description": "Specifies the maximum desired number of pods the job should run at any given time. The actual number of pods running in steady state will be less than this number when ((.spec.completions - .status.successful) < .spec.parallelism), i.e. when the work left to do is less than max parallelism. More info: https://kubernetes.io/docs/concepts/workloads/controllers/jobs-run-to-completion/",
    "format": "int32",
    "type": "integer"
   },
   "podFailurePolicy": {
    "allOf": [
     {
      "$ref": "#/components/schemas/io.k8s.api.batch.v1.PodFailurePolicy"
     }
    ],
    "description": "Specifies the policy of handling failed pods. In particular, it allows to specify the set of actions and conditions which need to be satisfied to take the associated action. If empty, the default behaviour applies - the counter of failed pods, represented by the jobs's .status.failed field, is incremented and it is checked against the backoffLimit. This field cannot be used in combination with restartPolicy=OnFailure."
   },
   "podReplacementPolicy": {
    "description": "podReplacementPolicy specifies when to create replacement Pods. Possible values are: - TerminatingOrFailed means that we recreate pods\n  when they are terminating (has a metadata.deletionTimestamp) or failed.\n- Failed means to wait until a previously created Pod is fully terminated (has phase\n  Failed or Succeeded) before creating a replacement Pod.\n\nWhen using podFailurePolicy, Failed is the the only allowed value. TerminatingOrFailed and Failed are allowed values when podFailurePolicy is not in use.",
    "type": "string"
   },
   "scheduling": {
    "allOf": [
     {
      "$ref": "#/components/schemas/io.k8s.api.batch.v1.JobSchedulingConfiguration"
     }
    ],
    "description": "scheduling defines the Workload-aware Scheduling configuration for this Job. When set, it specifies the scheduling policy (basic or gang), topology constraints, disruption mode, and shared resource claims. When omitted, the Job defaults to the basic scheduling policy, which behaves as standard pod-by-pod scheduling. This field is alpha-level and requires the WorkloadWithJob feature gate. This field is immutable, including whether it is set at all, only policy.gang.minCount may be changed after creation."
   },
   "selector": {
    "allOf": [
     {
      "$ref": "#/components/schemas/io.k8s.apimachinery.pkg.apis.meta.v1.LabelSelector"
     }
    ],
    "description": "A label query over pods that should match the pod count. Normally, the system sets this field for you. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/labels/#label-selectors"
   },
   "successPolicy": {
    "allOf": [
     {
      "$ref": "#/components/schemas/io.k8s.api.batch.v1.SuccessPolicy"
     }
    ],
    "description": "successPolicy specifies the policy when the Job can be declared as succeeded. If empty, the default behavior applies - the Job is declared as succeeded only when the number of succeeded pods equals to the completions. When the field is specified, it must be immutable and works only for the Indexed Jobs. Once the Job meets the SuccessPolicy, the lingering pods are terminated."
   },
   "suspend": {
    "description": "suspend specifies whether the Job controller should create Pods or not. If a Job is created with suspend set to true, no Pods are created by the Job controller. If a Job is suspended after creation (i.e. the flag goes from false to true), the Job controller will delete all active Pods associated with this Job. Users must design their workload to gracefully handle this. Suspending a Job will reset the StartTime field of the Job, effectively resetting the ActiveDeadlineSeconds timer too. Defaults to false.",
    "type": "boolean"
   },
   "template": {
    "allOf": [
     {
      "$ref": "#/components/schemas/io.k8s.api.core.v1.PodTemplateSpec"
     }
    ],
    "description": "Describes the pod that will be created when executing a job. The only allowed template.spec.restartPolicy values are \"Never\" or \"OnFailure\". More info: https://kubernetes.io/docs/concepts/workloads/controllers/jobs-run-to-completion/"
   },
   "ttlSecondsAfterFinished": {
    "description": "ttlSecondsAfterFinished limits the lifetime of a Job that has finished execution (either Complete or Failed). If this field is set, ttlSecondsAfterFinished after the Job finishes, it is eligible to be automatically deleted. When the Job is being deleted, its lifecycle guarantees (e.g. finalizers) will be honored. If this field is unset, the Job won't be automatically deleted. If this field is set to zero, the Job becomes eligible to be deleted immediately after it finishes.",
    "format": "int32",
    "type": "integer"
   }
  },
  "required": [
   "template"
  ],
  "type": "object"
 },
 "io.k8s.api.batch.v1.JobStatus": {
  "description": "JobStatus represents the current state of a Job.",
  "properties": {
   "active": {
    "description": "The number of pending and running pods which are not terminating (without a deletionTimestamp). The value is zero for finished jobs.",
    "format": "int32",
    "type": "integer"
   },
   "completedIndexes": {
    "description": "completedIndexes holds the completed indexes when .spec.completionMode = \"Indexed\" in a text format. The indexes are represented as decimal integers separated by commas. The numbers are listed in increasing order. Three or more consecutive numbers are compressed and represented by the first and last element of the series, separated by a hyphen. For example, if the completed indexes are 1, 3, 4, 5 and 7, they are represented as \"1,3-5,7\".",
    "type": "string"
   },
   "completionTime": {
    "description": "Represents time when the job was completed. It is not guaranteed to be set in happens-before order across separate operations. It is represented in RFC3339 form and is in UTC. The completion time is set when the job finishes successfully, and only then. The value cannot be updated or removed. The value indicates the same or later point in time as the startTime field.",
    "format": "date-time",
    "type": "string"
   },
   "conditions": {
    "description": "The latest available observations of an object's current state. When a Job fails, one of the conditions will have type \"Failed\" and status true. When a Job is suspended, one of the conditions will have type \"Suspended\" and status true; when the Job is resumed, the status of this condition will become false. When a Job is completed, one of the conditions will have type \"Complete\" and status true.\n\nA job is considered finished when it is in a terminal condition, either \"Complete\" or \"Failed\". A Job cannot have both the \"Complete\" and \"Failed\" conditions. Additionally, it cannot be in the \"Complete\" and \"FailureTarget\" conditions. The \"Complete\", \"Failed\" and \"FailureTarget\" conditions cannot be disabled.\n\nMore info: https://kubernetes.io/docs/concepts/workloads/controllers/jobs-run-to-completion/",
    "items": {
     "allOf": [
      {
       "$ref": "#/components/schemas/io.k8s.api.batch.v1.JobCondition"
      }
     ]
    },
    "type": "array",
    "x-kubernetes-list-type": "atomic",
    "x-kubernetes-patch-merge-key": "type",
    "x-kubernetes-patch-strategy": "merge"
   },
   "failed": {
    "description": "The number of pods which reached phase Failed. The value increases monotonically.",
    "format": "int32",
    "type": "integer"
   },
   "failedIndexes": {
    "description": "FailedIndexes holds the failed indexes when spec.backoffLimitPerIndex is set. The indexes are represented in the text format analogous as for the `completedIndexes` field, ie. they are kept as decimal integers separated by commas. The numbers are listed in increasing order. Three or more consecutive numbers are compressed and represented by the first and last element of the series, separated by a hyphen. For example, if the failed indexes are 1, 3, 4, 5 and 7, they are represented as \"1,3-5,7\". The set of failed indexes cannot overlap with the set of completed indexes.",
    "type": "string"
   },
   "ready": {
    "description": "The number of active pods which have a Ready condition and are not terminating (without a deletionTimestamp).",
    "format": "int32",
    "type": "integer"
   },
   "startTime": {
    "description": "Represents time when the job controller started processing a job. When a Job is created in the suspended state, this field is not set until the first time it is resumed. This field is reset every time a Job is resumed from suspension. It is represented in RFC3339 form and is in UTC.\n\nOnce set, the field can only be removed when the job is suspended. The field cannot be modified while the job is unsuspended or finished.",
    "format": "date-time",
    "type": "string"
   },
   "succeeded": {
    "description": "The number of pods which reached phase Succeeded. The value increases monotonically for a given spec. However, it may decrease in reaction to scale down of elastic indexed jobs.",
    "format": "int32",
    "type": "integer"
   },
   "terminating": {
    "description": "The number of pods which are terminating (in phase Pending or Running and have a deletionTimestamp).",
    "format": "int32",
    "type": "integer"
   },
   "uncountedTerminatedPods": {
    "allOf": [
     {
      "$ref": "#/components/schemas/io.k8s.api.batch.v1.UncountedTerminatedPods"
     }
    ],
    "description": "uncountedTerminatedPods holds the UIDs of Pods that have terminated but the job controller hasn't yet accounted for in the status counters.\n\nThe job controller creates pods with a finalizer. When a pod terminates (succeeded or failed), the controller does three steps to account for it in the job status:\n\n1. Add the pod UID to the arrays in this field. 2. Remove the pod finalizer. 3. Remove the pod UID from the arrays while increasing the corresponding\n    counter.\n\nOld jobs might not be tracked using this field, in which case the field remains null. The structure is empty for finished jobs."
   }
  },
  "type": "object"
 },
 "io.k8s.api.batch.v1.PodFailurePolicy": {
  "description": "PodFailurePolicy describes how failed pods influence the backoffLimit.",
  "properties": {
   "rules": {
    "description": "A list of pod failure policy rules. The rules are evaluated in order. Once a rule matches a Pod failure, the remaining of the rules are ignored. When no rule matches the Pod failure, the default handling applies - the counter of pod failures is incremented and it is checked against the backoffLimit. At most 20 elements are allowed.",
    "items": {
     "allOf": [
      {
       "$ref": "#/components/schemas/io.k8s.api.batch.v1.PodFailurePolicyRule"
      }
     ]
    },
    "type": "array",
    "x-kubernetes-list-type": "atomic"
   }
  },
  "required": [
   "rules"
  ],
  "type": "object"
 },
 "io.k8s.api.batch.v1.PodFailurePolicyOnExitCodesRequirement": {
  "description": "PodFailurePolicyOnExitCodesRequirement describes the requirement for handling a failed pod based on its container exit codes. In particular, it lookups the .state.terminated.exitCode for each app container and init container status, represented by the .status.containerStatuses and .status.initContainerStatuses fields in the Pod status, respectively. Containers completed with success (exit code 0) are excluded from the requirement check.",
  "properties": {
   "containerName": {
    "description": "Restricts the check for exit codes to the container with the specified name. When null, the rule applies to all containers. When specified, it should match one the container or initContainer names in the pod template.",
    "type": "string"
   },
   "operator": {
    "description": "Represents the relationship between the container exit code(s) and the specified values. Containers completed with success (exit code 0) are excluded from the requirement check. Possible values are:\n\n- In: the requirement is satisfied if at least one container exit code\n  (might be multiple if there are multiple containers not restricted\n  by the 'containerName' field) is in the set of specified values.\n- NotIn: the requirement is satisfied if at least one container exit code\n  (might be multiple if there are multiple containers not restricted\n  by the 'containerName' field) is not in the set of specified values.\nAdditional values are considered to be added in the future. Clients should react to an unknown operator by assuming the requirement is not satisfied.",
    "type": "string"
   },
   "values": {
    "description": "Specifies the set of values. Each returned container exit code (might be multiple in case of multiple containers) is checked against this set of values with respect to the operator. The list of values must be ordered and must not contain duplicates. Value '0' cannot be used for the In operator. At least one element is required. At most 255 elements are allowed.",
    "items": {
     "format": "int32",
     "type": "integer"
    },
    "type": "array",
    "x-kubernetes-list-type": "set"
   }
  },
  "required": [
   "operator",
   "values"
  ],
  "type": "object"
 },
 "io.k8s.api.batch.v1.PodFailurePolicyOnPodConditionsPattern": {
  "description": "PodFailurePolicyOnPodConditionsPattern describes a pattern for matching an actual pod condition type.",
  "properties": {
   "status": {
    "description": "Specifies the required Pod condition status. To match a pod condition it is required that the specified status equals the pod condition status. Defaults to True.",
    "type": "string"
   },
   "type": {
    "description": "Specifies the required Pod condition type. To match a pod condition it is required that specified type equals the pod condition type.",
    "type": "string"
   }
  },
  "required": [
   "type"
  ],
  "type": "object"
 },
 "io.k8s.api.batch.v1.PodFailurePolicyRule": {
  "description": "PodFailurePolicyRule describes how a pod failure is handled when the requirements are met. One of onExitCodes and onPodConditions, but not both, can be used in each rule.",
  "properties": {
   "action": {
    "description": "Specifies the action taken on a pod failure when the requirements are satisfied. Possible values are:\n\n- FailJob: indicates that the pod's job is marked as Failed and all\n  running pods are terminated.\n- FailIndex: indicates that the pod's index is marked as Failed and will\n  not be restarted.\n- Ignore: indicates that the counter towards the .backoffLimit is not\n  incremented and a replacement pod is created.\n- Count: indicates that the pod is handled in the default way - the\n  counter towards the .backoffLimit is incremented.\nAdditional values are considered to be added in the future. Clients should react to an unknown action by skipping the rule.",
    "type": "string"
   },
   "onExitCodes": {
    "allOf": [
     {
      "$ref": "#/components/schemas/io.k8s.api.batch.v1.PodFailurePolicyOnExitCodesRequirement"
     }
    ],
    "description": "Represents the requirement on the container exit codes."
   },
   "onPodConditions": {
    "description": "Represents the requirement on the pod conditions. The requirement is represented as a list of pod condition patterns. The requirement is satisfied if at least one pattern matches an actual pod condition. At most 20 elements are allowed.",
    "items": {
     "allOf": [
      {
       "$ref": "#/components/schemas/io.k8s.api.batch.v1.PodFailurePolicyOnPodConditionsPattern"
      }
     ]
    },
    "type": "array",
    "x-kubernetes-list-type": "atomic"
   }
  },
  "required": [
   "action"
  ],
  "type": "object"
 },
 "io.k8s.api.batch.v1.SuccessPolicy": {
  "description": "SuccessPolicy describes when a Job can be declared as succeeded based on the success of some indexes.",
  "properties": {
   "rules": {
    "description": "rules represents the list of alternative rules for the declaring the Jobs as successful before `.status.succeeded >= .spec.completions`. Once any of the rules are met, the \"SuccessCriteriaMet\" condition is added, and the lingering pods are removed. The terminal state for such a Job has the \"Complete\" condition. Additionally, these rules are evaluated in order; Once the Job meets one of the rules, other rules are ignored. At most 20 elements are allowed.",
    "items": {
     "allOf": [
      {
       "$ref": "#/components/schemas/io.k8s.api.batch.v1.SuccessPolicyRule"
      }
     ]
    },
    "type": "array",
    "x-kubernetes-list-type": "atomic"
   }
  },
  "required": [
   "rules"
  ],
  "type": "object"
 },
 "io.k8s.api.batch.v1.SuccessPolicyRule": {
  "description": "SuccessPolicyRule describes rule for declaring a Job as succeeded. Each rule must have at least one of the \"succeededIndexes\" or \"succeededCount\" specified.",
  "properties": {
   "succeededCount": {
    "description": "succeededCount specifies the minimal required size of the actual set of the succeeded indexes for the Job. When succeededCount is used along with succeededIndexes, the check is constrained only to the set of indexes specified by succeededIndexes. For example, given that succeededIndexes is \"1-4\", succeededCount is \"3\", and completed indexes are \"1\", \"3\", and \"5\", the Job isn't declared as succeeded because only \"1\" and \"3\" indexes are considered in that rules. When this field is null, this doesn't default to any value and is never evaluated at any time. When specified it needs to be a positive integer.",
    "format": "int32",
    "type": "integer"
   },
   "succeededIndexes": {
    "description": "succeededIndexes specifies the set of indexes which need to be contained in the actual set of the succeeded indexes for the Job. The list of indexes must be within 0 to \".spec.completions-1\" and must not contain duplicates. At least one element is required. The indexes are represented as intervals separated by commas. The intervals can be a decimal integer or a pair of decimal integers separated by a hyphen. The number are listed in represented by the first and last element of the series, separated by a hyphen. For example, if the completed indexes are 1, 3, 4, 5 and 7, they are represented as \"1,3-5,7\". When this field is null, this field doesn't default to any value and is never evaluated at any time.",
    "type": "string"
   }
  },
  "type": "object"
 },
 "io.k8s.api.batch.v1.UncountedTerminatedPods": {
  "description": "UncountedTerminatedPods holds UIDs of Pods that have terminated but haven't been accounted in Job status counters.",
  "properties": {
   "failed": {
    "description": "failed holds UIDs of failed Pods.",
    "items": {
     "type": "string"
    },
    "type": "array",
    "x-kubernetes-list-type": "set"
   },
   "succeeded": {
    "description": "succeeded holds UIDs of succeeded Pods.",
    "items": {
     "type": "string"
    },
    "type": "array",
    "x-kubernetes-list-type": "set"
   }
  },
  "type": "object"
 },
 "io.k8s.api.core.v1.Affinity": {
  "description": "Affinity is a group of affinity scheduling rules.",
  "type": "object"
 },
 "io.k8s.api.core.v1.AttachedVolume": {
  "description": "AttachedVolume describes a volume attached to a node",
  "type": "object"
 },
 "io.k8s.api.core.v1.Container": {
  "description": "A single application container that you want to run within a pod.",
  "properties": {
   "args": {
    "description": "Arguments to the entrypoint. The container image's CMD is used if this is not provided. Variable references $(VAR_NAME) are expanded using the container's environment. If a variable cannot be resolved, the reference in the input string will be unchanged. Double $$ are reduced to a single $, which allows for escaping the $(VAR_NAME) syntax: i.e. \"$$(VAR_NAME)\" will produce the string literal \"$(VAR_NAME)\". Escaped references will never be expanded, regardless of whether the variable exists or not. Cannot be updated. More info: https://kubernetes.io/docs/tasks/inject-data-application/define-command-argument-container/#running-a-command-in-a-shell",
    "items": {
     "type": "string"
    },
    "type": "array",
    "x-kubernetes-list-type": "atomic"
   },
   "command": {
    "description": "Entrypoint array. Not executed within a shell. The container image's ENTRYPOINT is used if this is not provided. Variable references $(VAR_NAME) are expanded using the container's environment. If a variable cannot be resolved, the reference in the input string will be unchanged. Double $$ are reduced to a single $, which allows for escaping the $(VAR_NAME) syntax: i.e. \"$$(VAR_NAME)\" will produce the string literal \"$(VAR_NAME)\". Escaped references will never be expanded, regardless of whether the variable exists or not. Cannot be updated. More info: https://kubernetes.io/docs/tasks/inject-data-application/define-command-argument-container/#running-a-command-in-a-shell",
    "items": {
     "type": "string"
    },
    "type": "array",
    "x-kubernetes-list-type": "atomic"
   },
   "env": {
    "description": "List of environment variables to set in the container. Cannot be updated.",
    "items": {
     "allOf": [
      {
       "$ref": "#/components/schemas/io.k8s.api.core.v1.EnvVar"
      }
     ]
    },
    "type": "array",
    "x-kubernetes-list-map-keys": [
     "name"
    ],
    "x-kubernetes-list-type": "map",
    "x-kubernetes-patch-merge-key": "name",
    "x-kubernetes-patch-strategy": "merge"
   },
   "envFrom": {
    "description": "List of sources to populate environment variables in the container. The keys defined within a source may consist of any printable ASCII characters except '='. When a key exists in multiple sources, the value associated with the last source will take precedence. Values defined by an Env with a duplicate key will take precedence. Cannot be updated.",
    "items": {
     "allOf": [
      {
       "$ref": "#/components/schemas/io.k8s.api.core.v1.EnvFromSource"
      }
     ]
    },
    "type": "array",
    "x-kubernetes-list-type": "atomic"
   },
   "image": {
    "description": "Container image name. More info: https://kubernetes.io/docs/concepts/containers/images This field is optional to allow higher level config management to default or override container images in workload controllers like Deployments and StatefulSets.",
    "type": "string"
   },
   "imagePullPolicy": {
    "description": "Image pull policy. One of Always, Never, IfNotPresent. Defaults to Always if :latest tag is specified, or IfNotPresent otherwise. Cannot be updated. More info: https://kubernetes.io/docs/concepts/containers/images#updating-images",
    "type": "string"
   },
   "lifecycle": {
    "allOf": [
     {
      "$ref": "#/components/schemas/io.k8s.api.core.v1.Lifecycle"
     }
    ],
    "description": "Actions that the management system should take in response to container lifecycle events. Cannot be updated."
   },
   "livenessProbe": {
    "allOf": [
     {
      "$ref": "#/components/schemas/io.k8s.api.core.v1.Probe"
     }
    ],
    "description": "Periodic probe of container liveness. Container will be restarted if the probe fails. Cannot be updated. More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#container-probes"
   },
   "name": {
    "description": "Name of the container specified as a DNS_LABEL. Each container in a pod must have a unique name (DNS_LABEL). Cannot be updated.",
    "type": "string"
   },
   "ports": {
    "description": "List of ports to expose from the container. Not specifying a port here DOES NOT prevent that port from being exposed. Any port which is listening on the default \"0.0.0.0\" address inside a container will be accessible from the network. Modifying this array with strategic merge patch may corrupt the data. For more information See https://github.com/kubernetes/kubernetes/issues/108255. Cannot be updated.",
    "items": {
     "allOf": [
      {
       "$ref": "#/components/schemas/io.k8s.api.core.v1.ContainerPort"
      }
     ]
    },
    "type": "array",
    "x-kubernetes-list-map-keys": [
     "containerPort",
     "protocol"
    ],
    "x-kubernetes-list-type": "map",
    "x-kubernetes-patch-merge-key": "containerPort",
    "x-kubernetes-patch-strategy": "merge"
   },
   "readinessProbe": {
    "allOf": [
     {
      "$ref": "#/components/schemas/io.k8s.api.core.v1.Probe"
     }
    ],
    "description": "Periodic probe of container service readiness. Container will be removed from service endpoints if the probe fails. Cannot be updated. More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#container-probes"
   },
   "resizePolicy": {
    "description": "Resources resize policy for the container. This field cannot be set on ephemeral containers.",
    "items": {
     "allOf": [
      {
       "$ref": "#/components/schemas/io.k8s.api.core.v1.ContainerResizePolicy"
      }
     ]
    },
    "type": "array",
    "x-kubernetes-list-type": "atomic"
   },
   "resources": {
    "allOf": [
     {
      "$ref": "#/components/schemas/io.k8s.api.core.v1.ResourceRequirements"
     }
    ],
    "description": "Compute Resources required by this container. Cannot be updated. More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/"
   },
   "restartPolicy": {
    "description": "RestartPolicy defines the restart behavior of individual containers in a pod. This overrides the pod-level restart policy. When this field is not specified, the restart behavior is defined by the Pod's restart policy and the container type. Additionally, setting the RestartPolicy as \"Always\" for the init container will have the following effect: this init container will be continually restarted on exit until all regular containers have terminated. Once all regular containers have completed, all init containers with restartPolicy \"Always\" will be shut down. This lifecycle differs from normal init containers and is often referred to as a \"sidecar\" container. Although this init container still starts in the init container sequence, it does not wait for the container to complete before proceeding to the next init container. Instead, the next init container starts immediately after this init container is started, or after any startupProbe has successfully completed.",
    "type": "string"
   },
   "restartPolicyRules": {
    "description": "Represents a list of rules to be checked to determine if the container should be restarted on exit. The rules are evaluated in order. Once a rule matches a container exit condition, the remaining rules are ignored. If no rule matches the container exit condition, the Container-level restart policy determines the whether the container is restarted or not. Constraints on the rules: - At most 20 rules are allowed. - Rules can have the same action. - Identical rules are not forbidden in validations. When rules are specified, container MUST set RestartPolicy explicitly even it if matches the Pod's RestartPolicy.",
    "items": {
     "allOf": [
      {
       "$ref": "#/components/schemas/io.k8s.api.core.v1.ContainerRestartRule"
      }
     ]
    },
    "type": "array",
    "x-kubernetes-list-type": "atomic"
   },
   "securityContext": {
    "allOf": [
     {
      "$ref": "#/components/schemas/io.k8s.api.core.v1.SecurityContext"
     }
    ],
    "description": "SecurityContext defines the security options the container should be run with. If set, the fields of SecurityContext override the equivalent fields of PodSecurityContext. More info: https://kubernetes.io/docs/tasks/configure-pod-container/security-context/"
   },
   "startupProbe": {
    "allOf": [
     {
      "$ref": "#/components/schemas/io.k8s.api.core.v1.Probe"
     }
    ],
    "description": "StartupProbe indicates that the Pod has successfully initialized. If specified, no other probes are executed until this completes successfully. If this probe fails, the Pod will be restarted, just as if the livenessProbe failed. This can be used to provide different probe parameters at the beginning of a Pod's lifecycle, when it might take a long time to load data or warm a cache, than during steady-state operation. This cannot be updated. More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#container-probes"
   },
   "stdin": {
    "description": "Whether this container should allocate a buffer for stdin in the container runtime. If this is not set, reads from stdin in the container will always result in EOF. Default is false.",
    "type": "boolean"
   },
   "stdinOnce": {
    "description": "Whether the container runtime should close the stdin channel after it has been opened by a single attach. When stdin is true the stdin stream will remain open across multiple attach sessions. If stdinOnce is set to true, stdin is opened on container start, is empty until the first client attaches to stdin, and then remains open and accepts data until the client disconnects, at which time stdin is closed and remains closed until the container is restarted. If this flag is false, a container processes that reads from stdin will never receive an EOF. Default is false",
    "type": "boolean"
   },
   "terminationMessagePath": {
    "description": "Optional: Path at which the file to which the container's termination message will be written is mounted into the container's filesystem. Message written is intended to be brief final status, such as an assertion failure message. Will be truncated by the node if greater than 4096 bytes. The total message length across all containers will be limited to 12kb. Defaults to /dev/termination-log. Cannot be updated.",
    "type": "string"
   },
   "terminationMessagePolicy": {
    "description": "Indicate how the termination message should be populated. File will use the contents of terminationMessagePath to populate the container status message on both success and failure. FallbackToLogsOnError will use the last chunk of container log output if the termination message file is empty and the container exited with an error. The log output is limited to 2048 bytes or 80 lines, whichever is smaller. Defaults to File. Cannot be updated.",
    "type": "string"
   },
   "tty": {
    "description": "Whether this container should allocate a TTY for itself, also requires 'stdin' to be true. Default is false.",
    "type": "boolean"
   },
   "volumeDevices": {
    "description": "volumeDevices is the list of block devices to be used by the container.",
    "items": {
     "allOf": [
      {
       "$ref": "#/components/schemas/io.k8s.api.core.v1.VolumeDevice"
      }
     ]
    },
    "type": "array",
    "x-kubernetes-list-map-keys": [
     "devicePath"
    ],
    "x-kubernetes-list-type": "map",
    "x-kubernetes-patch-merge-key": "devicePath",
    "x-kubernetes-patch-strategy": "merge"
   },
   "volumeMounts": {
    "description": "Pod volumes to mount into the container's filesystem. Cannot be updated.",
    "items": {
     "allOf": [
      {
       "$ref": "#/components/schemas/io.k8s.api.core.v1.VolumeMount"
      }
     ]
    },
    "type": "array",
    "x-kubernetes-list-map-keys": [
     "mountPath"
    ],
    "x-kubernetes-list-type": "map",
    "x-kubernetes-patch-merge-key": "mountPath",
    "x-kubernetes-patch-strategy": "merge"
   },
   "workingDir": {
    "description": "Container's working directory. If not specified, the container runtime's default will be used, which might be configured in the container image. Cannot be updated.",
    "type": "string"
   }
  },
  "required": [
   "name"
  ],
  "type": "object"
 },
 "io.k8s.api.core.v1.ContainerImage": {
  "description": "Describe a container image",
  "type": "object"
 },
 "io.k8s.api.core.v1.ContainerPort": {
  "description": "ContainerPort represents a network port in a single container.",
  "properties": {
   "containerPort": {
    "description": "Number of port to expose on the pod's IP address. This must be a valid port number, 0 < x < 65536.",
    "format": "int32",
    "type": "integer"
   },
   "hostIP": {
    "description": "What host IP to bind the external port to.",
    "type": "string"
   },
   "hostPort": {
    "description": "Number of port to expose on the host. If specified, this must be a valid port number, 0 < x < 65536. If HostNetwork is specified, this must match ContainerPort. Most containers do not need this.",
    "format": "int32",
    "type": "integer"
   },
   "name": {
    "description": "If specified, this must be an IANA_SVC_NAME and unique within the pod. Each named port in a pod must have a unique name. Name for the port that can be referred to by services.",
    "type": "string"
   },
   "protocol": {
    "description": "Protocol for port. Must be UDP, TCP, or SCTP. Defaults to \"TCP\".",
    "type": "string"
   }
  },
  "required": [
   "containerPort"
  ],
  "type": "object"
 },
 "io.k8s.api.core.v1.ContainerResizePolicy": {
  "description": "ContainerResizePolicy represents resource resize policy for the container.",
  "type": "object"
 },
 "io.k8s.api.core.v1.ContainerRestartRule": {
  "description": "ContainerRestartRule describes how a container exit is handled.",
  "type": "object"
 },
 "io.k8s.api.core.v1.ContainerState": {
  "description": "ContainerState holds a possible state of container. Only one of its members may be specified. If none of them is specified, the default one is ContainerStateWaiting.",
  "properties": {
   "running": {
    "allOf": [
     {
      "$ref": "#/components/schemas/io.k8s.api.core.v1.ContainerStateRunning"
     }
    ],
    "description": "Details about a running container"
   },
   "terminated": {
    "allOf": [
     {
      "$ref": "#/components/schemas/io.k8s.api.core.v1.ContainerStateTerminated"
     }
    ],
    "description": "Details about a terminated container"
   },
   "waiting": {
    "allOf": [
     {
      "$ref": "#/components/schemas/io.k8s.api.core.v1.ContainerStateWaiting"
     }
    ],
    "description": "Details about a waiting container"
   }
  },
  "type": "object"
 },
 "io.k8s.api.core.v1.ContainerStateRunning": {
  "description": "ContainerStateRunning is a running state of a container.",
  "properties": {
   "startedAt": {
    "description": "Time at which the container was last (re-)started",
    "format": "date-time",
    "type": "string"
   }
  },
  "type": "object"
 },
 "io.k8s.api.core.v1.ContainerStateTerminated": {
  "description": "ContainerStateTerminated is a terminated state of a container.",
  "properties": {
   "containerID": {
    "description": "Container's ID in the format '<type>://<container_id>'",
    "type": "string"
   },
   "exitCode": {
    "description": "Exit status from the last termination of the container",
    "format": "int32",
    "type": "integer"
   },
   "finishedAt": {
    "description": "Time at which the container last terminated",
    "format": "date-time",
    "type": "string"
   },
   "message": {
    "description": "Message regarding the last termination of the container",
    "type": "string"
   },
   "reason": {
    "description": "(brief) reason from the last termination of the container",
    "type": "string"
   },
   "signal": {
    "description": "Signal from the last termination of the container",
    "format": "int32",
    "type": "integer"
   },
   "startedAt": {
    "description": "Time at which previous execution of the container started",
    "format": "date-time",
    "type": "string"
   }
  },
  "required": [
   "exitCode"
  ],
  "type": "object"
 },
 "io.k8s.api.core.v1.ContainerStateWaiting": {
  "description": "ContainerStateWaiting is a waiting state of a container.",
  "properties": {
   "message": {
    "description": "Message regarding why the container is not yet running.",
    "type": "string"
   },
   "reason": {
    "description": "(brief) reason the container is not yet running.",
    "type": "string"
   }
  },
  "type": "object"
 },
 "io.k8s.api.core.v1.ContainerStatus": {
  "description": "ContainerStatus contains details for the current status of this container.",
  "properties": {
   "allocatedResources": {
    "allOf": [
     {
      "$ref": "#/components/schemas/io.k8s.api.core.v1.ResourceList"
     }
    ],
    "description": "AllocatedResources represents the compute resources allocated for this container by the node. Kubelet sets this value to Container.Resources.Requests upon successful pod admission and after successfully admitting desired pod resize."
   },
   "allocatedResourcesStatus": {
    "description": "AllocatedResourcesStatus represents the status of various resources allocated for this Pod.",
    "items": {
     "allOf": [
      {
       "$ref": "#/components/schemas/io.k8s.api.core.v1.ResourceStatus"
      }
     ]
    },
    "type": "array",
    "x-kubernetes-list-map-keys": [
     "name"
    ],
    "x-kubernetes-list-type": "map",
    "x-kubernetes-patch-merge-key": "name",
    "x-kubernetes-patch-strategy": "merge"
   },
   "containerID": {
    "description": "ContainerID is the ID of the container in the format '<type>://<container_id>'. Where type is a container runtime identifier, returned from Version call of CRI API (for example \"containerd\").",
    "type": "string"
   },
   "image": {
    "description": "Image is the name of container image that the container is running. The container image may not match the image used in the PodSpec, as it may have been resolved by the runtime. More info: https://kubernetes.io/docs/concepts/containers/images.",
    "type": "string"
   },
   "imageID": {
    "description": "ImageID is the image ID of the container's image. The image ID may not match the image ID of the image used in the PodSpec, as it may have been resolved by the runtime.",
    "type": "string"
   },
   "lastState": {
    "allOf": [
     {
      "$ref": "#/components/schemas/io.k8s.api.core.v1.ContainerState"
     }
    ],
    "description": "LastTerminationState holds the last termination state of the container to help debug container crashes and restarts. This field is not populated if the container is still running and RestartCount is 0."
   },
   "name": {
    "description": "Name is a DNS_LABEL representing the unique name of the container. Each container in a pod must have a unique name across all container types. Cannot be updated.",
    "type": "string"
   },
   "ready": {
    "description": "Ready specifies whether the container is currently passing its readiness check. The value will change as readiness probes keep executing. If no readiness probes are specified, this field defaults to true once the container is fully started (see Started field).\n\nThe value is typically used to determine whether a container is ready to accept traffic.",
    "type": "boolean"
   },
   "resources": {
    "allOf": [
     {
      "$ref": "#/components/schemas/io.k8s.api.core.v1.ResourceRequirements"
     }
    ],
    "description": "Resources represents the compute resource requests and limits that have been successfully enacted on the running container after it has been started or has been successfully resized."
   },
   "restartCount": {
    "description": "RestartCount holds the number of times the container has been restarted. Kubelet makes an effort to always increment the value, but there are cases when the state may be lost due to node restarts and then the value may be reset to 0. The value is never negative.",
    "format": "int32",
    "type": "integer"
   },
   "started": {
    "description": "Started indicates whether the container has finished its postStart lifecycle hook and passed its startup probe. Initialized as false, becomes true after startupProbe is considered successful. Resets to false when the container is restarted, or if kubelet loses state temporarily. In both cases, startup probes will run again. Is always true when no startupProbe is defined and container is running and has passed the postStart lifecycle hook. The null value must be treated the same as false.",
    "type": "boolean"
   },
   "state": {
    "allOf": [
     {
      "$ref": "#/components/schemas/io.k8s.api.core.v1.ContainerState"
     }
    ],
    "description": "State holds details about the container's current condition."
   },
   "stopSignal": {
    "description": "StopSignal reports the effective stop signal for this container",
    "type": "string"
   },
   "user": {
    "allOf": [
     {
      "$ref": "#/components/schemas/io.k8s.api.core.v1.ContainerUser"
     }
    ],
    "description": "User represents user identity information initially attached to the first process of the container"
   },
   "volumeMounts": {
    "description": "Status of volume mounts.",
    "items": {
     "allOf": [
      {
       "$ref": "#/components/schemas/io.k8s.api.core.v1.VolumeMountStatus"
      }
     ]
    },
    "type": "array",
    "x-kubernetes-list-map-keys": [
     "mountPath"
    ],
    "x-kubernetes-list-type": "map",
    "x-kubernetes-patch-merge-key": "mountPath",
    "x-kubernetes-patch-strategy": "merge"
   }
  },
  "required": [
   "name",
   "ready",
   "restartCount",
   "image",
   "imageID"
  ],
  "type": "object"
 },
 "io.k8s.api.core.v1.ContainerUser": {
  "description": "ContainerUser represents user identity information",
  "type": "object"
 },
 "io.k8s.api.core.v1.EnvFromSource": {
  "description": "EnvFromSource represents the source of a set of ConfigMaps or Secrets",
  "type": "object"
 },
 "io.k8s.api.core.v1.EnvVar": {
  "description": "EnvVar represents an environment variable present in a Container.",
  "properties": {
   "name": {
    "description": "Name of the environment variable. May consist of any printable ASCII characters except '='.",
    "type": "string"
   },
   "value": {
    "description": "Variable references $(VAR_NAME) are expanded using the previously defined environment variables in the container and any service environment variables. If a variable cannot be resolved, the reference in the input string will be unchanged. Double $$ are reduced to a single $, which allows for escaping the $(VAR_NAME) syntax: i.e. \"$$(VAR_NAME)\" will produce the string literal \"$(VAR_NAME)\". Escaped references will never be expanded, regardless of whether the variable exists or not. Defaults to \"\".",
    "type": "string"
   },
   "valueFrom": {
    "allOf": [
     {
      "$ref": "#/components/schemas/io.k8s.api.core.v1.EnvVarSource"
     }
    ],
    "description": "Source for the environment variable's value. Cannot be used if value is not empty."
   }
  },
  "required": [
   "name"
  ],
  "type": "object"
 },
 "io.k8s.api.core.v1.EnvVarSource": {
  "description": "EnvVarSource represents a source for the value of an EnvVar.",
  "type": "object"
 },
 "io.k8s.api.core.v1.EphemeralContainer": {
  "description": "An EphemeralContainer is a temporary container that you may add to an existing Pod for user-initiated activities such as debugging. Ephemeral containers have no resource or scheduling guarantees, and they will not be restarted when they exit or when a Pod is removed or restarted. The kubelet may evict a Pod if an ephemeral container causes the Pod to exceed its resource allocation.\n\nTo add an ephemeral container, use the ephemeralcontainers subresource of an existing Pod. Ephemeral containers may not be removed or restarted.",
  "type": "object"
 },
 "io.k8s.api.core.v1.Event": {
  "description": "Event is a report of an event somewhere in the cluster.  Events have a limited retention time and triggers and messages may evolve with time.  Event consumers should not rely on the timing of an event with a given Reason reflecting a consistent underlying trigger, or the continued existence of events with that Reason.  Events should be treated as informative, best-effort, supplemental data.",
  "properties": {
   "action": {
    "description": "What action was taken/failed regarding to the Regarding object.",
    "type": "string"
   },
   "apiVersion": {
    "description": "APIVersion defines the versioned schema of this representation of an object. Servers should convert recognized schemas to the latest internal value, and may reject unrecognized values. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#resources",
    "type": "string"
   },
   "count": {
    "description": "The number of times this event has occurred.",
    "format": "int32",
    "type": "integer"
   },
   "eventTime": {
    "description": "Time when this Event was first observed.",
    "format": "date-time",
    "type": "string"
   },
   "firstTimestamp": {
    "description": "The time at which the event was first recorded. (Time of server receipt is in TypeMeta.)",
    "format": "date-time",
    "type": "string"
   },
   "involvedObject": {
    "allOf": [
     {
      "$ref": "#/components/schemas/io.k8s.api.core.v1.ObjectReference"
     }
    ],
    "description": "The object that this event is about."
   },
   "kind": {
    "description": "Kind is a string value representing the REST resource this object represents. Servers may infer this from the endpoint the client submits requests to. Cannot be updated. In CamelCase. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#types-kinds",
    "type": "string"
   },
   "lastTimestamp": {
    "description": "The time at which the most recent occurrence of this event was recorded.",
    "format": "date-time",
    "type": "string"
   },
   "message": {
    "description": "A human-readable description of the status of this operation.",
    "type": "string"
   },
   "metadata": {
    "allOf": [
     {
      "$ref": "#/components/schemas/io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta"
     }
    ],
    "description": "Standard object's metadata. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#metadata"
   },
   "reason": {
    "description": "This should be a short, machine understandable string that gives the reason for the transition into the object's current status.",
    "type": "string"
   },
   "related": {
    "allOf": [
     {
      "$ref": "#/components/schemas/io.k8s.api.core.v1.ObjectReference"
     }
    ],
    "description": "Optional secondary object for more complex actions."
   },
   "reportingComponent": {
    "description": "Name of the controller that emitted this Event, e.g. `kubernetes.io/kubelet`.",
    "type": "string"
   },
   "reportingInstance": {
    "description": "ID of the controller instance, e.g. `kubelet-xyzf`.",
    "type": "string"
   },
   "series": {
    "allOf": [
     {
      "$ref": "#/components/schemas/io.k8s.api.core.v1.EventSeries"
     }
    ],
    "description": "Data about the Event series this event represents or nil if it's a singleton Event."
   },
   "source": {
    "allOf": [
     {
      "$ref": "#/components/schemas/io.k8s.api.core.v1.EventSource"
     }
    ],
    "description": "The component reporting this event. Should be a short machine understandable string."
   },
   "type": {
    "description": "Type of this event (Normal, Warning), new types could be added in the future",
    "type": "string"
   }
  },
  "required": [
   "metadata",
   "involvedObject"
  ],
  "type": "object"
 },
 "io.k8s.api.core.v1.EventSeries": {
  "description": "EventSeries contain information on series of events, i.e. thing that was/is happening continuously for some time.",
  "properties": {
   "count": {
    "description": "Number of occurrences in this series up to the last heartbeat time",
    "format": "int32",
    "type": "integer"
   },
   "lastObservedTime": {
    "description": "Time of the last occurrence observed",
    "format": "date-time",
    "type": "string"
   }
  },
  "type": "object"
 },
 "io.k8s.api.core.v1.EventSource": {
  "description": "EventSource contains information for an event.",
  "properties": {
   "component": {
    "description": "Component from which the event is generated.",
    "type": "string"
   },
   "host": {
    "description": "Node name on which the event is generated.",
    "type": "string"
   }
  },
  "type": "object"
 },
 "io.k8s.api.core.v1.EvictionResponder": {
  "description": "EvictionResponder allows you to specify the responder reacting to an Eviction. Responders should observe and communicate through the Eviction Resource API to help with the graceful eviction of a target (e.g. termination of a pod).",
  "type": "object",
  "x-kubernetes-map-type": "atomic"
 },
 "io.k8s.api.core.v1.HostAlias": {
  "description": "HostAlias holds the mapping between IP and hostnames that will be injected as an entry in the pod's hosts file.",
  "type": "object"
 },
 "io.k8s.api.core.v1.HostIP": {
  "description": "HostIP represents a single IP address allocated to the host.",
  "properties": {
   "ip": {
    "description": "IP is the IP address assigned to the host",
    "type": "string"
   }
  },
  "required": [
   "ip"
  ],
  "type": "object"
 },
 "io.k8s.api.core.v1.Lifecycle": {
  "description": "Lifecycle describes actions that the management system should take in response to container lifecycle events. For the PostStart and PreStop lifecycle handlers, management of the container blocks until the action is complete, unless the container process fails, in which case the handler is aborted.",
  "type": "object"
 },
 "io.k8s.api.core.v1.LocalObjectReference": {
  "description": "LocalObjectReference contains enough information to let you locate the referenced object inside the same namespace.",
  "type": "object",
  "x-kubernetes-map-type": "atomic"
 },
 "io.k8s.api.core.v1.Namespace": {
  "description": "Namespace provides a scope for Names. Use of multiple namespaces is optional.",
  "properties": {
   "apiVersion": {
    "description": "APIVersion defines the versioned schema of this representation of an object. Servers should convert recognized schemas to the latest internal value, and may reject unrecognized values. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#resources",
    "type": "string"
   },
   "kind": {
    "description": "Kind is a string value representing the REST resource this object represents. Servers may infer this from the endpoint the client submits requests to. Cannot be updated. In CamelCase. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#types-kinds",
    "type": "string"
   },
   "metadata": {
    "allOf": [
     {
      "$ref": "#/components/schemas/io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta"
     }
    ],
    "description": "Standard object's metadata. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#metadata"
   },
   "spec": {
    "allOf": [
     {
      "$ref": "#/components/schemas/io.k8s.api.core.v1.NamespaceSpec"
     }
    ],
    "description": "Spec defines the behavior of the Namespace. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#spec-and-status"
   },
   "status": {
    "allOf": [
     {
      "$ref": "#/components/schemas/io.k8s.api.core.v1.NamespaceStatus"
     }
    ],
    "description": "Status describes the current status of a Namespace. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#spec-and-status"
   }
  },
  "type": "object"
 },
 "io.k8s.api.core.v1.NamespaceCondition": {
  "description": "NamespaceCondition contains details about state of namespace.",
  "type": "object"
 },
 "io.k8s.api.core.v1.NamespaceSpec": {
  "description": "NamespaceSpec describes the attributes on a Namespace.",
  "type": "object"
 },
 "io.k8s.api.core.v1.NamespaceStatus": {
  "description": "NamespaceStatus is information about the current status of a Namespace.",
  "properties": {
   "conditions": {
    "description": "Represents the latest available observations of a namespace's current state.",
    "items": {
     "allOf": [
      {
       "$ref": "#/components/schemas/io.k8s.api.core.v1.NamespaceCondition"
      }
     ]
    },
    "type": "array",
    "x-kubernetes-list-map-keys": [
     "type"
    ],
    "x-kubernetes-list-type": "map",
    "x-kubernetes-patch-merge-key": "type",
    "x-kubernetes-patch-strategy": "merge"
   },
   "phase": {
    "description": "Phase is the current lifecycle phase of the namespace. More info: https://kubernetes.io/docs/tasks/administer-cluster/namespaces/",
    "type": "string"
   }
  },
  "type": "object"
 },
 "io.k8s.api.core.v1.Node": {
  "description": "Node is a worker node in Kubernetes. Each node will have a unique identifier in the cache (i.e. in etcd).",
  "properties": {
   "apiVersion": {
    "description": "APIVersion defines the versioned schema of this representation of an object. Servers should convert recognized schemas to the latest internal value, and may reject unrecognized values. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#resources",
    "type": "string"
   },
   "kind": {
    "description": "Kind is a string value representing the REST resource this object represents. Servers may infer this from the endpoint the client submits requests to. Cannot be updated. In CamelCase. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#types-kinds",
    "type": "string"
   },
   "metadata": {
    "allOf": [
     {
      "$ref": "#/components/schemas/io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta"
     }
    ],
    "description": "Standard object's metadata. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#metadata"
   },
   "spec": {
    "allOf": [
     {
      "$ref": "#/components/schemas/io.k8s.api.core.v1.NodeSpec"
     }
    ],
    "description": "Spec defines the behavior of a node. https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#spec-and-status"
   },
   "status": {
    "allOf": [
     {
      "$ref": "#/components/schemas/io.k8s.api.core.v1.NodeStatus"
     }
    ],
    "description": "Most recently observed status of the node. Populated by the system. Read-only. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#spec-and-status"
   }
  },
  "type": "object"
 },
 "io.k8s.api.core.v1.NodeAddress": {
  "description": "NodeAddress contains information for the node's address.",
  "properties": {
   "address": {
    "description": "The node address.",
    "type": "string"
   },
   "type": {
    "description": "Node address type, one of Hostname, ExternalIP or InternalIP.",
    "type": "string"
   }
  },
  "required": [
   "type",
   "address"
  ],
  "type": "object"
 },
 "io.k8s.api.core.v1.NodeAllocatableResourceClaimStatus": {
  "description": "NodeAllocatableResourceClaimStatus describes the status of node allocatable resources allocated via DRA.",
  "type": "object"
 },
 "io.k8s.api.core.v1.NodeCondition": {
  "description": "NodeCondition contains condition information for a node.",
  "properties": {
   "lastHeartbeatTime": {
    "description": "Last time we got an update on a given condition.",
    "format": "date-time",
    "type": "string"
   },
   "lastTransitionTime": {
    "description": "Last time the condition transit from one status to another.",
    "format": "date-time",
    "type": "string"
   },
   "message": {
    "description": "Human readable message indicating details about last transition.",
    "type": "string"
   },
   "reason": {
    "description": "(brief) reason for the condition's last transition.",
    "type": "string"
   },
   "status": {
    "description": "Status of the condition, one of True, False, Unknown.",
    "type": "string"
   },
   "type": {
    "description": "Type of node condition.",
    "type": "string"
   }
  },
  "required": [
   "type",
   "status"
  ],
  "type": "object"
 },
 "io.k8s.api.core.v1.NodeConfigStatus": {
  "description": "NodeConfigStatus describes the status of the config assigned by Node.Spec.ConfigSource.",
  "type": "object"
 },
 "io.k8s.api.core.v1.NodeDaemonEndpoints": {
  "description": "NodeDaemonEndpoints lists ports opened by daemons running on the Node.",
  "type": "object"
 },
 "io.k8s.api.core.v1.NodeFeatures": {
  "description": "NodeFeatures describes the set of features implemented by the CRI implementation. The features contained in the NodeFeatures should depend only on the cri implementation independent of runtime handlers.",
  "type": "object"
 },
 "io.k8s.api.core.v1.NodeRuntimeHandler": {
  "description": "NodeRuntimeHandler is a set of runtime handler information.",
  "type": "object"
 },
 "io.k8s.api.core.v1.NodeSpec": {
  "description": "NodeSpec describes the attributes that a node is created with.",
  "type": "object"
 },
 "io.k8s.api.core.v1.NodeStatus": {
  "description": "NodeStatus is information about the current status of a node.",
  "properties": {
   "addresses": {
    "description": "List of addresses reachable to the node. Queried from cloud provider, if available. More info: https://kubernetes.io/docs/reference/node/node-status/#addresses Note: This field is declared as mergeable, but the merge key is not sufficiently unique, which can cause data corruption when it is merged. Callers should instead use a full-replacement patch. See https://pr.k8s.io/79391 for an example. Consumers should assume that addresses can change during the lifetime of a Node. However, there are some exceptions where this may not be possible, such as Pods that inherit a Node's address in its own status or consumers of the downward API (status.hostIP).",
    "items": {
     "allOf": [
      {
       "$ref": "#/components/schemas/io.k8s.api.core.v1.NodeAddress"
      }
     ]
    },
    "type": "array",
    "x-kubernetes-list-map-keys": [
     "type"
    ],
    "x-kubernetes-list-type": "map",
    "x-kubernetes-patch-merge-key": "type",
    "x-kubernetes-patch-strategy": "merge"
   },
   "allocatable": {
    "allOf": [
     {
      "$ref": "#/components/schemas/io.k8s.api.core.v1.ResourceList"
     }
    ],
    "description": "Allocatable represents the resources of a node that are available for scheduling. Defaults to Capacity."
   },
   "capacity": {
    "allOf": [
     {
      "$ref": "#/components/schemas/io.k8s.api.core.v1.ResourceList"
     }
    ],
    "description": "Capacity represents the total resources of a node. More info: https://kubernetes.io/docs/reference/node/node-status/#capacity"
   },
   "conditions": {
    "description": "Conditions is an array of current observed node conditions. More info: https://kubernetes.io/docs/reference/node/node-status/#condition",
    "items": {
     "allOf": [
      {
       "$ref": "#/components/schemas/io.k8s.api.core.v1.NodeCondition"
      }
     ]
    },
    "type": "array",
    "x-kubernetes-list-map-keys": [
     "type"
    ],
    "x-kubernetes-list-type": "map",
    "x-kubernetes-patch-merge-key": "type",
    "x-kubernetes-patch-strategy": "merge"
   },
   "config": {
    "allOf": [
     {
      "$ref": "#/components/schemas/io.k8s.api.core.v1.NodeConfigStatus"
     }
    ],
    "description": "Status of the config assigned to the node via the dynamic Kubelet config feature."
   },
   "daemonEndpoints": {
    "allOf": [
     {
      "$ref": "#/components/schemas/io.k8s.api.core.v1.NodeDaemonEndpoints"
     }
    ],
    "description": "Endpoints of daemons running on the Node."
   },
   "declaredFeatures": {
    "description": "DeclaredFeatures represents the features related to feature gates that are declared by the node.",
    "items": {
     "type": "string"
    },
    "type": "array",
    "x-kubernetes-list-type": "atomic"
   },
   "features": {
    "allOf": [
     {
      "$ref": "#/components/schemas/io.k8s.api.core.v1.NodeFeatures"
     }
    ],
    "description": "Features describes the set of features implemented by the CRI implementation."
   },
   "images": {
    "description": "List of container images on this node",
    "items": {
     "allOf": [
      {
       "$ref": "#/components/schemas/io.k8s.api.core.v1.ContainerImage"
      }
     ]
    },
    "type": "array",
    "x-kubernetes-list-type": "atomic"
   },
   "nodeInfo": {
    "allOf": [
     {
      "$ref": "#/components/schemas/io.k8s.api.core.v1.NodeSystemInfo"
     }
    ],
    "description": "Set of ids/uuids to uniquely identify the node. More info: https://kubernetes.io/docs/reference/node/node-status/#info"
   },
   "phase": {
    "description": "NodePhase is the recently observed lifecycle phase of the node. More info: https://kubernetes.io/docs/concepts/nodes/node/#phase The field is never populated, and now is deprecated.",
    "type": "string"
   },
   "runtimeHandlers": {
    "description": "The available runtime handlers.",
    "items": {
     "allOf": [
      {
       "$ref": "#/components/schemas/io.k8s.api.core.v1.NodeRuntimeHandler"
      }
     ]
    },
    "type": "array",
    "x-kubernetes-list-type": "atomic"
   },
   "volumesAttached": {
    "description": "List of volumes that are attached to the node.",
    "items": {
     "allOf": [
      {
       "$ref": "#/components/schemas/io.k8s.api.core.v1.AttachedVolume"
      }
     ]
    },
    "type": "array",
    "x-kubernetes-list-type": "atomic"
   },
   "volumesInUse": {
    "description": "List of attachable volumes in use (mounted) by the node.",
    "items": {
     "type": "string"
    },
    "type": "array",
    "x-kubernetes-list-type": "atomic"
   }
  },
  "type": "object"
 },
 "io.k8s.api.core.v1.NodeSystemInfo": {
  "description": "NodeSystemInfo is a set of ids/uuids to uniquely identify the node.",
  "type": "object"
 },
 "io.k8s.api.core.v1.ObjectReference": {
  "description": "ObjectReference contains enough information to let you inspect or modify the referred object.",
  "properties": {
   "apiVersion": {
    "description": "API version of the referent.",
    "type": "string"
   },
   "fieldPath": {
    "description": "If referring to a piece of an object instead of an entire object, this string should contain a valid JSON/Go field access statement, such as desiredState.manifest.containers[2]. For example, if the object reference is to a container within a pod, this would take on a value like: \"spec.containers{name}\" (where \"name\" refers to the name of the container that triggered the event) or if no container name is specified \"spec.containers[2]\" (container with index 2 in this pod). This syntax is chosen only to have some well-defined way of referencing a part of an object.",
    "type": "string"
   },
   "kind": {
    "description": "Kind of the referent. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#types-kinds",
    "type": "string"
   },
   "name": {
    "description": "Name of the referent. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names",
    "type": "string"
   },
   "namespace": {
    "description": "Namespace of the referent. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/namespaces/",
    "type": "string"
   },
   "resourceVersion": {
    "description": "Specific resourceVersion to which this reference is made, if any. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#concurrency-control-and-consistency",
    "type": "string"
   },
   "uid": {
    "description": "UID of the referent. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#uids",
    "type": "string"
   }
  },
  "type": "object",
  "x-kubernetes-map-type": "atomic"
 },
 "io.k8s.api.core.v1.Pod": {
  "description": "Pod is a collection of containers that can run on a host. This resource is created by clients and scheduled onto hosts.",
  "properties": {
   "apiVersion": {
    "description": "APIVersion defines the versioned schema of this representation of an object. Servers should convert recognized schemas to the latest internal value, and may reject unrecognized values. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#resources",
    "type": "string"
   },
   "kind": {
    "description": "Kind is a string value representing the REST resource this object represents. Servers may infer this from the endpoint the client submits requests to. Cannot be updated. In CamelCase. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#types-kinds",
    "type": "string"
   },
   "metadata": {
    "allOf": [
     {
      "$ref": "#/components/schemas/io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta"
     }
    ],
    "description": "Standard object's metadata. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#metadata"
   },
   "spec": {
    "allOf": [
     {
      "$ref": "#/components/schemas/io.k8s.api.core.v1.PodSpec"
     }
    ],
    "description": "Specification of the desired behavior of the pod. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#spec-and-status"
   },
   "status": {
    "allOf": [
     {
      "$ref": "#/components/schemas/io.k8s.api.core.v1.PodStatus"
     }
    ],
    "description": "Most recently observed status of the pod. This data may not be up to date. Populated by the system. Read-only. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#spec-and-status"
   }
  },
  "type": "object"
 },
 "io.k8s.api.core.v1.PodCondition": {
  "description": "PodCondition contains details for the current condition of this pod.",
  "properties": {
   "lastProbeTime": {
    "description": "Last time we probed the condition.",
    "format": "date-time",
    "type": "string"
   },
   "lastTransitionTime": {
    "description": "Last time the condition transitioned from one status to another.",
    "format": "date-time",
    "type": "string"
   },
   "message": {
    "description": "Human-readable message indicating details about last transition.",
    "type": "string"
   },
   "observedGeneration": {
    "description": "If set, this represents the .metadata.generation that the pod condition was set based upon.",
    "format": "int64",
    "type": "integer"
   },
   "reason": {
    "description": "Unique, one-word, CamelCase reason for the condition's last transition.",
    "type": "string"
   },
   "status": {
    "description": "Status is the status of the condition. Can be True, False, Unknown. More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#pod-conditions",
    "type": "string"
   },
   "type": {
    "description": "Type is the type of the condition. More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#pod-conditions",
    "type": "string"
   }
  },
  "required": [
   "type",
   "status"
  ],
  "type": "object"
 },
 "io.k8s.api.core.v1.PodDNSConfig": {
  "description": "PodDNSConfig defines the DNS parameters of a pod in addition to those generated from DNSPolicy.",
  "type": "object"
 },
 "io.k8s.api.core.v1.PodExtendedResourceClaimStatus": {
  "description": "PodExtendedResourceClaimStatus is stored in the PodStatus for the extended resource requests backed by DRA. It stores the generated name for the corresponding special ResourceClaim created by the scheduler.",
  "type": "object"
 },
 "io.k8s.api.core.v1.PodIP": {
  "description": "PodIP represents a single IP address allocated to the pod.",
  "properties": {
   "ip": {
    "description": "IP is the IP address assigned to the pod",
    "type": "string"
   }
  },
  "required": [
   "ip"
  ],
  "type": "object"
 },
 "io.k8s.api.core.v1.PodOS": {
  "description": "PodOS defines the OS parameters of a pod.",
  "type": "object"
 },
 "io.k8s.api.core.v1.PodReadinessGate": {
  "description": "PodReadinessGate contains the reference to a pod condition",
  "type": "object"
 },
 "io.k8s.api.core.v1.PodResourceClaim": {
  "description": "PodResourceClaim references exactly one ResourceClaim, either directly or by naming a ResourceClaimTemplate which is then turned into a ResourceClaim for the pod.\n\nIt adds a name to it that uniquely identifies the ResourceClaim inside the Pod. Containers that need access to the ResourceClaim reference it with this name.\n\nWhen the DRAWorkloadResourceClaims feature gate is enabled and this Pod belongs to a PodGroup, a PodResourceClaim is matched to a PodGroupResourceClaim if all of their fields are equal (Name, ResourceClaimName, and ResourceClaimTemplateName). A matched claim references a single ResourceClaim shared across all Pods in the PodGroup, reserved for the PodGroup in ResourceClaimStatus.ReservedFor rather than for individual Pods.",
  "type": "object"
 },
 "io.k8s.api.core.v1.PodResourceClaimStatus": {
  "description": "PodResourceClaimStatus is stored in the PodStatus for each PodResourceClaim which references a ResourceClaimTemplate. It stores the generated name for the corresponding ResourceClaim.",
  "type": "object"
 },
 "io.k8s.api.core.v1.PodSchedulingGate": {
  "description": "PodSchedulingGate is associated to a Pod to guard its scheduling.",
  "type": "object"
 },
 "io.k8s.api.core.v1.PodSchedulingGroup": {
  "description": "PodSchedulingGroup identifies the runtime scheduling group instance that a Pod belongs to. The scheduler uses this information to apply workload-aware scheduling semantics. Exactly one field must be specified.",
  "type": "object",
  "x-kubernetes-unions": [
   {
    "fields-to-discriminateBy": {
     "podGroupName": "PodGroupName"
    }
   }
  ]
 },
 "io.k8s.api.core.v1.PodSecurityContext": {
  "description": "PodSecurityContext holds pod-level security attributes and common container settings. Some fields are also present in container.securityContext.  Field values of container.securityContext take precedence over field values of PodSecurityContext.",
  "type": "object"
 },
 "io.k8s.api.core.v1.PodSpec": {
  "description": "PodSpec is a description of a pod.",
  "properties": {
   "activeDeadlineSeconds": {
    "description": "Optional duration in seconds the pod may be active on the node relative to StartTime before the system will actively try to mark it failed and kill associated containers. Value must be a positive integer.",
    "format": "int64",
    "type": "integer"
   },
   "affinity": {
    "allOf": [
     {
      "$ref": "#/components/schemas/io.k8s.api.core.v1.Affinity"
     }
    ],
    "description": "If specified, the pod's scheduling constraints"
   },
   "automountServiceAccountToken": {
    "description": "AutomountServiceAccountToken indicates whether a service account token should be automatically mounted.",
    "type": "boolean"
   },
   "containers": {
    "description": "List of containers belonging to the pod. Containers cannot currently be added or removed. There must be at least one container in a Pod. Cannot be updated.",
    "items": {
     "allOf": [
      {
       "$ref": "#/components/schemas/io.k8s.api.core.v1.Container"
      }
     ]
    },
    "type": "array",
    "x-kubernetes-list-map-keys": [
     "name"
    ],
    "x-kubernetes-list-type": "map",
    "x-kubernetes-patch-merge-key": "name",
    "x-kubernetes-patch-strategy": "merge"
   },
   "dnsConfig": {
    "allOf": [
     {
      "$ref": "#/components/schemas/io.k8s.api.core.v1.PodDNSConfig"
     }
    ],
    "description": "Specifies the DNS parameters of a pod. Parameters specified here will be merged to the generated DNS configuration based on DNSPolicy."
   },
   "dnsPolicy": {
    "description": "Set DNS policy for the pod. Defaults to \"ClusterFirst\". Valid values are 'ClusterFirstWithHostNet', 'ClusterFirst', 'Default' or 'None'. DNS parameters given in DNSConfig will be merged with the policy selected with DNSPolicy. To have DNS options set along with hostNetwork, you have to specify DNS policy explicitly to 'ClusterFirstWithHostNet'.",
    "type": "string"
   },
   "enableServiceLinks": {
    "description": "EnableServiceLinks indicates whether information about services should be injected into pod's environment variables, matching the syntax of Docker links. Optional: Defaults to true.",
    "type": "boolean"
   },
   "ephemeralContainers": {
    "description": "List of ephemeral containers run in this pod. Ephemeral containers may be run in an existing pod to perform user-initiated actions such as debugging. This list cannot be specified when creating a pod, and it cannot be modified by updating the pod spec. In order to add an ephemeral container to an existing pod, use the pod's ephemeralcontainers subresource.",
    "items": {
     "allOf": [
      {
       "$ref": "#/components/schemas/io.k8s.api.core.v1.EphemeralContainer"
      }
     ]
    },
    "type": "array",
    "x-kubernetes-list-map-keys": [
     "name"
    ],
    "x-kubernetes-list-type": "map",
    "x-kubernetes-patch-merge-key": "name",
    "x-kubernetes-patch-strategy": "merge"
   },
   "evictionResponders": {
    "description": "evictionResponders reference responders that react to Evictions based on EvictionRequests. Responders should observe and communicate through the Eviction Resource API to help with the graceful termination of a pod. The responders are selected sequentially, according to their specified priority.\n\nResponders should periodically report on an eviction progress by updating the .status.responders[].heartbeatTime field of the Eviction object. If this field is not updated within the heartbeat deadline defined by the Eviction API (currently 20 minutes), the eviction is passed over to the next responder with a lower priority. If there is no other responder, the last default imperative-eviction.k8s.io/evictor responder with a priority of 100 will evict the pod using the imperative Eviction API (pods/<name>/eviction subresource).\n\nThe maximum length of the responders list is 10. Responders are not supported when the pod is part of a PodGroup (.spec.schedulingGroup is set). This field can only be set on creation and is immutable afterwards.",
    "items": {
     "allOf": [
      {
       "$ref": "#/components/schemas/io.k8s.api.core.v1.EvictionResponder"
      }
     ]
    },
    "type": "array",
    "x-kubernetes-list-map-keys": [
     "name"
    ],
    "x-kubernetes-list-type": "map",
    "x-kubernetes-patch-merge-key": "name",
    "x-kubernetes-patch-strategy": "merge"
   },
   "hostAliases": {
    "description": "HostAliases is an optional list of hosts and IPs that will be injected into the pod's hosts file if specified.",
    "items": {
     "allOf": [
      {
       "$ref": "#/components/schemas/io.k8s.api.core.v1.HostAlias"
      }
     ]
    },
    "type": "array",
    "x-kubernetes-list-map-keys": [
     "ip"
    ],
    "x-kubernetes-list-type": "map",
    "x-kubernetes-patch-merge-key": "ip",
    "x-kubernetes-patch-strategy": "merge"
   },
   "hostIPC": {
    "description": "Use the host's ipc namespace. Optional: Default to false.",
    "type": "boolean"
   },
   "hostNetwork": {
    "description": "Host networking requested for this pod. Use the host's network namespace. When using HostNetwork you should specify ports so the scheduler is aware. When `hostNetwork` is true, specified `hostPort` fields in port definitions must match `containerPort`, and unspecified `hostPort` fields in port definitions are defaulted to match `containerPort`. Default to false.",
    "type": "boolean"
   },
   "hostPID": {
    "description": "Use the host's pid namespace. Optional: Default to false.",
    "type": "boolean"
   },
   "hostUsers": {
    "description": "Use the host's user namespace. Optional: Default to true. If set to true or not present, the pod will be run in the host user namespace, useful for when the pod needs a feature only available to the host user namespace, such as loading a kernel module with CAP_SYS_MODULE. When set to false, a new userns is created for the pod. Setting false is useful for mitigating container breakout vulnerabilities even allowing users to run their containers as root without actually having root privileges on the host.",
    "type": "boolean"
   },
   "hostname": {
    "description": "Specifies the hostname of the Pod If not specified, the pod's hostname will be set to a system-defined value.",
    "type": "string"
   },
   "hostnameOverride": {
    "description": "HostnameOverride specifies an explicit override for the pod's hostname as perceived by the pod. This field only specifies the pod's hostname and does not affect its DNS records. When this field is set to a non-empty string: - It takes precedence over the values set in `hostname` and `subdomain`. - The Pod's hostname will be set to this value. - `setHostnameAsFQDN` must be nil or set to false. - `hostNetwork` must be set to false.\n\nThis field must be a valid DNS subdomain as defined in RFC 1123 and contain at most 64 characters.",
    "type": "string"
   },
   "imagePullSecrets": {
    "description": "ImagePullSecrets is an optional list of references to secrets in the same namespace to use for pulling any of the images used by this PodSpec. If specified, these secrets will be passed to individual puller implementations for them to use. More info: https://kubernetes.io/docs/concepts/containers/images#specifying-imagepullsecrets-on-a-pod",
    "items": {
     "allOf": [
      {
       "$ref": "#/components/schemas/io.k8s.api.core.v1.LocalObjectReference"
      }
     ]
    },
    "type": "array",
    "x-kubernetes-list-map-keys": [
     "name"
    ],
    "x-kubernetes-list-type": "map",
    "x-kubernetes-patch-merge-key": "name",
    "x-kubernetes-patch-strategy": "merge"
   },
   "initContainers": {
    "description": "List of initialization containers belonging to the pod. Init containers are executed in order prior to containers being started. If any init container fails, the pod is considered to have failed and is handled according to its restartPolicy. The name for an init container or normal container must be unique among all containers. Init containers may not have Lifecycle actions, Readiness probes, Liveness probes, or Startup probes. The resourceRequirements of an init container are taken into account during scheduling by finding the highest request/limit for each resource type, and then using the max of that value or the sum of the normal containers. Limits are applied to init containers in a similar fashion. Init containers cannot currently be added or removed. Cannot be updated. More info: https://kubernetes.io/docs/concepts/workloads/pods/init-containers/",
    "items": {
     "allOf": [
      {
       "$ref": "#/components/schemas/io.k8s.api.core.v1.Container"
      }
     ]
    },
    "type": "array",
    "x-kubernetes-list-map-keys": [
     "name"
    ],
    "x-kubernetes-list-type": "map",
    "x-kubernetes-patch-merge-key": "name",
    "x-kubernetes-patch-strategy": "merge"
   },
   "nodeName": {
    "description": "NodeName indicates in which node this pod is scheduled. If empty, this pod is a candidate for scheduling by the scheduler defined in schedulerName. Once this field is set, the kubelet for this node becomes responsible for the lifecycle of this pod. This field should not be used to express a desire for the pod to be scheduled on a specific node. https://kubernetes.io/docs/concepts/scheduling-eviction/assign-pod-node/#nodename",
    "type": "string"
   },
   "nodeSelector": {
    "additionalProperties": {
     "type": "string"
    },
    "description": "NodeSelector is a selector which must be true for the pod to fit on a node. Selector which must match a node's labels for the pod to be scheduled on that node. More info: https://kubernetes.io/docs/concepts/configuration/assign-pod-node/",
    "type": "object",
    "x-kubernetes-map-type": "atomic"
   },
   "os": {
    "allOf": [
     {
      "$ref": "#/components/schemas/io.k8s.api.core.v1.PodOS"
     }
    ],
    "description": "Specifies the OS of the containers in the pod. Some pod and container fields are restricted if this is set.\n\nIf the OS field is set to linux, the following fields must be unset: -securityContext.windowsOptions\n\nIf the OS field is set to windows, following fields must be unset: - spec.hostPID - spec.hostIPC - spec.hostUsers - spec.resources - spec.securityContext.appArmorProfile - spec.securityContext.seLinuxOptions - spec.securityContext.seccompProfile - spec.securityContext.fsGroup - spec.securityContext.fsGroupChangePolicy - spec.securityContext.sysctls - spec.shareProcessNamespace - spec.securityContext.runAsUser - spec.securityContext.runAsGroup - spec.securityContext.supplementalGroups - spec.securityContext.supplementalGroupsPolicy - spec.containers[*].securityContext.appArmorProfile - spec.containers[*].securityContext.seLinuxOptions - spec.containers[*].securityContext.seccompProfile - spec.containers[*].securityContext.capabilities - spec.containers[*].securityContext.readOnlyRootFilesystem - spec.containers[*].securityContext.privileged - spec.containers[*].securityContext.allowPrivilegeEscalation - spec.containers[*].securityContext.procMount - spec.containers[*].securityContext.runAsUser - spec.containers[*].securityContext.runAsGroup"
   },
   "overhead": {
    "allOf": [
     {
      "$ref": "#/components/schemas/io.k8s.api.core.v1.ResourceList"
     }
    ],
    "description": "Overhead represents the resource overhead associated with running a pod for a given RuntimeClass. This field will be autopopulated at admission time by the RuntimeClass admission controller. If the RuntimeClass admission controller is enabled, overhead must not be set in Pod create requests. The RuntimeClass admission controller will reject Pod create requests which have the overhead already set. If RuntimeClass is configured and selected in the PodSpec, Overhead will be set to the value defined in the corresponding RuntimeClass, otherwise it will remain unset and treated as zero. More info: https://git.k8s.io/enhancements/keps/sig-node/688-pod-overhead/README.md"
   },
   "preemptionPolicy": {
    "description": "PreemptionPolicy is the Policy for preempting pods with lower priority. One of Never, PreemptLowerPriority. When Priority Admission Controller is enabled, it prevents users from setting this field. The admission controller populates this field from PriorityClassName. Defaults to PreemptLowerPriority if unset.",
    "type": "string"
   },
   "priority": {
    "description": "The priority value. Various system components use this field to find the priority of the pod. When Priority Admission Controller is enabled, it prevents users from setting this field. The admission controller populates this field from PriorityClassName. The higher the value, the higher the priority.",
    "format": "int32",
    "type": "integer"
   },
   "priorityClassName": {
    "description": "If specified, indicates the pod's priority. \"system-node-critical\" and \"system-cluster-critical\" are two special keywords which indicate the highest priorities with the former being the highest priority. Any other name must be defined by creating a PriorityClass object with that name. If not specified, the pod priority will be default or zero if there is no default.",
    "type": "string"
   },
   "readinessGates": {
    "description": "If specified, all readiness gates will be evaluated for pod readiness. A pod is ready when all its containers are ready AND all conditions specified in the readiness gates have status equal to \"True\" More info: https://git.k8s.io/enhancements/keps/sig-network/580-pod-readiness-gates",
    "items": {
     "allOf": [
      {
       "$ref": "#/components/schemas/io.k8s.api.core.v1.PodReadinessGate"
      }
     ]
    },
    "type": "array",
    "x-kubernetes-list-type": "atomic"
   },
   "resourceClaims": {
    "description": "ResourceClaims defines which ResourceClaims must be allocated and reserved before the Pod is allowed to start. The resources will be made available to those containers which consume them by name.\n\nThis is a stable field but requires that the DynamicResourceAllocation feature gate is enabled.\n\nThis field is immutable.",
    "items": {
     "allOf": [
      {
       "$ref": "#/components/schemas/io.k8s.api.core.v1.PodResourceClaim"
      }
     ]
    },
    "type": "array",
    "x-kubernetes-list-map-keys": [
     "name"
    ],
    "x-kubernetes-list-type": "map",
    "x-kubernetes-patch-merge-key": "name",
    "x-kubernetes-patch-strategy": "merge,retainKeys"
   },
   "resources": {
    "allOf": [
     {
      "$ref": "#/components/schemas/io.k8s.api.core.v1.ResourceRequirements"
     }
    ],
    "description": "Resources is the total amount of CPU and Memory resources required by all containers in the pod. It supports specifying Requests and Limits for \"cpu\", \"memory\" and \"hugepages-\" resource names only. ResourceClaims are not supported.\n\nThis field enables fine-grained control over resource allocation for the entire pod, allowing resource sharing among containers in a pod.\n\nThis is an alpha field and requires enabling the PodLevelResources feature gate."
   },
   "restartPolicy": {
    "description": "Restart policy for all containers within the pod. One of Always, OnFailure, Never. In some contexts, only a subset of those values may be permitted. Default to Always. More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle/#restart-policy",
    "type": "string"
   },
   "runtimeClassName": {
    "description": "RuntimeClassName refers to a RuntimeClass object in the node.k8s.io group, which should be used to run this pod.  If no RuntimeClass resource matches the named class, the pod will not be run. If unset or empty, the \"legacy\" RuntimeClass will be used, which is an implicit class with an empty definition that uses the default runtime handler. More info: https://git.k8s.io/enhancements/keps/sig-node/585-runtime-class",
    "type": "string"
   },
   "schedulerName": {
    "description": "If specified, the pod will be dispatched by specified scheduler. If not specified, the pod will be dispatched by default scheduler.",
    "type": "string"
   },
   "schedulingGates": {
    "description": "SchedulingGates is an opaque list of values that if specified will block scheduling the pod. If schedulingGates is not empty, the pod will stay in the SchedulingGated state and the scheduler will not attempt to schedule the pod.\n\nSchedulingGates can only be set at pod creation time, and be removed only afterwards.",
    "items": {
     "allOf": [
      {
       "$ref": "#/components/schemas/io.k8s.api.core.v1.PodSchedulingGate"
      }
     ]
    },
    "type": "array",
    "x-kubernetes-list-map-keys": [
     "name"
    ],
    "x-kubernetes-list-type": "map",
    "x-kubernetes-patch-merge-key": "name",
    "x-kubernetes-patch-strategy": "merge"
   },
   "schedulingGroup": {
    "allOf": [
     {
      "$ref": "#/components/schemas/io.k8s.api.core.v1.PodSchedulingGroup"
     }
    ],
    "description": "SchedulingGroup provides a reference to the immediate scheduling runtime grouping object that this Pod belongs to. This field is used by the scheduler to identify the group and apply the correct group scheduling policies. The association with a group also impacts other lifecycle aspects of a Pod that are relevant in a wider context of scheduling like preemption, resource attachment, etc. If not specified, the Pod is treated as a single unit in all of these aspects. The group object referenced by this field may not exist at the time the Pod is created. This field is immutable, but a group object with the same name may be recreated with different policies. Doing this during pod scheduling may result in the placement not conforming to the expected policies."
   },
   "securityContext": {
    "allOf": [
     {
      "$ref": "#/components/schemas/io.k8s.api.core.v1.PodSecurityContext"
     }
    ],
    "description": "SecurityContext holds pod-level security attributes and common container settings. Optional: Defaults to empty.  See type description for default values of each field."
   },
   "serviceAccount": {
    "description": "DeprecatedServiceAccount is a deprecated alias for ServiceAccountName. Deprecated: Use serviceAccountName instead.",
    "type": "string"
   },
   "serviceAccountName": {
    "description": "ServiceAccountName is the name of the ServiceAccount to use to run this pod. More info: https://kubernetes.io/docs/tasks/configure-pod-container/configure-service-account/",
    "type": "string"
   },
   "setHostnameAsFQDN": {
    "description": "If true the pod's hostname will be configured as the pod's FQDN, rather than the leaf name (the default). In Linux containers, this means setting the FQDN in the hostname field of the kernel (the nodename field of struct utsname). In Windows containers, this means setting the registry value of hostname for the registry key HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Tcpip\\Parameters to FQDN. If a pod does not have FQDN, this has no effect. Default to false.",
    "type": "boolean"
   },
   "shareProcessNamespace": {
    "description": "Share a single process namespace between all of the containers in a pod. When this is set containers will be able to view and signal processes from other containers in the same pod, and the first process in each container will not be assigned PID 1. HostPID and ShareProcessNamespace cannot both be set. Optional: Default to false.",
    "type": "boolean"
   },
   "subdomain": {
    "description": "If specified, the fully qualified Pod hostname will be \"<hostname>.<subdomain>.<pod namespace>.svc.<cluster domain>\". If not specified, the pod will not have a domainname at all.",
    "type": "string"
   },
   "terminationGracePeriodSeconds": {
    "description": "Optional duration in seconds the pod needs to terminate gracefully. May be decreased in delete request. Value must be non-negative integer. The value zero indicates stop immediately via the kill signal (no opportunity to shut down). If this value is nil, the default grace period will be used instead. The grace period is the duration in seconds after the processes running in the pod are sent a termination signal and the time when the processes are forcibly halted with a kill signal. Set this value longer than the expected cleanup time for your process. Defaults to 30 seconds.",
    "format": "int64",
    "type": "integer"
   },
   "tolerations": {
    "description": "If specified, the pod's tolerations.",
    "items": {
     "allOf": [
      {
       "$ref": "#/components/schemas/io.k8s.api.core.v1.Toleration"
      }
     ]
    },
    "type": "array",
    "x-kubernetes-list-type": "atomic"
   },
   "topologySpreadConstraints": {
    "description": "TopologySpreadConstraints describes how a group of pods ought to spread across topology domains. Scheduler will schedule pods in a way which abides by the constraints. All topologySpreadConstraints are ANDed.",
    "items": {
     "allOf": [
      {
       "$ref": "#/components/schemas/io.k8s.api.core.v1.TopologySpreadConstraint"
      }
     ]
    },
    "type": "array",
    "x-kubernetes-list-map-keys": [
     "topologyKey",
     "whenUnsatisfiable"
    ],
    "x-kubernetes-list-type": "map",
    "x-kubernetes-patch-merge-key": "topologyKey",
    "x-kubernetes-patch-strategy": "merge"
   },
   "volumes": {
    "description": "List of volumes that can be mounted by containers belonging to the pod. More info: https://kubernetes.io/docs/concepts/storage/volumes",
    "items": {
     "allOf": [
      {
       "$ref": "#/components/schemas/io.k8s.api.core.v1.Volume"
      }
     ]
    },
    "type": "array",
    "x-kubernetes-list-map-keys": [
     "name"
    ],
    "x-kubernetes-list-type": "map",
    "x-kubernetes-patch-merge-key": "name",
    "x-kubernetes-patch-strategy": "merge,retainKeys"
   }
  },
  "required": [
   "containers"
  ],
  "type": "object"
 },
 "io.k8s.api.core.v1.PodStatus": {
  "description": "PodStatus represents information about the status of a pod. Status may trail the actual state of a system, especially if the node that hosts the pod cannot contact the control plane.",
  "properties": {
   "allocatedResources": {
    "allOf": [
     {
      "$ref": "#/components/schemas/io.k8s.api.core.v1.ResourceList"
     }
    ],
    "description": "AllocatedResources is the total requests allocated for this pod by the node. If pod-level requests are not set, this will be the total requests aggregated across containers in the pod."
   },
   "conditions": {
    "description": "Current service state of pod. More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#pod-conditions",
    "items": {
     "allOf": [
      {
       "$ref": "#/components/schemas/io.k8s.api.core.v1.PodCondition"
      }
     ]
    },
    "type": "array",
    "x-kubernetes-list-map-keys": [
     "type"
    ],
    "x-kubernetes-list-type": "map",
    "x-kubernetes-patch-merge-key": "type",
    "x-kubernetes-patch-strategy": "merge"
   },
   "containerStatuses": {
    "description": "Statuses of containers in this pod. Each container in the pod should have at most one status in this list, and all statuses should be for containers in the pod. However this is not enforced. If a status for a non-existent container is present in the list, or the list has duplicate names, the behavior of various Kubernetes components is not defined and those statuses might be ignored. More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#pod-and-container-status",
    "items": {
     "allOf": [
      {
       "$ref": "#/components/schemas/io.k8s.api.core.v1.ContainerStatus"
      }
     ]
    },
    "type": "array",
    "x-kubernetes-list-type": "atomic"
   },
   "ephemeralContainerStatuses": {
    "description": "Statuses for any ephemeral containers that have run in this pod. Each ephemeral container in the pod should have at most one status in this list, and all statuses should be for containers in the pod. However this is not enforced. If a status for a non-existent container is present in the list, or the list has duplicate names, the behavior of various Kubernetes components is not defined and those statuses might be ignored. More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#pod-and-container-status",
    "items": {
     "allOf": [
      {
       "$ref": "#/components/schemas/io.k8s.api.core.v1.ContainerStatus"
      }
     ]
    },
    "type": "array",
    "x-kubernetes-list-type": "atomic"
   },
   "extendedResourceClaimStatus": {
    "allOf": [
     {
      "$ref": "#/components/schemas/io.k8s.api.core.v1.PodExtendedResourceClaimStatus"
     }
    ],
    "description": "Status of extended resource claim backed by DRA."
   },
   "hostIP": {
    "description": "hostIP holds the IP address of the host to which the pod is assigned. Empty if the pod has not started yet. A pod can be assigned to a node that has a problem in kubelet which in turns mean that HostIP will not be updated even if there is a node is assigned to pod",
    "type": "string"
   },
   "hostIPs": {
    "description": "hostIPs holds the IP addresses allocated to the host. If this field is specified, the first entry must match the hostIP field. This list is empty if the pod has not started yet. A pod can be assigned to a node that has a problem in kubelet which in turns means that HostIPs will not be updated even if there is a node is assigned to this pod.",
    "items": {
     "allOf": [
      {
       "$ref": "#/components/schemas/io.k8s.api.core.v1.HostIP"
      }
     ]
    },
    "type": "array",
    "x-kubernetes-list-type": "atomic",
    "x-kubernetes-patch-merge-key": "ip",
    "x-kubernetes-patch-strategy": "merge"
   },
   "initContainerStatuses": {
    "description": "Statuses of init containers in this pod. The most recent successful non-restartable init container will have ready = true, the most recently started container will have startTime set. Each init container in the pod should have at most one status in this list, and all statuses should be for containers in the pod. However this is not enforced. If a status for a non-existent container is present in the list, or the list has duplicate names, the behavior of various Kubernetes components is not defined and those statuses might be ignored. More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle/#pod-and-container-status",
    "items": {
     "allOf": [
      {
       "$ref": "#/components/schemas/io.k8s.api.core.v1.ContainerStatus"
      }
     ]
    },
    "type": "array",
    "x-kubernetes-list-type": "atomic"
   },
   "message": {
    "description": "A human readable message indicating details about why the pod is in this condition.",
    "type": "string"
   },
   "nodeAllocatableResourceClaimStatuses": {
    "description": "NodeAllocatableResourceClaimStatuses contains the status of node-allocatable resources that were allocated for this pod through DRA claims. This includes resources currently reported in v1.Node `status.allocatable` that are not extended resources (see https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/#extended-resources). Examples include \"cpu\", \"memory\", \"ephemeral-storage\", and hugepages.",
    "items": {
     "allOf": [
      {
       "$ref": "#/components/schemas/io.k8s.api.core.v1.NodeAllocatableResourceClaimStatus"
      }
     ]
    },
    "type": "array",
    "x-kubernetes-list-map-keys": [
     "resourceClaimName"
    ],
    "x-kubernetes-list-type": "map",
    "x-kubernetes-patch-merge-key": "resourceClaimName",
    "x-kubernetes-patch-strategy": "merge"
   },
   "nominatedNodeName": {
    "description": "nominatedNodeName is set only when this pod preempts other pods on the node, but it cannot be scheduled right away as preemption victims receive their graceful termination periods. This field does not guarantee that the pod will be scheduled on this node. Scheduler may decide to place the pod elsewhere if other nodes become available sooner. Scheduler may also decide to give the resources on this node to a higher priority pod that is created after preemption. As a result, this field may be different than PodSpec.nodeName when the pod is scheduled.",
    "type": "string"
   },
   "observedGeneration": {
    "description": "If set, this represents the .metadata.generation that the pod status was set based upon. The PodObservedGenerationTracking feature gate must be enabled to use this field.",
    "format": "int64",
    "type": "integer"
   },
   "phase": {
    "description": "The phase of a Pod is a simple, high-level summary of where the Pod is in its lifecycle. The conditions array, the reason and message fields, and the individual container status arrays contain more detail about the pod's status. There are five possible phase values:\n\nPending: The pod has been accepted by the Kubernetes system, but one or more of the container images has not been created. This includes time before being scheduled as well as time spent downloading images over the network, which could take a while. Running: The pod has been bound to a node, and all of the containers have been created. At least one container is still running, or is in the process of starting or restarting. Succeeded: All containers in the pod have terminated in success, and will not be restarted. Failed: All containers in the pod have terminated, and at least one container has terminated in failure. The container either exited with non-zero status or was terminated by the system. Unknown: For some reason the state of the pod could not be obtained, typically due to an error in communicating with the host of the pod.\n\nMore info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#pod-phase",
    "type": "string"
   },
   "podIP": {
    "description": "podIP address allocated to the pod. Routable at least within the cluster. Empty if not yet allocated.",
    "type": "string"
   },
   "podIPs": {
    "description": "podIPs holds the IP addresses allocated to the pod. If this field is specified, the 0th entry must match the podIP field. Pods may be allocated at most 1 value for each of IPv4 and IPv6. This list is empty if no IPs have been allocated yet.",
    "items": {
     "allOf": [
      {
       "$ref": "#/components/schemas/io.k8s.api.core.v1.PodIP"
      }
     ]
    },
    "type": "array",
    "x-kubernetes-list-map-keys": [
     "ip"
    ],
    "x-kubernetes-list-type": "map",
    "x-kubernetes-patch-merge-key": "ip",
    "x-kubernetes-patch-strategy": "merge"
   },
   "qosClass": {
    "description": "The Quality of Service (QOS) classification assigned to the pod based on resource requirements See PodQOSClass type for available QOS classes More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-qos/#quality-of-service-classes",
    "type": "string"
   },
   "reason": {
    "description": "A brief CamelCase message indicating details about why the pod is in this state. e.g. 'Evicted'",
    "type": "string"
   },
   "resize": {
    "description": "Status of resources resize desired for pod's containers. It is empty if no resources resize is pending. Any changes to container resources will automatically set this to \"Proposed\" Deprecated: Resize status is moved to two pod conditions PodResizePending and PodResizeInProgress. PodResizePending will track states where the spec has been resized, but the Kubelet has not yet allocated the resources. PodResizeInProgress will track in-progress resizes, and should be present whenever allocated resources != acknowledged resources.",
    "type": "string"
   },
   "resourceClaimStatuses": {
    "description": "Status of resource claims.",
    "items": {
     "allOf": [
      {
       "$ref": "#/components/schemas/io.k8s.api.core.v1.PodResourceClaimStatus"
      }
     ]
    },
    "type": "array",
    "x-kubernetes-list-map-keys": [
     "name"
    ],
    "x-kubernetes-list-type": "map",
    "x-kubernetes-patch-merge-key": "name",
    "x-kubernetes-patch-strategy": "merge,retainKeys"
   },
   "resources": {
    "allOf": [
     {
      "$ref": "#/components/schemas/io.k8s.api.core.v1.ResourceRequirements"
     }
    ],
    "description": "Resources represents the compute resource requests and limits that have been applied at the pod level if pod-level requests or limits are set in PodSpec.Resources"
   },
   "startTime": {
    "description": "RFC 3339 date and time at which the object was acknowledged by the Kubelet. This is before the Kubelet pulled the container image(s) for the pod.",
    "format": "date-time",
    "type": "string"
   },
   "volumeHealth": {
    "description": "volumeHealth contains node-reported health for each volume the pod is using. Populated by the kubelet on the pod's node.",
    "items": {
     "allOf": [
      {
       "$ref": "#/components/schemas/io.k8s.api.core.v1.PodVolumeHealth"
      }
     ]
    },
    "type": "array",
    "x-kubernetes-list-map-keys": [
     "name"
    ],
    "x-kubernetes-list-type": "map"
   }
  },
  "type": "object"
 },
 "io.k8s.api.core.v1.PodTemplateSpec": {
  "description": "PodTemplateSpec describes the data a pod should have when created from a template",
  "properties": {
   "metadata": {
    "allOf": [
     {
      "$ref": "#/components/schemas/io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta"
     }
    ],
    "description": "Standard object's metadata. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#metadata"
   },
   "spec": {
    "allOf": [
     {
      "$ref": "#/components/schemas/io.k8s.api.core.v1.PodSpec"
     }
    ],
    "description": "Specification of the desired behavior of the pod. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#spec-and-status"
   }
  },
  "type": "object"
 },
 "io.k8s.api.core.v1.PodVolumeHealth": {
  "description": "PodVolumeHealth contains health information for a volume used by a pod, reported by the CSI node plugin via the kubelet.",
  "type": "object"
 },
 "io.k8s.api.core.v1.Probe": {
  "description": "Probe describes a health check to be performed against a container to determine whether it is alive or ready to receive traffic.",
  "type": "object"
 },
 "io.k8s.api.core.v1.ResourceClaim": {
  "description": "ResourceClaim references one entry in PodSpec.ResourceClaims.",
  "type": "object"
 },
 "io.k8s.api.core.v1.ResourceList": {
  "description": "",
  "type": "object"
 },
 "io.k8s.api.core.v1.ResourceRequirements": {
  "description": "ResourceRequirements describes the compute resource requirements.",
  "properties": {
   "claims": {
    "description": "Claims lists the names of resources, defined in spec.resourceClaims, that are used by this container.\n\nThis field depends on the DynamicResourceAllocation feature gate.\n\nThis field is immutable. It can only be set for containers.",
    "items": {
     "allOf": [
      {
       "$ref": "#/components/schemas/io.k8s.api.core.v1.ResourceClaim"
      }
     ]
    },
    "type": "array",
    "x-kubernetes-list-map-keys": [
     "name"
    ],
    "x-kubernetes-list-type": "map"
   },
   "limits": {
    "allOf": [
     {
      "$ref": "#/components/schemas/io.k8s.api.core.v1.ResourceList"
     }
    ],
    "description": "Limits describes the maximum amount of compute resources allowed. More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/"
   },
   "requests": {
    "allOf": [
     {
      "$ref": "#/components/schemas/io.k8s.api.core.v1.ResourceList"
     }
    ],
    "description": "Requests describes the minimum amount of compute resources required. If Requests is omitted for a container, it defaults to Limits if that is explicitly specified, otherwise to an implementation-defined value. Requests cannot exceed Limits. More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/"
   }
  },
  "type": "object"
 },
 "io.k8s.api.core.v1.ResourceStatus": {
  "description": "ResourceStatus represents the status of a single resource allocated to a Pod.",
  "type": "object"
 },
 "io.k8s.api.core.v1.SecurityContext": {
  "description": "SecurityContext holds security configuration that will be applied to a container. Some fields are present in both SecurityContext and PodSecurityContext.  When both are set, the values in SecurityContext take precedence.",
  "type": "object"
 },
 "io.k8s.api.core.v1.Toleration": {
  "description": "The pod this Toleration is attached to tolerates any taint that matches the triple <key,value,effect> using the matching operator <operator>.",
  "type": "object"
 },
 "io.k8s.api.core.v1.TopologySpreadConstraint": {
  "description": "TopologySpreadConstraint specifies how to spread matching pods among the given topology.",
  "type": "object"
 },
 "io.k8s.api.core.v1.Volume": {
  "description": "Volume represents a named volume in a pod that may be accessed by any container in the pod.",
  "type": "object"
 },
 "io.k8s.api.core.v1.VolumeDevice": {
  "description": "volumeDevice describes a mapping of a raw block device within a container.",
  "type": "object"
 },
 "io.k8s.api.core.v1.VolumeMount": {
  "description": "VolumeMount describes a mounting of a Volume within a container.",
  "properties": {
   "bindMountOptions": {
    "description": "bindMountOptions is the list of additional bind mount options to apply when mounting this volume into the container. Allowed values are noexec, nodev, and nosuid. These are Linux mount options and have no effect on Windows nodes. This field is not supported with image volumes. This is an alpha field and requires enabling the VolumeBindMountOptions feature gate.",
    "items": {
     "type": "string"
    },
    "type": "array",
    "x-kubernetes-list-type": "set"
   },
   "mountPath": {
    "description": "Path within the container at which the volume should be mounted.",
    "type": "string"
   },
   "mountPropagation": {
    "description": "mountPropagation determines how mounts are propagated from the host to container and the other way around. When not set, MountPropagationNone is used. This field is beta in 1.10. When RecursiveReadOnly is set to IfPossible or to Enabled, MountPropagation must be None or unspecified (which defaults to None).",
    "type": "string"
   },
   "name": {
    "description": "This must match the Name of a Volume.",
    "type": "string"
   },
   "readOnly": {
    "description": "Mounted read-only if true, read-write otherwise (false or unspecified). Defaults to false.",
    "type": "boolean"
   },
   "recursiveReadOnly": {
    "description": "RecursiveReadOnly specifies whether read-only mounts should be handled recursively.\n\nIf ReadOnly is false, this field has no meaning and must be unspecified.\n\nIf ReadOnly is true, and this field is set to Disabled, the mount is not made recursively read-only.  If this field is set to IfPossible, the mount is made recursively read-only, if it is supported by the container runtime.  If this field is set to Enabled, the mount is made recursively read-only if it is supported by the container runtime, otherwise the pod will not be started and an error will be generated to indicate the reason.\n\nIf this field is set to IfPossible or Enabled, MountPropagation must be set to None (or be unspecified, which defaults to None).\n\nIf this field is not specified, it is treated as an equivalent of Disabled.",
    "type": "string"
   },
   "subPath": {
    "description": "Path within the volume from which the container's volume should be mounted. Defaults to \"\" (volume's root).",
    "type": "string"
   },
   "subPathExpr": {
    "description": "Expanded path within the volume from which the container's volume should be mounted. Behaves similarly to SubPath but environment variable references $(VAR_NAME) are expanded using the container's environment. Defaults to \"\" (volume's root). SubPathExpr and SubPath are mutually exclusive.",
    "type": "string"
   }
  },
  "required": [
   "name",
   "mountPath"
  ],
  "type": "object"
 },
 "io.k8s.api.core.v1.VolumeMountStatus": {
  "description": "VolumeMountStatus shows status of volume mounts.",
  "type": "object"
 },
 "io.k8s.api.events.v1.Event": {
  "description": "Event is a report of an event somewhere in the cluster. It generally denotes some state change in the system. Events have a limited retention time and triggers and messages may evolve with time.  Event consumers should not rely on the timing of an event with a given Reason reflecting a consistent underlying trigger, or the continued existence of events with that Reason.  Events should be treated as informative, best-effort, supplemental data.",
  "properties": {
   "action": {
    "description": "action is what action was taken/failed regarding to the regarding object. It is machine-readable. This field cannot be empty for new Events and it can have at most 128 characters.",
    "type": "string"
   },
   "apiVersion": {
    "description": "APIVersion defines the versioned schema of this representation of an object. Servers should convert recognized schemas to the latest internal value, and may reject unrecognized values. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#resources",
    "type": "string"
   },
   "deprecatedCount": {
    "description": "deprecatedCount is the deprecated field assuring backward compatibility with core.v1 Event type.",
    "format": "int32",
    "type": "integer"
   },
   "deprecatedFirstTimestamp": {
    "description": "deprecatedFirstTimestamp is the deprecated field assuring backward compatibility with core.v1 Event type.",
    "format": "date-time",
    "type": "string"
   },
   "deprecatedLastTimestamp": {
    "description": "deprecatedLastTimestamp is the deprecated field assuring backward compatibility with core.v1 Event type.",
    "format": "date-time",
    "type": "string"
   },
   "deprecatedSource": {
    "allOf": [
     {
      "$ref": "#/components/schemas/io.k8s.api.core.v1.EventSource"
     }
    ],
    "description": "deprecatedSource is the deprecated field assuring backward compatibility with core.v1 Event type."
   },
   "eventTime": {
    "description": "eventTime is the time when this Event was first observed. It is required.",
    "format": "date-time",
    "type": "string"
   },
   "kind": {
    "description": "Kind is a string value representing the REST resource this object represents. Servers may infer this from the endpoint the client submits requests to. Cannot be updated. In CamelCase. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#types-kinds",
    "type": "string"
   },
   "metadata": {
    "allOf": [
     {
      "$ref": "#/components/schemas/io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta"
     }
    ],
    "description": "metadata is the standard object's metadata. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#metadata"
   },
   "note": {
    "description": "note is a human-readable description of the status of this operation. Maximal length of the note is 1kB, but libraries should be prepared to handle values up to 64kB.",
    "type": "string"
   },
   "reason": {
    "description": "reason is why the action was taken. It is human-readable. This field cannot be empty for new Events and it can have at most 128 characters.",
    "type": "string"
   },
   "regarding": {
    "allOf": [
     {
      "$ref": "#/components/schemas/io.k8s.api.core.v1.ObjectReference"
     }
    ],
    "description": "regarding contains the object this Event is about. In most cases it's an Object reporting controller implements, e.g. ReplicaSetController implements ReplicaSets and this event is emitted because it acts on some changes in a ReplicaSet object."
   },
   "related": {
    "allOf": [
     {
      "$ref": "#/components/schemas/io.k8s.api.core.v1.ObjectReference"
     }
    ],
    "description": "related is the optional secondary object for more complex actions. E.g. when regarding object triggers a creation or deletion of related object."
   },
   "reportingController": {
    "description": "reportingController is the name of the controller that emitted this Event, e.g. `kubernetes.io/kubelet`. This field cannot be empty for new Events.",
    "type": "string"
   },
   "reportingInstance": {
    "description": "reportingInstance is the ID of the controller instance, e.g. `kubelet-xyzf`. This field cannot be empty for new Events and it can have at most 128 characters.",
    "type": "string"
   },
   "series": {
    "allOf": [
     {
      "$ref": "#/components/schemas/io.k8s.api.events.v1.EventSeries"
     }
    ],
    "description": "series is data about the Event series this event represents or nil if it's a singleton Event."
   },
   "type": {
    "description": "type is the type of this event (Normal, Warning), new types could be added in the future. It is machine-readable. This field cannot be empty for new Events.",
    "type": "string"
   }
  },
  "required": [
   "eventTime"
  ],
  "type": "object"
 },
 "io.k8s.api.events.v1.EventSeries": {
  "description": "EventSeries contain information on series of events, i.e. thing that was/is happening continuously for some time. How often to update the EventSeries is up to the event reporters. The default event reporter in \"k8s.io/client-go/tools/events/event_broadcaster.go\" shows how this struct is updated on heartbeats and can guide customized reporter implementations.",
  "properties": {
   "count": {
    "description": "count is the number of occurrences in this series up to the last heartbeat time.",
    "format": "int32",
    "type": "integer"
   },
   "lastObservedTime": {
    "description": "lastObservedTime is the time when last Event from the series was seen before last heartbeat.",
    "format": "date-time",
    "type": "string"
   }
  },
  "required": [
   "count",
   "lastObservedTime"
  ],
  "type": "object"
 },
 "io.k8s.apimachinery.pkg.apis.meta.v1.FieldsV1": {
  "description": "",
  "type": "object"
 },
 "io.k8s.apimachinery.pkg.apis.meta.v1.LabelSelector": {
  "description": "A label selector is a label query over a set of resources. The result of matchLabels and matchExpressions are ANDed. An empty label selector matches all objects. A null label selector matches no objects.",
  "properties": {
   "matchExpressions": {
    "description": "matchExpressions is a list of label selector requirements. The requirements are ANDed.",
    "items": {
     "allOf": [
      {
       "$ref": "#/components/schemas/io.k8s.apimachinery.pkg.apis.meta.v1.LabelSelectorRequirement"
      }
     ]
    },
    "type": "array",
    "x-kubernetes-list-type": "atomic"
   },
   "matchLabels": {
    "additionalProperties": {
     "type": "string"
    },
    "description": "matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels map is equivalent to an element of matchExpressions, whose key field is \"key\", the operator is \"In\", and the values array contains only \"value\". The requirements are ANDed.",
    "type": "object"
   }
  },
  "type": "object",
  "x-kubernetes-map-type": "atomic"
 },
 "io.k8s.apimachinery.pkg.apis.meta.v1.LabelSelectorRequirement": {
  "description": "A label selector requirement is a selector that contains values, a key, and an operator that relates the key and values.",
  "properties": {
   "key": {
    "description": "key is the label key that the selector applies to.",
    "type": "string"
   },
   "operator": {
    "description": "operator represents a key's relationship to a set of values. Valid operators are In, NotIn, Exists and DoesNotExist.",
    "type": "string"
   },
   "values": {
    "description": "values is an array of string values. If the operator is In or NotIn, the values array must be non-empty. If the operator is Exists or DoesNotExist, the values array must be empty. This array is replaced during a strategic merge patch.",
    "items": {
     "type": "string"
    },
    "type": "array",
    "x-kubernetes-list-type": "atomic"
   }
  },
  "required": [
   "key",
   "operator"
  ],
  "type": "object"
 },
 "io.k8s.apimachinery.pkg.apis.meta.v1.ManagedFieldsEntry": {
  "description": "ManagedFieldsEntry is a workflow-id, a FieldSet and the group version of the resource that the fieldset applies to.",
  "properties": {
   "apiVersion": {
    "description": "APIVersion defines the version of this resource that this field set applies to. The format is \"group/version\" just like the top-level APIVersion field. It is necessary to track the version of a field set because it cannot be automatically converted.",
    "type": "string"
   },
   "fieldsType": {
    "description": "FieldsType is the discriminator for the different fields format and version. There is currently only one possible value: \"FieldsV1\"",
    "type": "string"
   },
   "fieldsV1": {
    "allOf": [
     {
      "$ref": "#/components/schemas/io.k8s.apimachinery.pkg.apis.meta.v1.FieldsV1"
     }
    ],
    "description": "FieldsV1 holds the first JSON version format as described in the \"FieldsV1\" type."
   },
   "manager": {
    "description": "Manager is an identifier of the workflow managing these fields.",
    "type": "string"
   },
   "operation": {
    "description": "Operation is the type of operation which lead to this ManagedFieldsEntry being created. The only valid values for this field are 'Apply' and 'Update'.",
    "type": "string"
   },
   "subresource": {
    "description": "Subresource is the name of the subresource used to update that object, or empty string if the object was updated through the main resource. The value of this field is used to distinguish between managers, even if they share the same name. For example, a status update will be distinct from a regular update using the same manager name. Note that the APIVersion field is not related to the Subresource field and it always corresponds to the version of the main resource.",
    "type": "string"
   },
   "time": {
    "description": "Time is the timestamp of when the ManagedFields entry was added. The timestamp will also be updated if a field is added, the manager changes any of the owned fields value or removes a field. The timestamp does not update when a field is removed from the entry because another manager took it over.",
    "format": "date-time",
    "type": "string"
   }
  },
  "type": "object"
 },
 "io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta": {
  "description": "ObjectMeta is metadata that all persisted resources must have, which includes all objects users must create.",
  "properties": {
   "annotations": {
    "additionalProperties": {
     "type": "string"
    },
    "description": "Annotations is an unstructured key value map stored with a resource that may be set by external tools to store and retrieve arbitrary metadata. They are not queryable and should be preserved when modifying objects. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/annotations",
    "type": "object"
   },
   "creationTimestamp": {
    "description": "CreationTimestamp is a timestamp representing the server time when this object was created. It is not guaranteed to be set in happens-before order across separate operations. Clients may not set this value. It is represented in RFC3339 form and is in UTC.\n\nPopulated by the system. Read-only. Null for lists. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#metadata",
    "format": "date-time",
    "type": "string"
   },
   "deletionGracePeriodSeconds": {
    "description": "Number of seconds allowed for this object to gracefully terminate before it will be removed from the system. Only set when deletionTimestamp is also set. May only be shortened. Read-only.",
    "format": "int64",
    "type": "integer"
   },
   "deletionTimestamp": {
    "description": "DeletionTimestamp is RFC 3339 date and time at which this resource will be deleted. This field is set by the server when a graceful deletion is requested by the user, and is not directly settable by a client. The resource is expected to be deleted (no longer visible from resource lists, and not reachable by name) after the time in this field, once the finalizers list is empty. As long as the finalizers list contains items, deletion is blocked. Once the deletionTimestamp is set, this value may not be unset or be set further into the future, although it may be shortened or the resource may be deleted prior to this time. For example, a user may request that a pod is deleted in 30 seconds. The Kubelet will react by sending a graceful termination signal to the containers in the pod. After that 30 seconds, the Kubelet will send a hard termination signal (SIGKILL) to the container and after cleanup, remove the pod from the API. In the presence of network partitions, this object may still exist after this timestamp, until an administrator or automated process can determine the resource is fully terminated. If not set, graceful deletion of the object has not been requested.\n\nPopulated by the system when a graceful deletion is requested. Read-only. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#metadata",
    "format": "date-time",
    "type": "string"
   },
   "finalizers": {
    "description": "Must be empty before the object is deleted from the registry. Each entry is an identifier for the responsible component that will remove the entry from the list. If the deletionTimestamp of the object is non-nil, entries in this list can only be removed. Finalizers may be processed and removed in any order.  Order is NOT enforced because it introduces significant risk of stuck finalizers. finalizers is a shared field, any actor with permission can reorder it. If the finalizer list is processed in order, then this can lead to a situation in which the component responsible for the first finalizer in the list is waiting for a signal (field value, external system, or other) produced by a component responsible for a finalizer later in the list, resulting in a deadlock. Without enforced ordering finalizers are free to order amongst themselves and are not vulnerable to ordering changes in the list.",
    "items": {
     "type": "string"
    },
    "type": "array",
    "x-kubernetes-list-type": "set",
    "x-kubernetes-patch-strategy": "merge"
   },
   "generateName": {
    "description": "GenerateName is an optional prefix, used by the server, to generate a unique name ONLY IF the Name field has not been provided. If this field is used, the name returned to the client will be different than the name passed. This value will also be combined with a unique suffix. The provided value has the same validation rules as the Name field, and may be truncated by the length of the suffix required to make the value unique on the server.\n\nIf this field is specified and the generated name exists, the server will return a 409.\n\nApplied only if Name is not specified. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#idempotency",
    "type": "string"
   },
   "generation": {
    "description": "A sequence number representing a specific generation of the desired state. Populated by the system. Read-only.",
    "format": "int64",
    "type": "integer"
   },
   "labels": {
    "additionalProperties": {
     "type": "string"
    },
    "description": "Map of string keys and values that can be used to organize and categorize (scope and select) objects. May match selectors of replication controllers and services. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/labels",
    "type": "object"
   },
   "managedFields": {
    "description": "ManagedFields maps workflow-id and version to the set of fields that are managed by that workflow. This is mostly for internal housekeeping, and users typically shouldn't need to set or understand this field. A workflow can be the user's name, a controller's name, or the name of a specific apply path like \"ci-cd\". The set of fields is always in the version that the workflow used when modifying the object.",
    "items": {
     "allOf": [
      {
       "$ref": "#/components/schemas/io.k8s.apimachinery.pkg.apis.meta.v1.ManagedFieldsEntry"
      }
     ]
    },
    "type": "array",
    "x-kubernetes-list-type": "atomic"
   },
   "name": {
    "description": "Name must be unique within a namespace. Is required when creating resources, although some resources may allow a client to request the generation of an appropriate name automatically. Name is primarily intended for creation idempotence and configuration definition. Cannot be updated. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names#names",
    "type": "string"
   },
   "namespace": {
    "description": "Namespace defines the space within which each name must be unique. An empty namespace is equivalent to the \"default\" namespace, but \"default\" is the canonical representation. Not all objects are required to be scoped to a namespace - the value of this field for those objects will be empty.\n\nMust be a DNS_LABEL. Cannot be updated. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/namespaces",
    "type": "string"
   },
   "ownerReferences": {
    "description": "List of objects depended by this object. If ALL objects in the list have been deleted, this object will be garbage collected. If this object is managed by a controller, then an entry in this list will point to this controller, with the controller field set to true. There cannot be more than one managing controller.",
    "items": {
     "allOf": [
      {
       "$ref": "#/components/schemas/io.k8s.apimachinery.pkg.apis.meta.v1.OwnerReference"
      }
     ]
    },
    "type": "array",
    "x-kubernetes-list-map-keys": [
     "uid"
    ],
    "x-kubernetes-list-type": "map",
    "x-kubernetes-patch-merge-key": "uid",
    "x-kubernetes-patch-strategy": "merge"
   },
   "resourceVersion": {
    "description": "An opaque value that represents the internal version of this object that can be used by clients to determine when objects have changed. May be used for optimistic concurrency, change detection, and the watch operation on a resource or set of resources. Clients must treat these values as opaque and passed unmodified back to the server. They may only be valid for a particular resource or set of resources.\n\nPopulated by the system. Read-only. Value must be treated as opaque by clients and . More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#concurrency-control-and-consistency",
    "type": "string"
   },
   "selfLink": {
    "description": "Deprecated: selfLink is a legacy read-only field that is no longer populated by the system.",
    "type": "string"
   },
   "uid": {
    "description": "UID is the unique in time and space value for this object. It is typically generated by the server on successful creation of a resource and is not allowed to change on PUT operations.\n\nPopulated by the system. Read-only. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names#uids",
    "type": "string"
   }
  },
  "type": "object"
 },
 "io.k8s.apimachinery.pkg.apis.meta.v1.OwnerReference": {
  "description": "OwnerReference contains enough information to let you identify an owning object. An owning object must be in the same namespace as the dependent, or be cluster-scoped, so there is no namespace field.",
  "properties": {
   "apiVersion": {
    "description": "API version of the referent.",
    "type": "string"
   },
   "blockOwnerDeletion": {
    "description": "If true, AND if the owner has the \"foregroundDeletion\" finalizer, then the owner cannot be deleted from the key-value store until this reference is removed. See https://kubernetes.io/docs/concepts/architecture/garbage-collection/#foreground-deletion for how the garbage collector interacts with this field and enforces the foreground deletion. Defaults to false. To set this field, a user needs \"delete\" permission of the owner, otherwise 422 (Unprocessable Entity) will be returned.",
    "type": "boolean"
   },
   "controller": {
    "description": "If true, this reference points to the managing controller.",
    "type": "boolean"
   },
   "kind": {
    "description": "Kind of the referent. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#types-kinds",
    "type": "string"
   },
   "name": {
    "description": "Name of the referent. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names#names",
    "type": "string"
   },
   "uid": {
    "description": "UID of the referent. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names#uids",
    "type": "string"
   }
  },
  "required": [
   "apiVersion",
   "kind",
   "name",
   "uid"
  ],
  "type": "object",
  "x-kubernetes-map-type": "atomic"
 }
})json";
}

}  // namespace jobsim::server
