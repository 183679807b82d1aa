"""The records of a paper reproduction: a scored :class:`Target` and the
:class:`Reproduction` interface every paper implements."""

import dataclasses
import pathlib

from assb_models.parameters.parameter_values import get_sources
from assb_models.strict_json import jsonable
from assb_models.validation import InvalidInputError


@dataclasses.dataclass
class Target:
    """One paper target, scored.

    ``paper``, ``tolerance`` and ``model`` are short texts (with units) as a report
    shows them; ``details`` holds the numbers behind ``model`` (arrays, sub-checks,
    why a miss is a miss).
    """

    id: str
    what: str
    paper: str
    tolerance: str
    model: str
    passed: bool
    details: dict = dataclasses.field(default_factory=dict)

    def as_dict(self):
        """JSON-friendly dict; the score is under ``"pass"``."""
        return jsonable(
            {
                "id": self.id,
                "what": self.what,
                "paper": self.paper,
                "tolerance": self.tolerance,
                "model": self.model,
                "pass": bool(self.passed),
                "details": self.details,
            }
        )


class Reproduction:
    """A paper reproduction: its cells and protocols (module functions), targets and
    figures.

    Subclasses set ``name`` (registry key), ``title``, ``citation`` (BibTeX key),
    ``parameter_set`` and ``target_ids``, and implement :meth:`score` and
    :meth:`figures`. Results computed once are kept on the instance, so
    :meth:`targets` then :meth:`figures` run each simulation once.

    Parameters
    ----------
    progress : callable, optional
        Called with one line of text as each long step starts (e.g. ``print``).
    """

    name = ""
    title = ""
    citation = ""
    parameter_set = ""
    target_ids = ()

    def __init__(self, progress=None):
        self._progress = progress
        self._cache = {}

    def say(self, text):
        """Report progress (no-op without a ``progress`` callable)."""
        if self._progress is not None:
            self._progress(text)

    def step(self, text, compute):
        """``compute()`` after the progress line ``text ...``."""
        self.say(f"{text} ...")
        return compute()

    def cached(self, key, compute):
        """``compute()`` once per instance under ``key``."""
        if key not in self._cache:
            self._cache[key] = compute()
        return self._cache[key]

    def check_ids(self, ids):
        """``ids`` (None: every target) as a tuple of known target ids, in order."""
        if ids is None:
            return tuple(self.target_ids)
        unknown = [i for i in ids if i not in self.target_ids]
        if unknown:
            raise InvalidInputError(
                f"{self.name}: unknown target(s) {unknown}; allowed: "
                f"{', '.join(self.target_ids)}"
            )
        return tuple(i for i in self.target_ids if i in ids)

    def targets(self, ids=None):
        """The scored :class:`Target` records (all, or those in ``ids``)."""
        return [self.score(i) for i in self.check_ids(ids)]

    #: {target id: (paper value, tolerance text)}, copied from the paper's targets
    paper = {}

    #: targets not in the default run (too slow): {target id: (what, command that
    #: runs it)}
    slow_targets = {}

    @staticmethod
    def summary(target_id, row):
        """The model's value of a target's row in one line, for the report."""
        raise NotImplementedError

    def score(self, target_id):
        """One scored :class:`Target`: the row of ``target_id`` (its "what", "pass"
        and numbers) beside :attr:`paper`."""
        row = self.row(target_id)
        paper, tolerance = self.paper[target_id]
        details = {k: v for k, v in row.items() if k not in ("what", "pass", "paper")}
        return Target(
            target_id,
            row["what"],
            paper,
            tolerance,
            self.summary(target_id, row),
            bool(row["pass"]),
            details,
        )

    def figure_folder(self, out, ids, stem):
        """For :meth:`figures`: the folder ``out`` (created), the file stem (default
        :attr:`name`) and the selected target ids as a set."""
        out = pathlib.Path(out)
        out.mkdir(parents=True, exist_ok=True)
        return out, stem or self.name, set(self.check_ids(ids))

    def figures(self, out, ids=None, stem=None):
        """Write the figures illustrating ``ids`` (None: all) as PNGs in ``out``,
        named ``<stem>*.png`` (default: :attr:`name`); returns their paths."""
        raise NotImplementedError

    def sources(self):
        """Every parameter of the paper's set with its source."""
        return get_sources(self.parameter_set)
