"""The sign of a file's current, decided from the whole file, and its capacity check.

Cyclers label every row with a step type (Neware "CC DChg", Maccor state "D") and
write the current either signed (negative on discharge) or as a magnitude. Which
one a file uses is a vote of all its charge and discharge steps: each step votes
with the sign of the median of its non-zero readings, and the convention most
steps agree with wins. One reading (noise of -1e-5 A at the start of a
discharge) never decides it. Then

- a step whose sign contradicts the winning convention is an error (its type
  contradicts its current);
- a reading whose sign contradicts its step is an error unless it is small
  (under :data:`NOISE_FRACTION` of the step's largest reading, or under
  :data:`~assb_models.data.table.REST_CURRENT`): such readings are kept as
  written, as measurement noise;
- a current in a step that is neither charge nor discharge (rest) is noise up to
  :data:`REST_NOISE_FRACTION` of the file's largest reading (kept, not zeroed,
  read in the sign the file gives a discharge) and an error beyond;
- a convention the user states (``convention=``) replaces the vote, and every step
  whose sign contradicts it is an error naming its line and column: a stated
  convention is never overruled silently, and never kept against the data.

:func:`check_capacity` then compares the charge each step passed with the file's
own capacity columns, which catches a current unit that contradicts the header
and step types that contradict the capacity counters.
"""

import numpy as np

from .table import REST_CURRENT, CyclerDataError, row_label

#: sign a convention writes a discharge and a charge current with
CONVENTIONS = {
    "discharge negative": (-1.0, 1.0),
    "magnitudes": (1.0, 1.0),
}
#: readings against their step's sign are noise up to this fraction of the step's
#: largest reading (a CV step decays to ~1 % of its start; sign noise stays below)
NOISE_FRACTION = 0.02
#: readings in a rest step are noise up to this fraction of the file's largest
#: reading: 0.1 %, the accuracy class of cycler current channels (0.02-0.1 % of
#: full scale); a larger current at rest is a current, and an error
REST_NOISE_FRACTION = 1e-3
#: a step's charge from the current and from the capacity column may differ by
#: this factor (sampling, rounding); a wrong unit gives 1000
CAPACITY_FACTOR = 2.0


def runs_of(*keys):
    """An id per row that changes whenever any of ``keys`` (arrays) changes."""
    change = np.zeros(len(keys[0]), dtype=bool)
    for key in keys:
        key = np.asarray(key)
        change[1:] |= key[1:] != key[:-1]
    return np.cumsum(change)


def segments(runs):
    """(first, last) row of each run."""
    starts = np.r_[0, np.flatnonzero(np.diff(runs)) + 1]
    ends = np.r_[starts[1:] - 1, len(runs) - 1]
    return zip(starts, ends, strict=False)


