"""Texts of the trend charts: short month names, legends and the records' chart sections."""

_MONTHS = (("jan", "Jan"), ("feb", "Feb"), ("mrt", "Mar"), ("apr", "Apr"), ("mei", "May"),
           ("jun", "Jun"), ("jul", "Jul"), ("aug", "Aug"), ("sep", "Sep"), ("okt", "Oct"),
           ("nov", "Nov"), ("dec", "Dec"))

TEXTS = {
    **{f"charts.month.{n}": pair for n, pair in enumerate(_MONTHS, start=1)},
    "charts.legend": ("█ cijfer van de maand · ─ doel van die maand · · geen cijfer · een "
                      "staaf door de lijn heen = boven het doel",
                      "█ the month's figure · ─ that month's target · · no figure · a bar "
                      "through the line = above target"),
    "charts.legend_lower": ("lager is beter: onder de lijn is op doel",
                            "lower is better: under the line is on target"),
    "charts.paper_legend": ("Dichte staaf = op doel · open staaf = niet op doel · grijze "
                            "staaf = geen doel · dikke lijn = doel van die maand · "
                            "× = geen cijfer",
                            "Filled bar = on target · open bar = off target · grey bar = no "
                            "target · thick line = that month's target · × = no figure"),
    "charts.trend_section": ("Verloop over 12 maanden", "The last 12 months"),
    "charts.col.month": ("Maand", "Month"),
    "charts.col.value": ("Cijfer", "Figure"),
    "charts.col.target": ("Doel", "Target"),
    "charts.col.verdict": ("Op doel", "On target"),
    "charts.verdict.met": ("ja", "yes"),
    "charts.verdict.missed": ("nee", "no"),
    "charts.verdict.none": ("–", "–"),
    "charts.chart_title": ("{metric}: {first} t/m {until}", "{metric}: {first} to {until}"),
    "charts.lower_is_better": ("lager is beter", "lower is better"),
}
