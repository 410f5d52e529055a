// What changed between two versions of a Job or a Pod, as a timeline writes it
// (sim/scenario/timeline.h). Pure: (the version before, or none; the version
// after) in, texts out, in a fixed order.
//
// A Job: "created", "terminating" (deletionTimestamp set), each status count
// that changed ("status.failed=2", "status.ready=0"; a field that disappears
// reads "status.ready unset"), each condition that appeared or changed
// ("condition Failed=True BackoffLimitExceeded: Job has reached the specified
// backoff limit") or went ("condition Suspended removed").
// A Pod: "created", "phase Failed (DeadlineExceeded)", "restarts 2",
// "terminating".
#pragma once

#include <string>
#include <vector>

#include "fakeapi/types.h"

namespace jobsim::scenario {

std::vector<std::string> JobChanges(const api::Job* before, const api::Job& after);
std::vector<std::string> PodChanges(const api::Pod* before, const api::Pod& after);

// A Job's status in one line: the counts as JobChanges names them, then its
// conditions that are True: "active=1 failed=6 ready=0 terminating=0; Failed (BackoffLimitExceeded)".
std::string JobStatusLine(const api::JobStatus& status);

}  // namespace jobsim::scenario
