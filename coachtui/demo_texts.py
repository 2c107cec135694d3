"""What the demo team's talks and notes say, in Dutch and English (written for coachtui)."""

from __future__ import annotations

AGENTS = (
    # name, e-mail local part, team, profile: (skill 0..1, trend per month, speed)
    ("Sanne de Vries", "sanne.devries", "Hosting", (0.55, 0.020, 1.0)),
    ("Mohammed El Amrani", "mohammed.elamrani", "Hosting", (0.80, 0.002, 1.1)),
    ("Joris Bakker", "joris.bakker", "Hosting", (0.85, -0.018, 1.0)),
    ("Ayşe Yılmaz", "ayse.yilmaz", "Domeinen", (0.70, 0.010, 0.9)),
    ("Lotte Janssen", "lotte.janssen", "Domeinen", (0.75, 0.004, 1.2)),
    ("Daan Visser", "daan.visser", "Domeinen", (0.60, 0.012, 0.8)),
    ("Priya Raman", "priya.raman", "E-mail", (0.78, 0.006, 1.0)),
    ("Kees van den Berg", "kees.vandenberg", "E-mail", (0.68, 0.000, 0.95)),
    ("Noor Hendriks", "noor.hendriks", "E-mail", (0.50, 0.025, 0.85)),
    ("Łukasz Nowak", "lukasz.nowak", "Hosting", (0.72, 0.008, 1.05)),
)
FIRST = ("Emma", "Lucas", "Mila", "Finn", "Julia", "Sem", "Tess", "Bram", "Yara", "Milan",
         "Zoë", "Ravi", "Inès", "Jan", "Fenna", "Omar", "Sofia", "Thijs", "Lina", "Ahmet")
LAST = ("Jansen", "de Boer", "Mulder", "de Groot", "Bos", "Vos", "Peters", "Hendriks",
        "Dekker", "Brouwer", "van Dijk", "Smit", "Meijer", "Koç", "Schouten", "Müller")

LEARNING_POINTS = (
    ("Eerst de hele vraag lezen voordat je antwoordt.",
     "Read the whole question before you start answering."),
    ("Bij twijfel één gerichte vraag terugstellen in plaats van te gokken.",
     "When in doubt, ask the customer one focused question instead of guessing."),
    ("Afsluiten met een concrete volgende stap voor de klant.",
     "End every reply with a concrete next step for the customer."),
    ("Tickets die blijven liggen op tijd melden aan de teamleider.",
     "Tell the team lead in time when a ticket gets stuck."),
    ("Korte zinnen op B1-niveau, zonder vakjargon.",
     "Short sentences in plain B1 language, no jargon."),
    ("De kennisbank bijwerken als je een nieuwe oplossing vindt.",
     "Update the knowledge base whenever you find a new solution."),
)

