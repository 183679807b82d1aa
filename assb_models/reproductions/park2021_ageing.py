"""Park 2021 full-cell ageing (no target; a prediction): 100 cycles at 0.1 C of each
LiCoO2 full cell, discharge capacity and CE per cycle, with the Li the SE reduction
takes from bare Li. ``experiments/park2021_li2se.py --full-cell-cycling`` writes it
under the JSON key "full-cell cycling".
"""

import numpy as np
import pybamm

from assb_models.parameter_sets import Park2021 as park_set

from .park2021 import FULL_CELLS, _capacity, _cycle, _steps, full_cell

#: the ageing study: 100 cycles at 0.1 C (charge and discharge), 4.3-3.0 V vs Li
CYCLING_CYCLES = 100
CYCLING_RATE = 0.1


def full_cell_cycling(cells=FULL_CELLS, cycles=CYCLING_CYCLES, rate=CYCLING_RATE):
    """Discharge capacity and CE per cycle of each full cell (no target: a prediction).

    Each cycle: charge at ``rate`` to 4.3 V vs Li, rest 1 h, discharge at ``rate``
    to 3.0 V vs Li, rest 1 h. Besides capacity and CE, the Li the anode interphase
    took (SE reduction; bare Li only) and the drift of "Total lithium [mol]".
    """
    rows = {}
    for anode in cells:
        model, pv = full_cell(anode)
        experiment = pybamm.Experiment([_cycle(rate, pv, rate)] * cycles)
        sol = pybamm.Simulation(
            model, parameter_values=pv, experiment=experiment
        ).solve()
        charge, discharge, lost = [], [], []
        name = "Negative electrode lithium lost to interphase [mol.m-2]"
        for cycle in sol.cycles:
            ch, _, dis, _ = _steps(cycle)
            charge.append(_capacity(ch))
            discharge.append(_capacity(dis))
            end = dis if dis is not None else ch
            m_am = end["Positive electrode active material mass [kg]"].entries[-1]
            n_lost = float(end[name].entries[-1]) if name in model.variables else 0.0
            # mol/m2 x F x 1 cm2 -> A.h per kg of LCO = mAh/g
            lost.append(n_lost * park_set.F * 1e-4 / 3600 / m_am)
        n_li = sol["Total lithium [mol]"].entries
        ce = [100 * d / c if c > 0 else 0.0 for c, d in zip(charge, discharge, strict=False)]
        rows[anode] = {
            "discharge capacity [mAh/g]": discharge,
            "CE [%]": ce,
            "charge capacity [mAh/g]": charge,
            "Li lost to the anode interphase [mAh/g]": lost,
            "capacity retention [%]": 100 * discharge[-1] / discharge[0],
            "Total lithium relative drift": float(np.ptp(n_li) / n_li[0]),
            "cycles run": len(sol.cycles),
            "last event": sol.termination,
        }
    return {
        "what": f"{cycles} cycles at {rate:g} C, 4.3-3.0 V vs Li, 1 h rests",
        "paper": "no numbers (not a target); what the model predicts",
        "cells": rows,
    }
