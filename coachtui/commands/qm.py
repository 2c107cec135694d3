"""`coachtui qm form|score|calibration`: the QM form, one evaluation, calibration rounds."""

from __future__ import annotations

import argparse

from coachtui.clock import today
from coachtui.commands.common import open_journal, print_json
from coachtui.model import qm_scoring
from coachtui.model.number_format import decimal_text, optional_decimal
from coachtui.settings import Settings
from coachtui.texts import tr


def run(args: argparse.Namespace, settings: Settings) -> int:
    """Dispatch on `qm form`, `qm score` and `qm calibration`."""
    if args.qm_what == "form":
        return _form(args, settings)
    if args.qm_what == "score":
        return _score(args, settings)
    return _calibration(args, settings)


def _number(value: float | None, lang: str) -> str:
    return optional_decimal(qm_scoring.rounded(value), 1, lang)


def _form(args: argparse.Namespace, settings: Settings) -> int:
    from coachtui.services import qm

    lang = settings.lang
    if getattr(args, "form_action", None) == "load":
        with open_journal(settings, create=True, warn_if_damaged=False) as journal:
            form = qm.load_form_file(journal, args.file)
        print(tr("qm.cli.form_loaded", lang, name=form.name, version=form.version,
                 n=len(form.criteria)))
        return 0
    with open_journal(settings) as journal:
        form = qm.current_form(journal)
    if args.json:
        print_json(qm.form_json(form))
        return 0
    version = form.version if form.version is not None else tr("qm.default_version", lang)
    print(tr("qm.cli.form_head", lang, name=form.name, version=version))
    principle = None
    for c in form.criteria:
        if c.principle(lang) != principle:
            principle = c.principle(lang)
            print(f"\n{principle or tr('qm.no_principle', lang)}")
        flags = [f"0..{c.max}", tr("qm.weight", lang, weight=decimal_text(c.weight, None, lang))]
        if c.knockout:
            flags.append(tr("qm.knockout", lang))
        if c.rq:
            flags.append("RQ")
        print(f"  {c.key:<14} {c.label(lang)}  ({', '.join(flags)})")
        print(f"  {'':<14} {c.definition(lang)}")
        for reading in form.notes.get(c.key, []):
            print(f"  {'':<14} {tr('qm.reading', lang, text=reading)}")
    return 0


def _score(args: argparse.Namespace, settings: Settings) -> int:
    from coachtui.services import qm

    lang = settings.lang
    on = qm.checked_day(args.on) if args.on else today().isoformat()
    scorer = args.scorer or getattr(settings, "lead_name", None) or ""
    with open_journal(settings, warn_if_damaged=False) as journal:
        agent = journal.find_agent(args.agent)
        assert agent.id is not None
        if not scorer:
            scorer = journal.meta("manager_name") or ""
        scored = qm.score_contact(journal, agent.id, contact=args.contact,
                                  channel=args.channel, scorer=scorer, on=on, pairs=args.scores)
    print(tr("qm.cli.scored", lang, id=scored.evaluation.id, agent=agent.name,
             contact=scored.evaluation.contact_ref, score=_number(scored.score, lang),
             version=scored.form.version))
    return 0


def _calibration(args: argparse.Namespace, settings: Settings) -> int:
    from coachtui.services import calibration

    lang = settings.lang
    if args.cal_action == "import":
        with open_journal(settings, create=True, warn_if_damaged=False) as journal:
            round_id = calibration.import_csv(journal, args.file, form_path=args.form,
                                              held_on=today().isoformat())
            result = calibration.round_result(journal, round_id)
        print(tr("qm.cli.round_imported", lang, id=round_id, n=len(result.contacts),
                 irr=_number(result.irr, lang)))
        return 0
    with open_journal(settings) as journal:
        result = calibration.round_result(journal, args.id)
    if args.json:
        print_json(calibration.result_json(result))
        return 0
    print(tr("qm.cli.round_head", lang, id=result.round.id, date=result.round.held_on,
             irr=_number(result.irr, lang)))
    for c in result.contacts:
        scores = ", ".join(f"{s} {_number(v, lang)}" for s, v in c.scores.items())
        word = tr("qm.agreed" if c.agreed else "qm.not_agreed", lang)
        spread = _number(c.spread, lang)
        print(f"  {c.contact:<16} {tr('qm.spread', lang)} {spread:>5}  {word:<14}"
              f" {scores}")
    for k in result.criteria:
        print(f"  {k.criterion:<16} {tr('qm.agreement', lang)} {_number(k.agreement, lang)}")
    return 0