GOALS = (
    # type, what, measure, target, why, support
    ("kpi", ("FTR van minstens 85% halen", "Reach an FTR of at least 85%"),
     ("FTR in het maandrapport", "FTR in the monthly report"), ("85%", "85%"),
     ("Klanten hoeven minder vaak terug te komen", "Customers need to come back less often"),
     ("Wekelijks kort kijken naar heropende tickets", "A short weekly look at reopened tickets")),
    ("development", ("Elke werkdag om 08:55 ingelogd", "Logged in at 08:55 every working day"),
     ("Inlogtijden uit het telefoniesysteem", "Login times from the phone system"),
     ("95% van de dagen", "95% of days"),
     ("De eerste klanten van de dag worden direct geholpen",
      "The first customers of the day are helped straight away"), ("", "")),
    ("development", ("Antwoorden in B1-taal met 'je' en voornaam",
                     "Answers in B1 language, informal 'you', signed with first name"),
     ("Steekproef van 10 tickets per week", "Sample of 10 tickets a week"),
     ("9 van de 10", "9 out of 10"),
     ("Klanten begrijpen het antwoord meteen", "Customers understand the answer at once"),
     ("Schrijftraining in het tweede kwartaal", "Writing course in the second quarter")),
    ("growth", ("Certificaat klachtbehandeling met minstens een 8",
                "Complaint-handling certificate with at least an 8"),
     ("Examenuitslag", "Exam result"), ("8", "8"),
     ("Volgende stap naar tweedelijns support", "Next step towards second-line support"),
     ("Twee uur studietijd per week", "Two hours of study time a week")),
    ("development", ("Rode smileys nabellen binnen één werkdag",
                     "Call back every red smiley within one working day"),
     ("Lijst rode smileys met belmoment", "List of red smileys with call time"),
     ("100%", "100%"), ("Een ontevreden klant voelt zich gehoord",
                       "An unhappy customer feels heard"), ("", "")),
    ("kpi", ("Minstens 6 tickets per uur afhandelen", "Handle at least 6 tickets an hour"),
     ("Tickets per gewerkt uur", "Tickets per hour worked"), ("6/h", "6/h"),
     ("De wachtrij blijft onder de 50", "The queue stays below 50"),
     ("Sneltoetsen en sjablonen uitleggen", "Walk through shortcuts and templates")),
)

FACTOR_NOTES = {
    "+": (("Sterk punt deze maand.", "A strong point this month."),
          ("Collega's noemen dit spontaan.", "Colleagues mention this unasked.")),
    "+/-": (("Wisselend; soms goed, soms te laat.", "Mixed; sometimes good, sometimes late."),
            ("Gaat de goede kant op.", "Moving in the right direction.")),
    "-": (("Hier moeten we samen aan werken.", "Something to work on together."),
          ("Twee keer besproken, nog geen verbetering.",
           "Discussed twice, no improvement yet.")),
}

QUICK_NOTES = (
    ("initiative", "+", ("Heeft zelf een fout in de kennisbank gemeld.",
                         "Reported a mistake in the knowledge base on their own.")),
    ("language", "-", ("Mail met drie tikfouten en 'u' en 'je' door elkaar.",
                       "E-mail with three typos, mixing formal and informal address.")),
    ("wow", "+", ("Klant bedankte uitgebreid voor het meedenken.",
                  "Customer thanked them warmly for thinking along.")),
    ("agreements", "+/-", ("Terugbelafspraak een dag later nagekomen.",
                           "Call-back promise kept, but a day late.")),
    ("collaboration", "+", ("Hielp een nieuwe collega met een lastig DNS-ticket.",
                            "Helped a new colleague with a tricky DNS ticket.")),
    ("communication", "-", ("Meldde pas na twee dagen dat een ticket vastzat.",
                            "Only said after two days that a ticket was stuck.")),
    ("knowledge", "+", ("Legde de nieuwe mailmigratie foutloos uit.",
                        "Explained the new mail migration without a mistake.")),
    (None, None, ("Rustig gebleven bij een boze beller.", "Stayed calm with an angry caller.")),
)
PRIVATE_NOTES = (
    ("Lijkt minder gemotiveerd; volgende keer naar vragen.",
     "Seems less motivated; ask about it next time."),
    ("Wil misschien naar tweedelijns; nog niet met HR besproken.",
     "May want to move to second line; not discussed with HR yet."),
)
AGENT_WORDS = (
    ("Ik wil graag vaker meekijken bij de tweede lijn.",
     "I would like to sit in with second line more often."),
    ("De nieuwe sjablonen helpen me echt.", "The new templates really help me."),
    ("Ik merk dat ik sneller word, maar de drukte op maandag is lastig.",
     "I notice I'm getting faster, but Mondays are hard."),
)
AGREEMENTS = (
    ("Over twee weken kort bijpraten over de voortgang.",
     "A short check-in on progress in two weeks."),
    ("Teamleider luistert eenmaal per week een gesprek mee.",
     "The team lead listens in on one call a week."),
)
