#!/usr/bin/env bash
# README command 1: install what is missing, build, and replay the seed's
# 41-failed-pods story (Kubernetes 1.3, restartPolicy Never, a misspelled command).
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/install-deps.sh
./scripts/build.sh
./build/jobsim run scenarios/41-failed-pods.yaml
