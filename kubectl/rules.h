// What kubectl of one Kubernetes version prints, as plain data. sim/profile.cc
// fills it; printers ask these flags, never a version number.
#pragma once

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
  // RESTARTS shows "N (Xs ago)" (1.22+).
  bool restarts_with_age = true;
};

}  // namespace jobsim::kubectl
