"""Texts of signing: the checklist before the signature, refusals, signed records kept."""

from __future__ import annotations

TEXTS = {
    # the checklist on the wrap-up step
    "signing.checklist.title": ("Voor het tekenen", "Before signing"),
    "signing.checklist.complete": ("Niets ontbreekt: het gesprek kan getekend worden.",
                                   "Nothing is missing: the talk can be signed."),
    "signing.checklist.hard_hint": ("Eerst oplossen (✗), daarna kan er getekend worden.",
                                    "Put the ✗ items right first; then the talk can be signed."),
    "signing.checklist.soft_hint": ("Tekenen kan met de punten (!) open, als jullie dat "
                                    "allebei bevestigen; het logboek bewaart welke.",
                                    "The ! items may stay open if you both confirm when "
                                    "signing; the change log keeps which ones."),
    "signing.checklist.leaving": ("Afscheid: nieuwe doelen zijn niet nodig.",
                                  "Leaving: no new goals are needed."),
    "signing.checklist.step": ("stap {step}", "step {step}"),
    # the gaps
    "signing.gap.previous_goal_open": ("Doel van vorige keer zonder uitkomst: “{what}”",
                                       "Previous goal without an outcome: “{what}”"),
    "signing.gap.no_learning_point": ("Er is geen leerpunt.", "There is no learning point."),
    "signing.gap.blank_goal": ("Doel {n} is leeg.", "Goal {n} is empty."),
    "signing.gap.deadline_draft": ("Doel {n}: de deadline “{value}” is nog geen hele datum "
                                   "(JJJJ-MM-DD).",
                                   "Goal {n}: the deadline “{value}” is not a whole date yet "
                                   "(YYYY-MM-DD)."),
    "signing.gap.no_goal": ("Er is geen enkel doel voor volgende maand.",
                            "There is no goal for next month."),
    "signing.gap.too_many_goals": ("{count} doelen: hoogstens {most}.",
                                   "{count} goals: {most} at most."),
    "signing.gap.few_goals": (
        {"one": "Maar {count} doel; de afspraak is minstens {least}.",
         "other": "Maar {count} doelen; de afspraak is minstens {least}."},
        {"one": "Only {count} goal; the rule is at least {least}.",
         "other": "Only {count} goals; the rule is at least {least}."}),
    "signing.gap.unrated": (
        {"one": "{count} factor zonder beoordeling: {factors}.",
         "other": "{count} factoren zonder beoordeling: {factors}."},
        {"one": "{count} factor not rated: {factors}.",
         "other": "{count} factors not rated: {factors}."}),
    "signing.gap.smart": (
        {"one": "Doel {n}, “{what}”: {count} SMART-punt open.",
         "other": "Doel {n}, “{what}”: {count} SMART-punten open."},
        {"one": "Goal {n}, “{what}”: {count} SMART point open.",
         "other": "Goal {n}, “{what}”: {count} SMART points open."}),
    # signing
    "signing.refused_hard": (
        {"one": "Nog niet te tekenen, er ontbreekt {count} punt:",
         "other": "Nog niet te tekenen, er ontbreken {count} punten:"},
        {"one": "This talk cannot be signed yet; {count} item missing:",
         "other": "This talk cannot be signed yet; {count} items missing:"}),
    "signing.refused_unconfirmed": (
        {"one": "Tekenen met {count} open punt vraagt eerst een bevestiging:",
         "other": "Tekenen met {count} open punten vraagt eerst een bevestiging:"},
        {"one": "Signing with {count} open item needs a confirmation first:",
         "other": "Signing with {count} open items needs a confirmation first:"}),
    "signing.confirm_soft": (
        {"one": "Er staat nog {count} punt open. Toch tekenen? Het gesprek wordt dan "
                "alleen-lezen en het logboek bewaart dat jullie dit bevestigden.",
         "other": "Er staan nog {count} punten open. Toch tekenen? Het gesprek wordt dan "
                  "alleen-lezen en het logboek bewaart dat jullie dit bevestigden."},
        {"one": "{count} item is still open. Sign anyway? The talk then becomes read-only and "
                "the change log keeps that you both confirmed this.",
         "other": "{count} items are still open. Sign anyway? The talk then becomes read-only "
                  "and the change log keeps that you both confirmed this."}),
    "signing.already_signed": ("Gesprek {id} is al getekend.", "Talk {id} is signed already."),
    "signing.not_signed_yet": ("Gesprek {id} is niet getekend; er is geen getekend verslag "
                               "om te bewaren.",
                               "Talk {id} is not signed; there is no signed record to store."),
    "signing.record_damaged": ("Het getekende verslag van gesprek {id} klopt niet meer met "
                               "zijn hash: het is buiten coachtui gewijzigd.",
                               "The signed record of talk {id} no longer matches its hash: "
                               "it was changed outside coachtui."),
    "signing.export_draft_refused": ("Gesprek {id} is een concept en nog niet getekend; voeg "
                                     "--draft toe om het met CONCEPT erop te exporteren.",
                                     "Session {id} is a draft and not signed yet; add --draft "
                                     "to export it stamped DRAFT."),
    # signed figures that read differently today
    "signing.kept.title": ("Getekende gesprekken houden hun cijfers",
                           "Signed talks keep their figures"),
    "signing.kept.line": ("{month} {metric}: getekend {signed} ({signed_result}), nu {now} "
                          "({now_result})",
                          "{month} {metric}: signed {signed} ({signed_result}), now {now} "
                          "({now_result})"),
    "signing.kept.import": ("getekende gesprekken houden de oude waarde",
                            "signed talks keep the old value"),
    # the erasure preview names the table (screens/erase_screen.py looks the key up)
    "erase.table.signed_records": ("getekende verslagen", "signed records"),
}
