# Sourced by check_bf.sh and check_stackvm.sh: the share of their (mode, program) runs made under
# the sanitizers. `--run-every N` (first after RPY) runs each mode on one program in N, the
# program whose position plus the mode's is a multiple of N: with three programs, every mode runs
# once and every program in a third of the modes. The caller sets translate_args to its arguments
# after RPY; this takes the option off them and sets run_every.
run_every=1
if [ "${translate_args[0]:-}" = --run-every ]; then
  run_every=${translate_args[1]:?--run-every wants a number}
  translate_args=("${translate_args[@]:2}")
fi
in_share() {  # in_share MODE_INDEX PROGRAM_INDEX: is this run made?
  [ $((($1 + $2) % run_every)) = 0 ]
}
# The closing line when runs were left out.
share_note() {  # share_note SKIPPED
  [ "$1" = 0 ] || echo "$1 of the runs left out (--run-every $run_every: each mode runs one program in $run_every)"
}
