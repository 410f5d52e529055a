// What kubectl of one Kubernetes version prints, as plain data. sim/profile.cc
// fills it; printers ask these flags, never a version number.
#pragma once

#include "kubectl/go_sort.h"

namespace jobsim::kubectl {

struct KubectlRules {
  int minor = 33;  // for `kubectl version` and similar text only
  // The 1.3-era layouts: describe with "Image(s):", the 8-column events table
  // (FirstSeen LastSeen Count From SubobjectPath Type Reason Message), get
  // with 3-space padding and ShortHumanDuration ages.
  bool legacy_layout = false;
  // `get pods` hides Succeeded/Failed pods unless -a/--show-all (until 1.10).
  bool get_pods_hides_finished = false;
  // `get jobs` has a STATUS column (1.30+).
  bool job_status_column = true;
  // `get jobs` columns COMPLETIONS/DURATION (1.11+); before: DESIRED SUCCESSFUL AGE.
  bool job_completions_column = true;
  // describe events: "From" shows "kubelet, node" with the host (before 1.20).
  bool events_from_with_host = false;
  // describe events: message prefixed with the involved fieldPath (1.35+).
  bool events_field_path_prefix = false;
  // describe job prints Suspend, Backoff Limit and TTL Seconds After Finished,
  // and its Pod Template's Node-Selectors and Tolerations (k8s PR #122618, 1.30).
  bool describe_job_suspend_and_template_placement = true;
  // A short name that two served resources claim ("ev": core/v1 and
  // events.k8s.io/v1 events) resolves to the first and warns on stderr
  // (client-go restmapper/shortcut.go, 1.29+).
  bool short_name_ambiguity_warning = true;
  // RESTARTS shows "N (Xs ago)" (1.22+).
  bool restarts_with_age = true;
  // A deleted pod in phase Succeeded/Failed shows its phase, not Terminating,
  // in get and describe (k8s PR #122038, 1.31).
  bool terminating_excludes_terminal_phase = true;
  // API errors print as "Error from server (NotFound): ..." (1.5+); before,
  // "Error from server: ..." (pkg/kubectl/cmd/util/helpers.go StandardErrorMessage).
  bool error_reason_in_parentheses = true;
  // An Invalid error prints its causes after "The Job "pi" is invalid: " (1.5+);
  // before, after "is invalid.", on the next line (cmd/util/helpers.go checkErr).
  bool invalid_causes_inline = true;
  // `get` with nothing to print writes "No resources found." to stderr (1.5+)...
  bool empty_list_notice = true;
  // ... and names the namespace: "No resources found in default namespace." (1.17+).
  bool empty_list_names_namespace = true;
  // `logs POD` of a multi-container pod picks the first container and says
  // `Defaulted container "a" out of: a, b` (1.21+); before it was an error.
  bool logs_defaults_container = true;
  // `logs -c NAME` checks the name against the pod's containers itself:
  // "error: container nope is not valid for pod pi-x" (with --prefix, kubernetes
  // PR #76471, 1.17); before, the API server's BadRequest with the same text.
  bool logs_checks_container = true;
  // `logs` of a missing object: "error: error from server (NotFound): pods "x"
  // not found in namespace "default"" (logs.go, 1.30); before, the API error as `get` prints it.
  bool logs_not_found_names_namespace = true;
  // `get --output-watch-events` exists (kubernetes PR #72416, 1.16); before, cobra's "unknown flag".
  bool output_watch_events_flag = true;
  // `get -o yaml|json` prints objects without metadata.managedFields unless
  // --show-managed-fields (cli-runtime OmitManagedFieldsPrinter, kubernetes PR
  // #96878, 1.21); before, the flag is unknown and objects print whole.
  bool show_managed_fields_flag = true;
  // `get -w -o yaml` separates the objects with "---" (cli-runtime YAMLPrinter's
  // printCount; from 1.11, approximate); before, documents followed each other bare.
  bool yaml_document_separator = true;
  // create/apply/patch/delete name the object `job.batch "pi" created` with the
  // API group (1.10+); before, `job "pi" created` (cmdutil.PrintSuccess).
  bool success_names_group = true;
  // ... and `job.batch/pi created` / `configured` / `unchanged` / `patched (no change)`
  // through the name printer (1.11+); delete keeps `job.batch "pi" deleted`.
  bool success_names_slash = true;
  // `get -o json` prints the typed object: keys in Go struct field order
  // (json_printer ToGoJsonInStructOrder) until 1.4; from 1.5 `get` decodes into
  // unstructured maps and the keys come out sorted (kubernetes PR #36085).
  bool json_struct_order = false;
  // `get --sort-by` compares strings that are no quantities in natural order
  // (sortorder.NaturalLess, "pi-9" < "pi-10") until 1.30, bytewise from 1.31
  // (kubernetes commit 322aa9a6) ...
  bool sort_by_natural_strings = false;
  // ... and two strings that both parse as quantities as quantities, from
  // 1.22 (kubernetes commit e43e9696).
  bool sort_by_quantity_strings = true;
  // The Go release's sort.Sort, which orders describe events with equal lastTimestamp.
  GoSortAlgorithm go_sort = GoSortAlgorithm::kPdqGo124;
};

}  // namespace jobsim::kubectl
