"""Sentences the services say, kept with their Chinese template and values, so a window in
another language can say them in its own (ui.terms.phrase)."""


class Phrase(str):
    """The sentence in Chinese, as any str; `.template` and `.values` say how it was made."""

    template: str
    values: dict

    def __new__(cls, template: str, **values):
        text = super().__new__(cls, template.format(**values))
        text.template = template
        text.values = values
        return text
