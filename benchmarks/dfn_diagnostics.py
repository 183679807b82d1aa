"""Three diagnostics of the solid-state DFN: lithium drift, sensitivity cost, memory.

``drift``: the Park 2021 Li-In LiCoO2 full cell (no side reaction) charged for
1 h at 0.1 C, then rested for 1 h. At the last state of the rest it evaluates
the discretised model's own right-hand side and prints the rate of change of
"Total lithium [mol]" it implies (the count is linear in the states, so the
rate is the count's Jacobian times the right-hand side), the drift rate the
solve shows over the rest, the net faradaic current of the cathode (zero at
rest if the current balance held exactly) and the algebraic residual after
Newton iterations with the exact Jacobian. It repeats the rest with tighter
IDAKLU settings, which leave the drift unchanged.

``sensitivity``: a 0.5 C charge of the Lee 2020 anode-free cell (the anode
alone, as the fitting test) with forward sensitivities to "Exchange-current
density for lithium metal electrode [A.m-2]", at rtol 1e-8 and several atol,
on the DFN and the SPMe: wall time and the largest change of the voltage and
of its sensitivity against atol 1e-10.

``memory``: Lee 2020 cycles (formation + N cycles at 0.5 C, "silver migration"
off, as the long run) and the resident memory every 10 cycles.

Run ``python benchmarks/dfn_diagnostics.py [drift|sensitivity|memory]``.
"""

import argparse
import time

import numpy as np
import pybamm

import assb_models
from assb_models.reproductions.lee2020 import cells as lee_cells
from assb_models.reproductions.park2021 import cells as park_cells
from assb_models.solver import SolidStateSolver

PLATING = "Exchange-current density for lithium metal electrode [A.m-2]"
ANODE_ONLY = {"anode": "anode-free", "anode interphase": "diffusion-limited"}


def resident_mb():
    """Resident memory of this process [MB] (Linux)."""
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return float(line.split()[1]) / 1e3
    return float("nan")


def _evaluate(built, name, t, y, inputs):
    return np.ravel(built.get_processed_variable(name).evaluate(t, y, inputs=inputs))


def drift():
    _, pv = park_cells.full_cell("Li-In")
    steps = ("Charge at 0.1C for 1 hour", "Rest for 1 hour")
    for label, solver in (
        ("default", None),
        ("rtol 1e-6, atol 1e-8", SolidStateSolver(rtol=1e-6, atol=1e-8)),
        (
            "Newton coefficient 0.0033",
            SolidStateSolver(options={"nonlinear_convergence_coefficient": 0.0033}),
        ),
    ):
        model = assb_models.SolidStateDFN({"anode": "Li-In"})
        sol = pybamm.Simulation(
            model,
            parameter_values=pv,
            experiment=pybamm.Experiment([steps]),
            solver=solver,
        ).solve()
        rest = sol.cycles[0].steps[1]
        n_li = rest["Total lithium [mol]"].entries
        observed = (n_li[-1] - n_li[0]) / (rest.t[-1] - rest.t[0])
        print(
            f"{label}: drift over the rest {observed:.3e} mol/s "
            f"({observed / n_li[0]:.2e} of the Li per s)"
        )
    built = rest.all_models[0]
    y, t, inputs = rest.all_ys[0][:, -1].copy(), rest.t[-1], rest.all_inputs[0]
    n_rhs = built.concatenated_rhs.size
    states = pybamm.StateVector(slice(0, y.size))
    count = built.get_processed_variable("Total lithium [mol]").jac(states)
    c = np.asarray(count.evaluate(t, y, inputs=inputs).todense()).ravel()
    rhs = np.ravel(built.concatenated_rhs.evaluate(t, y, inputs=inputs))
    print(f"rate the model's right-hand side gives: {c[:n_rhs] @ rhs:.3e} mol/s")
    name = "X-averaged positive electrode interfacial current density [A.m-2]"
    jac = built.concatenated_algebraic.jac(states).evaluate(t, y, inputs=inputs)
    jac = np.asarray(jac.todense())[:, n_rhs:]
    for it in range(4):
        residual = np.ravel(built.concatenated_algebraic.evaluate(t, y, inputs=inputs))
        j_net = _evaluate(built, name, t, y, inputs)[0]
        print(
            f"Newton {it}: max |algebraic residual| {np.abs(residual).max():.2e}, "
            f"net cathode faradaic current {j_net:.2e} A/m2 (applied 0)"
        )
        y[n_rhs:] -= np.linalg.solve(jac, residual)


def sensitivity(t_end=3600.0, atols=(1e-10, 1e-7, 1e-6, 1e-5), values=(20.0, 40.0)):
    pv = assb_models.get_parameter_values("Lee2020")
    pv[PLATING] = "[input]"
    pv["Current function [A]"] = -0.5 * pv["Nominal cell capacity [A.h]"]
    t = np.linspace(0, t_end, 61)
    for model in (assb_models.SolidStateDFN, assb_models.SolidStateSPMe):
        sim = pybamm.Simulation(model(ANODE_ONLY), parameter_values=pv)
        sim.build()
        for value in values:
            ref = None
            for atol in atols:
                row = f"{model.__name__} j0 {value:g} atol {atol:.0e}: "
                solver = pybamm.IDAKLUSolver(rtol=1e-8, atol=atol)
                start = time.perf_counter()
                try:
                    sol = solver.solve(
                        sim.built_model,
                        t_eval=[0, t_end],
                        t_interp=t,
                        inputs={PLATING: value},
                        calculate_sensitivities=True,
                    )
                except pybamm.SolverError as error:
                    print(row + f"failed ({str(error)[:60]})")
                    continue
                elapsed = time.perf_counter() - start
                v = sol["Voltage [V]"]
                s = np.ravel(v.sensitivities[PLATING])
                if ref is None:
                    ref = (v.entries, s)
                dv = np.max(np.abs(v.entries - ref[0]))
                ds = np.max(np.abs(s - ref[1])) / np.max(np.abs(ref[1]))
                print(row + f"{elapsed:.2f} s, |dV| {dv:.1e} V, |dS|/|S| {ds:.1e}")


def memory(cycles=60):
    pv, options = lee_cells.without(("silver migration",))

    class Watch(pybamm.callbacks.Callback):
        count = 0

        def on_cycle_end(self, logs):
            Watch.count += 1
            if Watch.count % 10 == 0:
                print(f"cycle {Watch.count}: resident {resident_mb():.0f} MB")

    sim = pybamm.Simulation(
        assb_models.SolidStateDFN(options),
        parameter_values=pv,
        experiment=lee_cells.experiment(cycles),
    )
    sim.solve(save_at_cycles=[1, 2], callbacks=[Watch()])


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("which", nargs="*", default=["drift", "sensitivity", "memory"])
    args = parser.parse_args()
    for which in args.which:
        print(f"== {which}")
        {"drift": drift, "sensitivity": sensitivity, "memory": memory}[which]()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
