"""The catalogue a new journal starts with, in Dutch and English; editable per team."""

from __future__ import annotations

from coachtui.model import Factor, MetricDefinition, Unit

DEFAULT_METRICS: tuple[MetricDefinition, ...] = (
    MetricDefinition(key="ftr", label_nl="First Time Right", label_en="First Time Right",
                     unit=Unit.PERCENT, position=1),
    MetricDefinition(key="smileys_green", label_nl="Groene smileys", label_en="Green smileys",
                     unit=Unit.COUNT, decimals=0, position=2),
    MetricDefinition(key="smileys_yellow", label_nl="Gele smileys", label_en="Yellow smileys",
                     unit=Unit.COUNT, decimals=0, position=3),
    MetricDefinition(key="smileys_red", label_nl="Rode smileys", label_en="Red smileys",
                     unit=Unit.COUNT, decimals=0, higher_is_better=False, position=4),
    MetricDefinition(key="tickets_per_hour", label_nl="Tickets per uur",
                     label_en="Tickets per hour", unit=Unit.PER_HOUR, position=5),
    MetricDefinition(key="aht", label_nl="Gemiddelde afhandeltijd (AHT)",
                     label_en="Average handling time (AHT)", unit=Unit.SECONDS,
                     higher_is_better=False, active=False, position=6),
    MetricDefinition(key="csat", label_nl="Klanttevredenheid (CSAT)",
                     label_en="Customer satisfaction (CSAT)", unit=Unit.SCORE,
                     active=False, position=7),
    MetricDefinition(key="nps", label_nl="Net Promoter Score", label_en="Net Promoter Score",
                     unit=Unit.SCORE, decimals=0, active=False, position=8),
    MetricDefinition(key="qm_score", label_nl="Kwaliteitsscore (QM)", label_en="Quality score (QM)",
                     unit=Unit.PERCENT, active=False, position=9),
    MetricDefinition(key="adherence", label_nl="Roosterdiscipline", label_en="Schedule adherence",
                     unit=Unit.PERCENT, active=False, position=10),
    MetricDefinition(key="rq", label_nl="Relatiequotiënt (RQ)", label_en="Relation quotient (RQ)",
                     unit=Unit.PERCENT, active=False, position=11),
)

# Computed from scored contacts (quality monitoring) once evaluations exist; the first
# evaluation switches them on. Added to older journals by migration m008.
QM_METRICS: tuple[MetricDefinition, ...] = tuple(
    m for m in DEFAULT_METRICS if m.key in ("qm_score", "rq"))

SMILEY_METRICS = ("smileys_green", "smileys_yellow", "smileys_red")

DEFAULT_FACTORS: tuple[Factor, ...] = (
    Factor(key="initiative", label_nl="Initiatief", label_en="Initiative", position=1,
           description_nl="Pakt zelf dingen op en komt met voorstellen, zonder te wachten.",
           description_en="Picks things up unasked and comes with proposals of their own."),
    Factor(key="agreements", label_nl="Afspraken nakomen", label_en="Keeping agreements",
           position=2,
           description_nl="Doet wat is toegezegd, op tijd, aan klant en collega's.",
           description_en="Does what was promised, on time, to customers and colleagues."),
    Factor(key="communication", label_nl="Communicatie bij problemen",
           label_en="Speaking up about problems", position=3,
           description_nl="Meldt het tijdig als iets vastloopt of niet lukt.",
           description_en="Raises it early when something gets stuck or cannot be done."),
    Factor(key="language", label_nl="Taalgebruik", label_en="Use of language", position=4,
           description_nl="Schrijft en spreekt vriendelijk, beleefd en foutloos.",
           description_en="Writes and speaks kindly and politely, free of spelling mistakes."),
    Factor(key="wow", label_nl="Wow-effect", label_en="Wow effect", position=5,
           description_nl="Verrast klanten met net dat beetje extra.",
           description_en="Surprises customers by going a small step further than expected."),
    Factor(key="knowledge", label_nl="Groei in kennis", label_en="Growth in knowledge",
           position=6,
           description_nl="Wat is er deze maand geleerd, en wat is de volgende stap?",
           description_en="What was learned this month, and what is the next thing to learn?"),
    Factor(key="collaboration", label_nl="Samenwerking", label_en="Collaboration", position=7,
           description_nl="Werkt prettig samen met collega's en leidinggevende.",
           description_en="Works well together with colleagues and with the team lead."),
)


