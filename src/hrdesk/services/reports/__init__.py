"""Reports (报表): each answers one of the owner's questions with a table, a chart and the
rows behind every figure. `REPORTS` names them for the screen and `hrdesk report NAME`
(catalogue); each report is a module of its own, which 首页 reads without the others."""

import lazy_loader

__getattr__, __dir__, __all__ = lazy_loader.attach(
    __name__,
    submod_attrs={
        "catalogue": ["BY_NAME", "REPORTS", "Report", "build", "detail", "subtitle"],
        "common": ["Period", "Table", "default_period", "write_xlsx"],
    },
)
