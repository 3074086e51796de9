"""Sentences the services hand the window as data, kept with their Chinese template and
values: messages._() translated late, when the window shows them (ui.terms.phrase), from the
same catalogue (resources/locale/…/hrdesk.po) as every other message."""


class Phrase(str):
    """The sentence in Chinese, as any str; `.template` and `.values` say how it was made."""

    template: str
    values: dict

    def __new__(cls, template: str, **values):
        text = super().__new__(cls, template.format(**values))
        text.template = template
        text.values = values
        return text