def pybamm_current(
    written, direction, runs, labels, source, lines, column, convention=None
):
    """PyBaMM current [A] (discharge positive) from a current as the file writes it.

    Parameters
    ----------
    written : numpy.ndarray
        The file's current [A] (already in A).
    direction : numpy.ndarray
        Per row: +1 in a discharge step, -1 in a charge step, 0 otherwise.
    runs : numpy.ndarray
        Step id per row (:func:`runs_of`).
    labels : numpy.ndarray
        Step type of each row as written, for messages.
    source, lines, column : str, numpy.ndarray or None, str
        For messages: the file, the file line of each row, the current column.
    convention : str, optional
        A key of :data:`CONVENTIONS` the user states for the file; default: the
        vote of its steps.

    Returns
    -------
    current : numpy.ndarray
    note : str
        The convention and the vote that chose it.
    """
    if convention is not None and convention not in CONVENTIONS:
        raise CyclerDataError(
            f"'convention' = {convention!r} is not one of {list(CONVENTIONS)}"
        )
    largest = float(np.max(np.abs(written))) if written.size else 0.0
    rest_noise = max(REST_CURRENT, REST_NOISE_FRACTION * largest)
    idle = np.flatnonzero((direction == 0) & (np.abs(written) > rest_noise))
    if idle.size:
        i = idle[0]
        raise CyclerDataError(
            f"{source}: {column!r} = {written[i]:g} A at {row_label(i, lines)} in a "
            f"step of type {labels[i]!r}, which is neither a charge nor a discharge; "
            "allowed "
            f"|current| <= {rest_noise:.3g} A there (noise: {REST_NOISE_FRACTION:g} of "
            f"the file's largest reading, {largest:.3g} A)"
        )
    steps = []  # (first row, last row, direction, median non-zero reading)
    for first, last in segments(runs):
        d = direction[first]
        values = written[first : last + 1]
        values = values[np.abs(values) > REST_CURRENT]
        if d != 0 and values.size:
            steps.append((first, last, d, np.median(values)))
    votes = {
        name: sum(np.sign(m) == (w_dis if d > 0 else w_chg) for _, _, d, m in steps)
        for name, (w_dis, w_chg) in CONVENTIONS.items()
    }
    name = convention or max(votes, key=votes.get)
    w_dis, w_chg = CONVENTIONS[name]
    vote = f"{votes[name]} of {len(steps)} charge/discharge steps"
    if convention is not None:
        vote = f"as stated; {vote} agree"
    else:
        vote = f"{vote} agree"
    for first, _, d, median in steps:
        expected = w_dis if d > 0 else w_chg
        if np.sign(median) != expected:
            kind = "discharge" if d > 0 else "charge"
            raise CyclerDataError(
                f"{source}: the {kind} step of type {labels[first]!r} starting at "
                f"{row_label(first, lines)} has {column!r} = {median:g} A (median), "
                f"but the file writes currents as {name} ({vote}); allowed "
                f"{column!r} {'>=' if expected > 0 else '<='} 0 in a {kind} step: the "
                "step type contradicts the current sign"
            )
    written_sign = np.where(direction > 0, w_dis, w_chg)
    current = direction * written_sign * written
    # rest noise kept, read as the file writes a discharge (PyBaMM: discharge > 0)
    current = np.where(direction == 0, w_dis * written, current)
    for first, last in segments(runs):
        if direction[first] == 0:
            continue
        step = slice(first, last + 1)
        tolerance = max(REST_CURRENT, NOISE_FRACTION * np.max(np.abs(written[step])))
        against = np.flatnonzero(direction[step] * current[step] < -tolerance)
        if against.size:
            i = first + against[0]
            raise CyclerDataError(
                f"{source}: {column!r} = {written[i]:g} A at {row_label(i, lines)} "
                f"contradicts its {labels[i]!r} step (the file writes {name}); allowed "
                f"against the step's sign: at most {tolerance:.3g} A (noise)"
            )
    return current, f"current written as {name} ({vote})"


def check_capacity(time, current, direction, runs, capacity, source, lines, column):
    """Compare each step's charge with the file's capacity column(s).

    ``capacity`` maps "discharge" and "charge" (Neware: one counter each, in A.h)
    or "step" (Maccor: one counter of the step's charge magnitude) to arrays in A.h.
    Per charge or discharge step of at least 3 rows: the counter of the other
    direction must not rise more than the step's own (else the step type
    contradicts the counters), and the charge integrated from the current must
    agree with the counter's rise within a factor :data:`CAPACITY_FACTOR` (else
    the current's unit or values contradict the file), for steps holding at least
    1 % of the largest step charge.
    """
    steps = []
    for first, last in segments(runs):
        d = direction[first]
        if d == 0 or last - first < 2:
            continue
        rows = slice(first, last + 1)
        i, t = current[rows], time[rows]
        q = abs(np.sum(0.5 * (i[1:] + i[:-1]) * np.diff(t))) / 3600
        if "step" in capacity:
            own, other = capacity["step"][rows], None
        else:
            own = capacity["discharge" if d > 0 else "charge"][rows]
            other = capacity["charge" if d > 0 else "discharge"][rows]
        rise = own[-1] - own[0]
        other_rise = None if other is None else other[-1] - other[0]
        steps.append((first, d, q, rise, other_rise))
    if not steps:
        return
    scale = max(max(q, abs(rise)) for _, _, q, rise, _ in steps)
    for first, d, q, rise, other_rise in steps:
        kind = "discharge" if d > 0 else "charge"
        if other_rise is not None and other_rise > max(rise, 0.01 * scale):
            raise CyclerDataError(
                f"{source}: the {kind} step starting at {row_label(first, lines)} "
                f"raises the file's {'charge' if d > 0 else 'discharge'} capacity "
                f"counter by {other_rise:.4g} A.h and its {kind} counter by "
                f"{rise:.4g} A.h: the step type contradicts the capacity columns"
            )
        if max(q, abs(rise)) < 0.01 * scale:
            continue
        ratio = q / abs(rise) if rise != 0 else np.inf  # a net counter falls
        if not 1 / CAPACITY_FACTOR <= ratio <= CAPACITY_FACTOR:
            raise CyclerDataError(
                f"{source}: in the {kind} step starting at {row_label(first, lines)}, "
                f"{column!r} integrates to {q:.4g} A.h but the file's capacity column "
                f"rises by {rise:.4g} A.h (allowed ratio [{1 / CAPACITY_FACTOR:g}, "
                f"{CAPACITY_FACTOR:g}]): the current's unit or values contradict the "
                "file"
            )
