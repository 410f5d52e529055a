// `-o yaml`: a JSON value rendered as kubectl renders it, i.e. as
// sigs.k8s.io/yaml (ghodss/yaml in 1.3) turns JSON into gopkg.in/yaml.v2
// output:
//   - mapping keys sorted with yaml.v2's natural order (digit runs compare as
//     numbers, non-letters before letters);
//   - block style, 2-space indent, sequences not indented under their key;
//   - "{}" / "[]" for empty collections;
//   - a string stays plain unless it would read back as another type (number,
//     bool, null, timestamp: then double quotes) or contains YAML indicators
//     (then single quotes, or double quotes when single ones cannot carry it);
//   - multi-line strings as literal blocks ("|", "|-", "|+");
//   - scalars folded at a space past column 80 (libyaml best_width).
#pragma once

#include <nlohmann/json.hpp>
#include <string>

namespace jobsim::kubectl {

struct YamlStyle {
  // yaml.v2 resolves "2016-05-13T10:45:22Z" to a timestamp and so quotes it
  // (go-yaml 2018+); the 2016 yaml.v2 of kubectl 1.3 printed it plain.
  bool quote_timestamps = true;
  // Multi-line strings as literal blocks; the 2016 yaml.v2 double-quoted them.
  bool literal_multiline = true;
};

std::string ToYaml(const nlohmann::json& value, const YamlStyle& style);

// yaml.v2 keyList.Less for two string keys.
bool YamlKeyLess(const std::string& a, const std::string& b);

}  // namespace jobsim::kubectl
