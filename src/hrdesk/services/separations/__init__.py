"""离职交接: a salesperson's leaving, from the ground and the dates to the last item done.

A separation says what its legal ground requires and what is owed (severance, pay in lieu
of notice, unused annual leave, the final month's pay), runs a checklist made from the
template in settings, hands customers and open invoices to successors, and completes only
when every required item is done or waived with a reason. Its figures flow into the final
month's payroll.

records            — the statuses, get
opening            — start, update_figures (the figures severance and leave pay use)
figures            — average_wages, local_average_wage, minimum_wage, held_months,
                     losses_outstanding: what settlement works the amounts owed from
legal              — legal_summary (notice, probation, warnings), in_probation
checklist          — items, complete_item, waive_item, complete, cancel, the template
handover           — customers_of, hand_over
evidence           — results against target, evidence_notes, add_evidence (第40条第2项)
listing            — separation_rows, leavers_in (for payroll), staff_choices
receivables_report — report, report_day, write_report (应收账款清单报告)
certificate        — write_certificate (离职证明)
"""

import lazy_loader

__getattr__, __dir__, __all__ = lazy_loader.attach(
    __name__,
    submod_attrs={
        "certificate": ["write_certificate"],
        "checklist": [
            "ItemRow",
            "cancel",
            "checklist_template",
            "complete",
            "complete_item",
            "items",
            "set_checklist_template",
            "waive_item",
        ],
        "evidence": [
            "EVIDENCE_KINDS",
            "MonthResult",
            "NoteRow",
            "add_evidence",
            "evidence_notes",
            "results",
        ],
        "figures": [
            "average_wage",
            "average_wages",
            "held_months",
            "local_average_wage",
            "losses_outstanding",
            "minimum_wage",
        ],
        "handover": ["CustomerToHand", "customers_of", "hand_over"],
        "legal": ["LegalSummary", "in_probation", "legal_summary"],
        "listing": ["SeparationRow", "leavers_in", "separation_rows", "staff_choices"],
        "opening": ["start", "update_figures"],
        "receivables_report": [
            "REPORT_HEADERS",
            "ReportData",
            "report",
            "report_day",
            "write_report",
        ],
        "records": [
            "CANCELLED",
            "COMPLETED",
            "DONE",
            "ENTITY",
            "IN_PROGRESS",
            "TODO",
            "WAIVED",
            "get",
        ],
    },
)
