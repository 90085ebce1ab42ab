# shellcheck shell=sh
# Sourced by ./mvnw before it starts Maven: ThirdSpace needs a JDK 21 or newer
# (Vaadin 25, Spring Boot 4). When JAVA_HOME (or the java on PATH) is older, look for
# a suitable JDK in the usual install locations and use that one instead. When none is
# found, stop with a message that says what to install. See docs/adr/0002-jdk-discovery.md.

thirdspace_jdk_major() {
  # prints the feature version of the JDK at $1, or nothing
  if [ -r "$1/release" ]; then
    v=$(sed -n 's/^JAVA_VERSION="\([^"]*\)".*/\1/p' "$1/release" 2>/dev/null)
  else
    v=$("$1/bin/java" -version 2>&1 | sed -n 's/.*version "\([^"]*\)".*/\1/p' | head -n 1)
  fi
  case "$v" in
    1.*) v=${v#1.} ;;
  esac
  printf '%s\n' "${v%%[!0-9]*}"
}

thirdspace_is_jdk() {
  [ -n "$1" ] && [ -x "$1/bin/java" ] && [ -x "$1/bin/javac" ]
}

thirdspace_find_jdk() {
  wanted=${THIRDSPACE_MIN_JAVA:-21}
  # an explicitly chosen JDK wins when it is new enough
  for c in "${THIRDSPACE_JAVA_HOME-}" "${JAVA_HOME-}"; do
    if thirdspace_is_jdk "$c"; then
      m=$(thirdspace_jdk_major "$c")
      if [ -n "$m" ] && [ "$m" -ge "$wanted" ]; then
        printf '%s\n' "$c"
        return 0
      fi
    fi
  done
  # otherwise the newest JDK >= wanted from PATH and the usual places
  onpath=""
  if command -v javac >/dev/null 2>&1; then
    onpath=$(dirname "$(dirname "$(readlink -f "$(command -v javac)" 2>/dev/null || command -v javac)")")
  fi
  best=""
  bestm=0
  for c in "$onpath" "${JAVA_HOME_25_X64-}" "${JAVA_HOME_21_X64-}" \
      /usr/lib/jvm/* /usr/java/* /opt/java/* /opt/jdk* /usr/local/opt/openjdk*/libexec/openjdk.jdk/Contents/Home \
      "${HOME-}"/.sdkman/candidates/java/* "${HOME-}"/.jdks/* "${HOME-}"/.asdf/installs/java/* \
      /Library/Java/JavaVirtualMachines/*/Contents/Home; do
    if thirdspace_is_jdk "$c"; then
      m=$(thirdspace_jdk_major "$c")
      if [ -n "$m" ] && [ "$m" -ge "$wanted" ] && [ "$m" -gt "$bestm" ]; then
        best=$c
        bestm=$m
      fi
    fi
  done
  if [ -n "$best" ]; then
    printf '%s\n' "$best"
    return 0
  fi
  return 1
}

# mvnw runs with "set -f": globbing is needed for the search, so switch it on meanwhile
case $- in *f*) thirdspace_noglob=1; set +f ;; *) thirdspace_noglob=0 ;; esac
if thirdspace_jdk=$(thirdspace_find_jdk); then
  [ "$thirdspace_noglob" = 1 ] && set -f
  if [ "${JAVA_HOME-}" != "$thirdspace_jdk" ] && [ "${MVNW_VERBOSE-}" = true ]; then
    echo "mvnw: using the JDK at $thirdspace_jdk" >&2
  fi
  JAVA_HOME=$thirdspace_jdk
  export JAVA_HOME
else
  [ "$thirdspace_noglob" = 1 ] && set -f
  cat >&2 <<MSG
ThirdSpace needs a JDK ${THIRDSPACE_MIN_JAVA:-21} or newer, and none was found.
  Looked at: \$THIRDSPACE_JAVA_HOME, \$JAVA_HOME, the javac on PATH, /usr/lib/jvm, /usr/java,
  /opt/java, ~/.sdkman, ~/.jdks, ~/.asdf and /Library/Java/JavaVirtualMachines.
  Install one (for example Eclipse Temurin 21 or 25, or your system's openjdk-21-jdk package),
  or point JAVA_HOME at it, then run the command again.
MSG
  exit 1
fi

# Maven 3.9's Guice uses sun.misc.Unsafe, which JDK 24+ warns about at every start
case "$(thirdspace_jdk_major "$JAVA_HOME")" in
  2[4-9] | [3-9][0-9])
    case "${MAVEN_OPTS-}" in
      *sun-misc-unsafe-memory-access*) ;;
      *) MAVEN_OPTS="${MAVEN_OPTS-} --sun-misc-unsafe-memory-access=allow"; export MAVEN_OPTS ;;
    esac ;;
esac
