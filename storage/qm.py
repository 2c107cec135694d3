"""Quality monitoring in the journal: form versions, evaluations and their scores,
calibration rounds and their readings, and competence judgements.

The monthly figures `qm_score` and `rq` are computed from the evaluations when figures are
read (`qm_figures`), never stored twice: the evaluations are the one source.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from coachtui.clock import now_iso
from coachtui.errors import NotFoundError, UserError
from coachtui.outside_text import quoted
from coachtui.storage.base import StoreBase

if TYPE_CHECKING:
    from coachtui.model import FigureRow
    from coachtui.model.qm_form import FormCriterion, QmForm
    from coachtui.model.qm_records import (
        CalibrationRound,
        CompetenceJudgement,
        Evaluation,
        Skill,
    )

_CRITERION_COLUMNS = ("key", "principle_nl", "principle_en", "label_nl", "label_en",
                      "definition_nl", "definition_en", "max", "weight", "knockout", "rq",
                      "factor", "position")  # position last: save_form numbers it
_EVALUATION_FIELDS = ("contact_ref", "channel", "scorer", "scored_on", "agent_verdict")
QM_METRIC_KEYS = ("qm_score", "rq")


def _criterion(row: dict[str, Any]) -> FormCriterion:
    from coachtui.model.qm_form import FormCriterion

    return FormCriterion(**{c: row[c] for c in _CRITERION_COLUMNS if c not in
                            ("knockout", "rq")}, knockout=bool(row["knockout"]),
                         rq=bool(row["rq"]))


class QmStore(StoreBase):
    """The qm_* tables and competence_judgements."""

    # -- the form ----------------------------------------------------------------------
    def save_form(self, form: QmForm, source: str = "") -> int:
        """Store `form` as a new version (older evaluations keep theirs); returns it."""
        with self.transaction():
            cursor = self.conn.execute(
                "INSERT INTO qm_forms (name, loaded_at, source) VALUES (?, ?, ?)",
                [form.name, now_iso(), source])
            version = int(cursor.lastrowid or 0)
            for position, criterion in enumerate(form.criteria, 1):
                values = [getattr(criterion, c) for c in _CRITERION_COLUMNS]
                values[-1] = position
                self.conn.execute(
                    f"INSERT INTO qm_criteria (form_version, {', '.join(_CRITERION_COLUMNS)})"
                    f" VALUES (?, {', '.join('?' * len(_CRITERION_COLUMNS))})",
                    [version, *values])
            self._log("qm_form", version, "loaded", None, form.name, None)
        return version

    def qm_form(self, version: int | None = None) -> QmForm | None:
        """A form version (the latest when None) with its calibration readings, or None."""
        from coachtui.model.qm_form import QmForm

        if version is None:
            row = self._row("SELECT * FROM qm_forms ORDER BY version DESC LIMIT 1")
        else:
            row = self._row("SELECT * FROM qm_forms WHERE version = ?", [version])
        if row is None:
            return None
        criteria = tuple(_criterion(r) for r in self._rows(
            "SELECT * FROM qm_criteria WHERE form_version = ? ORDER BY position",
            [row["version"]]))
        notes: dict[str, list[str]] = defaultdict(list)
        for note in self._rows(
                "SELECT n.criterion, n.text, r.held_on FROM qm_calibration_notes n"
                " JOIN qm_rounds r ON r.id = n.round_id WHERE n.text != ''"
                " ORDER BY r.held_on, r.id"):
            notes[note["criterion"]].append(f"{note['held_on']}: {note['text']}")
        return QmForm(name=row["name"], criteria=criteria, version=row["version"],
                      loaded_at=row["loaded_at"], notes=dict(notes))

    # -- evaluations -------------------------------------------------------------------
    def add_evaluation(self, *, agent_id: int | None, form_version: int, contact_ref: str,
                       channel: str | None, scorer: str, scored_on: str,
                       scores: Mapping[str, int] | None = None,
                       notes: Mapping[str, str] | None = None, agent_verdict: str = "",
                       round_id: int | None = None) -> int:
        """Store one evaluation with its scores (checked against the form version); the
        first one switches the metrics qm_score and rq on. Returns its id."""
        form = self.qm_form(form_version)
        if form is None:
            raise NotFoundError("qm.err.form_version", version=form_version)
        with self.transaction():
            if agent_id is not None and self._row(
                    "SELECT 1 FROM agents WHERE id = ?", [agent_id]) is None:
                raise NotFoundError("journal.agent_unknown", id=agent_id)
            cursor = self.conn.execute(
                "INSERT INTO qm_evaluations (agent_id, form_version, contact_ref, channel,"
                " scorer, scored_on, agent_verdict, round_id, created_at)"
                " VALUES (?,?,?,?,?,?,?,?,?)",
                [agent_id, form_version, contact_ref, channel, scorer, scored_on,
                 agent_verdict, round_id, now_iso()])
            evaluation_id = int(cursor.lastrowid or 0)
            self._log("qm_evaluation", evaluation_id, "created", None, contact_ref, agent_id)
            row = self._evaluation_row(evaluation_id)
            for key in sorted(set(scores or {}) | set(notes or {})):
                self._write_score(row, form, key, (scores or {}).get(key),
                                  (notes or {}).get(key))
            if round_id is None:
                self._switch_on_qm_metrics()
        return evaluation_id

    def _switch_on_qm_metrics(self) -> None:
        for key in QM_METRIC_KEYS:
            row = self._row("SELECT active FROM metrics WHERE key = ?", [key])
            if row is not None and not row["active"]:
                self.conn.execute("UPDATE metrics SET active = 1 WHERE key = ?", [key])
                self._log("metric", key, "active", 0, 1, None)

    def set_score(self, evaluation_id: int, criterion: str, score: int | None,
                  note: str | None = None) -> None:
        """Set (or clear, with None) one criterion's score; `note` None keeps the note.

        A criterion the evaluation's form version lacks, or a score outside 0..max, is
        refused with nothing written.
        """
        with self.transaction():
            evaluation = self._evaluation_row(evaluation_id)
            self._write_score(evaluation, self.qm_form(int(evaluation["form_version"])),
                              criterion, score, note)

    def _write_score(self, evaluation: dict[str, Any], form: QmForm | None, criterion: str,
                 score: int | None, note: str | None) -> None:
        evaluation_id = evaluation["id"]
        found = form.criterion(criterion) if form else None
        if found is None:
            raise UserError("qm.err.criterion_unknown", criterion=quoted(criterion),
                            known=", ".join(c.key for c in form.criteria) if form else "")
        if score is not None and not 0 <= score <= found.max:
            raise UserError("qm.err.score_range", criterion=quoted(criterion),
                            value=score, max=found.max)
        old = self._row("SELECT score, note FROM qm_scores WHERE evaluation_id = ?"
                        " AND criterion = ?", [evaluation_id, criterion])
        new_note = note if note is not None else (old["note"] if old else "")
        self.conn.execute(
            "INSERT INTO qm_scores (evaluation_id, criterion, score, note) VALUES (?,?,?,?)"
            " ON CONFLICT(evaluation_id, criterion) DO UPDATE SET score = excluded.score,"
            " note = excluded.note", [evaluation_id, criterion, score, new_note])
        if old is None or old["score"] != score:
            self._log("qm_score", f"{evaluation_id}:{criterion}", "score",
                      old["score"] if old else None, score, evaluation["agent_id"])
        if (old["note"] if old else "") != new_note:
            self._log("qm_score", f"{evaluation_id}:{criterion}", "note",
                      old["note"] if old else "", new_note, evaluation["agent_id"])

    def set_evaluation_field(self, evaluation_id: int, name: str, value: str | None) -> None:
        """Change the contact's reference, channel, scorer, date or the agent's verdict."""
        if name not in _EVALUATION_FIELDS:
            raise UserError("qm.err.field", field=quoted(name))
        with self.transaction():
            row = self._evaluation_row(evaluation_id)
            if row[name] != value:
                self.conn.execute(f"UPDATE qm_evaluations SET {name} = ? WHERE id = ?",
                                  [value, evaluation_id])
                self._log("qm_evaluation", evaluation_id, name, row[name], value,
                          row["agent_id"])

    def delete_evaluation(self, evaluation_id: int) -> None:
        """Remove an evaluation and its scores."""
        with self.transaction():
            row = self._evaluation_row(evaluation_id)
            self.conn.execute("DELETE FROM qm_evaluations WHERE id = ?", [evaluation_id])
            self._log("qm_evaluation", evaluation_id, "deleted", row["contact_ref"], None,
                      row["agent_id"])

    def _evaluation_row(self, evaluation_id: int) -> dict[str, Any]:
        row = self._row("SELECT * FROM qm_evaluations WHERE id = ?", [evaluation_id])
        if row is None:
            raise NotFoundError("qm.err.evaluation_unknown", id=evaluation_id)
        return row

    def evaluation(self, evaluation_id: int) -> Evaluation:
        """One evaluation with its scores and notes."""
        found = self._evaluations("WHERE e.id = ?", [evaluation_id])
        if not found:
            raise NotFoundError("qm.err.evaluation_unknown", id=evaluation_id)
        return found[0]

    def evaluations(self, agent_id: int, month: str | None = None) -> list[Evaluation]:
        """The agent's evaluations outside calibration rounds (one month, or all), oldest
        first."""
        where = "WHERE e.agent_id = ? AND e.round_id IS NULL"
        params: list[Any] = [agent_id]
        if month is not None:
            where += " AND substr(e.scored_on, 1, 7) = ?"
            params.append(month)
        return self._evaluations(where, params)

    def _evaluations(self, where: str, params: Sequence[Any]) -> list[Evaluation]:
        from coachtui.model.qm_records import Evaluation

        rows = list(self._rows(f"SELECT e.* FROM qm_evaluations e {where}"
                               " ORDER BY e.scored_on, e.id", params))
        if not rows:
            return []
        ids = [r["id"] for r in rows]
        scores: dict[int, dict[str, int]] = defaultdict(dict)
        notes: dict[int, dict[str, str]] = defaultdict(dict)
        marks = ", ".join("?" * len(ids))
        for s in self._rows(f"SELECT * FROM qm_scores WHERE evaluation_id IN ({marks})", ids):
            if s["score"] is not None:
                scores[s["evaluation_id"]][s["criterion"]] = int(s["score"])
            if s["note"]:
                notes[s["evaluation_id"]][s["criterion"]] = s["note"]
        return [Evaluation(id=r["id"], agent_id=r["agent_id"], form_version=r["form_version"],
                           contact_ref=r["contact_ref"], channel=r["channel"],
                           scorer=r["scorer"], scored_on=r["scored_on"],
                           agent_verdict=r["agent_verdict"], round_id=r["round_id"],
                           scores=scores[r["id"]], notes=notes[r["id"]]) for r in rows]

    def qm_figures(self, agent_id: int, month: str | None = None
                   ) -> list[tuple[str, str, float]]:
        """The computed monthly figures (month, metric, value) of `qm_score` and `rq` from
        the agent's evaluations (scoring rules in `coachtui.model.qm_scoring`)."""
        from coachtui.model import qm_scoring

        evaluations = self.evaluations(agent_id, month)
        if not evaluations:
            return []
        forms: dict[int, QmForm | None] = {}
        by_month: dict[str, tuple[list[float], list[int]]] = {}
        for evaluation in evaluations:
            if evaluation.form_version not in forms:
                forms[evaluation.form_version] = self.qm_form(evaluation.form_version)
            form = forms[evaluation.form_version]
            if form is None:
                continue
            scores, rqs = by_month.setdefault(evaluation.month, ([], []))
            score = qm_scoring.contact_score(form.rules, evaluation.scores)
            if score is not None:
                scores.append(score)
            rq_key = form.rq_key
            if rq_key is not None and rq_key in evaluation.scores:
                rqs.append(evaluation.scores[rq_key])
        out: list[tuple[str, str, float]] = []
        for when in sorted(by_month):
            scores, rqs = by_month[when]
            qm = qm_scoring.rounded(qm_scoring.mean(scores))
            if qm is not None:
                out.append((when, "qm_score", qm))
            rq = qm_scoring.rounded(qm_scoring.rq_share(rqs))
            if rq is not None:
                out.append((when, "rq", rq))
        return out

    def with_qm_figures(self, rows: list[FigureRow], agent_id: int,
                        month: str | None) -> list[FigureRow]:
        """`rows` (the figures table's) with the computed `qm_score` and `rq` joined in, in
        display order. A month with evaluations shows the computed value, also where a
        value of that metric was imported: the evaluations are the one source then."""
        from coachtui.model import FigureRow
        from coachtui.storage.catalogue import CatalogueStore

        computed = self.qm_figures(agent_id, month)
        if not computed or not isinstance(self, CatalogueStore):
            return rows
        done = {(when, metric) for when, metric, _ in computed}
        merged = [r for r in rows if (r.month, r.metric) not in done]
        merged += [FigureRow(agent_id=agent_id, month=when, metric=metric, value=value,
                             source="qm", target=self.target_for(agent_id, metric, when))
                   for when, metric, value in computed]
        order = {r["key"]: r["position"] for r in self._rows("SELECT key, position FROM metrics")}
        merged.sort(key=lambda r: (r.month, order.get(r.metric, 0), r.metric))
        return merged

    # -- calibration rounds -----------------------------------------------------------
    def add_round(self, held_on: str, form_version: int, contacts: Sequence[str], *,
                  source: str = "", agents: Mapping[str, int | None] | None = None) -> int:
        """A new calibration round on these contacts; returns its id."""
        with self.transaction():
            cursor = self.conn.execute(
                "INSERT INTO qm_rounds (held_on, form_version, source, created_at)"
                " VALUES (?,?,?,?)", [held_on, form_version, source, now_iso()])
            round_id = int(cursor.lastrowid or 0)
            for position, ref in enumerate(dict.fromkeys(contacts), 1):
                self.conn.execute(
                    "INSERT INTO qm_round_contacts (round_id, contact_ref, agent_id, position)"
                    " VALUES (?,?,?,?)", [round_id, ref, (agents or {}).get(ref), position])
            self._log("qm_round", round_id, "created", None, held_on, None)
        return round_id

    def calibration_round(self, round_id: int) -> CalibrationRound:
        """One round with its contacts, evaluations and readings."""
        from coachtui.model.qm_records import CalibrationRound, RoundContact

        row = self._row("SELECT * FROM qm_rounds WHERE id = ?", [round_id])
        if row is None:
            raise NotFoundError("qm.err.round_unknown", id=round_id)
        contacts = tuple(RoundContact(r["contact_ref"], r["agent_id"], r["agreed_score"])
                         for r in self._rows("SELECT * FROM qm_round_contacts WHERE"
                                             " round_id = ? ORDER BY position", [round_id]))
        notes = {r["criterion"]: r["text"] for r in self._rows(
            "SELECT criterion, text FROM qm_calibration_notes WHERE round_id = ?", [round_id])}
        return CalibrationRound(id=row["id"], held_on=row["held_on"],
                                form_version=row["form_version"], source=row["source"],
                                contacts=contacts,
                                evaluations=tuple(self._evaluations("WHERE e.round_id = ?",
                                                                    [round_id])),
                                notes=notes)

    def calibration_rounds(self) -> list[CalibrationRound]:
        """Every round, oldest first."""
        return [self.calibration_round(r["id"]) for r in self._rows(
            "SELECT id FROM qm_rounds ORDER BY held_on, id")]

    def set_agreed_score(self, round_id: int, contact_ref: str, score: float | None) -> None:
        """Record the score the group agreed on for one contact of the round."""
        with self.transaction():
            old = self._row("SELECT agreed_score FROM qm_round_contacts WHERE round_id = ?"
                            " AND contact_ref = ?", [round_id, contact_ref])
            if old is None:
                raise NotFoundError("qm.err.round_contact", id=round_id,
                                    contact=quoted(contact_ref))
            if old["agreed_score"] != score:
                self.conn.execute("UPDATE qm_round_contacts SET agreed_score = ? WHERE"
                                  " round_id = ? AND contact_ref = ?",
                                  [score, round_id, contact_ref])
                self._log("qm_round", f"{round_id}:{contact_ref}", "agreed_score",
                          old["agreed_score"], score, None)

    def set_calibration_note(self, round_id: int, criterion: str, text: str) -> None:
        """How a disputed criterion is read from now on (kept with the form)."""
        with self.transaction():
            if self._row("SELECT 1 FROM qm_rounds WHERE id = ?", [round_id]) is None:
                raise NotFoundError("qm.err.round_unknown", id=round_id)
            old = self._row("SELECT text FROM qm_calibration_notes WHERE round_id = ? AND"
                            " criterion = ?", [round_id, criterion])
            if old is not None and old["text"] == text:
                return
            self.conn.execute(
                "INSERT INTO qm_calibration_notes (round_id, criterion, text, created_at)"
                " VALUES (?,?,?,?) ON CONFLICT(round_id, criterion) DO UPDATE SET"
                " text = excluded.text", [round_id, criterion, text, now_iso()])
            self._log("qm_round", f"{round_id}:{criterion}", "reading",
                      old["text"] if old else None, text, None)

    # -- competence ----------------------------------------------------------------------
    def skills(self, factor_sets: Sequence[str] | None = None) -> list[Skill]:
        """The factors of named factor sets (all, or these), by set and importance."""
        from coachtui.model.qm_records import Skill

        sql = ("SELECT key, factor_set, label_nl, label_en, description_nl, description_en,"
               " position FROM factors WHERE factor_set IS NOT NULL AND active = 1")
        params: list[Any] = []
        if factor_sets is not None:
            sql += f" AND factor_set IN ({', '.join('?' * len(factor_sets))})"
            params.extend(factor_sets)
        sql += " ORDER BY factor_set, position, key"
        return [Skill(**r) for r in self._rows(sql, params)]

    def set_agent_phase(self, agent_id: int, phase: str | None) -> None:
        """Put the agent in a competence phase (a factor-set name), or none."""
        with self.transaction():
            row = self._row("SELECT phase FROM agents WHERE id = ?", [agent_id])
            if row is None:
                raise NotFoundError("journal.agent_unknown", id=agent_id)
            if row["phase"] != phase:
                self.conn.execute("UPDATE agents SET phase = ? WHERE id = ?", [phase, agent_id])
                self._log("agent", agent_id, "phase", row["phase"], phase, agent_id)

    def agent_phase(self, agent_id: int) -> str | None:
        """The agent's competence phase (None when not in one)."""
        row = self._row("SELECT phase FROM agents WHERE id = ?", [agent_id])
        if row is None:
            raise NotFoundError("journal.agent_unknown", id=agent_id)
        return row["phase"]  # type: ignore[no-any-return]

    def add_judgement(self, agent_id: int, factor: str, judged_on: str, judgement: str,
                      note: str = "", session_id: int | None = None) -> int:
        """Record one judgement of one skill; returns its id."""
        from coachtui.model.choices import Judgement

        if judgement not in {j.value for j in Judgement}:
            raise UserError("qm.err.judgement", value=quoted(judgement))
        with self.transaction():
            if self._row("SELECT 1 FROM agents WHERE id = ?", [agent_id]) is None:
                raise NotFoundError("journal.agent_unknown", id=agent_id)
            if self._row("SELECT 1 FROM factors WHERE key = ? AND factor_set IS NOT NULL",
                         [factor]) is None:
                raise UserError("qm.err.skill_unknown", value=quoted(factor))
            cursor = self.conn.execute(
                "INSERT INTO competence_judgements (agent_id, factor, judged_on, judgement,"
                " note, session_id, created_at) VALUES (?,?,?,?,?,?,?)",
                [agent_id, factor, judged_on, judgement, note, session_id, now_iso()])
            judgement_id = int(cursor.lastrowid or 0)
            self._log("competence", judgement_id, "judgement", None, f"{factor}={judgement}",
                      agent_id, session_id)
        return judgement_id

    def set_judgement_note(self, judgement_id: int, note: str) -> None:
        """Change the note of a judgement."""
        with self.transaction():
            row = self._row("SELECT agent_id, note FROM competence_judgements WHERE id = ?",
                            [judgement_id])
            if row is None:
                raise NotFoundError("qm.err.judgement_unknown", id=judgement_id)
            if row["note"] != note:
                self.conn.execute("UPDATE competence_judgements SET note = ? WHERE id = ?",
                                  [note, judgement_id])
                self._log("competence", judgement_id, "note", row["note"], note,
                          row["agent_id"])

    def judgements(self, agent_id: int, until: str | None = None) -> list[CompetenceJudgement]:
        """The agent's judgements (up to a day, YYYY-MM-DD), oldest first."""
        from coachtui.model.choices import Judgement
        from coachtui.model.qm_records import CompetenceJudgement

        sql = "SELECT * FROM competence_judgements WHERE agent_id = ?"
        params: list[Any] = [agent_id]
        if until is not None:
            sql += " AND judged_on <= ?"
            params.append(until)
        sql += " ORDER BY judged_on, id"
        return [CompetenceJudgement(id=r["id"], agent_id=r["agent_id"], factor=r["factor"],
                                    judged_on=r["judged_on"],
                                    judgement=Judgement(r["judgement"]), note=r["note"],
                                    session_id=r["session_id"])
                for r in self._rows(sql, params)]

    # -- erasure (called by storage/privacy.py) -------------------------------------------
    def _scorer_names(self, agent_id: int) -> set[str]:
        row = self._row("SELECT name, email FROM agents WHERE id = ?", [agent_id])
        if row is None:
            return set()
        return {_folded(row["name"]), _folded(row["email"])} - {""}

    def _scored_by(self, agent_id: int, *, in_rounds: bool) -> list[int]:
        """Evaluations the agent scored (their name or e-mail as scorer, case and spaces
        ignored), in calibration rounds or outside them."""
        names = self._scorer_names(agent_id)
        where = "round_id IS NOT NULL" if in_rounds else "round_id IS NULL"
        return [int(r["id"]) for r in self._rows(
            f"SELECT id, scorer FROM qm_evaluations WHERE {where}")
            if _folded(r["scorer"]) in names]

    def qm_erasure_targets(self, agent_id: int) -> list[tuple[str, str, dict[str, Any]]]:
        """(table, WHERE, params) for the QM rows about the agent that carry no `agent_id`
        of their own, children before parents: the evaluations in calibration rounds of
        the agent's contacts and those the agent scored as a calibration participant (with
        their scores and verdicts), and the change-log rows about them or naming the agent
        as a scorer. Run before the generic agent_id/session_id deletions."""
        names = sorted(self._scorer_names(agent_id))
        renamed = [int(r["id"]) for r in self._rows(
            "SELECT id, old, new FROM change_log WHERE entity = 'qm_evaluation'"
            " AND field = 'scorer'")
            if _folded(r["old"]) in names or _folded(r["new"]) in names]
        params: dict[str, Any] = {
            "agent": agent_id,
            "scored": json.dumps(self._scored_by(agent_id, in_rounds=True)),
            "renamed": json.dumps(renamed)}
        evaluations = (
            "SELECT e.id FROM qm_evaluations e JOIN qm_round_contacts c"
            " ON c.round_id = e.round_id AND c.contact_ref = e.contact_ref"
            " WHERE c.agent_id = :agent"
            " UNION SELECT value FROM json_each(:scored)")
        log = (
            f"(entity = 'qm_evaluation' AND entity_id IN"
            f" (SELECT CAST(id AS TEXT) FROM ({evaluations})))"
            f" OR (entity = 'qm_score' AND substr(entity_id, 1, instr(entity_id, ':') - 1) IN"
            f" (SELECT CAST(id AS TEXT) FROM ({evaluations})))"
            " OR (entity = 'qm_round' AND entity_id IN (SELECT round_id || ':' || contact_ref"
            " FROM qm_round_contacts WHERE agent_id = :agent))"
            " OR id IN (SELECT value FROM json_each(:renamed))")
        return [("change_log", log, params),
                ("qm_scores", f"evaluation_id IN ({evaluations})", params),
                ("qm_evaluations", f"id IN ({evaluations})", params)]

    def qm_scorer_rows(self, agent_id: int) -> list[int]:
        """Evaluations outside calibration rounds that the agent scored (of other agents'
        contacts): erasure keeps them for the other agent and blanks the scorer's name."""
        return [i for i in self._scored_by(agent_id, in_rounds=False)
                if self._row("SELECT 1 FROM qm_evaluations WHERE id = ? AND"
                             " (agent_id IS NULL OR agent_id != ?)", [i, agent_id])]

    def blank_scorer(self, evaluation_ids: Sequence[int]) -> int:
        """Blank the scorer's name on these evaluations (inside the caller's transaction,
        not logged: the log would keep the name); returns how many changed."""
        count = 0
        for evaluation_id in evaluation_ids:
            count += self.conn.execute("UPDATE qm_evaluations SET scorer = '' WHERE id = ?",
                                       [evaluation_id]).rowcount
        return count


def _folded(value: object) -> str:
    """A name or e-mail compared as a person would: case and extra spaces ignored (upper
    first, so a dotless ı typed as I still matches)."""
    return " ".join(str(value or "").split()).upper().casefold()