def _skill(key: str, position: int, nl: tuple[str, str], en: tuple[str, str]) -> Factor:
    return Factor(key=key, label_nl=nl[0], label_en=en[0], description_nl=nl[1],
                  description_en=en[1], position=position)


# The competence KPI's skills, as factors in named sets (never in the monthly talk's factors
# step). Phase N's skills are the sets phase-1..phase-N together; within a set the lower
# position is the more important skill (the learning point is proposed from it first).
PHASE_FACTORS: tuple[tuple[str, Factor], ...] = (
    ("phase-1", _skill("c_structure", 101,
                       ("Gespreksopbouw", "Opent, leidt en sluit het contact in een heldere "
                        "volgorde af."),
                       ("Contact structure", "Opens, steers and closes the contact in a clear "
                        "order."))),
    ("phase-1", _skill("c_questions", 102,
                       ("Vraagtechniek", "Achterhaalt met open en controlerende vragen wat de "
                        "klant wil."),
                       ("Asking questions", "Finds out what the customer wants with open and "
                        "checking questions."))),
    ("phase-1", _skill("c_knowledge_base", 103,
                       ("Werken met de kennisbank", "Vindt snel het juiste artikel en past het "
                        "goed toe."),
                       ("Using the knowledge base", "Quickly finds the right article and "
                        "applies it well."))),
    ("phase-1", _skill("c_explaining", 104,
                       ("Uitleggen", "Legt het antwoord uit in woorden die de klant begrijpt."),
                       ("Explaining", "Explains the answer in words the customer "
                        "understands."))),
    ("phase-1", _skill("c_expectations", 105,
                       ("Verwachtingen managen", "Zegt wat er nu gebeurt en wanneer, en belooft "
                        "alleen wat waargemaakt kan worden."),
                       ("Managing expectations", "Says what happens next and when, and only "
                        "promises what can be kept."))),
    ("phase-1", _skill("c_systems", 106,
                       ("Systemen en vastleggen", "Werkt correct in de systemen en legt het "
                        "contact zo vast dat een collega verder kan."),
                       ("Systems and logging", "Works correctly in the systems and logs the "
                        "contact so a colleague can carry on."))),
    ("phase-1", _skill("c_courtesy", 107,
                       ("Klantvriendelijkheid", "Blijft vriendelijk, geduldig en respectvol, "
                        "ook bij een boze klant."),
                       ("Courtesy", "Stays kind, patient and respectful, also with an angry "
                        "customer."))),
    ("phase-2", _skill("c_enthusiasm", 201,
                       ("Enthousiasme", "Klinkt betrokken en geeft het contact energie."),
                       ("Enthusiasm", "Sounds engaged and brings energy to the contact."))),
    ("phase-2", _skill("c_empathy", 202,
                       ("Inlevingsvermogen", "Benoemt hoe de situatie voor de klant voelt en "
                        "houdt daar rekening mee."),
                       ("Empathy", "Names how the situation feels for the customer and takes "
                        "it into account."))),
    ("phase-3", _skill("c_proactivity", 301,
                       ("Proactiviteit", "Ziet de volgende vraag aankomen en lost die alvast "
                        "op."),
                       ("Proactivity", "Sees the next question coming and settles it "
                        "before it is asked."))),
    ("phase-3", _skill("c_advice", 302,
                       ("Advies op maat", "Geeft advies dat past bij deze klant, ook buiten "
                        "de letterlijke vraag."),
                       ("Tailored advice", "Gives advice that fits this customer, also beyond "
                        "the literal question."))),
)

PHASES: tuple[str, ...] = ("phase-1", "phase-2", "phase-3")
