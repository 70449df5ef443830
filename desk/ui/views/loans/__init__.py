"""The loan screens: inventory, lending to take home, returns, wipes, overdue and the waitlist.

One module per tab, each a `LoansTab` that refreshes itself when shown; `view` puts them
together; `actions` is what they ask of the services; `agreement` prints the signed agreement.
"""

from desk.ui.views.loans.actions import LoansActions, StationLoans
from desk.ui.views.loans.agreement import AgreementPrinting
from desk.ui.views.loans.lend import AgreementToPrint
from desk.ui.views.loans.view import LoansView

__all__ = ["AgreementPrinting", "AgreementToPrint", "LoansActions", "LoansView", "StationLoans"]
