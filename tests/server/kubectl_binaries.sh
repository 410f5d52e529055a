# Sourced by the kubectl end-to-end scripts: the versioned kubectl binaries
# (kubectl.1.N beside the kubectl on PATH). find_kubectl_minors N... sets
# kubectl_dir and kubectl_minors to those of the given minors that are installed.
find_kubectl_minors() {
  kubectl_dir=""
  kubectl_minors=()
  command -v kubectl >/dev/null 2>&1 || return 0
  kubectl_dir=$(dirname "$(readlink -f "$(command -v kubectl)")")
  local minor
  for minor in "$@"; do
    if [ -x "$kubectl_dir/kubectl.1.$minor" ]; then kubectl_minors+=("$minor"); fi
  done
}
