// How a timeline names objects so that two runs of one scenario agree. Pods
// of a Job get random names (generateName "pi-" gives pi-s0y10); a timeline
// calls a pod with a generated name by its generateName and the order it was
// created in ("pod/pi-#3": the third pod named from pi- in its namespace).
// Other objects keep their names ("job/pi", "node/127.0.0.1"). A namespace
// other than default is a prefix ("kube-system/pod/x"), as scenario files
// write object references.
#pragma once

#include <map>
#include <string>

namespace jobsim::scenario {

class StableNames {
 public:
  // Called once per pod, when it is created; returns its subject.
  std::string AddPod(const std::string& ns, const std::string& name, const std::string& generate_name);
  // "job/pi", "pod/pi-#3": kind is the API kind ("Pod", "Job"); pods added before go by their stable name.
  std::string Subject(const std::string& kind, const std::string& ns, const std::string& name) const;
  // text with every generated pod name seen so far replaced by its stable name
  // ("Created pod: pi-s0y10" -> "Created pod: pi-#1"), and every run of 12 or
  // more hex digits (container and image ids, random per run) by "<id>".
  std::string Normalize(const std::string& text) const;

 private:
  std::map<std::string, std::string> pods_;         // "ns/name" -> "pi-#3"
  std::map<std::string, std::string> generated_;    // generated name -> "pi-#3", for texts
  std::map<std::string, int> created_;              // "ns/generateName" -> pods named from it so far
};

}  // namespace jobsim::scenario
