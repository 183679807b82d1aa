"""Small cycler and spectrum files written from known data, for the integrity tests.

A test is a list of steps; every writer turns the same tidy rows (PyBaMM sign:
discharge current > 0) into one instrument's format, so a reader's result can be
compared with the rows it was written from.
"""

import dataclasses

import numpy as np


@dataclasses.dataclass
class Rows:
    """Tidy rows of a test: time [s], PyBaMM current [A], voltage [V], cycle, step,
    and the step kind of each row ("rest", "charge", "discharge")."""

    time: np.ndarray
    current: np.ndarray
    voltage: np.ndarray
    cycle: np.ndarray
    step: np.ndarray
    kind: list


def make_rows(steps, v0=3.5):
    """Rows from ``steps`` = [(kind, n_rows, |current| [A], dt [s], dV per row [V])].

    The cycle number counts up after every charge step; step numbers are 1, 2, ...
    within a cycle. Each step's first row sits one ``dt`` after the previous
    step's last row.
    """
    time, current, voltage, cycle, step, kind = [], [], [], [], [], []
    t, v, c, s = 0.0, v0, 1, 0
    for k, n, amps, dt, dv in steps:
        s += 1
        sign = {"rest": 0.0, "discharge": 1.0, "charge": -1.0}[k]
        for _ in range(n):
            time.append(t)
            current.append(sign * amps)
            voltage.append(v)
            cycle.append(c)
            step.append(s)
            kind.append(k)
            t += dt
            v = float(np.clip(v - sign * dv, 2.5, 4.3))
        if k == "charge":
            c, s = c + 1, 0
    return Rows(
        *(np.array(x, dtype=float) for x in (time, current, voltage)),
        np.array(cycle),
        np.array(step),
        kind,
    )


def _step_counters(rows):
    """Per row: charge and discharge capacity [A.h] and energy [W.h] of its step so
    far (Neware's counters restart every step)."""
    n = len(rows.time)
    out = {key: np.zeros(n) for key in ("chg_q", "dchg_q", "chg_e", "dchg_e")}
    for i in range(1, n):
        if rows.step[i] != rows.step[i - 1] or rows.cycle[i] != rows.cycle[i - 1]:
            continue
        dt = rows.time[i] - rows.time[i - 1]
        dq = abs(0.5 * (rows.current[i] + rows.current[i - 1]) * dt) / 3600
        de = dq * 0.5 * (rows.voltage[i] + rows.voltage[i - 1])
        prefix = "dchg" if rows.kind[i] == "discharge" else "chg"
        for key in out:
            out[key][i] = out[key][i - 1]
        if rows.kind[i] != "rest":
            out[prefix + "_q"][i] += dq
            out[prefix + "_e"][i] += de
    return out


def _hms(seconds):
    h, rest = divmod(seconds, 3600)
    m, s = divmod(rest, 60)
    return f"{int(h):02d}:{int(m):02d}:{s:06.3f}"


NEWARE_TYPES = {"rest": "Rest", "charge": "CC Chg", "discharge": "CC DChg"}


def neware_text(rows, signed=True):
    """A Neware CSV: discharge current negative (``signed``) or magnitudes."""
    counters = _step_counters(rows)
    lines = [
        "DataPoint,Cycle Index,Step Index,Step Type,Cumulative Time,Current(A),"
        "Voltage(V),Chg. Cap.(Ah),DChg. Cap.(Ah),Chg. Energy(Wh),DChg. Energy(Wh)"
    ]
    for i in range(len(rows.time)):
        amps = -rows.current[i] if signed else abs(rows.current[i])
        lines.append(
            f"{i + 1},{rows.cycle[i]},{rows.step[i]},{NEWARE_TYPES[rows.kind[i]]},"
            f"{_hms(rows.time[i])},{float(amps)!r},{float(rows.voltage[i])!r},"
            f"{float(counters['chg_q'][i])!r},{float(counters['dchg_q'][i])!r},"
            f"{float(counters['chg_e'][i])!r},{float(counters['dchg_e'][i])!r}"
        )
    return "\n".join(lines) + "\n"


MACCOR_STATES = {"rest": "R", "charge": "C", "discharge": "D"}


