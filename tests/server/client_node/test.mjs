// jobsim serve driven by @kubernetes/client-node, a second real client next
// to kubectl: list namespaces and pods, create a Job, watch its pod appear
// (from the list's resourceVersion), read the Job's status until it
// completes, delete it with propagationPolicy Background and see its pods
// collected. Every result is asserted; any mismatch exits 1.
//
// Usage: KUBECONFIG=... node test.mjs   (jobsim serve --speed 60 or faster)
import * as k8s from '@kubernetes/client-node';

const kDeadlineMs = 60_000;  // the whole test, real time
const kPollMs = 100;

let failures = 0;
function check(what, ok, got) {
  console.log(`${ok ? 'ok' : 'FAIL'} - ${what}${ok ? '' : `: got ${JSON.stringify(got)}`}`);
  if (!ok) failures++;
}

// Polls fn until it returns a truthy value; null after timeoutMs.
async function poll(fn, timeoutMs) {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    const value = await fn();
    if (value) return value;
    await new Promise((resolve) => setTimeout(resolve, kPollMs));
  }
  return null;
}

setTimeout(() => {
  console.log(`FAIL - the test did not finish within ${kDeadlineMs} ms`);
  process.exit(1);
}, kDeadlineMs).unref();

const kc = new k8s.KubeConfig();
kc.loadFromDefault();
const core = kc.makeApiClient(k8s.CoreV1Api);
const batch = kc.makeApiClient(k8s.BatchV1Api);
const namespace = 'default';

const namespaces = await core.listNamespace();
const names = namespaces.items.map((n) => n.metadata.name).sort();
check('listNamespace has default and kube-system', names.includes('default') && names.includes('kube-system'), names);

const pods = await core.listNamespacedPod({ namespace });
check('listNamespacedPod: no pods yet', pods.items.length === 0, pods.items.length);
check('the pod list carries a resourceVersion', /^[0-9]+$/.test(pods.metadata.resourceVersion ?? ''),
      pods.metadata.resourceVersion);

// Watch from the list's resourceVersion: only what happens after it.
const seen = [];
const watch = new k8s.Watch(kc);
let watchEnded = null;
const request = await watch.watch(`/api/v1/namespaces/${namespace}/pods`,
                                  { resourceVersion: pods.metadata.resourceVersion, labelSelector: 'job-name=hello' },
                                  (type, pod) => seen.push({ type, name: pod.metadata.name, kind: pod.kind,
                                                             owner: pod.metadata.ownerReferences?.[0]?.name }),
                                  (err) => { watchEnded = err ?? 'ended'; });

const created = await batch.createNamespacedJob({
  namespace,
  body: {
    apiVersion: 'batch/v1',
    kind: 'Job',
    metadata: { name: 'hello' },
    spec: {
      template: {
        spec: {
          containers: [{ name: 'main', image: 'busybox', command: ['sh', '-c', 'echo hi; sleep 30'] }],
          restartPolicy: 'Never',
        },
      },
    },
  },
});
check('createNamespacedJob returns the job with a uid', created.metadata.name === 'hello' && !!created.metadata.uid,
      created.metadata);
check('the API defaulted completions, parallelism and backoffLimit',
      created.spec.completions === 1 && created.spec.parallelism === 1 && created.spec.backoffLimit === 6, created.spec);

const added = await poll(() => seen.find((e) => e.type === 'ADDED'), 20_000);
check('the watch delivers the job\'s pod as ADDED', added !== null && added.owner === 'hello' && added.kind === 'Pod',
      { added, seen });
check('the watch is still open', watchEnded === null, watchEnded);
request.abort();

const done = await poll(async () => {
  const job = await batch.readNamespacedJobStatus({ name: 'hello', namespace });
  return job.status?.succeeded === 1 ? job : null;
}, 20_000);
check('readNamespacedJobStatus: succeeded 1', done !== null, done?.status);
if (done) {
  const complete = (done.status.conditions ?? []).find((c) => c.type === 'Complete');
  check('the job has condition Complete=True', complete?.status === 'True', done.status.conditions);
  check('the job has a completionTime', !!done.status.completionTime, done.status);
}
const podsOfJob = await core.listNamespacedPod({ namespace, labelSelector: 'job-name=hello' });
check('one pod, Succeeded', podsOfJob.items.length === 1 && podsOfJob.items[0].status.phase === 'Succeeded',
      podsOfJob.items.map((p) => p.status.phase));

const deleted = await batch.deleteNamespacedJob({ name: 'hello', namespace, propagationPolicy: 'Background' });
// Gone at once (no finalizer, no grace period): kube-apiserver answers a Status naming it.
check('deleteNamespacedJob answers a Success Status naming the job',
      deleted.status === 'Success' && deleted.details?.name === 'hello' && deleted.details?.kind === 'jobs' &&
      deleted.details?.uid === created.metadata.uid, deleted);
try {
  await batch.readNamespacedJob({ name: 'hello', namespace });
  check('the deleted job is gone', false, 'still readable');
} catch (e) {
  const body = typeof e.body === 'string' ? JSON.parse(e.body) : e.body;
  check('reading the deleted job is a 404 NotFound Status', e.code === 404 && body?.reason === 'NotFound',
        { code: e.code, body });
}
const collected = await poll(async () => {
  const left = await core.listNamespacedPod({ namespace, labelSelector: 'job-name=hello' });
  return left.items.length === 0;
}, 20_000);
check('background propagation deletes the job\'s pods', collected === true, collected);

console.log(failures === 0 ? 'all client-node checks passed' : `${failures} client-node check(s) failed`);
process.exit(failures === 0 ? 0 : 1);
