"""对账函: letters generated in batches, printed, sent and tracked to the signed reply.

A letter keeps what it showed (its content), so a reprint is the same letter; its number
comes from a series that never gives a number twice. A confirmed reply is recorded as the
customer's acknowledgement, restarting the limitation period; a disputed one stays listed
until the difference is resolved.

batches: generating and reissuing · printing: the letterhead and the PDFs · status: one
letter and its moves · sending: sent, delivered, voided · replies: the customer's answer ·
queries: the list and 首页's reminder.
"""

import lazy_loader

__getattr__, __dir__, __all__ = lazy_loader.attach(
    __name__,
    submod_attrs={
        "batches": [
            "choose_customers",
            "describe_already_made",
            "generate",
            "letters_already_made",
            "reissue",
        ],
        "printing": ["letter_data", "letterhead", "set_letterhead", "write_pdfs"],
        "queries": ["LetterRow", "letter_rows", "letters_waiting", "set_reply_days"],
        "replies": [
            "attach_reply_scan",
            "close_dispute",
            "correct_reply",
            "record_reply",
            "reply_scan",
        ],
        "sending": ["mark_sent", "record_delivery", "void"],
        "status": ["letter_by_id", "letter_by_number"],
    },
)
