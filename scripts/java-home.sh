#!/usr/bin/env bash
# Sourced by run.sh and test.sh: finds a JDK 25 or newer and exports JAVA_HOME, or fails saying why.
# Order: $JAVA_HOME if it is 25+, then Temurin 25 where this project's machines have it, then any JDK 25+
# under /usr/lib/jvm.

java_major() {
  "$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p' | head -1
}

find_jdk25() {
  local candidate
  for candidate in "${JAVA_HOME:-}" /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/*; do
    [ -n "$candidate" ] && [ -x "$candidate/bin/java" ] && [ -x "$candidate/bin/javac" ] || continue
    local major
    major=$(java_major "$candidate")
    if [ -n "$major" ] && [ "${major%%.*}" -ge 25 ] 2>/dev/null; then
      echo "$candidate"
      return 0
    fi
  done
  return 1
}

if ! JAVA_HOME=$(find_jdk25); then
  echo "error: this project needs a JDK 25 or newer (Micronaut 5 requires Java 25)." >&2
  echo "       None was found in \$JAVA_HOME, /usr/lib/jvm/temurin-25-jdk-amd64 or /usr/lib/jvm/*." >&2
  echo "       Install Temurin 25 (or any JDK 25) and/or set JAVA_HOME to it." >&2
  exit 1
fi
export JAVA_HOME
export PATH="$JAVA_HOME/bin:$PATH"
