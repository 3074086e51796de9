"""A writer process for the crash and backup tests: pairs of rows, one transaction a pair.

Prints each pair's number after its commit returns, so the parent knows what was committed.
"""

import sys

from hrdesk.services.database import open_workspace
from hrdesk.storage.models import Department

database = open_workspace(sys.argv[1])
start = int(sys.argv[2])
for number in range(start, start + 100_000):
    with database.sessions.begin() as session:
        session.add_all([Department(name=f"{number}-a"), Department(name=f"{number}-b")])
    print(number, flush=True)
