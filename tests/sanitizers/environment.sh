# The runtime options of a VIDEODB_SANITIZE build's programs. .ci/run sources this before
# building (the build runs the icon renderer and each program's --help) and testing; do the same
# by hand:  source tests/sanitizers/environment.sh && ctest --test-dir build-asan
sanitizers_folder=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# Leaks fail the program that has them; initialisation-order bugs are caught even when the
# link order happens to hide them.
export ASAN_OPTIONS=detect_leaks=1:check_initialization_order=1:strict_init_order=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
# An absolute path: ctest runs each test in its own folder.
export LSAN_OPTIONS=suppressions=$sanitizers_folder/lsan.supp:print_suppressions=0
unset sanitizers_folder
