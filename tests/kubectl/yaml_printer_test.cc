#include "kubectl/yaml_printer.h"

#include <catch2/catch.hpp>

using namespace jobsim::kubectl;
using Json = nlohmann::json;

// Expected texts are what github.com/ghodss/yaml JSONToYAML (gopkg.in/yaml.v2
// 2.4.0, the base of sigs.k8s.io/yaml) printed for the same JSON.
TEST_CASE("yaml output (-o yaml) renders like sigs.k8s.io/yaml") {
  struct Row {
    std::string name;
    std::string json;
    std::string want;
  };
  const std::vector<Row> rows = {
      {"a pod: sorted keys, unindented sequences, quoted timestamps and numbers, folded long message",
       R"J({"apiVersion":"v1","kind":"Pod","metadata":{"name":"pi-xqbvz","labels":{"job-name":"pi","batch.kubernetes.io/job-name":"pi","controller-uid":"abc"},"creationTimestamp":"2016-05-13T10:45:22Z","resourceVersion":"12"},"spec":{"containers":[{"name":"pi","image":"perl","command":["perl","-Mbignum=bpi","-wle","print bpi(2000)"],"resources":{}}],"restartPolicy":"Never","terminationGracePeriodSeconds":30},"status":{"phase":"Failed","containerStatuses":[{"name":"pi","ready":false,"restartCount":0,"state":{"terminated":{"exitCode":128,"reason":"StartError","message":"failed to create containerd task: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: exec: \"perl1\": executable file not found in $PATH: unknown","startedAt":null,"finishedAt":"2016-05-13T10:45:24Z"}}}]}})J",
       "apiVersion: v1\nkind: Pod\nmetadata:\n  creationTimestamp: \"2016-05-13T10:45:22Z\"\n  labels:\n"
       "    batch.kubernetes.io/job-name: pi\n    controller-uid: abc\n    job-name: pi\n  name: pi-xqbvz\n"
       "  resourceVersion: \"12\"\nspec:\n  containers:\n  - command:\n    - perl\n    - -Mbignum=bpi\n    - -wle\n"
       "    - print bpi(2000)\n    image: perl\n    name: pi\n    resources: {}\n  restartPolicy: Never\n"
       "  terminationGracePeriodSeconds: 30\nstatus:\n  containerStatuses:\n  - name: pi\n    ready: false\n"
       "    restartCount: 0\n    state:\n      terminated:\n        exitCode: 128\n"
       "        finishedAt: \"2016-05-13T10:45:24Z\"\n"
       "        message: 'failed to create containerd task: failed to create shim task: OCI\n"
       "          runtime create failed: runc create failed: unable to start container process:\n"
       "          exec: \"perl1\": executable file not found in $PATH: unknown'\n"
       "        reason: StartError\n        startedAt: null\n  phase: Failed\n"},
      {"scalars that would read back as other types are quoted; natural key order",
       R"J({"k":"true","n":"1","e":"","o":"0755","t":"2016-05-13","c":"a: b","h":"#c","m":"l1\nl2\n\nl4","s":" lead","x":"x#y","a10":1,"a9":2,"a09":3,"B":4,"_x":5,"-x":6})J",
       "-x: 6\n_x: 5\nB: 4\na9: 2\na09: 3\na10: 1\nc: 'a: b'\ne: \"\"\nh: '#c'\nk: \"true\"\nm: |-\n  l1\n  l2\n\n  "
       "l4\n"
       "\"n\": \"1\"\no: \"0755\"\ns: ' lead'\nt: \"2016-05-13\"\nx: x#y\n"},
      {"an empty List as modern kubectl prints it",
       R"J({"apiVersion":"v1","items":[],"kind":"List","metadata":{"resourceVersion":""}})J",
       "apiVersion: v1\nitems: []\nkind: List\nmetadata:\n  resourceVersion: \"\"\n"},
      {"a literal block keeps its trailing newline with '|' and the document ends after it",
       R"J({"k":"multi\nline\n","list":["multi\nline\n"]})J", "k: |\n  multi\n  line\nlist:\n- |\n  multi\n  line\n"},
      {"nested sequences and mappings in sequences", R"J([[1,{"a":[]}],{"b":{"c":null}}])J",
       "- - 1\n  - a: []\n- b:\n    c: null\n"},
  };
  for (const Row& row : rows) {
    DYNAMIC_SECTION(row.name) { CHECK(ToYaml(Json::parse(row.json), YamlStyle{}) == row.want); }
  }
}

TEST_CASE("the 2016 yaml.v2 of kubectl 1.3 printed timestamps plain and multi-line strings quoted") {
  const YamlStyle legacy{false, false};
  CHECK(ToYaml(Json::parse(R"J({"creationTimestamp":"2016-05-13T10:45:22Z","n":"1"})J"), legacy) ==
        "creationTimestamp: 2016-05-13T10:45:22Z\n\"n\": \"1\"\n");
  CHECK(ToYaml(Json::parse(R"J({"m":"a\nb"})J"), legacy) == "m: 'a\n\n  b'\n");
}

TEST_CASE("yaml.v2 key order: digit runs compare as numbers, non-letters sort before letters") {
  CHECK(YamlKeyLess("a9", "a10"));
  CHECK(!YamlKeyLess("a10", "a9"));
  CHECK(YamlKeyLess("a9", "a09"));
  CHECK(YamlKeyLess("_x", "B"));
  CHECK(YamlKeyLess("B", "a"));
  CHECK(YamlKeyLess("job", "job-name"));
}
