#!/usr/bin/env bash
# Load benchmark of the whole service as an operator deploys it: the packaged jar as its own process on PostgreSQL
# (a fresh database "export_load" at 127.0.0.1:5432) and S3Proxy as a second JVM, driven over HTTP on loopback by
# closed-loop clients (each its own user) at several levels; also the renderer in-process and WeasyPrint on the same
# XHTML. Writes the "Whole service under load" section of docs/benchmarks.md and docs/benchmarks-load.png; the run's
# logs stay in target/load-run/. About 4-6 minutes with the defaults (first build longer).
#
# Usage: scripts/load.sh [--levels 1,8,32,64] [--seconds 20] [--warmup 5] [--no-weasyprint] [--no-profile] [--no-build]
#   --levels         client counts, one level each (default 1,8,32,64)
#   --seconds        measured period per level (default 20); --warmup: unrecorded period before it (default 5)
#   --no-weasyprint  skip the WeasyPrint comparison (otherwise WeasyPrint is installed with apt-get when missing
#                    and this runs as root or with password-less sudo)
#   --no-profile     run the service without its flight recording (by default it records Java samples every 20 ms
#                    and the report shows where the service's CPU goes, per level)
#   --doc, --png     where the report section and the plot go (default docs/benchmarks.md, docs/benchmarks-load.png;
#                    a --doc file without the section's markers gets it appended)
#   --no-build       use the jar and test classes already built
set -euo pipefail
cd "$(dirname "$0")/.."

levels=1,8,32,64 seconds=20 warmup=5 weasyprint=yes build=yes profile=true doc=docs/benchmarks.md png=docs/benchmarks-load.png
while [ $# -gt 0 ]; do
  case "$1" in
    --levels) levels=$2; shift 2 ;;
    --seconds) seconds=$2; shift 2 ;;
    --warmup) warmup=$2; shift 2 ;;
    --no-weasyprint) weasyprint=no; shift ;;
    --no-build) build=no; shift ;;
    --no-profile) profile=false; shift ;;
    --doc) doc=$2; shift 2 ;;
    --png) png=$2; shift 2 ;;
    -h|--help) sed -n '2,18p' "$0"; exit 0 ;;
    *) echo "load: unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
done
[[ $levels =~ ^[0-9]+(,[0-9]+)*$ ]] || { echo "load: --levels takes counts like 1,8,32,64" >&2; exit 2; }
[[ $seconds =~ ^[0-9]+$ && $warmup =~ ^[0-9]+$ && $seconds -gt 0 ]] || { echo "load: --seconds/--warmup take whole seconds" >&2; exit 2; }

source scripts/java-home.sh   # fails with a clear message without a JDK 25

if ! scripts/ensure-postgres.sh >/dev/null || ! command -v psql >/dev/null 2>&1; then
  echo "load: error: PostgreSQL is needed at 127.0.0.1:5432 (user postgres, trust authentication on loopback)." >&2
  echo "      scripts/ensure-postgres.sh installs and starts it when run as root; start it and rerun." >&2
  exit 1
fi

database=export_load
run_dir=$PWD/target/load-run
psql_admin() { PGOPTIONS="-c client_min_messages=warning" psql -X -q -h 127.0.0.1 -U postgres -d postgres -v ON_ERROR_STOP=1 "$@"; }

