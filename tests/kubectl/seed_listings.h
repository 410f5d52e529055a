// Listings copied verbatim from /work/shared/seeds/k8s-job-notes.zh.md (real
// kubectl output of the 1.3 era). The notes show the describe output with its
// tabs expanded to 4-column stops; these strings keep that expansion.
#pragma once

namespace jobsim::kubectl::test {

// `kubectl describe job/pi` (notes line 43).
inline constexpr const char* kSeedNeverJob = R"SEED(Name:       pi
Namespace:  default
Image(s):   index.tenxcloud.com/sdvdxl/perl
Selector:   controller-uid=cb44e05e-18f7-11e6-b739-0800278856e6
Parallelism:    1
Completions:    1
Start Time: Fri, 13 May 2016 10:45:22 +0000
Labels:     controller-uid=cb44e05e-18f7-11e6-b739-0800278856e6,job-name=pi
Pods Statuses:  1 Running / 0 Succeeded / 41 Failed
No volumes.
Events:
  FirstSeen LastSeen    Count   From            SubobjectPath   Type        Reason          Message
  --------- --------    -----   ----            -------------   --------    ------          -------
  1m        1m      1   {job-controller }           Normal      SuccessfulCreate    Created pod: pi-fvbql
  1m        1m      1   {job-controller }           Normal      SuccessfulCreate    Created pod: pi-f8qjn
  1m        1m      1   {job-controller }           Normal      SuccessfulCreate    Created pod: pi-83rn2
  1m        1m      1   {job-controller }           Normal      SuccessfulCreate    Created pod: pi-j525m
  1m        1m      1   {job-controller }           Normal      SuccessfulCreate    Created pod: pi-msjtr
  1m        1m      1   {job-controller }           Normal      SuccessfulCreate    Created pod: pi-rnqh4
  1m        1m      1   {job-controller }           Normal      SuccessfulCreate    Created pod: pi-vvp02
  1m        1m      1   {job-controller }           Normal      SuccessfulCreate    Created pod: pi-f4rs4
  1m        1m      1   {job-controller }           Normal      SuccessfulCreate    Created pod: pi-gazi9
  1m        1s      33  {job-controller }           Normal      SuccessfulCreate    (events with common reason combined)
)SEED";

// `kubectl get pods` one minute into the restartPolicy Never story (notes line 74).
inline constexpr const char* kSeedNeverGetPods = R"SEED(NAME       READY     STATUS              RESTARTS   AGE
pi-9d1iv   0/1       ContainerCreating   0          0s
)SEED";

// `kubectl describe job/pi` (notes line 106).
inline constexpr const char* kSeedOnFailureJob = R"SEED(Name:       pi
Namespace:  default
Image(s):   index.tenxcloud.com/sdvdxl/perl
Selector:   controller-uid=36422362-18fa-11e6-b739-0800278856e6
Parallelism:    1
Completions:    1
Start Time: Fri, 13 May 2016 11:02:41 +0000
Labels:     controller-uid=36422362-18fa-11e6-b739-0800278856e6,job-name=pi
Pods Statuses:  1 Running / 0 Succeeded / 0 Failed
No volumes.
Events:
  FirstSeen LastSeen    Count   From            SubobjectPath   Type        Reason          Message
  --------- --------    -----   ----            -------------   --------    ------          -------
  11s       11s     1   {job-controller }           Normal      SuccessfulCreate    Created pod: pi-2n6pa
)SEED";

// `kubectl describe job/pi` (notes line 164).
inline constexpr const char* kSeedDeadlineJob = R"SEED(Name:               pi
Namespace:          default
Image(s):           index.tenxcloud.com/sdvdxl/perl
Selector:           controller-uid=8c172a2d-18fb-11e6-b739-0800278856e6
Parallelism:            1
Completions:            1
Start Time:         Fri, 13 May 2016 11:12:14 +0000
Active Deadline Seconds:    1s
Labels:             controller-uid=8c172a2d-18fb-11e6-b739-0800278856e6,job-name=pi
Pods Statuses:          0 Running / 0 Succeeded / 1 Failed
No volumes.
Events:
  FirstSeen LastSeen    Count   From            SubobjectPath   Type        Reason          Message
  --------- --------    -----   ----            -------------   --------    ------          -------
  7s        7s      1   {job-controller }           Normal      SuccessfulCreate    Created pod: pi-eq3yt
  4s        4s      1   {job-controller }           Normal      SuccessfulDelete    Deleted pod: pi-eq3yt
  4s        4s      1   {job-controller }           Normal      DeadlineExceeded    Job was active longer than specified deadline
)SEED";

