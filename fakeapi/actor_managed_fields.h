// The managedFields of writes that did not go through `jobsim serve`. The
// Job controller, the scheduler, the kubelets and the scenario's steps write
// the store directly and record nothing (so `jobsim run` pays nothing); when
// an object is served, the fields no entry claims are given the Update entries
// those writers leave on a real cluster:
//
// * status: the writer of the kind's status through /status: a Job's the
//   kube-controller-manager, a bound Pod's the kubelet, an unbound Pod's
//   (PodScheduled=False) the kube-scheduler, a Node's the kubelet; timed by
//   the latest timestamp in the status;
// * the rest, for an object no entry was ever recorded for (it was not
//   created through the server): its creator's, at creationTimestamp: a Pod
//   with a controlling Job the kube-controller-manager, an Event its
//   reporting component's binary, a Node the kubelet, a Namespace the
//   kube-apiserver, anything else "kubectl-create" (the scenario's steps
//   stand for kubectl). What the server generates is nobody's: a Job's
//   generated selector and labels, a Pod's spec.nodeName (set by binding).
//
// Entries are also trimmed to the fields the object still has (an actor's
// write removed the rest). Pure.
#pragma once

#include "fakeapi/types.h"

namespace jobsim::api {

// object: a stored object as codec.h encodes it (core/v1 or batch/v1).
void AttributeActorFields(Json& object);

}  // namespace jobsim::api