driver_pid=
cleanup() {
  local status=$?
  # the driver first: its shutdown hook stops the processes it started
  if [ -n "$driver_pid" ] && kill -0 "$driver_pid" 2>/dev/null; then
    kill "$driver_pid" 2>/dev/null || true
    wait "$driver_pid" 2>/dev/null || true
  fi
  if [ -f "$run_dir/pids" ]; then
    while read -r pid; do
      # only a process of this run: the service jar or S3Proxy (a pid may have been reused since)
      if [ -n "$pid" ] && [ -r "/proc/$pid/cmdline" ] && tr '\0' ' ' < "/proc/$pid/cmdline" 2>/dev/null | grep -qE 'export-service\.jar|org\.gaul\.s3proxy\.Main'; then
        kill "$pid" 2>/dev/null || true
        for _ in $(seq 1 40); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
        kill -9 "$pid" 2>/dev/null || true
      fi
    done < "$run_dir/pids"
    rm -f "$run_dir/pids"
  fi
  rm -rf "$run_dir/s3" "$run_dir/service"
  psql_admin -c "drop database if exists $database with (force)" >/dev/null 2>&1 || true
  exit $status
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# WeasyPrint: the Python module of Debian's package "weasyprint", installed when missing and allowed.
python_args=()
if [ "$weasyprint" = yes ]; then
  has_weasyprint() { /usr/bin/python3 -c 'import weasyprint' >/dev/null 2>&1; }
  if ! has_weasyprint && command -v apt-get >/dev/null 2>&1; then
    if [ "$(id -u)" -eq 0 ]; then sudo_=(); elif sudo -n true 2>/dev/null; then sudo_=(sudo -n); else sudo_=(none); fi
    if [ "${sudo_[0]:-}" != none ]; then
      echo "load: installing WeasyPrint (apt-get install weasyprint)..."
      { "${sudo_[@]}" apt-get -qq update || true; } >/dev/null 2>&1
      DEBIAN_FRONTEND=noninteractive "${sudo_[@]}" apt-get -qq install -y --no-install-recommends \
        -o DPkg::Lock::Timeout=120 weasyprint >/dev/null 2>&1 || echo "load: could not install WeasyPrint" >&2
    fi
  fi
  if has_weasyprint; then
    python_args=(--weasyprint=/usr/bin/python3)
  else
    python_args=("--weasyprint-missing=WeasyPrint is not installed here (Debian package weasyprint; needs apt-get as root)")
  fi
else
  python_args=("--weasyprint-missing=skipped (--no-weasyprint)")
fi

if [ "$build" = yes ]; then
  echo "load: building the jar and the driver (./mvnw package, bootstrap and what it needs)..."
  ./mvnw -q -B -ntp -DskipTests -pl bootstrap -am package dependency:build-classpath \
    -Dmdep.includeScope=test -Dmdep.outputFile=target/load-classpath.txt
fi
for f in bootstrap/target/export-service.jar bootstrap/target/load-classpath.txt \
         bootstrap/target/test-classes/com/jobwise/export/bootstrap/load/LoadDriver.class; do
  [ -f "$f" ] || { echo "load: $f is missing: run without --no-build" >&2; exit 1; }
done

rm -rf "$run_dir" && mkdir -p "$run_dir"
psql_admin -c "drop database if exists $database with (force)" -c "create database $database" >/dev/null

commit=$(git rev-parse --short HEAD 2>/dev/null || echo unknown)
if [ "$commit" != unknown ] && [ -n "$(git status --porcelain --untracked-files=no 2>/dev/null | grep -v ' docs/benchmarks' || true)" ]; then
  commit="$commit (with uncommitted changes)"
fi

"$JAVA_HOME/bin/java" -Djava.awt.headless=true -Xmx1g \
  -cp "bootstrap/target/test-classes:bootstrap/target/classes:$(cat bootstrap/target/load-classpath.txt)" \
  com.jobwise.export.bootstrap.load.LoadDriver \
  --run-dir="$run_dir" --jar=bootstrap/target/export-service.jar --jvm-options=bootstrap/jvm.options \
  --s3-classpath-file=bootstrap/target/load-classpath.txt --database=$database \
  --levels="$levels" --seconds="$seconds" --warmup="$warmup" --profile="$profile" \
  --sample=examples/generations/resume-backend-engineer.json \
  --doc="$doc" --png="$png" \
  --commit="$commit" --clk-tck="$(getconf CLK_TCK 2>/dev/null || echo 100)" "${python_args[@]}" &
driver_pid=$!
wait "$driver_pid"
