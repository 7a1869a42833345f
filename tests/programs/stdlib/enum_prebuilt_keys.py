# Module-level dicts and sets whose keys are Enum members (a state machine's table): the members
# are prebuilt objects whose __hash__ reads their name, so they are filled before the containers.
from enum import Enum


class State(Enum):
    IDLE = "idle"
    RUNNING = "running"
    DONE = "done"


NEXT = {State.IDLE: State.RUNNING, State.RUNNING: State.DONE}
LABELS = {State.IDLE: {"go": 1}, State.DONE: {}}
FINAL = {State.DONE}


def main():
    s = State.IDLE
    while s not in FINAL:
        print(s.name, s.value, len(LABELS.get(s, {"?": 0})))
        s = NEXT[s]
    print(s, s in FINAL, State.RUNNING in NEXT, sorted(k.value for k in NEXT))


main()