// The first rows of `kubectl describe pod/pi-2n6pa` events (notes line 127).
inline constexpr const char* kSeedPodEventsHead = R"SEED(Events:
  FirstSeen LastSeen    Count   From            SubobjectPath       Type        Reason      Message
  --------- --------    -----   ----            -------------       --------    ------      -------
  2m        2m      1   {default-scheduler }                Normal      Scheduled   Successfully assigned pi-2n6pa to 127.0.0.1
  2m        2m      1   {kubelet 127.0.0.1} spec.containers{pi} Normal      Created     Created container with docker id 310aac97cc9a
  2m        2m      1   {kubelet 127.0.0.1} spec.containers{pi} Warning     Failed      Failed to start container with docker id 310aac97cc9a with error: API error (404): Container command 'perl1' not found or does not exist.

  2m    2m  1   {kubelet 127.0.0.1} spec.containers{pi} Normal  Created Created container with docker id 62cab877f860
  2m    2m  1   {kubelet 127.0.0.1} spec.containers{pi} Warning Failed  Failed to start container with docker id 62cab877f860 with error: API error (404): Container command 'perl1' not found or does not exist.
)SEED";

// The whole event listing of `kubectl describe pod/pi-2n6pa` (notes lines
// 127-155), taken about 2m48s after the pod was created.
inline constexpr const char* kSeedOnFailurePodEvents = R"SEED(Events:
  FirstSeen LastSeen    Count   From            SubobjectPath       Type        Reason      Message
  --------- --------    -----   ----            -------------       --------    ------      -------
  2m        2m      1   {default-scheduler }                Normal      Scheduled   Successfully assigned pi-2n6pa to 127.0.0.1
  2m        2m      1   {kubelet 127.0.0.1} spec.containers{pi} Normal      Created     Created container with docker id 310aac97cc9a
  2m        2m      1   {kubelet 127.0.0.1} spec.containers{pi} Warning     Failed      Failed to start container with docker id 310aac97cc9a with error: API error (404): Container command 'perl1' not found or does not exist.

  2m    2m  1   {kubelet 127.0.0.1} spec.containers{pi} Normal  Created Created container with docker id 62cab877f860
  2m    2m  1   {kubelet 127.0.0.1} spec.containers{pi} Warning Failed  Failed to start container with docker id 62cab877f860 with error: API error (404): Container command 'perl1' not found or does not exist.

  2m    2m  1   {kubelet 127.0.0.1} spec.containers{pi} Normal  Created Created container with docker id b1cda2dbee87
  2m    2m  1   {kubelet 127.0.0.1} spec.containers{pi} Warning Failed  Failed to start container with docker id b1cda2dbee87 with error: API error (404): Container command 'perl1' not found or does not exist.

  2m    2m  1   {kubelet 127.0.0.1}     Warning FailedSync  Error syncing pod, skipping: failed to "StartContainer" for "pi" with CrashLoopBackOff: "Back-off 20s restarting failed container=pi pod=pi-2n6pa_default(3643a8cc-18fa-11e6-b739-0800278856e6)"

  2m    2m  1   {kubelet 127.0.0.1} spec.containers{pi} Warning Failed  Failed to start container with docker id fc88d454f0c2 with error: API error (404): Container command 'perl1' not found or does not exist.

  2m    2m  1   {kubelet 127.0.0.1} spec.containers{pi} Normal  Created     Created container with docker id fc88d454f0c2
  1m    1m  3   {kubelet 127.0.0.1}             Warning FailedSync  Error syncing pod, skipping: failed to "StartContainer" for "pi" with CrashLoopBackOff: "Back-off 40s restarting failed container=pi pod=pi-2n6pa_default(3643a8cc-18fa-11e6-b739-0800278856e6)"

  2m    1m  5   {kubelet 127.0.0.1} spec.containers{pi} Normal  Pulling pulling image "index.tenxcloud.com/sdvdxl/perl"
  2m    1m  5   {kubelet 127.0.0.1} spec.containers{pi} Normal  Pulled  Successfully pulled image "index.tenxcloud.com/sdvdxl/perl"
  1m    1m  1   {kubelet 127.0.0.1} spec.containers{pi} Warning Failed  Failed to start container with docker id 6a6464d1f31b with error: API error (404): Container command 'perl1' not found or does not exist.

  2m    1m  5   {kubelet 127.0.0.1}     Warning FailedSync  Error syncing pod, skipping: failed to "StartContainer" for "pi" with RunContainerError: "runContainer: API error (404): Container command 'perl1' not found or does not exist.\n"

  1m    1m  1   {kubelet 127.0.0.1} spec.containers{pi} Normal  Created     Created container with docker id 6a6464d1f31b
  2m    3s  12  {kubelet 127.0.0.1} spec.containers{pi} Warning BackOff     Back-off restarting failed docker container
  1m    3s  8   {kubelet 127.0.0.1}             Warning FailedSync  Error syncing pod, skipping: failed to "StartContainer" for "pi" with CrashLoopBackOff: "Back-off 1m20s restarting failed container=pi pod=pi-2n6pa_default(3643a8cc-18fa-11e6-b739-0800278856e6)"
)SEED";

}  // namespace jobsim::kubectl::test
