"""Labour contracts (劳动合同): an employee's contracts over time, their attachments, and the
合同提醒 list of what is about to go wrong legally.

records: the contracts, checked and saved · watch: 合同提醒 and 首页's urgent findings ·
minimum_wages: each city's 最低工资标准 · attachments: scans kept with their SHA-256.
"""

import lazy_loader

__getattr__, __dir__, __all__ = lazy_loader.attach(
    __name__,
    submod_attrs={
        "attachments": [
            "MAX_ATTACHMENT_BYTES",
            "AttachmentRow",
            "add_attachment",
            "attachment_content",
            "attachments_of",
        ],
        "minimum_wages": [
            "MinimumWageRow",
            "add_minimum_wage",
            "minimum_wage_history",
            "minimum_wage_rows",
        ],
        "records": [
            "ENTITY",
            "ContractRow",
            "contract_problems",
            "contracts_of",
            "save_contract",
            "stored_terms",
        ],
        "watch": ["Reminder", "reminders", "set_reminder_days", "urgent_contract_matters"],
    },
)