def maccor_text(rows, signed=False):
    """A Maccor text export: magnitudes with the State column, or signed."""
    counters = _step_counters(rows)
    head = [
        "Today's Date:\t01 January 2024\tDate of Test:\t01 January 2024",
        "    Filename:\tfuzz\tTester Channel:\t1",
        "Procedure:\tfuzz.000\tDescription:",
        "Rec#\tCyc#\tStep\tTestTime\tAmp-hr\tAmps\tVolts\tState",
    ]
    for i in range(len(rows.time)):
        amps = abs(rows.current[i])
        if signed and rows.kind[i] == "discharge":
            amps = -amps
        d, rest = divmod(rows.time[i], 86400)
        step_q = counters["chg_q"][i] + counters["dchg_q"][i]
        head.append(
            f"{i + 1}\t{rows.cycle[i]}\t{rows.step[i]}\t{int(d)}d {_hms(rest)}\t"
            f"{float(step_q)!r}\t{float(amps)!r}\t{float(rows.voltage[i])!r}\t{MACCOR_STATES[rows.kind[i]]}"
        )
    return "\n".join(head) + "\n"


GENERIC_COLUMNS = {
    "Time [s]": "t/s",
    "Current [A]": "I/A",
    "Voltage [V]": "U/V",
    "Cycle": "cycle",
    "Step": "step",
}


def generic_text(rows):
    """A CSV with discharge current positive (as PyBaMM)."""
    lines = ["t/s,I/A,U/V,cycle,step"]
    for i in range(len(rows.time)):
        lines.append(
            f"{float(rows.time[i])!r},{float(rows.current[i])!r},{float(rows.voltage[i])!r},"
            f"{rows.cycle[i]},{rows.step[i]}"
        )
    return "\n".join(lines) + "\n"


def mpr_bytes(rows, ns=None, frequencies=None, z=None):
    """A minimal EC-Lab ``.mpr`` (settings and data modules) that galvani reads.

    Records hold the flags byte (mode, "Ns changes"), Ns, time/s, Ewe/V, I/mA (EC-Lab
    sign: oxidation positive, so -PyBaMM current), (Q-Qo)/mA.h, freq/Hz, Re(Z) and
    -Im(Z) and cycle number. Impedance points (``frequencies``, ``z``) are appended
    after the time samples.
    """
    from galvani.BioLogic import MPR_MAGIC, VMPdata_dtype_from_colIDs, VMPmodule_hdr_v1

    ids = [1, 31, 131, 4, 6, 8, 13, 32, 37, 38, 24]
    dtype, _ = VMPdata_dtype_from_colIDs(ids)
    n_eis = 0 if frequencies is None else len(frequencies)
    n = len(rows.time)
    data = np.zeros(n + n_eis, dtype=dtype)
    ns = rows.step if ns is None else ns
    changed = np.r_[False, np.diff(ns) != 0]
    data["flags"][:n] = 1 | (0x20 * changed)
    data["Ns"][:n] = ns
    data["time/s"][:n] = rows.time
    data["Ewe/V"][:n] = rows.voltage
    data["I/mA"][:n] = -1e3 * rows.current
    i_ox = -rows.current
    q = np.r_[0.0, np.cumsum(0.5 * (i_ox[1:] + i_ox[:-1]) * np.diff(rows.time))] / 3.6
    data["(Q-Qo)/mA.h"][:n] = q
    data["cycle number"][:n] = rows.cycle
    if n_eis:
        data["flags"][n:] = 1
        data["Ns"][n:] = ns[-1]
        data["time/s"][n:] = rows.time[-1] + 1 + np.arange(n_eis)
        data["(Q-Qo)/mA.h"][n:] = q[-1]
        data["freq/Hz"][n:] = frequencies
        data["Re(Z)/Ohm"][n:] = np.real(z)
        data["-Im(Z)/Ohm"][n:] = -np.imag(z)
        data["cycle number"][n:] = rows.cycle[-1]
    columns = np.array(ids, dtype="<u2").tobytes()
    head = np.array([n + n_eis], dtype="<u4").tobytes() + bytes([len(ids)]) + columns
    body = head.ljust(405, b"\0") + data.tobytes()

    def module(short, long, payload, version):
        header = np.zeros(1, dtype=VMPmodule_hdr_v1)
        header["shortname"] = short.ljust(10)
        header["longname"] = long.ljust(25)
        header["length"] = len(payload)
        header["version"] = version
        header["date"] = b"01/02/24"
        return b"MODULE" + header.tobytes() + payload

    return (
        MPR_MAGIC
        + module(b"VMP Set", b"VMP settings", b"\0" * 16, 0)
        + module(b"VMP data", b"VMP data", body, 2)
    )


def spectrum_text(frequencies, z, sep=","):
    """A spectrum as EC-Lab's column names write it."""
    lines = [sep.join(("freq/Hz", "Re(Z)/Ohm", "-Im(Z)/Ohm"))]
    for f, value in zip(frequencies, z, strict=False):
        lines.append(
            sep.join(
                (repr(float(f)), repr(float(value.real)), repr(float(-value.imag)))
            )
        )
    return "\n".join(lines) + "\n"
