"""Texts of the catalogue and target commands."""

TEXTS = {
    "cat.unknown_metric": ("Onbekend cijfer '{name}'; bekend zijn: {keys}.",
                           "Unknown metric '{name}'; known are: {keys}."),
    "cat.unknown_key": ("Onbekende sleutel '{name}'; bekend zijn: {keys}.",
                        "Unknown key '{name}'; known are: {keys}."),
    "cat.bad_value": ("'{value}' is geen getal.", "'{value}' is not a number."),
    "cat.target_saved": ("Doel voor {name}: {metric} {value}, vanaf {month}.",
                         "Target for {name}: {metric} {value}, from {month} on."),
    "cat.metrics": ("Cijfers:", "Metrics:"),
    "cat.factors": ("Kwalitatieve factoren:", "Qualitative factors:"),
    "cat.on": ("aan", "on"),
    "cat.off": ("uit", "off"),
}
