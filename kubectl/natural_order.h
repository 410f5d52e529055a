// github.com/fvbommel/sortorder NaturalLess, which kubectl's --sort-by uses
// for strings (k8s.io/kubectl/pkg/cmd/get/sorter.go): runs of digits compare
// as numbers ("pi-9" < "pi-10"), a digit sorts before any other byte, other
// bytes compare as bytes; of two equal numbers the one with fewer leading
// zeros is less.
#pragma once

#include <string_view>

namespace jobsim::kubectl {

bool NaturalLess(std::string_view a, std::string_view b);

}  // namespace jobsim::kubectl
